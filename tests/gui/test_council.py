"""The council page: members by body, a member's page, and recording what they said."""

from __future__ import annotations

import datetime as dt

import pytest
from _meeting_fixtures import body_id, recording_context
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from organizer.domain.enums import InteractionKind, Stance, StanceSource
from organizer.domain.models import CouncilMember, Interaction, StanceRecord
from organizer.gui.models.members_model import COL_CONTACT, COL_STANCE, MembersModel, member_rows
from organizer.gui.pages.council import CouncilPage
from organizer.services import council
from organizer.services.demo import load_demo

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(qapp, db, tmp_path, monkeypatch):
    with db.session() as session:
        load_demo(session)
    yield from recording_context(db, tmp_path, monkeypatch)


@pytest.fixture
def page(qtbot, ctx):
    widget = CouncilPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    return widget


def member_named(db, name: str) -> CouncilMember:
    with db.session() as session:
        return session.scalars(select(CouncilMember).where(CouncilMember.name == name)).one()


def whip_yes(db, body: int) -> int:
    with db.session() as session:
        return next(c for c in council.whip_counts(session) if c.body_id == body).counts[Stance.YES]


def test_members_per_body_with_stance_and_last_contact(page, db):
    bloomington, normal = body_id(db, "Bloomington"), body_id(db, "Normal")
    assert page.body_tabs.count() == 2
    page.body_tabs.setCurrentIndex([b[0] for b in page._bodies].index(bloomington))
    rows = page.model.rows()
    assert len(rows) == 10 and {r.body_id for r in rows} == {bloomington}
    assert rows[0].seat == "Mayor"
    hale = member_named(db, "Marcus Hale")
    assert page.displayed_stance(hale.id) == "Yes"
    row = page.model.row_of(hale.id)
    assert page.model.index(row, COL_STANCE).data(Qt.ItemDataRole.DecorationRole) is not None  # colour too
    assert page.model.index(row, COL_CONTACT).data() != "never"
    page.body_tabs.setCurrentIndex([b[0] for b in page._bodies].index(normal))
    assert {r.body_id for r in page.model.rows()} == {normal}
    assert page.whip.count().body_id == normal


def test_member_page_shows_history_contacts_and_points(page, db):
    lindqvist = member_named(db, "Karen Lindqvist")  # concerned about federal funding, legal liability
    page.show_record(lindqvist.id)
    panel = page.panel
    assert panel.member_id == lindqvist.id
    assert panel.history.rowCount() == 3
    assert panel.history.item(0, 1).text() == "Leaning no" and panel.history.item(0, 3).text() == "In public"
    assert panel.contacts.rowCount() >= 1
    assert panel.points.count() >= 1
    assert "federal funding" in panel.concerns.text()
    with db.session() as session:
        answering = {p.title for p in council.points_answering(session, ["federal funding", "legal liability"])}
    shown = {panel.points.item(i).text().split("\n")[0] for i in range(panel.points.count())}
    assert shown == answering


