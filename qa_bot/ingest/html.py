"""Saved web pages (.html, .htm, or any file that is a web page): the page's main text, as Markdown.

Transcripts published as web pages (press briefings, ministry and parliament
pages) carry menus, footers, share buttons and scripts around the words.
trafilatura, a maintained library made for this job, finds the main text and
drops the rest; it writes Markdown, so bold speaker labels (``**MS. PSAKI:**``),
headings and lists survive as structure, and it reads the page's title and
date from its metadata. (readability-lxml returns HTML that would still need
rules of our own; selectolax is only a parser.) The text is then read like any
other running text, so labelled paragraphs read like press transcripts: a
label opens a turn and the paragraphs after it continue it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from qa_bot.errors import IngestError
from qa_bot.text import clean_line

logger = logging.getLogger(__name__)

FORMAT = "html"


@dataclass(frozen=True)
class Page:
    """A web page's main text (Markdown) and the title and date its metadata gives, if any."""

    text: str
    title: str | None = None
    date: str | None = None


def extract_page(html: str, source: str) -> Page:
    """The main text of a web page; ``IngestError`` when the page has none (only navigation, scripts, markup)."""
    import trafilatura

    try:
        text = trafilatura.extract(
            html, output_format="markdown", include_comments=False, include_tables=True, include_images=False,
            favor_recall=True, deduplicate=False,
        )
        meta = trafilatura.extract_metadata(html)
    except Exception as exc:  # a third-party parser on arbitrary input: any failure is a bad file
        raise IngestError(source, f"cannot read the web page ({type(exc).__name__}: {exc})") from exc
    if not text or not text.strip():
        raise IngestError(source, "web page has no main text (only navigation, scripts or markup)")
    title = clean_line(meta.title) or None if meta is not None and isinstance(meta.title, str) else None
    date = meta.date if meta is not None and isinstance(meta.date, str) else None
    return Page(text.replace("\r\n", "\n"), title, date)
