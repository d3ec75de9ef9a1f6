"""Speaker sign-ups: who speaks at which meeting, in what order, with which points."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from organizer.domain.enums import (
    ACTIVE_SIGNUP_STATUSES,
    MeetingStatus,
    OverflowPolicy,
    SignupStatus,
    SpeakerNeed,
)
from organizer.domain.models import LotteryDraw, Meeting, Person, Signup, SignupPoint, TalkingPoint
from organizer.domain.rules import lottery
from organizer.domain.rules.budget import speakers_that_fit
from organizer.errors import ValidationError
from organizer.i18n import N_, _
from organizer.services import validation as v
from organizer.services.lottery import current_commitment
from organizer.services.records import apply_changes, check_version, get_record

SIGNUP_FIELDS = ("status", "minutes", "angle", "needs", "notes")


def add_signup(
    session: Session,
    meeting_id: int,
    person_id: int,
    point_ids: Sequence[int] = (),
    *,
    status: SignupStatus | str = SignupStatus.INVITED,
    angle: str = "",
) -> Signup:
    """Put a person on a meeting's speaker list, at the end of the order."""
    meeting = get_record(session, Meeting, meeting_id, N_("meeting"))
    person = get_record(session, Person, person_id, N_("person"))
    if meeting.status in (MeetingStatus.CANCELLED, MeetingStatus.HELD):
        raise ValidationError(
            _("That meeting is cancelled; nobody can sign up to speak at it.")
            if meeting.status == MeetingStatus.CANCELLED
            else _("That meeting is held; nobody can sign up to speak at it.")
        )
    already = session.scalar(
        select(Signup.id).where(Signup.meeting_id == meeting_id, Signup.person_id == person_id)
    )
    if already is not None:
        raise ValidationError(_("{display_name} is already signed up for that meeting.").format(display_name=person.display_name))
    last = session.scalar(select(func.max(Signup.position)).where(Signup.meeting_id == meeting_id)) or 0
    signup = Signup(
        meeting=meeting,
        person=person,
        position=last + 1,
        status=_status(status),
        angle=v.limit_text(angle, N_("The angle"), field="angle", max_length=5000),
    )
    session.add(signup)
    session.flush()
    if point_ids:
        assign_points(session, signup.id, point_ids)
    return signup


def _status(value: SignupStatus | str) -> SignupStatus:
    return v.parse_choice(SignupStatus, value, N_("a sign-up status"), "status", list_choices=True)


