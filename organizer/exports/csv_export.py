"""CSV that opens correctly in Excel, with spreadsheet-formula injection neutralised.

Encoding: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the Windows code
page and "Muñoz" becomes "MuÃ±oz") and CRLF line ends; every other spreadsheet copes too.

Formula injection (OWASP "CSV Injection"): names, notes and angles are typed by volunteers
or come from web forms, and a spreadsheet runs a cell beginning with ``=``, ``+``, ``-``,
``@``, tab or carriage return as a formula (``=HYPERLINK(...)`` can leak the sheet, DDE
payloads can start programs). Such text cells get a leading apostrophe, as OWASP recommends;
cells that only start with spaces before one of those characters are treated alike, since
some programs trim before evaluating.

The one exception, so that phone numbers stay readable: a cell that is *entirely* a plain
number, optionally signed (``+13095551234``, ``-12``, ``3.5``), is written as it is. A
spreadsheet evaluates such a cell, at worst, to that same number: there is no function,
reference or operator left in it to abuse. Anything more (``+1 309 555 1234``, ``-2+3``,
``+1(309)...``) is prefixed. Excel shows ``+13095551234`` as the number 13095551234, which
stays a dialable, re-importable phone number.

Real numbers (int, float, Decimal) are written as numbers; booleans as "yes"/"no"; dates
in ISO 8601; None as an empty cell.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, BinaryIO

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_PLAIN_NUMBER_RE = re.compile(r"^[+-]?\d+(\.\d+)?$")


def neutralize(text: str) -> str:
    """The text as a cell a spreadsheet will show, never run (see the module docstring)."""
    if not text or _PLAIN_NUMBER_RE.match(text):
        return text
    if text.startswith(FORMULA_TRIGGERS) or text.lstrip(" ").startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return neutralize("; ".join(str(v) for v in value))
    return neutralize(str(value))


def write_csv(out: BinaryIO, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write the header and rows to a binary file; returns the number of data rows."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        out.write(codecs.BOM_UTF8)
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow([cell_text(h) for h in header])
        count = 0
        for row in rows:
            writer.writerow([cell_text(v) for v in row])
            count += 1
        text.flush()
    finally:
        text.detach()  # the caller owns ``out`` and closes it
    return count


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    buffer = io.BytesIO()
    write_csv(buffer, header, rows)
    return buffer.getvalue()
