"""The editor panel for one person: inline validation, consent, languages, sign-up history.

Edits are saved explicitly (Save, Ctrl+S) or when the user leaves the editor (another
person, another page, closing the window): ``commit_pending`` saves what can be saved and
refuses to move on when a field is invalid, so nothing typed is silently lost. When someone
else saved the person first, the user chooses: reload their version, keep mine (their
version with this form's changes on top, saved), or keep editing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.enums import PersonRole
from organizer.domain.models import Person
from organizer.errors import ConflictError, NotFoundError, OrganizerError, ValidationError
from organizer.gui import context as kinds
from organizer.gui.context import AppContext
from organizer.gui.dialogs.buttons import ask_after_conflict
from organizer.gui.models.labels import SIGNUP_STATUS_LABELS
from organizer.gui.widgets.card import muted_label, plain_label, scaled_font
from organizer.gui.widgets.format import counted, date_and_time
from organizer.gui.widgets.notes import FieldError, NoticeBanner
from organizer.services import council as council_service
from organizer.services import people as people_service
from organizer.services.meetings import local_start
from organizer.services.records import get_record
from organizer.services.validation import format_phone

# The labels here are translated where they are shown.
PRIVACY_NOTE = QT_TRANSLATE_NOOP("PersonEditor", "Never record immigration status here.")
NAME_REQUIRED = QT_TRANSLATE_NOOP("PersonEditor", "A person needs at least a first or last name.")
TEXT_FIELDS = (
    ("first_name", QT_TRANSLATE_NOOP("PersonEditor", "First name")),
    ("last_name", QT_TRANSLATE_NOOP("PersonEditor", "Last name")),
    ("preferred_name", QT_TRANSLATE_NOOP("PersonEditor", "Preferred name")),
    ("pronouns", QT_TRANSLATE_NOOP("PersonEditor", "Pronouns")),
    ("email", QT_TRANSLATE_NOOP("PersonEditor", "Email")),
    ("phone", QT_TRANSLATE_NOOP("PersonEditor", "Phone")),
    ("zip_code", QT_TRANSLATE_NOOP("PersonEditor", "ZIP code")),
    ("ward", QT_TRANSLATE_NOOP("PersonEditor", "Ward")),
    ("languages", QT_TRANSLATE_NOOP("PersonEditor", "Languages")),
)
CONSENT_FIELDS = (
    ("may_email", QT_TRANSLATE_NOOP("PersonEditor", "May email them")),
    ("may_text", QT_TRANSLATE_NOOP("PersonEditor", "May text them")),
    ("may_name_publicly", QT_TRANSLATE_NOOP("PersonEditor", "May name them publicly (press, social media)")),
)
MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class SignupLine:
    meeting_id: int
    when: str
    council: str
    status: str


@dataclass
class LoadedPerson:
    """A person as the form shows them: every value in its on-screen form."""

    id: int | None
    version: int | None
    name: str
    values: dict[str, Any]
    history: people_service.SignupHistory | None = None
    signups: list[SignupLine] = field(default_factory=list)


def empty_values() -> dict[str, Any]:
    values: dict[str, Any] = {key: "" for key, _ in TEXT_FIELDS}
    values.update(home_body_id=None, packet_language="en", role=PersonRole.VOLUNTEER.value, notes="")
    values.update({key: False for key, _ in CONSENT_FIELDS})
    return values


def form_values(person: Person) -> dict[str, Any]:
    return {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "preferred_name": person.preferred_name,
        "pronouns": person.pronouns,
        "email": person.email or "",
        "phone": format_phone(person.phone),
        "zip_code": person.zip_code,
        "ward": person.ward,
        "languages": ", ".join(person.languages or []),
        "home_body_id": person.home_body_id,
        "packet_language": person.packet_language,
        "role": person.role.value,
        "notes": person.notes,
        "may_email": person.may_email,
        "may_text": person.may_text,
        "may_name_publicly": person.may_name_publicly,
    }


def parse_languages(text: str) -> list[str]:
    return [code for code in text.replace(";", ",").replace(" ", ",").split(",") if code.strip()]


class PersonEditor(QWidget):
    saved = Signal(int)  # the person's id, after a save
    dirty_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._loaded = LoadedPerson(None, None, "", empty_values())
        self._active = False  # showing a person or a new one (not the empty state)
        self._loading = False
        self._errors: dict[str, str] = {}
        self._was_dirty = False
        self.conflict_box: QMessageBox | None = None  # open while asking after a conflict
        self.setAccessibleName(self.tr("Person editor"))
        self._build()
        self.clear()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.title = plain_label("", self, wrap=True)
        self.title.setFont(scaled_font(self.title, 1.3, bold=True))
        header.addWidget(self.title, 1)
        self.state_label = muted_label("", self, wrap=False)
        header.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(header)

        self.empty_note = muted_label(self.tr("Choose a person in the table, or press New person (Ctrl+N)."), self)
        outer.addWidget(self.empty_note)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self.scroll)
        self.scroll.setWidget(body)
        form_box = QVBoxLayout(body)
        form_box.setContentsMargins(0, 0, self.fontMetrics().averageCharWidth(), 0)
        outer.addWidget(self.scroll, 1)

        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(self.fontMetrics().height())
        grid.setVerticalSpacing(round(self.fontMetrics().height() * 0.5))
        labels = {key: self.tr(label) for key, label in TEXT_FIELDS}
        for key, _label in TEXT_FIELDS:
            edit = QLineEdit(body)
            edit.setObjectName(f"person_{key}")
            edit.setAccessibleName(labels[key])
            edit.textChanged.connect(lambda _text, key=key: self._on_edited(key))
            error = FieldError(body)
            error.setObjectName(f"person_{key}_error")
            error.attach(edit)
            self.fields[key] = edit
            self.errors[key] = error

        self.home_body = QComboBox(body)
        self.home_body.setAccessibleName(self.tr("Home council"))
        self.home_body.currentIndexChanged.connect(lambda _i: self._on_edited("home_body_id"))
        self.packet_language = QComboBox(body)
        self.packet_language.setAccessibleName(self.tr("Packet language"))
        self.packet_language.addItem(self.tr("English"), "en")
        self.packet_language.addItem(self.tr("Spanish (español)"), "es")
        self.packet_language.currentIndexChanged.connect(lambda _i: self._on_edited("packet_language"))
        self.role = QComboBox(body)
        self.role.setAccessibleName(self.tr("Role"))
        self.role.addItem(self.tr("Volunteer"), PersonRole.VOLUNTEER.value)
        self.role.addItem(self.tr("Campaign team"), PersonRole.TEAM.value)
        self.role.currentIndexChanged.connect(lambda _i: self._on_edited("role"))
        self.language_names = muted_label("", body)

        # Labels above fields, two to a row: compact enough to leave room for the history.
        cells = (
            ("first_name", "last_name"),
            ("preferred_name", "pronouns"),
            ("email", None),  # addresses are long: the whole width
            ("phone", "zip_code"),
            ("home_body_id", "ward"),
            ("languages", "packet_language"),
            ("role", ""),
        )
        widgets = {"home_body_id": (self.home_body, self.tr("Home council")), "role": (self.role, self.tr("Role")),
                   "packet_language": (self.packet_language, self.tr("Packet in"))}
        for row, pair in enumerate(cells):
            for column, key in enumerate(pair):
                if not key:
                    continue
                widget, label_text = widgets.get(key, (self.fields.get(key), labels.get(key)))
                cell = QVBoxLayout()
                cell.setSpacing(2)
                label = QLabel(self.tr("{label}:").format(label=label_text), body)
                label.setBuddy(widget)
                cell.addWidget(label)
                cell.addWidget(widget)
                if key in self.errors:
                    cell.addWidget(self.errors[key])
                if key == "languages":
                    cell.addWidget(self.language_names)
                cell.addStretch(1)
                grid.addLayout(cell, row, column, 1, 2 if pair[1] is None else 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.fields["email"].setPlaceholderText("name@example.org")
        self.fields["phone"].setPlaceholderText("(309) 555-0123")
        self.fields["languages"].setPlaceholderText("es, en")
        self.fields["languages"].setToolTip(
            self.tr("Language codes separated by commas: es Spanish, en English, fr French…"))
        self.fields["ward"].setPlaceholderText(self.tr("Ward 3"))
        self.fields["preferred_name"].setToolTip(self.tr("What they like to be called; packets and lists use it"))
        form_box.addLayout(grid)

        self.consents: dict[str, QCheckBox] = {}
        consent_title = QLabel(self.tr("Consent:"), body)
        form_box.addWidget(consent_title)
        for key, label in CONSENT_FIELDS:
            check = QCheckBox(self.tr(label), body)
            check.setAccessibleName(self.tr(label))
            check.toggled.connect(lambda _on, key=key: self._on_edited(key))
            form_box.addWidget(check)
            self.consents[key] = check

        notes_title = QLabel(self.tr("Notes (internal, never printed):"), body)
        form_box.addWidget(notes_title)
        self.privacy_note = NoticeBanner(self.tr(PRIVACY_NOTE), body)
        self.privacy_note.setObjectName("privacyNote")
        form_box.addWidget(self.privacy_note)
        self.notes = QPlainTextEdit(body)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setAccessibleDescription(self.tr(PRIVACY_NOTE))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 3)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 6)
        self.notes.textChanged.connect(lambda: self._on_edited("notes"))
        notes_title.setBuddy(self.notes)
        form_box.addWidget(self.notes)
        self.notes_error = FieldError(body)
        self.notes_error.attach(self.notes)
        form_box.addWidget(self.notes_error)
        self.errors["notes"] = self.notes_error

        history_title = QLabel(self.tr("Sign-ups"), body)
        history_title.setFont(scaled_font(history_title, 1.1, bold=True))
        form_box.addSpacing(self.fontMetrics().height() // 2)
        form_box.addWidget(history_title)
        self.history_summary = plain_label("", body)
        form_box.addWidget(self.history_summary)
        self.signups = QTreeWidget(body)
        self.signups.setAccessibleName(self.tr("Sign-up history"))
        self.signups.setRootIsDecorated(False)
        self.signups.setColumnCount(3)
        self.signups.setHeaderLabels([self.tr("Meeting"), self.tr("Council"), self.tr("Status")])
        self.signups.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.signups.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.signups.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.signups.setMinimumHeight(self.fontMetrics().height() * 6)
        self.signups.itemActivated.connect(self._open_meeting)
        self.signups.setToolTip(self.tr("Press Enter or double-click to open the meeting."))
        history_title.setBuddy(self.signups)
        form_box.addWidget(self.signups)
        form_box.addStretch(1)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save person"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setToolTip(self.tr("Throw away the changes since the last save"))
        self.revert_button.setAccessibleName(self.tr("Revert changes"))
        self.revert_button.clicked.connect(self.revert)
        self.save_hint = muted_label("", self, wrap=True)
        buttons.addWidget(self.save_hint, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

    def focus_first_field(self) -> None:
        if self._active:
            self.fields["first_name"].setFocus()
            self.fields["first_name"].selectAll()

    # --- state -------------------------------------------------------------------------
    def person_id(self) -> int | None:
        return self._loaded.id

    def is_active(self) -> bool:
        return self._active

    def is_new(self) -> bool:
        return self._active and self._loaded.id is None

    def display_name(self) -> str:
        return self._loaded.name

    def version(self) -> int | None:
        return self._loaded.version

    def error_for(self, key: str) -> str:
        return self._errors.get(key, "")

    def current_values(self) -> dict[str, Any]:
        values = {key: edit.text() for key, edit in self.fields.items()}
        values["home_body_id"] = self.home_body.currentData()
        values["packet_language"] = self.packet_language.currentData()
        values["role"] = self.role.currentData()
        values["notes"] = self.notes.toPlainText()
        values.update({key: check.isChecked() for key, check in self.consents.items()})
        return values

    def changed_fields(self) -> dict[str, Any]:
        if not self._active:
            return {}
        loaded = self._loaded.values
        return {k: v for k, v in self.current_values().items() if v != loaded.get(k)}

    def is_dirty(self) -> bool:
        return bool(self.changed_fields())

    def is_valid(self) -> bool:
        return not self._errors

    # --- loading -----------------------------------------------------------------------
    def clear(self) -> None:
        """The empty state: nobody chosen (unsaved edits are dropped; callers commit first)."""
        self._active = False
        self._loaded = LoadedPerson(None, None, "", empty_values())
        self._fill(self._loaded)
        self.title.setText(self.tr("No one selected"))
        self.empty_note.show()
        self.scroll.hide()
        self._update_state()

    def start_new(self) -> None:
        self._loaded = LoadedPerson(None, None, "", empty_values())
        self._active = True
        self._load_bodies()
        self._fill(self._loaded)
        self.title.setText(self.tr("New person"))
        self.empty_note.hide()
        self.scroll.show()
        self._update_state()
        self.fields["first_name"].setFocus()

    def load(self, person_id: int) -> bool:
        """Show a person as saved; False (and the empty state) if they no longer exist."""
        try:
            loaded, bodies = self._read(person_id)
        except NotFoundError:
            self.clear()
            return False
        except OrganizerError as exc:
            self._ctx.show_error(self, exc)
            return False
        self._show(loaded, bodies)
        return True

    def _read(self, person_id: int) -> tuple[LoadedPerson, list[tuple[int, str]]]:
        with self._ctx.session() as session:
            person = get_record(session, Person, person_id, "person")
            history = people_service.signup_history(session, person_id)
            lines = [
                SignupLine(
                    meeting_id=s.meeting_id,
                    when=date_and_time(local_start(s.meeting)),
                    council=s.meeting.body.short_name or s.meeting.body.name,
                    status=SIGNUP_STATUS_LABELS.get(s.status, s.status.value),
                )
                for s in people_service.person_signups(session, person_id)
            ]
            loaded = LoadedPerson(person.id, person.version, person.display_name, form_values(person), history, lines)
            bodies = [(b.id, b.name) for b in council_service.list_bodies(session)]
        return loaded, bodies

    def _show(self, loaded: LoadedPerson, bodies: list[tuple[int, str]]) -> None:
        self._loaded = loaded
        self._active = True
        self._set_bodies(bodies)
        self._fill(loaded)
        self.title.setText(loaded.name or self.tr("(no name)"))
        self.empty_note.hide()
        self.scroll.show()
        self._update_state()

    def reload(self) -> None:
        """Throw away local edits and show the saved version (after a conflict)."""
        if self._loaded.id is not None:
            self.load(self._loaded.id)
        else:
            self.revert()

    def revert(self) -> None:
        self._fill(self._loaded)
        self._update_state()

    def _load_bodies(self) -> None:
        try:
            with self._ctx.session() as session:
                self._set_bodies([(b.id, b.name) for b in council_service.list_bodies(session)])
        except OrganizerError as exc:
            self._ctx.notify(str(exc))

    def _set_bodies(self, bodies: list[tuple[int, str]]) -> None:
        self._loading = True
        try:
            self.home_body.clear()
            self.home_body.addItem(self.tr("Not set"), None)
            for body_id, name in bodies:
                self.home_body.addItem(name, body_id)
        finally:
            self._loading = False

    def _fill(self, loaded: LoadedPerson) -> None:
        self._loading = True
        try:
            self._put_values({**empty_values(), **loaded.values})
            self._fill_history(loaded)
        finally:
            self._loading = False
        self._errors.clear()
        for error in self.errors.values():
            error.show_message("")
        if self._active:
            self._validate_all()

    def _put_values(self, values: dict[str, Any]) -> None:
        """Set the fields named in ``values`` (``current_values`` form); the others stay."""
        for key, edit in self.fields.items():
            if key in values:
                edit.setText(values[key])
                edit.setCursorPosition(0)
        for key, combo in (("home_body_id", self.home_body), ("packet_language", self.packet_language), ("role", self.role)):
            if key in values:
                combo.setCurrentIndex(max(0, combo.findData(values[key])))
        if "notes" in values:
            self.notes.setPlainText(values["notes"])
        for key, check in self.consents.items():
            if key in values:
                check.setChecked(bool(values[key]))

    def _fill_history(self, loaded: LoadedPerson) -> None:
        self.signups.clear()
        history = loaded.history
        if loaded.id is None:
            self.history_summary.setText(self.tr("Sign-ups appear here once the person is saved."))
        elif history is None or history.total == 0:
            self.history_summary.setText(self.tr("Not signed up for any meeting yet."))
        else:
            self.history_summary.setText(self.tr("{signups}: spoke {times}, {no_shows}, {upcoming} upcoming.").format(
                signups=counted(history.total, self.tr("{n} sign-up"), self.tr("{n} sign-ups")),
                times=counted(history.spoke, self.tr("{n} time"), self.tr("{n} times")),
                no_shows=counted(history.no_shows, self.tr("{n} no-show"), self.tr("{n} no-shows")),
                upcoming=history.upcoming,
            ))
        for line in loaded.signups:
            item = QTreeWidgetItem([line.when, line.council, line.status])
            item.setData(0, MEETING_ID_ROLE, line.meeting_id)
            self.signups.addTopLevelItem(item)
        self.signups.setVisible(bool(loaded.signups))

    def _open_meeting(self, item: QTreeWidgetItem, _column: int) -> None:
        meeting_id = item.data(0, MEETING_ID_ROLE)
        if meeting_id is not None and self.commit_pending():
            self._ctx.navigate("meeting", int(meeting_id))

    # --- validation --------------------------------------------------------------------
    def _on_edited(self, key: str) -> None:
        if self._loading or not self._active:
            return
        self._validate(key)
        if key in ("first_name", "last_name", "preferred_name"):
            self._validate_name()
        self._update_state()

    def _validate_all(self) -> None:
        for key, _label in TEXT_FIELDS:
            self._validate(key)
        self._validate("notes")
        self._validate_name()
        self._update_state()

    def _show_language_names(self) -> None:
        from organizer.gui.models.people_model import language_name

        codes = parse_languages(self.fields["languages"].text())
        self.language_names.setText(", ".join(language_name(c.strip().lower()) for c in codes))

    def _validate(self, key: str) -> None:
        if key == "languages":
            self._show_language_names()
        if key not in self.errors:
            return
        value: Any = self.notes.toPlainText() if key == "notes" else self.fields[key].text()
        if key == "languages":
            value = parse_languages(value)
        try:
            people_service.clean_person_fields({key: value})
        except ValidationError as exc:
            self._set_error(key, str(exc))
        else:
            if key != "first_name" or self._errors.get(key) != self.tr(NAME_REQUIRED):
                self._set_error(key, "")

    def _validate_name(self) -> None:
        names = [self.fields[k].text().strip() for k in ("first_name", "last_name", "preferred_name")]
        if not any(names):
            self._set_error("first_name", self.tr(NAME_REQUIRED))
        elif self._errors.get("first_name") == self.tr(NAME_REQUIRED):
            self._set_error("first_name", "")
            self._validate("first_name")

    def _set_error(self, key: str, message: str) -> None:
        if message:
            self._errors[key] = message
        else:
            self._errors.pop(key, None)
        self.errors[key].show_message(message)

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        valid = self.is_valid()
        self.save_button.setEnabled(self._active and valid and (dirty or self.is_new()))
        self.revert_button.setEnabled(self._active and dirty)
        if not self._active:
            self.state_label.setText("")
            self.save_hint.setText("")
        elif not valid:
            self.state_label.setText(self.tr("Unsaved changes") if dirty else "")
            self.save_hint.setText(self.tr("Fix the fields marked in red to save."))
        elif dirty:
            self.state_label.setText(self.tr("Unsaved changes"))
            self.save_hint.setText(self.tr("Ctrl+S saves; so does moving to another person."))
        else:
            self.state_label.setText(self.tr("New") if self.is_new() else self.tr("Saved"))
            self.save_hint.setText("")
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    # --- saving ------------------------------------------------------------------------
    def _changes_for_service(self, changes: dict[str, Any]) -> dict[str, Any]:
        out = dict(changes)
        if "languages" in out:
            out["languages"] = parse_languages(out["languages"])
        return out

    def save(self) -> bool:
        """Save the form; True when saved (or nothing to save)."""
        if not self._active:
            return True
        self._validate_all()
        if not self.is_valid():
            self._ctx.notify(self.tr("Not saved: fix the fields marked in red first."))
            return False
        changes = self.changed_fields()
        if not changes and not self.is_new():
            return True
        try:
            with self._ctx.session() as session:
                if self.is_new():
                    fields = self._changes_for_service(self.current_values())
                    person = people_service.create_person(session, **fields)
                else:
                    person = people_service.update_person(
                        session, self._loaded.id, self._changes_for_service(changes),
                        expected_version=self._loaded.version,
                    )
                person_id, name = person.id, person.display_name
        except ValidationError as exc:
            if exc.field in self.errors:
                self._set_error(exc.field, str(exc))
                self._update_state()
            else:
                self._ctx.show_error(self, exc)
            return False
        except ConflictError as exc:
            self._ask_after_conflict(exc)
            return False
        except OrganizerError as exc:
            self._ctx.show_error(self, exc)
            return False
        self.load(person_id)
        self._ctx.changed(kinds.PEOPLE)
        self._ctx.notify(self.tr("Saved {name}.").format(name=name))
        self.saved.emit(person_id)
        return True

    def _ask_after_conflict(self, exc: ConflictError) -> None:
        self.state_label.setText(self.tr("Not saved"))
        self.save_hint.setText(self.tr("Someone else saved this person first: reload their version or keep yours."))
        # Asked once: each page switch tries to save again, and only raises the question.
        ask_after_conflict(self, exc, on_reload=self.reload, on_keep_mine=self.keep_mine)

    def keep_mine(self) -> bool:
        """After a conflict: take the saved version, put this form's changes on top, save.

        Fields the user did not touch keep what the other person saved.
        """
        person_id = self._loaded.id
        if person_id is None:
            return self.save()
        mine = self.changed_fields()
        try:
            fresh, bodies = self._read(person_id)
        except OrganizerError as exc:  # deleted meanwhile: the form keeps what was typed
            self._ctx.show_error(self, exc)
            return False
        self._show(fresh, bodies)
        self._loading = True
        try:
            self._put_values(mine)
        finally:
            self._loading = False
        self._validate_all()
        return self.save()

    def commit_pending(self) -> bool:
        """Save before the user moves on; False (with the reason shown) when it cannot."""
        if not self._active or (not self.is_dirty() and not self.is_new()):
            return True
        if self.is_new() and not self.is_dirty():
            return True  # an untouched new form: nothing to keep
        if not self.is_valid():
            self._ctx.notify(self.tr("Fix the fields marked in red, or press Revert, before moving on."))
            first = next(iter(self._errors))
            (self.notes if first == "notes" else self.fields[first]).setFocus()
            return False
        return self.save()