def test_record_a_stance_in_two_clicks_and_a_sentence(qtbot, page, ctx, db):
    vandermolen = member_named(db, "Greg Vandermolen")  # undecided
    bloomington = vandermolen.body_id
    yes_before = whip_yes(db, bloomington)
    page.show_record(vandermolen.id)
    assert page.whip.count().counts[Stance.YES] == yes_before

    qtbot.mouseClick(page.panel.stance_button, Qt.MouseButton.LeftButton)  # click one
    dialog = page.panel.open_dialog
    assert dialog is not None and dialog.selected_stance() == Stance.UNDECIDED  # current stance preselected
    yes = dialog.stance_buttons[Stance.YES]
    # A radio button takes clicks on its circle and label, not the empty cell beside them.
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton, pos=QPoint(6, yes.height() // 2))  # click two
    qtbot.keyClicks(dialog.source, "Told Beth after church he will vote yes")
    qtbot.keyClick(dialog.source, Qt.Key.Key_Return)

    with db.session() as session:
        record = session.scalars(
            select(StanceRecord).where(StanceRecord.member_id == vandermolen.id).order_by(StanceRecord.id.desc())
        ).first()
        assert record.stance == Stance.YES
        assert record.source == "Told Beth after church he will vote yes"
        assert record.source_kind == StanceSource.PRIVATE_MEETING and not record.is_public
        assert record.recorded_on == dt.date.today()
    assert whip_yes(db, bloomington) == yes_before + 1
    assert page.whip.count().counts[Stance.YES] == yes_before + 1
    assert page.displayed_stance(vandermolen.id) == "Yes"
    assert page.panel.badge.stance() == Stance.YES
    assert page.panel.history.item(0, 4).text() == "Told Beth after church he will vote yes"
    assert ctx.errors == []


def test_public_box_follows_the_source_kind(qtbot, page, db):
    page.show_record(member_named(db, "Greg Vandermolen").id)
    dialog = page.panel.record_stance()
    assert not dialog.is_public.isChecked()
    dialog.source_kind.setCurrentIndex(dialog.source_kind.findData(StanceSource.PUBLIC_STATEMENT.value))
    assert dialog.is_public.isChecked()
    dialog.reject()


def test_log_a_contact_with_a_follow_up(qtbot, page, ctx, db):
    okafor = member_named(db, "Samuel Okafor")
    page.show_record(okafor.id)
    qtbot.mouseClick(page.panel.contact_button, Qt.MouseButton.LeftButton)
    dialog = page.panel.open_dialog
    call = dialog.kind_buttons[InteractionKind.CALL]
    qtbot.mouseClick(call, Qt.MouseButton.LeftButton, pos=QPoint(6, call.height() // 2))
    dialog.follow_up.enabled.setChecked(True)
    qtbot.keyClicks(dialog.summary, "Wants the crime-victim numbers by Friday")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)

    with db.session() as session:
        latest = session.scalars(
            select(Interaction).where(Interaction.member_id == okafor.id).order_by(Interaction.id.desc())
        ).first()
        assert latest.kind == InteractionKind.CALL
        assert latest.summary == "Wants the crime-victim numbers by Friday"
        assert latest.follow_up_on == dt.date.today() + dt.timedelta(days=7)
    row = page.model.row_of(okafor.id)
    assert page.model.row_at(row).last_contact == dt.date.today()
    contacts = page.panel.contacts
    assert contacts.item(0, 3).text() == "Wants the crime-victim numbers by Friday"

    contacts.item(0, 5).setCheckState(Qt.CheckState.Checked)  # the follow-up is done
    with db.session() as session:
        assert session.get(Interaction, latest.id).follow_up_done
    qtbot.waitUntil(lambda: page.panel.contacts.item(0, 5).text() == "Done")
    assert ctx.errors == []


def test_empty_summary_is_refused_with_a_sentence(qtbot, page, ctx, db):
    page.show_record(member_named(db, "Samuel Okafor").id)
    dialog = page.panel.log_contact()
    dialog.accept()
    assert "cannot be empty" in str(ctx.errors[-1].exc)
    assert dialog.isVisible()
    dialog.reject()


def test_edit_member_details_and_conflict(qtbot, page, ctx, db):
    marsh = member_named(db, "Colleen Marsh")
    page.show_record(marsh.id)
    dialog = page.panel.edit_member()
    dialog.concerns.setText("Public Safety, cost ,  cost")
    dialog.phone.setText("309 555 0199")
    dialog.accept()
    with db.session() as session:
        saved = session.get(CouncilMember, marsh.id)
        assert saved.concerns == ["public safety", "cost"]
        assert saved.phone == "+13095550199"
    assert "public safety, cost" in page.model.index(page.model.row_of(marsh.id), 5).data()

    dialog = page.panel.edit_member()
    with db.session() as session:  # another window saves first
        council.update_member(session, marsh.id, {"office": "Uptown Station, room 2"})
    dialog.seat.setText("At-large seat")
    dialog.accept()
    assert "Someone else changed" in dialog.conflict_box.text()  # reload, keep mine, or keep editing
    dialog.conflict_box.reload_button.click()
    assert dialog.office.text() == "Uptown Station, room 2"
    failures = len(ctx.errors)
    dialog.seat.setText("At-large seat")
    dialog.accept()
    assert len(ctx.errors) == failures
    with db.session() as session:
        saved = session.get(CouncilMember, marsh.id)
        assert (saved.seat, saved.office) == ("At-large seat", "Uptown Station, room 2")


def test_members_model_passes_the_model_tester(qtmodeltester, db, ctx):
    with db.session() as session:
        rows = member_rows(council.list_members(session), council.last_contacts(session))
    model = MembersModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
