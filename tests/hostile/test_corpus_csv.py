"""Every corpus item in every mapped column of a people CSV import, in several encodings,
and out again through the CSV export, whose formula starts must be neutralised.

An import with a bad row saves nobody (the row is named with a reason); with
--skip-invalid the good rows are saved exactly as the corpus says and the bad ones listed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hostile_corpus import Item, by_id, of_kind, params
from sqlalchemy import func, select

from organizer.domain.models import Person
from organizer.errors import ValidationError
from organizer.imports.people_csv import parse_people_csv
from organizer.services import exchange, people
from organizer.services.campaign import open_campaign
from organizer.services.people_import import ImportRejected, import_people
from organizer.storage.database import Database

# Header -> field: every field a column can be mapped to.
COLUMNS = {
    "First": "first_name", "Last": "last_name", "Full name": "full_name", "Preferred": "preferred_name",
    "Pronouns": "pronouns", "Email": "email", "Phone": "phone", "ZIP": "zip_code", "Ward": "ward",
    "Languages": "languages", "Packet": "packet_language", "May email": "may_email", "May text": "may_text",
    "Notes": "notes",
}
LIMITS = {"first_name": 200, "last_name": 200, "preferred_name": 200, "pronouns": 40, "ward": 100, "notes": 20_000}
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be")
# A file cannot hold a lone surrogate: what undecodable bytes do is the bytes items' part.
IN_A_FILE = [p for p in params("text") if p.values[0].saved is not None]


@pytest.fixture(scope="module")
def db(fast_folder: Path) -> Iterator[Database]:
    database = open_campaign(fast_folder / "campaign.sqlite3")
    yield database
    database.dispose()


@dataclass(frozen=True)
class Expected:
    """One row's outcome: imported with these fields, or rejected with ``reason`` in the message."""

    fields: dict[str, object] | None
    reason: str = ""


def _collapsed(text: str) -> str:
    return " ".join(text.split())  # the importer's rule for one-line fields: names, pronouns, ward


def expected_row(item: Item, field: str) -> Expected:
    saved = item.saved
    assert saved is not None
    if field in ("first_name", "last_name", "preferred_name", "pronouns", "ward", "notes"):
        value = saved if field == "notes" else _collapsed(saved)
        if len(value) > LIMITS[field]:
            return Expected(None, "too long")
        return Expected({field: value} if value else {})
    if field == "full_name":
        first, _, last = _collapsed(saved).rpartition(" ")
        first, last = (first, last) if first else (last, "")
        if not first:
            return Expected(None, "no name")
        if len(first) > 200 or len(last) > 200:
            return Expected(None, "too long")
        return Expected({"first_name": first, "last_name": last})
    if field in ("email", "phone"):
        outcome = item.expect[field]
        if outcome == "refused":
            return Expected(None, "not an email address" if field == "email" else "phone number")
        if outcome == "cleared":
            return Expected(None, "neither an email") if field == "email" else Expected({"phone": ""})
        return Expected({field: outcome})
    if field == "zip_code":
        return Expected({"zip_code": ""}) if not saved else Expected(None, "ZIP code")
    return Expected({})  # languages and consent: an unknown word is left out with a note


def file_rows(item: Item) -> list[tuple[str, dict[str, str]]]:
    """(field, row) pairs: each row puts the item in one column; the rest make the row valid."""
    rows = []
    for n, (header, field) in enumerate(COLUMNS.items()):
        row = {h: "" for h in COLUMNS}
        row.update({"First": "Row", "Last": f"{item.id} {n}", "Email": f"{item.id}-{n}@example.org"})
        if field == "full_name":
            row.update({"First": "", "Last": ""})
        row[header] = item.value
        rows.append((field, row))
    return rows


