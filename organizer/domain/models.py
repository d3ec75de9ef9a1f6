"""The campaign's data model (SQLAlchemy 2.x, typed ``Mapped[]`` columns).

Privacy, by design
------------------
Many volunteers are immigrants or their families. This model deliberately has **no field
for immigration status, citizenship, visa, country of birth, or anything that could stand
in for them**, and none may be added: the ordinance the campaign supports forbids the city
from collecting such information, and holding it here would endanger the very people the
campaign serves. Notes fields are for logistics; the GUI reminds users not to record
status there either.

``Person.notes``, ``CouncilMember.notes``, stances and interactions are internal: exports
meant for others (speaker packets) leave them out unless the coordinator opts in.

Concurrency
-----------
Every editable table carries a ``version`` column used by SQLAlchemy's optimistic
concurrency (``version_id_col``): an UPDATE whose version no longer matches raises
``StaleDataError``, which the services turn into a ``ConflictError`` with a sentence.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from organizer.domain.enums import (
    InteractionKind,
    MayorVotes,
    MeetingKind,
    MeetingStatus,
    OrdinanceStage,
    OverflowPolicy,
    PersonRole,
    PointCategory,
    SignupStatus,
    Stance,
    StanceSource,
    VoteCast,
)
from organizer.domain.text import fold

# Named constraints so that Alembic batch migrations on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Stores an aware datetime as naive UTC; always returns an aware UTC datetime.

    SQLite has no time-zone type, and PostgreSQL's would convert on the way out; storing
    UTC and converting to the body's zone only for display gives both the same behaviour.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_meeting_uid() -> str:
    return f"{uuid.uuid4()}@organizer.local"


class StrEnumType(TypeDecorator):
    """A StrEnum stored as a plain string; loaded values come back as the enum.

    Plain strings, not native enums: adding a value later needs no ALTER TYPE on PostgreSQL.
    """

    impl = String
    cache_ok = True

    def __init__(self, enum_cls: type, length: int):
        super().__init__(length)
        self.enum_cls = enum_cls

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        return self.enum_cls(value).value

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        if value is None:
            return None
        return self.enum_cls(value)


def _enum(enum_cls: type) -> StrEnumType:
    return StrEnumType(enum_cls, max(len(v.value) for v in enum_cls) + 8)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Optimistic concurrency: see the module docstring."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


class CampaignSettings(Versioned, Base):
    """One row (id 1): what packets and printouts say about the campaign."""

    __tablename__ = "campaign_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_name: Mapped[str] = mapped_column(String(200), default="")
    ordinance_name: Mapped[str] = mapped_column(String(200), default="")
    ask: Mapped[str] = mapped_column(Text, default="")
    ask_es: Mapped[str] = mapped_column(Text, default="", server_default="")  # for Spanish packets
    organization: Mapped[str] = mapped_column(String(200), default="")
    coordinator_name: Mapped[str] = mapped_column(String(200), default="")
    coordinator_email: Mapped[str] = mapped_column(String(320), default="")
    coordinator_phone: Mapped[str] = mapped_column(String(40), default="")
    words_per_minute: Mapped[int] = mapped_column(Integer, default=130)


class GoverningBody(Versioned, Base):
    """A council: its seats, voting rules, schedule and public-comment rules."""

    __tablename__ = "governing_bodies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(60), default="")
    # Voting seats on an ordinary question; includes the mayor only if the mayor always votes.
    seats: Mapped[int] = mapped_column(Integer)
    # None means a majority of the seats (see rules.whip.votes_needed).
    votes_needed_override: Mapped[int | None] = mapped_column(Integer, nullable=True)
    mayor_votes: Mapped[MayorVotes] = mapped_column(_enum(MayorVotes), default=MayorVotes.ALWAYS)
    timezone: Mapped[str] = mapped_column(String(64), default="America/Chicago")
    meeting_place: Mapped[str] = mapped_column(String(200), default="")
    meeting_address: Mapped[str] = mapped_column(String(300), default="")
    # Regular schedule: weekday (0 = Monday), which weeks of the month ("2,4"), local time.
    schedule_weekday: Mapped[int | None] = mapped_column(Integer, nullable=True)
    schedule_weeks: Mapped[str] = mapped_column(String(20), default="")
    schedule_time: Mapped[str] = mapped_column(String(5), default="")
    # Public-comment rules.
    minutes_per_speaker: Mapped[int | None] = mapped_column(Integer, nullable=True)
    comment_window_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: unlimited
    signup_deadline_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    overflow_policy: Mapped[OverflowPolicy] = mapped_column(
        _enum(OverflowPolicy), default=OverflowPolicy.FIRST_COME
    )
    signup_instructions: Mapped[str] = mapped_column(Text, default="")
    rules_verified_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    rules_source: Mapped[str] = mapped_column(Text, default="")

    members: Mapped[list[CouncilMember]] = relationship(
        back_populates="body", order_by="CouncilMember.id", cascade="all, delete-orphan"
    )
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="body", order_by="Meeting.starts_at", cascade="all, delete-orphan"
    )


class CouncilMember(Versioned, Base):
    __tablename__ = "council_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("governing_bodies.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    seat: Mapped[str] = mapped_column(String(100), default="")  # "Ward 3", "At-large", "Mayor"
    is_mayor: Mapped[bool] = mapped_column(Boolean, default=False)
    term_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    term_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    office: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")  # internal
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    concerns: Mapped[list[str]] = mapped_column(JSON, default=list)  # tags, e.g. "public safety"
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)  # demo data, not a real person

    body: Mapped[GoverningBody] = relationship(back_populates="members")
    stances: Mapped[list[StanceRecord]] = relationship(
        back_populates="member",
        order_by="(StanceRecord.recorded_on, StanceRecord.id)",
        cascade="all, delete-orphan",
    )
    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="member",
        order_by="(Interaction.occurred_on, Interaction.id)",
        cascade="all, delete-orphan",
    )

    @property
    def current_stance(self) -> Stance:
        """The latest record wins (by date, then by entry order)."""
        return self.stances[-1].stance if self.stances else Stance.UNKNOWN


class StanceRecord(Versioned, Base):
    __tablename__ = "stance_records"
    __table_args__ = (Index("ix_stance_records_member_date", "member_id", "recorded_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("council_members.id", ondelete="CASCADE"))
    stance: Mapped[Stance] = mapped_column(_enum(Stance))
    recorded_on: Mapped[dt.date] = mapped_column(Date)
    source_kind: Mapped[StanceSource] = mapped_column(_enum(StanceSource))
    source: Mapped[str] = mapped_column(Text, default="")  # a link or a note
    is_public: Mapped[bool] = mapped_column(Boolean, default=False)  # said in public or in writing
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    member: Mapped[CouncilMember] = relationship(back_populates="stances")


class Interaction(Versioned, Base):
    __tablename__ = "interactions"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("council_members.id", ondelete="CASCADE"))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[InteractionKind] = mapped_column(_enum(InteractionKind))
    team_members: Mapped[str] = mapped_column(String(300), default="")  # who from the team
    summary: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)

    member: Mapped[CouncilMember] = relationship(back_populates="interactions")


class Meeting(Versioned, Base):
    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_body_start", "body_id", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("governing_bodies.id", ondelete="CASCADE"))
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    kind: Mapped[MeetingKind] = mapped_column(_enum(MeetingKind), default=MeetingKind.REGULAR)
    title: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(200), default="")  # empty: the body's usual place
    address: Mapped[str] = mapped_column(String(300), default="")
    agenda_item: Mapped[str] = mapped_column(Text, default="")
    ordinance_stage: Mapped[OrdinanceStage] = mapped_column(
        _enum(OrdinanceStage), default=OrdinanceStage.NONE
    )
    status: Mapped[MeetingStatus] = mapped_column(
        _enum(MeetingStatus), default=MeetingStatus.SCHEDULED
    )
    # Overrides of the body's public-comment rules for this meeting; None inherits.
    minutes_per_speaker: Mapped[int | None] = mapped_column(Integer, nullable=True)
    comment_window_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    signup_deadline_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    overflow_policy: Mapped[OverflowPolicy | None] = mapped_column(
        _enum(OverflowPolicy), nullable=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")  # internal
    # iCalendar UID: every meeting gets a random one when created (so exports from two
    # campaigns never collide); meetings imported from a council's feed keep the feed's, so
    # importing again updates them.
    ics_uid: Mapped[str | None] = mapped_column(
        String(300), unique=True, nullable=True, default=lambda: new_meeting_uid()
    )

    body: Mapped[GoverningBody] = relationship(back_populates="meetings")
    signups: Mapped[list[Signup]] = relationship(
        back_populates="meeting",
        order_by="(Signup.position, Signup.id)",
        cascade="all, delete-orphan",
    )
    votes: Mapped[list[MemberVote]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    lottery_draws: Mapped[list[LotteryDraw]] = relationship(
        back_populates="meeting", order_by="LotteryDraw.id", cascade="all, delete-orphan"
    )
    lottery_commitments: Mapped[list[LotteryCommitment]] = relationship(
        back_populates="meeting", order_by="LotteryCommitment.id", cascade="all, delete-orphan"
    )

    # Effective rules: the meeting's override, else the body's.
    @property
    def effective_minutes_per_speaker(self) -> int | None:
        if self.minutes_per_speaker is not None:
            return self.minutes_per_speaker
        return self.body.minutes_per_speaker

    @property
    def effective_window_minutes(self) -> int | None:
        if self.comment_window_minutes is not None:
            return self.comment_window_minutes
        return self.body.comment_window_minutes

    @property
    def effective_signup_deadline_minutes(self) -> int | None:
        if self.signup_deadline_minutes is not None:
            return self.signup_deadline_minutes
        return self.body.signup_deadline_minutes

    @property
    def effective_overflow_policy(self) -> OverflowPolicy:
        return self.overflow_policy or self.body.overflow_policy

    @property
    def effective_place(self) -> str:
        return self.place or self.body.meeting_place

    @property
    def effective_address(self) -> str:
        return self.address or self.body.meeting_address


class MemberVote(Versioned, Base):
    """A member's recorded vote at a held meeting (also adds a StanceRecord from a vote)."""

    __tablename__ = "member_votes"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("council_members.id", ondelete="CASCADE"))
    vote: Mapped[VoteCast] = mapped_column(_enum(VoteCast))

    meeting: Mapped[Meeting] = relationship(back_populates="votes")
    member: Mapped[CouncilMember] = relationship()


