"""Council members of one body with their current stance and the team's last contact."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from organizer.domain.enums import Stance
from organizer.domain.models import CouncilMember
from organizer.gui.models.labels import date_text, stance_label
from organizer.gui.models.row_table import RECORD_ID_ROLE, RowTableModel
from organizer.gui.widgets.colors import disabled_text_color
from organizer.gui.widgets.stance import stance_icon

COL_SEAT, COL_NAME, COL_STANCE, COL_SAID, COL_CONTACT, COL_CONCERNS = range(6)
HEADERS = (QT_TRANSLATE_NOOP("MembersModel", "Seat"), QT_TRANSLATE_NOOP("MembersModel", "Member"), QT_TRANSLATE_NOOP("MembersModel", "Stance"), QT_TRANSLATE_NOOP("MembersModel", "Said"), QT_TRANSLATE_NOOP("MembersModel", "Last contact"), QT_TRANSLATE_NOOP("MembersModel", "Concerns"))

StanceRole = RECORD_ID_ROLE + 1


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
                seat=member.seat or (QCoreApplication.translate("MembersModel", "Mayor") if member.is_mayor else ""),
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


class MembersModel(RowTableModel[MemberRow]):
    HEADERS = HEADERS
    HEADER_TOOLTIPS = {
        COL_SAID: QT_TRANSLATE_NOOP(
            "MembersModel", "Whether the member took the stance in public (or in writing) or only in private."),
    }
    ID_ATTRIBUTE = "member_id"

    def role_data(self, item: MemberRow, row: int, column: int, role: int) -> Any:
        if role == StanceRole:
            return item.stance.value
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STANCE:
            return stance_icon(item.stance)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_STANCE and item.stance_on:
            text = (self.tr("{stance}, said in public; recorded {date}") if item.stance_public
                    else self.tr("{stance}, said in private; recorded {date}"))
            return text.format(stance=stance_label(item.stance), date=date_text(item.stance_on))
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return disabled_text_color()
        return None

    def display_text(self, item: MemberRow, row: int, column: int) -> str:
        if column == COL_SEAT:
            return item.seat
        if column == COL_NAME:
            return item.name if item.active else self.tr("{name} (inactive)").format(name=item.name)
        if column == COL_STANCE:
            return stance_label(item.stance)
        if column == COL_SAID:
            if item.stance_on is None:
                return "—"
            return self.tr("In public") if item.stance_public else self.tr("In private")
        if column == COL_CONTACT:
            return date_text(item.last_contact) if item.last_contact else self.tr("never")
        if column == COL_CONCERNS:
            return ", ".join(item.concerns)
        return ""
