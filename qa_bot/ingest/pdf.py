"""PDF transcripts (hearings, depositions, court records): the text layer, without page furniture.

pypdf reads the text: it is pure Python and maintained, with no system
library to install, and its text extraction keeps each printed line on a
line of its own, which is all the cleaning below needs (pdfplumber adds
character positions we do not use, and pdfminer.six beneath it). Court and
hearing transcripts number their lines (1–25 on every page) and repeat a
header and a footer (the case, the reporter, ``Page 12``) on each page: lines
that recur at the top or bottom of most pages are dropped, as are page-number
lines and the line numbers, whether printed in front of the text or given
by the text layer as a column of bare numbers of their own. A trailing word
index (``prudent 12:3 45:6``) is dropped too: its entries would read as
labels. A text layer whose spaces are only gaps between glyphs (words run together: "I understandyour point")
is read again in pypdf's layout mode, which measures the gaps, and so is one broken at every change of type (a
name in bold, its colon and its words on three lines). What is left is read as running text (press,
plain…) by its shape. A PDF without a text layer (a
scan) is refused with the reason.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
from collections import Counter

from qa_bot.errors import IngestError
from qa_bot.text import CJK_TEXT

logger = logging.getLogger(__name__)

FORMAT = "pdf"
EDGE_LINES = 3  # lines at the top and at the bottom of a page where headers and footers sit
_LINE_NUMBER = re.compile(r"^\s*(\d{1,2})(?:\s+|$)")
# a line number the text layer puts after the line's words ("appearing in the same 1"; glued to a spelt name's
# hyphen: "Young, Y-O-8")
_TRAILING_NUMBER = re.compile(r"(?:^|\s+|(?<=-))(\d{1,2})\s*$")
_PAGE_NUMBER = re.compile(  # "12", "- 12 -", "Page 12 of 40", "3/6"
    r"^\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4}|\s*/\s*\d{1,4})?(?:\s*[-–—])?\s*$", re.I)
_DIGITS = re.compile(r"\d+")
_DOTTED_LINE, MIN_DOTTED_SHARE = re.compile(r"^·?\d{1,2}·"), 0.5  # "·1· · · ·and belief?", "10· · · ·week."
_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\s*$")
_LETTERS = re.compile(r"[^\W\d_]+")
_INNER_SPACES = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
LONG_WORD, MAX_LONG_WORD_SHARE, MIN_WORDS_TO_JUDGE = 16, 0.03, 200  # a text layer without its spaces, told
MIN_BROKEN_RUNS = 3  # colons alone on their lines that show a text layer broken at every change of type
MIN_WORD_LINES, WORD_LINE_SHARE = 50, 0.9  # a text layer of one word a line (``_words_joined``)
MIN_NUMBER_RUN = 5  # bare numbers 1, 2, 3… on lines of their own, at least this many, are printed line numbers
# A word index reference, page:line (``12:3``, ``45:6,9``), its entry word sometimes glued on (``taxpayer5:19``).
_INDEX_REF = re.compile(r"^[^\W\d]*[\w'’.$-]*?\d{1,4}:\d{1,2}(?:,\d{1,2})*[,;.]?$")
# The Oireachtas prints a paragraph's anchor, its date and a code, beside it: the text layer glues it to the words
# ("17/07/2020B00700Senator Lisa Chambers: …").
_ANCHOR = re.compile(r"\b\d{2}/\d{2}/\d{4}[A-Z]{1,4}\d{5}(?=\D|$)")
# A justified page of Chinese or Japanese set letter-spaced: the text layer has a space between every two
# characters ("お は よ う ご ざ い ま す 。"), where the script has none; Korean, spaced by words, has no such share.
_SPACED_CJK, MIN_SPACED_CJK_SHARE = re.compile(rf"(?<=[{CJK_TEXT}]) (?=[{CJK_TEXT}])"), 0.3
_CJK_CHAR = re.compile(rf"[{CJK_TEXT}]")
MIN_LOST_STOPS, MAX_LOST_IN_WORDS = 10, 0.02  # replacement characters that stand for full stops (``_full_stops``)


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
        if _run_together(pages) or _broken_runs(pages):  # the layout mode measures the gaps and keeps the lines
            pages = [_single_spaced(page.extract_text(extraction_mode="layout") or "") for page in reader.pages]
    except IngestError:
        raise
    except Exception as exc:  # a third-party parser on arbitrary bytes: any failure is a broken file
        raise IngestError(source, f"broken PDF ({type(exc).__name__}: {_one_line(exc)})") from exc
    if not any(page.strip() for page in pages):
        raise IngestError(source, f"PDF has no text layer ({len(pages)} page(s) of images?): run OCR on it first")
    return clean_pages(_dotted_spaces(_full_stops(_cjk_closed_up(pages))))


def _cjk_closed_up(pages: list[str]) -> list[str]:
    """``pages`` without the spaces between Chinese or Japanese characters where the text layer letter-spaces them
    (``MIN_SPACED_CJK_SHARE`` of the characters followed by one); as they were otherwise."""
    text = "".join(pages)
    if len(_SPACED_CJK.findall(text)) < MIN_SPACED_CJK_SHARE * len(_CJK_CHAR.findall(text)):
        return pages
    return [_SPACED_CJK.sub("", page) for page in pages]


def _dotted_spaces(pages: list[str]) -> list[str]:
    """Pages whose layout a court reporter's software filled with middle dots ("·3· ·Q· ·And do you adopt…",
    ``MIN_DOTTED_SHARE`` of the lines numbered so) with spaces in their place: the line numbers and the ``Q``/``A``
    marks then read as any transcript's."""
    lines = [line for page in pages for line in page.split("\n") if line.strip()]
    if sum(bool(_DOTTED_LINE.match(line)) for line in lines) < MIN_DOTTED_SHARE * len(lines):
        return pages
    return [page.replace("·", " ") for page in pages]


