"""Everything a meeting's page shows, snapshotted from the database in one short session.

The page never keeps ORM objects: ``board_view`` reads a meeting loaded by
``services.meetings.load_meeting_board`` into plain values, and the widgets draw those.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from organizer.domain.enums import MeetingKind, MeetingStatus, OrdinanceStage, OverflowPolicy
from organizer.domain.models import Meeting, utcnow
from organizer.domain.rules.budget import SpeakingBudget
from organizer.domain.rules.lineup import LineupCode, LineupWarning
from organizer.domain.rules.lottery import split_speakers
from organizer.gui.models.labels import MEETING_KIND_LABELS
from organizer.gui.models.lineup_model import LineupRow, lineup_rows
from organizer.services import meetings, signups
from organizer.services.lottery import current_commitment

WHOLE_LINEUP_CODES = frozenset({LineupCode.LOTTERY_NEEDED, LineupCode.LOTTERY_OUTDATED})


@dataclass(frozen=True)
class RulesView:
    minutes_per_speaker: int | None
    minutes_overridden: bool  # this meeting differs from the council's rule
    window_minutes: int | None
    window_overridden: bool
    deadline_minutes: int | None
    deadline_overridden: bool
    deadline: dt.datetime | None  # local to the council
    overflow_policy: OverflowPolicy
    overflow_overridden: bool
    verified_on: dt.date | None
    source: str
    instructions: str


@dataclass(frozen=True)
class DrawSummary:
    seed: str
    drawn_at: dt.datetime  # local
    speakers: int
    waiting: int


@dataclass(frozen=True)
class BoardView:
    meeting_id: int
    version: int
    body_id: int
    body_name: str
    title: str
    kind: MeetingKind
    status: MeetingStatus
    stage: OrdinanceStage
    agenda_item: str
    local_start: dt.datetime
    place: str
    address: str
    rules: RulesView
    budget: SpeakingBudget
    warnings: tuple[LineupWarning, ...]
    rows: tuple[LineupRow, ...]
    needs_lottery: bool  # more want to speak than fit, under a lottery policy
    lottery_due: bool  # ... and no draw yet, or sign-ups came in after the last one
    latest_draw: DrawSummary | None
    votes_recorded: int
    now: dt.datetime
    lottery_commitment: str | None = None  # SHA-256 of the seed the next draw reveals

    @property
    def accepts_signups(self) -> bool:
        return self.status not in (MeetingStatus.CANCELLED, MeetingStatus.HELD)

    @property
    def can_record_votes(self) -> bool:
        return self.status == MeetingStatus.HELD or (
            self.status != MeetingStatus.CANCELLED and self.local_start <= self.now
        )

    @property
    def heading(self) -> str:
        return f"{self.body_name} — {self.title}"


def board_view(meeting: Meeting, now: dt.datetime | None = None) -> BoardView:
    now = now or utcnow()
    body = meeting.body
    zone = meetings.local_start(meeting).tzinfo
    budget = meetings.meeting_budget(meeting, now)
    warnings = tuple(meetings.meeting_warnings(meeting))
    by_signup: dict[int, list[str]] = defaultdict(list)
    for warning in warnings:
        if warning.code in WHOLE_LINEUP_CODES:
            continue  # about everyone: marking every row would say nothing
        for signup_id in warning.signup_ids:
            by_signup[signup_id].append(warning.message)
    draw = meeting.lottery_draws[-1] if meeting.lottery_draws else None
    needs_lottery = signups.needs_lottery(meeting)
    latest = None
    if draw is not None:
        speaking = len(split_speakers(draw.order, draw.slots, draw.kept or ())[0])
        latest = DrawSummary(draw.seed, draw.drawn_at.astimezone(zone), speaking, len(draw.order) - speaking)
    committed = current_commitment(meeting)
    return BoardView(
        meeting_id=meeting.id,
        version=meeting.version,
        body_id=body.id,
        body_name=body.name,
        title=meeting.title or MEETING_KIND_LABELS[MeetingKind(meeting.kind)],
        kind=MeetingKind(meeting.kind),
        status=MeetingStatus(meeting.status),
        stage=OrdinanceStage(meeting.ordinance_stage),
        agenda_item=meeting.agenda_item,
        local_start=meetings.local_start(meeting),
        place=meeting.effective_place,
        address=meeting.effective_address,
        rules=RulesView(
            minutes_per_speaker=meeting.effective_minutes_per_speaker,
            minutes_overridden=meeting.minutes_per_speaker is not None,
            window_minutes=meeting.effective_window_minutes,
            window_overridden=meeting.comment_window_minutes is not None,
            deadline_minutes=meeting.effective_signup_deadline_minutes,
            deadline_overridden=meeting.signup_deadline_minutes is not None,
            deadline=budget.deadline.astimezone(zone) if budget.deadline else None,
            overflow_policy=OverflowPolicy(meeting.effective_overflow_policy),
            overflow_overridden=meeting.overflow_policy is not None,
            verified_on=body.rules_verified_on,
            source=body.rules_source,
            instructions=body.signup_instructions,
        ),
        budget=budget,
        warnings=warnings,
        rows=tuple(lineup_rows(meeting, by_signup)),
        needs_lottery=needs_lottery,
        lottery_due=needs_lottery
        and (draw is None or any(w.code in WHOLE_LINEUP_CODES for w in warnings)),
        latest_draw=latest,
        votes_recorded=len(meeting.votes),
        now=now,
        lottery_commitment=committed.commitment if committed is not None else None,
    )
