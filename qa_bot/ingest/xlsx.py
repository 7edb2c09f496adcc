"""Excel workbooks (.xlsx): transcripts kept as spreadsheets, a row a turn (a lesson coded line by line, a
researcher's interview table), read by openpyxl.

The sheet holding the most text is read; its cells become rows of strings
(formulas as their last computed values), which the table reader takes as
it takes a CSV file's: columns by their headers, or inferred from the cells.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from qa_bot.errors import IngestError

FORMAT = "xlsx"
MAX_CONTENT_BYTES = 50_000_000  # the workbook unpacked: more is a zip bomb, not a transcript


def read_xlsx(data: bytes, source: str) -> list[list[str]]:
    """The rows of the workbook's sheet holding the most text; ``IngestError`` for a file Excel could not open or
    one that would unpack to more than ``MAX_CONTENT_BYTES``."""
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_CONTENT_BYTES:
            raise IngestError(source, f"Excel file unpacks to {unpacked:,} bytes (at most {MAX_CONTENT_BYTES:,} read)")
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheets = [[[_cell(value) for value in row] for row in sheet.iter_rows(values_only=True)]
                  for sheet in workbook.worksheets]
        workbook.close()
    except IngestError:
        raise
    except Exception as exc:  # a third-party reader on arbitrary bytes: any failure is a broken file
        reason = " ".join(str(exc).split())[:160] or "unreadable"
        raise IngestError(source, f"broken Excel file ({type(exc).__name__}: {reason})") from exc
    rows = max(sheets, key=lambda rows: sum(len(cell) for row in rows for cell in row), default=[])
    if not any(cell for row in rows for cell in row):
        raise IngestError(source, "Excel file holds no text")
    return rows


def _cell(value: Any) -> str:
    """A cell as text: blank for an empty one, a whole number without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
