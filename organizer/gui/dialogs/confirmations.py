"""Each speaker's confirmation or reminder, ready to open in a mail program or to copy.

Nothing is sent from organizer: "Open in mail program" hands a mailto: link to the
desktop, "Copy" puts the text on the clipboard for a phone or a webmail tab. Consent
decides what is offered: no email for someone who has not agreed to email, no text
message for someone who has not agreed to texts, and speakers who cannot be reached
either way are listed with the reason, so someone can call them or ask in person.

The window is not modal: a coordinator keeps it open next to the meeting page, and it
follows changes to the speakers, people and the campaign's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.models import Person
from organizer.errors import OrganizerError
from organizer.gui.context import MEETINGS, PEOPLE, SETTINGS, SIGNUPS, AppContext
from organizer.gui.models.labels import local_when_text
from organizer.gui.widgets.card import (
    color_label,
    muted_label,
    page_heading,
    plain_label,
    scaled_font,
)
from organizer.gui.widgets.colors import warning_color
from organizer.gui.widgets.format import counted
from organizer.services import confirmations, meetings
from organizer.services.confirmations import SMS_LIMIT, MessageBatch, SpeakerMessage
from organizer.services.records import get_record
from organizer.services.validation import format_phone

# Translated where they are shown.
KIND_LABELS = {
    "confirmation": QT_TRANSLATE_NOOP("ConfirmationsWindow", "Confirmation"),
    "reminder": QT_TRANSLATE_NOOP("ConfirmationsWindow", "Reminder"),
}
LANGUAGE_NAMES = {"en": QT_TRANSLATE_NOOP("ConfirmationsWindow", "English"), "es": QT_TRANSLATE_NOOP("ConfirmationsWindow", "Spanish")}
# Some mail programs cut a mailto: link short near 2,000 characters (Outlook on Windows).
LONG_MAILTO = 1900
SignupIdRole = Qt.ItemDataRole.UserRole + 1
WATCHED_KINDS = frozenset({SIGNUPS, PEOPLE, MEETINGS, SETTINGS})


class MailProgramMissing(OrganizerError):
    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate(
            "ConfirmationsWindow",
            "No mail program opened the message; use “Copy message” and paste it into your email instead.",
        ))


def channel_reason(person: Person, channel: str) -> str:
    """Why one channel is not offered for a speaker who can be reached by the other."""
    if channel == "email":
        if not person.may_email:
            return QCoreApplication.translate("ConfirmationsWindow", "Not offered: this speaker has not agreed to email.")
        return QCoreApplication.translate("ConfirmationsWindow", "Not offered: this speaker agreed to email but has no email address on file.")
    if not person.may_text:
        return QCoreApplication.translate("ConfirmationsWindow", "Not offered: this speaker has not agreed to text messages.")
    return QCoreApplication.translate("ConfirmationsWindow", "Not offered: this speaker agreed to text messages but has no phone number on file.")


def open_mailto(url: str) -> bool:
    """Hand a mailto: link to the desktop (tests replace ``QDesktopServices.openUrl``)."""
    return QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii"), QUrl.ParsingMode.StrictMode))


class ConfirmationsWindow(QDialog):
    """The messages for one meeting's speakers; open it with ``show()``."""

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.meeting_id = meeting_id
        self.batch: MessageBatch | None = None
        self._reasons: dict[int, dict[str, str]] = {}  # signup id -> channel -> why not offered
        self.setObjectName("confirmationsWindow")
        self.setWindowTitle(self.tr("Speaker messages"))
        self.setAccessibleName(self.tr("Speaker messages"))
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)

        self.heading = page_heading(self.tr("Messages to speakers"), self)
        self.meeting_label = muted_label("", self)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Which message"))
        for key, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), key)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind_note = plain_label("", self)
        color_label(self.kind_note, warning_color(self.palette()))
        self.kind_note.hide()
        kind_row = QHBoxLayout()
        kind_row.addWidget(plain_label(self.tr("&Message:"), self, wrap=False))
        kind_row.itemAt(0).widget().setBuddy(self.kind)
        kind_row.addWidget(self.kind)
        kind_row.addWidget(self.kind_note)
        kind_row.addStretch(1)

        self.speakers = QListWidget(self)
        self.speakers.setAccessibleName(self.tr("Speakers who can be reached"))
        self.speakers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.speakers.setAlternatingRowColors(True)  # each speaker takes two lines
        self.speakers.currentItemChanged.connect(lambda *_: self._show_selected())
        self.unreachable_title = plain_label(self.tr("Cannot be reached by email or text"), self)
        self.unreachable_title.setFont(scaled_font(self, 1.0, bold=True))
        self.unreachable = QListWidget(self)
        self.unreachable.setAccessibleName(self.tr("Speakers who cannot be reached by email or text"))
        self.unreachable.setAlternatingRowColors(True)
        self.unreachable.setWordWrap(True)
        self.unreachable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.unreachable_hint = muted_label(self.tr("Call them or ask in person; organizer writes to nobody "
                                                    "without their consent."), self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        speakers_title = plain_label(self.tr("Speakers"), left)
        speakers_title.setFont(scaled_font(self, 1.0, bold=True))
        left_layout.addWidget(speakers_title)
        left_layout.addWidget(self.speakers, 3)
        left_layout.addWidget(self.unreachable_title)
        left_layout.addWidget(self.unreachable, 1)
        left_layout.addWidget(self.unreachable_hint)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._build_email_box(right), 1)
        right_layout.addWidget(self._build_sms_box(right), 0)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.empty_note = plain_label("", self)
        self.empty_note.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.meeting_label)
        layout.addLayout(kind_row)
        layout.addWidget(self.empty_note)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 40)

        ctx.data_changed.connect(self._on_data_changed)
        ctx.database_changed.connect(self.close)  # its meeting belongs to the file that was open
        self.refresh()

    def _build_email_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Email"), parent)
        self.email_to = self._read_only_line(self.tr("Email to"), box)
        self.email_subject = self._read_only_line(self.tr("Email subject"), box)
        self.email_body = QPlainTextEdit(box)
        self.email_body.setReadOnly(True)
        self.email_body.setAccessibleName(self.tr("Email message"))
        self.email_note = plain_label("", box)
        self.open_mail_button = QPushButton(self.tr("&Open in mail program"), box)
        self.open_mail_button.setAccessibleName(self.tr("Open in mail program"))
        self.open_mail_button.clicked.connect(self.open_in_mail_program)
        self.copy_subject_button = QPushButton(self.tr("Copy s&ubject"), box)
        self.copy_subject_button.setAccessibleName(self.tr("Copy the subject"))
        self.copy_subject_button.clicked.connect(lambda: self.copy(self.email_subject.text(), self.tr("subject")))
        self.copy_email_button = QPushButton(self.tr("&Copy message"), box)
        self.copy_email_button.setAccessibleName(self.tr("Copy the email message"))
        self.copy_email_button.clicked.connect(lambda: self.copy(self.email_body.toPlainText(), self.tr("message")))
        self.long_mail_note = muted_label(
            self.tr("This message is long: if your mail program shows it cut short, use “Copy message”."), box)
        self.long_mail_note.hide()
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.email_to)
        form.addRow(self.tr("Subject:"), self.email_subject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_mail_button)
        buttons.addWidget(self.copy_subject_button)
        buttons.addWidget(self.copy_email_button)
        buttons.addStretch(1)
        color_label(self.email_note, warning_color(self.palette()))
        layout = QVBoxLayout(box)
        layout.addWidget(self.email_note)
        layout.addLayout(form)
        layout.addWidget(self.email_body, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.long_mail_note)
        return box

    def _build_sms_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Text message"), parent)
        self.sms_to = self._read_only_line(self.tr("Text message to"), box)
        self.sms_text = QPlainTextEdit(box)
        self.sms_text.setReadOnly(True)
        self.sms_text.setAccessibleName(self.tr("Text message"))
        self.sms_text.setFixedHeight(self.fontMetrics().height() * 4)
        self.sms_length = muted_label("", box)
        self.sms_note = plain_label("", box)
        self.copy_sms_button = QPushButton(self.tr("Copy &text message"), box)
        self.copy_sms_button.setAccessibleName(self.tr("Copy the text message"))
        self.copy_sms_button.clicked.connect(lambda: self.copy(self.sms_text.toPlainText(), self.tr("text message")))
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.sms_to)
        row = QHBoxLayout()
        row.addWidget(self.copy_sms_button)
        row.addWidget(self.sms_length, 1)
        color_label(self.sms_note, warning_color(self.palette()))
        layout = QVBoxLayout(box)
        layout.addWidget(self.sms_note)
        layout.addLayout(form)
        layout.addWidget(self.sms_text)
        layout.addLayout(row)
        return box

    @staticmethod
    def _read_only_line(name: str, parent: QWidget) -> QLineEdit:
        line = QLineEdit(parent)
        line.setReadOnly(True)
        line.setAccessibleName(name)
        return line

    # --- loading ------------------------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def refresh(self) -> None:
        selected = self.selected_message()
        try:
            with self._ctx.session() as session:
                batch = confirmations.speaker_messages(session, self.meeting_id, self.kind.currentData())
                meeting = meetings.find_meeting(session, str(self.meeting_id))
                when = local_when_text(meetings.local_start(meeting))
                title = f"{meeting.body.name} · {when}"
                reasons: dict[int, dict[str, str]] = {}
                for message in batch.messages:
                    person = get_record(session, Person, message.person_id, "person")
                    reasons[message.signup_id] = {
                        channel: channel_reason(person, channel)
                        for channel, offered in (("email", message.can_email), ("sms", message.can_text))
                        if not offered
                    }
        except OrganizerError as exc:
            self._show_gone(str(exc))
            return
        self.batch = batch
        self._reasons = reasons
        self.meeting_label.setText(title)
        self.setWindowTitle(self.tr("Speaker messages · {meeting}").format(meeting=title))
        called_off = batch.kind == "cancellation"
        self.kind.setEnabled(not called_off)
        self.kind_note.setVisible(called_off)
        self.kind_note.setText(self.tr("This meeting is called off, so every message says so.") if called_off else "")

        self.speakers.blockSignals(True)
        self.speakers.clear()
        for message in batch.messages:
            channels = [c for c, ok in ((self.tr("email"), message.can_email), (self.tr("text"), message.can_text)) if ok]
            language = self.tr(LANGUAGE_NAMES[message.language]) if message.language in LANGUAGE_NAMES else message.language
            item = QListWidgetItem(f"{message.name}\n{language} · {self.tr(' and ').join(channels)}")
            item.setData(SignupIdRole, message.signup_id)
            item.setToolTip(message.name)
            self.speakers.addItem(item)
        self.speakers.blockSignals(False)
        self.unreachable.clear()
        for person in batch.unreachable:
            item = QListWidgetItem(f"{person.name}\n{person.reason}")
            item.setToolTip(f"{person.name} {person.reason}.")
            self.unreachable.addItem(item)
        for widget in (self.unreachable_title, self.unreachable, self.unreachable_hint):
            widget.setVisible(bool(batch.unreachable))

        if not batch.messages and not batch.unreachable:
            self.empty_note.setText(self.tr("Nobody is invited, confirmed or on the waiting list for this meeting yet."))
            self.empty_note.show()
        else:
            self.empty_note.hide()
        row = 0
        if selected is not None:
            row = next((i for i, m in enumerate(batch.messages) if m.signup_id == selected.signup_id), 0)
        if batch.messages:
            self.speakers.setCurrentRow(row)
        self._show_selected()

    def _show_gone(self, sentence: str) -> None:
        self.batch = None
        self.speakers.clear()
        self.unreachable.clear()
        self.empty_note.setText(sentence)
        self.empty_note.show()
        self._show_selected()

    def _on_data_changed(self, kinds: frozenset) -> None:
        if kinds & WATCHED_KINDS:
            self.refresh()

    # --- one speaker --------------------------------------------------------------------
    def selected_message(self) -> SpeakerMessage | None:
        item = self.speakers.currentItem()
        if item is None or self.batch is None:
            return None
        signup_id = item.data(SignupIdRole)
        return next((m for m in self.batch.messages if m.signup_id == signup_id), None)

    def select_speaker(self, signup_id: int) -> None:
        for row in range(self.speakers.count()):
            if self.speakers.item(row).data(SignupIdRole) == signup_id:
                self.speakers.setCurrentRow(row)
                return
        raise KeyError(signup_id)

    def _show_selected(self) -> None:
        message = self.selected_message()
        reasons = self._reasons.get(message.signup_id, {}) if message else {}
        can_email = bool(message and message.can_email)
        self.email_to.setText(message.email_to if can_email else "")
        self.email_subject.setText(message.email_subject if can_email else "")
        self.email_body.setPlainText(message.email_body if can_email else "")
        for widget in (self.open_mail_button, self.copy_subject_button, self.copy_email_button,
                       self.email_to, self.email_subject, self.email_body):
            widget.setEnabled(can_email)
        self.email_note.setText(reasons.get("email", ""))
        self.email_note.setVisible(bool(message) and not can_email)
        self.long_mail_note.setVisible(can_email and len(message.mailto()) > LONG_MAILTO)

        can_text = bool(message and message.can_text)
        self.sms_to.setText(format_phone(message.sms_to) if can_text else "")
        self.sms_text.setPlainText(message.sms_text if can_text else "")
        for widget in (self.copy_sms_button, self.sms_to, self.sms_text):
            widget.setEnabled(can_text)
        self.sms_note.setText(reasons.get("sms", ""))
        self.sms_note.setVisible(bool(message) and not can_text)
        if can_text:
            length = len(message.sms_text)
            fits = self.tr("fits in one text") if length <= SMS_LIMIT else self.tr("arrives as several texts")
            self.sms_length.setText(counted(
                length, self.tr("{n} character; {fits}"), self.tr("{n} characters; {fits}"), fits=fits))
        else:
            self.sms_length.setText("")

    def open_in_mail_program(self) -> bool:
        message = self.selected_message()
        if message is None or not message.can_email:
            return False
        if not open_mailto(message.mailto()):
            self._ctx.show_error(self, MailProgramMissing())
            return False
        self._ctx.notify(self.tr("Opened the message to {name} in your mail program.").format(name=message.name))
        return True

    def copy(self, text: str, what: str) -> None:
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        message = self.selected_message()
        if message:
            self._ctx.notify(self.tr("Copied the {what} for {name}.").format(what=what, name=message.name))
        else:
            self._ctx.notify(self.tr("Copied the {what}.").format(what=what))
