"""Confirmation and reminder messages for a meeting's speakers, and their invitations.

Each speaker gets an email (subject and body) and a text message in their packet language
(English or Spanish). Consent decides what is written at all: no email text for someone
who has not agreed to email, no text message for someone who has not agreed to texts.
Speakers who cannot be reached either way are listed with the reason, so a coordinator
can call them or ask in person. Nothing is sent from here: the GUI opens the email in the
user's mail program (``mailto_url``) or copies the text; the command line prints or
writes files.

Text messages are kept to 160 characters where possible by leaving out, in turn, the
place, the signature and the greeting. (Accented Spanish letters outside the GSM alphabet
make a phone count 70 per part; a longer text still arrives, split in parts.)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from organizer.domain.enums import MeetingStatus, SignupStatus
from organizer.domain.models import CampaignSettings, Meeting, Signup, SignupPoint
from organizer.exports import ics
from organizer.exports.local_time import (
    format_date,
    format_short_date,
    format_time,
    format_when,
    language_or_english,
    local,
)
from organizer.exports.pdf.batch import speaker_file_stem
from organizer.i18n import N_, _
from organizer.services.campaign import campaign_settings
from organizer.services.meetings import find_meeting
from organizer.services.validation import format_phone

SMS_LIMIT = 160
KINDS = ("confirmation", "reminder")
# Who hears from us before a meeting: people still expected, and the waiting list.
MESSAGE_STATUSES = (SignupStatus.INVITED, SignupStatus.CONFIRMED, SignupStatus.WAITLISTED)

# For the coordinator, who reads the app in English.
UNREACHABLE_REASONS = {
    "no_consent": N_("has not agreed to email or text messages"),
    "no_address": N_("agreed to email but has no email address"),
    "no_phone": N_("agreed to text messages but has no phone number"),
}

_TEXT = {
    "en": {
        "hi": "Hi {name},",
        "thanks_ordinance": "Thank you for agreeing to speak about the {ordinance} at the {body} {kind}.",
        "thanks": "Thank you for agreeing to speak during public comment at the {body} {kind}.",
        "waitlist": (
            "Thank you for offering to speak at the {body} {kind}. Right now you are on our "
            "waiting list; we will let you know if a place opens."
        ),
        "reminder": "A reminder that you are speaking at the {body} {kind}.",
        "cancelled": (
            "The {body} {kind} on {date} has been cancelled, so there is no public comment that "
            "day. Thank you for being ready to speak; we will be in touch about the next meeting."
        ),
        "postponed": (
            "The {body} {kind} on {date} has been postponed. Thank you for being ready to speak; "
            "we will be in touch when there is a new date."
        ),
        "when": "When: {when} (please arrive by {arrive})",
        "where": "Where: {place}",
        "slot": "Your place on our list: speaker {n} of {total}.",
        "minutes": "You have {n} minutes.",
        "ask_confirm": "Please reply to let us know you can make it.",
        "ask_reminder": "If you can no longer come, please tell us as soon as possible so someone else can take your place.",
        "signoff": "Thank you!",
        "subject_confirmation": "You are speaking at {body} on {date}",
        "subject_waitlist": "Waiting list: {body} on {date}",
        "subject_reminder": "Reminder: {body} on {date} at {time}",
        "subject_cancelled": "Cancelled: {body} on {date}",
        "subject_postponed": "Postponed: {body} on {date}",
        "sms_hi": "Hi {name}!",
        "sms_slot": "You're speaker {n} at {body}, {date}, {time}.",
        "sms_no_slot": "You're speaking at {body}, {date}, {time}.",
        "sms_reminder_slot": "Reminder: you're speaker {n} at {body}, {date}, {time}.",
        "sms_reminder": "Reminder: you're speaking at {body}, {date}, {time}.",
        "sms_waitlist": "You're on the waiting list to speak at {body}, {date}, {time}. We'll tell you if a place opens.",
        "sms_arrive": "Please arrive by {arrive}.",
        "sms_arrive_at": "Please arrive by {arrive} at {place}.",
        "sms_confirm": "Reply YES to confirm.",
        "sms_cancelled": "The {body} meeting on {date} is cancelled; no need to come. Thank you!",
        "sms_postponed": "The {body} meeting on {date} is postponed; we'll send the new date. Thank you!",
    },
    "es": {
        "hi": "Hola {name}:",
        "thanks_ordinance": "Gracias por aceptar hablar sobre la {ordinance} en la {kind} de {body}.",
        "thanks": "Gracias por aceptar hablar durante el comentario público en la {kind} de {body}.",
        "waitlist": (
            "Gracias por ofrecerse a hablar en la {kind} de {body}. Por ahora está en nuestra "
            "lista de espera; le avisaremos si se abre un lugar."
        ),
        "reminder": "Le recordamos que va a hablar en la {kind} de {body}.",
        "cancelled": (
            "La {kind} de {body} del {date} se canceló, así que ese día no hay comentario "
            "público. Gracias por su disposición a hablar; le avisaremos de la próxima sesión."
        ),
        "postponed": (
            "La {kind} de {body} del {date} se aplazó. Gracias por su disposición a hablar; "
            "le avisaremos cuando haya nueva fecha."
        ),
        "when": "Cuándo: {when} (por favor llegue antes de {arrive})",
        "where": "Dónde: {place}",
        "slot": "Su lugar en nuestra lista: turno {n} de {total}.",
        "minutes": "Tiene {n} minutos.",
        "ask_confirm": "Por favor responda para confirmar que puede venir.",
        "ask_reminder": "Si ya no puede venir, avísenos lo antes posible para que otra persona tome su lugar.",
        "signoff": "¡Gracias!",
        "subject_confirmation": "Va a hablar en {body} el {date}",
        "subject_waitlist": "Lista de espera: {body} el {date}",
        "subject_reminder": "Recordatorio: {body} el {date} a {time}",
        "subject_cancelled": "Cancelada: {body} el {date}",
        "subject_postponed": "Aplazada: {body} el {date}",
        "sms_hi": "¡Hola {name}!",
        "sms_slot": "Tiene el turno {n} para hablar en {body}, {date}, {time}.",
        "sms_no_slot": "Va a hablar en {body}, {date}, {time}.",
        "sms_reminder_slot": "Recordatorio: tiene el turno {n} para hablar en {body}, {date}, {time}.",
        "sms_reminder": "Recordatorio: va a hablar en {body}, {date}, {time}.",
        "sms_waitlist": "Está en la lista de espera para hablar en {body}, {date}, {time}. Le avisaremos si se abre un lugar.",
        "sms_arrive": "Llegue antes de {arrive}.",
        "sms_arrive_at": "Llegue antes de {arrive} a {place}.",
        "sms_confirm": "Responda SÍ para confirmar.",
        "sms_cancelled": "La sesión de {body} del {date} se canceló; no hace falta venir. ¡Gracias!",
        "sms_postponed": "La sesión de {body} del {date} se aplazó; le enviaremos la nueva fecha. ¡Gracias!",
    },
}


@dataclass(frozen=True)
class SpeakerMessage:
    """One speaker's messages. Empty fields mean "may not, or cannot, use this channel"."""

    signup_id: int
    person_id: int
    name: str
    language: str
    email_to: str
    email_subject: str
    email_body: str
    sms_to: str  # E.164
    sms_text: str

    @property
    def can_email(self) -> bool:
        return bool(self.email_to and self.email_body)

    @property
    def can_text(self) -> bool:
        return bool(self.sms_to and self.sms_text)

    def mailto(self) -> str:
        """A mailto: URL that opens this email in the user's mail program ("" if none)."""
        if not self.can_email:
            return ""
        return mailto_url(self.email_to, self.email_subject, self.email_body)


