"""A demo campaign to explore the app with: invented council members, volunteers and meetings.

Everything a person could mistake for real is marked: ``is_sample`` on every council member
and volunteer, and a notes line saying it is sample data. Names are invented; emails are on
example.org/example.com and phones in the 555-01xx range reserved for fiction. As everywhere
in this app, nothing records anyone's immigration status.

Dates are relative to ``today``, so the demo always shows past, due and overdue work. Loading
is idempotent: once sample people or members exist, ``load_demo`` adds nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from organizer.domain.enums import (
    InteractionKind,
    MeetingStatus,
    OrdinanceStage,
    PersonRole,
    SignupStatus,
    SpeakerNeed,
    Stance,
    StanceSource,
)
from organizer.domain.models import (
    CampaignSettings,
    CouncilMember,
    GoverningBody,
    Interaction,
    Meeting,
    Person,
    Signup,
    SignupPoint,
    StanceRecord,
    TalkingPoint,
)
from organizer.domain.rules.schedule import meeting_times, parse_timezone
from organizer.i18n import _
from organizer.services.starter import load_starter_content

BLOOMINGTON = "Bloomington City Council"
NORMAL = "Normal Town Council"
SAMPLE_MEMBER_NOTE = "Sample data — not a real council member."
SAMPLE_PERSON_NOTE = "Sample data — not a real person."
SAMPLE_MEETING_NOTE = "Sample meeting added by the demo."

DAYS_BEFORE_TODAY = 35  # reaches back past the last regular meeting of either council
DAYS_AFTER_TODAY = 61  # two months of upcoming meetings


@dataclass(frozen=True)
class DemoSummary:
    """What ``load_demo`` added; all zero when the demo was already there."""

    council_members: int = 0
    stance_records: int = 0
    interactions: int = 0
    meetings: int = 0
    people: int = 0
    signups: int = 0

    @property
    def added_anything(self) -> bool:
        return any(
            (self.council_members, self.stance_records, self.interactions, self.meetings, self.people, self.signups)
        )

    def describe(self) -> str:
        """One sentence for the command line and the GUI's status bar."""
        if not self.added_anything:
            return _("The demo campaign is already loaded; nothing was added.")
        return _(
            "Added the demo campaign: {members} sample council members ({stances} stance records, "
            "{contacts} contacts), {meetings} meetings, {people} sample volunteers and {signups} sign-ups."
        ).format(members=self.council_members, stances=self.stance_records, contacts=self.interactions,
                 meetings=self.meetings, people=self.people, signups=self.signups)


# --- council members ---------------------------------------------------------------------

# A stance step: days before today (None: said at the demo's held discussion meeting),
# the stance, and how the team learned it.
_Step = tuple[int | None, Stance, StanceSource]


class _SampleMember(NamedTuple):
    seat: str
    name: str
    concerns: tuple[str, ...]
    history: tuple[_Step, ...]


Y, LY, U, LN, N, UNK = Stance.YES, Stance.LEAN_YES, Stance.UNDECIDED, Stance.LEAN_NO, Stance.NO, Stance.UNKNOWN
PUB, PRIV, NEWS, INF = (
    StanceSource.PUBLIC_STATEMENT,
    StanceSource.PRIVATE_MEETING,
    StanceSource.NEWS,
    StanceSource.INFERRED,
)
AT_DISCUSSION = None

_BLOOMINGTON_MEMBERS = (
    _SampleMember("Mayor", "Eleanor Whitcomb", ("cost",), ((120, UNK, INF), (60, U, NEWS))),
    _SampleMember("Ward 1", "Marcus Hale", ("public safety",), ((110, U, PRIV), (50, LY, PRIV), (AT_DISCUSSION, Y, PUB))),
    _SampleMember("Ward 2", "Rosa Quintanilla", (), ((100, LY, NEWS), (45, Y, PUB))),
    _SampleMember("Ward 3", "Darnell Ashby", ("federal funding",), ((120, UNK, INF), (70, U, PRIV), (20, LY, PRIV))),
    _SampleMember(
        "Ward 4", "Karen Lindqvist", ("federal funding", "legal liability"),
        ((90, U, PUB), (35, U, PRIV), (AT_DISCUSSION, LN, PUB)),
    ),
    _SampleMember("Ward 5", "Tom Oberholtzer", ("public safety", "federal law"), ((100, LN, NEWS), (AT_DISCUSSION, N, PUB))),
    _SampleMember("Ward 6", "Priya Natarajan", (), ((80, Y, PRIV), (AT_DISCUSSION, Y, PUB))),
    _SampleMember("Ward 7", "Greg Vandermolen", ("cost", "local control"), ((120, UNK, INF), (40, U, PRIV))),
    _SampleMember("Ward 8", "Lisa Fairbanks", ("crime victims",), ((95, U, PRIV), (55, LY, NEWS), (12, Y, PRIV))),
    _SampleMember("Ward 9", "Samuel Okafor", ("crime victims",), ((100, UNK, INF), (30, LY, PRIV))),
)

