"""The chat page in a real browser: headless Debian Chromium through Playwright, over the real model and
an index of ``data/sample``, and a ``gradio_client`` call of ``/ask``. Planted markup stays inert."""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest

from qa_bot.presentation import chat as chat_module
from qa_bot.presentation import server
from qa_bot.types import Answer
from tests.chat_fakes import PLANTED, FakeQA, found_answer, make_hit
from tests.conftest import FIXTURE_ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(os.environ.get("QA_BOT_SCREENSHOTS", "/tmp/qa-bot-screenshots"))
SCREENSHOTS.mkdir(parents=True, exist_ok=True)


# --------------------------------------------------------------------------- #
# Live server helpers
# --------------------------------------------------------------------------- #


def free_port() -> int:
    """A TCP port free right now (Gradio's launch cannot take port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(qa: Any) -> Any:
    return server.launch(qa, port=free_port(), prevent_thread_lock=True, quiet=True)


def served_url(qa: Any) -> Iterator[str]:
    """The UI over ``qa`` on a free local port, for as long as the fixture lives."""
    demo = serve(qa)
    try:
        yield str(demo.local_url).rstrip("/")
    finally:
        demo.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium through Playwright; fails (never skips) if missing."""
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} not found: the browser test needs Debian's chromium "
            "(apt-get install -y chromium); do not use `playwright install`."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def ask_in_browser(browser: Any, url: str, question: str) -> Any:
    """Open the page, submit ``question`` and return (page, last bot message locator)."""
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(url)
    box = page.get_by_test_id("textbox")
    expect(box).to_be_editable(timeout=30_000)
    box.fill(question)
    box.press("Enter")
    bot = page.get_by_test_id("bot").last
    expect(bot).to_be_visible(timeout=120_000)
    return page, bot


# --------------------------------------------------------------------------- #
# End to end with the real model and a real index of data/sample
# --------------------------------------------------------------------------- #


@pytest.fixture(scope="module")
def live_url(real_qa: Any) -> Iterator[str]:
    """The UI served over ``real_qa`` (conftest: data/sample indexed with the bundled model)."""
    yield from served_url(real_qa)