def _full_stops(pages: list[str]) -> list[str]:
    """Pages whose font maps the full stop to no character (pypdf gives U+FFFD: "No\ufffd 2", "thereafter\ufffd",
    as the Oireachtas's reports are set) with their full stops back: where replacement characters are many, outnumber
    the full stops read, and almost never stand between two letters (where a lost letter would)."""
    text = "".join(pages)
    lost = [m.start() for m in re.finditer("\ufffd", text)]
    inside = sum(1 for i in lost if text[i - 1:i].isalpha() and text[i + 1:i + 2].isalpha())
    if len(lost) < MIN_LOST_STOPS or len(lost) <= text.count(".") or inside > MAX_LOST_IN_WORDS * len(lost):
        return pages
    return [page.replace("\ufffd", ".") for page in pages]


def clean_pages(pages: list[str]) -> tuple[str, str | None]:
    """Pages' text joined, without repeated headers and footers, page numbers and printed line numbers,
    and the first repeated line at the top of the first page (the running header), if any."""
    split = _words_joined([[_ANCHOR.sub("", line).rstrip() for line in page.split("\n")] for page in pages])
    split = _without_word_index([_without_number_column([line for line in lines if line.strip()]) for lines in split])
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
    title = next((" ".join(line.split()) for line in first if _key(line) in repeated and not _PAGE_NUMBER.match(line)),
                 None)
    return "\n".join(out), title


def _words_joined(pages: list[list[str]]) -> list[list[str]]:
    """Pages whose text layer sets nearly every word on a line of its own (a speech-to-text service's PDF:
    "Меня", "зовут", "Незамедина"…), each run of such lines joined into the paragraph it is; others as they are.
    Read a word a line, every capitalised word after a full stop would look like a name over its words."""
    lines = [line for page in pages for line in page if line.strip()]
    if len(lines) < MIN_WORD_LINES or sum(len(line.split()) == 1 for line in lines) < WORD_LINE_SHARE * len(lines):
        return pages
    return [[" ".join(part.strip() for part in run) if filled else "" for filled, run in
             itertools.groupby(page, key=lambda line: bool(line.strip()))] for page in pages]


