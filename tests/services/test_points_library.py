"""The talking-point services the library page relies on: usage counts, safe delete, translations."""

from __future__ import annotations

import datetime as dt

import pytest

from organizer.domain.enums import PointCategory
from organizer.domain.models import TalkingPoint
from organizer.errors import ConflictError, ValidationError
from organizer.services import council, deletion, meetings, people, points, signups

pytestmark = pytest.mark.storage


def _point(session, title="Bus fares") -> TalkingPoint:
    return points.create_point(session, title, PointCategory.WHY_IT_MATTERS, body="We ride the bus.")


def _give_to_a_speaker(session, point_id: int) -> None:
    body = council.find_body(session, "Normal")
    meeting = meetings.create_meeting(session, body.id, dt.datetime(2031, 5, 5, 23, 0, tzinfo=dt.UTC))
    person = people.create_person(session, first_name="Ana")
    signups.add_signup(session, meeting.id, person.id, [point_id])


def test_assignment_counts_only_points_given_to_speakers(session):
    used, unused = _point(session, "Used"), _point(session, "Unused")
    _give_to_a_speaker(session, used.id)
    assert points.assignment_counts(session) == {used.id: 1}
    assert unused.id not in points.assignment_counts(session)


def test_a_point_in_use_cannot_be_deleted(session):
    used = _point(session)
    _give_to_a_speaker(session, used.id)
    with pytest.raises(ValidationError, match="assigned to 1 speaker.*retire it instead"):
        points.delete_unused_point(session, used.id)
    assert session.get(TalkingPoint, used.id) is not None


def test_an_unused_point_is_deleted_with_its_translation_and_restored(session):
    point = _point(session)
    point_id, version = point.id, point.version
    points.set_translation(session, point_id, "es", title="Tarifas")
    snapshot = points.delete_unused_point(session, point_id, expected_version=version)
    assert session.get(TalkingPoint, point_id) is None
    assert "Bus fares" in snapshot.description
    deletion.restore(session, snapshot)
    assert session.get(TalkingPoint, point_id).translation("es").title == "Tarifas"


def test_delete_refuses_a_stale_version(session):
    point = _point(session)
    with pytest.raises(ConflictError):
        points.delete_unused_point(session, point.id, expected_version=point.version + 1)


def test_translation_refuses_a_stale_version(session):
    point = _point(session)
    spanish = points.set_translation(session, point.id, "es", title="Tarifas")
    loaded = spanish.version
    points.set_translation(session, point.id, "es", title="Tarifas de autobús")  # someone else
    with pytest.raises(ConflictError):
        points.set_translation(session, point.id, "es", title="Mine", expected_version=loaded)


def test_translation_removed_by_someone_else_is_a_conflict(session):
    point = _point(session)
    loaded = points.set_translation(session, point.id, "es", title="Tarifas").version
    points.set_translation(session, point.id, "es")  # emptied: removed
    with pytest.raises(ConflictError, match="removed this translation"):
        points.set_translation(session, point.id, "es", title="Mine", expected_version=loaded)
