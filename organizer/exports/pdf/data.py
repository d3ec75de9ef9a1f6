"""What the printouts need to know, as plain frozen values: the renderers never see the database.

``organizer.services.packets`` builds these from the campaign's records; tests and the
benchmark build them directly. Every datetime is timezone-aware; ``MeetingInfo.timezone``
is the IANA zone the printouts show times in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from organizer.domain.enums import Stance
from organizer.domain.rules.whip import WhipCount
from organizer.errors import ValidationError
from organizer.i18n import _

PAPER_SIZES = ("letter", "a4")


@dataclass(frozen=True)
class PrintOptions:
    paper: str = "letter"  # "letter" or "a4"
    large_print: bool = False  # body text at 14 pt or more

    def __post_init__(self) -> None:
        if self.paper not in PAPER_SIZES:
            raise ValidationError(
                _("Paper size must be one of: {sizes}.").format(sizes=", ".join(PAPER_SIZES)), field="paper"
            )


@dataclass(frozen=True)
class CampaignInfo:
    campaign_name: str = ""
    ordinance_name: str = ""
    organization: str = ""
    ask: str = ""
    ask_es: str = ""  # the ask in Spanish; empty prints the English one with a note
    coordinator_name: str = ""
    coordinator_email: str = ""
    coordinator_phone: str = ""

    def ask_in(self, lang: str) -> str:
        """The campaign's ask in ``lang`` if it has been translated, else in English."""
        return (self.ask_es if lang == "es" else "") or self.ask

    def ask_translated(self, lang: str) -> bool:
        return lang == "en" or (lang == "es" and bool(self.ask_es))


@dataclass(frozen=True)
class MeetingInfo:
    body_name: str
    starts_at: dt.datetime
    timezone: str = "America/Chicago"
    title: str = ""
    place: str = ""
    address: str = ""
    agenda_item: str = ""
    arrive_by: dt.datetime | None = None
    signup_deadline: dt.datetime | None = None  # None: no deadline before the meeting
    signup_instructions: str = ""
    minutes_per_speaker: int | None = None
    window_minutes: int | None = None  # None: no limit on public comment as a whole


@dataclass(frozen=True)
class SpeakerInfo:
    name: str  # the name to print: preferred name, else first name, and last name
    pronouns: str = ""
    slot: int | None = None  # 1-based place in the speaking order
    speaker_count: int | None = None  # how many speak at this meeting
    minutes: int | None = None  # their time limit; None: no set limit
    angle: str = ""  # the angle or personal story they told the coordinator about
    waitlisted: bool = False


@dataclass(frozen=True)
class PointText:
    """A talking point as printed: in the packet's language, or in English when untranslated."""

    title: str
    summary: str = ""
    body: str = ""
    translated: bool = True  # False: no translation into the packet's language; English shown


@dataclass(frozen=True)
class SpeakingTime:
    words: int
    seconds: int
    words_per_minute: int
    limit_seconds: int | None  # None: no set limit

    @property
    def over_by(self) -> int:
        """Seconds over the limit; 0 when it fits or there is no limit."""
        if self.limit_seconds is None:
            return 0
        return max(0, self.seconds - self.limit_seconds)


@dataclass(frozen=True)
class MemberStance:
    name: str
    seat: str
    stance: Stance
    public: bool


@dataclass(frozen=True)
class InternalNotes:
    """Only present when the coordinator asked for internal notes (``include_internal``)."""

    member_stances: tuple[MemberStance, ...] = ()
    signup_notes: str = ""
    person_notes: str = ""


@dataclass(frozen=True)
class PacketData:
    lang: str
    campaign: CampaignInfo
    meeting: MeetingInfo
    speaker: SpeakerInfo
    points: tuple[PointText, ...]  # assigned points in speaking order (not prompts or asks)
    story_prompt: PointText | None  # an assigned personal-story prompt, if any
    ask: PointText | None  # an assigned ask; None: the campaign's ask is printed
    does: tuple[PointText, ...]  # key facts: what the ordinance does
    does_not: tuple[PointText, ...]  # ... and what it does not do
    speaking_time: SpeakingTime
    generated_at: dt.datetime
    internal: InternalNotes | None = None

    @property
    def title(self) -> str:
        return f"{self.speaker.name} – {self.meeting.body_name}"


@dataclass(frozen=True)
class RunOfShowRow:
    slot: int | None
    name: str
    minutes: int | None
    phone: str = ""
    points: tuple[str, ...] = ()  # titles, in order
    status: str = ""  # already a label, e.g. "confirmed"
    needs: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class LotteryLine:
    """What the printouts say about the lottery: the commitment published before sign-ups
    and, once drawn, the revealed seed; never the seed before the draw."""

    commitment: str | None  # SHA-256 of the seed; None: nothing was committed
    seed: str | None = None  # None until the draw
    seed_committed: bool = False  # the drawn seed is the one whose hash was published


@dataclass(frozen=True)
class RunOfShowData:
    lang: str
    campaign: CampaignInfo
    meeting: MeetingInfo
    speakers: tuple[RunOfShowRow, ...]
    waitlist: tuple[RunOfShowRow, ...] = ()
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    lottery: LotteryLine | None = None


@dataclass(frozen=True)
class WhipReportData:
    bodies: tuple[WhipCount, ...]
    generated_at: dt.datetime
    campaign: CampaignInfo = CampaignInfo()
    timezone: str = "America/Chicago"  # for the generation date
    lang: str = "en"