_NORMAL_MEMBERS = (
    _SampleMember("Mayor", "Walter Brinkman", ("cost", "federal funding"), ((120, UNK, INF), (60, U, PUB), (25, LN, PRIV))),
    _SampleMember("At-large", "Jeanette Pruitt", (), ((90, Y, PUB), (30, Y, NEWS))),
    _SampleMember("At-large", "Ravi Deshmukh", ("legal liability",), ((100, U, PRIV), (40, LY, PRIV))),
    _SampleMember("At-large", "Colleen Marsh", ("public safety",), ((110, UNK, INF), (45, U, PUB))),
    _SampleMember("At-large", "Andre Whitfield", ("crime victims",), ((85, LY, PRIV), (20, Y, PUB))),
    _SampleMember("At-large", "Hannah Sorensen", ("federal law", "local control"), ((95, LN, NEWS), (35, N, PUB))),
    _SampleMember(
        "At-large", "Luis Carrasco", ("federal funding",), ((115, UNK, INF), (65, LY, PRIV), (18, U, PRIV))
    ),
)

_STANCE_SOURCE_TEXT = {
    PUB: "Sample: said so during public discussion at a council meeting.",
    PRIV: "Sample: told the team in a private meeting.",
    NEWS: "Sample: quoted in a local news story (invented for the demo).",
    INF: "Sample: the team's guess from their votes on related items.",
}
_PUBLIC_SOURCES = {PUB, NEWS, StanceSource.VOTE}

# Interaction templates: (days before today, kind, summary, follow-up offset from today
# or None, follow-up done). Chosen by member index so each member gets a different mix.
_InteractionPlan = tuple[int, InteractionKind, str, int | None, bool]
_INTERACTION_SETS: tuple[tuple[_InteractionPlan, ...], ...] = (
    (
        (40, InteractionKind.MEETING, "Met at their office with two constituents; questions about {concern}. We promised a one-page answer.", -5, False),
        (12, InteractionKind.EMAIL, "Sent the one-page answer on {concern} and the explainer.", 3, False),
    ),
    (
        (30, InteractionKind.CALL, "Phone call: wants to read the final ordinance text before saying more.", -10, True),
        (8, InteractionKind.EMAIL, "Emailed the final text and the talking point on {concern}.", 6, False),
    ),
    (
        (55, InteractionKind.EMAIL, "Introductory email with the explainer; asked for a meeting.", -40, True),
        (25, InteractionKind.MEETING, "Coffee with three volunteers from the ward; listened to their stories.", -2, False),
    ),
    (
        (20, InteractionKind.CALL, "Short call after the last meeting; open to a follow-up on {concern}.", 2, False),
    ),
    (
        (70, InteractionKind.MEETING, "Met with faith leaders from the ward; asked how other cities handled {concern}.", -50, True),
        (15, InteractionKind.CALL, "Asked whether they will speak during the discussion; no answer yet.", -1, False),
        (6, InteractionKind.EMAIL, "Thank-you note with a summary of what residents told them.", None, False),
    ),
)
_TESTIMONY_SUMMARY = "Heard our speakers during public comment at the discussion; thanked two of them afterwards."


# --- volunteers ----------------------------------------------------------------------------


class _SamplePerson(NamedTuple):
    first: str
    last: str
    preferred: str
    pronouns: str
    email: str | None
    has_phone: bool
    body: str  # "B" or "N": which council's city they live in
    ward: int  # Bloomington ward number; 0 for Normal
    languages: tuple[str, ...]
    packet: str
    consents: str  # "e" may email, "t" may text, "n" may be named publicly
    team: bool = False
    note: str = ""


