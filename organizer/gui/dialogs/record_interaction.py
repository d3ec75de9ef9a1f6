"""Log a contact with a council member: what kind, one sentence, and maybe a follow-up date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.enums import InteractionKind
from organizer.gui.context import INTERACTIONS, MEMBERS, AppContext
from organizer.gui.dialogs.buttons import save_cancel_buttons
from organizer.gui.dialogs.fields import OptionalDateEdit, RadioChoice, date_edit, to_date
from organizer.gui.models.labels import INTERACTION_LABELS
from organizer.services import council

KINDS = list(InteractionKind)


class RecordInteractionDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        member_id: int,
        member_name: str,
        kind: InteractionKind = InteractionKind.MEETING,
        team_members: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._ctx = ctx
        self._member_id = member_id
        self.saved_interaction_id: int | None = None
        self.setWindowTitle(self.tr("Log contact — {name}").format(name=member_name))
        self.setAccessibleName(self.tr("Log a contact with {name}").format(name=member_name))

        intro = QLabel(self.tr("How did the team talk with {name}?").format(name=member_name))
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.kind_group = RadioChoice(KINDS, INTERACTION_LABELS.__getitem__, self.tr("Kind"), self)
        self.kind_buttons = self.kind_group.buttons_by_value
        kinds = QHBoxLayout()
        for button in self.kind_buttons.values():
            kinds.addWidget(button)
        kinds.addStretch(1)
        self.kind_group.select(kind)

        self.summary = QLineEdit()
        self.summary.setAccessibleName(self.tr("What happened"))
        self.summary.setPlaceholderText(self.tr("One sentence, e.g. “Asked for the data on 911 calls; we promised it Friday”"))
        self.team_members = QLineEdit(team_members)
        self.team_members.setAccessibleName(self.tr("Who from the team"))
        self.team_members.setPlaceholderText(self.tr("e.g. Beth, Keisha"))
        self.occurred_on = date_edit(self.tr("Date"))
        self.follow_up = OptionalDateEdit(self.tr("Follow up on"))
        self.follow_up.set_value(None, default=dt.date.today() + dt.timedelta(days=7))

        form = QFormLayout()
        form.addRow(self.tr("What happened:"), self.summary)
        form.addRow(self.tr("Who from the team:"), self.team_members)
        form.addRow(self.tr("Date:"), self.occurred_on)
        form.addRow("", self.follow_up)

        buttons = save_cancel_buttons(self, save_is_default=True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(kinds)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.summary.setFocus()
        self.resize(560, self.sizeHint().height())

    def selected_kind(self) -> InteractionKind:
        return self.kind_group.selected()

    def accept(self) -> None:
        try:
            with self._ctx.session() as session:
                interaction = council.record_interaction(
                    session,
                    self._member_id,
                    self.selected_kind(),
                    self.summary.text(),
                    occurred_on=to_date(self.occurred_on.date()),
                    team_members=self.team_members.text(),
                    follow_up_on=self.follow_up.value(),
                )
                self.saved_interaction_id = interaction.id
        except Exception as exc:  # noqa: BLE001 - every failure is shown, the dialog stays open
            self._ctx.show_error(self, exc)
            return
        self._ctx.changed(INTERACTIONS, MEMBERS)
        self._ctx.notify(self.tr("Contact logged."))
        super().accept()