def csv_text(rows: list[dict[str, str]]) -> tuple[str, list[int]]:
    """The file's text and the source line each row starts on (quoted cells may span lines)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\r\n")
    writer.writeheader()
    starts = []
    for row in rows:
        starts.append(len(io.StringIO(out.getvalue(), newline="").readlines()) + 1)
        writer.writerow(row)
    return out.getvalue(), starts


def parse(data: bytes):  # noqa: ANN201 - PeopleFile
    return parse_people_csv(data, format="generic", mapping=COLUMNS)


def people_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Person))


@pytest.mark.parametrize("item", IN_A_FILE)
def test_every_column_imports_or_rejects_the_row_as_the_corpus_says(db: Database, item: Item) -> None:
    pairs = file_rows(item)
    text, starts = csv_text([row for _, row in pairs])
    parsed = parse(text.encode("utf-8"))
    # The same file in every encoding a volunteer list arrives in reads the same.
    for encoding in ENCODINGS:
        again = parse(text.encode(encoding))
        assert (again.rows, again.errors) == (parsed.rows, parsed.errors), encoding
    expected = [(field, expected_row(item, field)) for field, _ in pairs]
    before = people_count(db)
    if any(e.fields is None for _, e in expected):
        with pytest.raises(ImportRejected), db.session() as s:
            import_people(s, parsed)
        assert people_count(db) == before  # a rejected import saves nobody
    with db.session() as s:
        report = import_people(s, parsed, skip_invalid=True)
    created = {o.line: o.person_id for o in report.outcomes}
    errors = {error.line: error.reason for error in report.rejected}
    for line, (field, outcome) in zip(starts, expected, strict=True):
        if outcome.fields is None:
            assert line in errors and outcome.reason in errors[line], (field, errors.get(line))
            assert line not in created
            continue
        assert line in created, (field, errors.get(line))
        with db.session() as s:
            person = s.get(Person, created[line])
            for name, value in outcome.fields.items():
                assert getattr(person, name) == value, (field, name)
            assert person.packet_language in ("en", "es")
    assert people_count(db) == before + sum(1 for _, e in expected if e.fields is not None)


@pytest.mark.parametrize("item", params("bytes"))
def test_invalid_bytes_in_a_cell_are_read_in_a_named_encoding_or_refused(db: Database, item: Item) -> None:
    head, tail = "First,Last,Email\r\nAna,", f",bytes-{item.id}@example.org\r\n"
    if item.container.startswith("utf-16-le"):
        data = b"\xff\xfe" + head.encode("utf-16-le") + item.value + tail.encode("utf-16-le")
    else:
        data = head.encode() + item.value + tail.encode()
    before = people_count(db)
    try:
        parsed = parse_people_csv(data)
    except ValidationError as exc:
        assert item.expect["csv_import"] == "refused"
        assert "not valid" in str(exc) and "\n" not in str(exc)
        assert people_count(db) == before
        return
    assert (parsed.encoding, [r.fields["last_name"] for r in parsed.rows]) == (
        item.expect["csv_import"]["encoding"], [item.expect["csv_import"]["last_name"]])
    with db.session() as s:
        import_people(s, parsed)
    assert people_count(db) == before + 1


@pytest.mark.parametrize("encoding, data", [
    ("utf-16 cut in the middle of a character", "First,Email\r\nAna,ana@example.org\r\n".encode("utf-16")[:-1]),
    ("utf-8 named, cp1252 given", "First,Email\r\nMuñoz,m@example.org\r\n".encode("cp1252")),
])
def test_a_file_that_is_not_the_named_encoding_is_refused_with_a_sentence(db: Database, encoding: str, data: bytes) -> None:
    before = people_count(db)
    with pytest.raises(ValidationError, match="UTF-8 CSV|encoding") as refused:
        parse_people_csv(data, encoding="utf-8" if "utf-8" in encoding else "utf-16")
    assert "\n" not in str(refused.value)
    assert people_count(db) == before


@pytest.mark.parametrize("item", [p for p in params("text") if p.values[0].saved is not None])
def test_csv_export_writes_each_cell_as_the_corpus_says(db: Database, item: Item) -> None:
    saved = item.saved
    with db.session() as s:
        person = people.create_person(
            s, first_name=saved if len(saved) <= 200 else "Long", last_name=f"Export {item.id}",
            notes=item.value, ward=saved if len(saved) <= 100 else "",
        )
        person_id = person.id
    out = io.BytesIO()
    with db.session() as s:
        exchange.export_people_csv(s, out, include_notes=True)
    data = out.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    [row] = [r for r in rows if r["id"] == str(person_id)]
    assert row["notes"] == item.expect["csv_export"]
    if len(saved) <= 100:
        assert row["first_name"] == row["ward"] == item.expect["csv_export"]


def test_formula_items_are_all_neutralised_on_export() -> None:
    # The corpus itself must keep saying so: every formula start is written with an apostrophe.
    for item in of_kind("text"):
        if item.id.startswith("formula-") and item.saved[:1] in "=+-@\uff1d" and item.id != "formula-plus-e164":
            assert item.expect["csv_export"].startswith("'"), item.id
    assert by_id("formula-plus-e164").expect["csv_export"] == "+13095550142"


@pytest.mark.parametrize("item", [p for p in params("text") if p.values[0].saved is not None])
def test_members_export_writes_names_offices_and_notes_as_the_corpus_says(db: Database, item: Item) -> None:
    from organizer.domain.models import GoverningBody
    from organizer.services import council

    saved = item.saved
    with db.session() as s:
        body = s.scalars(select(GoverningBody).order_by(GoverningBody.id)).first()
        member = council.create_member(s, body.id, name=f"Member {item.id}", office=item.value if len(saved) <= 300 else "",
                                       notes=item.value)
        member_name = member.name
    out = io.BytesIO()
    with db.session() as s:
        exchange.export_members_csv(s, out, include_notes=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8-sig"), newline="")))
    [row] = [r for r in rows if r["name"] == member_name]
    assert row["notes"] == item.expect["csv_export"]
    if len(saved) <= 300:
        assert row["office"] == item.expect["csv_export"]
