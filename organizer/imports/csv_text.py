"""Spreadsheet text as it arrives: any common encoding, delimiter and line ending.

Volunteer lists come from Excel on Windows (a code page, or UTF-8 with a byte-order mark),
from VAN (UTF-16, tab-separated), from Google Sheets (UTF-8) and from European Excel
(semicolons). ``read_records`` turns such bytes into records that remember the line of
the source file they started on, so an error can point at the line a volunteer sees in a
text editor even when a quoted cell spans several lines.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from charset_normalizer import from_bytes

from organizer.errors import ValidationError
from organizer.i18n import _

# Single-byte code pages a US campaign's files actually use. Letting charset-normalizer
# choose among all of them turns "Muñoz" into "Muńoz" (cp1250) on short files.
LEGACY_ENCODINGS = ("cp1252", "mac_roman")
FALLBACK_ENCODING = "cp1252"
DELIMITERS = (",", ";", "\t", "|")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Record:
    """One CSV record and the 1-based line of the source file it starts on."""

    line: int
    cells: list[str]


def detect_encoding(data: bytes) -> str:
    """The encoding of a text file: BOM first, then UTF-16 without BOM, UTF-8, a code page."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    # The header line alone first: it is nearly always ASCII, even when the names below it
    # are Chinese or Arabic (UTF-16 with no zero bytes), which would hide the zeros in 4000.
    for sample in (data[:200], data[:4000]):
        if len(sample) < 4:
            continue
        even_zeros = sample[0::2].count(0)
        odd_zeros = sample[1::2].count(0)
        half = len(sample) / 2
        # ASCII-heavy UTF-16 has a zero in every other byte; text files otherwise have none.
        if odd_zeros > 0.3 * half and even_zeros < 0.05 * half:
            return "utf-16-le"
        if even_zeros > 0.3 * half and odd_zeros < 0.05 * half:
            return "utf-16-be"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    return best.encoding if best is not None else FALLBACK_ENCODING


def decode_text(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding used). ``encoding`` overrides detection."""
    chosen = encoding or detect_encoding(data)
    try:
        codec = codecs.lookup(chosen)
    except (LookupError, ValueError, UnicodeError) as exc:  # a NUL or a lone surrogate in the name
        chosen = ascii(chosen)[1:-1]
        raise ValidationError(_("“{chosen}” is not a text encoding organizer knows.").format(chosen=chosen), "encoding") from exc
    # Python also names bytes-to-bytes and str-to-str transforms codecs (rot13, hex, base64);
    # bytes.decode refuses them with a LookupError, so they are refused here with a sentence.
    if not getattr(codec, "_is_text_encoding", True):
        raise ValidationError(_("“{chosen}” is not a text encoding.").format(chosen=chosen), "encoding")
    try:
        text = data.decode(chosen)
    except UnicodeDecodeError as exc:
        raise ValidationError(
            _("The file is not valid {chosen} text (byte {byte}); save it again as UTF-8 CSV or "
              "choose its encoding.").format(chosen=chosen, byte=exc.start + 1),
            "encoding",
        ) from exc
    except (UnicodeError, LookupError) as exc:  # idna on a bad label, "undefined", ...
        raise ValidationError(
            _("The file cannot be read as {chosen} text; save it again as UTF-8 CSV or choose its encoding.").format(chosen=chosen),
            "encoding",
        ) from exc
    # A BOM decoded by a plain codec (e.g. utf-16-le chosen by hand) stays as U+FEFF.
    return text.removeprefix("\ufeff"), chosen


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header line most often (outside quotes); comma on a tie."""
    header = _first_logical_line(text)
    counts = {d: 0 for d in DELIMITERS}
    in_quotes = False
    for ch in header:
        if ch == '"':
            in_quotes = not in_quotes
        elif not in_quotes and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])  # max keeps the first on a tie: comma
    return best if counts[best] else ","


def _first_logical_line(text: str) -> str:
    for line in io.StringIO(text, newline=""):
        if line.strip():
            return line
    return ""


def read_records(text: str, delimiter: str) -> Iterator[Record]:
    """Records with their starting source line; blank lines are skipped."""
    source = io.StringIO(text, newline="")
    reader = csv.reader(source, delimiter=delimiter, quotechar='"', doublequote=True, strict=True)
    lines_read = 0
    while True:
        start = lines_read + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ValidationError(
                _("Line {start} of the file cannot be read as CSV ({exc}); check for a quote that "
                  "is never closed.").format(start=start, exc=exc)
            ) from exc
        lines_read = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        yield Record(line=start, cells=cells)