class Person(Versioned, Base):
    """A volunteer, speaker or team member.

    Never add immigration status or any proxy for it (see the module docstring).
    """

    __tablename__ = "people"
    __table_args__ = (
        Index("ix_people_name", "last_name", "first_name"),
        Index("ix_people_phone", "phone"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    preferred_name: Mapped[str] = mapped_column(String(200), default="")
    pronouns: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str | None] = mapped_column(String(320), unique=True, nullable=True)  # lower case
    phone: Mapped[str] = mapped_column(String(40), default="")  # E.164 when it could be parsed
    zip_code: Mapped[str] = mapped_column(String(10), default="")
    home_body_id: Mapped[int | None] = mapped_column(
        ForeignKey("governing_bodies.id", ondelete="SET NULL"), nullable=True
    )  # the council whose city they live in
    ward: Mapped[str] = mapped_column(String(100), default="")  # "Ward 3"; matches a member's seat
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)  # ISO 639-1 codes
    packet_language: Mapped[str] = mapped_column(String(8), default="en")
    may_email: Mapped[bool] = mapped_column(Boolean, default=False)
    may_text: Mapped[bool] = mapped_column(Boolean, default=False)
    may_name_publicly: Mapped[bool] = mapped_column(Boolean, default=False)
    role: Mapped[PersonRole] = mapped_column(_enum(PersonRole), default=PersonRole.VOLUNTEER)
    notes: Mapped[str] = mapped_column(Text, default="")  # internal
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Folded names, email, phone, ZIP and ward, kept in step by an event below, so the
    # people filter is one case- and accent-insensitive LIKE in SQL on any database.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    home_body: Mapped[GoverningBody | None] = relationship()
    signups: Mapped[list[Signup]] = relationship(back_populates="person")

    @property
    def display_name(self) -> str:
        """The name to print and to call someone by: preferred name, else first name."""
        first = self.preferred_name or self.first_name
        return " ".join(p for p in (first, self.last_name) if p) or (self.email or "")

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p) or (self.email or "")


