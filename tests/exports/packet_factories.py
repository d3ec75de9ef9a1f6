"""Packet data built by hand, so the renderers are tested without a database."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from organizer.domain.enums import Stance
from organizer.exports.pdf.data import (
    CampaignInfo,
    InternalNotes,
    MeetingInfo,
    MemberStance,
    PacketData,
    PointText,
    SpeakerInfo,
    SpeakingTime,
)

CHICAGO = "America/Chicago"
# Monday, December 14, 2026, 6:00 PM in Chicago (CST, UTC-6).
MEETING_START = dt.datetime(2026, 12, 15, 0, 0, tzinfo=dt.UTC)
GENERATED = dt.datetime(2026, 12, 1, 15, 0, tzinfo=dt.UTC)


def campaign() -> CampaignInfo:
    return CampaignInfo(
        campaign_name="Welcoming City Campaign",
        ordinance_name="the Welcoming City Ordinance",
        organization="Bloomington-Normal Welcoming Coalition",
        ask="Please vote yes on the Welcoming City Ordinance at the next reading.",
        coordinator_name="Dana Whitfield",
        coordinator_email="dana@example.org",
        coordinator_phone="+1 309-555-0142",
    )


def meeting(**changes) -> MeetingInfo:
    base = MeetingInfo(
        body_name="Bloomington City Council",
        starts_at=MEETING_START,
        timezone=CHICAGO,
        title="Regular meeting",
        place="Council Chambers, Government Center",
        address="115 E Washington St, Bloomington, IL 61701",
        agenda_item="Item 7: Welcoming City Ordinance (first reading)",
        arrive_by=MEETING_START - dt.timedelta(minutes=30),
        signup_deadline=MEETING_START - dt.timedelta(minutes=15),
        signup_instructions="Fill in a comment card at the clerk's table by the door.",
        minutes_per_speaker=3,
        window_minutes=30,
    )
    return replace(base, **changes)


POINTS = (
    PointText(
        title="Local police stay out of federal civil immigration enforcement",
        summary="The ordinance keeps city police focused on local public safety, not "
        "federal civil immigration enforcement.",
        body="Officers still enforce every criminal law and still honor judicial warrants.",
    ),
    PointText(
        title="Everyone can call 911 without fear",
        summary="When every resident can report a crime or call an ambulance without fear, "
        "the whole city is safer.",
    ),
)
DOES = (
    PointText(
        title="Limits city staff asking about immigration status",
        summary="City services are for every resident.",
    ),
)
DOES_NOT = (
    PointText(
        title="Does not stop police from enforcing criminal law",
        summary="Judicial warrants are honored as they are today.",
    ),
)


def packet(**changes) -> PacketData:
    base = PacketData(
        lang="en",
        campaign=campaign(),
        meeting=meeting(),
        speaker=SpeakerInfo(
            name="María José López",
            pronouns="she/her",
            slot=3,
            speaker_count=8,
            minutes=3,
            angle="My daughter was afraid to call for help when her car was hit.",
        ),
        points=POINTS,
        story_prompt=PointText(
            title="Your story",
            summary="Tell the council about a time you or someone you love needed the city "
            "and hesitated to ask.",
        ),
        ask=None,
        does=DOES,
        does_not=DOES_NOT,
        speaking_time=SpeakingTime(words=260, seconds=120, words_per_minute=130, limit_seconds=180),
        generated_at=GENERATED,
    )
    return replace(base, **changes)


def internal_notes() -> InternalNotes:
    return InternalNotes(
        member_stances=(
            MemberStance("Alex Rivera", "Ward 1", Stance.LEAN_YES, False),
            MemberStance("Jordan Blake", "Ward 2", Stance.NO, True),
        ),
        signup_notes="INTERNAL-SIGNUP-NOTE: needs a ride from the east side",
        person_notes="INTERNAL-PERSON-NOTE: prefers text messages",
    )
