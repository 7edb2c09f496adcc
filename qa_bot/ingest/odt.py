"""OpenDocument text (.odt): LibreOffice and OpenOffice documents, and what Google Docs exports as ODF.

The document's ``content.xml`` is read from the zip with lxml (entities and
network off): each paragraph and heading (``text:p``, ``text:h``) is a line
of text, its ``text:s`` spaces, tabs and line breaks kept as such, notes and
annotations left out. The paragraphs are then read as running text, as for
a Word file.
"""

from __future__ import annotations

import io
import zipfile

from qa_bot.errors import IngestError

FORMAT = "odt"
MIMETYPE = b"application/vnd.oasis.opendocument.text"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_SKIPPED = (f"{_TEXT}note", f"{_OFFICE}annotation")  # footnotes and comments are no one's words
MAX_CONTENT_BYTES = 50_000_000  # content.xml unpacked: more is a zip bomb, not a transcript


def is_odt(data: bytes) -> bool:
    """True for a zip whose ``mimetype`` entry (stored first, uncompressed) names an OpenDocument text."""
    return data.startswith(b"PK\x03\x04") and MIMETYPE in data[:200]


def read_odt(data: bytes, source: str) -> str:
    """The paragraphs of an .odt file, blank lines between; ``IngestError`` when it cannot be read."""
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if archive.getinfo("content.xml").file_size > MAX_CONTENT_BYTES:
                raise IngestError(source, "OpenDocument content too large to be a transcript")
            content = archive.read("content.xml")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
        root = etree.fromstring(content, parser)
    except IngestError:
        raise
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, OSError) as exc:
        raise IngestError(source, f"broken OpenDocument file ({type(exc).__name__}: {exc})") from exc
    paragraphs = [_paragraph(el) for el in root.iter(f"{_TEXT}p", f"{_TEXT}h")
                  if not any(a.tag in _SKIPPED for a in el.iterancestors())]
    text = "\n\n".join(p for p in paragraphs if p)
    if not text:
        raise IngestError(source, "OpenDocument file holds no text")
    return text


def _paragraph(el) -> str:
    """A paragraph's text: ``text:s`` as a space, ``text:tab`` as a tab, ``text:line-break`` as a new line."""
    parts = [el.text or ""]
    for child in el:
        if child.tag in _SKIPPED:
            pass
        elif child.tag == f"{_TEXT}s":
            parts.append(" ")  # text:s stands for text:c spaces: one is as good as many here
        elif child.tag == f"{_TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif isinstance(child.tag, str) and child.tag not in (f"{_TEXT}p", f"{_TEXT}h"):
            parts.append(_paragraph(child))
        parts.append(child.tail or "")
    return "\n".join(" ".join(line.split()) for line in "".join(parts).split("\n")).strip()
