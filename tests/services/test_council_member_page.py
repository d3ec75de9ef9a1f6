"""What the council page reads: each member's last contact, and one member fully loaded."""

from __future__ import annotations

import datetime as dt

import pytest

from organizer.domain.enums import InteractionKind, Stance
from organizer.errors import NotFoundError
from organizer.services import council

pytestmark = pytest.mark.storage


def _members(session):
    bloomington = council.find_body(session, "Bloomington")
    normal = council.find_body(session, "Normal")
    a = council.create_member(session, bloomington.id, name="Ada Ward", seat="Ward 1")
    b = council.create_member(session, bloomington.id, name="Ben Ward", seat="Ward 2")
    c = council.create_member(session, normal.id, name="Cy At-large", seat="At-large")
    return bloomington, normal, a, b, c


def test_last_contacts_is_the_latest_interaction_per_member(session):
    bloomington, normal, a, b, c = _members(session)
    council.record_interaction(session, a.id, InteractionKind.CALL, "First call", occurred_on=dt.date(2026, 3, 1))
    council.record_interaction(session, a.id, InteractionKind.EMAIL, "Later email", occurred_on=dt.date(2026, 4, 2))
    council.record_interaction(session, a.id, InteractionKind.MEETING, "Entered late", occurred_on=dt.date(2026, 3, 20))
    council.record_interaction(session, c.id, InteractionKind.CALL, "Call", occurred_on=dt.date(2026, 2, 5))

    everyone = council.last_contacts(session)
    assert everyone[a.id] == dt.date(2026, 4, 2)
    assert everyone[c.id] == dt.date(2026, 2, 5)
    assert b.id not in everyone  # never contacted

    assert council.last_contacts(session, bloomington.id) == {a.id: dt.date(2026, 4, 2)}
    assert council.last_contacts(session, normal.id) == {c.id: dt.date(2026, 2, 5)}


def test_load_member_brings_history_and_contacts(session):
    _bloomington, _normal, a, _b, _c = _members(session)
    council.record_stance(session, a.id, Stance.UNDECIDED, recorded_on=dt.date(2026, 1, 5))
    council.record_stance(session, a.id, Stance.LEAN_YES, recorded_on=dt.date(2026, 2, 5))
    council.record_interaction(session, a.id, InteractionKind.CALL, "Call", occurred_on=dt.date(2026, 2, 6))
    session.expunge_all()

    member = council.load_member(session, a.id)
    session.expunge(member)  # everything the page reads is already loaded
    assert member.body.short_name == "Bloomington"
    assert [s.stance for s in member.stances] == [Stance.UNDECIDED, Stance.LEAN_YES]
    assert member.current_stance == Stance.LEAN_YES
    assert [i.summary for i in member.interactions] == ["Call"]


def test_load_member_that_does_not_exist(session):
    with pytest.raises(NotFoundError, match="no council member with id 999"):
        council.load_member(session, 999)