def person_search_text(
    first_name: str | None,
    last_name: str | None,
    preferred_name: str | None,
    email: str | None,
    phone: str | None,
    zip_code: str | None,
    ward: str | None,
) -> str:
    """What the people filter searches; bulk inserts that bypass the ORM call this too."""
    parts = (first_name, last_name, preferred_name, email, phone, zip_code, ward)
    return fold(" ".join(p for p in parts if p))


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _refresh_search_text(_mapper: Any, _connection: Any, person: Person) -> None:
    person.search_text = person_search_text(
        person.first_name, person.last_name, person.preferred_name, person.email,
        person.phone, person.zip_code, person.ward,
    )


class TalkingPoint(Versioned, Base):
    __tablename__ = "talking_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable key for starter content, so upgrades can update what the app shipped.
    key: Mapped[str | None] = mapped_column(String(80), unique=True, nullable=True)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[PointCategory] = mapped_column(_enum(PointCategory))
    summary: Mapped[str] = mapped_column(Text, default="")  # one sentence
    body: Mapped[str] = mapped_column(Text, default="")
    sources: Mapped[str] = mapped_column(Text, default="")
    concerns: Mapped[list[str]] = mapped_column(JSON, default=list)  # concern tags it answers
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    translations: Mapped[list[TalkingPointTranslation]] = relationship(
        back_populates="point", cascade="all, delete-orphan", order_by="TalkingPointTranslation.language"
    )

    def translation(self, language: str) -> TalkingPointTranslation | None:
        for t in self.translations:
            if t.language == language:
                return t
        return None


