"""Starter content (shipped JSON) and the demo campaign built on top of it."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import unicodedata
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from organizer.domain.enums import (
    MayorVotes,
    MeetingStatus,
    OrdinanceStage,
    OverflowPolicy,
    PersonRole,
    PointCategory,
    SpeakerNeed,
    StanceSource,
)
from organizer.domain.models import (
    Base,
    CampaignSettings,
    CouncilMember,
    GoverningBody,
    Interaction,
    Meeting,
    Person,
    Signup,
    StanceRecord,
    TalkingPoint,
)
from organizer.services.demo import BLOOMINGTON, NORMAL, DemoSummary, load_demo
from organizer.services.starter import (
    CONCERN_TAGS,
    STARTER_DIR,
    StarterContentError,
    load_starter_content,
)
from organizer.services.validation import normalize_email, normalize_phone

pytestmark = pytest.mark.storage

EXPLAINER = "Welcoming City explainer, Bloomington-Normal Welcoming City campaign"
TODAY = dt.date(2025, 3, 10)


def count_rows(session) -> dict[str, int]:
    return {
        table.name: session.scalar(select(func.count()).select_from(table))
        for table in Base.metadata.sorted_tables
    }


def body_named(session, name: str) -> GoverningBody:
    return session.scalars(select(GoverningBody).where(GoverningBody.name == name)).one()


# --- starter content -------------------------------------------------------------------------


def test_starter_points_cover_every_category_in_english_and_spanish(session):
    points = session.scalars(select(TalkingPoint).order_by(TalkingPoint.sort_order)).all()

    assert len(points) >= 14
    by_category = Counter(p.category for p in points)
    assert set(by_category) == set(PointCategory)
    assert by_category[PointCategory.CONCERN_ANSWER] >= 3
    assert len({p.key for p in points}) == len(points)
    for point in points:
        assert EXPLAINER in point.sources, point.key
        assert point.summary and point.title
        assert 60 <= len(point.body.split()) <= 140, point.key
        assert set(point.concerns) <= set(CONCERN_TAGS), point.key
        spanish = point.translation("es")
        assert spanish is not None, point.key
        assert spanish.title and spanish.summary, point.key
        assert 60 <= len(spanish.body.split()) <= 160, point.key
    assert [p.sort_order for p in points] == sorted({p.sort_order for p in points})


def test_starter_points_are_accurate_about_what_the_ordinance_does_not_do(session):
    does_not = " ".join(
        p.body for p in session.scalars(
            select(TalkingPoint).where(TalkingPoint.category == PointCategory.WHAT_IT_DOES_NOT)
        )
    )
    assert "does not protect anyone" in does_not
    assert "does not give anyone lawful immigration status" in does_not
    assert "It does not." in does_not  # "...at odds with federal law. It does not."
    prompts = session.scalars(
        select(TalkingPoint).where(TalkingPoint.category == PointCategory.STORY_PROMPT)
    ).all()
    for prompt in prompts:
        assert "immigration status" in prompt.body  # the reminder never to mention it
        assert "estatus migratorio" in prompt.translation("es").body


def test_starter_bodies_have_the_councils_rules(session):
    bloomington = body_named(session, BLOOMINGTON)
    assert (bloomington.seats, bloomington.mayor_votes) == (9, MayorVotes.TIE_ONLY)
    assert (bloomington.schedule_weekday, bloomington.schedule_weeks, bloomington.schedule_time) == (0, "2,4", "18:00")
    assert bloomington.minutes_per_speaker is None
    assert bloomington.comment_window_minutes is None
    assert bloomington.signup_deadline_minutes == 5
    assert bloomington.overflow_policy is OverflowPolicy.FIRST_COME
    assert bloomington.rules_verified_on == dt.date(2025, 7, 28)
    assert "109 E. Olive" in bloomington.meeting_address

    normal = body_named(session, NORMAL)
    assert (normal.seats, normal.mayor_votes) == (7, MayorVotes.ALWAYS)
    assert (normal.schedule_weekday, normal.schedule_weeks, normal.schedule_time) == (0, "1,3", "19:00")
    assert (normal.minutes_per_speaker, normal.comment_window_minutes) == (3, 20)
    assert normal.signup_deadline_minutes == 120
    assert normal.overflow_policy is OverflowPolicy.LOTTERY
    assert "11 Uptown Circle" in normal.meeting_address

    for body in (bloomington, normal):
        assert body.timezone == "America/Chicago"
        assert body.votes_needed_override is None
        assert body.rules_source and body.signup_instructions
        assert "verify" in body.signup_instructions.lower() or "check" in body.signup_instructions.lower()


def test_starter_campaign_settings(session):
    settings = session.get(CampaignSettings, 1)
    assert settings.campaign_name == "Welcoming City Bloomington-Normal"
    assert settings.ordinance_name == "Welcoming City Ordinance"
    assert settings.ask and settings.ask_es
    # No placeholder that could end up printed on a packet handed to the council.
    assert settings.organization == ""
    assert (settings.coordinator_name, settings.coordinator_email, settings.coordinator_phone) == ("", "", "")
    assert settings.words_per_minute == 130


def test_loading_starter_content_again_adds_nothing_and_keeps_edits(session):
    point = session.scalars(select(TalkingPoint).where(TalkingPoint.key == "ask-pass-ordinance")).one()
    point.title = "Our own title"
    body_named(session, NORMAL).minutes_per_speaker = 2
    session.get(CampaignSettings, 1).organization = "Our coalition"
    session.flush()
    before = count_rows(session)

    load_starter_content(session)

    assert count_rows(session) == before
    assert point.title == "Our own title"
    assert body_named(session, NORMAL).minutes_per_speaker == 2
    assert session.get(CampaignSettings, 1).organization == "Our coalition"


def test_missing_starter_rows_are_added_back_by_key_and_name(session):
    session.delete(session.scalars(select(TalkingPoint).where(TalkingPoint.key == "concern-crime-victims")).one())
    session.flush()
    load_starter_content(session)
    restored = session.scalars(select(TalkingPoint).where(TalkingPoint.key == "concern-crime-victims")).one()
    assert restored.translation("es") is not None


def _broken_copy(tmp_path: Path, filename: str, change) -> Path:
    folder = tmp_path / "starter"
    shutil.copytree(STARTER_DIR, folder)
    path = folder / filename
    if callable(change):
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data), encoding="utf-8")
    else:
        path.write_text(change, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("filename", "change", "message"),
    [
        ("talking_points.json", "[{", "not valid JSON"),
        ("talking_points.json", lambda d: d[0].update(category="jokes"), "not one of"),
        ("talking_points.json", lambda d: d[0].pop("sources"), "missing sources"),
        ("talking_points.json", lambda d: d[1].update(key=d[0]["key"]), "used twice"),
        ("talking_points.json", lambda d: d[0].update(concerns=["weather"]), "unknown concern tag"),
        ("talking_points.json", lambda d: d[0]["translations"]["es"].update(body=" "), "body is empty"),
        ("bodies.json", lambda d: d[0].update(seats="nine"), "seats must be int"),
        ("bodies.json", lambda d: d[0].update(mayor_votes="sometimes"), "not one of"),
        ("bodies.json", lambda d: d[1].update(schedule_time="7 pm"), "schedule_time"),
        ("bodies.json", lambda d: d[1].update(timezone="Mars/Olympus"), "timezone"),
        ("bodies.json", lambda d: d[0].update(rules_verified_on="July 28"), "ISO date"),
        ("bodies.json", lambda d: d[0].update(minutes_per_speaker=True), "minutes_per_speaker"),
        ("campaign.json", lambda d: d.update(colour="blue"), "unknown field"),
    ],
)
def test_a_broken_starter_file_fails_loudly_and_adds_nothing(session, tmp_path, filename, change, message):
    for point in session.scalars(select(TalkingPoint)):
        session.delete(point)
    session.flush()
    folder = _broken_copy(tmp_path, filename, change)

    with pytest.raises(StarterContentError, match=message):
        load_starter_content(session, folder)
    assert session.scalar(select(func.count()).select_from(TalkingPoint)) == 0


def test_a_missing_starter_file_fails_loudly(session, tmp_path):
    with pytest.raises(StarterContentError, match="cannot be read"):
        load_starter_content(session, tmp_path)


# --- demo ------------------------------------------------------------------------------------


def test_load_demo_twice_adds_nothing_the_second_time(session):
    before = count_rows(session)
    first = load_demo(session, TODAY)
    after_first = count_rows(session)

    second = load_demo(session, TODAY)
    third = load_demo(session, TODAY + dt.timedelta(days=40))

    assert first.added_anything
    assert second == DemoSummary() and third == DemoSummary()
    assert count_rows(session) == after_first
    added = {name: after_first[name] - before[name] for name in after_first}
    assert added["council_members"] == first.council_members == 17
    assert added["people"] == first.people
    assert 35 <= first.people <= 45
    assert added["stance_records"] == first.stance_records
    assert added["interactions"] == first.interactions
    assert added["meetings"] == first.meetings
    assert added["signups"] == first.signups
    assert added["signup_points"] > first.signups
    assert added["talking_points"] == 0  # the demo builds on the starter points


def test_demo_names_in_many_scripts_round_trip(db):
    with db.session() as session:
        load_demo(session, TODAY)
    with db.session() as session:
        people = session.scalars(select(Person)).all()
        names = {(p.first_name, p.last_name) for p in people}
        for expected in [
            ("José", "Ñúñez"),
            ("María Guadalupe", "Hernández López"),
            ("Thị Thu", "Nguyễn"),
            ("秀英", "王"),
            ("فاطمة الزهراء", "حداد"),
            ("अनन्या", "शर्मा"),
            ("민준", "김"),
            ("ሰላማዊት", "ተስፋዬ"),
            ("Олена", "Коваленко"),
            ("Małgorzata", "Wiśniewska"),
            ("Adébáyọ̀", "Ọládipọ̀"),
        ]:
            assert expected in names
        wang = next(p for p in people if p.last_name == "王")
        assert wang.display_name == "Grace 王"
        scripts = {
            unicodedata.name(ch).split()[0]
            for p in people
            for ch in p.first_name + p.last_name
            if ch.isalpha()
        }
        assert {"LATIN", "CJK", "ARABIC", "DEVANAGARI", "HANGUL", "ETHIOPIC", "CYRILLIC", "HEBREW", "GREEK"} <= scripts


def test_every_demo_person_and_member_is_marked_sample(session):
    load_demo(session, TODAY)
    people = session.scalars(select(Person)).all()
    members = session.scalars(select(CouncilMember)).all()

    assert people and members
    for person in people:
        assert person.is_sample
        assert "Sample data" in person.notes
    for member in members:
        assert member.is_sample
        assert "Sample data — not a real council member" in member.notes
        assert member.email.endswith(".example.org")


def test_demo_people_have_clean_contact_data(session):
    load_demo(session, TODAY)
    people = session.scalars(select(Person)).all()
    bodies = {b.id: b.name for b in session.scalars(select(GoverningBody))}

    emails = [p.email for p in people if p.email]
    assert len(emails) == len(set(emails))
    for person in people:
        if person.email:
            assert normalize_email(person.email) == person.email
            assert person.email.split("@")[1] in {"example.org", "example.com"}
        if person.phone:
            assert normalize_phone(person.phone) == person.phone
            assert person.phone.startswith("+13095550")
        assert person.zip_code in {"61701", "61704", "61761"}
        if bodies[person.home_body_id] == BLOOMINGTON:
            assert person.ward in {f"Ward {n}" for n in range(1, 10)}
            assert person.zip_code in {"61701", "61704"}
        else:
            assert (person.ward, person.zip_code) == ("", "61761")
        assert person.languages and person.packet_language in {"en", "es"}
        if person.may_email:
            assert person.email
    spanish_packets = sum(p.packet_language == "es" for p in people)
    assert 0.25 <= spanish_packets / len(people) <= 0.45
    assert 3 <= sum(p.role is PersonRole.TEAM for p in people) <= 8
    assert len({(p.may_email, p.may_text, p.may_name_publicly) for p in people}) >= 4


def test_demo_never_records_immigration_status(session):
    load_demo(session, TODAY)
    texts = []
    for person in session.scalars(select(Person)):
        texts += [person.notes, person.pronouns]
    for member in session.scalars(select(CouncilMember)):
        texts.append(member.notes)
    texts += [s.angle + " " + s.notes for s in session.scalars(select(Signup))]
    texts += [i.summary for i in session.scalars(select(Interaction))]
    texts += [r.source for r in session.scalars(select(StanceRecord))]
    joined = " ".join(texts).lower()
    for word in ("undocumented", "citizen", "visa", "immigration status", "legal status", "green card", "daca"):
        assert word not in joined


def test_demo_councils_have_seats_and_stance_histories(session):
    load_demo(session, TODAY)
    bloomington = body_named(session, BLOOMINGTON)
    normal = body_named(session, NORMAL)

    assert [m.seat for m in bloomington.members] == ["Mayor"] + [f"Ward {n}" for n in range(1, 10)]
    assert [m.seat for m in normal.members] == ["Mayor"] + ["At-large"] * 6
    for body in (bloomington, normal):
        assert [m.is_mayor for m in body.members] == [True] + [False] * (len(body.members) - 1)
        assert len({m.current_stance for m in body.members}) >= 4
        for member in body.members:
            dates = [r.recorded_on for r in member.stances]
            assert 2 <= len(dates) <= 4
            assert dates == sorted(set(dates)) and dates[-1] <= TODAY
            assert set(member.concerns) <= set(CONCERN_TAGS)
            assert member.interactions
    records = session.scalars(select(StanceRecord)).all()
    assert {r.source_kind for r in records} >= {
        StanceSource.PUBLIC_STATEMENT, StanceSource.PRIVATE_MEETING, StanceSource.NEWS, StanceSource.INFERRED
    }
    assert {r.is_public for r in records} == {True, False}
    assert any(r.meeting_id is not None for r in records)


def test_demo_follow_ups_are_overdue_due_and_done(session):
    load_demo(session, TODAY)
    follow_ups = [i for i in session.scalars(select(Interaction)) if i.follow_up_on]
    assert any(i.follow_up_on < TODAY and not i.follow_up_done for i in follow_ups)
    assert any(i.follow_up_on >= TODAY and not i.follow_up_done for i in follow_ups)
    assert any(i.follow_up_done for i in follow_ups)
    assert len({i.kind for i in session.scalars(select(Interaction))}) == 4


@pytest.mark.parametrize("today", [TODAY, dt.date(2025, 10, 20), dt.date(2026, 1, 1)])
def test_demo_meetings_follow_the_regular_schedules(session, today):
    load_demo(session, today)
    meetings = session.scalars(select(Meeting).order_by(Meeting.starts_at)).all()
    chicago = ZoneInfo("America/Chicago")

    local_dates = {m.starts_at.astimezone(chicago).date() for m in meetings}
    assert min(local_dates) < today <= max(local_dates)
    assert max(local_dates) - today > dt.timedelta(days=50)
    for meeting in meetings:
        local = meeting.starts_at.astimezone(chicago)
        assert local.weekday() == 0
        assert local.strftime("%H:%M") == meeting.body.schedule_time
        assert (meeting.status is MeetingStatus.HELD) == (local.date() < today)
    stages = {(m.body.name, m.ordinance_stage, m.status) for m in meetings}
    assert (BLOOMINGTON, OrdinanceStage.DISCUSSION, MeetingStatus.HELD) in stages
    for name in (BLOOMINGTON, NORMAL):
        assert (name, OrdinanceStage.FIRST_READING, MeetingStatus.SCHEDULED) in stages
        assert (name, OrdinanceStage.VOTE, MeetingStatus.SCHEDULED) in stages


def test_demo_signups_have_order_points_and_needs(session):
    load_demo(session, TODAY)
    meetings = [m for m in session.scalars(select(Meeting)) if m.signups]

    assert len(meetings) >= 4
    statuses = set()
    for meeting in meetings:
        assert [s.position for s in meeting.signups] == list(range(1, len(meeting.signups) + 1))
        for signup in meeting.signups:
            statuses.add(signup.status)
            assert signup.person.is_sample and signup.angle
            assert [link.position for link in signup.point_links] == list(range(1, len(signup.point_links) + 1))
            assert signup.points
            assert set(signup.needs) <= {need.value for need in SpeakerNeed}
    assert len(statuses) >= 5
    normal_first = min((m for m in meetings if m.body.name == NORMAL), key=lambda m: m.starts_at)
    # The Normal discussion draws more speakers than 20 minutes at 3 minutes each can hold.
    assert len(normal_first.signups) * 3 > 20
    all_needs = {need for m in meetings for s in m.signups for need in s.needs}
    assert {"interpreter", "childcare", "ride"} <= all_needs


def test_demo_summary_describes_itself(session):
    first = load_demo(session, TODAY)
    assert first.describe().startswith(f"Added the demo campaign: {first.council_members} sample")
    assert load_demo(session, TODAY).describe() == "The demo campaign is already loaded; nothing was added."