_P = _SamplePerson
_PEOPLE = (
    _P("José", "Ñúñez", "", "he/him", "jose.nunez@example.org", True, "B", 5, ("es", "en"), "es", "etn"),
    _P("María Guadalupe", "Hernández López", "Lupita", "she/her", "lupita.hernandez@example.org", True, "B", 6, ("es",), "es", "t", note="Prefers texts in Spanish after 6 pm."),
    _P("Thị Thu", "Nguyễn", "Thu", "she/her", "thu.nguyen@example.com", True, "N", 0, ("vi", "en"), "en", "et"),
    _P("秀英", "王", "Grace", "she/her", "grace.wang@example.com", True, "N", 0, ("zh", "en"), "en", "en"),
    _P("فاطمة الزهراء", "حداد", "Fatima", "she/her", "fatima.haddad@example.org", True, "B", 3, ("ar", "en"), "en", "etn"),
    _P("अनन्या", "शर्मा", "", "she/her", "ananya.sharma@example.com", True, "N", 0, ("hi", "en"), "en", "e"),
    _P("민준", "김", "Min-jun", "he/him", "minjun.kim@example.com", True, "B", 8, ("ko", "en"), "en", "etn"),
    _P("ሰላማዊት", "ተስፋዬ", "Selam", "she/her", "selam.tesfaye@example.org", True, "B", 2, ("am", "en"), "en", "et"),
    _P("Олена", "Коваленко", "", "she/her", "olena.kovalenko@example.org", False, "N", 0, ("uk", "en"), "en", "en"),
    _P("Małgorzata", "Wiśniewska", "Gosia", "she/her", "gosia.wisniewska@example.com", True, "B", 4, ("pl", "en"), "en", "etn", team=True),
    _P("Neema", "Wanjiru", "", "she/her", "neema.wanjiru@example.org", True, "N", 0, ("sw", "en"), "en", "et"),
    _P("Rowena", "Dela Cruz", "Weng", "she/her", "rowena.delacruz@example.com", True, "B", 7, ("tl", "en"), "en", "etn"),
    # Hmong has no ISO 639-1 code; "hmn" is its ISO 639-2 code.
    _P("Pa Nhia", "Vang", "", "she/her", "panhia.vang@example.org", True, "B", 1, ("hmn", "en"), "en", "et"),
    _P("Marie-Ange", "Joseph", "", "she/her", "marieange.joseph@example.org", True, "N", 0, ("ht", "fr", "en"), "en", "et"),
    _P("Juan Carlos", "Pérez Ramírez", "", "he/him", "jc.perez@example.org", True, "B", 1, ("es", "en"), "es", "t"),
    _P("Xóchitl", "Cuautle", "", "she/her", "xochitl.cuautle@example.com", True, "N", 0, ("es", "en"), "es", "etn"),
    _P("Ixchel", "Tzul Ajú", "", "she/her", None, True, "B", 5, ("es",), "es", "t", note="No email; call or text."),
    _P("Wendy Marisol", "Argueta", "", "she/her", "wendy.argueta@example.org", True, "B", 6, ("es", "en"), "es", "et"),
    _P("Kevin Alexis", "Mejía", "", "he/him", "kevin.mejia@example.com", True, "B", 9, ("es", "en"), "en", "etn"),
    _P("Ana Sofía", "Castañeda", "Sofi", "she/her", "sofi.castaneda@example.org", True, "N", 0, ("es", "en"), "es", "etn", team=True),
    _P("Óscar Iván", "Peña", "", "he/him", "oscar.pena@example.org", True, "B", 2, ("es",), "es", "t"),
    _P("Araceli", "Gutiérrez Ibáñez", "Chely", "she/her", "araceli.gutierrez@example.com", True, "B", 3, ("es", "en"), "es", "et"),
    _P("Héctor", "Muñoz", "", "he/him", None, True, "B", 4, ("es",), "es", "t", note="Works Monday evenings twice a month; ask early."),
    _P("Yesenia", "Álvarez", "", "she/her", "yesenia.alvarez@example.org", True, "N", 0, ("es", "en"), "es", "etn"),
    _P("Jesús", "Zúñiga Domínguez", "Chuy", "he/him", "chuy.zuniga@example.com", True, "B", 7, ("es", "en"), "es", "et"),
    _P("Rocío", "Domínguez", "", "she/her", "rocio.dominguez@example.org", False, "B", 8, ("es", "en"), "en", "e"),
    _P("Siobhán", "Ó Súilleabháin", "", "she/her", "siobhan.osullivan@example.org", True, "B", 9, ("en", "ga"), "en", "en"),
    _P("Adébáyọ̀", "Ọládipọ̀", "Bayo", "he/him", "bayo.oladipo@example.com", True, "N", 0, ("yo", "en"), "en", "etn"),
    _P("सुनिता", "गुरुङ", "", "she/her", "sunita.gurung@example.org", True, "B", 5, ("ne", "en"), "en", "et"),
    _P("Ayşe", "Yılmaz", "", "she/her", "ayse.yilmaz@example.com", False, "N", 0, ("tr", "en"), "en", "e"),
    _P("נועה", "לוי", "Noa", "she/her", "noa.levi@example.org", True, "B", 1, ("he", "en"), "en", "etn"),
    _P("Δημήτρης", "Παπαδόπουλος", "Jimmy", "he/him", "jimmy.papadopoulos@example.com", True, "B", 6, ("el", "en"), "en", "en", team=True),
    _P("Émilie", "Côté", "", "she/her", "emilie.cote@example.org", True, "N", 0, ("fr", "en"), "en", "etn"),
    _P("Beth", "Andersen", "", "she/her", "beth.andersen@example.org", True, "B", 2, ("en",), "en", "etn", team=True, note="Drives; can give two people a ride."),
    _P("Mike", "O'Brien", "", "he/him", "mike.obrien@example.com", True, "B", 3, ("en",), "en", "e"),
    _P("Keisha", "Washington", "", "she/her", "keisha.washington@example.org", True, "B", 4, ("en",), "en", "etn", team=True),
    _P("Dave", "Kowalczyk", "", "he/him", "dave.kowalczyk@example.com", True, "N", 0, ("en", "pl"), "en", "et"),
    _P("Sam", "Rivera", "", "they/them", "sam.rivera@example.org", True, "B", 8, ("en", "es"), "en", "etn"),
    _P("Abdirahman", "Warsame", "", "he/him", "abdirahman.warsame@example.com", True, "B", 9, ("so", "en"), "en", "et"),
    _P("Lucía", "Bautista Cruz", "", "she/her", "lucia.bautista@example.org", True, "N", 0, ("es",), "es", "t"),
    _P("Tomás", "Hernández", "Tommy", "he/him", "tomas.hernandez@example.com", True, "B", 7, ("es", "en"), "es", "et"),
)

