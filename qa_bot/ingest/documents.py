"""Running text: told apart by its shape and read, as written in a text file or taken out of a container.

A text file, a web page, a PDF or a Word file's text is timed text (``Name  0:03`` heads), a press transcript,
meeting notes (bold names over bullets), Markdown or plain labelled text (``document_format``); a Markdown pipe
table that extraction wrote is read as a table. ``parse_extracted`` reads a container's text and names the
format after both (``"pdf (plain)"``), with the container's own title and date filling in what the text lacks.
A web page whose words sit in timed elements is read from those cues instead (``timed_page``); a Markdown file
whose body is a page's HTML, as that page (``page_in_markdown``).
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

from qa_bot.errors import IngestError
from qa_bot.ingest.cues import Cue, cue_turns
from qa_bot.ingest.front_matter import front_matter
from qa_bot.ingest.html import Page, extract_page, timed_cues
from qa_bot.ingest.markdown_lines import markdown_table_rows
from qa_bot.ingest.md_notes import looks_like_notes, parse_notes
from qa_bot.ingest.metadata import HTML_TAG, first_date
from qa_bot.ingest.mission_log import MISSION_FORMAT, looks_like_mission_log, parse_mission_log
from qa_bot.ingest.plain import parse_plain
from qa_bot.ingest.press import looks_like_press, parse_press
from qa_bot.ingest.table import parse_rows
from qa_bot.ingest.timed_text import looks_like_timed_text, parse_timed_text
from qa_bot.types import Transcript

# Files whose running text is taken out by a library, then read as one of DOCUMENT_FORMATS.
CONTAINERS = {"html": "web page", "pdf": "PDF", "docx": "Word file", "doc": "Word 97 file", "odt": "OpenDocument",
              "rtf": "RTF document", "latex": "LaTeX document", "qdpx": "REFI-QDA project"}
# Running text: told apart by content (``document_format``), also inside web pages, PDF and Word files.
DOCUMENT_FORMATS = ("timed text", MISSION_FORMAT, "press", "notes", "markdown", "plain")
MIN_MARKUP_SHARE = 0.5  # of a Markdown file's body inside HTML tags, for the body to be a page
MIN_ELEMENT_LINE_SHARE = 0.9  # or of its lines opening with a tag


def document_format(text: str, *, markdown: bool = False) -> str:
    """Which shape of running text this is: timed text (``Name  0:03`` heads), a space mission's transcript, press,
    meeting notes (bold names over bullets), markdown or plain.

    Also used for the text extracted from web pages, PDF and Word files.
    """
    if looks_like_mission_log(text):
        return MISSION_FORMAT
    if looks_like_timed_text(text):
        return "timed text"
    if looks_like_press(text):
        return "press"
    if looks_like_notes(text):
        return "notes"
    return "markdown" if markdown else "plain"


def parse_extracted(
    container: str, text: str, path: Path, transcript_id: str, *, title: str | None = None, date: str | None = None,
    markdown: bool | None = None, speakers: frozenset[str] = frozenset(),
) -> Transcript:
    """Parse the running text taken out of a web page, PDF or Word file, by its shape (``document_format``).

    ``title`` and ``date`` (the container's own metadata) fill in what the
    text does not give; ``speakers`` are the names a page's markup gave (``html.MarkedText``). The format is
    named ``"html (press)"``, ``"pdf (plain)"``…. A web page's text is Markdown; so is other text taken out of a
    page's HTML (``markdown``).
    """
    source = str(path)
    fmt = document_format(text, markdown=container == "html" if markdown is None else markdown)
    try:
        transcript = parse_document(fmt, text, transcript_id, source, title or path.stem, speakers=speakers)
    except IngestError as exc:
        what = CONTAINERS.get(container, "JSON document")  # a JSON document's lines of text (``json_lines``)
        raise IngestError(source, f"no transcript in the {what}'s text: {exc.reason}") from exc
    if transcript.title == path.stem and title:
        transcript.title = title
    if transcript.date is None:
        transcript.date, transcript.date_source = first_date(("metadata", date), ("title", title or transcript.title))
    shape = "table" if transcript.format.endswith("(table)") else fmt
    transcript.format = f"{container} ({shape})"
    return transcript


def _element_lines(body: str) -> bool:
    """True when nearly every line of ``body`` opens with an HTML tag (``MIN_ELEMENT_LINE_SHARE``): a page's
    paragraphs as elements, one a line (``<p><strong>Nic</strong></p><p>You’re listening…</p>``), however long."""
    lines = [line.lstrip() for line in body.split("\n") if line.strip()]
    return sum(line.startswith("<") for line in lines) >= MIN_ELEMENT_LINE_SHARE * len(lines) > 0


def page_in_markdown(text: str, path: Path, transcript_id: str) -> Transcript | None:
    """A Markdown file whose body, under its front matter, is a page's HTML (a blog's export: ``<div
    class="post-body">…``, markup making most of its characters or opening its lines), read as that page, titled
    and dated by the front matter; or a page's HTML kept as the front matter's ``transcript`` (MIT OpenCourseWare's
    Hugo pages). None for any other Markdown."""
    if "<" not in text:  # most Markdown: its front matter is not parsed twice
        return None
    lines = text.split("\n")
    front, start = front_matter(lines, str(path))
    body = "\n".join(lines[start:]).strip()
    if not body and isinstance(front.get("transcript"), str):  # the whole file is front matter: its key says what
        body = front["transcript"].strip()  # the HTML holds, however much of it is words
    elif sum(map(len, HTML_TAG.findall(body))) < MIN_MARKUP_SHARE * len(body):
        if not _element_lines(body):
            return None
        with contextlib.suppress(IngestError):  # elements a line, little markup: a page where read as one, else
            return _markdown_page(body, front, path, transcript_id)  # Markdown with HTML in it, read as Markdown
        return None
    return _markdown_page(body, front, path, transcript_id) if body.startswith("<") else None


def _markdown_page(body: str, front: dict[str, Any], path: Path, transcript_id: str) -> Transcript:
    """The page a Markdown file's ``body`` holds, titled and dated by its ``front`` matter where it says."""
    page = extract_page(body, str(path))
    title, date = front.get("title"), front.get("date")
    page = Page(page.text, title if isinstance(title, str) else page.title, str(date) if date else page.date)
    if cues := timed_cues(body):  # words in timed elements: "<span m="9215">PATRICK WINSTON: You know…</span>"
        return timed_page(cues, page, path, transcript_id)
    return parse_extracted("html", page.text, path, transcript_id, title=page.title, date=page.date)


