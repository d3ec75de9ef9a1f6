"""Edit a council member's details.

A conflicting edit elsewhere offers to reload or keep mine; closing with unsaved edits asks
first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.models import CouncilMember
from organizer.errors import ConflictError
from organizer.gui.context import MEMBERS, AppContext
from organizer.gui.dialogs.buttons import (
    EditsKeptOnConflict,
    save_cancel_buttons,
)
from organizer.gui.dialogs.fields import FormState, OptionalDateEdit
from organizer.services import council
from organizer.services.records import get_record
from organizer.services.validation import format_phone

NOTES_REMINDER = QT_TRANSLATE_NOOP(  # translated where it is shown
    "MemberEditorDialog",
    "Internal notes, for the team only. Never write down anyone's immigration status "
    "or anything that hints at it.",
)


class MemberEditorDialog(EditsKeptOnConflict, QDialog):
    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._member_id = member_id
        self._version: int | None = None
        self.setWindowTitle(self.tr("Edit council member"))
        self.setAccessibleName(self.tr("Edit council member"))

        self.name = QLineEdit()
        self.seat = QLineEdit()
        self.seat.setPlaceholderText(self.tr("e.g. Ward 3, At-large, Mayor"))
        self.is_mayor = QCheckBox(self.tr("This member is the mayor"))
        self.term_start = OptionalDateEdit(self.tr("Term starts"))
        self.term_end = OptionalDateEdit(self.tr("Term ends"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.office = QLineEdit()
        self.concerns = QLineEdit()
        self.concerns.setPlaceholderText(self.tr("Tags separated by commas, e.g. public safety, cost"))
        self.active = QCheckBox(self.tr("Serving now (inactive members are left out of the whip count)"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr(NOTES_REMINDER))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        for widget, name in (
            (self.name, self.tr("Name")), (self.seat, self.tr("Seat")), (self.is_mayor, self.tr("Mayor")),
            (self.email, self.tr("Email")), (self.phone, self.tr("Phone")), (self.office, self.tr("Office")),
            (self.concerns, self.tr("Concerns")), (self.active, self.tr("Serving now")),
            (self.notes, self.tr("Internal notes")),
        ):
            widget.setAccessibleName(name)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Seat:"), self.seat)
        form.addRow("", self.is_mayor)
        form.addRow("", self.term_start)
        form.addRow("", self.term_end)
        form.addRow(self.tr("Email:"), self.email)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Office:"), self.office)
        form.addRow(self.tr("Concerns:"), self.concerns)
        form.addRow("", self.active)
        form.addRow(self.tr("Notes:"), self.notes)
        reminder = QLabel(self.tr(NOTES_REMINDER))
        reminder.setWordWrap(True)
        reminder.setEnabled(False)

        buttons = save_cancel_buttons(self)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(reminder)
        layout.addWidget(buttons)
        self.form = FormState({
            "name": self.name, "seat": self.seat, "is_mayor": self.is_mayor, "term_start": self.term_start,
            "term_end": self.term_end, "email": self.email, "phone": self.phone, "office": self.office,
            "concerns": self.concerns, "active": self.active, "notes": self.notes,
        })
        self.conflict_box: QMessageBox | None = None  # while asking after a conflict
        self.discard_box: QMessageBox | None = None  # while asking before closing
        self.load()
        self.name.setFocus()
        self.resize(560, self.sizeHint().height())

    def load(self) -> None:
        with self._ctx.session() as session:
            member = get_record(session, CouncilMember, self._member_id, "council member")
            self._version = member.version
            self.setWindowTitle(self.tr("Edit council member — {name}").format(name=member.name))
            self.name.setText(member.name)
            self.seat.setText(member.seat)
            self.is_mayor.setChecked(bool(member.is_mayor))
            self.term_start.set_value(member.term_start)
            self.term_end.set_value(member.term_end)
            self.email.setText(member.email)
            self.phone.setText(format_phone(member.phone) if member.phone else "")
            self.office.setText(member.office)
            self.concerns.setText(", ".join(member.concerns or ()))
            self.active.setChecked(member.active is not False)
            self.notes.setPlainText(member.notes)
        self.form.remember()

    def changes(self) -> dict:
        return {
            "name": self.name.text(),
            "seat": self.seat.text().strip(),
            "is_mayor": self.is_mayor.isChecked(),
            "term_start": self.term_start.value(),
            "term_end": self.term_end.value(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "office": self.office.text().strip(),
            "concerns": self.concerns.text(),
            "active": self.active.isChecked(),
            "notes": self.notes.toPlainText(),
        }

    def accept(self) -> None:
        try:
            with self._ctx.session() as session:
                council.update_member(session, self._member_id, self.changes(), expected_version=self._version)
        except ConflictError as exc:
            self.ask_after_conflict(exc)
            return
        except Exception as exc:  # noqa: BLE001 - every failure is shown, the dialog stays open
            self._ctx.show_error(self, exc)
            return
        self._ctx.changed(MEMBERS)
        self._ctx.notify(self.tr("Council member saved."))
        super().accept()

