"""Apply a parsed volunteer list to the database: match, fill gaps, add the rest.

Matching: by email first; failing that, by phone (E.164). A phone match is refused when
both sides have different email addresses, because households share phones and two
people must not be merged into one. Rows of the same file that describe one person
(same email or phone) end up as one person, so importing a file twice adds nobody.

A match only fills fields that are empty; nothing a coordinator entered is overwritten.
Consent flags and the packet language are set for new people only: on an existing person
they are the coordinator's record of what that person said, and an export from another
tool is no reason to change them.

All or nothing: the whole import runs in the caller's transaction, so an error, a
cancellation or a killed process leaves the database as it was. A file with rejected rows
is refused whole (``ImportRejected``, carrying the report) unless ``skip_invalid`` is set.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from organizer.domain.models import Person, person_search_text
from organizer.domain.person_fields import DETAIL_FIELDS, NAME_FIELDS, PREFERENCE_FIELDS
from organizer.errors import OrganizerError, ValidationError
from organizer.i18n import _
from organizer.imports.people_csv import PeopleFile, RowError, clean_phone, parse_people_csv
from organizer.storage.database import Database

# Filled on a match when the person's own value is empty.
FILLABLE_FIELDS = (*NAME_FIELDS, *DETAIL_FIELDS, "notes")
# Set only when a person is created (see the module docstring).
NEW_ONLY_FIELDS = PREFERENCE_FIELDS
NEW_PERSON_DEFAULTS: dict[str, Any] = {
    "first_name": "",
    "last_name": "",
    "preferred_name": "",
    "pronouns": "",
    "email": None,
    "phone": "",
    "zip_code": "",
    "ward": "",
    "languages": [],
    "notes": "",
    "packet_language": "en",
    "may_email": False,
    "may_text": False,
}
PROGRESS_EVERY = 200
FLUSH_EVERY = 1000  # people per INSERT batch; all batches are in the one transaction
_LOAD_CHUNK = 500

_E164_RE = re.compile(r"^\+[1-9]\d{6,14}$")

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class ImportCancelled(OrganizerError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was changed.")


class ImportRejected(ValidationError):
    """The file has bad rows and ``skip_invalid`` was not set; ``report`` lists them."""

    def __init__(self, report: ImportReport):
        count = len(report.rejected)
        first = report.rejected[0]
        if count == 1:
            problem = f"1 row has a problem ({first})"
        else:
            problem = f"{count} rows have problems (the first: {first})"
        super().__init__(f"Nothing was imported because {problem}; fix the file, or import only the good rows.")
        self.report = report


@dataclass(frozen=True)
class RowOutcome:
    line: int
    action: str  # "new", "updated", "unchanged"
    person_id: int | None  # None for people not created (a preview)
    matched_by: str = ""  # "email", "phone" or "" for new people
    filled: tuple[str, ...] = ()
    # Set when the row matched a person added by an earlier row of the same file.
    earlier_line: int | None = None


@dataclass
class ImportReport:
    """What an import did, or (``dry_run``) would do. Counts are of rows of the file."""

    format_label: str
    dry_run: bool
    outcomes: list[RowOutcome] = field(default_factory=list)
    rejected: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    committed: bool = False  # changes were made in the session (its transaction commits them)

    def _count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    @property
    def new(self) -> int:
        return self._count("new")

    @property
    def updated(self) -> int:
        return self._count("updated")

    @property
    def unchanged(self) -> int:
        return self._count("unchanged")

    @property
    def matched(self) -> int:
        return self.updated + self.unchanged

    def summary(self) -> str:
        if self.committed:
            said = _("{format} file: added {new} new, matched {matched} ({updated} with new details, "
                     "{unchanged} unchanged), rejected {rejected}.")
        else:
            said = _("{format} file: would add {new} new, matched {matched} ({updated} with new details, "
                     "{unchanged} unchanged), rejected {rejected}.")
        return said.format(format=self.format_label, new=self.new, matched=self.matched, updated=self.updated,
                           unchanged=self.unchanged, rejected=len(self.rejected))


@dataclass
class _Target:
    """A person a row lands on: an existing one (``person_id``) or one this import adds."""

    values: dict[str, Any]
    person_id: int | None = None
    new_index: int | None = None
    first_line: int | None = None  # for a new person: the row that adds them


@dataclass(frozen=True)
class _Outcome:
    line: int
    action: str
    target: _Target
    matched_by: str
    filled: tuple[str, ...]

    def public(self, created: list[int] | None = None) -> RowOutcome:
        person_id = self.target.person_id
        if person_id is None and created is not None:
            person_id = created[self.target.new_index]
        same_file_line = self.target.first_line if self.action != "new" else None
        return RowOutcome(self.line, self.action, person_id, self.matched_by, self.filled, same_file_line)


@dataclass
class _Plan:
    new_people: list[dict[str, Any]] = field(default_factory=list)
    fills: dict[int, dict[str, Any]] = field(default_factory=dict)  # person id -> fields
    outcomes: list[_Outcome] = field(default_factory=list)
    rejected: list[RowError] = field(default_factory=list)  # rows that cannot add a person


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _phone_key(phone: str) -> str:
    if not phone or _E164_RE.match(phone):
        return phone  # what the app stores: no need to parse 10,000 of them again
    try:
        return clean_phone(phone)
    except ValueError:
        return phone  # stored unparsed: only an identical row can match it


def _load_index(session: Session) -> tuple[dict[str, _Target], dict[str, _Target]]:
    columns = [getattr(Person, name) for name in FILLABLE_FIELDS]
    by_email: dict[str, _Target] = {}
    by_phone: dict[str, _Target] = {}
    for row in session.execute(select(Person.id, *columns).order_by(Person.id)):
        values = dict(zip(FILLABLE_FIELDS, row[1:], strict=True))
        target = _Target(values=values, person_id=row[0])
        if values["email"]:
            by_email.setdefault(values["email"].lower(), target)
        key = _phone_key(values["phone"])
        if key:
            by_phone.setdefault(key, target)
    return by_email, by_phone


def _plan(session: Session, parsed: PeopleFile, check: Callable[[int], None]) -> _Plan:
    by_email, by_phone = _load_index(session)
    plan = _Plan()
    for done, row in enumerate(parsed.rows):
        check(done)
        email = row.fields.get("email")
        phone = row.fields.get("phone")
        target, matched_by = None, ""
        if email and email in by_email:
            target, matched_by = by_email[email], "email"
        elif phone and phone in by_phone:
            candidate = by_phone[phone]
            other_email = candidate.values.get("email")
            if not (email and other_email and other_email.lower() != email):
                target, matched_by = candidate, "phone"

        if target is None:
            if not any(row.fields.get(n) for n in ("first_name", "last_name", "preferred_name")):
                # Everyone in the app has a name; a match may lack one, a new person may not.
                plan.rejected.append(RowError(row.line, _("it has no name, and nobody with that email or phone is known yet")))
                continue
            values = dict(row.fields)
            target = _Target(values=values, new_index=len(plan.new_people), first_line=row.line)
            plan.new_people.append(values)
            action, filled = "new", ()
        else:
            filled = _fill(target, row.fields, by_phone)
            if filled and target.person_id is not None:
                plan.fills.setdefault(target.person_id, {}).update({n: target.values[n] for n in filled})
            action = "updated" if filled else "unchanged"
        if target.values.get("email"):
            by_email.setdefault(target.values["email"].lower(), target)
        if target.values.get("phone"):
            by_phone.setdefault(_phone_key(target.values["phone"]), target)
        plan.outcomes.append(_Outcome(row.line, action, target, matched_by, filled))
    return plan


def _fill(target: _Target, fields: dict[str, Any], by_phone: dict[str, _Target]) -> tuple[str, ...]:
    filled = []
    for name in FILLABLE_FIELDS:
        value = fields.get(name)
        if _is_empty(value) or not _is_empty(target.values.get(name)):
            continue
        if name == "phone" and by_phone.get(value, target) is not target:
            continue  # that number already belongs to someone else
        target.values[name] = value
        filled.append(name)
    return tuple(filled)


def import_people(
    session: Session,
    parsed: PeopleFile,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Match and add the people of ``parsed`` in ``session``'s transaction.

    A preview (``dry_run``) changes nothing and never raises for bad rows: they are in the
    report. Otherwise bad rows raise ``ImportRejected`` unless ``skip_invalid``.
    ``progress(done, total)`` is called now and then, ``is_cancelled()`` checked as often;
    cancelling raises ``ImportCancelled`` and the caller's transaction rolls back.
    """
    total = len(parsed.rows) * (1 if dry_run else 2)

    def check(done: int) -> None:
        if done % PROGRESS_EVERY:
            return
        if is_cancelled is not None and is_cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total)

    plan = _plan(session, parsed, check)
    report = ImportReport(
        format_label=parsed.format_label,
        dry_run=dry_run,
        rejected=sorted(parsed.errors + plan.rejected, key=lambda e: e.line),
        warnings=list(parsed.warnings),
    )
    if dry_run or (report.rejected and not skip_invalid):
        report.outcomes = [o.public() for o in plan.outcomes]
        if not dry_run:
            raise ImportRejected(report)
        if progress is not None:
            progress(total, total)
        return report

    offset = len(parsed.rows)
    created = _apply(session, plan, lambda done: check(offset + done))
    report.outcomes = [o.public(created) for o in plan.outcomes]
    report.committed = True
    if progress is not None:
        progress(total, total)
    return report


