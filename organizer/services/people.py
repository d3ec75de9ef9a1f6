"""Volunteers, speakers and team members.

No immigration status or any proxy for it is stored (see organizer.domain.models).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, false, func, or_, select
from sqlalchemy.orm import Session, selectinload

from organizer.domain.enums import PersonRole, SignupStatus
from organizer.domain.models import GoverningBody, Meeting, Person, Signup
from organizer.domain.person_fields import DETAIL_FIELDS, NAME_FIELDS, PREFERENCE_FIELDS
from organizer.domain.text import fold
from organizer.errors import NotFoundError, ValidationError
from organizer.i18n import N_, _
from organizer.services import validation as v
from organizer.services.records import apply_changes, check_version, get_record

EDITABLE_FIELDS = (
    *NAME_FIELDS,
    *DETAIL_FIELDS,
    "home_body_id",
    *PREFERENCE_FIELDS,
    "may_name_publicly",
    "role",
    "notes",
)

# Columns the people table can sort by, by the name the GUI and CLI use.
SORT_COLUMNS = {
    "name": (Person.last_name, Person.first_name),
    "first_name": (Person.first_name,),
    "last_name": (Person.last_name,),
    "email": (Person.email,),
    "phone": (Person.phone,),
    "zip_code": (Person.zip_code,),
    "ward": (Person.ward,),
    "packet_language": (Person.packet_language,),
    "created_at": (Person.created_at,),
}


NAME_LABELS = {"first_name": N_("First name"), "last_name": N_("Last name"), "preferred_name": N_("Preferred name")}


def clean_person_fields(fields: Mapping[str, Any], session: Session | None = None) -> dict[str, Any]:
    """Validate and normalise person fields; raise ValidationError with a sentence."""
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name in ("first_name", "last_name", "preferred_name"):
            out[name] = v.limit_text(value, NAME_LABELS[name], field=name, max_length=200)
        elif name == "pronouns":
            out[name] = v.limit_text(value, N_("Pronouns"), field=name, max_length=40)
        elif name == "email":
            out[name] = v.normalize_email(value)
        elif name == "phone":
            out[name] = v.normalize_phone(value)
        elif name == "zip_code":
            out[name] = v.normalize_zip(value)
        elif name == "ward":
            out[name] = v.limit_text(value, N_("Ward"), field=name, max_length=100)
        elif name == "languages":
            codes = [str(c).strip().lower() for c in (value or []) if str(c).strip()]
            out[name] = list(dict.fromkeys(codes))
        elif name == "packet_language":
            out[name] = v.packet_language(value)
        elif name in ("may_email", "may_text", "may_name_publicly"):
            out[name] = bool(value)
        elif name == "role":
            role = value or PersonRole.VOLUNTEER
            out[name] = v.parse_choice(PersonRole, role, N_("a role (volunteer or team)"), "role")
        elif name == "home_body_id":
            if value is not None and session is not None and session.get(GoverningBody, value) is None:
                raise ValidationError(_("That council does not exist."), "home_body_id")
            out[name] = value
        elif name == "notes":
            out[name] = v.limit_text(value, N_("Notes"), field=name, max_length=20_000)
        else:
            out[name] = value
    return out


def _check_has_a_name(person: Person) -> None:
    if not (person.first_name or person.last_name or person.preferred_name):
        raise ValidationError(_("A person needs at least a first or last name."), "first_name")


def _check_email_free(session: Session, email: str | None, person_id: int | None) -> None:
    if not email:
        return
    query = select(Person.id).where(Person.email == email)
    if person_id is not None:
        query = query.where(Person.id != person_id)
    if session.scalar(query) is not None:
        raise ValidationError(_("Someone else already has the email address {email}.").format(email=email), "email")


def create_person(session: Session, **fields: Any) -> Person:
    unknown = set(fields) - set(EDITABLE_FIELDS) - {"is_sample"}
    if unknown:
        raise ValidationError(_("Unknown person fields: {fields}.").format(fields=", ".join(sorted(unknown))))
    cleaned = clean_person_fields({k: v_ for k, v_ in fields.items() if k != "is_sample"}, session)
    person = Person(**cleaned, is_sample=bool(fields.get("is_sample", False)))
    _check_has_a_name(person)
    _check_email_free(session, person.email, None)
    session.add(person)
    session.flush()
    return person


def update_person(
    session: Session, person_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Person:
    person = get_record(session, Person, person_id, N_("person"))
    check_version(person, expected_version, N_("person"))
    cleaned = clean_person_fields(changes, session)
    if "email" in cleaned:
        _check_email_free(session, cleaned["email"], person_id)
    apply_changes(person, cleaned, EDITABLE_FIELDS)
    _check_has_a_name(person)
    session.flush()
    return person


def find_person(session: Session, text: str) -> Person:
    """A person by id or by email address, as the command line takes them."""
    key = (text or "").strip()
    person_id = v.record_id(key, N_("person"))
    if person_id is not None:
        return get_record(session, Person, person_id, N_("person"))
    email = v.normalize_email(key, field="person")
    if email is None:
        raise ValidationError(_("Give a person's id or email address."))
    person = session.scalar(select(Person).where(Person.email == email))
    if person is None:
        raise NotFoundError(_("Nobody with the email address {email} is in the campaign.").format(email=email))
    return person


def filter_people_query(text: str = "", *, role: PersonRole | None = None) -> Select:
    """People whose name, email, phone, ZIP or ward contains every word of ``text``.

    Case and accents are ignored ("garcia" finds "García"); filtering happens in SQL on a
    folded column, so the table stays quick with a hundred thousand people.
    """
    query = select(Person)
    # Searched as it would be saved: a pasted control character still finds the name.
    for word in v.clean_text(text, N_("The search")).split():
        conditions = [Person.search_text.like(f"%{_escape_like(fold(word))}%", escape="\\")]
        digits = "".join(ch for ch in word if ch.isdigit())
        if len(digits) >= 3 and digits != word:  # "(309) 555-0101" typed with punctuation
            conditions.append(Person.phone.like(f"%{digits}%"))
        query = query.where(or_(*conditions))
    if role is not None:
        query = query.where(Person.role == role)
    return query


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def list_people(
    session: Session,
    text: str = "",
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> Sequence[Person]:
    query = ordered_people_query(text, sort=sort, descending=descending).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return session.scalars(query).all()


def ordered_people_query(text: str = "", *, sort: str = "name", descending: bool = False) -> Select:
    """The filtered people in table order; the id breaks ties so the order is stable."""
    columns = SORT_COLUMNS.get(sort)
    if columns is None:
        raise ValidationError(_("People cannot be sorted by “{sort}”.").format(sort=sort))
    order = [c.desc() if descending else c.asc() for c in columns] + [Person.id]
    return filter_people_query(text).order_by(*order)


def person_row_index(
    session: Session, person_id: int, text: str = "", *, sort: str = "name", descending: bool = False
) -> int | None:
    """Where a person sits in ``list_people``'s order (None if the filter hides them).

    One count of the people that sort before them (same filter, same order, the id breaking
    ties), after a primary-key look-up of their sort values: no walk through the rows.
    """
    ordered_people_query(text, sort=sort, descending=descending)  # refuses an unknown sort
    columns = SORT_COLUMNS[sort]
    filtered = filter_people_query(text)
    own = session.execute(
        filtered.where(Person.id == person_id).with_only_columns(*columns)
    ).first()
    if own is None:
        return None
    # Where NULL sorts must match ORDER BY: PostgreSQL (and Oracle) put it after every value
    # in ascending order, SQLite and MySQL before. Only email can be NULL, but check them all.
    nulls_largest = session.get_bind().dialect.name in ("postgresql", "oracle")

    def sorts_before(column: Any, value: Any) -> Any:
        null_first = nulls_largest == descending
        if value is None:
            return column.is_not(None) if not null_first else false()
        before = column > value if descending else column < value
        return or_(before, column.is_(None)) if null_first else before

    def same_as(column: Any, value: Any) -> Any:
        return column.is_(None) if value is None else column == value

    earlier = []
    for depth, (column, value) in enumerate(zip(columns, own, strict=True)):
        ties = [same_as(c, v_) for c, v_ in zip(columns[:depth], own[:depth], strict=True)]
        earlier.append(and_(*ties, sorts_before(column, value)))
    ties = [same_as(c, v_) for c, v_ in zip(columns, own, strict=True)]
    earlier.append(and_(*ties, Person.id < person_id))
    before = filtered.where(or_(*earlier)).with_only_columns(func.count(), maintain_column_froms=True)
    return session.scalar(before) or 0


def person_signups(session: Session, person_id: int) -> Sequence[Signup]:
    """A person's sign-ups, newest meeting first, with each meeting and its council loaded."""
    return session.scalars(
        select(Signup)
        .join(Signup.meeting)
        .where(Signup.person_id == person_id)
        .options(selectinload(Signup.meeting).selectinload(Meeting.body))
        .order_by(Meeting.starts_at.desc(), Signup.id)
    ).all()


def count_people(session: Session, text: str = "") -> int:
    return session.scalar(select(func.count()).select_from(filter_people_query(text).subquery())) or 0


@dataclass(frozen=True)
class SignupHistory:
    total: int
    spoke: int
    no_shows: int
    upcoming: int


def signup_history(session: Session, person_id: int) -> SignupHistory:
    rows = dict(
        session.execute(
            select(Signup.status, func.count()).where(Signup.person_id == person_id).group_by(Signup.status)
        ).all()
    )
    active = {SignupStatus.INVITED, SignupStatus.CONFIRMED, SignupStatus.WAITLISTED, SignupStatus.CHECKED_IN}
    return SignupHistory(
        total=sum(rows.values()),
        spoke=rows.get(SignupStatus.SPOKE, 0),
        no_shows=rows.get(SignupStatus.NO_SHOW, 0),
        upcoming=sum(n for status, n in rows.items() if status in active),
    )
