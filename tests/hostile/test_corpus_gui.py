"""Every corpus text item pasted into every text field of the editors, then saved.

Each editor either closes with everything saved as the corpus says (read back from the
database), or stays open with one sentence (a message box, or the editor's own line
beside the field) and the record exactly as before. Never the crash dialog.

Pasting is ``QLineEdit.insert`` / ``QPlainTextEdit.insertPlainText``, what Ctrl+V does:
it goes through the widgets' own limits and conversions (Qt drops a lone surrogate and
turns U+2028 into a line break in multi-line fields; the corpus says so under "gui").
Widgets are found by attribute, not by their (translated) labels.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from hostile_corpus import Item, in_text_field, one_sentence, params  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from organizer.domain.models import (  # noqa: E402
    CampaignSettings,
    CouncilMember,
    GoverningBody,
    Interaction,
    Meeting,
    Person,
    StanceRecord,
    TalkingPoint,
    TalkingPointTranslation,
)
from organizer.gui import errors  # noqa: E402
from organizer.gui.context import AppContext  # noqa: E402
from organizer.services import council, meetings, people, points  # noqa: E402
from organizer.services.campaign import open_campaign  # noqa: E402
from tests.gui.conftest import (  # noqa: E402, F401 - the GUI suite's autouse guards, here too
    isolated_qsettings,
    no_crash_dialog_left,
    no_task_left_running,
)

pytestmark = pytest.mark.gui


@dataclass
class Ids:
    person: int
    member: int
    member_name: str
    meeting: int
    point: int


@pytest.fixture(scope="module")
def gui(qapp: QApplication, fast_folder: Path) -> Iterator[tuple[AppContext, Ids]]:
    folder = fast_folder
    db = open_campaign(folder / "campaign.sqlite3")
    with db.session() as s:
        import datetime as dt

        body = s.scalars(select(GoverningBody).order_by(GoverningBody.id)).first()
        person = people.create_person(s, first_name="Ana", last_name="López")
        member = council.create_member(s, body.id, name="Member", seat="Ward 1")
        meeting = meetings.create_meeting(s, body.id, dt.datetime(2027, 1, 5, 0, 0, tzinfo=dt.UTC))
        point = points.create_point(s, "A point", "why_it_matters")
        ids = Ids(person.id, member.id, member.name, meeting.id, point.id)
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    yield AppContext(db, settings), ids
    db.dispose()


# --- one editor: its text fields, how to save, and how it says no ------------------------


@dataclass(frozen=True)
class TextField:
    attr: str  # the editor's attribute holding the widget
    max_length: int
    read: Callable[[Session, Ids], Any]
    required: bool = False
    empty_refusal: str = "cannot be empty"


@dataclass(frozen=True)
class Editor:
    name: str
    open: Callable[[AppContext, Ids], QWidget]
    fields: tuple[TextField, ...]
    widget: Callable[[QWidget, str], QWidget] = getattr
    save: Callable[[QWidget], bool] | None = None  # None: a dialog, saved by accept()
    refusal: Callable[[QWidget], str] | None = None  # None: a message box


def _of(model: type, key: str, attr: str) -> Callable[[Session, Ids], Any]:
    return lambda s, ids: getattr(s.get(model, getattr(ids, key) if key else 1), attr)


def _newest(model: type, attr: str) -> Callable[[Session, Ids], Any]:
    return lambda s, ids: s.scalar(select(getattr(model, attr)).order_by(model.id.desc()).limit(1))


def _member_dialog(ctx: AppContext, ids: Ids) -> QWidget:
    from organizer.gui.dialogs.member_editor import MemberEditorDialog

    return MemberEditorDialog(ctx, ids.member)


def _meeting_dialog(ctx: AppContext, ids: Ids) -> QWidget:
    from organizer.gui.dialogs.meeting_editor import MeetingEditorDialog

    return MeetingEditorDialog(ctx, ids.meeting)


def _settings_dialog(ctx: AppContext, ids: Ids) -> QWidget:
    from organizer.gui.dialogs.campaign_settings import CampaignSettingsDialog

    return CampaignSettingsDialog(ctx)


def _stance_dialog(ctx: AppContext, ids: Ids) -> QWidget:
    from organizer.gui.dialogs.record_stance import RecordStanceDialog

    return RecordStanceDialog(ctx, ids.member, ids.member_name)


def _interaction_dialog(ctx: AppContext, ids: Ids) -> QWidget:
    from organizer.gui.dialogs.record_interaction import RecordInteractionDialog

    return RecordInteractionDialog(ctx, ids.member, ids.member_name)


def _person_editor(ctx: AppContext, ids: Ids) -> QWidget:
    from organizer.gui.dialogs.person_editor import PersonEditor

    editor = PersonEditor(ctx)
    assert editor.load(ids.person)
    return editor


def _points_page(ctx: AppContext, ids: Ids) -> QWidget:
    from organizer.gui.pages.points import PointsPage

    page = PointsPage(ctx)
    page.show_record(ids.point)
    return page


def _person_refusal(editor: QWidget) -> str:
    return next(iter(editor._errors.values()), "")


def _translation(attr: str) -> Callable[[Session, Ids], Any]:
    def read(s: Session, ids: Ids) -> Any:
        found = s.scalars(select(TalkingPointTranslation).where(TalkingPointTranslation.point_id == ids.point)).first()
        return getattr(found, attr) if found else ""

    return read


EDITORS = [
    Editor("member", _member_dialog, (
        TextField("name", 200, _of(CouncilMember, "member", "name"), required=True),
        TextField("seat", 100, _of(CouncilMember, "member", "seat")),
        TextField("office", 300, _of(CouncilMember, "member", "office")),
        TextField("notes", 20_000, _of(CouncilMember, "member", "notes")),
    )),
    Editor("meeting", _meeting_dialog, (
        TextField("title", 200, _of(Meeting, "meeting", "title")),
        TextField("place", 200, _of(Meeting, "meeting", "place")),
        TextField("address", 300, _of(Meeting, "meeting", "address")),
        TextField("agenda_item", 20_000, _of(Meeting, "meeting", "agenda_item")),
        TextField("notes", 20_000, _of(Meeting, "meeting", "notes")),
    )),
    Editor("campaign settings", _settings_dialog, tuple(
        TextField(attr, limit, _of(CampaignSettings, "", attr)) for attr, limit in (
            ("campaign_name", 200), ("ordinance_name", 200), ("organization", 200), ("coordinator_name", 200),
            ("ask", 2000), ("ask_es", 2000),
        )
    )),
    Editor("stance", _stance_dialog, (TextField("source", 5000, _newest(StanceRecord, "source")),)),
    Editor("interaction", _interaction_dialog, (
        TextField("summary", 20_000, _newest(Interaction, "summary"), required=True),
        TextField("team_members", 300, _newest(Interaction, "team_members")),
    )),
    Editor("person", _person_editor, (
        *(TextField(attr, limit, _of(Person, "person", attr)) for attr, limit in (
            ("first_name", 200), ("last_name", 200), ("preferred_name", 200), ("pronouns", 40), ("ward", 100),
        )),
        TextField("notes", 20_000, _of(Person, "person", "notes")),
    ), widget=lambda editor, attr: editor.notes if attr == "notes" else editor.fields[attr],
        save=lambda editor: editor.save(), refusal=_person_refusal),
    Editor("talking point", _points_page, (
        TextField("title_edit", 200, _of(TalkingPoint, "point", "title"), required=True),
        TextField("summary_edit", 20_000, _of(TalkingPoint, "point", "summary")),
        TextField("body_edit", 20_000, _of(TalkingPoint, "point", "body")),
        TextField("sources_edit", 20_000, _of(TalkingPoint, "point", "sources")),
        TextField("es_title_edit", 200, _translation("title")),
        TextField("es_summary_edit", 20_000, _translation("summary")),
        TextField("es_body_edit", 20_000, _translation("body")),
    ), widget=lambda page, attr: getattr(page.editor, attr),
        save=lambda page: page.save(), refusal=lambda page: page.status_label.text()),
]
# A person whose every name field is emptied has no name at all.
PERSON_NAMES = ("first_name", "last_name", "preferred_name")


def paste(widget: QWidget, value: str) -> str:
    """Replace the widget's text as Ctrl+A, Ctrl+V would; what the widget then holds."""
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        widget.insert(value)
        return widget.text()
    assert isinstance(widget, QPlainTextEdit)
    widget.selectAll()
    widget.insertPlainText(value)
    return widget.toPlainText()


