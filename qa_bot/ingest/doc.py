"""Word 97–2003 documents (.doc): the binary format older transcripts and oral histories are kept in.

olefile opens the compound file; the text is then read the way the format
specifies ([MS-DOC]): the File Information Block at the head of the
``WordDocument`` stream says which table stream (``0Table`` or ``1Table``)
holds the piece table (``Clx``), and each piece names where its characters
are, as 8-bit Windows-1252 or as UTF-16. Word's control characters become
text: paragraph and cell ends new lines, field codes dropped with their
displayed result kept. The paragraphs are then read as running text, as
for a .docx. Only the text is read: no macro, object or link is touched.
"""

from __future__ import annotations

import io
import re
import struct

from qa_bot.errors import IngestError

FORMAT = "doc"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FIB_FLAGS = 0x0A  # FibBase.flags: bit 0x0200 is fWhichTblStm, 0x0100 fEncrypted
_FIB_CLX = 0x01A2  # fcClx, lcbClx in FibRgFcLcb97: where the piece table lies in the table stream
_COMPRESSED = 0x40000000  # in a piece's fc: its characters are 8-bit, at fc / 2
_FIELD = re.compile(r"\x13[^\x13\x14\x15]*(?:\x14([^\x13\x14\x15]*))?\x15")  # begin, code, separator, result, end
_BREAKS = str.maketrans({"\r": "\n", "\x07": "\n", "\x0b": "\n", "\x0c": "\n", "\x0e": "\n"})
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def is_word97(data: bytes) -> bool:
    """True when the bytes are a compound file holding a ``WordDocument`` stream (not a spreadsheet or a mail)."""
    return data.startswith(OLE_SIGNATURE) and "WordDocument".encode("utf-16-le") in data


def read_doc(data: bytes, source: str) -> str:
    """The text of a Word 97–2003 file, a paragraph a line; ``IngestError`` when it cannot be read."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            document = ole.openstream("WordDocument").read()
            flags = struct.unpack_from("<H", document, _FIB_FLAGS)[0]
            if flags & 0x0100:
                raise IngestError(source, "the Word file is encrypted (password protected)")
            table = ole.openstream("1Table" if flags & 0x0200 else "0Table").read()
            fc_clx, lcb_clx = struct.unpack_from("<II", document, _FIB_CLX)
            text = _pieces(document, table[fc_clx:fc_clx + lcb_clx])
    except IngestError:
        raise
    except Exception as exc:  # olefile and struct on arbitrary bytes: any failure is a broken file
        reason = " ".join(str(exc).split())[:160] or "unreadable"
        raise IngestError(source, f"broken Word 97 file ({type(exc).__name__}: {reason})") from exc
    text = _FIELD.sub(lambda m: m.group(1) or "", text)
    lines = (_CONTROL.sub("", line).strip() for line in text.translate(_BREAKS).split("\n"))
    text = "\n\n".join(line for line in lines if line)
    if not text:
        raise IngestError(source, "Word file holds no text")
    return text


def _pieces(document: bytes, clx: bytes) -> str:
    """The document's characters, piece by piece, as the piece table (``PlcPcd`` in the ``Clx``) lays them out."""
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: formatting, skipped by its size
        at += 3 + struct.unpack_from("<H", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 0x02:
        raise ValueError("no piece table in the Clx")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5:at + 5 + size]
    count = (len(plc) - 4) // 12  # n + 1 character positions (4 bytes), then n piece descriptors (8 bytes)
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    parts = []
    budget = len(document)  # each character takes a byte of the stream at least: more is a malformed table
    for i in range(count):
        fc = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * i + 2)[0]
        chars = cps[i + 1] - cps[i]
        budget -= max(chars, 0)
        if budget < 0:
            raise ValueError("the piece table lays out more text than the document holds")
        if fc & _COMPRESSED:
            start = (fc & ~_COMPRESSED) // 2
            parts.append(document[start:start + chars].decode("cp1252", errors="replace"))
        else:
            parts.append(document[fc:fc + 2 * chars].decode("utf-16-le", errors="replace"))
    return "".join(parts)