@dataclass(frozen=True)
class Unreachable:
    signup_id: int
    name: str
    reason: str


@dataclass
class MessageBatch:
    meeting_id: int
    kind: str  # "confirmation", "reminder" or, for a meeting called off, "cancellation"
    messages: list[SpeakerMessage] = field(default_factory=list)
    unreachable: list[Unreachable] = field(default_factory=list)


def mailto_url(to: str, subject: str = "", body: str = "") -> str:
    """RFC 6068: everything percent-encoded, line breaks as %0D%0A, spaces as %20 (not +)."""
    params = []
    if subject:
        params.append("subject=" + quote(subject, safe=""))
    if body:
        crlf = re.sub(r"\r\n|\r|\n", "\r\n", body)
        params.append("body=" + quote(crlf, safe=""))
    url = "mailto:" + quote(to.strip(), safe="@")
    return url + ("?" + "&".join(params) if params else "")


def contact_line(settings: CampaignSettings) -> str:
    parts = [settings.coordinator_name, format_phone(settings.coordinator_phone), settings.coordinator_email]
    return ", ".join(p for p in parts if p)


def _load_meeting(session: Session, meeting_ref: str | int) -> Meeting:
    meeting = find_meeting(session, str(meeting_ref))
    # Load the speakers and their people at once rather than one query per speaker.
    session.scalars(
        select(Signup)
        .where(Signup.meeting_id == meeting.id)
        .options(selectinload(Signup.person), selectinload(Signup.point_links).selectinload(SignupPoint.point))
    ).all()
    return meeting