_ZIP_BY_WARD = {1: "61701", 2: "61701", 3: "61704", 4: "61701", 5: "61701", 6: "61701", 7: "61704", 8: "61704", 9: "61704"}
_NORMAL_ZIP = "61761"

# --- sign-ups ------------------------------------------------------------------------------

_POINT_SETS = (
    ("story-who-you-are", "matters-trust-police", "ask-short-close"),
    ("story-who-you-are", "does-no-local-resources", "does-not-stop-deportation", "ask-pass-ordinance"),
    ("story-why-it-matters-to-you", "matters-contributions", "ask-short-close"),
    ("concern-public-safety", "does-arrest-discretion-training"),
    ("concern-federal-law-and-funding", "does-not-violate-federal-law"),
    ("concern-crime-victims", "does-u-visa-certification"),
    ("matters-federal-overreach", "concern-cost-and-local-control"),
    ("does-not-grant-status", "does-no-status-collection", "ask-pass-ordinance"),
)
_ANGLES = (
    "Parent of two elementary-school children; what the children talk about at home.",
    "Owns a small restaurant; the workers and customers who keep it going.",
    "Nurse at a community clinic; patients who put off care out of fear.",
    "High-school teacher; students who are anxious and distracted.",
    "Faith leader; families in the congregation.",
    "University student; classmates and the campus community.",
    "Volunteer with a crime-victim support line; why victims need to come forward.",
    "Neighbor; a block where everyone looks out for each other.",
    "Small-business owner; employees who have worked there for years.",
    "Retired police dispatcher; why every caller needs to trust the line.",
)
_NEEDS = ((), (SpeakerNeed.INTERPRETER,), (), (SpeakerNeed.CHILDCARE,), (), (SpeakerNeed.RIDE,), (), (SpeakerNeed.ACCESS,))

