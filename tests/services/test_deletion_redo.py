"""Undo and redo of a deletion never destroy or invent work done in between.

A redo deletes the snapshot's rows again, and the database's cascades would take rows added
after the undo with them; an undo inserts the old rows, which collide with a record added
again meanwhile. Both refuse with one sentence and change nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from organizer.domain.models import Meeting, Person, Signup, SignupPoint, StanceRecord
from organizer.services import council, deletion, meetings, people, points, signups
from organizer.services.deletion import REDO_REFUSED, UNDO_REFUSED, ChangedSinceUndoError
from organizer.storage.database import Database

pytestmark = pytest.mark.storage

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def lineup(db: Database) -> dict[str, int]:
    """A meeting with two speakers; the first has two talking points."""
    with db.session() as session:
        body = council.find_body(session, "Normal")
        meeting = meetings.create_meeting(session, body.id, NOW + dt.timedelta(days=6), agenda_item="Ordinance")
        later = meetings.create_meeting(session, body.id, NOW + dt.timedelta(days=20), agenda_item="Ordinance")
        a = people.create_person(session, first_name="Ana", email="ana@example.org")
        b = people.create_person(session, first_name="Ben", email="ben@example.org")
        library = points.list_points(session)
        first = signups.add_signup(session, meeting.id, a.id, [library[0].id, library[1].id])
        signups.add_signup(session, meeting.id, b.id)
        return {"meeting": meeting.id, "later": later.id, "a": a.id, "b": b.id, "signup": first.id}


def delete_and_undo(db: Database, model: type, record_id: int, what: str) -> deletion.DeletedSnapshot:
    with db.session() as session:
        snapshot = deletion.delete_with_snapshot(session, model, record_id, what)
    with db.session() as session:
        deletion.restore(session, snapshot)
    return snapshot


def count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_redo_deletes_again_when_nothing_changed_since_the_undo(db, lineup) -> None:
    snapshot = delete_and_undo(db, Person, lineup["a"], "person")
    with db.session() as session:
        assert not deletion.changed_since_restore(session, snapshot)
        deletion.delete_rows_again(session, snapshot)
    with db.session() as session:
        assert session.get(Person, lineup["a"]) is None
        assert session.get(Signup, lineup["signup"]) is None
    assert count(db, SignupPoint) == 0


def test_redo_is_refused_when_a_row_was_added_after_the_undo(db, lineup) -> None:
    snapshot = delete_and_undo(db, Person, lineup["a"], "person")
    with db.session() as session:  # after the undo: a new sign-up the cascade would take
        signups.add_signup(session, lineup["later"], lineup["a"])
    with pytest.raises(ChangedSinceUndoError) as refused, db.session() as session:
        deletion.delete_rows_again(session, snapshot)
    assert str(refused.value) == REDO_REFUSED == "That record changed after the undo, so it was not deleted again."
    with db.session() as session:
        assert session.get(Person, lineup["a"]) is not None
        assert len(people.person_signups(session, lineup["a"])) == 2
    assert count(db, SignupPoint) == 2


def test_redo_is_refused_when_the_record_was_edited_after_the_undo(db, lineup) -> None:
    snapshot = delete_and_undo(db, Person, lineup["a"], "person")
    with db.session() as session:
        people.update_person(session, lineup["a"], {"ward": "Ward 42"})
    with pytest.raises(ChangedSinceUndoError), db.session() as session:
        deletion.delete_rows_again(session, snapshot)
    with db.session() as session:
        assert session.get(Person, lineup["a"]).ward == "Ward 42"


def test_redo_is_refused_when_a_row_without_a_version_changed(db, lineup) -> None:
    snapshot = delete_and_undo(db, Person, lineup["a"], "person")
    with db.session() as session:  # talking-point links carry no version: compared whole
        first_point = points.list_points(session)[0].id
        signups.assign_points(session, lineup["signup"], [first_point])
    with pytest.raises(ChangedSinceUndoError), db.session() as session:
        deletion.delete_rows_again(session, snapshot)
    assert count(db, Signup) == 2


def test_redo_is_refused_when_a_restored_row_is_gone(db, lineup) -> None:
    snapshot = delete_and_undo(db, Person, lineup["a"], "person")
    with db.session() as session:
        session.delete(session.get(Signup, lineup["signup"]))
    with pytest.raises(ChangedSinceUndoError), db.session() as session:
        deletion.delete_rows_again(session, snapshot)
    with db.session() as session:
        assert session.get(Person, lineup["a"]) is not None


def test_redo_is_refused_when_a_link_set_back_by_the_undo_changed(db, lineup) -> None:
    with db.session() as session:
        member = council.create_member(session, council.find_body(session, "Normal").id, name="Ada Ward")
        stance = council.record_stance(session, member.id, "yes", meeting_id=lineup["meeting"])
        stance_id = stance.id
    snapshot = delete_and_undo(db, Meeting, lineup["meeting"], "meeting")
    assert any(table == "stance_records" for table, *_ in snapshot.unlinked)
    with db.session() as session:  # the stance now points at another meeting
        session.get(StanceRecord, stance_id).meeting_id = lineup["later"]
    with pytest.raises(ChangedSinceUndoError), db.session() as session:
        deletion.delete_rows_again(session, snapshot)
    with db.session() as session:
        assert session.get(StanceRecord, stance_id).meeting_id == lineup["later"]
        assert session.get(Meeting, lineup["meeting"]) is not None


def test_redo_is_refused_when_a_new_row_links_to_the_record(db, lineup) -> None:
    snapshot = delete_and_undo(db, Meeting, lineup["meeting"], "meeting")
    with db.session() as session:  # a stance recorded at the restored meeting (SET NULL link)
        member = council.create_member(session, council.find_body(session, "Normal").id, name="Ada Ward")
        council.record_stance(session, member.id, "yes", meeting_id=lineup["meeting"])
    with pytest.raises(ChangedSinceUndoError), db.session() as session:
        deletion.delete_rows_again(session, snapshot)


def test_undo_is_refused_when_the_same_record_was_added_again(db, lineup) -> None:
    with db.session() as session:
        snapshot = deletion.delete_with_snapshot(session, Signup, lineup["signup"], "sign-up")
    with db.session() as session:  # the same person signed up again meanwhile
        signups.add_signup(session, lineup["meeting"], lineup["a"])
    with pytest.raises(ChangedSinceUndoError) as refused, db.session() as session:
        deletion.restore(session, snapshot)
    assert str(refused.value) == UNDO_REFUSED
    with db.session() as session:
        assert session.get(Signup, lineup["signup"]) is None
        assert len(people.person_signups(session, lineup["a"])) == 1
