"""The read-only record list the Meetings and Council pages share: whole rows, one at a time."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def record_table(
    model: QAbstractItemModel, accessible_name: str, stretch_column: int, widths: Iterable[tuple[int, int]]
) -> QTableView:
    """A table view over ``model``: single whole-row selection, no editing, no grid.

    ``stretch_column`` takes the spare width; ``widths`` are (column, pixels) for the others.
    """
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    # Tab moves on to the next control instead of from cell to cell.
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    for column, width in widths:
        table.setColumnWidth(column, width)
    return table
