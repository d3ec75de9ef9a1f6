"""A meeting's public-comment time budget and sign-up deadline.

Only sign-ups in ``ACTIVE_SIGNUP_STATUSES`` take time. A sign-up with no minutes of its
own gets the per-speaker limit; when there is no limit either, its length is unknown and
it is listed in ``untimed_signup_ids`` rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from organizer.domain.enums import ACTIVE_SIGNUP_STATUSES
from organizer.domain.rules.inputs import BudgetInput, SlotInput


def require_aware(value: dt.datetime, what: str) -> None:
    # A naive datetime here is a programming error, not user input: mixing naive and
    # aware times would silently shift deadlines by the UTC offset.
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be an aware datetime")


def slot_minutes(slot: SlotInput, minutes_per_speaker: int | None) -> int | None:
    return slot.minutes if slot.minutes is not None else minutes_per_speaker


def speakers_that_fit(window_minutes: int | None, minutes_per_speaker: int | None) -> int | None:
    """How many full-length speakers the window holds; None when there is no limit to it."""
    if window_minutes is None or not minutes_per_speaker or minutes_per_speaker <= 0:
        return None
    return max(0, window_minutes) // minutes_per_speaker


def signup_deadline(starts_at: dt.datetime, deadline_minutes: int | None) -> dt.datetime | None:
    require_aware(starts_at, "starts_at")
    if deadline_minutes is None:
        return None
    return starts_at - dt.timedelta(minutes=deadline_minutes)


@dataclass(frozen=True)
class SpeakingBudget:
    minutes_per_speaker: int | None  # the per-speaker cap; None: no cap
    window_minutes: int | None  # None: unlimited
    active_signups: int
    minutes_used: int
    minutes_left: int | None  # never negative; None when the window is unlimited
    minutes_over: int  # how far the sign-ups run past the window
    over_window: bool
    speakers_fit: int | None  # full-length speakers the window holds; None: no limit known
    more_speakers_fit: int | None  # full-length speakers that still fit
    over_cap_signup_ids: tuple[int, ...]  # asked for more minutes than the cap
    untimed_signup_ids: tuple[int, ...]  # no minutes and no cap: length unknown
    deadline: dt.datetime | None  # when sign-up closes; None: no deadline
    deadline_passed: bool
    time_to_deadline: dt.timedelta | None  # zero once passed; None: no deadline

    def to_dict(self) -> dict[str, Any]:
        return {
            "minutes_per_speaker": self.minutes_per_speaker,
            "window_minutes": self.window_minutes,
            "active_signups": self.active_signups,
            "minutes_used": self.minutes_used,
            "minutes_left": self.minutes_left,
            "minutes_over": self.minutes_over,
            "over_window": self.over_window,
            "speakers_fit": self.speakers_fit,
            "more_speakers_fit": self.more_speakers_fit,
            "over_cap_signup_ids": list(self.over_cap_signup_ids),
            "untimed_signup_ids": list(self.untimed_signup_ids),
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_passed": self.deadline_passed,
            "seconds_to_deadline": (
                int(self.time_to_deadline.total_seconds())
                if self.time_to_deadline is not None
                else None
            ),
        }


def speaking_budget(meeting: BudgetInput, now: dt.datetime) -> SpeakingBudget:
    require_aware(now, "now")
    cap = meeting.minutes_per_speaker
    window = meeting.window_minutes
    active = [s for s in meeting.signups if s.status in ACTIVE_SIGNUP_STATUSES]

    used = 0
    untimed: list[int] = []
    over_cap: list[int] = []
    for slot in active:
        minutes = slot_minutes(slot, cap)
        if minutes is None:
            untimed.append(slot.signup_id)
            continue
        used += minutes
        if cap is not None and minutes > cap:
            over_cap.append(slot.signup_id)

    fit = speakers_that_fit(window, cap)
    if window is None:
        left, over = None, 0
        more_fit = None
    else:
        left, over = max(0, window - used), max(0, used - window)
        more_fit = speakers_that_fit(left, cap)

    deadline = signup_deadline(meeting.starts_at, meeting.signup_deadline_minutes)
    # Sign-up closes *at* the deadline: at that very moment it has passed.
    passed = deadline is not None and now >= deadline
    if deadline is None:
        to_deadline = None
    else:
        to_deadline = max(dt.timedelta(0), deadline - now)

    return SpeakingBudget(
        minutes_per_speaker=cap,
        window_minutes=window,
        active_signups=len(active),
        minutes_used=used,
        minutes_left=left,
        minutes_over=over,
        over_window=over > 0,
        speakers_fit=fit,
        more_speakers_fit=more_fit,
        over_cap_signup_ids=tuple(over_cap),
        untimed_signup_ids=tuple(untimed),
        deadline=deadline,
        deadline_passed=passed,
        time_to_deadline=to_deadline,
    )
