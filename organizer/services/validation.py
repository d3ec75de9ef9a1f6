"""Checks of user input, shared by the command line, the GUI and the importers.

Each check returns the normalised value or raises ValidationError (NotFoundError for an id
that no record can have) with one sentence.
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from organizer.domain import contact
from organizer.domain.contact import DEFAULT_PHONE_REGION, format_phone  # noqa: F401 - re-exported
from organizer.errors import NotFoundError, ValidationError

LANGUAGE_CODES = {"en", "es"}  # languages the packets are printed in
# Ids are INTEGER columns: 32-bit signed on PostgreSQL, so a larger number can name nothing.
MAX_RECORD_ID = 2**31 - 1

E = TypeVar("E", bound=Enum)


def parse_choice(
    enum_cls: type[E], value: object, what: str, field: str | None = None, *, list_choices: bool = False
) -> E:
    """``value`` as one of ``enum_cls``; otherwise "“value” is not {what}." (with the choices if asked)."""
    try:
        return enum_cls(value)
    except ValueError as exc:
        choices = f"; use one of {', '.join(str(c.value) for c in enum_cls)}" if list_choices else ""
        raise ValidationError(f"“{value}” is not {what}{choices}.", field) from exc


def record_id(text: str | None, what: str) -> int | None:
    """The id written as ``text``, or None when ``text`` is not written as an id.

    Only ASCII digits are an id: ``str.isdigit`` also accepts "²", which ``int()`` refuses.
    A number past the id columns' range names no record (and would be an error on
    PostgreSQL), so it is the same NotFoundError as any other id that names nothing.
    """
    key = (text or "").strip()
    if not (key.isascii() and key.isdigit()):
        return None
    number = int(key)
    if number > MAX_RECORD_ID:
        raise NotFoundError(f"There is no {what} with id {key}.")
    return number


def normalize_email(value: str | None, *, field: str = "email") -> str | None:
    """Lower-cased address, or None when blank."""
    text = (value or "").strip()
    return contact.clean_email(text, field=field) if text else None


def normalize_phone(value: str | None, *, region: str = DEFAULT_PHONE_REGION, field: str = "phone") -> str:
    """E.164 (+13095550123), or "" when blank."""
    text = (value or "").strip()
    return contact.clean_phone(text, region, field=field) if text else ""


def normalize_zip(value: str | None, *, field: str = "zip_code") -> str:
    text = (value or "").strip()
    return contact.clean_zip(text, field=field) if text else ""


def require_text(value: str | None, what: str, *, field: str, max_length: int = 200) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"{what} cannot be empty.", field)
    if len(text) > max_length:
        raise ValidationError(f"{what} is too long (at most {max_length} characters).", field)
    return text


def limit_text(value: str | None, what: str, *, field: str, max_length: int) -> str:
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError(f"{what} is too long (at most {max_length} characters).", field)
    return text


def packet_language(value: str | None) -> str:
    code = (value or "en").strip().lower()
    if code not in LANGUAGE_CODES:
        raise ValidationError(
            f"Packets can be printed in English (en) or Spanish (es), not “{value}”.", "packet_language"
        )
    return code


def positive_minutes(value: int | None, what: str, *, field: str, allow_none: bool = True) -> int | None:
    if value is None:
        if allow_none:
            return None
        raise ValidationError(f"{what} is required.", field)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0 or value > 24 * 60:
        raise ValidationError(f"{what} must be a whole number of minutes above zero.", field)
    return value
