"""Campaign settings: what every packet says about the campaign, and whom volunteers call.

Nothing typed is lost without asking: a conflicting save offers to reload (or to keep
editing), and closing with unsaved edits asks first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from organizer.errors import ConflictError
from organizer.gui.context import SETTINGS, AppContext
from organizer.gui.dialogs.buttons import EditsKeptOnConflict, save_cancel_buttons
from organizer.gui.dialogs.fields import FormState
from organizer.services.campaign import campaign_settings, update_settings
from organizer.services.validation import format_phone


class CampaignSettingsDialog(EditsKeptOnConflict, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Campaign settings"))
        self.setAccessibleName(self.tr("Campaign settings"))

        intro = QLabel(self.tr(
            "These details print on every speaker packet. The coordinator's contact is the one "
            "volunteers call with questions: it leaves the team's hands."
        ))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        def line(name: str) -> QLineEdit:
            edit = QLineEdit()
            edit.setAccessibleName(name)
            return edit

        self.campaign_name = line(self.tr("Campaign name"))
        self.ordinance_name = line(self.tr("Ordinance name"))
        self.ask = QPlainTextEdit()
        self.ask.setAccessibleName(self.tr("The ask, in English"))
        self.ask.setTabChangesFocus(True)
        self.ask.setFixedHeight(60)
        self.ask_es = QPlainTextEdit()
        self.ask_es.setAccessibleName(self.tr("The ask, in Spanish"))
        self.ask_es.setTabChangesFocus(True)
        self.ask_es.setFixedHeight(60)
        self.organization = line(self.tr("Organization"))
        self.coordinator_name = line(self.tr("Coordinator's name"))
        self.coordinator_email = line(self.tr("Coordinator's email"))
        self.coordinator_phone = line(self.tr("Coordinator's phone"))
        self.words_per_minute = QSpinBox()
        self.words_per_minute.setRange(60, 250)
        self.words_per_minute.setSuffix(self.tr(" words a minute"))
        self.words_per_minute.setAccessibleName(self.tr("Speaking rate for time estimates"))

        form = QFormLayout()
        form.addRow(self.tr("Campaign:"), self.campaign_name)
        form.addRow(self.tr("Ordinance:"), self.ordinance_name)
        form.addRow(self.tr("The ask (English):"), self.ask)
        form.addRow(self.tr("The ask (Spanish):"), self.ask_es)
        form.addRow(self.tr("Organization:"), self.organization)
        form.addRow(self.tr("Coordinator:"), self.coordinator_name)
        form.addRow(self.tr("Coordinator's email:"), self.coordinator_email)
        form.addRow(self.tr("Coordinator's phone:"), self.coordinator_phone)
        form.addRow(self.tr("Speaking rate:"), self.words_per_minute)

        buttons = save_cancel_buttons(self)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.form = FormState({
            "campaign_name": self.campaign_name, "ordinance_name": self.ordinance_name, "ask": self.ask,
            "ask_es": self.ask_es, "organization": self.organization, "coordinator_name": self.coordinator_name,
            "coordinator_email": self.coordinator_email, "coordinator_phone": self.coordinator_phone,
            "words_per_minute": self.words_per_minute,
        })
        self.discard_box: QMessageBox | None = None  # while asking before closing
        self.load()
        self.resize(620, self.sizeHint().height())

    def load(self) -> None:
        with self._ctx.session() as session:
            s = campaign_settings(session)
            self._version = s.version
            values = (s.campaign_name, s.ordinance_name, s.ask, s.ask_es, s.organization,
                      s.coordinator_name, s.coordinator_email, s.coordinator_phone, s.words_per_minute)
        (campaign_name, ordinance_name, ask, ask_es, organization, coordinator_name,
         coordinator_email, coordinator_phone, wpm) = values
        self.campaign_name.setText(campaign_name)
        self.ordinance_name.setText(ordinance_name)
        self.ask.setPlainText(ask)
        self.ask_es.setPlainText(ask_es)
        self.organization.setText(organization)
        self.coordinator_name.setText(coordinator_name)
        self.coordinator_email.setText(coordinator_email)
        self.coordinator_phone.setText(format_phone(coordinator_phone))  # stored as +1309…
        self.words_per_minute.setValue(wpm)
        self.form.remember()

    def changes(self) -> dict:
        return {
            "campaign_name": self.campaign_name.text(),
            "ordinance_name": self.ordinance_name.text(),
            "ask": self.ask.toPlainText(),
            "ask_es": self.ask_es.toPlainText(),
            "organization": self.organization.text(),
            "coordinator_name": self.coordinator_name.text(),
            "coordinator_email": self.coordinator_email.text(),
            "coordinator_phone": self.coordinator_phone.text(),
            "words_per_minute": self.words_per_minute.value(),
        }

    def accept(self) -> None:
        try:
            with self._ctx.session() as session:
                update_settings(session, self.changes(), expected_version=self._version)
        except ConflictError as exc:
            self.ask_after_conflict(exc)  # Reload, Keep mine, or keep editing
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user; the dialog stays open
            self._ctx.show_error(self, exc)
            return
        self._ctx.changed(SETTINGS)
        self._ctx.notify(self.tr("Campaign settings saved."))
        super().accept()
