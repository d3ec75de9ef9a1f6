"""The meetings list: upcoming meetings first (soonest on top), then past ones (latest on top)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from organizer.domain.enums import MeetingStatus, OrdinanceStage
from organizer.domain.models import Meeting
from organizer.domain.rules.budget import speakers_that_fit
from organizer.gui.models.labels import (
    MEETING_KIND_LABELS,
    MEETING_STATUS_LABELS,
    STAGE_LABELS,
    local_when_text,
)
from organizer.gui.widgets.colors import error_color
from organizer.services.meetings import local_start

COL_WHEN, COL_BODY, COL_TITLE, COL_AGENDA, COL_STATUS, COL_SPEAKERS = range(6)
HEADERS = ("When", "Council", "Meeting", "Ordinance", "Status", "Speakers")

MeetingIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class MeetingRow:
    meeting_id: int
    body_id: int
    body_name: str
    starts_at: dt.datetime  # aware UTC
    local_start: dt.datetime  # in the council's zone
    title: str
    stage: OrdinanceStage
    agenda_item: str
    status: MeetingStatus
    speakers: int  # active sign-ups
    slots: int | None  # full-length speakers that fit; None: no limit on file
    upcoming: bool


def meeting_rows(meetings: Sequence[Meeting], counts: Mapping[int, int], now: dt.datetime) -> list[MeetingRow]:
    """Upcoming first (soonest on top), then the past (most recent on top)."""
    rows = []
    for meeting in meetings:
        body = meeting.body
        rows.append(
            MeetingRow(
                meeting_id=meeting.id,
                body_id=body.id,
                body_name=body.short_name or body.name,
                starts_at=meeting.starts_at,
                local_start=local_start(meeting),
                title=meeting.title or MEETING_KIND_LABELS[meeting.kind],
                stage=OrdinanceStage(meeting.ordinance_stage),
                agenda_item=meeting.agenda_item,
                status=MeetingStatus(meeting.status),
                speakers=counts.get(meeting.id, 0),
                slots=speakers_that_fit(meeting.effective_window_minutes, meeting.effective_minutes_per_speaker),
                upcoming=meeting.starts_at >= now and meeting.status != MeetingStatus.HELD,
            )
        )
    upcoming = sorted((r for r in rows if r.upcoming), key=lambda r: (r.starts_at, r.meeting_id))
    past = sorted((r for r in rows if not r.upcoming), key=lambda r: (r.starts_at, r.meeting_id), reverse=True)
    return upcoming + past


class MeetingsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[MeetingRow] = []

    def set_rows(self, rows: Sequence[MeetingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[MeetingRow]:
        return list(self._rows)

    def row_at(self, row: int) -> MeetingRow:
        return self._rows[row]

    def row_of(self, meeting_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.meeting_id == meeting_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return HEADERS[section]
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
        if role == MeetingIdRole:
            return item.meeting_id
        if role == Qt.ItemDataRole.ToolTipRole and item.agenda_item:
            return item.agenda_item
        if role == Qt.ItemDataRole.ForegroundRole:
            if not item.upcoming or item.status == MeetingStatus.CANCELLED:
                return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            if column == COL_SPEAKERS and item.slots is not None and item.speakers > item.slots:
                return error_color()
        if role == Qt.ItemDataRole.FontRole and column == COL_AGENDA and item.stage != OrdinanceStage.NONE:
            font = QFont()
            font.setBold(item.upcoming)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SPEAKERS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, item: MeetingRow, column: int) -> str:
        if column == COL_WHEN:
            return local_when_text(item.local_start)
        if column == COL_BODY:
            return item.body_name
        if column == COL_TITLE:
            return item.title
        if column == COL_AGENDA:
            # The agenda item's own words are in the tooltip; the stage is what one scans for.
            if item.stage == OrdinanceStage.NONE:
                return "—"
            return STAGE_LABELS[item.stage]
        if column == COL_STATUS:
            return MEETING_STATUS_LABELS[item.status]
        if column == COL_SPEAKERS:
            if item.slots is None:
                return str(item.speakers) if item.speakers else "—"
            return f"{item.speakers} of {item.slots}"
        return ""
