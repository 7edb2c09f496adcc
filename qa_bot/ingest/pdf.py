"""PDF transcripts (hearings, depositions, court records): the text layer, without page furniture.

pypdf reads the text: it is pure Python and maintained, with no system
library to install, and its text extraction keeps each printed line on a
line of its own, which is all the cleaning below needs (pdfplumber adds
character positions we do not use, and pdfminer.six beneath it). Court and
hearing transcripts number their lines (1–25 on every page) and repeat a
header and a footer (the case, the reporter, ``Page 12``) on each page: lines
that recur at the top or bottom of most pages are dropped, as are page-number
lines and the line numbers in front of the text. What is left is read as
running text (press, plain…) by its shape. A PDF without a text layer (a
scan) is refused with the reason.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
from collections import Counter

from qa_bot.errors import IngestError

logger = logging.getLogger(__name__)

FORMAT = "pdf"
EDGE_LINES = 3  # lines at the top and at the bottom of a page where headers and footers sit
_LINE_NUMBER = re.compile(r"^\s*(\d{1,2})(?:\s+|$)")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?(?:\s*[-–—])?\s*$", re.I)
_DIGITS = re.compile(r"\d+")


def pdf_text(data: bytes, source: str) -> tuple[str, str | None]:
    """``(text, title)``: the text of a PDF's pages, headers, footers and line numbers removed, and the
    page header as a title (the first line repeated atop the pages, when there is one); ``IngestError`` for
    a broken, encrypted or image-only PDF."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about harmless damage are not ours to show
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(source, "encrypted PDF: save an unprotected copy and index that")
        pages = [page.extract_text() or "" for page in reader.pages]
    except IngestError:
        raise
    except Exception as exc:  # a third-party parser on arbitrary bytes: any failure is a broken file
        raise IngestError(source, f"broken PDF ({type(exc).__name__}: {_one_line(exc)})") from exc
    if not any(page.strip() for page in pages):
        raise IngestError(source, f"PDF has no text layer ({len(pages)} page(s) of images?): run OCR on it first")
    return clean_pages(pages)


def clean_pages(pages: list[str]) -> tuple[str, str | None]:
    """Pages' text joined, without repeated headers and footers, page numbers and printed line numbers,
    and the first repeated line at the top of the first page (the running header), if any."""
    split = [[line.rstrip() for line in page.split("\n")] for page in pages]
    split = [[line for line in lines if line.strip()] for lines in split]
    repeated = _repeated_edges(split)
    out: list[str] = []
    for lines in split:
        edges = set(range(min(EDGE_LINES, len(lines)))) | set(range(max(len(lines) - EDGE_LINES, 0), len(lines)))
        kept = [
            line for i, line in enumerate(lines)
            if not (i in edges and (_key(line) in repeated or _PAGE_NUMBER.match(line)))
        ]
        out.extend(_without_line_numbers(kept))
    first = split[0][:EDGE_LINES] if split else []
    title = next((" ".join(line.split()) for line in first if _key(line) in repeated), None)
    return "\n".join(out), title


def _repeated_edges(pages: list[list[str]]) -> set[str]:
    """Lines (digits ignored) found near the top or bottom of two pages or more, and of at least half of them."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_key(line) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]})
    return {key for key, n in counts.items() if n >= 2 and n * 2 >= len(pages) and key.strip("# ")}


def _key(line: str) -> str:
    return " ".join(_DIGITS.sub("#", line).casefold().split())


def _without_line_numbers(lines: list[str]) -> list[str]:
    """A page's lines without the numbers printed before them, when most lines carry rising numbers (1, 2, 3…)."""
    numbers = [int(m.group(1)) for line in lines if (m := _LINE_NUMBER.match(line))]
    rising = sum(1 for a, b in itertools.pairwise(numbers) if b == a + 1)
    if len(numbers) < 3 or len(numbers) * 10 < len(lines) * 6 or rising * 10 < (len(numbers) - 1) * 8:
        return lines
    out = []
    for line in lines:
        m = _LINE_NUMBER.match(line)
        rest = line[m.end():] if m else line
        if rest.strip():
            out.append(rest.strip())
    return out


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:160] or "unreadable"
