"""RTF documents (.rtf): what court reporters' software and older word processors export.

striprtf turns the markup into text: control words go, ``\\par`` ends a
paragraph, ``\\'e9`` and ``\\u8212`` become their characters (in the code page
the document declares, Windows-1252 by default). The text is then read as
running text, as for a Word file.
"""

from __future__ import annotations

import re

from qa_bot.errors import IngestError

FORMAT = "rtf"
_CODE_PAGE = re.compile(r"\\ansicpg(\d{3,5})")


def looks_like_rtf(text: str) -> bool:
    """True for text that opens as an RTF document (``{\\rtf1``)."""
    return text.lstrip("\ufeff \t\r\n").startswith("{\\rtf")


def rtf_text(text: str, source: str) -> str:
    """The paragraphs of an RTF document, blank lines between; ``IngestError`` when none can be taken out."""
    from striprtf.striprtf import rtf_to_text

    page = _CODE_PAGE.search(text[:2000])
    try:
        plain = rtf_to_text(text, encoding=f"cp{page.group(1)}" if page else "cp1252", errors="replace")
    except (LookupError, ValueError, IndexError) as exc:  # an unknown code page or markup the library trips on
        raise IngestError(source, f"broken RTF document ({type(exc).__name__}: {exc})") from exc
    paragraphs = [" ".join(line.split()) for line in plain.split("\n")]
    text = "\n\n".join(p for p in paragraphs if p)
    if not text:
        raise IngestError(source, "RTF document holds no text")
    return text