def held_by(item: Item, widget: QWidget) -> str:
    """What the corpus says a widget holds once the item is pasted."""
    gui = item.expect.get("gui", {})
    return gui.get("multi_line" if isinstance(widget, QPlainTextEdit) else "single_line", item.value)


def expected_outcomes(editor: Editor, item: Item, typed: dict[str, str]):  # noqa: ANN201
    outcomes = {}
    for field in editor.fields:
        as_typed = Item(item.id, item.kind, typed[field.attr], dict(item.expect, saved=_saved_of(item, typed[field.attr])))
        outcomes[field.attr] = in_text_field(as_typed, field.max_length, required=field.required,
                                             empty_refusal=field.empty_refusal)
    if editor.name == "person" and not any(outcomes[n].saves and outcomes[n].value for n in PERSON_NAMES):
        outcomes["first_name"] = outcomes["first_name"].__class__(False, refusal="at least a first or last name")
    return outcomes


def _saved_of(item: Item, typed: str) -> str | None:
    """The corpus's saved value, or for text a widget changed, that text as the services save it."""
    if typed == item.value:
        return item.saved
    return item.expect.get("gui", {}).get("saved", typed.strip())


def _refusal_shown(editor: Editor, widget: QWidget) -> str:
    if editor.refusal is not None:
        return editor.refusal(widget)
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible() and w.objectName() == "errorMessage"]
    text = boxes[-1].text() if boxes else ""
    for box in boxes:
        box.close()
    return text