def update_signup(
    session: Session, signup_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Signup:
    signup = get_record(session, Signup, signup_id, N_("sign-up"))
    check_version(signup, expected_version, N_("sign-up"))
    cleaned = dict(changes)
    if "status" in cleaned:
        cleaned["status"] = _status(cleaned["status"])
    if "minutes" in cleaned:
        cleaned["minutes"] = v.positive_minutes(cleaned["minutes"], N_("Minutes"), field="minutes")
    if "needs" in cleaned:
        needs = []
        for need in cleaned["needs"] or []:
            needs.append(v.parse_choice(SpeakerNeed, need, N_("a need we track"), "needs").value)
        cleaned["needs"] = list(dict.fromkeys(needs))
    for name, label in (("angle", N_("Angle")), ("notes", N_("Notes"))):
        if name in cleaned:
            cleaned[name] = v.limit_text(cleaned[name], label, field=name, max_length=20_000)
    apply_changes(signup, cleaned, SIGNUP_FIELDS)
    session.flush()
    return signup


def assign_points(session: Session, signup_id: int, point_ids: Sequence[int]) -> Signup:
    """Set the talking points a speaker gives, in this order."""
    signup = get_record(session, Signup, signup_id, N_("sign-up"))
    ids = list(dict.fromkeys(int(i) for i in point_ids))
    if ids:
        # A number past the id column's range names no point; asking for it would overflow.
        possible = [i for i in ids if 0 < i <= v.MAX_RECORD_ID]
        found = {p.id: p for p in session.scalars(select(TalkingPoint).where(TalkingPoint.id.in_(possible)))}
        missing = [str(i) for i in ids if i not in found]
        if missing:
            raise ValidationError(_("There is no talking point with id {ids}.").format(ids=", ".join(missing)), "points")
        inactive = [found[i].title for i in ids if not found[i].active]
        if inactive:
            raise ValidationError(_("“{title}” is retired; choose an active talking point.").format(title=inactive[0]), "points")
    signup.point_links.clear()
    session.flush()
    for position, point_id in enumerate(ids, start=1):
        signup.point_links.append(SignupPoint(point_id=point_id, position=position))
    session.flush()
    session.expire(signup, ["point_links"])
    return signup


def reorder(session: Session, meeting_id: int, signup_ids: Sequence[int]) -> None:
    """Make ``signup_ids`` the speaking order (1, 2, 3...); every sign-up must be listed once."""
    signups = {s.id: s for s in session.scalars(select(Signup).where(Signup.meeting_id == meeting_id))}
    ids = [int(i) for i in signup_ids]
    if sorted(ids) != sorted(signups):
        raise ValidationError(_("The new order must list every speaker of the meeting exactly once."))
    for position, signup_id in enumerate(ids, start=1):
        if signups[signup_id].position != position:
            signups[signup_id].position = position
    session.flush()


def move(session: Session, signup_id: int, new_index: int) -> None:
    """Move one speaker to 0-based ``new_index`` in the order, shifting the others."""
    signup = get_record(session, Signup, signup_id, N_("sign-up"))
    order = [
        s.id
        for s in session.scalars(
            select(Signup).where(Signup.meeting_id == signup.meeting_id).order_by(Signup.position, Signup.id)
        )
    ]
    order.remove(signup_id)
    order.insert(max(0, min(new_index, len(order))), signup_id)
    reorder(session, signup.meeting_id, order)


def draw_lottery(session: Session, meeting_id: int, seed: str | None = None) -> LotteryDraw:
    """Draw the speaking order by lottery and record it; those who do not fit are waitlisted.

    Everyone signed up and still active enters, whatever their current place in the order.
    A seed committed in advance (``lottery.commit_lottery``) is revealed and used; without
    one, ``seed`` (or a fresh one) is used and the draw records that nothing was committed.
    On a redraw, speakers already confirmed keep their slot and their status.
    """
    meeting = get_record(session, Meeting, meeting_id, N_("meeting"))
    if seed is not None:
        seed = v.limit_text(seed, N_("The lottery seed"), field="seed", max_length=100)
    committed = current_commitment(meeting)
    if committed is not None:
        if seed and seed != committed.seed:
            raise ValidationError(
                _("This lottery's seed was committed in advance; the draw must use that seed, not a new one.")
            )
        seed = committed.seed
    entrants = [
        s
        for s in meeting.signups
        if s.status in ACTIVE_SIGNUP_STATUSES or s.status == SignupStatus.WAITLISTED
    ]
    if len(entrants) < 2:
        raise ValidationError(_("A lottery needs at least two people signed up."))
    slots = speakers_that_fit(meeting.effective_window_minutes, meeting.effective_minutes_per_speaker)
    if slots is None:
        slots = len(entrants)
    # Someone told "you speak" and who confirmed is not un-told by a later draw.
    kept = [s.id for s in entrants if s.status in KEPT_ON_REDRAW] if meeting.lottery_draws else []
    result = lottery.draw([s.id for s in entrants], slots, seed, kept=kept)
    by_id = {s.id: s for s in entrants}
    others = [s.id for s in meeting.signups if s.id not in by_id]
    for position, signup_id in enumerate(list(result.speakers + result.waitlist) + others, start=1):
        signup = next(s for s in meeting.signups if s.id == signup_id)
        signup.position = position
    for signup_id in result.speakers:
        if by_id[signup_id].status == SignupStatus.WAITLISTED:
            by_id[signup_id].status = SignupStatus.INVITED
    for signup_id in result.waitlist:
        by_id[signup_id].status = SignupStatus.WAITLISTED
    draw = LotteryDraw(
        meeting=meeting,
        seed=result.seed,
        entrants=list(result.entrants),
        order=list(result.order),
        slots=result.slots,
        commitment=committed.commitment if committed is not None else None,
        kept=list(result.kept),
    )
    session.add(draw)
    session.flush()
    return draw


# Statuses a redraw never takes a speaking slot from: the speaker said yes, or is here.
KEPT_ON_REDRAW = frozenset({SignupStatus.CONFIRMED, SignupStatus.CHECKED_IN, SignupStatus.SPOKE})


def needs_lottery(meeting: Meeting) -> bool:
    """A lottery policy, more sign-ups than fit, and no draw that covers all of them yet."""
    if meeting.effective_overflow_policy != OverflowPolicy.LOTTERY:
        return False
    slots = speakers_that_fit(meeting.effective_window_minutes, meeting.effective_minutes_per_speaker)
    entrants = [
        s for s in meeting.signups if s.status in ACTIVE_SIGNUP_STATUSES or s.status == SignupStatus.WAITLISTED
    ]
    if slots is None or len(entrants) <= slots:
        return False
    if not meeting.lottery_draws:
        return True
    drawn = set(meeting.lottery_draws[-1].entrants)
    return any(s.id not in drawn for s in entrants)  # someone signed up after the draw


def signup_counts(session: Session) -> dict[int, int]:
    """Active sign-ups per meeting id, in one query."""
    return dict(
        session.execute(
            select(Signup.meeting_id, func.count())
            .where(Signup.status.in_(list(ACTIVE_SIGNUP_STATUSES)))
            .group_by(Signup.meeting_id)
        ).all()
    )