def _repeated_edges(pages: list[list[str]]) -> set[str]:
    """Lines (digits ignored) found near the top or bottom of two pages or more, and of at least half of them,
    and no more often inside the pages than at their edges ("Participant:" alone on its line opens turns
    everywhere, a page's first line too)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for lines in pages:
        counts.update({_key(line) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]})
        inside.update(_key(line) for line in lines[EDGE_LINES:-EDGE_LINES])
    return {key for key, n in counts.items() if n >= 2 and n * 2 >= len(pages) and key.strip("# ") and inside[key] <= n}


def _key(line: str) -> str:
    return " ".join(_DIGITS.sub("#", line).casefold().split())


def _without_line_numbers(lines: list[str]) -> list[str]:
    """A page's lines without the numbers printed before them (or, as some text layers give them, after them),
    when most lines carry rising numbers (1, 2, 3…)."""
    for pattern in (_LINE_NUMBER, _TRAILING_NUMBER):
        found = [pattern.search(line) for line in lines]
        numbers = [int(m.group(1)) for m in found if m]
        rising = sum(1 for a, b in itertools.pairwise(numbers) if b == a + 1)
        if len(numbers) >= 3 and len(numbers) * 10 >= len(lines) * 6 and rising * 10 >= (len(numbers) - 1) * 8:
            rest = (line[:m.start()] + line[m.end():] if m else line for line, m in zip(lines, found, strict=True))
            return [text.strip() for text in rest if text.strip()]
    return lines


def _without_number_column(lines: list[str]) -> list[str]:
    """A page's lines without its line numbers printed as a column of their own (1, 2, 3… 25, each on a line).

    A text layer often gives the margin's numbers as one block before the
    page's text, or one number per line between its lines: a rising run of
    bare numbers is that column; a lone number (the page number) is left to
    the header and footer rule.
    """
    bare = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := _BARE_NUMBER.match(line))]
    drop: set[int] = set()
    run: list[int] = []
    for k, (i, n) in enumerate(bare):
        if run and n != bare[k - 1][1] + 1:
            drop.update(run if len(run) >= MIN_NUMBER_RUN else [])
            run = []
        run.append(i)
    drop.update(run if len(run) >= MIN_NUMBER_RUN else [])
    return [line for i, line in enumerate(lines) if i not in drop]


def _without_word_index(pages: list[list[str]]) -> list[list[str]]:
    """The pages before a trailing word index (``prudent 12:3 45:6``: words followed by page:line references).

    Court reporters end a transcript with a concordance; read as text, its
    entries look like labelled lines and its words like speakers. The pages
    at the end where most lines are index entries are dropped, and a page between two such pages.
    """
    end = len(pages)
    while end > 1 and (_is_index_page(pages[end - 1])
                       or (end < len(pages) and end > 2 and _is_index_page(pages[end - 2]))):
        end -= 1  # (a page between two index pages is one too, however its columns were read)
    if end < len(pages):
        logger.debug("dropped a word index of %d page(s)", len(pages) - end)
    return pages[:end]


def _is_index_page(lines: list[str]) -> bool:
    """Most lines are entries (page:line references for half their words or more), with a reference a line or
    more in all: an export whose heads are ``Ann 0:03`` over the words said has half its lines such heads at
    most, and one time each."""
    entries = refs = 0
    for line in lines:
        words = line.split()
        found = sum(1 for word in words if _INDEX_REF.match(word))
        entries += found > 0 and found * 2 >= len(words)
        refs += found
    return bool(lines) and entries * 2 >= len(lines) and refs >= len(lines)


def _run_together(pages: list[str]) -> bool:
    """True when the text layer runs words together ("Goodafternoonagain. I understandyour point"): a share of
    its words above ``MAX_LONG_WORD_SHARE`` are longer than any but the rarest real word."""
    words = [w for page in pages for w in _LETTERS.findall(page)]
    return len(words) >= MIN_WORDS_TO_JUDGE and sum(len(w) >= LONG_WORD for w in words) > MAX_LONG_WORD_SHARE * len(
        words)


def _broken_runs(pages: list[str]) -> bool:
    """True when the text layer breaks lines wherever the type changes: a colon alone on its line between a name
    in bold and its words ("Jacob Creech" / ":" / "Welcome all…", as Google Docs exports set labels)."""
    return sum(page.count("\n:\n") for page in pages) >= MIN_BROKEN_RUNS


def _single_spaced(text: str) -> str:
    """The layout mode's text with the runs of spaces inside each line as one (its indentation kept)."""
    return _INNER_SPACES.sub(" ", text)


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:160] or "unreadable"
