"""The meetings list: upcoming meetings first (soonest on top), then past ones (latest on top)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont

from organizer.domain.enums import MeetingStatus, OrdinanceStage
from organizer.domain.models import Meeting
from organizer.domain.rules.budget import speakers_that_fit
from organizer.gui.models.labels import (
    MEETING_KIND_LABELS,
    MEETING_STATUS_LABELS,
    STAGE_LABELS,
    local_when_text,
)
from organizer.gui.models.row_table import RowTableModel
from organizer.gui.widgets.colors import disabled_text_color, error_color
from organizer.services.meetings import local_start

COL_WHEN, COL_BODY, COL_TITLE, COL_AGENDA, COL_STATUS, COL_SPEAKERS = range(6)
HEADERS = (QT_TRANSLATE_NOOP("MeetingsModel", "When"), QT_TRANSLATE_NOOP("MeetingsModel", "Council"), QT_TRANSLATE_NOOP("MeetingsModel", "Meeting"), QT_TRANSLATE_NOOP("MeetingsModel", "Ordinance"), QT_TRANSLATE_NOOP("MeetingsModel", "Status"), QT_TRANSLATE_NOOP("MeetingsModel", "Speakers"))



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


class MeetingsModel(RowTableModel[MeetingRow]):
    HEADERS = HEADERS
    ID_ATTRIBUTE = "meeting_id"

    def role_data(self, item: MeetingRow, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and item.agenda_item:
            return item.agenda_item
        if role == Qt.ItemDataRole.ForegroundRole:
            if not item.upcoming or item.status == MeetingStatus.CANCELLED:
                return disabled_text_color()
            if column == COL_SPEAKERS and item.slots is not None and item.speakers > item.slots:
                return error_color()
        if role == Qt.ItemDataRole.FontRole and column == COL_AGENDA and item.stage != OrdinanceStage.NONE:
            font = QFont()
            font.setBold(item.upcoming)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SPEAKERS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def display_text(self, item: MeetingRow, row: int, column: int) -> str:
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
            return self.tr("{speakers} of {slots}").format(speakers=item.speakers, slots=item.slots)
        return ""
