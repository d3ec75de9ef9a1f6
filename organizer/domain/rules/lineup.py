"""Warnings about a meeting's line-up, each a sentence a coordinator can act on.

Only sign-ups that take a slot (``ACTIVE_SIGNUP_STATUSES``) are looked at. The checks that
are about council members (unanswered concerns, wards without a speaker) look at the
persuadable ones: undecided and leaning either way. Members already at yes or no, or
whose stance is unknown, are left to the whip count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from organizer.domain.enums import (
    ACTIVE_SIGNUP_STATUSES,
    STANCE_LABELS,
    MayorVotes,
    OverflowPolicy,
    Stance,
)
from organizer.domain.rules.budget import speakers_that_fit
from organizer.domain.rules.inputs import LineupInput, MemberInput, SpeakerInput
from organizer.i18n import _, ngettext

PERSUADABLE = frozenset({Stance.LEAN_YES, Stance.UNDECIDED, Stance.LEAN_NO})
DEFAULT_MAX_SPEAKERS_PER_POINT = 2


class LineupCode(StrEnum):
    DUPLICATE_PERSON = "duplicate_person"
    OVER_WINDOW = "over_window"
    OVER_CAP = "over_cap"
    POINT_OVERUSED = "point_overused"
    CONCERN_UNANSWERED = "concern_unanswered"
    WARD_WITHOUT_SPEAKER = "ward_without_speaker"
    LOTTERY_NEEDED = "lottery_needed"
    LOTTERY_OUTDATED = "lottery_outdated"
    NO_POINTS = "no_points"


@dataclass(frozen=True)
class LineupWarning:
    code: LineupCode
    message: str
    signup_ids: tuple[int, ...] = ()
    member_id: int | None = None  # the council member it is about, if any
    point_id: int | None = None  # the talking point it is about, if any

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code.value,
            "message": self.message,
            "signup_ids": list(self.signup_ids),
            "member_id": self.member_id,
            "point_id": self.point_id,
        }


# Counts are whole phrases ("3 minutes"), so a language with other plural rules says them right.
def _minutes(n: int) -> str:
    return ngettext("{n} minute", "{n} minutes", n).format(n=n)


def _speakers(n: int) -> str:
    return ngettext("{n} speaker", "{n} speakers", n).format(n=n)


def _people(n: int) -> str:
    return ngettext("{n} person", "{n} people", n).format(n=n)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _norm_ward(text: str) -> str:
    # "Ward 3", "ward 3" and "3" name the same ward.
    return re.sub(r"^ward\s*", "", _norm(text))


def _is_at_large(seat: str) -> bool:
    return re.sub(r"[\s\-_]", "", seat.casefold()).startswith("atlarge")


def _stance_words(stance: Stance) -> str:
    return _(STANCE_LABELS[stance]).lower()


def _member_label(member: MemberInput) -> str:
    return f"{member.name} ({member.seat.strip()})" if member.seat.strip() else member.name


def _speaking_order(speakers: Iterable[SpeakerInput]) -> list[SpeakerInput]:
    return sorted(speakers, key=lambda s: (s.position, s.signup_id))


def _duplicates(speakers: list[SpeakerInput]) -> list[LineupWarning]:
    # Union-find over anything that identifies a person: the record itself, e-mail, phone,
    # or the full name (two records for one volunteer is the usual way it happens).
    parent = list(range(len(speakers)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_seen: dict[tuple[str, str], int] = {}
    for i, s in enumerate(speakers):
        phone_digits = re.sub(r"\D", "", s.phone)
        keys = [("person", str(s.person_id)), ("name", _norm(s.name))]
        if s.email.strip():
            keys.append(("email", s.email.strip().casefold()))
        if len(phone_digits) >= 7:
            keys.append(("phone", phone_digits[-10:]))
        for key in keys:
            if key[1] == "":
                continue
            if key in first_seen:
                parent[find(i)] = find(first_seen[key])
            else:
                first_seen[key] = i

    groups: dict[int, list[SpeakerInput]] = defaultdict(list)
    for i, s in enumerate(speakers):
        groups[find(i)].append(s)

    warnings = []
    for group in groups.values():
        if len(group) < 2:
            continue
        names = list(dict.fromkeys(s.name for s in group))
        if len(names) == 1:
            message = _(
                "{name} is signed up {count} times for this meeting; cancel the extra sign-up."
            ).format(name=names[0], count=len(group))
        else:
            message = _(
                "{names} look like the same person signed up more than once; "
                "check and cancel the extra sign-up."
            ).format(names=_(" and ").join(names))
        warnings.append(
            LineupWarning(LineupCode.DUPLICATE_PERSON, message, tuple(s.signup_id for s in group))
        )
    return warnings


def _over_window(lineup: LineupInput, speakers: list[SpeakerInput]) -> list[LineupWarning]:
    window = lineup.window_minutes
    if window is None:
        return []
    elapsed = 0
    cut: list[int] = []
    for s in _speaking_order(speakers):
        minutes = s.minutes if s.minutes is not None else lineup.minutes_per_speaker
        elapsed += minutes or 0
        if elapsed > window:
            cut.append(s.signup_id)
    if not cut:
        return []
    message = _(
        "The speakers need {needed} but the comment window is {window}, so {cut} at the end "
        "would not get to speak."
    ).format(needed=_minutes(elapsed), window=_minutes(window), cut=_speakers(len(cut)))
    return [LineupWarning(LineupCode.OVER_WINDOW, message, tuple(cut))]


def _over_cap(lineup: LineupInput, speakers: list[SpeakerInput]) -> list[LineupWarning]:
    cap = lineup.minutes_per_speaker
    if cap is None:
        return []
    return [
        LineupWarning(
            LineupCode.OVER_CAP,
            _("{name} is down for {minutes} but the limit is {limit} per speaker.").format(
                name=s.name, minutes=_minutes(s.minutes), limit=_minutes(cap)
            ),
            (s.signup_id,),
        )
        for s in speakers
        if s.minutes is not None and s.minutes > cap
    ]


def _overused_points(
    lineup: LineupInput, speakers: list[SpeakerInput], max_speakers: int
) -> list[LineupWarning]:
    titles = {p.id: p.title for p in lineup.points}
    givers: dict[int, list[int]] = defaultdict(list)
    for s in speakers:
        for point_id in dict.fromkeys(s.point_ids):
            givers[point_id].append(s.signup_id)
    warnings = []
    for point_id, signup_ids in givers.items():
        if len(signup_ids) > max_speakers:
            title = titles.get(point_id) or _("talking point #{id}").format(id=point_id)
            warnings.append(
                LineupWarning(
                    LineupCode.POINT_OVERUSED,
                    _(
                        "{count} speakers are giving \u201c{title}\u201d; give some of them other "
                        "points so the council hears more reasons."
                    ).format(count=len(signup_ids), title=title),
                    tuple(signup_ids),
                    point_id=point_id,
                )
            )
    return warnings


def _persuadable_members(lineup: LineupInput) -> list[MemberInput]:
    return [
        m
        for m in lineup.members
        if m.active
        and m.stance in PERSUADABLE
        and not (m.is_mayor and lineup.mayor_votes == MayorVotes.NEVER)
    ]


def _unanswered_concerns(
    lineup: LineupInput, speakers: list[SpeakerInput], members: list[MemberInput]
) -> list[LineupWarning]:
    concerns_of_point = {p.id: {_norm(c) for c in p.concerns} for p in lineup.points}
    answered: set[str] = set()
    for s in speakers:
        for point_id in s.point_ids:
            answered |= concerns_of_point.get(point_id, set())
    warnings = []
    for m in members:
        seen: set[str] = set()
        for concern in m.concerns:
            key = _norm(concern)
            if not key or key in seen or key in answered:
                continue
            seen.add(key)
            warnings.append(
                LineupWarning(
                    LineupCode.CONCERN_UNANSWERED,
                    _(
                        "{member}, who is {stance}, is concerned about \u201c{concern}\u201d, "
                        "and no speaker's talking points answer it."
                    ).format(member=_member_label(m), stance=_stance_words(m.stance), concern=concern.strip()),
                    member_id=m.id,
                )
            )
    return warnings


def _wards_without_speaker(
    lineup: LineupInput, speakers: list[SpeakerInput], members: list[MemberInput]
) -> list[LineupWarning]:
    residents = [s for s in speakers if s.home_body_id == lineup.body_id]
    wards = {_norm_ward(s.ward) for s in residents if s.ward.strip()}
    warnings = []
    for m in members:
        stance = _stance_words(m.stance)
        if m.is_mayor or _is_at_large(m.seat) or not m.seat.strip():
            # The whole city elects them, so any resident speaker is a constituent.
            if residents:
                continue
            label = (
                _("{name} (mayor)").format(name=m.name) if m.is_mayor and not m.seat.strip()
                else _member_label(m)
            )
            message = _(
                "No speaker is a constituent of {member}, who is {stance}: nobody signed up "
                "lives in the area the {body} serves."
            ).format(member=label, stance=stance, body=lineup.body_name)
        else:
            if _norm_ward(m.seat) in wards:
                continue
            message = _("No speaker lives in {ward}, the ward of {member}, who is {stance}.").format(
                ward=m.seat, member=m.name, stance=stance
            )
        warnings.append(LineupWarning(LineupCode.WARD_WITHOUT_SPEAKER, message, member_id=m.id))
    return warnings


def _lottery(lineup: LineupInput, speakers: list[SpeakerInput]) -> list[LineupWarning]:
    if lineup.overflow_policy != OverflowPolicy.LOTTERY:
        return []
    fit = speakers_that_fit(lineup.window_minutes, lineup.minutes_per_speaker)
    if fit is None or len(speakers) <= fit:
        return []
    ids = tuple(s.signup_id for s in speakers)
    if lineup.lottery_entrants is None:
        message = _(
            "{people} signed up but only {fit} fit in the comment window; "
            "draw the lottery to decide who speaks."
        ).format(people=_people(len(speakers)), fit=fit)
        return [LineupWarning(LineupCode.LOTTERY_NEEDED, message, ids)]
    entered = set(lineup.lottery_entrants)
    late = tuple(i for i in ids if i not in entered)
    if not late:
        return []
    message = ngettext(
        "{n} sign-up came in after the lottery was drawn and was not part of it; "
        "put them after the drawn speakers or draw again with everyone.",
        "{n} sign-ups came in after the lottery was drawn and were not part of it; "
        "put them after the drawn speakers or draw again with everyone.",
        len(late),
    ).format(n=len(late))
    return [LineupWarning(LineupCode.LOTTERY_OUTDATED, message, late)]


def _without_points(speakers: list[SpeakerInput]) -> list[LineupWarning]:
    return [
        LineupWarning(
            LineupCode.NO_POINTS, _("{name} has no talking points yet.").format(name=s.name), (s.signup_id,)
        )
        for s in speakers
        if not s.point_ids
    ]


def lineup_warnings(
    lineup: LineupInput, max_speakers_per_point: int = DEFAULT_MAX_SPEAKERS_PER_POINT
) -> list[LineupWarning]:
    """Every warning about the line-up; ``max_speakers_per_point`` more is too many."""
    speakers = _speaking_order(s for s in lineup.speakers if s.status in ACTIVE_SIGNUP_STATUSES)
    members = _persuadable_members(lineup)
    return [
        *_duplicates(speakers),
        *_over_window(lineup, speakers),
        *_over_cap(lineup, speakers),
        *_overused_points(lineup, speakers, max_speakers_per_point),
        *_unanswered_concerns(lineup, speakers, members),
        *_wards_without_speaker(lineup, speakers, members),
        *_lottery(lineup, speakers),
        *_without_points(speakers),
    ]
