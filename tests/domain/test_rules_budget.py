import datetime as dt

import pytest

from organizer.domain.enums import SignupStatus
from organizer.domain.rules.budget import speakers_that_fit, speaking_budget
from organizer.domain.rules.inputs import BudgetInput, SlotInput

START = dt.datetime(2026, 3, 9, 23, 0, tzinfo=dt.UTC)  # 6 pm in Bloomington


def slots(*minutes, status=SignupStatus.CONFIRMED):
    return tuple(SlotInput(signup_id=i, status=status, minutes=m) for i, m in enumerate(minutes, 1))


def budget(signups=(), cap=3, window=30, deadline=None, now=START - dt.timedelta(days=1)):
    meeting = BudgetInput(
        starts_at=START,
        minutes_per_speaker=cap,
        window_minutes=window,
        signup_deadline_minutes=deadline,
        signups=tuple(signups),
    )
    return speaking_budget(meeting, now)


def test_minutes_used_and_left_with_default_and_own_minutes():
    b = budget(slots(None, None, 2), cap=3, window=30)
    assert b.minutes_used == 8
    assert b.minutes_left == 22
    assert b.over_window is False
    assert b.speakers_fit == 10
    assert b.more_speakers_fit == 7
    assert b.active_signups == 3


def test_only_active_signups_take_time():
    signups = slots(3, 3) + (
        SlotInput(10, SignupStatus.WAITLISTED, 3),
        SlotInput(11, SignupStatus.DECLINED, 3),
        SlotInput(12, SignupStatus.CANCELLED, 3),
        SlotInput(13, SignupStatus.NO_SHOW, 3),
        SlotInput(14, SignupStatus.SPOKE, 3),
        SlotInput(15, SignupStatus.CHECKED_IN, 3),
        SlotInput(16, SignupStatus.INVITED, 3),
    )
    b = budget(signups)
    assert b.active_signups == 5
    assert b.minutes_used == 15


def test_over_window():
    b = budget(slots(3, 3, 3, 3), cap=3, window=10)
    assert b.over_window is True
    assert b.minutes_used == 12
    assert b.minutes_left == 0
    assert b.minutes_over == 2
    assert b.more_speakers_fit == 0


def test_exactly_filling_the_window_is_not_over():
    b = budget(slots(3, 3, 3), cap=3, window=9)
    assert b.over_window is False
    assert b.minutes_left == 0


def test_unlimited_window():
    b = budget(slots(3, 3), cap=3, window=None)
    assert b.minutes_left is None
    assert b.over_window is False
    assert b.speakers_fit is None
    assert b.more_speakers_fit is None
    assert b.minutes_used == 6


def test_no_cap_counts_own_minutes_and_flags_untimed_speakers():
    b = budget(slots(5, None, 4), cap=None, window=30)
    assert b.minutes_per_speaker is None
    assert b.minutes_used == 9
    assert b.untimed_signup_ids == (2,)
    assert b.over_cap_signup_ids == ()
    assert b.speakers_fit is None


def test_speakers_over_the_cap():
    b = budget(slots(3, 5, 2, 4), cap=3)
    assert b.over_cap_signup_ids == (2, 4)


def test_speakers_that_fit():
    assert speakers_that_fit(30, 3) == 10
    assert speakers_that_fit(31, 3) == 10
    assert speakers_that_fit(2, 3) == 0
    assert speakers_that_fit(None, 3) is None
    assert speakers_that_fit(30, None) is None
    assert speakers_that_fit(30, 0) is None


def test_deadline_before_start():
    now = START - dt.timedelta(hours=3)
    b = budget(deadline=120, now=now)
    assert b.deadline == START - dt.timedelta(hours=2)
    assert b.deadline.tzinfo is not None
    assert b.deadline_passed is False
    assert b.time_to_deadline == dt.timedelta(hours=1)


def test_deadline_exactly_now_has_passed():
    b = budget(deadline=60, now=START - dt.timedelta(minutes=60))
    assert b.deadline_passed is True
    assert b.time_to_deadline == dt.timedelta(0)


def test_one_second_before_the_deadline_is_still_open():
    b = budget(deadline=60, now=START - dt.timedelta(minutes=60, seconds=1))
    assert b.deadline_passed is False
    assert b.time_to_deadline == dt.timedelta(seconds=1)


def test_deadline_long_passed_reports_no_negative_time():
    b = budget(deadline=60, now=START + dt.timedelta(days=2))
    assert b.deadline_passed is True
    assert b.time_to_deadline == dt.timedelta(0)


def test_no_deadline():
    b = budget(deadline=None, now=START + dt.timedelta(days=2))
    assert b.deadline is None
    assert b.deadline_passed is False
    assert b.time_to_deadline is None


def test_deadline_compares_instants_across_time_zones():
    chicago = dt.timezone(dt.timedelta(hours=-5))
    now = (START - dt.timedelta(minutes=30)).astimezone(chicago)
    b = budget(deadline=60, now=now)
    assert b.deadline_passed is True


def test_naive_now_is_refused():
    with pytest.raises(ValueError):
        budget(now=dt.datetime(2026, 3, 9, 12, 0))


def test_to_dict():
    import json

    b = budget(slots(3, 4), cap=3, window=30, deadline=60, now=START - dt.timedelta(hours=2))
    d = b.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["deadline"] == "2026-03-09T22:00:00+00:00"
    assert d["seconds_to_deadline"] == 3600
    assert d["over_cap_signup_ids"] == [2]
    assert d["minutes_used"] == 7