def _new_person_row(values: dict[str, Any]) -> dict[str, Any]:
    """Every column the import sets, so that all rows share one INSERT statement.

    A Core INSERT bypasses the ORM event that keeps ``search_text`` in step, so it is
    computed here; without it the people filter would never find who was imported.
    """
    row = dict(NEW_PERSON_DEFAULTS)
    row.update((name, values[name]) for name in FILLABLE_FIELDS + NEW_ONLY_FIELDS if name in values)
    row["search_text"] = person_search_text(
        row["first_name"], row["last_name"], row["preferred_name"], row["email"],
        row["phone"], row["zip_code"], row["ward"],
    )
    return row


def _insert_batch(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert people in a few multi-row statements; their ids, in the order of ``rows``.

    The ORM's unit of work inserts one row per statement on SQLite (it needs RETURNING
    rows in order); an unordered RETURNING is batched, and each new person is found
    again by the email or phone that made them new.
    """
    statement = insert(Person).returning(Person.id, Person.email, Person.phone)
    ids = {}
    for person_id, email, phone in session.execute(statement, rows):
        ids[(email or "").lower() or phone] = person_id
    return [ids[(row["email"] or "") or row["phone"]] for row in rows]


def _apply(session: Session, plan: _Plan, check: Callable[[int], None]) -> list[int]:
    """Write the plan; returns the ids of the new people, in plan order."""
    done = 0
    ids = list(plan.fills)
    for start in range(0, len(ids), _LOAD_CHUNK):
        chunk = ids[start : start + _LOAD_CHUNK]
        for person in session.scalars(select(Person).where(Person.id.in_(chunk))):
            for name, value in plan.fills[person.id].items():
                # Checked again on the loaded row: the rule is never to overwrite.
                # An ORM update, so the before_update event refreshes ``search_text``.
                if _is_empty(getattr(person, name)):
                    setattr(person, name, value)
            done += 1
            check(done)
    session.flush()
    created: list[int] = []
    for start in range(0, len(plan.new_people), FLUSH_EVERY):
        batch = [_new_person_row(v) for v in plan.new_people[start : start + FLUSH_EVERY]]
        created += _insert_batch(session, batch)
        for _row in batch:
            done += 1
            check(done)
    return created


def import_people_file(
    db: Database,
    data: bytes,
    *,
    format: str = "auto",
    mapping: dict[str, str] | None = None,
    encoding: str | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Parse and import a file's bytes in one transaction of its own (for a worker thread)."""
    parsed = parse_people_csv(data, format=format, mapping=mapping, encoding=encoding)
    with db.session() as session:
        report = import_people(
            session,
            parsed,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            progress=progress,
            is_cancelled=is_cancelled,
        )
    return report
