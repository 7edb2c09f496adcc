"""A minimal Word 97 (.doc) writer for tests: a compound file whose ``WordDocument`` and ``1Table`` streams hold
the given text as pieces, 8-bit or UTF-16, laid out as [MS-CFB] and [MS-DOC] specify (nothing else of Word's)."""

from __future__ import annotations

import struct

SECTOR = 512
FREE, END, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
MIN_STREAM = 4096  # streams this long live in ordinary sectors, so no mini stream is needed
TEXT_AT = 0x800  # where the pieces' characters start in the WordDocument stream


def word97_bytes(pieces: list[tuple[str, bool]], *, encrypted: bool = False) -> bytes:
    """A .doc file whose text is ``pieces``: (characters, 8-bit?) in order."""
    document = bytearray(TEXT_AT)
    struct.pack_into("<H", document, 0, 0xA5EC)  # wIdent
    struct.pack_into("<H", document, 0x0A, 0x0200 | (0x0100 if encrypted else 0))  # fWhichTblStm (, fEncrypted)
    cps, descriptors = [0], b""
    for chars, compressed in pieces:
        fc = len(document)
        document += chars.encode("cp1252") if compressed else chars.encode("utf-16-le")
        descriptors += struct.pack("<HIH", 0, (fc * 2) | 0x40000000 if compressed else fc, 0)
        cps.append(cps[-1] + len(chars))
    plc = struct.pack(f"<{len(cps)}I", *cps) + descriptors
    table = bytearray(b"\x02" + struct.pack("<I", len(plc)) + plc)
    struct.pack_into("<II", document, 0x01A2, 0, len(table))  # fcClx, lcbClx
    return _compound([("WordDocument", _padded(document)), ("1Table", _padded(table))])


def _padded(data: bytearray) -> bytes:
    size = max(MIN_STREAM, -(-len(data) // SECTOR) * SECTOR)
    return bytes(data) + b"\x00" * (size - len(data))


def _compound(streams: list[tuple[str, bytes]]) -> bytes:
    """A version 3 compound file: a FAT sector, a directory sector, then each stream's sectors in a chain."""
    fat, body, starts = [FAT_SECTOR, END], b"", []
    for _, data in streams:
        first, count = len(fat), len(data) // SECTOR
        starts.append(first)
        fat += [first + i + 1 for i in range(count - 1)] + [END]
        body += data
    fat += [FREE] * (SECTOR // 4 - len(fat))
    entries = [_entry("Root Entry", 5, NO_STREAM, NO_STREAM, 1, END, 0)]
    # a red-black tree by name length, then name: "1Table" sorts before "WordDocument"
    entries.append(_entry(streams[0][0], 2, 2, NO_STREAM, NO_STREAM, starts[0], len(streams[0][1])))
    entries.append(_entry(streams[1][0], 2, NO_STREAM, NO_STREAM, NO_STREAM, starts[1], len(streams[1][1])))
    entries.append(b"\x00" * 64 + struct.pack("<HBBIII", 0, 0, 0, NO_STREAM, NO_STREAM, NO_STREAM) + b"\x00" * 48)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\x00" * 16,
                         0x3E, 3, 0xFFFE, 9, 6, b"\x00" * 6, 0, 1, 1, 0, MIN_STREAM, END, 0, END, 0)
    header += struct.pack("<I", 0) + struct.pack("<I", FREE) * 108
    return header + struct.pack(f"<{len(fat)}I", *fat) + b"".join(entries) + body


def _entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le")
    return (encoded.ljust(64, b"\x00") + struct.pack("<HBBIII", len(encoded), kind, 1, left, right, child)
            + b"\x00" * 36 + struct.pack("<IQ", start, size))
