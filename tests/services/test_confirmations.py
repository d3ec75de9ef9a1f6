"""Speakers' confirmation and reminder messages: consent, language, length, mailto links."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import select

from organizer.domain.models import GoverningBody
from organizer.services import confirmations, meetings, people, signups
from organizer.services.campaign import campaign_settings
from organizer.services.confirmations import SMS_LIMIT, mailto_url, speaker_messages

pytestmark = pytest.mark.storage

CHICAGO = ZoneInfo("America/Chicago")


@pytest.fixture
def meeting(session):
    settings = campaign_settings(session)
    settings.coordinator_name = "Ana Pérez"
    settings.coordinator_phone = "+13095550100"
    settings.coordinator_email = "ana@welcoming.example.org"
    settings.organization = "Welcoming City BN"
    settings.ordinance_name = "Welcoming City Ordinance"
    body = session.scalar(select(GoverningBody).where(GoverningBody.name == "Bloomington City Council"))
    body.minutes_per_speaker = 3
    meeting = meetings.create_meeting(
        session, body.id, dt.datetime(2026, 3, 9, 18, 0, tzinfo=CHICAGO), agenda_item="Welcoming City Ordinance: first reading"
    )
    roster = [
        ("Thu", "thu@example.org", "3095550101", "en", True, True, "confirmed"),
        ("José", "jose@example.org", "3095550102", "es", True, True, "invited"),
        ("Lin", "lin@example.org", "3095550103", "en", False, False, "confirmed"),
        ("Omar", None, "3095550104", "en", True, False, "confirmed"),
        ("Rosa", "rosa@example.org", "3095550105", "es", False, True, "waitlisted"),
        ("Sam", "sam@example.org", "3095550106", "en", True, True, "declined"),
    ]
    for first, email, phone, language, may_email, may_text, status in roster:
        person = people.create_person(
            session, first_name=first, last_name="Example", email=email, phone=phone,
            packet_language=language, may_email=may_email, may_text=may_text,
        )
        signups.add_signup(session, meeting.id, person.id, status=status)
    return meeting


def by_name(batch):
    return {m.name.split()[0]: m for m in batch.messages}


def test_consent_decides_what_is_written_and_who_cannot_be_reached(session, meeting):
    batch = speaker_messages(session, meeting.id)
    messages = by_name(batch)
    assert set(messages) == {"Thu", "José", "Rosa"}  # Sam declined
    assert messages["Thu"].can_email and messages["Thu"].can_text
    rosa = messages["Rosa"]
    assert not rosa.can_email and rosa.email_body == "" and rosa.email_to == ""
    assert rosa.can_text and rosa.sms_to == "+13095550105"
    assert rosa.mailto() == ""
    unreachable = {u.name.split()[0]: u.reason for u in batch.unreachable}
    assert unreachable == {
        "Lin": "has not agreed to email or text messages",
        "Omar": "agreed to email but has no email address",
    }


def test_english_confirmation_email_and_text(session, meeting):
    thu = by_name(speaker_messages(session, meeting.id))["Thu"]
    assert thu.language == "en"
    assert thu.email_subject == "You are speaking at Bloomington City Council on Monday, March 9, 2026"
    body = thu.email_body
    assert body.startswith("Hi Thu,\n\nThank you for agreeing to speak about the Welcoming City Ordinance")
    assert "When: Monday, March 9, 2026 at 6:00 PM (please arrive by 5:30 PM)" in body
    assert "Your place on our list: speaker 1 of 4." in body
    assert "You have 3 minutes." in body
    assert "Agenda item: Welcoming City Ordinance: first reading" in body
    assert "Please reply to let us know you can make it." in body
    assert body.rstrip().endswith("Ana Pérez, Welcoming City BN\n(309) 555-0100 · ana@welcoming.example.org")
    assert len(thu.sms_text) <= SMS_LIMIT
    assert thu.sms_text.startswith("Hi Thu! You're speaker 1 at ")
    assert "Mon Mar 9, 6:00 PM" in thu.sms_text and "Reply YES to confirm." in thu.sms_text


def test_spanish_messages_for_a_spanish_packet(session, meeting):
    jose = by_name(speaker_messages(session, meeting.id))["José"]
    assert jose.language == "es"
    assert jose.email_subject == "Va a hablar en Bloomington City Council el lunes 9 de marzo de 2026"
    assert jose.email_body.startswith("Hola José:\n\nGracias por aceptar hablar sobre la Welcoming City Ordinance")
    assert "Cuándo: lunes 9 de marzo de 2026 a las 6:00 p. m. (por favor llegue antes de las 5:30 p. m.)" in jose.email_body
    assert "turno 2 de 4" in jose.email_body
    assert jose.sms_text.startswith("¡Hola José! Tiene el turno 2 para hablar en")
    assert "lun 9 mar, 6:00 p. m." in jose.sms_text
    assert len(jose.sms_text) <= SMS_LIMIT

    rosa = by_name(speaker_messages(session, meeting.id))["Rosa"]
    assert "lista de espera" in rosa.sms_text and "turno" not in rosa.sms_text


def test_reminders_and_a_long_council_name_still_fit_one_text(session, meeting):
    meeting.body.name = "Bloomington City Council Committee of the Whole (Regular Session)"
    meeting.body.meeting_place = "Government Center, Council Chambers, second floor, east entrance"
    batch = speaker_messages(session, meeting.id, "reminder")
    assert batch.kind == "reminder"
    for message in batch.messages:
        assert len(message.sms_text) <= SMS_LIMIT, message.sms_text
    thu = by_name(batch)["Thu"]
    assert thu.email_subject.startswith("Reminder: ")
    assert "If you can no longer come" in thu.email_body
    assert "Bloomington" in thu.sms_text  # the short name when the full one does not fit


def test_a_cancelled_meeting_gets_cancellation_messages(session, meeting):
    meetings.update_meeting(session, meeting.id, {"status": "cancelled"})
    batch = speaker_messages(session, meeting.id, "reminder")
    assert batch.kind == "cancellation"
    thu = by_name(batch)["Thu"]
    assert thu.email_subject == "Cancelled: Bloomington City Council on Monday, March 9, 2026"
    assert "has been cancelled" in thu.email_body
    assert "cancelled; no need to come" in thu.sms_text
    assert "se canceló" in by_name(batch)["José"].sms_text


def test_mailto_url_is_percent_encoded_per_rfc_6068():
    url = mailto_url("ana+speakers@example.org", "¿Puede venir? 9 & 10", "Hola José:\nLínea 2\r\nA=B?")
    assert " " not in url and "\n" not in url
    assert url.startswith("mailto:ana%2Bspeakers@example.org?subject=")
    assert "%20" in url and "+" not in url.split("?", 1)[1]
    assert "%0D%0A" in url and "%0A" not in url.replace("%0D%0A", "")
    parts = urlsplit(url)
    assert unquote(parts.path) == "ana+speakers@example.org"
    query = parse_qs(parts.query)
    assert query["subject"] == ["¿Puede venir? 9 & 10"]
    assert query["body"] == ["Hola José:\r\nLínea 2\r\nA=B?"]


def test_message_mailto_opens_the_email(session, meeting):
    thu = by_name(speaker_messages(session, meeting.id))["Thu"]
    parts = urlsplit(thu.mailto())
    assert unquote(parts.path) == "thu@example.org"
    assert parse_qs(parts.query)["subject"] == [thu.email_subject]


def test_speaker_invitations_for_the_packet_batch(session, meeting):
    files = confirmations.speaker_invitations(session, meeting.id)
    # Named like the packets: the speaker's own letters, accents kept.
    assert [f.filename for f in files] == ["01-Thu-Example.ics", "02-José-Example.ics", "03-Lin-Example.ics",
                                           "04-Omar-Example.ics"]
    [event] = icalendar.Calendar.from_ical(files[1].data).walk("VEVENT")
    assert str(event["SUMMARY"]).startswith("Hablar en Bloomington")
    assert "Ana Pérez, (309) 555-0100, ana@welcoming.example.org" in str(event["DESCRIPTION"])
    assert len(event.walk("VALARM")) == 2


def test_speaker_numbers_agree_in_messages_invitations_and_packets(session, meeting):
    """Thu (place 1) cancels: José is speaker 1 of 3 everywhere, though his position is 2."""
    from organizer.exports.pdf.batch import packet_file_names
    from organizer.services.packets import meeting_packets

    thu = next(s for s in meeting.signups if s.person.first_name == "Thu")
    signups.update_signup(session, thu.id, {"status": "cancelled"})
    session.expire(meeting, ["signups"])

    jose = by_name(speaker_messages(session, meeting.id))["José"]
    assert "turno 1 de 3" in jose.email_body
    assert jose.sms_text.startswith("¡Hola José! Tiene el turno 1 para hablar")

    files = confirmations.speaker_invitations(session, meeting.id)
    assert [f.filename for f in files] == ["01-José-Example.ics", "02-Lin-Example.ics", "03-Omar-Example.ics"]
    [event] = icalendar.Calendar.from_ical(files[0].data).walk("VEVENT")
    assert str(event["SUMMARY"]).endswith("turno 1)")
    assert "turno 1 de 3" in str(event["DESCRIPTION"])

    packets = meeting_packets(session, meeting.id)
    assert [(p.speaker.name, p.speaker.slot, p.speaker.speaker_count) for p in packets] == [
        ("José Example", 1, 3), ("Lin Example", 2, 3), ("Omar Example", 3, 3), ("Rosa Example", None, 3),
    ]
    # Each invitation sits beside its packet: the same name but for the extension.
    pdfs = {name.removesuffix(".pdf") for name in packet_file_names(packets)}
    assert {f.filename.removesuffix(".ics") for f in files} <= pdfs


def test_an_unknown_kind_is_a_programming_error(session, meeting):
    with pytest.raises(ValueError):
        speaker_messages(session, meeting.id, "birthday")
