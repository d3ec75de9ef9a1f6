"""Speaker packets and the coordinator's printouts: from the campaign's records to PDFs.

The ``*_data`` functions read the database and return the plain values of
``organizer.exports.pdf.data``; rendering needs no session, so a caller can close the
session first and render afterwards (a batch of packets takes seconds, a session should
not). ``write_*`` functions render and write files.

Internal notes (members' stances, sign-up and person notes) reach a packet only with
``include_internal=True``: packets leave the team's hands. Other volunteers' phone numbers
are never in a packet; the run of show, which the coordinator keeps, has them.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from organizer.domain.enums import (
    ACTIVE_SIGNUP_STATUSES,
    PointCategory,
    SignupStatus,
)
from organizer.domain.models import (
    CampaignSettings,
    GoverningBody,
    Meeting,
    Person,
    Signup,
    SignupPoint,
    TalkingPoint,
    utcnow,
)
from organizer.domain.rules import speaking
from organizer.domain.rules.budget import signup_deadline
from organizer.domain.rules.from_models import member_input
from organizer.errors import NotFoundError, ValidationError
from organizer.exports import ics
from organizer.exports.pdf.batch import (
    Cancelled,
    Progress,
    packet_file_names,
    render_combined,
    render_packet_files,
    safe_file_stem,
)
from organizer.exports.pdf.data import (
    CampaignInfo,
    InternalNotes,
    LotteryLine,
    MeetingInfo,
    MemberStance,
    PacketData,
    PointText,
    PrintOptions,
    RunOfShowData,
    RunOfShowRow,
    SpeakerInfo,
    SpeakingTime,
    WhipReportData,
)
from organizer.exports.pdf.labels import LANGUAGES, Labels
from organizer.exports.pdf.run_of_show import render_run_of_show, render_sign_in_sheet
from organizer.exports.pdf.whip_report import render_whip_report
from organizer.i18n import _
from organizer.services.confirmations import speaker_invitations
from organizer.services.council import whip_counts
from organizer.services.lottery import check_lottery
from organizer.services.meetings import load_meeting
from organizer.services.validation import format_phone
from organizer.storage.files import (
    Protected,
    check_target,
    check_targets,
    write_private,
    write_private_files,
)

PACKET_STATUSES = frozenset(ACTIVE_SIGNUP_STATUSES | {SignupStatus.WAITLISTED})
KEY_FACT_CATEGORIES = (PointCategory.WHAT_IT_DOES, PointCategory.WHAT_IT_DOES_NOT)


def check_packet_language(lang: str | None) -> str | None:
    if lang is None:
        return None
    if lang not in LANGUAGES:
        raise ValidationError(
            _("Packets can be printed in {languages}, not “{lang}”.").format(languages=" or ".join(LANGUAGES), lang=lang), field="lang"
        )
    return lang


# --- loading ----------------------------------------------------------------------------


def _load_meeting(session: Session, meeting_id: int) -> Meeting:
    """The meeting as ``load_meeting`` loads it, with the points' translations for the packets."""
    return load_meeting(
        session,
        meeting_id,
        selectinload(Meeting.signups)
        .selectinload(Signup.point_links)
        .selectinload(SignupPoint.point)
        .selectinload(TalkingPoint.translations),
    )


def _ordered(meeting: Meeting) -> tuple[list[Signup], list[Signup]]:
    """Speakers in speaking order (a speaker's number is their place here, as in messages
    and invitations: ``ics.speaking_order``), and the waiting list in its order."""
    signups = sorted(meeting.signups, key=lambda s: (s.position, s.id))
    waiting = [s for s in signups if SignupStatus(s.status) == SignupStatus.WAITLISTED]
    return ics.speaking_order(meeting), waiting


def _campaign(session: Session) -> tuple[CampaignInfo, int]:
    settings = session.get(CampaignSettings, 1)
    if settings is None:
        return CampaignInfo(), speaking.DEFAULT_WORDS_PER_MINUTE
    info = CampaignInfo(
        campaign_name=settings.campaign_name or "",
        ordinance_name=settings.ordinance_name or "",
        organization=settings.organization or "",
        ask=settings.ask or "",
        ask_es=settings.ask_es or "",
        coordinator_name=settings.coordinator_name or "",
        coordinator_email=settings.coordinator_email or "",
        coordinator_phone=format_phone(settings.coordinator_phone or ""),
    )
    return info, settings.words_per_minute or speaking.DEFAULT_WORDS_PER_MINUTE