def timed_page(cues: list[Cue], page: Page, path: Path, transcript_id: str) -> Transcript:
    """A web page whose words sit in timed elements (``html.timed_cues``), read as subtitles are: turns cut at
    pauses, labels in the words naming speakers; the page's metadata gives the title and date."""
    title = page.title or path.stem
    transcript = Transcript(transcript_id, title, None, None, str(path), [], "html (timed elements)")
    transcript.turns, transcript.label_convention = cue_turns(transcript_id, cues)
    transcript.date, transcript.date_source = first_date(("metadata", page.date), ("title", title))
    return transcript


def parse_document(
    fmt: str, text: str, transcript_id: str, source: str, title: str, *, speakers: frozenset[str] = frozenset()
) -> Transcript:
    """Running text in one of ``DOCUMENT_FORMATS``, as ``document_format`` named it; mostly a Markdown pipe
    table (``| 2:08:03 | words |``, as extraction writes a page's table), it is read as a table. ``speakers``
    (names a page's markup gave) are labels whatever their shape in Markdown and plain text."""
    text = _CHARACTER_REFERENCE.sub(_referenced, text)
    rows = markdown_table_rows(text) if fmt in ("markdown", "plain") else None
    if rows is not None:
        return parse_rows(rows, transcript_id, source, title, f"{fmt} (table)")
    if fmt == "press":
        return parse_press(text, transcript_id, source)
    if fmt == "notes":
        return parse_notes(text, transcript_id, source, title)
    if fmt == "timed text":
        return parse_timed_text(text, transcript_id, source, title)
    if fmt == MISSION_FORMAT:
        return parse_mission_log(text, transcript_id, source, title)
    return parse_plain(text, transcript_id, source, title, markdown=fmt == "markdown", speakers=speakers)


# A character written as its number, as a legacy export writes what its code page lacks ("&#9711;위원장 이상민", the
# circle that marks a speaker in Korean minutes; "사&#8228;보임")
_CHARACTER_REFERENCE = re.compile(r"&#(?:(\d{3,7})|[xX]([0-9a-fA-F]{2,6}));")


def _referenced(m: re.Match[str]) -> str:
    """The character a numeric reference stands for, outside ASCII only: "&#60;" in text stays as written, never
    an HTML tag's "<"; 128 to 159 are Windows-1252's, as HTML reads them ("&#146;" is "’", not a control)."""
    code = int(m[1]) if m[1] else int(m[2], 16)
    if 128 <= code <= 159:
        return bytes([code]).decode("cp1252", errors="ignore") or m[0]
    return chr(code) if 159 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m[0]
