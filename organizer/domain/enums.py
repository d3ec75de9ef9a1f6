"""The fixed vocabularies of the campaign. Values are stored as these lower-case strings."""

from enum import StrEnum

from organizer.i18n import N_


class Stance(StrEnum):
    YES = "yes"
    LEAN_YES = "lean_yes"
    UNDECIDED = "undecided"
    LEAN_NO = "lean_no"
    NO = "no"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return STANCE_LABELS[self]


# Order matters: charts and tables list stances from support to opposition.
STANCE_ORDER = [
    Stance.YES,
    Stance.LEAN_YES,
    Stance.UNDECIDED,
    Stance.LEAN_NO,
    Stance.NO,
    Stance.UNKNOWN,
]
# English; the command line shows them through _() (N_ puts them in its catalogue).
STANCE_LABELS = {
    Stance.YES: N_("Yes"),
    Stance.LEAN_YES: N_("Leaning yes"),
    Stance.UNDECIDED: N_("Undecided"),
    Stance.LEAN_NO: N_("Leaning no"),
    Stance.NO: N_("No"),
    Stance.UNKNOWN: N_("Unknown"),
}


class MayorVotes(StrEnum):
    ALWAYS = "always"
    TIE_ONLY = "tie_only"
    NEVER = "never"


class OverflowPolicy(StrEnum):
    FIRST_COME = "first_come"
    LOTTERY = "lottery"


class StanceSource(StrEnum):
    PUBLIC_STATEMENT = "public_statement"
    PRIVATE_MEETING = "private_meeting"
    VOTE = "vote"
    NEWS = "news"
    INFERRED = "inferred"


class InteractionKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    TESTIMONY = "testimony"


class MeetingKind(StrEnum):
    REGULAR = "regular"
    SPECIAL = "special"
    COMMITTEE = "committee"
    STUDY_SESSION = "study_session"


class OrdinanceStage(StrEnum):
    NONE = "none"
    DISCUSSION = "discussion"
    FIRST_READING = "first_reading"
    VOTE = "vote"


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"
    HELD = "held"


class VoteCast(StrEnum):
    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"
    ABSENT = "absent"


class SignupStatus(StrEnum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    CHECKED_IN = "checked_in"
    SPOKE = "spoke"
    NO_SHOW = "no_show"
    DECLINED = "declined"
    CANCELLED = "cancelled"


# Sign-ups in these states take a speaking slot; the others do not count against the window.
ACTIVE_SIGNUP_STATUSES = frozenset(
    {SignupStatus.INVITED, SignupStatus.CONFIRMED, SignupStatus.CHECKED_IN, SignupStatus.SPOKE}
)


class SpeakerNeed(StrEnum):
    INTERPRETER = "interpreter"
    CHILDCARE = "childcare"
    RIDE = "ride"
    ACCESS = "access"


class PointCategory(StrEnum):
    WHAT_IT_DOES = "what_it_does"
    WHAT_IT_DOES_NOT = "what_it_does_not"
    WHY_IT_MATTERS = "why_it_matters"
    THE_ASK = "the_ask"
    STORY_PROMPT = "story_prompt"
    CONCERN_ANSWER = "concern_answer"


POINT_CATEGORY_LABELS = {
    PointCategory.WHAT_IT_DOES: "What it does",
    PointCategory.WHAT_IT_DOES_NOT: "What it does NOT do",
    PointCategory.WHY_IT_MATTERS: "Why it matters",
    PointCategory.THE_ASK: "The ask",
    PointCategory.STORY_PROMPT: "Personal-story prompt",
    PointCategory.CONCERN_ANSWER: "Answer to a concern",
}


class PersonRole(StrEnum):
    VOLUNTEER = "volunteer"
    TEAM = "team"
