"""The chat page without a browser: answers rendered as Markdown, the chat function with a fake QA object,
the session, the setup page, and the ``/ask`` endpoint's signature."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest

from qa_bot.errors import FilterError
from qa_bot.presentation import chat as chat_module
from qa_bot.presentation import render, server, ui
from qa_bot.text import format_date
from qa_bot.types import Answer, ConversationContext
from tests.chat_fakes import FakeQA, found_answer, make_citation, make_hit

# --------------------------------------------------------------------------- #
# answer_to_markdown
# --------------------------------------------------------------------------- #


def test_found_answer_has_question_blockquote_and_citation() -> None:
    md = render.answer_to_markdown(found_answer())
    lines = md.splitlines()
    assert "> We do not comment on rumours." in lines
    assert "— Sergey Lavrov, 18 June 2021 · Title" in lines
    question = "*Q: Could you comment on the potential appearance of Turkish military bases?*"
    assert question in lines
    # question first, then quote, then citation
    assert lines.index(question) < lines.index("> We do not comment on rumours.")
    assert lines.index("> We do not comment on rumours.") < lines.index("— Sergey Lavrov, 18 June 2021 · Title")


def test_supporting_passages_section() -> None:
    md = render.answer_to_markdown(found_answer())
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
    assert "Another event" in render.answer_to_markdown(other)


def test_citation_line_without_date_and_single_digit_day() -> None:
    no_date = make_citation(date=None, context=None)
    assert render.citation_line(no_date) == "— Sergey Lavrov · Title"
    assert format_date(dt.date(2021, 3, 5)) == "5 March 2021"
    md = render.answer_to_markdown(Answer(found=True, text=no_date.quote, citations=[no_date]))
    assert "Q:" not in md  # no context, no question line
    assert "<details>" not in md  # no hits, no section


def test_multiline_quote_stays_in_one_blockquote() -> None:
    md = render.answer_to_markdown(found_answer("First paragraph.\n\n    Second paragraph."))
    assert "> First paragraph.\n>\n> Second paragraph." in md


def test_not_found_shows_message_and_nearest_passages() -> None:
    answer = Answer(
        found=False,
        text="The transcripts do not answer this question.",
        hits=[make_hit("Something nearby.", score=0.12)],
    )
    md = render.answer_to_markdown(answer)
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
    md = render.answer_to_markdown(several_sources_answer("who", "Sergey Lavrov"))
    assert md.startswith("**Sergey Lavrov**\n\n*2 sources, newest first:*")


def test_when_answer_has_the_dates_as_headline() -> None:
    md = render.answer_to_markdown(several_sources_answer("when", "1 March 2022 and 18 June 2021"))
    assert md.startswith("**1 March 2022 and 18 June 2021**")
    quote_answer = render.answer_to_markdown(several_sources_answer("quote", "ignored for quotes"))
    assert "**ignored" not in quote_answer


def test_several_sources_each_have_quote_and_citation_line_in_order() -> None:
    lines = render.answer_to_markdown(several_sources_answer()).splitlines()
    order = [
        "*2 sources, newest first:*",
        "> We will answer in kind.",
        "— Sergey Lavrov, 1 March 2022 · Later event · at 1:05",
        "*Q: Could you comment on the potential appearance of Turkish military bases?*",
        "> We do not comment on rumours.",
        "— Sergey Lavrov, 18 June 2021 · Title",
    ]
    assert [lines.index(line) for line in order] == sorted(lines.index(line) for line in order)
    single = render.answer_to_markdown(found_answer())
    assert "sources," not in single  # one source: no order note


def test_interpreted_as_line_under_the_answer() -> None:
    answer = found_answer()
    answer.interpreted = {
        "query": "What did Lavrov say about the Open Skies Treaty in June 2021?",
        "topic": "Open Skies Treaty",
        "filters": {"speakers": ["Sergey Lavrov"], "date_from": "2021-06-01", "date_to": "2021-06-30"},
    }
    md = render.answer_to_markdown(answer)
    assert "*Interpreted as: Sergey Lavrov · Open Skies Treaty · June 2021*" in md.splitlines()
    assert md.index("*Interpreted as:") < md.index("<details>")
    answer.interpreted = {"topic": "Mallory <script>x</script> [a](http://x)"}
    assert "<script" not in render.answer_to_markdown(answer)


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
    md = render.answer_to_markdown(answer)
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
    out = render.escape_markdown(nasty)
    lines = out.splitlines()
    assert lines[:4] == ["\\# Heading", "\\- item", "1\\. first", "\\---"]
    for raw in ("**", "_it_", "`code`", "~~", "| a |", "$$", "www.", "a@b"):
        assert raw not in out
    assert "&amp;amp;" in out  # a literal entity in a transcript stays literal
    html = render_html(out)
    for tag in ("<h1", "<h2", "<ul", "<ol", "<hr", "<strong", "<em", "<code", "<del", "<table"):
        assert tag not in html
    assert "**bold**" in html and "&amp;amp;" in html


def test_empty_question_gets_a_polite_prompt() -> None:
    qa = FakeQA()
    chat = chat_module.make_chat_fn(qa)
    assert chat("   ", []) == chat_module.EMPTY_QUESTION_REPLY
    assert qa.calls == []


def test_filters_and_history_are_passed_to_ask() -> None:
    qa = FakeQA()
    chat = chat_module.make_chat_fn(qa)
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
    chat = chat_module.make_chat_fn(FakeQA(error=FilterError("unknown speaker 'Nobody'")))
    assert chat("Who?", [], "Nobody") == "⚠️ unknown speaker 'Nobody'"
    chat = chat_module.make_chat_fn(FakeQA(error=RuntimeError("boom <b>")))
    reply = chat("Who?", [])
    assert reply.startswith("⚠️ Sorry, something went wrong: RuntimeError")
    assert "<b>" not in reply


def test_long_question_gets_a_friendly_reply_without_asking() -> None:
    qa = FakeQA()
    answer, reply = chat_module.ask_question(qa, "why" * 833 + "?")
    assert answer is None and qa.calls == []
    assert reply.startswith("That question is 2,500 characters long; please keep it under 2,000.")


def test_context_is_passed_to_ask_and_carried_by_the_session() -> None:
    qa = FakeQA()
    qa.answer.context = ConversationContext(topic="Turkish bases", speakers=("Sergey Lavrov",))
    session = chat_module.ChatSession()
    answer, _ = chat_module.ask_question(qa, "Turkish bases?", [], chat_module.ui_filters(), session.context)
    session.record("Turkish bases?", answer)
    assert qa.calls[-1]["context"] is None
    assert session.context == qa.answer.context and session.shown == 0
    chat_module.ask_question(qa, "What else?", [], chat_module.ui_filters(), session.context)
    assert qa.calls[-1]["context"] == qa.answer.context
    session.record("Empty", None)  # a reply that is no answer keeps the context
    assert session.replies == [0, None] and session.context == qa.answer.context


def test_status_shows_filters_and_carried_context() -> None:
    session = chat_module.ChatSession(context=ConversationContext(
        topic="Open Skies Treaty", speakers=("Sergey Lavrov",), date_from=dt.date(2021, 1, 1),
        date_to=dt.date(2021, 12, 31), quoted=(("t", 1, 0, 10),),
    ))  # fmt: skip
    filters = chat_module.ui_filters("Vladimir Makei", "2021-06-01", "", "000_lavrov")
    status = chat_module.status_markdown(session, filters)
    filters_line, context_line = status.split("  \n")
    assert filters_line.startswith("**Filters:** speaker Vladimir Makei · from 2021-06-01 · transcript 000\\_lavrov")
    assert chat_module.FILTERS_NOTE in filters_line
    assert context_line == (
        "**Context for the next question:** Sergey Lavrov · Open Skies Treaty · 2021 · 1 quote already shown"
    )
    fresh = chat_module.status_markdown(chat_module.ChatSession(), chat_module.ui_filters())
    assert fresh == "**Filters:** none  \n**Context for the next question:** none, it starts fresh"


def test_session_exports_follow_the_conversation(tmp_path: Path) -> None:
    session = chat_module.ChatSession()
    assert session.exports() is None
    session.record("Turkish bases?", found_answer())
    md_path, csv_path = session.exports() or ("", "")
    assert "We do not comment on rumours." in Path(md_path).read_text(encoding="utf-8")
    assert "000_lavrov" in Path(csv_path).read_text(encoding="utf-8-sig")
    folder = Path(md_path).parent
    session.discard_exports()
    assert not folder.exists()


def test_sources_list_quotes_then_passages() -> None:
    labels = [label for label, _, _ in chat_module.answer_sources(found_answer())]
    assert labels == [
        "Quote 1: Sergey Lavrov, 18 June 2021 · Title · turn 27",
        "Passage 1: Sergey Lavrov, 18 June 2021 · Title · turn 27",
        "Passage 2: Vladimir Makei, 18 June 2021 · Title · turn 27",
    ]
    missing = Answer(found=False, text="No.", hits=[make_hit()])
    assert [label[:9] for label, _, _ in chat_module.answer_sources(missing)] == ["Passage 1"]


def test_setup_page_explains_how_to_build_an_index() -> None:
    demo = server.build_setup_demo("embeddings/default", "no index at embeddings/default: build one")
    texts = [c["props"].get("value") for c in demo.get_config_file()["components"]]
    page = next(t for t in texts if isinstance(t, str) and "no index" in t)
    assert "qa-bot index path/to/transcripts/ --index embeddings/default" in page
    assert "make index" in page


def test_serve_without_an_index_serves_the_setup_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from qa_bot.presentation import cli

    served: list[tuple[str, str]] = []
    monkeypatch.setattr(server, "launch_setup_page", lambda index, problem, **kw: served.append((index, problem)))
    assert cli.main(["serve", "--index", str(tmp_path / "missing")]) == 0
    assert served and served[0][0] == str(tmp_path / "missing") and "no index" in served[0][1]


def test_app_without_index_or_sample_serves_the_setup_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app

    served: list[tuple[str, str]] = []
    monkeypatch.setattr(server, "launch_setup_page", lambda index, problem, **kw: served.append((index, problem)))
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


def test_clear_context_pressed_while_answering_is_not_undone() -> None:
    session = chat_module.ChatSession()
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
