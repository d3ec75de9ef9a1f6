"""Printing results: JSON for scripts, aligned plain-text tables for people."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from organizer.i18n import _


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_rows(
    rows: Sequence[Mapping[str, Any]],
    as_json: bool,
    headers: Sequence[str],
    cells: Callable[[Mapping[str, Any]], Sequence[Any]],
) -> None:
    """The rows as JSON for scripts, or as a table of each row's ``cells`` for people."""
    if as_json:
        print_json(rows)
    else:
        print_table(headers, [cells(r) for r in rows])


def display_width(text: str) -> int:
    """Columns a string takes in a terminal (wide CJK characters take two, marks none)."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[("" if c is None else str(c)).replace("\n", " ") for c in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = min(max(widths[i], display_width(cell)), 48)

    def fmt(row: Sequence[str]) -> str:
        parts = []
        for i, cell in enumerate(row):
            if display_width(cell) > widths[i]:
                while display_width(cell) > widths[i] - 1:
                    cell = cell[:-1]
                cell += "…"
            parts.append(cell + " " * (widths[i] - display_width(cell)))
        return "  ".join(parts).rstrip()

    print(fmt(list(headers)))
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print(fmt(row))
    if not rows:
        print(_("(none)"))
