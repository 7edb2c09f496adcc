"""What a file is, told by its content where that is unmistakable, else by its extension (``detect_format``), and
what the first bytes of a file of no known extension show (``sniff_format``)."""

from __future__ import annotations

import re
from pathlib import Path

from qa_bot.ingest.binary import binary_format
from qa_bot.ingest.documents import document_format
from qa_bot.ingest.json_turns import SCRIPT_ASSIGNMENT, json_body
from qa_bot.ingest.latex import LATEX_SUFFIXES, looks_like_latex
from qa_bot.ingest.rtf import looks_like_rtf
from qa_bot.ingest.table import tabular_format
from qa_bot.ingest.tools import TOOL_FORMATS
from qa_bot.ingest.vtt import vtt_after_header

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx", ".mdwn", ".rst")  # MDX, ikiwiki's .mdwn and reStructuredText too
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SNIFF_BYTES = 4096  # how much of a file with an unknown extension is read to recognise its format
# A WebVTT cue timing opening a text that lacks the WEBVTT line: captions pasted into a .md or .txt.
CUE_START = re.compile(r"^(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}")
_SRT_START = re.compile(r"^\d+\s*\n\s*\d+:\d{2}:\d{2}[,.]\d{1,3}\s*-->")
# after only markup (a .php, .jsp or .asp page's code); after a server page's code, a template's <p> or heading too
_SERVER_CODE = r"<\?.*?\?>|<%.*?%>"  # PHP, JSP, ASP
_HTML_START = re.compile(rf"(?is)^(?:\s*(?:{_SERVER_CODE}|<!--.*?-->|<[a-z/][^<>]*>))*?\s*<(?:!doctype\s+html|html|"
                         rf"head|body|main|article|section|div)\b|^(?:\s*(?:{_SERVER_CODE}))+\s*<(?:p|h[1-6])\b")
# An object or a list of objects opening: a signature for files of unknown type and a hint in refusals;
# whether text is JSON is decided by parsing it (``json_body``).
JSON_START = re.compile(rf"^(?:{SCRIPT_ASSIGNMENT.pattern})?(?:\{{\s*\"|\[\s*\{{\s*\")", re.S)  # in a script too


def sniff_format(head: bytes) -> str | None:
    """The format a file's first bytes show unmistakably, whatever its name: pdf, docx, doc, html, json, vtt, rtf,
    latex, a tool's export (``TOOL_FORMATS``), srt; or None.

    Used for files whose extension names no format; text formats without a
    signature of their own (plain text, CSV) are recognised by extension only.
    """
    kind = binary_format(head)
    if kind or head.startswith(b"PK\x03\x04"):
        return kind
    text = head.decode("utf-8-sig", errors="ignore").lstrip(" \t\r\n")
    if _HTML_START.match(text):
        return "html"
    if JSON_START.match(text):
        return "json"
    if text.startswith("WEBVTT"):
        return "vtt"
    if looks_like_rtf(text):
        return "rtf"
    if looks_like_latex(text):
        return "latex"
    # a tool's own export under another name (.dfxp captions); any other XML is left to its extension
    tool = next((fmt for fmt, (_, looks_like, _) in TOOL_FORMATS.items() if fmt != "xml" and looks_like(text)), None)
    if tool:
        return tool
    return "srt" if _SRT_START.match(text.replace("\r\n", "\n")) else None


def detect_format(path: Path, text: str) -> str:
    """Name the parser for decoded text (one of ``FORMATS``): by content where it is unmistakable, else by extension.

    Subtitles by their first line; web pages by their markup or extension;
    JSON by its extension, or in a file of any other name when it holds one
    JSON document (``json_body``: its keys then pick the schema; a Markdown file
    that merely opens with ``[link]`` or ``{{template}}`` stays Markdown);
    tab- and bar-separated tables by their columns, in ``.txt`` too; then the shapes
    of running text (see ``document_format``).
    """
    suffix = path.suffix.lower()
    head = text.lstrip("\ufeff \t\n")[:200]
    if (head.startswith("WEBVTT") or CUE_START.match(head) or vtt_after_header(text) is not None) and "-->" in text:
        return "vtt"  # a WEBVTT line over "Name: words" and no cue timing is a transcript pasted as text
    if _SRT_START.match(head):
        return "srt"
    for fmt, (own_suffix, looks_like, _) in TOOL_FORMATS.items():
        if suffix == own_suffix or looks_like(text[:1000]):
            return fmt
    if suffix in (".vtt", ".srt") and JSON_START.match(head) and json_body(text) is not None:
        return "json"  # speech-to-text JSON saved under a captions name
    if suffix in (".vtt", ".srt") and "-->" not in text[:2000] and document_format(text) == "timed text":
        return "timed text"  # a tool's timed lines saved under a captions name ("[0.00 → 9.54] words")
    if suffix in (".vtt", ".srt", ".jsonl", ".csv", ".tsv"):
        return suffix[1:]
    if suffix in HTML_SUFFIXES or _HTML_START.match(text.lstrip("\ufeff \t\n")[:SNIFF_BYTES]):  # past a PHP block
        return "html"
    if looks_like_rtf(head):
        return "rtf"
    if suffix in LATEX_SUFFIXES or looks_like_latex(head):
        return "latex"
    if suffix == ".json" or json_body(text) is not None or SCRIPT_ASSIGNMENT.match(head):
        return "json"
    if suffix not in MARKDOWN_SUFFIXES and (tabular := tabular_format(text)):
        return tabular
    return document_format(text, markdown=suffix in MARKDOWN_SUFFIXES)
