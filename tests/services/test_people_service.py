"""People: validation, matching by email, filtering in SQL, sign-up history."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from organizer.domain.models import Person
from organizer.errors import ConflictError, NotFoundError, ValidationError
from organizer.services import people

pytestmark = pytest.mark.storage


def test_create_normalises_email_and_phone(session) -> None:
    person = people.create_person(
        session, first_name="José", last_name="Ñúñez", email="Jose.Nunez@Example.ORG", phone="(309) 555-0142"
    )
    assert person.email == "jose.nunez@example.org"
    assert person.phone == "+13095550142"
    assert person.display_name == "José Ñúñez"


@pytest.mark.parametrize(
    ("field", "value", "sentence"),
    [
        ("email", "not-an-email", "is not an email address"),
        ("phone", "call me", "is not a phone number"),
        ("zip_code", "6170", "is not a ZIP code"),
        ("packet_language", "fr", r"English \(en\) or Spanish \(es\)"),
    ],
)
def test_bad_input_is_one_sentence_and_saves_nothing(session, field, value, sentence) -> None:
    with pytest.raises(ValidationError, match=sentence):
        people.create_person(session, first_name="Ana", **{field: value})
    assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_a_person_needs_a_name(session) -> None:
    with pytest.raises(ValidationError, match="first or last name"):
        people.create_person(session, email="someone@example.org")


def test_two_people_cannot_share_an_email(session) -> None:
    people.create_person(session, first_name="Ana", email="ana@example.org")
    with pytest.raises(ValidationError, match="already has the email"):
        people.create_person(session, first_name="Ana B", email="ANA@example.org")


def test_find_person_by_id_or_email(session) -> None:
    person = people.create_person(session, first_name="Thu", last_name="Nguyễn", email="thu@example.org")
    assert people.find_person(session, str(person.id)) is person
    assert people.find_person(session, "THU@example.org") is person
    with pytest.raises(NotFoundError, match="Nobody with the email"):
        people.find_person(session, "nobody@example.org")
    with pytest.raises(ValidationError):
        people.find_person(session, "not an email")


def test_filter_matches_every_word_in_names_email_and_phone(session) -> None:
    people.create_person(session, first_name="María", last_name="González", email="maria@example.org",
                         phone="309-555-0101", zip_code="61701")
    people.create_person(session, first_name="王", last_name="秀英", preferred_name="Lily", email="lily@example.com")
    people.create_person(session, first_name="Ahmed", last_name="Hassan", email="ahmed@example.net", zip_code="61761")
    assert [p.first_name for p in people.list_people(session, "maría")] == ["María"]
    assert [p.first_name for p in people.list_people(session, "秀英")] == ["王"]
    assert [p.first_name for p in people.list_people(session, "lily")] == ["王"]
    assert [p.first_name for p in people.list_people(session, "5550101")] == ["María"]
    assert sorted(p.first_name for p in people.list_people(session, "617")) == ["Ahmed", "María"]
    assert people.count_people(session, "example") == 3
    assert people.count_people(session, "example 61761") == 1
    # case and accents are ignored, whichever way round they are typed
    assert [p.first_name for p in people.list_people(session, "GONZALEZ")] == ["María"]
    assert [p.first_name for p in people.list_people(session, "maria gonzález")] == ["María"]
    assert [p.first_name for p in people.list_people(session, "(309) 555-0101")] == ["María"]
    # LIKE wildcards in the filter are taken literally
    assert people.count_people(session, "%") == 0


def test_sorting_and_paging_happen_in_the_query(session) -> None:
    for i in range(30):
        people.create_person(session, first_name=f"P{i:02d}", last_name="Z", email=f"p{i}@example.org")
    page = people.list_people(session, sort="first_name", descending=True, offset=5, limit=10)
    assert [p.first_name for p in page] == [f"P{i:02d}" for i in range(24, 14, -1)]
    with pytest.raises(ValidationError):
        people.list_people(session, sort="immigration_status")


def test_update_with_a_stale_version_is_a_conflict(session) -> None:
    person = people.create_person(session, first_name="Ana", email="ana@example.org")
    seen_version = person.version
    people.update_person(session, person.id, {"first_name": "Ana María"}, expected_version=seen_version)
    with pytest.raises(ConflictError, match="Someone else changed"):
        people.update_person(session, person.id, {"first_name": "Anita"}, expected_version=seen_version)
    assert person.first_name == "Ana María"


def test_no_field_for_immigration_status_exists() -> None:
    """The model must never hold immigration status or a stand-in for it."""
    forbidden = ("immigration", "status_", "citizen", "visa", "country_of_birth", "birthplace",
                 "nationality", "documented", "alien", "a_number", "passport", "ssn")
    columns = [c.name.lower() for c in Person.__table__.columns]
    for column in columns:
        assert not any(word in column for word in forbidden), column


@pytest.mark.parametrize(
    ("text", "error", "sentence"),
    [
        ("²", ValidationError, "is not an email address"),
        ("2147483648", NotFoundError, "There is no person with id 2147483648"),
        ("99999999999999999999", NotFoundError, "There is no person with id 99999999999999999999"),
    ],
)
def test_find_person_with_an_impossible_id_is_one_sentence(session, text, error, sentence) -> None:
    with pytest.raises(error, match=sentence):
        people.find_person(session, text)