def _snapshot(ctx: AppContext, ids: Ids, editor: Editor) -> tuple:
    with ctx.session() as s:
        counts = tuple(s.scalar(select(func.count()).select_from(m)) for m in (StanceRecord, Interaction, Person))
        return counts, tuple(field.read(s, ids) for field in editor.fields)


@pytest.mark.parametrize("editor", EDITORS, ids=[e.name for e in EDITORS])
@pytest.mark.parametrize("item", params("text"))
def test_pasting_into_every_field_saves_or_says_why_not(qtbot, gui, editor: Editor, item: Item) -> None:
    ctx, ids = gui
    widget = editor.open(ctx, ids)
    qtbot.addWidget(widget)
    if editor.save is None:
        widget.open()
    before = _snapshot(ctx, ids, editor)
    typed = {}
    for field in editor.fields:
        target = editor.widget(widget, field.attr)
        typed[field.attr] = paste(target, item.value)
        assert typed[field.attr] == held_by(item, target), field.attr
    outcomes = expected_outcomes(editor, item, typed)
    refused = [attr for attr, o in outcomes.items() if not o.saves]

    saved = editor.save(widget) if editor.save is not None else (widget.accept() or not widget.isVisible())
    assert errors.crash_dialog() is None
    if refused:
        message = _refusal_shown(editor, widget)
        assert not saved, f"saved although {refused} should refuse"
        assert any(outcomes[a].refusal in message for a in refused), message
        assert one_sentence(message), message
        assert _snapshot(ctx, ids, editor) == before  # nothing changed
    else:
        assert saved, _refusal_shown(editor, widget)
        with ctx.session() as s:
            got = {field.attr: field.read(s, ids) for field in editor.fields}
        assert got == {attr: o.value for attr, o in outcomes.items()}
    if editor.save is None and widget.isVisible():
        widget.done(0)
    discard = getattr(widget, "discard_pending", None)
    if discard is not None:
        discard()


@pytest.mark.parametrize("item", params("number"))
def test_typing_a_number_into_the_minutes_box_saves_what_the_box_shows(qtbot, gui, item: Item) -> None:
    from organizer.gui.dialogs.meeting_editor import MeetingEditorDialog

    ctx, ids = gui
    with ctx.session() as s:
        meetings.update_meeting(s, ids.meeting, {"minutes_per_speaker": 3})
    dialog = MeetingEditorDialog(ctx, ids.meeting)
    qtbot.addWidget(dialog)
    dialog.open()
    box = dialog.minutes_per_speaker
    box.selectAll()
    qtbot.keyClicks(box, item.value)
    box.interpretText()
    expected = item.expect["spin"]
    shown = 3 if expected is None else expected
    assert box.value() == shown
    dialog.accept()
    assert errors.crash_dialog() is None and not dialog.isVisible()
    with ctx.session() as s:
        assert s.get(Meeting, ids.meeting).minutes_per_speaker == (shown or None)


@pytest.mark.parametrize("item", [p for p in params("time") if "T" in p.values[0].value])
def test_a_meeting_at_a_clock_change_saves_the_moment_the_corpus_says(qtbot, gui, item: Item) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate, QTime

    from organizer.gui.dialogs.meeting_editor import MeetingEditorDialog

    ctx, ids = gui
    local = dt.datetime.strptime(item.value.split(" ")[0], "%Y-%m-%dT%H:%M")
    dialog = MeetingEditorDialog(ctx, ids.meeting)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog._current_body().timezone == item.value.split(" ")[1]
    dialog.date.setDate(QDate(local.year, local.month, local.day))
    dialog.time.setTime(QTime(local.hour, local.minute))
    dialog.accept()
    assert errors.crash_dialog() is None and not dialog.isVisible()
    # The same moment the calendar import keeps ("kept, ...: 2027-03-14 08:30 UTC ...").
    expected = dt.datetime.strptime(item.expect["ics"].split(": ")[1].split(" (")[0], "%Y-%m-%d %H:%M UTC")
    with ctx.session() as s:
        assert s.get(Meeting, ids.meeting).starts_at.replace(tzinfo=None) == expected
