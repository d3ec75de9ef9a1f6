"""Every corpus text item through every free-text field the services save.

The services are where the command line, the imports and the GUI editors all end up, so
this is the sink with every field: each saves the item as the corpus says (read back in a
new session) or refuses it with one sentence and changes nothing (the record and the row
counts are as before).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hostile_corpus import Item, in_text_field, one_sentence, params
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from organizer.domain.models import (
    CampaignSettings,
    CouncilMember,
    GoverningBody,
    Interaction,
    Meeting,
    Person,
    Signup,
    StanceRecord,
    TalkingPoint,
    TalkingPointTranslation,
)
from organizer.errors import ValidationError
from organizer.services import campaign, council, meetings, people, points, signups
from organizer.services.campaign import open_campaign
from organizer.storage.database import Database

TABLES = (Person, CouncilMember, Meeting, TalkingPoint, TalkingPointTranslation, Signup, StanceRecord,
          Interaction, CampaignSettings)


@dataclass(frozen=True)
class Ids:
    person: int
    member: int
    meeting: int
    point: int
    signup: int


@pytest.fixture(scope="module")
def shared(fast_folder: Path) -> Iterator[tuple[Database, Ids]]:
    """One campaign for the module: every field test edits records it made, or refuses."""
    db = open_campaign(fast_folder / "campaign.sqlite3")
    with db.session() as s:
        body = s.scalars(select(GoverningBody).order_by(GoverningBody.id)).first()
        person = people.create_person(s, first_name="Ana", last_name="López")
        member = council.create_member(s, body.id, name="Member", seat="Ward 1")
        meeting = meetings.create_meeting(s, body.id, dt.datetime(2027, 1, 5, 0, 0, tzinfo=dt.UTC), title="Regular")
        point = points.create_point(s, "A point", "why_it_matters")
        signup = signups.add_signup(s, meeting.id, person.id)
        ids = Ids(person.id, member.id, meeting.id, point.id, signup.id)
    yield db, ids
    db.dispose()


Save = Callable[[Session, Ids, str], None]
Read = Callable[[Session, Ids], Any]


@dataclass(frozen=True)
class Field:
    name: str
    max_length: int
    save: Save
    read: Read
    required: bool = False
    empty_refusal: str = "cannot be empty"


def _attr(model: type, key: str, attr: str) -> Read:
    return lambda s, ids: getattr(s.get(model, getattr(ids, key) if key else 1), attr)


def _person(attr: str, max_length: int) -> Field:
    # The other names are set too, so an emptied name field still leaves the person a name.
    names = {"first_name": "Ana", "last_name": "López", "preferred_name": ""}
    return Field(f"person.{attr}", max_length,
                 lambda s, ids, value: people.update_person(s, ids.person, {**names, attr: value}),
                 _attr(Person, "person", attr))


def _member(attr: str, max_length: int, required: bool = False) -> Field:
    return Field(f"member.{attr}", max_length,
                 lambda s, ids, value: council.update_member(s, ids.member, {attr: value}),
                 _attr(CouncilMember, "member", attr), required)


def _meeting(attr: str, max_length: int) -> Field:
    return Field(f"meeting.{attr}", max_length,
                 lambda s, ids, value: meetings.update_meeting(s, ids.meeting, {attr: value}),
                 _attr(Meeting, "meeting", attr))


def _point(attr: str, max_length: int, required: bool = False) -> Field:
    return Field(f"point.{attr}", max_length, lambda s, ids, value: points.update_point(s, ids.point, {attr: value}),
                 _attr(TalkingPoint, "point", attr), required)


def _settings(attr: str, max_length: int) -> Field:
    return Field(f"settings.{attr}", max_length, lambda s, ids, value: campaign.update_settings(s, {attr: value}),
                 _attr(CampaignSettings, "", attr))


def _signup(attr: str, max_length: int) -> Field:
    return Field(f"signup.{attr}", max_length,
                 lambda s, ids, value: signups.update_signup(s, ids.signup, {attr: value}),
                 _attr(Signup, "signup", attr))


def _translation(attr: str, max_length: int) -> Field:
    def save(s: Session, ids: Ids, value: str) -> None:
        fields = {"title": "Título", "summary": "Resumen", "body": "Texto", attr: value}
        points.set_translation(s, ids.point, "es", **fields)

    def read(s: Session, ids: Ids) -> Any:
        found = s.scalars(select(TalkingPointTranslation).where(TalkingPointTranslation.point_id == ids.point)).first()
        return getattr(found, attr) if found else None

    return Field(f"translation.{attr}", max_length, save, read)


def _newest(model: type, attr: str) -> Read:
    return lambda s, ids: s.scalar(select(getattr(model, attr)).order_by(model.id.desc()).limit(1))


FIELDS = [
    _person("first_name", 200), _person("last_name", 200), _person("preferred_name", 200),
    _person("pronouns", 40), _person("ward", 100), _person("notes", 20_000),
    _member("name", 200, required=True), _member("seat", 100), _member("office", 300), _member("notes", 20_000),
    _meeting("title", 200), _meeting("place", 200), _meeting("address", 300),
    _meeting("agenda_item", 20_000), _meeting("notes", 20_000),
    _point("title", 200, required=True), _point("summary", 20_000), _point("body", 20_000),
    _point("sources", 20_000),
    _translation("title", 200), _translation("summary", 20_000), _translation("body", 20_000),
    _settings("campaign_name", 200), _settings("ordinance_name", 200), _settings("organization", 200),
    _settings("coordinator_name", 200), _settings("ask", 2000), _settings("ask_es", 2000),
    _signup("angle", 20_000), _signup("notes", 20_000),
    Field("stance.source", 5000,
          lambda s, ids, value: council.record_stance(s, ids.member, "lean_yes", source=value),
          _newest(StanceRecord, "source")),
    Field("interaction.summary", 20_000,
          lambda s, ids, value: council.record_interaction(s, ids.member, "meeting", value),
          _newest(Interaction, "summary"), required=True),
    Field("interaction.team_members", 300,
          lambda s, ids, value: council.record_interaction(s, ids.member, "meeting", "Met", team_members=value),
          _newest(Interaction, "team_members")),
    Field("person.new", 200, lambda s, ids, value: people.create_person(s, first_name=value),
          _newest(Person, "first_name"), required=True, empty_refusal="needs at least a first or last name"),
    Field("point.new", 200, lambda s, ids, value: points.create_point(s, value, "why_it_matters"),
          _newest(TalkingPoint, "title"), required=True),
]


def _counts(s: Session) -> dict[str, int]:
    return {m.__name__: s.scalar(select(func.count()).select_from(m)) for m in TABLES}


def _check_field(db: Database, ids: Ids, field: Field, item: Item) -> str | None:
    """None when the field did what the corpus says, otherwise what went wrong."""
    outcome = in_text_field(item, field.max_length, required=field.required, empty_refusal=field.empty_refusal)
    with db.session() as s:
        before, counts = field.read(s, ids), _counts(s)
    try:
        with db.session() as s:
            field.save(s, ids, item.value)
    except ValidationError as exc:
        if outcome.saves:
            return f"{field.name}: refused ({exc}), expected {outcome.value[:40]!r} saved"
        if outcome.refusal not in str(exc) or not one_sentence(str(exc)):
            return f"{field.name}: refused with {exc!s:.80}, expected a sentence with {outcome.refusal!r}"
        with db.session() as s:
            if field.read(s, ids) != before or _counts(s) != counts:
                return f"{field.name}: refused but something changed"
        return None
    with db.session() as s:
        got = field.read(s, ids)
    if not outcome.saves:
        return f"{field.name}: saved {got!r:.40}, expected a refusal with {outcome.refusal!r}"
    if got != outcome.value:
        return f"{field.name}: saved {got!r:.60}, expected {outcome.value!r:.60}"
    return None


@pytest.mark.parametrize("item", params("text"))
def test_every_text_field_saves_or_refuses_as_the_corpus_says(shared, item: Item) -> None:
    db, ids = shared
    problems = [p for field in FIELDS if (p := _check_field(db, ids, field, item))]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("item", params("text"))
def test_email_and_phone_fields_take_only_what_the_corpus_allows(shared, item: Item) -> None:
    db, ids = shared
    for attr, service, key in (
        ("email", people.update_person, "person"), ("phone", people.update_person, "person"),
        ("email", council.update_member, "member"), ("phone", council.update_member, "member"),
    ):
        expected = item.expect[attr]
        model = Person if key == "person" else CouncilMember
        with db.session() as s:
            before = getattr(s.get(model, getattr(ids, key)), attr)
        try:
            with db.session() as s:
                service(s, getattr(ids, key), {attr: item.value})
        except ValidationError as exc:
            assert expected == "refused", f"{key}.{attr} refused {item.id}: {exc}"
            assert one_sentence(str(exc))
            with db.session() as s:
                assert getattr(s.get(model, getattr(ids, key)), attr) == before
            continue
        with db.session() as s:
            got = getattr(s.get(model, getattr(ids, key)), attr)
        assert (got or "cleared") == expected, f"{key}.{attr}"


@pytest.mark.parametrize("item", params("number"))
def test_minutes_take_only_whole_minutes_in_a_day(shared, item: Item) -> None:
    db, ids = shared
    as_number = int(item.value) if item.value.isascii() and item.value.lstrip("-").isdigit() else item.value
    with db.session() as s:
        before = s.get(Meeting, ids.meeting).minutes_per_speaker
    with pytest.raises(ValidationError, match="whole number of minutes") as refused:
        with db.session() as s:
            meetings.update_meeting(s, ids.meeting, {"minutes_per_speaker": as_number})
    assert item.expect["minutes"] == "refused" and one_sentence(str(refused.value))
    with db.session() as s:
        assert s.get(Meeting, ids.meeting).minutes_per_speaker == before
