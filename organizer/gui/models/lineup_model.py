"""The speaker board's table: one row per sign-up, in speaking order.

Rows are plain snapshots taken while the page's session was open; the model never touches
the database. Edits (status, minutes) and new orders go out through the callbacks the page
gives, which save through the services and reload the board.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QColor

from organizer.domain.enums import ACTIVE_SIGNUP_STATUSES, SignupStatus
from organizer.domain.models import Meeting
from organizer.gui.models.labels import NEED_LABELS, SIGNUP_STATUS_LABELS
from organizer.gui.models.row_table import RECORD_ID_ROLE, Index, RowTableModel
from organizer.gui.widgets.colors import disabled_text_color

MIME_TYPE = "application/x-organizer-signup-ids"

COL_POSITION, COL_NAME, COL_STATUS, COL_MINUTES, COL_POINTS, COL_NEEDS = range(6)
HEADERS = ("#", QT_TRANSLATE_NOOP("LineupModel", "Speaker"), QT_TRANSLATE_NOOP("LineupModel", "Status"), QT_TRANSLATE_NOOP("LineupModel", "Minutes"), QT_TRANSLATE_NOOP("LineupModel", "Talking points"), QT_TRANSLATE_NOOP("LineupModel", "Needs"))

EditValueRole = RECORD_ID_ROLE + 1


@dataclass(frozen=True)
class LineupRow:
    signup_id: int
    version: int
    person_id: int
    name: str
    pronouns: str
    status: SignupStatus
    minutes: int | None  # the speaker's own; None takes the meeting's limit
    effective_minutes: int | None
    point_ids: tuple[int, ...] = ()
    point_titles: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)  # sentences about this speaker

    @property
    def takes_a_slot(self) -> bool:
        return self.status in ACTIVE_SIGNUP_STATUSES


def lineup_rows(meeting: Meeting, warnings_by_signup: dict[int, list[str]] | None = None) -> list[LineupRow]:
    """Snapshot a loaded meeting's sign-ups (see ``services.meetings.load_meeting_board``)."""
    warnings_by_signup = warnings_by_signup or {}
    rows = []
    for signup in sorted(meeting.signups, key=lambda s: (s.position, s.id)):
        person = signup.person
        rows.append(
            LineupRow(
                signup_id=signup.id,
                version=signup.version,
                person_id=person.id,
                name=person.display_name,
                pronouns=person.pronouns or "",
                status=SignupStatus(signup.status),
                minutes=signup.minutes,
                effective_minutes=signup.effective_minutes,
                point_ids=tuple(link.point.id for link in signup.point_links),
                point_titles=tuple(link.point.title for link in signup.point_links),
                needs=tuple(signup.needs or ()),
                warnings=tuple(warnings_by_signup.get(signup.id, ())),
            )
        )
    return rows