# Status lists per demo meeting; their length is the number of sign-ups.
_HELD_STATUSES = (SignupStatus.SPOKE,) * 4 + (SignupStatus.NO_SHOW,)
_SIGNUP_PLANS = {
    (BLOOMINGTON, 0): (SignupStatus.CONFIRMED,) * 4 + (SignupStatus.INVITED,) * 2 + (SignupStatus.DECLINED,),
    (BLOOMINGTON, 1): (SignupStatus.CONFIRMED,) * 5 + (SignupStatus.INVITED,) * 3 + (SignupStatus.CANCELLED,) + (SignupStatus.INVITED,),
    # More than the 20-minute window holds at 3 minutes each: the lottery case.
    (NORMAL, 0): (SignupStatus.CONFIRMED,) * 6 + (SignupStatus.INVITED,) * 2 + (SignupStatus.WAITLISTED,),
    (NORMAL, 1): (SignupStatus.CONFIRMED, SignupStatus.INVITED, SignupStatus.CONFIRMED, SignupStatus.INVITED),
}
# Ordinance stages of the upcoming meetings, in order, per council.
_UPCOMING_STAGES = {
    BLOOMINGTON: (OrdinanceStage.FIRST_READING, OrdinanceStage.VOTE),
    NORMAL: (OrdinanceStage.DISCUSSION, OrdinanceStage.FIRST_READING, OrdinanceStage.VOTE),
}
_STAGE_AGENDA = {
    OrdinanceStage.DISCUSSION: "{name}: presentation and council discussion",
    OrdinanceStage.FIRST_READING: "{name}: first reading",
    OrdinanceStage.VOTE: "{name}: second reading and vote",
}


def load_demo(session: Session, today: dt.date | None = None) -> DemoSummary:
    """Add the demo campaign on top of the starter content, unless it is already there."""
    today = today or dt.date.today()
    load_starter_content(session)
    if _demo_present(session):
        return DemoSummary()

    bodies = {b.name: b for b in session.scalars(select(GoverningBody).where(GoverningBody.name.in_((BLOOMINGTON, NORMAL))))}
    settings = session.get(CampaignSettings, 1)
    ordinance = (settings.ordinance_name if settings else "") or "Welcoming City Ordinance"
    if settings is not None and not (settings.organization or settings.coordinator_name):
        # A sample contact, so the demo's packets show where the coordinator's details go.
        settings.organization = "Welcoming City Coalition (sample)"
        settings.coordinator_name = "Sam Rivera (sample coordinator)"
        settings.coordinator_email = "coordinator@example.org"
        settings.coordinator_phone = "+13095550100"
    points = {p.key: p for p in session.scalars(select(TalkingPoint).where(TalkingPoint.key.is_not(None)))}

    people = _add_people(session, bodies, today)
    team = [p for p in people if p.role is PersonRole.TEAM]

    meetings: list[Meeting] = []
    held: dict[str, Meeting] = {}
    upcoming: dict[str, list[Meeting]] = {}
    for name, body in bodies.items():
        created, held_discussion, ahead = _add_meetings(session, body, today, ordinance)
        meetings += created
        upcoming[name] = ahead
        if held_discussion is not None:
            held[name] = held_discussion
    session.flush()

    members: list[CouncilMember] = []
    for name, plans in ((BLOOMINGTON, _BLOOMINGTON_MEMBERS), (NORMAL, _NORMAL_MEMBERS)):
        if name in bodies:
            members += _add_members(session, bodies[name], plans, held.get(name), team, today)

    signups = _add_signups(session, people, held, upcoming, points)
    session.flush()
    return DemoSummary(
        council_members=len(members),
        stance_records=sum(len(m.stances) for m in members),
        interactions=sum(len(m.interactions) for m in members),
        meetings=len(meetings),
        people=len(people),
        signups=len(signups),
    )


def _demo_present(session: Session) -> bool:
    return bool(
        session.scalar(select(exists().where(Person.is_sample.is_(True))))
        or session.scalar(select(exists().where(CouncilMember.is_sample.is_(True))))
    )


