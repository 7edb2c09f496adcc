"""Reading a file's bytes into clean text: size limit, encoding detection, mojibake repair, line ends."""

from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

from qa_bot.errors import IngestError

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
SNIFF_DECLARATION_BYTES = 4096  # where a document declares its encoding
# Encodings tried when a file is not UTF-8: Russian (Windows, KOI8), Western European, and the multi-byte ones of
# Chinese (GB18030, Big5), Japanese (Shift JIS) and Korean (EUC-KR) text saved on Windows.
LEGACY_ENCODINGS = ("cp1251", "cp1252", "latin_1", "koi8_r", "gb18030", "big5", "shift_jis", "euc_kr")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[^\W\d_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# CHAT's media bullets (CHILDES, TalkBank): a main tier's time span in milliseconds between two NAK characters,
# "\x151234_5678\x15"; control characters, but a transcript's own.
MEDIA_BULLET = re.compile(r"\x15(?P<start>\d+)_(?P<end>\d+)\x15")
# A whole line that is a Python bytes literal with escaped line ends or bytes: str(response.content) saved to a file.
MIN_LITERAL_CHARS = 200
_BYTES_LITERAL = re.compile(
    rf"^b(?P<q>['\"])(?=[^\n]{{{MIN_LITERAL_CHARS},}}$)(?=[^\n]*\\(?:n|x[0-9a-f]{{2}}))(?:\\.|(?!(?P=q))[^\\\n])*(?P=q)$",
    re.M)


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A file's bytes, or ``IngestError`` when it is over ``max_bytes`` or cannot be read.

    Every format starts here: text formats go on to ``decode``, binary ones
    (PDF, DOCX) hand the bytes to their library.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(str(path), f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(str(path), f"cannot read file ({exc.strerror or exc})") from exc


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode a file's bytes into ``(text, encoding)``; ``path`` is only used in error messages.

    BOM-marked UTF-8/16/32 and plain UTF-8 are read directly; UTF-16 without a
    BOM is recognised by its zero bytes; other files are read in the
    encoding charset-normalizer finds likeliest among ``LEGACY_ENCODINGS``.
    Text that was already garbled by a wrong decoding before it was saved
    ("CafÃ©") is repaired with ftfy; a page or text a scraper saved as the
    Python bytes literal of its content (a line ``b'<div>\\n<p>…\\xc2\\xa0…'``)
    is read as the text it holds. Line ends become ``\\n``, and so do Unicode's line and paragraph separators
    (U+2028 and U+2029, which a PDF copied into a text file may break its lines with).
    """
    text, encoding = _decode(data, path)
    if not text.strip():
        raise IngestError(path, "file is empty")
    controls = len(_CONTROL.findall(MEDIA_BULLET.sub("", text)))
    if controls > max(2, len(text) // 200):
        raise IngestError(path, f"binary file ({controls:,} control characters), not a transcript")
    import ftfy

    if not text.isascii() and ftfy.is_bad(text):
        fixed = ftfy.fix_encoding(text)
        if fixed != text:
            logger.warning("%s: repaired garbled characters (text decoded with the wrong encoding before)", path)
            text, encoding = fixed, f"{encoding}, mojibake repaired"
    if _BYTES_LITERAL.search(text):
        text = _BYTES_LITERAL.sub(_bytes_value, text)
        logger.warning("%s: read the Python bytes literal it holds (b'...\\n...', as a scraper wrote it)", path)
        encoding = f"{encoding}, bytes literal read"
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n"), encoding


def _bytes_value(m: re.Match[str]) -> str:
    """The text a Python bytes literal holds (``b'caf\\xc3\\xa9\\n'`` -> ``café`` and a new line)."""
    import ast

    try:
        return ast.literal_eval(m.group(0)).decode("utf-8", errors="replace")
    except (ValueError, SyntaxError):  # not a whole literal after all: leave it as written
        return m.group(0)


def _decode(data: bytes, path: str) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise IngestError(path, f"invalid {codec} text after its byte order mark ({exc.reason})") from exc
    if b"\x00" in data:  # never in text, but half the bytes of English UTF-16
        codec = _utf16_without_bom(data)
        if codec is None:
            raise IngestError(path, "binary file (contains NUL bytes), not a transcript")
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError as exc:
            raise IngestError(path, f"binary file (looks like {codec} but is not: {exc.reason})") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared := _declared_charset(data):  # a page or XML document saying which encoding it is in
        return declared
    from charset_normalizer import from_bytes

    for match in from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)):
        text = str(match)
        if not _garbled(text):
            return text, match.encoding
    raise IngestError(
        path, f"cannot determine the text encoding (not UTF-8, UTF-16 or any of {', '.join(LEGACY_ENCODINGS)})"
    )


# The encoding a document declares in its head: HTML's <meta charset=…> or http-equiv, XML's declaration.
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{2,40})"""
                      rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]{2,40})""", re.I)


def _declared_charset(data: bytes) -> tuple[str, str] | None:
    """The text of a document that declares its encoding near its start (a Czech parliament's page in
    windows-1250), decoded so, if that encoding is known and decodes it; else None."""
    m = _CHARSET.search(data[:SNIFF_DECLARATION_BYTES])
    name = (m.group(1) or m.group(2)).decode("ascii", "replace") if m else ""
    try:
        codec = codecs.lookup(name).name if name else ""
        return (data.decode(codec), codec) if codec and codec != "utf-8" else None
    except (LookupError, UnicodeDecodeError):
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when the zero bytes sit on one side of the byte pairs, as in text.

    (Spaces, digits and punctuation give zero high bytes even in Russian text.)
    """
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if len(data) % 2 or (even + odd) * 50 < len(data):
        return None
    if odd >= 9 * max(even, 1):
        return "utf-16-le"
    if even >= 9 * max(odd, 1):
        return "utf-16-be"
    return None


def _garbled(text: str) -> bool:
    """True when many words mix Latin and Cyrillic letters ("Zoл Voilа"): a wrong single-byte encoding.

    A few such words are typos in real text (a Latin "o" in a Russian word), so
    it takes more than one in five of the words with non-ASCII letters.
    """
    accented = [w for w in _WORD.findall(text) if not w.isascii()]
    mixed = sum(1 for w in accented if _CYRILLIC.search(w) and _LATIN.search(w))
    return mixed * 5 > len(accented)
