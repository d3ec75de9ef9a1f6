"""Choose a speaker's talking points and the order they give them in.

Ticked points are assigned, top to bottom. While ticking, the dialog estimates how long the
script takes to say against the speaker's minutes, in the language of their packet.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.enums import PointCategory
from organizer.domain.models import Signup
from organizer.domain.rules.speaking import estimate, format_duration
from organizer.gui.context import SIGNUPS, AppContext
from organizer.gui.dialogs.buttons import save_cancel_buttons
from organizer.gui.models.labels import POINT_CATEGORY_LABELS
from organizer.gui.widgets.shortcuts import add_move_shortcuts
from organizer.services import points as points_service
from organizer.services import signups
from organizer.services.campaign import campaign_settings
from organizer.services.records import get_record

PointIdRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class _Point:
    id: int
    title: str
    category: PointCategory
    text: str  # what the speaker says, in their packet's language when translated


class AssignPointsDialog(QDialog):
    def __init__(self, ctx: AppContext, signup_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._signup_id = signup_id
        with ctx.session() as session:
            signup = get_record(session, Signup, signup_id, "sign-up")
            language = signup.person.packet_language or "en"
            name = signup.person.display_name
            self._limit = signup.effective_minutes
            self._wpm = campaign_settings(session).words_per_minute or 130
            assigned = [link.point_id for link in signup.point_links]
            available = {}
            for point in points_service.list_points(session, active_only=True):
                translation = point.translation(language) if language != "en" else None
                if translation is not None and (translation.body or translation.summary):
                    text = translation.body or translation.summary
                else:
                    text = point.body or point.summary
                available[point.id] = _Point(point.id, point.title, PointCategory(point.category), text)
            # A retired point stays listed while it is still assigned, so it can be taken off.
            for link in signup.point_links:
                if link.point_id not in available:
                    p = link.point
                    available[p.id] = _Point(
                        p.id, self.tr("{title} (retired)").format(title=p.title), PointCategory(p.category), p.body
                    )
        self.setWindowTitle(self.tr("Talking points — {name}").format(name=name))
        self.setAccessibleName(self.tr("Talking points for {name}").format(name=name))

        intro = QLabel(self.tr(
            "Tick the points {name} will make and put them in speaking order "
            "(drag, or Alt+Up / Alt+Down)."
        ).format(name=name))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter points…"))
        self.filter.setAccessibleName(self.tr("Filter talking points"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Talking points; ticked ones are assigned, in this order"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._points = available
        order = assigned + [pid for pid in available if pid not in assigned]
        for point_id in order:
            point = available[point_id]
            item = QListWidgetItem(f"{point.title}    — {POINT_CATEGORY_LABELS[point.category]}")
            item.setData(PointIdRole, point.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if point_id in assigned else Qt.CheckState.Unchecked)
            item.setToolTip(point.text[:600])
            self.list.addItem(item)
        self.list.itemChanged.connect(self._update_estimate)
        self.list.model().rowsMoved.connect(self._update_estimate)

        up = QPushButton(self.tr("Move up"))
        up.setAccessibleName(self.tr("Move the selected point up"))
        up.clicked.connect(lambda: self.move_selected(-1))
        down = QPushButton(self.tr("Move down"))
        down.setAccessibleName(self.tr("Move the selected point down"))
        down.clicked.connect(lambda: self.move_selected(1))
        add_move_shortcuts(self.list, self.move_selected)
        side = QVBoxLayout()
        side.addWidget(up)
        side.addWidget(down)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)

        self.estimate = QLabel()
        self.estimate.setWordWrap(True)
        self.estimate.setAccessibleName(self.tr("Estimated speaking time"))

        buttons = save_cancel_buttons(self)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addLayout(body, 1)
        layout.addWidget(self.estimate)
        layout.addWidget(buttons)
        self.resize(700, 560)
        self._update_estimate()

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            haystack = item.text().casefold()
            item.setHidden(bool(words) and not all(w in haystack for w in words))

    def set_checked(self, point_ids: list[int]) -> None:
        """Tick exactly these points, moved to the top in this order."""
        for target, point_id in enumerate(point_ids):
            for row in range(self.list.count()):
                if self.list.item(row).data(PointIdRole) == point_id:
                    item = self.list.takeItem(row)
                    self.list.insertItem(target, item)
                    break
        wanted = set(point_ids)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(PointIdRole) in wanted else Qt.CheckState.Unchecked)
        self._update_estimate()

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._update_estimate()

    def chosen_ids(self) -> list[int]:
        return [
            self.list.item(row).data(PointIdRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update_estimate(self, *_args) -> None:
        chosen = self.chosen_ids()
        text = " ".join(self._points[i].text for i in chosen if i in self._points)
        spoken = estimate(text, self._wpm)
        # Singular and plural are separate messages: English has no catalogue to apply %n forms.
        count = (self.tr("{n} point") if len(chosen) == 1 else self.tr("{n} points")).format(n=len(chosen))
        if self._limit is None:
            self.estimate.setText(self.tr("{count}: about {spoken} to read aloud; no time limit is set.").format(
                count=count, spoken=spoken.label))
            return
        limit = self._limit * 60
        if spoken.seconds > limit:
            self.estimate.setText(self.tr(
                "{count}: about {spoken} to read aloud, {over} over the {limit}-minute limit. "
                "The packet's script will need cutting."
            ).format(count=count, spoken=spoken.label, over=format_duration(spoken.seconds - limit), limit=self._limit))
        else:
            self.estimate.setText(self.tr("{count}: about {spoken} to read aloud, within the {limit}-minute limit.").format(
                count=count, spoken=spoken.label, limit=self._limit))

    def accept(self) -> None:
        try:
            with self._ctx.session() as session:
                signups.assign_points(session, self._signup_id, self.chosen_ids())
        except Exception as exc:  # noqa: BLE001 - every failure is shown, the dialog stays open
            self._ctx.show_error(self, exc)
            return
        self._ctx.changed(SIGNUPS)
        self._ctx.notify(self.tr("Talking points assigned."))
        super().accept()
