"""A value outside a fixed list of choices is refused with the same kind of sentence everywhere."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from organizer.domain.models import CouncilMember, Meeting, Person, Signup, TalkingPoint
from organizer.errors import ValidationError
from organizer.services import council, meetings, people, points, signups
from organizer.services.demo import load_demo

pytestmark = pytest.mark.storage

STANCES = "yes, lean_yes, undecided, lean_no, no, unknown"
STATUSES = "invited, confirmed, waitlisted, checked_in, spoke, no_show, declined, cancelled"


@pytest.fixture
def demo(session):
    load_demo(session)
    return session


def first(session, model):
    return session.scalars(select(model).order_by(model.id)).first()


def refused(call) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value


def test_council_choices(demo) -> None:
    member = first(demo, CouncilMember)
    error = refused(lambda: council.record_stance(demo, member.id, "maybe"))
    assert (str(error), error.field) == (f"“maybe” is not a stance; use one of {STANCES}.", "stance")
    error = refused(lambda: council.record_stance(demo, member.id, "yes", source_kind="rumour"))
    assert (str(error), error.field) == ("“rumour” is not a kind of source.", "source_kind")
    error = refused(lambda: council.record_interaction(demo, member.id, "carrier pigeon", "Hello"))
    assert (str(error), error.field) == ("“carrier pigeon” is not a kind of interaction.", "kind")


def test_meeting_choices(demo) -> None:
    meeting = first(demo, Meeting)
    error = refused(lambda: meetings.update_meeting(demo, meeting.id, {"overflow_policy": "coin toss"}))
    assert (str(error), error.field) == ("“coin toss” is not a valid overflow policy.", "overflow_policy")
    member = meeting.body.members[0]
    later = meeting.starts_at + dt.timedelta(days=1)
    error = refused(lambda: meetings.record_votes(demo, meeting.id, {member.id: "maybe"}, now=later))
    assert (str(error), error.field) == ("“maybe” is not a vote (yes, no, abstain or absent).", None)


def test_signup_point_and_person_choices(demo) -> None:
    signup = first(demo, Signup)
    error = refused(lambda: signups.update_signup(demo, signup.id, {"status": "gone"}))
    assert (str(error), error.field) == (f"“gone” is not a sign-up status; use one of {STATUSES}.", "status")
    error = refused(lambda: signups.update_signup(demo, signup.id, {"needs": ["jetpack"]}))
    assert (str(error), error.field) == ("“jetpack” is not a need we track.", "needs")
    point = first(demo, TalkingPoint)
    error = refused(lambda: points.update_point(demo, point.id, {"category": "gossip"}))
    assert (str(error), error.field) == ("“gossip” is not a talking-point category.", "category")
    person = first(demo, Person)
    error = refused(lambda: people.update_person(demo, person.id, {"role": "boss"}))
    assert (str(error), error.field) == ("“boss” is not a role (volunteer or team).", "role")
