"""Tests for the chat UI.

* ``answer_to_markdown`` with hand-built answers (pure, fast);
* the chat function with a fake QA object (empty question, errors, filters);
* end to end with the real model and a real index of ``data/sample``: a headless
  Chromium session through the Gradio page, and a ``gradio_client`` call of ``/ask``;
* planted markup rendered by the real Gradio chatbot stays inert in the browser.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest

from qa_bot.errors import FilterError
from qa_bot.presentation import ui
from qa_bot.types import Answer, Citation, ConversationContext, Hit

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
TITLE = "Foreign Minister Sergey Lavrov’s statement and answers to media questions at a joint news conference"
PLANTED = "<script>alert(1)</script> [link](http://x) <img src=x onerror=alert(2)>"
SCREENSHOTS = Path(os.environ.get("QA_BOT_SCREENSHOTS", "/tmp/qa-bot-screenshots"))
SCREENSHOTS.mkdir(parents=True, exist_ok=True)


# --------------------------------------------------------------------------- #
# Hand-built answers
# --------------------------------------------------------------------------- #


def make_citation(quote: str = "We do not comment on rumours.", **kw: Any) -> Citation:
    fields: dict[str, Any] = {
        "speaker": "Sergey Lavrov",
        "date": dt.date(2021, 6, 18),
        "title": "Title",
        "transcript_id": "000_lavrov",
        "turn_index": 27,
        "char_start": 0,
        "char_end": len(quote),
        "quote": quote,
        "start": None,
        "context": "Could you comment on the potential appearance of Turkish military bases?",
    }
    fields.update(kw)
    return Citation(**fields)


def make_hit(text: str = "We do not comment on rumours.", **kw: Any) -> Hit:
    fields: dict[str, Any] = {
        "transcript_id": "000_lavrov",
        "title": "Title",
        "date": dt.date(2021, 6, 18),
        "speaker": "Sergey Lavrov",
        "turn_start": 27,
        "turn_end": 27,
        "text": text,
        "score": 0.8765,
    }
    fields.update(kw)
    return Hit(**fields)


def found_answer(quote: str = "We do not comment on rumours.", **cit: Any) -> Answer:
    citation = make_citation(quote, **cit)
    return Answer(
        found=True,
        text=quote,
        citations=[citation],
        hits=[make_hit(quote), make_hit("Another passage.", score=0.5, speaker="Vladimir Makei")],
        interpreted={"query": "Turkish military bases", "speaker": None},
    )


# --------------------------------------------------------------------------- #
# answer_to_markdown
# --------------------------------------------------------------------------- #


def test_found_answer_has_question_blockquote_and_citation() -> None:
    md = ui.answer_to_markdown(found_answer())
    lines = md.splitlines()
    assert "> We do not comment on rumours." in lines
    assert "— Sergey Lavrov, 18 June 2021 · Title" in lines
    question = "*Q: Could you comment on the potential appearance of Turkish military bases?*"
    assert question in lines
    # question first, then quote, then citation
    assert lines.index(question) < lines.index("> We do not comment on rumours.")
    assert lines.index("> We do not comment on rumours.") < lines.index("— Sergey Lavrov, 18 June 2021 · Title")


def test_supporting_passages_section() -> None:
    md = ui.answer_to_markdown(found_answer())
    assert "<details><summary>Supporting passages (2)</summary>" in md
    assert md.rstrip().endswith("</details>")
    details = md[md.index("<details>") :]
    assert "Sergey Lavrov" in details and "Vladimir Makei" in details
    assert "18 June 2021" in details
    assert "score 0.88" in details and "score 0.50" in details
    assert "> Another passage." in details
    assert "Title" not in details  # same event as the citation above: not repeated
    other = found_answer()
    other.hits[1].title = "Another event"
    assert "Another event" in ui.answer_to_markdown(other)


def test_citation_line_without_date_and_single_digit_day() -> None:
    no_date = make_citation(date=None, context=None)
    assert ui.citation_line(no_date) == "— Sergey Lavrov · Title"
    assert ui.format_date(dt.date(2021, 3, 5)) == "5 March 2021"
    md = ui.answer_to_markdown(Answer(found=True, text=no_date.quote, citations=[no_date]))
    assert "Q:" not in md  # no context, no question line
    assert "<details>" not in md  # no hits, no section


def test_multiline_quote_stays_in_one_blockquote() -> None:
    md = ui.answer_to_markdown(found_answer("First paragraph.\n\n    Second paragraph."))
    assert "> First paragraph.\n>\n> Second paragraph." in md


def test_not_found_shows_message_and_nearest_passages() -> None:
    answer = Answer(
        found=False,
        text="The transcripts do not answer this question.",
        hits=[make_hit("Something nearby.", score=0.12)],
    )
    md = ui.answer_to_markdown(answer)
    assert md.startswith("The transcripts do not answer this question.")
    assert "— " not in md  # no citation line
    assert "<details><summary>Nearest passages (1)</summary>" in md
    assert "> Something nearby." in md and "score 0.12" in md


def several_sources_answer(kind: str = "quote", headline: str = "") -> Answer:
    newer = make_citation("We will answer in kind.", date=dt.date(2022, 3, 1), title="Later event",
                          transcript_id="001_later", context=None, start=65.0)  # fmt: skip
    return Answer(
        found=True, text=newer.quote, citations=[newer, make_citation()], kind=kind, headline=headline,
        order="newest first",
    )  # fmt: skip


def test_who_answer_has_the_speaker_as_headline() -> None:
    md = ui.answer_to_markdown(several_sources_answer("who", "Sergey Lavrov"))
    assert md.startswith("**Sergey Lavrov**\n\n*2 sources, newest first:*")


def test_when_answer_has_the_dates_as_headline() -> None:
    md = ui.answer_to_markdown(several_sources_answer("when", "1 March 2022 and 18 June 2021"))
    assert md.startswith("**1 March 2022 and 18 June 2021**")
    quote_answer = ui.answer_to_markdown(several_sources_answer("quote", "ignored for quotes"))
    assert "**ignored" not in quote_answer


def test_several_sources_each_have_quote_and_citation_line_in_order() -> None:
    lines = ui.answer_to_markdown(several_sources_answer()).splitlines()
    order = [
        "*2 sources, newest first:*",
        "> We will answer in kind.",
        "— Sergey Lavrov, 1 March 2022 · Later event · at 1:05",
        "*Q: Could you comment on the potential appearance of Turkish military bases?*",
        "> We do not comment on rumours.",
        "— Sergey Lavrov, 18 June 2021 · Title",
    ]
    assert [lines.index(line) for line in order] == sorted(lines.index(line) for line in order)
    single = ui.answer_to_markdown(found_answer())
    assert "sources," not in single  # one source: no order note


def test_interpreted_as_line_under_the_answer() -> None:
    answer = found_answer()
    answer.interpreted = {
        "query": "What did Lavrov say about the Open Skies Treaty in June 2021?",
        "topic": "Open Skies Treaty",
        "filters": {"speakers": ["Sergey Lavrov"], "date_from": "2021-06-01", "date_to": "2021-06-30"},
    }
    md = ui.answer_to_markdown(answer)
    assert "*Interpreted as: Sergey Lavrov · Open Skies Treaty · June 2021*" in md.splitlines()
    assert md.index("*Interpreted as:") < md.index("<details>")
    answer.interpreted = {"topic": "Mallory <script>x</script> [a](http://x)"}
    assert "<script" not in ui.answer_to_markdown(answer)


def render_html(markdown: str) -> str:
    """Render with an independent CommonMark renderer (raw HTML allowed, like the chatbot)."""
    from markdown_it import MarkdownIt

    renderer = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    return renderer.render(markdown)


@pytest.mark.parametrize(
    "planted",
    ["<script>alert(1)</script>", "[link](http://x)", "<img src=x onerror=alert(1)>"],
)
def test_planted_markup_is_escaped(planted: str) -> None:
    answer = found_answer(
        f"Before {planted} after.",
        speaker=f"Mallory {planted}",
        title=f"Title {planted}",
        context=f"Q {planted}",
    )
    answer.hits.append(make_hit(planted, speaker=planted, title=planted, context=planted))
    md = ui.answer_to_markdown(answer)
    for tag in ("<script", "<img", "</script"):
        assert tag not in md
    assert re.search(r"(?<!\\)\[link", md) is None
    assert re.search(r"(?<!\\)\]\(", md) is None
    assert "http://x" not in md  # bare-URL autolinks are broken too
    html = render_html(md)
    for tag in ("<script", "<img", "<a "):
        assert tag not in html
    assert html.count("<blockquote>") == 4  # answer quote + three passages
    if "<" in planted:
        assert "&lt;" in md
    else:
        assert "[link](http://x)" in html  # shown literally


def test_escape_markdown_neutralises_block_and_inline_syntax() -> None:
    nasty = (
        "# Heading\n- item\n1. first\n  ---\ntext\n===\n"
        "**bold** _it_ `code` ~~s~~ | a | b |\n$$x$$ www.evil.com a@b.co &amp;"
    )
    out = ui.escape_markdown(nasty)
    lines = out.splitlines()
    assert lines[:4] == ["\\# Heading", "\\- item", "1\\. first", "\\---"]
    for raw in ("**", "_it_", "`code`", "~~", "| a |", "$$", "www.", "a@b"):
        assert raw not in out
    assert "&amp;amp;" in out  # a literal entity in a transcript stays literal
    html = render_html(out)
    for tag in ("<h1", "<h2", "<ul", "<ol", "<hr", "<strong", "<em", "<code", "<del", "<table"):
        assert tag not in html
    assert "**bold**" in html and "&amp;amp;" in html


# --------------------------------------------------------------------------- #
# The chat function, with a fake QA object
# --------------------------------------------------------------------------- #


class FakeQA:
    """The slice of TranscriptQA the UI uses, recording calls."""

    def __init__(self, answer: Answer | None = None, error: Exception | None = None) -> None:
        self.answer = answer or found_answer()
        self.error = error
        self.calls: list[dict[str, Any]] = []

    def ask(self, question: str, history: Any = None, **filters: Any) -> Answer:
        self.calls.append({"question": question, "history": history, **filters})
        if self.error is not None:
            raise self.error
        return self.answer

    def speakers(self) -> list[str]:
        return ["Sergey Lavrov", "Question", "Vladimir Makei"]

    def transcript_list(self) -> list[tuple[str, str, dt.date | None]]:
        return [("000_lavrov", TITLE, dt.date(2021, 6, 18)), ("undated", "Untitled", None)]

    def example_questions(self, n: int = 4) -> list[str]:
        return ["What did Lavrov say about the Open Skies Treaty?"][:n]


def test_empty_question_gets_a_polite_prompt() -> None:
    qa = FakeQA()
    chat = ui.make_chat_fn(qa)
    assert chat("   ", []) == ui.EMPTY_QUESTION_REPLY
    assert qa.calls == []


def test_filters_and_history_are_passed_to_ask() -> None:
    qa = FakeQA()
    chat = ui.make_chat_fn(qa)
    history = [
        {"role": "user", "content": [{"type": "text", "text": "Earlier question?"}]},
        {"role": "assistant", "content": "> earlier answer"},
    ]
    md = chat(" Turkish bases? ", history, "Sergey Lavrov", "2021-01-01", "", "000_lavrov")
    assert "— Sergey Lavrov, 18 June 2021 · Title" in md
    call = qa.calls[-1]
    assert call["question"] == "Turkish bases?"
    assert call["speaker"] == "Sergey Lavrov"
    assert call["date_from"] == "2021-01-01" and call["date_to"] is None
    assert call["transcripts"] == ["000_lavrov"]
    assert call["history"] == [
        {"role": "user", "content": "Earlier question?"},
        {"role": "assistant", "content": "> earlier answer"},
    ]
    chat("Anything?", [], "", None, None, "")
    assert qa.calls[-1]["speaker"] is None and qa.calls[-1]["transcripts"] is None


def test_errors_from_ask_become_chat_messages() -> None:
    chat = ui.make_chat_fn(FakeQA(error=FilterError("unknown speaker 'Nobody'")))
    assert chat("Who?", [], "Nobody") == "⚠️ unknown speaker 'Nobody'"
    chat = ui.make_chat_fn(FakeQA(error=RuntimeError("boom <b>")))
    reply = chat("Who?", [])
    assert reply.startswith("⚠️ Sorry, something went wrong: RuntimeError")
    assert "<b>" not in reply


def test_long_question_gets_a_friendly_reply_without_asking() -> None:
    qa = FakeQA()
    answer, reply = ui.ask_question(qa, "why" * 833 + "?")
    assert answer is None and qa.calls == []
    assert reply.startswith("That question is 2,500 characters long; please keep it under 2,000.")


def test_context_is_passed_to_ask_and_carried_by_the_session() -> None:
    qa = FakeQA()
    qa.answer.context = ConversationContext(topic="Turkish bases", speakers=("Sergey Lavrov",))
    session = ui.ChatSession()
    answer, _ = ui.ask_question(qa, "Turkish bases?", [], ui.ui_filters(), session.context)
    session.record("Turkish bases?", answer)
    assert qa.calls[-1]["context"] is None
    assert session.context == qa.answer.context and session.shown == 0
    ui.ask_question(qa, "What else?", [], ui.ui_filters(), session.context)
    assert qa.calls[-1]["context"] == qa.answer.context
    session.record("Empty", None)  # a reply that is no answer keeps the context
    assert session.replies == [0, None] and session.context == qa.answer.context


def test_status_shows_filters_and_carried_context() -> None:
    session = ui.ChatSession(context=ConversationContext(
        topic="Open Skies Treaty", speakers=("Sergey Lavrov",), date_from=dt.date(2021, 1, 1),
        date_to=dt.date(2021, 12, 31), quoted=(("t", 1, 0, 10),),
    ))  # fmt: skip
    status = ui.status_markdown(session, ui.ui_filters("Vladimir Makei", "2021-06-01", "", "000_lavrov"))
    filters_line, context_line = status.split("  \n")
    assert filters_line.startswith("**Filters:** speaker Vladimir Makei · from 2021-06-01 · transcript 000\\_lavrov")
    assert ui.FILTERS_NOTE in filters_line
    assert context_line == (
        "**Context for the next question:** Sergey Lavrov · Open Skies Treaty · 2021 · 1 quote already shown"
    )
    fresh = ui.status_markdown(ui.ChatSession(), ui.ui_filters())
    assert fresh == "**Filters:** none  \n**Context for the next question:** none, it starts fresh"


def test_session_exports_follow_the_conversation(tmp_path: Path) -> None:
    session = ui.ChatSession()
    assert session.exports() is None
    session.record("Turkish bases?", found_answer())
    md_path, csv_path = session.exports() or ("", "")
    assert "We do not comment on rumours." in Path(md_path).read_text(encoding="utf-8")
    assert "000_lavrov" in Path(csv_path).read_text(encoding="utf-8-sig")
    folder = Path(md_path).parent
    session.discard_exports()
    assert not folder.exists()


def test_sources_list_quotes_then_passages() -> None:
    labels = [label for label, _, _ in ui.answer_sources(found_answer())]
    assert labels == [
        "Quote 1: Sergey Lavrov, 18 June 2021 · Title · turn 27",
        "Passage 1: Sergey Lavrov, 18 June 2021 · Title · turn 27",
        "Passage 2: Vladimir Makei, 18 June 2021 · Title · turn 27",
    ]
    missing = Answer(found=False, text="No.", hits=[make_hit()])
    assert [label[:9] for label, _, _ in ui.answer_sources(missing)] == ["Passage 1"]


def test_setup_page_explains_how_to_build_an_index() -> None:
    demo = ui.build_setup_demo("embeddings/default", "no index at embeddings/default: build one")
    texts = [c["props"].get("value") for c in demo.get_config_file()["components"]]
    page = next(t for t in texts if isinstance(t, str) and "no index" in t)
    assert "qa-bot index path/to/transcripts/ --index embeddings/default" in page
    assert "make index" in page


def test_serve_without_an_index_serves_the_setup_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from qa_bot.presentation import cli

    served: list[tuple[str, str]] = []
    monkeypatch.setattr(ui, "launch_setup_page", lambda index, problem, **kw: served.append((index, problem)))
    assert cli.main(["serve", "--index", str(tmp_path / "missing")]) == 0
    assert served and served[0][0] == str(tmp_path / "missing") and "no index" in served[0][1]


def test_app_without_index_or_sample_serves_the_setup_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app

    served: list[tuple[str, str]] = []
    monkeypatch.setattr(ui, "launch_setup_page", lambda index, problem, **kw: served.append((index, problem)))
    monkeypatch.setattr(app, "SAMPLE_DIR", tmp_path / "no-sample")
    monkeypatch.setenv("QA_BOT_INDEX", str(tmp_path / "index"))
    assert app.main() == 0
    assert served == [(str(tmp_path / "index"), served[0][1])] and "no index" in served[0][1]


def test_build_demo_exposes_ask_endpoint_with_optional_filters() -> None:
    demo = ui.build_demo(FakeQA())
    info = demo.get_api_info()
    params = info["named_endpoints"]["/ask"]["parameters"]
    names = [p["parameter_name"] for p in params]
    assert names == ["message", "speaker", "date_from", "date_to", "transcript"]
    assert all(p["parameter_has_default"] for p in params[1:])
    config = demo.get_config_file()
    elem_ids = {c["props"].get("elem_id") for c in config["components"]}
    assert {"date-from", "date-to", "speaker", "transcript", "question", "qa-status", "clear-context",
            "qa-sources", "qa-viewer", "timeline", "export-md", "export-csv"} <= elem_ids  # fmt: skip


# --------------------------------------------------------------------------- #
# Live server helpers
# --------------------------------------------------------------------------- #


def free_port() -> int:
    """A TCP port free right now (Gradio's launch cannot take port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(qa: Any) -> Any:
    return ui.launch(qa, port=free_port(), prevent_thread_lock=True, quiet=True)


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

UI_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ui"


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
    return RecordingQA(TranscriptQA.load(path, embedder=fake_embedder))


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
    carried = ui.context_chips(ui_qa.answers[-1].context)
    expected = " · ".join(carried) if carried else "none, it starts fresh"
    expect(page.locator("#qa-status")).to_contain_text(f"Context for the next question: {expected}")

    ask(page, "What else did he say about it?")
    assert ui_qa.calls[-1]["context"] == ui_qa.answers[-2].context  # the first answer's context came back
    assert [m["role"] for m in ui_qa.calls[-1]["history"]] == ["user", "assistant"]

    expect(page.locator("#timeline")).to_contain_text("Answer 2:")
    page.get_by_test_id("bot").first.locator("blockquote").first.click()  # an earlier answer: its sources
    expect(page.locator("#timeline")).to_contain_text("Answer 1:")
    first_source = ui.answer_sources(ui_qa.answers[-2])[0][0]
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


def test_clear_context_pressed_while_answering_is_not_undone() -> None:
    session = ui.ChatSession()
    carried = ConversationContext(topic="Open Skies Treaty")
    asked_at = session.clears
    session.clear(messages=2)  # pressed while the question asked at ``asked_at`` was being answered
    session.record("What did Lavrov say?", Answer(True, "x", context=carried), asked_at)
    assert session.context is None and len(session.exchanges) == 1
    session.record("And in 2022?", Answer(True, "y", context=carried), session.clears)
    assert session.context == carried


def test_app_rebuilds_only_a_sample_index_of_an_older_format(tmp_path: Path) -> None:
    import json

    import app
    from qa_bot.store import FORMAT_VERSION

    def index(version: object, *sources: str) -> Path:
        folder = tmp_path / f"index-{version}-{len(sources)}-{abs(hash(sources))}"
        folder.mkdir()
        files = {f"t{i}": {"source": s, "sha256": "0" * 64, "passages": 1} for i, s in enumerate(sources)}
        (folder / "manifest.json").write_text(json.dumps({"format_version": version, "files": files}))
        return folder

    sample = str(app.SAMPLE_DIR / "lavrov-makei-2021-06-18.txt")
    assert app._outdated_sample_index(index(FORMAT_VERSION - 1, sample))
    assert app._outdated_sample_index(index(FORMAT_VERSION - 1, "data/sample/lavrov-makei-2021-06-18.txt"))
    assert not app._outdated_sample_index(index(FORMAT_VERSION, sample))  # current: nothing to do
    assert not app._outdated_sample_index(index(FORMAT_VERSION - 1, sample, "/home/me/hearings/h1.txt"))  # user's own
    assert not app._outdated_sample_index(index(FORMAT_VERSION - 1))  # no files: not known to be the sample
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "manifest.json").write_text('{"format_version": ')
    assert not app._outdated_sample_index(broken)  # loading reports it