def meeting_info(meeting: Meeting) -> MeetingInfo:
    body = meeting.body
    deadline = signup_deadline(meeting.starts_at, meeting.effective_signup_deadline_minutes)
    return MeetingInfo(
        body_name=body.name,
        starts_at=meeting.starts_at,
        timezone=body.timezone or "America/Chicago",
        title=meeting.title or "",
        place=meeting.effective_place or "",
        address=meeting.effective_address or "",
        agenda_item=meeting.agenda_item or "",
        # The same time as the messages and the calendar invitation; the deadline is printed
        # on its own line.
        arrive_by=ics.arrive_by(meeting),
        signup_deadline=deadline,
        signup_instructions=body.signup_instructions or "",
        minutes_per_speaker=meeting.effective_minutes_per_speaker,
        window_minutes=meeting.effective_window_minutes,
    )


def point_text(point: TalkingPoint, lang: str) -> PointText:
    """The point in ``lang``; a missing translation (or a missing part of one) is printed
    in English and marked, so the speaker knows why."""
    if lang == "en":
        return PointText(point.title, point.summary or "", point.body or "")
    translation = point.translation(lang)
    if translation is None or not translation.title:
        return PointText(point.title, point.summary or "", point.body or "", translated=False)
    complete = True

    def part(translated: str, english: str) -> str:
        nonlocal complete
        if translated or not english:
            return translated or ""
        complete = False
        return english

    summary = part(translation.summary, point.summary or "")
    body = part(translation.body, point.body or "")
    return PointText(translation.title, summary, body, translated=complete)


def _key_facts(session: Session, lang: str) -> tuple[tuple[PointText, ...], tuple[PointText, ...]]:
    points = session.scalars(
        select(TalkingPoint)
        .where(TalkingPoint.active.is_(True))
        .where(TalkingPoint.category.in_([c.value for c in KEY_FACT_CATEGORIES]))
        .options(selectinload(TalkingPoint.translations))
        .order_by(TalkingPoint.sort_order, TalkingPoint.id)
    ).all()
    does = tuple(point_text(p, lang) for p in points if PointCategory(p.category) == PointCategory.WHAT_IT_DOES)
    does_not = tuple(
        point_text(p, lang) for p in points if PointCategory(p.category) == PointCategory.WHAT_IT_DOES_NOT
    )
    return does, does_not


def _script_text(labels: Labels, points: Sequence[PointText], angle: str, ask: str) -> str:
    """What the speaker will say out loud, for the time estimate."""
    spoken = [labels["opening_line"].replace("_", "")]
    spoken += [p.body or p.summary or p.title for p in points]
    spoken += [angle, ask, labels["closing"]]
    return "\n".join(s for s in spoken if s)


# --- packets ----------------------------------------------------------------------------


def _packet(
    session: Session,
    signup: Signup,
    *,
    slot: int | None,
    speaker_count: int,
    lang: str | None,
    include_internal: bool,
    campaign: CampaignInfo,
    words_per_minute: int,
    key_facts: dict[str, tuple[tuple[PointText, ...], tuple[PointText, ...]]],
    now: dt.datetime,
) -> PacketData:
    meeting, person = signup.meeting, signup.person
    language = lang or (person.packet_language if person.packet_language in LANGUAGES else "en")
    labels = Labels(language)
    if language not in key_facts:
        key_facts[language] = _key_facts(session, language)
    does, does_not = key_facts[language]

    points: list[PointText] = []
    story_prompt: PointText | None = None
    ask: PointText | None = None
    for link in sorted(signup.point_links, key=lambda link: link.position):
        category = PointCategory(link.point.category)
        text = point_text(link.point, language)
        if category == PointCategory.STORY_PROMPT and story_prompt is None:
            story_prompt = text
        elif category == PointCategory.THE_ASK and ask is None:
            ask = text
        else:
            points.append(text)

    minutes = signup.effective_minutes
    ask_text = (ask.body or ask.summary or ask.title) if ask else campaign.ask_in(language)
    estimate = speaking.estimate(_script_text(labels, points, signup.angle or "", ask_text), words_per_minute)
    waitlisted = SignupStatus(signup.status) == SignupStatus.WAITLISTED

    internal = None
    if include_internal:
        members = [m for m in meeting.body.members if m.active is not False]
        internal = InternalNotes(
            member_stances=tuple(
                MemberStance(m.name, m.seat or "", i.stance, i.stance_is_public)
                for m, i in ((m, member_input(m)) for m in members)
            ),
            signup_notes=signup.notes or "",
            person_notes=person.notes or "",
        )

    return PacketData(
        lang=language,
        campaign=campaign,
        meeting=meeting_info(meeting),
        speaker=SpeakerInfo(
            name=person.display_name,
            pronouns=person.pronouns or "",
            slot=slot,
            speaker_count=speaker_count,
            minutes=minutes,
            angle=signup.angle or "",
            waitlisted=waitlisted,
        ),
        points=tuple(points),
        story_prompt=story_prompt,
        ask=ask,
        does=does,
        does_not=does_not,
        speaking_time=SpeakingTime(
            words=estimate.words,
            seconds=estimate.seconds,
            words_per_minute=words_per_minute,
            limit_seconds=minutes * 60 if minutes is not None else None,
        ),
        generated_at=now,
        internal=internal,
    )