def _add_people(session: Session, bodies: dict[str, GoverningBody], today: dt.date) -> list[Person]:
    people: list[Person] = []
    for index, sample in enumerate(_PEOPLE):
        body = bodies.get(BLOOMINGTON if sample.body == "B" else NORMAL)
        person = Person(
            first_name=sample.first,
            last_name=sample.last,
            preferred_name=sample.preferred,
            pronouns=sample.pronouns,
            email=sample.email,
            phone=f"+1309555{100 + index:04d}" if sample.has_phone else "",
            zip_code=_ZIP_BY_WARD[sample.ward] if sample.body == "B" else _NORMAL_ZIP,
            home_body=body,
            ward=f"Ward {sample.ward}" if sample.body == "B" else "",
            languages=list(sample.languages),
            packet_language=sample.packet,
            may_email="e" in sample.consents and sample.email is not None,
            may_text="t" in sample.consents and sample.has_phone,
            may_name_publicly="n" in sample.consents,
            role=PersonRole.TEAM if sample.team else PersonRole.VOLUNTEER,
            notes=" ".join(filter(None, (SAMPLE_PERSON_NOTE, sample.note))),
            is_sample=True,
        )
        session.add(person)
        people.append(person)
    return people


def _add_meetings(
    session: Session, body: GoverningBody, today: dt.date, ordinance: str
) -> tuple[list[Meeting], Meeting | None, list[Meeting]]:
    """Regular meetings around ``today``: (created, the held discussion, upcoming created).

    A meeting already on file at the same time is left alone (it may be the user's own, or
    imported from the council's calendar), and gets no demo sign-ups.
    """
    if body.schedule_weekday is None:
        return [], None, []
    starts = meeting_times(
        body.schedule_weekday,
        body.schedule_weeks,
        body.schedule_time,
        body.timezone,
        today - dt.timedelta(days=DAYS_BEFORE_TODAY),
        today + dt.timedelta(days=DAYS_AFTER_TODAY),
    )
    on_file = set(session.scalars(select(Meeting.starts_at).where(Meeting.body_id == body.id)))
    created: list[Meeting] = []
    past: list[Meeting] = []
    ahead: list[Meeting] = []
    zone = _zone(body)
    for starts_at in starts:
        if starts_at in on_file:
            continue
        is_past = starts_at.astimezone(zone).date() < today
        meeting = Meeting(
            body=body,
            starts_at=starts_at,
            title="Regular meeting",
            status=MeetingStatus.HELD if is_past else MeetingStatus.SCHEDULED,
            notes=SAMPLE_MEETING_NOTE,
        )
        session.add(meeting)
        created.append(meeting)
        (past if is_past else ahead).append(meeting)

    stages = _UPCOMING_STAGES.get(body.name, ())
    for meeting, stage in zip(ahead, stages, strict=False):
        _set_stage(meeting, stage, ordinance)
    held_discussion = None
    if body.name == BLOOMINGTON and past:
        held_discussion = past[-1]
        _set_stage(held_discussion, OrdinanceStage.DISCUSSION, ordinance)
    return created, held_discussion, ahead[: len(stages)]


def _zone(body: GoverningBody) -> ZoneInfo:
    return parse_timezone(body.timezone)


def _set_stage(meeting: Meeting, stage: OrdinanceStage, ordinance: str) -> None:
    meeting.ordinance_stage = stage
    meeting.agenda_item = _STAGE_AGENDA[stage].format(name=ordinance)


def _add_members(
    session: Session,
    body: GoverningBody,
    plans: tuple[_SampleMember, ...],
    held: Meeting | None,
    team: list[Person],
    today: dt.date,
) -> list[CouncilMember]:
    office = f"{body.meeting_place}, {body.meeting_address}".strip(", ")
    last_may = dt.date(today.year if today >= dt.date(today.year, 5, 1) else today.year - 1, 5, 1)
    domain = "bloomington" if body.name == BLOOMINGTON else "normal"
    members: list[CouncilMember] = []
    for index, plan in enumerate(plans):
        # Staggered four-year terms, as in both councils: half began at the last election.
        term_start = last_may.replace(year=last_may.year - (2 if index % 2 else 0))
        member = CouncilMember(
            body=body,
            name=plan.name,
            seat=plan.seat,
            is_mayor=plan.seat == "Mayor",
            term_start=term_start,
            term_end=term_start.replace(year=term_start.year + 4) - dt.timedelta(days=1),
            email=f"{plan.name.lower().replace(' ', '.')}.sample@{domain}.example.org",
            phone=f"+1309555{(160 if domain == 'bloomington' else 180) + index:04d}",
            office=office,
            notes=SAMPLE_MEMBER_NOTE,
            concerns=list(plan.concerns),
            is_sample=True,
        )
        member.stances = [_stance_record(step, held, today) for step in plan.history]
        member.interactions = _interactions(index, plan, held, team, today)
        session.add(member)
        members.append(member)
    return members


