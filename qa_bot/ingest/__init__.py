"""Turning files into ``Transcript`` objects: discovery, format detection, parsing.

One module per input format (``press``, ``plain``, ``md_notes``, ``timed_text``, ``json_turns`` with ``stt_json``,
``table``, ``vtt``, ``srt``, the tools' own exports listed in ``tools``, and the containers ``html``, ``pdf``,
``docx``, ``doc``, ``odt``, ``rtf``, ``latex`` whose text is read as one of the running-text formats, by
``documents``); ``twins`` decides between two files of one id. This module only finds files, reads their bytes
(``reader``), has ``sniff`` tell their format by content (then extension), picks the parser and fills in what every
format shares: the encoding, and a date from the file name when the file itself gives none.
Speakers are named the same way for every format (``speakers``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from qa_bot.errors import IngestError, QABotError
from qa_bot.ingest.binary import BINARY_SUFFIXES, binary_format
from qa_bot.ingest.doc import read_doc
from qa_bot.ingest.documents import (
    CONTAINERS,
    DOCUMENT_FORMATS,
    document_format,
    page_in_markdown,
    parse_document,
    parse_extracted,
    timed_page,
)
from qa_bot.ingest.docx import read_docx
from qa_bot.ingest.html import extract_page, speaker_marked_text, timed_cues
from qa_bot.ingest.js_module import SCRIPT_SUFFIXES, module_text
from qa_bot.ingest.json_search import HTML_BLOCK, MIN_RUNNING_LINES
from qa_bot.ingest.json_turns import (
    blank_assignment,
    json_body,
    json_error,
    json_lines,
    parse_json,
    parse_jsonl,
)
from qa_bot.ingest.latex import LATEX_SUFFIXES, latex_text
from qa_bot.ingest.markdown_lines import tags_unwrapped
from qa_bot.ingest.metadata import HTML_ELEMENT
from qa_bot.ingest.odt import read_odt
from qa_bot.ingest.pdf import clean_pages, pdf_text
from qa_bot.ingest.qdpx import read_qdpx
from qa_bot.ingest.reader import DEFAULT_MAX_BYTES, decode, read_bytes
from qa_bot.ingest.rtf import rtf_text
from qa_bot.ingest.sniff import (
    CUE_START,
    HTML_SUFFIXES,
    JSON_START,
    MARKDOWN_SUFFIXES,
    SNIFF_BYTES,
    detect_format,
    sniff_format,
)
from qa_bot.ingest.srt import parse_srt
from qa_bot.ingest.table import parse_rows, parse_table
from qa_bot.ingest.tools import TOOL_FORMATS
from qa_bot.ingest.vtt import parse_vtt, vtt_after_header
from qa_bot.ingest.xlsx import read_xlsx
from qa_bot.ingest.xml_turns import looks_like_xml, marked_up_text
from qa_bot.text import date_in_name, year_first_in_name
from qa_bot.types import Transcript

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (
    ".txt", *MARKDOWN_SUFFIXES, ".json", ".jsonl", ".csv", ".tsv", ".xlsx", ".vtt", ".srt", *HTML_SUFFIXES, ".pdf",
    ".docx", ".doc", ".odt", ".rtf", *LATEX_SUFFIXES, ".qdpx",
    *(suffix for suffix, _, _ in TOOL_FORMATS.values() if suffix),
)
TEXT_READERS = {"doc": read_doc, "odt": read_odt, "qdpx": read_qdpx}  # binary documents whose text is read as it is
FORMATS = (*DOCUMENT_FORMATS, "json", "jsonl", "csv", "tsv", "xlsx", "vtt", "srt", *CONTAINERS, *TOOL_FORMATS)
# Which of two files with the same id is read: the one that keeps the most (speakers, times, structure).
DUPLICATE_PREFERENCE = (  # tools' own exports first: they name speakers and times as the tool knew them
    *(suffix for suffix, _, _ in TOOL_FORMATS.values() if suffix not in (".log", ".xml", ".yaml", ".yml", None)),
    ".json", ".jsonl", ".vtt", ".srt", ".csv", ".tsv", ".xlsx", ".txt", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES,
    ".yaml", ".yml",  # beside a transcript, an episode's YAML is mostly its metadata
    # a chat log's minutes page is its scribe's lines tidied; an .xml beside captions is often their metadata
    ".log", ".xml", ".docx", ".doc", ".odt", ".rtf", *LATEX_SUFFIXES, ".pdf",
)
# People named in a text file of no known extension for it to be read as a transcript, or changes of speaker.
MIN_SNIFFED_SPEAKERS, MIN_SNIFFED_CHANGES = 2, 6
# What a project or package keeps beside its data, named so without an extension: never a transcript, though their
# fields ("Copyright: …", "License: …", "Wheel-Version: …") read like labels of speakers.
PROJECT_FILES = re.compile(r"(?i)(?:copyright|copying|licen[cs]e|notice|third_party_notices|authors|contributors|"
                           r"changelog|changes|history|news|todo|readme|install|metadata|wheel|record|manifest|"
                           r"control|makefile|dockerfile|thanks|maintainers|codeowners)(?:[-_.][\w.-]+)?")


@dataclass(frozen=True)
class SourceFile:
    """A file found under the sources, the id its transcript will have, and why it is left out, if it is.

    ``duplicate_of`` is set when a file in a more structured format has this
    id (``talk.srt`` beside ``talk.vtt``): the build reads it to compare, and
    keeps it only if its words differ (``twins``). ``unsupported`` says why a
    file in a folder is not a transcript format (``talk.mp3``); such a file is
    not read, and a build reports the reason.
    """

    path: Path
    transcript_id: str
    duplicate_of: Path | None = None
    unsupported: str | None = None


def discover(sources: Iterable[str | Path]) -> list[SourceFile]:
    """List the files under ``sources`` (files or folders), sorted by id, with their ids and skip reasons.

    A transcript's id is its path relative to the folder given, without the
    extension, ``/``-separated; a file given directly gets its stem and is
    always read (its content decides its format). In folders, hidden files
    and folders are ignored; a file whose extension is not in
    ``SUPPORTED_SUFFIXES`` is still read when its first bytes show a format
    we read (a saved web page, a PDF, a Word file, JSON, subtitles) or it is
    text whose turns name two people or more, and is otherwise listed with
    ``unsupported`` set. Of two files with one id
    (``call.json`` beside its ``call.docx`` report) the one in the more
    structured format comes first (``DUPLICATE_PREFERENCE``); the other comes
    back after it with ``duplicate_of`` set.
    """
    found: dict[str, SourceFile] = {}
    skipped: list[SourceFile] = []
    for source in sources:
        root = Path(source)
        if root.is_file():
            files: Iterator[tuple[Path, Path]] = iter([(root, root.parent)])
        elif root.is_dir():
            files = (
                (p, root)
                for p in sorted(root.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
            )
        else:
            raise QABotError(f"source not found: {source} (give transcript files or folders)")
        for path, base in files:
            tid = path.relative_to(base).with_suffix("").as_posix()
            reason = None if path == root else _unsupported(path)
            if reason:
                logger.warning("%s: %s; skipped", path, reason)
                skipped.append(SourceFile(path, tid, unsupported=reason))
            elif tid in found and found[tid].path != path:
                kept, other = sorted((found[tid].path, path), key=_preference)
                skipped.append(SourceFile(other, tid, kept))
                found[tid] = SourceFile(kept, tid)
            else:
                found[tid] = SourceFile(path, tid)
    # Of three files with one id, each other one names the one preferred, not another one after it.
    skipped = [SourceFile(s.path, s.transcript_id, found[s.transcript_id].path) if s.duplicate_of else s
               for s in skipped]
    return sorted([*found.values(), *skipped], key=lambda s: (s.transcript_id, s.duplicate_of is not None))


def _preference(path: Path) -> int:
    """Rank of a file among files with the same id: structured and timed formats first, documents last."""
    suffix = path.suffix.lower()
    return DUPLICATE_PREFERENCE.index(suffix) if suffix in DUPLICATE_PREFERENCE else len(DUPLICATE_PREFERENCE)


def _unsupported(path: Path) -> str | None:
    """Why a file found in a folder is not read (its extension and first bytes name no format we read), or None."""
    if path.suffix.lower() in SUPPORTED_SUFFIXES:
        return None
    if not path.suffix and PROJECT_FILES.fullmatch(path.name):
        return "a project's own file (a licence, readme or package metadata), not a transcript"
    try:
        with path.open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError as exc:
        return f"cannot read file ({exc.strerror or exc})"
    if sniff_format(head) or (path.suffix.lower() in SCRIPT_SUFFIXES and module_text(
            path.read_text(encoding="utf-8", errors="replace")) is not None):  # a module holding a transcript's data
        return None
    if _labelled_text(path, head):
        return None
    kind = f"'{path.suffix}' files" if path.suffix else "files without an extension"
    return f"unsupported file type: {kind} are not read (supported: {', '.join(SUPPORTED_SUFFIXES)})"


def _labelled_text(path: Path, head: bytes) -> bool:
    """Whether a text file of no known extension reads as a transcript: its turns name ``MIN_SNIFFED_SPEAKERS``
    people or more, or one named person takes turns with ``Unknown Speaker`` heads (Canada's Hansard as
    ``debates.055.e``, a mission log named ``MAIN``, a research interview named ``Interview 1``). Plain text and
    XML have no signature telling a transcript, so it is read; a binary file (a NUL byte in its head) is not."""
    decoded = head.decode("utf-8", "replace")
    if b"\0" in head or path.stat().st_size > DEFAULT_MAX_BYTES or (
            HTML_ELEMENT.search(decoded) and not looks_like_xml(decoded)):
        return False  # binary, or a template's markup (a site's ``.svelte`` page): read as text it misleads
    try:
        turns = load_transcript(path).turns
    except (IngestError, OSError):
        return False
    named = {t.speaker for t in turns if not t.speaker_inferred}
    changes = sum(t.speaker != turns[i].speaker for i, t in enumerate(turns[1:]))
    return len(named) >= MIN_SNIFFED_SPEAKERS or (bool(named) and changes >= MIN_SNIFFED_CHANGES)


def load_transcript(
    path: str | Path, transcript_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
    *, columns: Mapping[str, str] | None = None,
) -> Transcript:
    """Read and parse one transcript file; raise ``IngestError`` with the reason if it can't be used.

    ``columns`` names the speaker, text or time columns of a table whose
    header names none we know (``{"speaker": "name", "text": "commentFull"}``);
    other formats ignore it. Every way a file can fail, including content of a
    shape no reader expected, ends in one ``IngestError`` with its reason.
    """
    path = Path(path)
    tid = transcript_id or path.stem
    data = read_bytes(path, max_bytes)
    try:
        transcript = parse_bytes(data, path, tid, columns=columns)
    except (TypeError, ValueError, KeyError, IndexError, AttributeError, RecursionError, ArithmeticError) as exc:
        # A shape no reader expected (a number where a list of words should be): one line and a skip,
        # never a traceback that stops a whole build. The traceback stays in the debug log.
        logger.debug("%s: unexpected content", path, exc_info=True)
        detail = " ".join(str(exc).split())[:160]
        raise IngestError(str(path), f"unexpected content for its format ({type(exc).__name__}: {detail})") from exc
    if not transcript.turns:
        raise IngestError(str(path), f"no transcript turns found (read as {transcript.format})")
    named = date_in_name(path.stem)
    # "07/03/2025" read day first, in a file named 20250703: a name written year first settles which it is.
    swapped = named and transcript.date and named != transcript.date and year_first_in_name(path.stem) and (
        named.year, named.month, named.day) == (transcript.date.year, transcript.date.day, transcript.date.month)
    if transcript.date is None or swapped:
        transcript.date, transcript.date_source = named, "file name" if named else None
    for warning in transcript.warnings:
        logger.warning("%s: %s", path, warning)
    return transcript


def parse_bytes(
    data: bytes, path: Path, transcript_id: str, *, columns: Mapping[str, str] | None = None
) -> Transcript:
    """Parse a file's bytes: PDF and Word files by their library, text after decoding it (``parse_text``).

    A file named ``.pdf`` or ``.docx`` whose bytes are not one is refused, not read as text.
    """
    source = str(path)
    kind = binary_format(data)
    if kind == "pdf":
        text, title = pdf_text(data, source)
        return parse_extracted("pdf", text, path, transcript_id, title=title)
    if kind == "docx":
        content = read_docx(data, source)
        if content.table is not None:
            title = content.text.split("\n", 1)[0] or path.stem
            transcript = parse_rows(content.table, transcript_id, source, title, "docx", columns=columns)
            transcript.format = "docx (table)"
            return transcript
        return parse_extracted("docx", content.text, path, transcript_id)
    if kind in TEXT_READERS:
        return parse_extracted(kind, TEXT_READERS[kind](data, source), path, transcript_id)
    if kind == "xlsx":  # a spreadsheet: its rows, as a CSV file's
        return parse_rows(read_xlsx(data, source), transcript_id, source, path.stem, "xlsx", columns=columns)
    if path.suffix.lower() in BINARY_SUFFIXES:
        raise IngestError(source, BINARY_SUFFIXES[path.suffix.lower()])
    text, encoding = decode(data, source)
    transcript = parse_text(text, path, transcript_id, columns=columns)
    transcript.encoding = encoding
    return transcript


def parse_text(
    text: str, path: Path, transcript_id: str, *, columns: Mapping[str, str] | None = None
) -> Transcript:
    """Parse decoded text as the format ``detect_format`` names; ``IngestError`` when no turn is found."""
    if path.suffix.lower() in SCRIPT_SUFFIXES:
        text = module_text(text) or text  # a site's module: the literal it assigns
    fmt = detect_format(path, text)
    source, title, suffix = str(path), path.stem, path.suffix.lower()
    if fmt in DOCUMENT_FORMATS and (marked := marked_up_text(text, transcript_id, source, title)) is not None:
        transcript = marked  # a record's XML under a Markdown file's front matter
        transcript.format = f"{fmt} (xml: {transcript.format.removeprefix('xml (').removesuffix(')')})"
    elif fmt in DOCUMENT_FORMATS and suffix in MARKDOWN_SUFFIXES and (
            page := page_in_markdown(text, path, transcript_id)):
        transcript = page  # a blog's export: front matter over the page's HTML
    elif fmt in DOCUMENT_FORMATS:
        text = clean_pages(text.split("\f"))[0] if "\f" in text else text  # pdftotext's pages, headers and all
        if suffix in MARKDOWN_SUFFIXES and (bare := tags_unwrapped(text)) != text:
            text, fmt = bare, detect_format(path, bare)  # "<claire>Claire</claire>" over her words: a name alone
        try:
            transcript = parse_document(fmt, text, transcript_id, source, title)
        except IngestError as exc:  # a truncated export is likelier than a transcript opening with '{"'
            if not JSON_START.match(text.lstrip("\ufeff \t\n")):
                raise
            raise IngestError(source, f"{exc.reason}; it opens like JSON but is not valid JSON ({json_error(text)})") \
                from exc
    elif fmt == "rtf":
        transcript = parse_extracted("rtf", rtf_text(text, source), path, transcript_id)
    elif fmt == "latex":
        transcript = parse_extracted("latex", latex_text(text, source), path, transcript_id, markdown=True)
    elif fmt == "html":
        page = extract_page(text, source)
        marked = speaker_marked_text(text)  # speakers in elements of their own, which extraction drops
        cues = None if marked else timed_cues(text)
        transcript = timed_page(cues, page, path, transcript_id) if cues else parse_extracted(
            "html", marked.text if marked else page.text, path, transcript_id, title=page.title, date=page.date,
            speakers=marked.speakers if marked else frozenset())
    elif fmt == "json":
        body = text if suffix == ".json" else json_body(text) or blank_assignment(text)  # .json: parsed once
        try:
            transcript = parse_json(body, transcript_id, source, title)
        except IngestError:
            if (lines := json_lines(body)) is None:
                raise
            text, html = lines.text, len(HTML_BLOCK.findall(lines.text)) >= MIN_RUNNING_LINES  # a page's HTML
            marked = speaker_marked_text(text) if html else None
            text = marked.text if marked else extract_page(text, source).text if html else text
            transcript = parse_extracted("json", text, path, transcript_id, title=lines.title, date=lines.date,
                                         markdown=html, speakers=marked.speakers if marked else frozenset())
    elif fmt == "jsonl":
        transcript = parse_jsonl(text, transcript_id, source, title)
    elif fmt in ("csv", "tsv"):
        transcript = parse_table(text, transcript_id, source, title, "\t" if fmt == "tsv" else None, columns=columns)
    elif fmt in TOOL_FORMATS:
        transcript = TOOL_FORMATS[fmt][2](text, transcript_id, source, title)
    elif fmt == "vtt":  # captions pasted without their WEBVTT line ("00:37.200 --> 00:39.240" first) are still cues
        cues = text.lstrip("\ufeff \t\n")
        vtt = "WEBVTT\n\n" + cues if CUE_START.match(cues) else vtt_after_header(text) or text
        transcript = parse_vtt(vtt, transcript_id, source, title)
    else:
        transcript = parse_srt(text, transcript_id, source, title)
    if not transcript.turns:
        raise IngestError(source, f"no transcript turns found (read as {fmt})")
    if fmt in ("json", "vtt") and suffix != f".{fmt}":  # say why a .md or .txt file was not read as one
        transcript.format += f" in a {suffix} file" if suffix else " in a file without an extension"
    return transcript


__all__ = [
    "FORMATS", "SUPPORTED_SUFFIXES", "SourceFile", "detect_format", "discover", "document_format",
    "load_transcript", "parse_bytes", "parse_text", "sniff_format",
]
