"""Properties of the public-comment time budget a coordinator reads at a glance."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from organizer.domain.enums import ACTIVE_SIGNUP_STATUSES, SignupStatus
from organizer.domain.rules.budget import speakers_that_fit, speaking_budget
from organizer.domain.rules.inputs import BudgetInput, SlotInput

START = dt.datetime(2026, 12, 14, 0, 0, tzinfo=dt.UTC)
limits = st.none() | st.integers(0, 30)

slots = st.builds(
    SlotInput,
    signup_id=st.integers(1, 10_000),
    status=st.sampled_from(list(SignupStatus)),
    minutes=st.none() | st.integers(0, 60),
)
meetings = st.builds(
    BudgetInput,
    starts_at=st.just(START),
    minutes_per_speaker=limits,
    window_minutes=st.none() | st.integers(0, 240),
    signup_deadline_minutes=st.none() | st.integers(0, 7 * 24 * 60),
    signups=st.lists(slots, max_size=25).map(tuple),
)
moments = st.datetimes(
    min_value=dt.datetime(2026, 12, 1), max_value=dt.datetime(2026, 12, 20), timezones=st.just(dt.UTC)
)


@given(meetings, moments)
def test_used_left_and_over_add_up_to_the_window(meeting, now) -> None:
    budget = speaking_budget(meeting, now)
    if meeting.window_minutes is None:
        assert budget.minutes_left is None and budget.minutes_over == 0 and not budget.over_window
    else:
        assert budget.minutes_left >= 0 and budget.minutes_over >= 0
        assert budget.minutes_left - budget.minutes_over == meeting.window_minutes - budget.minutes_used
        assert budget.over_window == (budget.minutes_over > 0)


@given(meetings, moments)
def test_only_active_sign_ups_take_time(meeting, now) -> None:
    active = tuple(s for s in meeting.signups if s.status in ACTIVE_SIGNUP_STATUSES)
    assert speaking_budget(meeting, now) == speaking_budget(dataclasses.replace(meeting, signups=active), now)
    assert speaking_budget(meeting, now).active_signups == len(active)


@given(meetings, moments, st.randoms())
def test_the_order_of_sign_ups_does_not_change_the_time(meeting, now, random) -> None:
    shuffled = list(meeting.signups)
    random.shuffle(shuffled)
    a = speaking_budget(meeting, now)
    b = speaking_budget(dataclasses.replace(meeting, signups=tuple(shuffled)), now)
    assert (a.minutes_used, a.minutes_left, a.minutes_over) == (b.minutes_used, b.minutes_left, b.minutes_over)
    assert sorted(a.untimed_signup_ids) == sorted(b.untimed_signup_ids)


@given(meetings, moments, st.integers(1, 60))
def test_one_more_speaker_never_frees_time(meeting, now, minutes) -> None:
    more = dataclasses.replace(meeting, signups=(*meeting.signups, SlotInput(99_999, SignupStatus.INVITED, minutes)))
    before, after = speaking_budget(meeting, now), speaking_budget(more, now)
    assert after.minutes_used == before.minutes_used + minutes
    if before.minutes_left is not None:
        assert after.minutes_left <= before.minutes_left
        assert after.minutes_over >= before.minutes_over


@given(st.none() | st.integers(-10, 240), limits)
def test_speakers_that_fit_fill_the_window_and_one_more_would_not(window, cap) -> None:
    fit = speakers_that_fit(window, cap)
    if window is None or not cap:
        assert fit is None
    else:
        assert fit * cap <= max(0, window) < (fit + 1) * cap


@given(meetings, moments)
def test_sign_up_closes_at_the_deadline_and_the_countdown_agrees(meeting, now) -> None:
    budget = speaking_budget(meeting, now)
    if meeting.signup_deadline_minutes is None:
        assert budget.deadline is None and budget.time_to_deadline is None and not budget.deadline_passed
        return
    assert budget.deadline == START - dt.timedelta(minutes=meeting.signup_deadline_minutes)
    assert budget.deadline_passed == (now >= budget.deadline)
    assert budget.time_to_deadline >= dt.timedelta(0)
    if not budget.deadline_passed:
        assert now + budget.time_to_deadline == budget.deadline
    else:
        assert budget.time_to_deadline == dt.timedelta(0)
