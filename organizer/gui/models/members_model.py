"""Council members of one body with their current stance and the team's last contact."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from organizer.domain.enums import Stance
from organizer.domain.models import CouncilMember
from organizer.gui.models.labels import date_text
from organizer.gui.widgets.stance import stance_icon

COL_SEAT, COL_NAME, COL_STANCE, COL_SAID, COL_CONTACT, COL_CONCERNS = range(6)
HEADERS = ("Seat", "Member", "Stance", "Said", "Last contact", "Concerns")

MemberIdRole = Qt.ItemDataRole.UserRole + 1
StanceRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class MemberRow:
    member_id: int
    version: int
    body_id: int
    name: str
    seat: str
    is_mayor: bool
    active: bool
    stance: Stance
    stance_public: bool
    stance_on: dt.date | None
    last_contact: dt.date | None
    concerns: tuple[str, ...]


def member_rows(members: Sequence[CouncilMember], last_contacts: Mapping[int, dt.date]) -> list[MemberRow]:
    """Snapshot members loaded with their stances (``services.council.list_members``)."""
    rows = []
    for member in members:
        latest = member.stances[-1] if member.stances else None
        rows.append(
            MemberRow(
                member_id=member.id,
                version=member.version,
                body_id=member.body_id,
                name=member.name,
                seat=member.seat or ("Mayor" if member.is_mayor else ""),
                is_mayor=bool(member.is_mayor),
                active=member.active is not False,
                stance=Stance(latest.stance) if latest else Stance.UNKNOWN,
                stance_public=bool(latest.is_public) if latest else False,
                stance_on=latest.recorded_on if latest else None,
                last_contact=last_contacts.get(member.id),
                concerns=tuple(member.concerns or ()),
            )
        )
    return rows


class MembersModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[MemberRow] = []

    def set_rows(self, rows: Sequence[MemberRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[MemberRow]:
        return list(self._rows)

    def row_at(self, row: int) -> MemberRow:
        return self._rows[row]

    def row_of(self, member_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.member_id == member_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == COL_SAID:
            return "Whether the member took the stance in public (or in writing) or only in private."
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(item, column)
        if role == MemberIdRole:
            return item.member_id
        if role == StanceRole:
            return item.stance.value
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STANCE:
            return stance_icon(item.stance)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_STANCE and item.stance_on:
            said = "in public" if item.stance_public else "in private"
            return f"{item.stance.label}, said {said}; recorded {date_text(item.stance_on)}"
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _display(self, item: MemberRow, column: int) -> str:
        if column == COL_SEAT:
            return item.seat
        if column == COL_NAME:
            return item.name if item.active else f"{item.name} (inactive)"
        if column == COL_STANCE:
            return item.stance.label
        if column == COL_SAID:
            if item.stance_on is None:
                return "—"
            return "In public" if item.stance_public else "In private"
        if column == COL_CONTACT:
            return date_text(item.last_contact) if item.last_contact else "never"
        if column == COL_CONCERNS:
            return ", ".join(item.concerns)
        return ""