def packet_data(
    session: Session,
    signup_id: int,
    *,
    lang: str | None = None,
    include_internal: bool = False,
    now: dt.datetime | None = None,
) -> PacketData:
    """One speaker's packet, in their packet language unless ``lang`` is given."""
    lang = check_packet_language(lang)
    signup = session.get(Signup, signup_id)
    if signup is None:
        raise NotFoundError(_("There is no sign-up with id {signup_id}.").format(signup_id=signup_id))
    meeting = _load_meeting(session, signup.meeting_id)
    speaking_now, _waiting = _ordered(meeting)
    slot = next((i for i, s in enumerate(speaking_now, start=1) if s.id == signup_id), None)
    campaign, wpm = _campaign(session)
    return _packet(
        session, signup, slot=slot, speaker_count=len(speaking_now), lang=lang,
        include_internal=include_internal, campaign=campaign, words_per_minute=wpm,
        key_facts={}, now=now or utcnow(),
    )  # fmt: skip


def meeting_packets(
    session: Session,
    meeting_id: int,
    *,
    lang: str | None = None,
    include_internal: bool = False,
    now: dt.datetime | None = None,
) -> list[PacketData]:
    """Packets for everyone speaking at the meeting, in speaking order, then the waiting list."""
    lang = check_packet_language(lang)
    meeting = _load_meeting(session, meeting_id)
    speaking_now, waiting = _ordered(meeting)
    campaign, wpm = _campaign(session)
    key_facts: dict = {}
    moment = now or utcnow()
    packets = []
    for signups, numbered in ((speaking_now, True), (waiting, False)):
        for i, signup in enumerate(signups, start=1):
            packets.append(
                _packet(
                    session, signup, slot=i if numbered else None, speaker_count=len(speaking_now),
                    lang=lang, include_internal=include_internal, campaign=campaign,
                    words_per_minute=wpm, key_facts=key_facts, now=moment,
                )  # fmt: skip
            )
    return packets


# --- coordinator printouts --------------------------------------------------------------


def _row(signup: Signup, slot: int | None, labels: Labels) -> RunOfShowRow:
    person: Person = signup.person
    status = SignupStatus(signup.status)
    titles = tuple(point_text(link.point, labels.lang).title for link in sorted(signup.point_links, key=lambda link: link.position))
    return RunOfShowRow(
        slot=slot,
        name=person.display_name + (f" ({person.pronouns})" if person.pronouns else ""),
        minutes=signup.effective_minutes,
        phone=format_phone(person.phone or ""),
        points=titles,
        status=labels.optional(f"status_{status.value}", status.value),
        needs=tuple(labels.optional(f"need_{n}", n) for n in (signup.needs or ())),
        notes=signup.notes or "",
    )


def run_of_show_data(
    session: Session, meeting_id: int, *, lang: str = "en", now: dt.datetime | None = None
) -> RunOfShowData:
    """The speaking order with phones, points and notes: for the coordinator only."""
    labels = Labels(check_packet_language(lang) or "en")
    meeting = _load_meeting(session, meeting_id)
    speaking_now, waiting = _ordered(meeting)
    campaign, _unused = _campaign(session)
    return RunOfShowData(
        lang=labels.lang,
        campaign=campaign,
        meeting=meeting_info(meeting),
        speakers=tuple(_row(s, i, labels) for i, s in enumerate(speaking_now, start=1)),
        waitlist=tuple(_row(s, None, labels) for s in waiting),
        generated_at=now or utcnow(),
        lottery=_lottery_line(meeting),
    )