class TalkingPointTranslation(Versioned, Base):
    __tablename__ = "talking_point_translations"
    __table_args__ = (UniqueConstraint("point_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("talking_points.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")

    point: Mapped[TalkingPoint] = relationship(back_populates="translations")


class Signup(Versioned, Base):
    __tablename__ = "signups"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id"),
        Index("ix_signups_person", "person_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)  # 1-based speaking order
    status: Mapped[SignupStatus] = mapped_column(_enum(SignupStatus), default=SignupStatus.INVITED)
    minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: the meeting's limit
    angle: Mapped[str] = mapped_column(Text, default="")  # the angle or personal story they bring
    needs: Mapped[list[str]] = mapped_column(JSON, default=list)  # SpeakerNeed values
    notes: Mapped[str] = mapped_column(Text, default="")  # internal
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    meeting: Mapped[Meeting] = relationship(back_populates="signups")
    person: Mapped[Person] = relationship(back_populates="signups")
    point_links: Mapped[list[SignupPoint]] = relationship(
        back_populates="signup", order_by="SignupPoint.position", cascade="all, delete-orphan"
    )

    @property
    def points(self) -> list[TalkingPoint]:
        return [link.point for link in self.point_links]

    @property
    def effective_minutes(self) -> int | None:
        return self.minutes if self.minutes is not None else self.meeting.effective_minutes_per_speaker


class SignupPoint(Base):
    """A talking point assigned to a speaker, in the order they will give it."""

    __tablename__ = "signup_points"
    __table_args__ = (UniqueConstraint("signup_id", "point_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    signup_id: Mapped[int] = mapped_column(ForeignKey("signups.id", ondelete="CASCADE"))
    point_id: Mapped[int] = mapped_column(ForeignKey("talking_points.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    signup: Mapped[Signup] = relationship(back_populates="point_links")
    point: Mapped[TalkingPoint] = relationship()


class LotteryDraw(Base):
    """A recorded lottery: seed, who entered in what order, and the order drawn.

    Anyone can re-run ``rules.lottery.draw_order(entrants, seed)`` and get the same order,
    which is how the campaign shows the draw was fair.
    """

    __tablename__ = "lottery_draws"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    drawn_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    seed: Mapped[str] = mapped_column(String(100))
    entrants: Mapped[list[int]] = mapped_column(JSON)  # signup ids, in id order
    order: Mapped[list[int]] = mapped_column(JSON)  # signup ids, in drawn order
    slots: Mapped[int] = mapped_column(Integer)  # how many fit the window
    # The SHA-256 published before sign-ups that this draw's seed was checked against;
    # None: the seed was chosen at the draw, with no commitment made in advance.
    commitment: Mapped[str | None] = mapped_column(String(64), nullable=True, default=None)
    # Signup ids who spoke whatever their ticket: confirmed speakers kept by a redraw.
    kept: Mapped[list[int] | None] = mapped_column(JSON, nullable=True, default=list)

    meeting: Mapped[Meeting] = relationship(back_populates="lottery_draws")


class LotteryCommitment(Base):
    """A lottery seed fixed before sign-ups, of which only the SHA-256 is shown until the draw.

    A replaced commitment stays, with ``replaced_at``, so a changed seed is visible.
    """

    __tablename__ = "lottery_commitments"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    committed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    seed: Mapped[str] = mapped_column(String(100))  # secret until the draw reveals it
    commitment: Mapped[str] = mapped_column(String(64))  # sha256(seed), hexadecimal
    replaced_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True, default=None)

    meeting: Mapped[Meeting] = relationship(back_populates="lottery_commitments")