def _stance_record(step: _Step, held: Meeting | None, today: dt.date) -> StanceRecord:
    days_ago, stance, source = step
    meeting_id = None
    if days_ago is None:
        # Said at the held discussion; without one (no regular schedule) two weeks ago.
        if held is not None:
            recorded_on = held.starts_at.astimezone(_zone(held.body)).date()
            meeting_id = held.id
        else:
            recorded_on = today - dt.timedelta(days=14)
    else:
        recorded_on = today - dt.timedelta(days=days_ago)
    return StanceRecord(
        stance=stance,
        recorded_on=recorded_on,
        source_kind=source,
        source=_STANCE_SOURCE_TEXT[source],
        is_public=source in _PUBLIC_SOURCES,
        meeting_id=meeting_id,
    )


def _interactions(
    index: int, plan: _SampleMember, held: Meeting | None, team: list[Person], today: dt.date
) -> list[Interaction]:
    concern = plan.concerns[0] if plan.concerns else "how the ordinance works"
    who = ", ".join(p.display_name for p in team[index % len(team) :][:2]) if team else ""
    interactions = [
        Interaction(
            occurred_on=today - dt.timedelta(days=days_ago),
            kind=kind,
            team_members=who,
            summary=summary.format(concern=concern),
            follow_up_on=None if follow_up is None else today + dt.timedelta(days=follow_up),
            follow_up_done=done,
        )
        for days_ago, kind, summary, follow_up, done in _INTERACTION_SETS[index % len(_INTERACTION_SETS)]
    ]
    if held is not None and any(days_ago is AT_DISCUSSION for days_ago, _, _ in plan.history):
        interactions.append(
            Interaction(
                occurred_on=held.starts_at.astimezone(_zone(held.body)).date(),
                kind=InteractionKind.TESTIMONY,
                team_members=who,
                summary=_TESTIMONY_SUMMARY,
            )
        )
    interactions.sort(key=lambda i: i.occurred_on)
    return interactions


def _add_signups(
    session: Session,
    people: list[Person],
    held: dict[str, Meeting],
    upcoming: dict[str, list[Meeting]],
    points: dict[str, TalkingPoint],
) -> list[Signup]:
    residents = {
        BLOOMINGTON: [p for p in people if p.ward],
        NORMAL: [p for p in people if not p.ward],
    }
    plans: list[tuple[Meeting, tuple[SignupStatus, ...], str]] = []
    if BLOOMINGTON in held:
        plans.append((held[BLOOMINGTON], _HELD_STATUSES, BLOOMINGTON))
    for name, meetings in upcoming.items():
        for order, meeting in enumerate(meetings):
            statuses = _SIGNUP_PLANS.get((name, order))
            if statuses:
                plans.append((meeting, statuses, name))

    signups: list[Signup] = []
    offsets = dict.fromkeys(residents, 0)
    for meeting, statuses, name in plans:
        pool = residents[name]
        # Never more sign-ups than residents: one person signs up once per meeting.
        for position, status in enumerate(statuses[: len(pool)], start=1):
            # Walk the residents so consecutive meetings hear from different people.
            person = pool[(offsets[name] + position - 1) % len(pool)]
            n = len(signups)
            signup = Signup(
                meeting=meeting,
                person=person,
                position=position,
                status=status,
                minutes=2 if n % 11 == 5 and meeting.body.minutes_per_speaker is None else None,
                angle=_ANGLES[n % len(_ANGLES)],
                needs=[need.value for need in _needs_for(person, n)],
                notes="Sample sign-up.",
            )
            keys = _POINT_SETS[n % len(_POINT_SETS)]
            signup.point_links = [
                SignupPoint(point=points[key], position=order)
                for order, key in enumerate((k for k in keys if k in points), start=1)
            ]
            session.add(signup)
            signups.append(signup)
        offsets[name] += len(statuses)
    return signups


def _needs_for(person: Person, n: int) -> tuple[SpeakerNeed, ...]:
    needs = list(_NEEDS[n % len(_NEEDS)])
    # Someone who reads their packet in Spanish and speaks no English will want an interpreter.
    if "en" not in person.languages and SpeakerNeed.INTERPRETER not in needs:
        needs.insert(0, SpeakerNeed.INTERPRETER)
    return tuple(needs)