def _lottery_line(meeting: Meeting) -> LotteryLine | None:
    """The commitment (and, once drawn, the seed) for the printouts; None when there is neither."""
    check = check_lottery(meeting)
    if check.commitment is None and not check.drawn:
        return None
    return LotteryLine(commitment=check.commitment, seed=check.seed, seed_committed=check.drawn_with_commitment)


def whip_report_data(session: Session, *, lang: str = "en", now: dt.datetime | None = None) -> WhipReportData:
    campaign, _unused = _campaign(session)
    bodies = session.scalars(select(GoverningBody).order_by(GoverningBody.name)).all()
    zone = bodies[0].timezone if bodies else "America/Chicago"
    return WhipReportData(
        bodies=tuple(whip_counts(session)),
        generated_at=now or utcnow(),
        campaign=campaign,
        timezone=zone,
        lang=Labels(check_packet_language(lang) or "en").lang,
    )


# --- writing files ----------------------------------------------------------------------


def write_packets(
    packets: Sequence[PacketData],
    directory: str | os.PathLike[str],
    *,
    combined: bool = False,
    options: PrintOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    invitations: Sequence[tuple[str, bytes]] = (),
    protected: Protected = (),
) -> list[Path]:
    """Writes one PDF per speaker, or (``combined``) one PDF for the whole meeting, plus
    each speaker's calendar invitation (``speaker_invitation_files``) beside them, all
    owner-only (``organizer.storage.files``; ``protected`` names the open campaign's files).
    Needs no database session: build ``packets`` with ``meeting_packets`` first."""
    if not packets:
        raise ValidationError(_("There is no one signed up to speak at this meeting yet."))
    target = Path(directory).expanduser()
    pdf_names = [_combined_name(packets)] if combined else packet_file_names(packets)
    protected = list(protected)
    # Refuse a bad folder or file name before spending seconds on rendering.
    check_targets(target, [*pdf_names, *(name for name, _ in invitations)], protected=protected)
    if combined:
        pdfs = [(pdf_names[0], render_combined(packets, options, progress=progress, cancelled=cancelled))]
    else:
        files = render_packet_files(packets, options, progress=progress, cancelled=cancelled)
        pdfs = [(f.name, f.pdf) for f in files]
    # One write for packets and invitations: the whole new set replaces the earlier one, or none of it does.
    return write_private_files(target, [*pdfs, *invitations], protected=protected)


def speaker_invitation_files(session: Session, meeting_id: int) -> list[tuple[str, bytes]]:
    """(file name, .ics bytes) for each speaker expected at the meeting."""
    return [(f.filename, f.data) for f in speaker_invitations(session, meeting_id)]


def _combined_name(packets: Sequence[PacketData]) -> str:
    first = packets[0].meeting
    day = first.starts_at.astimezone(_zone(first.timezone)).date().isoformat()
    return f"packets-{day}-{safe_file_stem(first.body_name, 'meeting')}.pdf"


def write_printouts(
    data: RunOfShowData,
    directory: str | os.PathLike[str],
    *,
    options: PrintOptions | None = None,
    protected: Protected = (),
) -> list[Path]:
    """The run of show (phones, notes: for the coordinator) and the sign-in sheet, as two
    owner-only PDFs."""
    day = data.meeting.starts_at.astimezone(_zone(data.meeting.timezone)).date().isoformat()
    stem = safe_file_stem(data.meeting.body_name, "meeting")
    names = [f"run-of-show-{day}-{stem}.pdf", f"sign-in-{day}-{stem}.pdf"]
    protected = list(protected)
    check_targets(directory, names, protected=protected)
    files = [(names[0], render_run_of_show(data, options)), (names[1], render_sign_in_sheet(data, options))]
    return write_private_files(directory, files, protected=protected)


def write_whip_report(
    session: Session, path: str | os.PathLike[str], *, paper: str = "letter", protected: Protected = ()
) -> Path:
    """``organizer whip --pdf FILE``: the whip count of every council as an owner-only PDF."""
    protected = list(protected)
    check_target(path, protected=protected)
    pdf = render_whip_report(whip_report_data(session), paper=paper)
    return write_private(path, pdf, protected=protected)


def _zone(name: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)
