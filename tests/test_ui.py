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

from qa_bot import ui
from qa_bot.errors import FilterError
from qa_bot.types import Answer, Citation, Hit

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


def test_build_demo_exposes_ask_endpoint_with_optional_filters() -> None:
    demo = ui.build_demo(FakeQA())
    info = demo.get_api_info()
    params = info["named_endpoints"]["/ask"]["parameters"]
    names = [p["parameter_name"] for p in params]
    assert names == ["message", "speaker", "date_from", "date_to", "transcript"]
    assert all(p["parameter_has_default"] for p in params[1:])
    config = demo.get_config_file()
    elem_ids = {c["props"].get("elem_id") for c in config["components"]}
    assert {"date-from", "date-to", "speaker", "transcript"} <= elem_ids


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
    demo = serve(real_qa)
    try:
        yield str(demo.local_url).rstrip("/")
    finally:
        demo.close()


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
