import datetime as dt

import pytest

from organizer.domain.rules.schedule import (
    describe_schedule,
    meeting_dates,
    meeting_times,
    ordinal,
    parse_weeks,
)
from organizer.errors import ValidationError

UTC = dt.UTC


def test_second_and_fourth_mondays_across_spring_dst_change():
    # DST starts Sunday 8 March 2026 in Chicago: 6 pm is 00:00 UTC before, 23:00 UTC after.
    times = meeting_times(
        0, "2,4", "18:00", "America/Chicago", dt.date(2026, 2, 1), dt.date(2026, 3, 31)
    )
    assert times == [
        dt.datetime(2026, 2, 10, 0, 0, tzinfo=UTC),
        dt.datetime(2026, 2, 24, 0, 0, tzinfo=UTC),
        dt.datetime(2026, 3, 9, 23, 0, tzinfo=UTC),
        dt.datetime(2026, 3, 23, 23, 0, tzinfo=UTC),
    ]
    assert all(t.tzinfo is UTC for t in times)


def test_november_dst_change_keeps_the_wall_clock():
    # DST ends Sunday 1 November 2026: 6 pm is 23:00 UTC before, 00:00 UTC (next day) after.
    times = meeting_times(
        0, "1,3", "18:00", "America/Chicago", dt.date(2026, 10, 1), dt.date(2026, 11, 30)
    )
    assert times == [
        dt.datetime(2026, 10, 5, 23, 0, tzinfo=UTC),
        dt.datetime(2026, 10, 19, 23, 0, tzinfo=UTC),
        dt.datetime(2026, 11, 3, 0, 0, tzinfo=UTC),
        dt.datetime(2026, 11, 17, 0, 0, tzinfo=UTC),
    ]


def test_meeting_on_the_night_of_the_change():
    # Sunday meetings on the change days themselves.
    spring = meeting_times(
        6, "2", "18:00", "America/Chicago", dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    )
    assert spring == [dt.datetime(2026, 3, 8, 23, 0, tzinfo=UTC)]
    autumn = meeting_times(
        6, "1", "18:00", "America/Chicago", dt.date(2026, 11, 1), dt.date(2026, 11, 1)
    )
    assert autumn == [dt.datetime(2026, 11, 2, 0, 0, tzinfo=UTC)]


def test_range_is_inclusive_of_both_ends():
    dates = meeting_dates(0, "2,4", dt.date(2026, 2, 9), dt.date(2026, 2, 23))
    assert dates == [dt.date(2026, 2, 9), dt.date(2026, 2, 23)]
    assert meeting_dates(0, "2,4", dt.date(2026, 2, 10), dt.date(2026, 2, 22)) == []


def test_last_week_and_fifth_week():
    last = meeting_dates(1, "last", dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert last == [dt.date(2026, 1, 27), dt.date(2026, 2, 24), dt.date(2026, 3, 31)]
    assert meeting_dates(1, "-1", dt.date(2026, 1, 1), dt.date(2026, 3, 31)) == last
    # Only some months have a 5th Friday.
    fifth = meeting_dates(4, "5", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert fifth == [
        dt.date(2026, 1, 30),
        dt.date(2026, 5, 29),
        dt.date(2026, 7, 31),
        dt.date(2026, 10, 30),
    ]


def test_fourth_and_last_on_the_same_day_give_one_meeting():
    # February 2026 has exactly four Mondays.
    assert meeting_dates(0, "4,last", dt.date(2026, 2, 1), dt.date(2026, 2, 28)) == [
        dt.date(2026, 2, 23)
    ]


def test_empty_weeks_means_every_week():
    assert meeting_dates(2, "", dt.date(2026, 4, 1), dt.date(2026, 4, 30)) == [
        dt.date(2026, 4, 1),
        dt.date(2026, 4, 8),
        dt.date(2026, 4, 15),
        dt.date(2026, 4, 22),
        dt.date(2026, 4, 29),
    ]


def test_range_across_new_year():
    dates = meeting_dates(0, "1", dt.date(2026, 12, 1), dt.date(2027, 1, 31))
    assert dates == [dt.date(2026, 12, 7), dt.date(2027, 1, 4)]


def test_parse_weeks_accepts_ordinals_spaces_and_last():
    assert parse_weeks("2, 4") == (2, 4)
    assert parse_weeks("4th,2nd") == (2, 4)
    assert parse_weeks("1st 3rd LAST") == (1, 3, -1)
    assert parse_weeks("") == ()
    assert parse_weeks("2,2") == (2,)


@pytest.mark.parametrize("weeks", ["0", "6", "second", "2;4", "-6", "1.5"])
def test_bad_weeks(weeks):
    with pytest.raises(ValidationError, match="week of the month") as info:
        meeting_dates(0, weeks, dt.date(2026, 1, 1), dt.date(2026, 2, 1))
    assert info.value.field == "schedule_weeks"


@pytest.mark.parametrize("weekday", [-1, 7, None, True, "0"])
def test_bad_weekday(weekday):
    with pytest.raises(ValidationError, match="weekday"):
        meeting_dates(weekday, "1", dt.date(2026, 1, 1), dt.date(2026, 2, 1))


@pytest.mark.parametrize("time", ["24:00", "18:60", "6pm", "", "18", "18:0"])
def test_bad_time(time):
    with pytest.raises(ValidationError, match="time of day"):
        meeting_times(0, "1", time, "America/Chicago", dt.date(2026, 1, 1), dt.date(2026, 2, 1))


@pytest.mark.parametrize("zone", ["Mars/Olympus", "", "America", "../etc/passwd", "CST6CDT "])
def test_bad_time_zone(zone):
    with pytest.raises(ValidationError, match="time zone"):
        meeting_times(0, "1", "18:00", zone, dt.date(2026, 1, 1), dt.date(2026, 2, 1))


def test_reversed_range_is_refused():
    with pytest.raises(ValidationError, match="before the start"):
        meeting_dates(0, "1", dt.date(2026, 2, 1), dt.date(2026, 1, 1))


def test_other_time_zone():
    times = meeting_times(
        0, "1", "9:30", "Europe/Berlin", dt.date(2026, 7, 1), dt.date(2026, 7, 31)
    )
    assert times == [dt.datetime(2026, 7, 6, 7, 30, tzinfo=UTC)]


@pytest.mark.parametrize(
    ("weekday", "weeks", "time", "text"),
    [
        (0, "2,4", "18:00", "2nd and 4th Mondays at 6:00 pm"),
        (1, "1", "19:00", "1st Tuesday of the month at 7:00 pm"),
        (1, "last", "7:05", "Last Tuesday of the month at 7:05 am"),
        (3, "1,3,last", "12:00", "1st, 3rd and last Thursdays at 12:00 pm"),
        (2, "", "00:30", "Every Wednesday at 12:30 am"),
        (6, "-2", "18:00", "2nd-to-last Sunday of the month at 6:00 pm"),
    ],
)
def test_describe_schedule(weekday, weeks, time, text):
    assert describe_schedule(weekday, weeks, time) == text


def test_describe_validates_too():
    with pytest.raises(ValidationError):
        describe_schedule(0, "9", "18:00")


def test_ordinals():
    assert [ordinal(n) for n in (1, 2, 3, 4, 5, 11, 12, 13, 21, -1, -3)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "5th",
        "11th",
        "12th",
        "13th",
        "21st",
        "last",
        "3rd-to-last",
    ]