class LineupModel(RowTableModel[LineupRow]):
    """Editable in two columns (status, minutes); rows move by drag and drop or ``moveRows``."""

    HEADERS = HEADERS
    HEADER_TOOLTIPS = {COL_MINUTES: QT_TRANSLATE_NOOP(
        "LineupModel", "Minutes this speaker has; empty means the meeting's limit per speaker.")}
    ID_ATTRIBUTE = "signup_id"

    def __init__(
        self,
        parent=None,
        *,
        on_edit: Callable[[LineupRow, dict[str, Any]], bool] | None = None,
        on_reorder: Callable[[list[int]], None] | None = None,
    ):
        super().__init__(parent)
        self._default_minutes: int | None = None
        self._on_edit = on_edit
        self._on_reorder = on_reorder

    # --- loading ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[LineupRow], default_minutes: int | None = None) -> None:
        self._default_minutes = default_minutes
        super().set_rows(rows)

    def signup_ids(self) -> list[int]:
        return [r.signup_id for r in self._rows]

    @property
    def default_minutes(self) -> int | None:
        return self._default_minutes

    # --- reading ---------------------------------------------------------------------------

    def role_data(self, item: LineupRow, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            if column == COL_STATUS:
                return item.status.value
            if column == COL_MINUTES:
                return item.minutes if item.minutes is not None else 0
            return self.display_text(item, row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and not item.takes_a_slot:
            return disabled_text_color()
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_POSITION and item.warnings:
            return QColor("#c0392b")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_POSITION, COL_MINUTES):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def display_text(self, item: LineupRow, row: int, column: int) -> str:
        if column == COL_POSITION:
            return f"{row + 1} ⚠" if item.warnings else str(row + 1)
        if column == COL_NAME:
            return f"{item.name} ({item.pronouns})" if item.pronouns else item.name
        if column == COL_STATUS:
            return SIGNUP_STATUS_LABELS[item.status]
        if column == COL_MINUTES:
            if item.minutes is not None:
                return str(item.minutes)
            if item.effective_minutes is not None:
                return self.tr("{minutes} (limit)").format(minutes=item.effective_minutes)
            return self.tr("not set")
        if column == COL_POINTS:
            if not item.point_titles:
                return self.tr("— none yet —")
            return " → ".join(item.point_titles)
        if column == COL_NEEDS:
            # StrEnum keys compare equal to their stored strings.
            return ", ".join(NEED_LABELS.get(n, n) for n in item.needs)
        return ""

    def _tooltip(self, item: LineupRow, column: int) -> str | None:
        if item.warnings:
            return "\n".join(item.warnings)
        if column == COL_POINTS and item.point_titles:
            return "\n".join(f"{n}. {t}" for n, t in enumerate(item.point_titles, start=1))
        if column == COL_POSITION:
            return self.tr("Drag the row, or press Alt+Up / Alt+Down, to change the speaking order.")
        return None

    # --- editing ---------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows, on the table itself.
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (COL_STATUS, COL_MINUTES):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or value is None:
            # A None value is the view "clearing" a dragged cell; the line-up is never blanked.
            return False
        item = self._rows[index.row()]
        if index.column() == COL_STATUS:
            try:
                status = SignupStatus(value)
            except ValueError:
                return False
            if status == item.status:
                return False
            changes: dict[str, Any] = {"status": status}
        elif index.column() == COL_MINUTES:
            minutes = int(value) if value not in ("", None) else 0
            minutes_or_default = minutes if minutes > 0 else None
            if minutes_or_default == item.minutes:
                return False
            changes = {"minutes": minutes_or_default}
        else:
            return False
        if self._on_edit is None:
            return False
        return bool(self._on_edit(item, changes))

    # --- moving rows -----------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._rows[r].signup_id for r in rows]
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(json.dumps(ids).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            ids = [int(i) for i in json.loads(bytes(data.data(MIME_TYPE).data()).decode())]
        except (ValueError, TypeError):
            return False
        moving = [i for i in ids if i in set(self.signup_ids())]
        if not moving:
            return False
        if parent.isValid():  # dropped onto a row: take its place
            row = parent.row()
        if row < 0 or row > len(self._rows):
            row = len(self._rows)
        source_rows = [self.row_of(i) for i in moving]
        if source_rows == list(range(source_rows[0], source_rows[0] + len(source_rows))):
            if row in range(source_rows[0], source_rows[-1] + 2):
                return False  # dropped where it already is
            return self.moveRows(QModelIndex(), source_rows[0], len(source_rows), QModelIndex(), row)
        # A scattered selection: gather it at the drop point, in its present order.
        before = [r for r in self._rows[:row] if r.signup_id not in moving]
        after = [r for r in self._rows[row:] if r.signup_id not in moving]
        moved = [r for r in self._rows if r.signup_id in moving]
        self.beginResetModel()
        self._rows = before + moved + after
        self.endResetModel()
        self._announce_order()
        return True

    def moveRows(  # noqa: N802
        self, source_parent: Index, source_row: int, count: int, destination_parent: Index, destination_child: int
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self._rows):
            return False
        if not 0 <= destination_child <= len(self._rows):
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # no move at all (Qt refuses these too)
        if not self.beginMoveRows(QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child):
            return False
        block = self._rows[source_row : source_row + count]
        rest = self._rows[:source_row] + self._rows[source_row + count :]
        insert_at = destination_child if destination_child < source_row else destination_child - count
        self._rows = rest[:insert_at] + block + rest[insert_at:]
        self.endMoveRows()
        if self._rows:
            # The position column is the row number: renumber what shifted.
            self.dataChanged.emit(self.index(0, COL_POSITION), self.index(len(self._rows) - 1, COL_POSITION))
        self._announce_order()
        return True

    def _announce_order(self) -> None:
        if self._on_reorder is not None:
            self._on_reorder(self.signup_ids())