def speaker_messages(session: Session, meeting_ref: str | int, kind: str = "confirmation") -> MessageBatch:
    """Messages for everyone invited, confirmed or waiting to speak at the meeting.

    ``meeting_ref`` is an id or "next". For a cancelled or postponed meeting every
    message says so, whatever ``kind`` was asked for.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown message kind {kind!r}")
    meeting = _load_meeting(session, meeting_ref)
    settings = campaign_settings(session)
    called_off = meeting.status in (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED)
    batch = MessageBatch(meeting_id=meeting.id, kind="cancellation" if called_off else kind)
    for signup in meeting.signups:
        if signup.status not in MESSAGE_STATUSES:
            continue
        person = signup.person
        may_email = bool(person.may_email and person.email)
        may_text = bool(person.may_text and person.phone)
        if not (may_email or may_text):
            if not (person.may_email or person.may_text):
                reason = UNREACHABLE_REASONS["no_consent"]
            elif person.may_email:
                reason = UNREACHABLE_REASONS["no_address"]
            else:
                reason = UNREACHABLE_REASONS["no_phone"]
            batch.unreachable.append(Unreachable(signup.id, person.display_name, _(reason)))
            continue
        language = language_or_english(person.packet_language)
        subject, body = _email(signup, batch.kind, language, settings) if may_email else ("", "")
        batch.messages.append(
            SpeakerMessage(
                signup_id=signup.id,
                person_id=person.id,
                name=person.display_name,
                language=language,
                email_to=person.email if may_email else "",
                email_subject=subject,
                email_body=body,
                sms_to=person.phone if may_text else "",
                sms_text=_sms(signup, batch.kind, language, settings) if may_text else "",
            )
        )
    return batch


def _facts(signup: Signup, language: str) -> dict[str, str]:
    meeting = signup.meeting
    tz = meeting.body.timezone
    start = local(meeting.starts_at, tz)
    return {
        "body": meeting.body.name,
        "short_body": ics.body_label(meeting),
        "kind": ics.kind_label(meeting.kind, language),
        "date": format_date(start.date(), language),
        "short_date": format_short_date(start.date(), language),
        "time": ics.clock(start, language),
        "plain_time": format_time(start, language),
        "when": format_when(start, language),
        "arrive": ics.clock(local(ics.arrive_by(meeting), tz), language),
        "place": meeting.effective_place,
        "location": ics.meeting_location(meeting),
        "name": signup.person.preferred_name or signup.person.first_name or signup.person.display_name,
        # The speaker's number as packets and invitations print it ("" if not speaking).
        "n": str(ics.speaker_number(signup) or ""),
    }


def _email(signup: Signup, kind: str, language: str, settings: CampaignSettings) -> tuple[str, str]:
    t = _TEXT[language]
    f = _facts(signup, language)
    meeting = signup.meeting
    waiting = signup.status == SignupStatus.WAITLISTED
    if kind == "cancellation":
        key = "cancelled" if meeting.status == MeetingStatus.CANCELLED else "postponed"
        subject = t[f"subject_{key}"].format(**f)
        paragraphs = [t["hi"].format(**f), t[key].format(**f)]
    else:
        if kind == "reminder" and not waiting:
            subject = t["subject_reminder"].format(**f)
            intro = t["reminder"].format(**f)
        elif waiting:
            subject = t["subject_waitlist"].format(**f)
            intro = t["waitlist"].format(**f)
        else:
            subject = t["subject_confirmation"].format(**f)
            ordinance = settings.ordinance_name
            intro = (t["thanks_ordinance"].format(ordinance=ordinance, **f) if ordinance else t["thanks"].format(**f))
        details = [t["when"].format(**f)]
        if f["location"]:
            details.append(t["where"].format(place=f["location"]))
        if f["n"] and not waiting:
            details.append(t["slot"].format(total=ics.active_speaker_count(meeting), **f))
        if signup.effective_minutes is not None and not waiting:
            details.append(t["minutes"].format(n=signup.effective_minutes))
        if meeting.agenda_item:
            details.append(f"{ics.words(language)['agenda']}: {meeting.agenda_item}")
        rules = ics.comment_rules(meeting, language)
        paragraphs = [t["hi"].format(**f), intro, "\n".join(details)]
        if rules:
            paragraphs.append(rules)
        if not waiting:
            paragraphs.append(t["ask_reminder"] if kind == "reminder" else t["ask_confirm"])
    signature = [t["signoff"]]
    sender = ", ".join(p for p in (settings.coordinator_name, settings.organization or settings.campaign_name) if p)
    if sender:
        signature.append(sender)
    contact = " · ".join(p for p in (format_phone(settings.coordinator_phone), settings.coordinator_email) if p)
    if contact:
        signature.append(contact)
    paragraphs.append("\n".join(signature))
    body = "\n\n".join(ics.tidy_sentence(p) for p in paragraphs) + "\n"
    return ics.tidy_sentence(subject), body


def _sms(signup: Signup, kind: str, language: str, settings: CampaignSettings) -> str:
    """The longest variant that fits in one text, else the shortest (see module docstring)."""
    texts: list[str] = []
    facts = _facts(signup, language)
    # The council's full name if it fits, else its short name.
    for body in dict.fromkeys((facts["body"], facts["short_body"])):
        facts.update(body=body, date=facts["short_date"], time=facts["plain_time"])
        texts += _sms_variants(signup, kind, language, settings, facts)
    for text in texts:
        if len(text) <= SMS_LIMIT:
            return text
    return min(texts, key=len)


def _sms_variants(
    signup: Signup, kind: str, language: str, settings: CampaignSettings, f: dict[str, str]
) -> list[str]:
    """From the fullest text to the barest."""
    t = _TEXT[language]
    meeting = signup.meeting
    waiting = signup.status == SignupStatus.WAITLISTED
    signer = (settings.coordinator_name or "").split(" ")[0]
    signature = f"-{signer}" if signer else ""

    if kind == "cancellation":
        key = "sms_cancelled" if meeting.status == MeetingStatus.CANCELLED else "sms_postponed"
        core, arrive_with_place, arrive_plain, ask = t[key].format(**f), "", "", ""
    else:
        if waiting:
            core = t["sms_waitlist"].format(**f)
        elif kind == "reminder":
            core = (t["sms_reminder_slot"] if f["n"] else t["sms_reminder"]).format(**f)
        else:
            core = (t["sms_slot"] if f["n"] else t["sms_no_slot"]).format(**f)
        arrive_plain = "" if waiting else t["sms_arrive"].format(**f)
        arrive_with_place = (
            t["sms_arrive_at"].format(**f) if f["place"] and not waiting else arrive_plain
        )
        ask = t["sms_confirm"] if kind == "confirmation" and not waiting else ""
    greeting = t["sms_hi"].format(**f) if f["name"] else ""

    variants = [
        (greeting, core, arrive_with_place, ask, signature),
        (greeting, core, arrive_plain, ask, signature),
        (greeting, core, arrive_plain, ask, ""),
        ("", core, arrive_plain, ask, ""),
    ]
    return [ics.tidy_sentence(" ".join(p for p in parts if p)) for parts in variants]


@dataclass(frozen=True)
class InvitationFile:
    signup_id: int
    filename: str
    data: bytes


def speaker_invitations(
    session: Session, meeting_ref: str | int, *, now: dt.datetime | None = None
) -> list[InvitationFile]:
    """One .ics invitation per speaker expected at the meeting (for packet batches)."""
    meeting = _load_meeting(session, meeting_ref)
    contact = contact_line(campaign_settings(session))
    files = []
    for signup in meeting.signups:
        if signup.status not in (SignupStatus.INVITED, SignupStatus.CONFIRMED):
            continue
        # Named like the speaker's packet ("03-अनन्या-शर्मा.pdf"), so the two sit side by side.
        name = f"{speaker_file_stem(ics.speaker_number(signup), signup.person.display_name)}.ics"
        files.append(InvitationFile(signup.id, name, ics.speaker_invitation(signup, contact=contact, now=now)))
    return files
