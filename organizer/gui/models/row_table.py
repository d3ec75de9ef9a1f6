"""A table model over a list of frozen row snapshots, one row per item.

The meetings, council members and line-up tables hold plain rows (never ORM objects) that a
page replaces wholesale after each reload; this base keeps the list, finds rows by their
record id, answers Qt's counting and header questions, and gives every cell's text to the
screen reader as well as the eye. Subclasses name their columns (``HEADERS``), say which row
attribute is the record id (``ID_ATTRIBUTE``), and draw the cells (``display_text`` and
``role_data``). Cells are read-only unless a subclass says otherwise (the line-up edits two).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's record id (ID_ATTRIBUTE)


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    HEADERS: ClassVar[tuple[str, ...]] = ()
    HEADER_TOOLTIPS: ClassVar[Mapping[int, str]] = {}  # column -> what its heading means
    ID_ATTRIBUTE: ClassVar[str] = "id"

    def __init__(self, parent=None):  # noqa: ANN001 - QObject | None
        super().__init__(parent)
        self._rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def row_of(self, record_id: int) -> int:
        """The row showing this record, or -1."""
        for row, item in enumerate(self._rows):
            if getattr(item, self.ID_ATTRIBUTE) == record_id:
                return row
        return -1

    def item_at(self, index: Index) -> RowT | None:
        """The row snapshot behind a cell, or None for an index that is not (or no longer) ours."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        # Subclasses mark their headings with QT_TRANSLATE_NOOP under their own class's name.
        context = type(self).__name__
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(context, self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.HEADER_TOOLTIPS.get(section)
            return QCoreApplication.translate(context, tip) if tip else tip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display_text(item, index.row(), index.column())
        if role == RECORD_ID_ROLE:
            return getattr(item, self.ID_ATTRIBUTE)
        return self.role_data(item, index.row(), index.column(), role)

    def display_text(self, item: RowT, row: int, column: int) -> str:
        """What the cell shows (and a screen reader reads)."""
        raise NotImplementedError

    def role_data(self, item: RowT, row: int, column: int, role: int) -> Any:
        """Any other role of the cell (tooltip, colour, font, alignment); None by default."""
        return None
