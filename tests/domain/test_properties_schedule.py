"""Properties of meetings generated from a council's regular schedule, across DST changes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from organizer.domain.rules.schedule import meeting_dates, meeting_times, parse_weeks
from organizer.errors import ValidationError

# DST forwards and back, southern-hemisphere DST, half-hour and 45-minute offsets, none.
ZONES = ["America/Chicago", "Europe/London", "Australia/Sydney", "America/St_Johns",
         "Pacific/Chatham", "Asia/Kolkata", "America/Phoenix", "UTC"]  # fmt: skip

weekdays = st.integers(0, 6)
week_lists = st.lists(st.sampled_from(["1", "2", "3", "4", "5", "-1", "-2", "last", "2nd", "4th"]), max_size=4)
weeks_text = week_lists.map(",".join)
days = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))
# Early-morning times fall in the hour some zones skip or repeat.
clock = st.tuples(st.sampled_from([0, 1, 2, 3, 12, 18, 19, 23]), st.sampled_from([0, 15, 30, 45]))


@st.composite
def ranges(draw, max_days=800) -> tuple[dt.date, dt.date]:
    start = draw(days)
    return start, start + dt.timedelta(days=draw(st.integers(0, max_days)))


@given(weekdays, weeks_text, ranges())
def test_dates_fall_on_the_weekday_inside_the_range_in_order(weekday, weeks, span) -> None:
    start, end = span
    dates = meeting_dates(weekday, weeks, start, end)
    assert all(d.weekday() == weekday and start <= d <= end for d in dates)
    assert dates == sorted(set(dates))


@given(weekdays, weeks_text, ranges(), st.data())
def test_splitting_the_range_gives_the_same_meetings(weekday, weeks, span, data) -> None:
    start, end = span
    cut = start + dt.timedelta(days=data.draw(st.integers(0, (end - start).days)))
    whole = meeting_dates(weekday, weeks, start, end)
    parts = meeting_dates(weekday, weeks, start, cut) + (
        meeting_dates(weekday, weeks, cut + dt.timedelta(days=1), end) if cut < end else []
    )
    assert whole == parts


@given(weekdays, weeks_text, st.integers(2020, 2030), st.integers(1, 12))
def test_the_nth_weekday_is_in_the_nth_seven_days_from_either_end(weekday, weeks, year, month) -> None:
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    dates = meeting_dates(weekday, weeks, first, last)
    wanted = parse_weeks(weeks) or (1, 2, 3, 4, 5)  # nothing listed: every week

    def week(d: dt.date, n: int) -> bool:  # "2nd" is days 8-14; "last" the final seven days
        return (d.day - 1) // 7 + 1 == n if n > 0 else (last.day - d.day) // 7 + 1 == -n

    month_days = [first + dt.timedelta(days=i) for i in range(last.day)]
    for n in wanted:
        expected = [d for d in month_days if d.weekday() == weekday and week(d, n)]
        assert len(expected) <= 1
        assert set(expected) <= set(dates)  # a week that has this weekday has its meeting
    assert all(any(week(d, n) for n in wanted) for d in dates)  # and no meeting in another week


def _exists(local: dt.datetime, zone: ZoneInfo) -> bool:
    """Whether some instant shows ``local`` on the zone's clocks (one in the spring gap does not)."""
    offsets = {zone.utcoffset(local.replace(hour=0, minute=0) + dt.timedelta(days=k)) for k in (-1, 0, 1)}
    return any(
        (local - offset).replace(tzinfo=dt.UTC).astimezone(zone).replace(tzinfo=None) == local for offset in offsets
    )


@given(weekdays, weeks_text, clock, st.sampled_from(ZONES), ranges(max_days=400))
# 2nd Sunday of March 2026, 2:30 am in Chicago: a time the clocks skip that night.
@example(6, "2", (2, 30), "America/Chicago", (dt.date(2026, 3, 1), dt.date(2026, 3, 31)))
# 1st Sunday of November 2026, 1:30 am: a time the clocks show twice; the first is meant.
@example(6, "1", (1, 30), "America/Chicago", (dt.date(2026, 11, 1), dt.date(2026, 11, 30)))
def test_the_wall_clock_time_holds_across_daylight_saving(weekday, weeks, at, zone_name, span) -> None:
    hour, minute = at
    zone = ZoneInfo(zone_name)
    times = meeting_times(weekday, weeks, f"{hour:02d}:{minute:02d}", zone_name, *span)
    assert [t.tzinfo for t in times] == [dt.UTC] * len(times)
    assert times == sorted(times)
    for when, day in zip(times, meeting_dates(weekday, weeks, *span), strict=True):
        local = when.astimezone(zone)
        wanted = dt.datetime.combine(day, dt.time(hour, minute))
        if _exists(wanted, zone):
            assert local.replace(tzinfo=None) == wanted  # the council's clock, whatever the season
        else:
            # The hour skipped in spring: read with the offset before the change, so later.
            assert local.date() == day and local.replace(tzinfo=None) > wanted


@given(st.text(max_size=20))
def test_any_weeks_text_is_read_or_refused_with_a_sentence(text) -> None:
    try:
        weeks = parse_weeks(text)
    except ValidationError as exc:
        assert str(exc).endswith(".")
        return
    assert all(1 <= abs(n) <= 5 for n in weeks) and len(weeks) == len(set(weeks))


def test_a_typo_in_the_year_is_refused_rather_than_generating_centuries() -> None:
    with pytest.raises(ValidationError, match="20 years or less"):
        meeting_dates(0, "", dt.date(2026, 1, 1), dt.date(2999, 1, 1))