@pytest.mark.integration
@pytest.mark.browser
def test_browser_chat_shows_quote_and_citation(browser: Any, live_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    screenshot = tmp_path / "chat.png"
    page, bot = ask_in_browser(browser, live_url, "Could you comment on Turkish military bases in Azerbaijan?")
    try:
        quote = bot.locator("blockquote").filter(has_text="We do not comment on rumours.")
        expect(quote.first).to_be_visible(timeout=60_000)
        expect(bot).to_contain_text("Sergey Lavrov")
        expect(bot).to_contain_text("18 June 2021")
        page.screenshot(path=str(screenshot), full_page=True)
        assert screenshot.stat().st_size > 10_000
    finally:
        page.close()


@pytest.mark.integration
def test_api_ask_endpoint(live_url: str) -> None:
    from gradio_client import Client

    client = Client(live_url, verbose=False, analytics_enabled=False)
    result = client.predict("What did Lavrov say about the Open Skies Treaty?", api_name="/ask")
    assert isinstance(result, str)
    assert "Open Skies" in result
    assert "Sergey Lavrov" in result


# --------------------------------------------------------------------------- #
# Planted markup, rendered by the real Gradio chatbot
# --------------------------------------------------------------------------- #


@pytest.mark.browser
def test_planted_markup_is_inert_in_the_browser(browser: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    answer = found_answer(f"Quote {PLANTED} end.", context=f"Q {PLANTED}")
    answer.hits.append(make_hit(PLANTED, title=PLANTED))
    demo = serve(FakeQA(answer))
    try:
        page, bot = ask_in_browser(browser, str(demo.local_url), "Anything planted?")
        alerts: list[str] = []
        page.on("dialog", lambda d: (alerts.append(d.message), d.dismiss()))
        expect(bot.locator("blockquote").first).to_contain_text("<script>alert(1)</script>")
        expect(bot).to_contain_text("[link](http://x)")
        expect(bot).to_contain_text("<img src=x onerror=alert(2)>")
        assert bot.locator("script, img, a[href^='http://x'], iframe").count() == 0
        assert alerts == []
        bot.locator("details summary").first.click()
        expect(bot.locator("details blockquote").first).to_be_visible()
        assert bot.locator("script, img, a[href^='http://x'], iframe").count() == 0
        page.screenshot(path=str(tmp_path / "planted.png"), full_page=True)
        page.close()
    finally:
        demo.close()


# --------------------------------------------------------------------------- #
# The whole page in the browser, over tests/fixtures/ui (fake embedder: fast)
# --------------------------------------------------------------------------- #

UI_FIXTURES = FIXTURE_ROOT / "ui"


class RecordingQA:
    """A real TranscriptQA that records the keyword arguments of each ``ask``."""

    def __init__(self, qa: Any) -> None:
        self.qa = qa
        self.calls: list[dict[str, Any]] = []
        self.answers: list[Answer] = []

    def ask(self, question: str, **kwargs: Any) -> Answer:
        self.calls.append({"question": question, **kwargs})
        answer = self.qa.ask(question, **kwargs)
        self.answers.append(answer)
        return answer

    def __getattr__(self, name: str) -> Any:
        return getattr(self.qa, name)


@pytest.fixture(scope="module")
def ui_qa(tmp_path_factory: pytest.TempPathFactory, fake_embedder: Any) -> RecordingQA:
    from qa_bot.pipeline.build import build_index
    from qa_bot.pipeline.qa import TranscriptQA

    path = tmp_path_factory.mktemp("ui") / "index"
    build_index([UI_FIXTURES], path, embedder=fake_embedder)
    return RecordingQA(TranscriptQA.load(path, embedder=fake_embedder, reader="none"))  # the UI, not the models


@pytest.fixture(scope="module")
def ui_url(ui_qa: RecordingQA) -> Iterator[str]:
    yield from served_url(ui_qa)


@pytest.fixture()
def page(browser: Any, ui_url: str) -> Iterator[Any]:
    """A fresh tab (so a fresh chat session) on the fixture UI; fails on any JS dialog."""
    from playwright.sync_api import expect

    context = browser.new_context(
        viewport={"width": 1400, "height": 1100}, accept_downloads=True,
        permissions=["clipboard-read", "clipboard-write"],
    )  # fmt: skip
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    tab.goto(ui_url)
    expect(tab.locator("#question textarea")).to_be_editable(timeout=30_000)
    yield tab
    context.close()
    assert dialogs == [], f"planted script ran: {dialogs}"


def ask(page: Any, question: str) -> Any:
    """Submit ``question``; returns the locator of its answer (the last bot message)."""
    from playwright.sync_api import expect

    bots = page.get_by_test_id("bot")
    before = bots.count()
    page.locator("#question textarea").fill(question)
    page.locator("#question textarea").press("Enter")
    expect(bots).to_have_count(before + 1, timeout=60_000)
    expect(page.locator("#qa-sources input").first).to_be_attached()
    return bots.last


def status(page: Any) -> str:
    return str(page.locator("#qa-status").inner_text())


@pytest.mark.browser
def test_browser_ask_follow_up_and_clear_context(page: Any, ui_qa: RecordingQA) -> None:
    from playwright.sync_api import expect

    first = ask(page, "What did Tom Reilly say about dredging the channel?")
    expect(first.locator("blockquote").first).to_be_visible()
    expect(first).to_contain_text("Harbour Master Tom Reilly")
    expect(first).to_contain_text("Interpreted as:")
    carried = chat_module.context_chips(ui_qa.answers[-1].context)
    expected = " · ".join(carried) if carried else "none, it starts fresh"
    expect(page.locator("#qa-status")).to_contain_text(f"Context for the next question: {expected}")

    ask(page, "What else did he say about it?")
    assert ui_qa.calls[-1]["context"] == ui_qa.answers[-2].context  # the first answer's context came back
    assert [m["role"] for m in ui_qa.calls[-1]["history"]] == ["user", "assistant"]

    expect(page.locator("#timeline")).to_contain_text("Answer 2:")
    page.get_by_test_id("bot").first.locator("blockquote").first.click()  # an earlier answer: its sources
    expect(page.locator("#timeline")).to_contain_text("Answer 1:")
    first_source = chat_module.answer_sources(ui_qa.answers[-2])[0][0]
    expect(page.locator("#qa-sources label").first).to_have_text(first_source)

    page.locator("#clear-context").click()
    expect(page.locator("#qa-status")).to_contain_text("Context for the next question: none, it starts fresh")
    ask(page, "What did the Chair say about the lighthouse?")
    assert ui_qa.calls[-1]["context"] is None and ui_qa.calls[-1]["history"] == []
    expect(page.get_by_test_id("bot")).to_have_count(3)  # the chat itself stays
    page.screenshot(path=str(SCREENSHOTS / "conversation.png"), full_page=True)


@pytest.mark.browser
def test_browser_filter_is_shown_and_applied(page: Any, ui_qa: RecordingQA) -> None:
    from playwright.sync_api import expect

    page.locator("#speaker input").click()
    page.get_by_role("option", name="Councillor Priya Shah", exact=False).click()
    expect(page.locator("#qa-status")).to_contain_text("Filters: speaker Councillor Priya Shah")
    answer = ask(page, "What was said about the ferry timetable?")
    assert ui_qa.calls[-1]["speaker"] == "Councillor Priya Shah"
    expect(answer.locator("blockquote").first).to_be_visible()
    citation = answer.get_by_text("— Councillor Priya Shah")
    expect(citation.first).to_be_visible()
    expect(answer).to_contain_text("Interpreted as: Councillor Priya Shah")


@pytest.mark.browser
def test_browser_viewer_highlights_the_cited_turn(page: Any) -> None:
    from playwright.sync_api import expect

    ask(page, "the lighthouse glazing heritage fund and the fog signal compressor")
    focus = page.locator("#qa-focus")
    expect(focus).to_be_visible()  # the best source opens at once
    labels = page.locator("#qa-sources label")
    texts = [str(t) for t in labels.all_inner_texts()]
    turns = [int(re.search(r"turn (\d+)$", t.strip()).group(1)) for t in texts]  # type: ignore[union-attr]
    pick = max(range(len(texts)), key=lambda i: (("4 March 2021" in texts[i]), turns[i]))
    labels.nth(pick).click()
    expect(focus).to_have_attribute("data-turn", str(turns[pick]))
    expect(focus).to_have_class(re.compile(r"\bqa-focus\b"))
    viewer = page.locator("#qa-viewer .qa-viewer")
    expect(viewer.locator(".qa-viewer-head")).to_contain_text("4 March 2021")
    expect(viewer.locator(".qa-viewer-head")).to_contain_text(f"turn {turns[pick]}")
    page.wait_for_timeout(800)  # the scroll runs after the update
    inside = page.evaluate(
        """() => { const el = document.getElementById('qa-focus'), box = el.closest('.qa-viewer');
                   const r = el.getBoundingClientRect(), b = box.getBoundingClientRect();
                   return [r.top >= b.top && r.bottom <= b.bottom + 1, box.scrollTop]; }"""
    )
    assert inside[0], f"highlighted turn not scrolled into view: {inside}"
    if turns[pick] > 12:
        assert inside[1] > 0
    page.screenshot(path=str(SCREENSHOTS / "viewer.png"), full_page=True)


@pytest.mark.browser
def test_browser_timeline_and_timestamps(page: Any) -> None:
    from playwright.sync_api import expect

    ask(page, "Skipper Jo Banks the storm wheelhouse worst crossing")
    expect(page.locator("#timeline")).to_contain_text("Answer 1:")
    expect(page.locator("#timeline")).to_contain_text("Speaker")
    page.locator("#qa-sources label").filter(has_text="Skipper Jo Banks").first.click()
    expect(page.locator("#qa-focus .qa-time")).to_have_text(re.compile(r"^\d+:\d\d$"))


@pytest.mark.browser
def test_browser_exports_download_markdown_and_csv(page: Any) -> None:
    import csv
    import io

    ask(page, "How much will the dredging cost the town?")
    ask(page, "And the lighthouse glazing?")
    with page.expect_download() as md_download:
        page.locator("#export-md").click()
    md = Path(md_download.value.path()).read_text(encoding="utf-8")
    assert "## 1\\. How much will the dredging cost the town?" in md
    assert "## 2\\. And the lighthouse glazing?" in md
    assert md.count("### Source 1") == 2 and "- Transcript: `harbour-board-" in md
    with page.expect_download() as csv_download:
        page.locator("#export-csv").click()
    rows = list(csv.DictReader(io.StringIO(Path(csv_download.value.path()).read_text(encoding="utf-8-sig"))))
    assert {r["question_number"] for r in rows} == {"1", "2"}
    first = rows[0]
    assert first["question"] == "How much will the dredging cost the town?"
    assert first["quote"] and first["transcript_id"].startswith("harbour-board-")
    assert int(first["char_end"]) > int(first["char_start"]) >= 0 and first["turn_index"].isdigit()
    assert first["quote"] in md.replace("\\", "")  # the same quote in both exports


@pytest.mark.browser
def test_browser_copy_button_per_answer(page: Any) -> None:
    answer = ask(page, "How much will the dredging cost the town?")
    copy_buttons = page.locator("#chat button[aria-label='Copy message']")
    assert copy_buttons.count() == 2  # one per message: the question and the answer
    copy_buttons.last.click()
    copied = page.evaluate("() => navigator.clipboard.readText()")
    quote = answer.locator("blockquote").first.inner_text().strip()
    assert quote and quote in copied.replace("\\", "")
    assert "— " in copied and "Interpreted as:" in copied


@pytest.mark.browser
def test_browser_planted_transcript_markup_is_inert(page: Any) -> None:
    from playwright.sync_api import expect

    page.locator("#transcript input").click()
    page.get_by_role("option", name="Markup test", exact=False).click()
    answer = ask(page, "quarry script image link template")
    viewer = page.locator("#qa-viewer")
    expect(viewer).to_contain_text("<script>alert('script-ran')</script>")
    expect(viewer).to_contain_text("<img src=x onerror=\"alert('img-ran')\">")
    expect(viewer).to_contain_text("[quarry link](http://evil.example/quarry)")
    expect(viewer).to_contain_text("${alert('template-ran')} and {{constructor}} and ")
    expect(viewer).to_contain_text(" and <b>tags</b> about the quarry.")
    expect(viewer.locator(".qa-viewer-title")).to_have_text("Markup test <b>session</b> [title link](http://evil.example/title)")
    answer.locator("details summary").first.click()
    live = "script, img, iframe, a[href*='evil'], b:text('tags'), b:text('session')"
    for region in (answer, viewer, page.locator("#qa-sources"), page.locator("#timeline")):
        assert region.locator(live).count() == 0
    expect(page.locator("#qa-sources")).to_contain_text("Markup test <b>session</b>")
    page.screenshot(path=str(SCREENSHOTS / "planted.png"), full_page=True)


@pytest.mark.browser
def test_browser_empty_and_long_questions_get_friendly_replies(page: Any) -> None:
    from playwright.sync_api import expect

    page.locator("#question textarea").fill("x" * 2500)
    page.locator("#question textarea").press("Enter")
    expect(page.get_by_test_id("bot").last).to_contain_text("That question is 2,500 characters long")
    expect(page.get_by_test_id("user").last).to_contain_text("x" * 300 + "…")


@pytest.mark.browser
def test_browser_example_questions_from_the_index_run_on_click(page: Any, ui_qa: RecordingQA) -> None:
    from playwright.sync_api import expect

    examples = ui_qa.example_questions(n=4)
    assert examples and any("Harbour" in e for e in examples)  # speakers and topics of the fixtures
    page.get_by_role("button", name=examples[0]).click()
    expect(page.get_by_test_id("user").last).to_have_text(examples[0])
    expect(page.get_by_test_id("bot").last.locator("blockquote").first).to_be_visible(timeout=60_000)
    assert ui_qa.calls[-1]["question"] == examples[0]
