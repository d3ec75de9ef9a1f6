"""Checks of user input, shared by the command line, the GUI and the importers.

Each check returns the normalised value or raises ValidationError (NotFoundError for an id
that no record can have) with one sentence.
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from organizer.domain import contact
from organizer.domain.contact import DEFAULT_PHONE_REGION, format_phone  # noqa: F401 - re-exported
from organizer.domain.text import without_control_characters
from organizer.errors import NotFoundError, ValidationError
from organizer.i18n import N_, _

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
        if list_choices:
            message = _("“{value}” is not {what}; use one of {choices}.")
        else:
            message = _("“{value}” is not {what}.")
        choices = ", ".join(str(c.value) for c in enum_cls)
        raise ValidationError(message.format(value=value, what=_(what), choices=choices), field) from exc


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
        raise NotFoundError(_("There is no {what} with id {key}.").format(what=_(what), key=key))
    return number


def clean_text(value: str | None, what: str = N_("The text"), *, field: str | None = None) -> str:
    """``value`` as it is stored: line ends as "\\n", control characters removed, not trimmed
    (``domain.text.without_control_characters``, the rule the importers use too).

    Control characters arrive pasted from terminals or in spreadsheet cells; the PDF layer
    drops them as well, so what is saved is what prints. A lone surrogate (undecodable
    bytes in a command-line argument, a damaged UTF-16 copy) cannot be stored at all, so
    it is refused rather than guessed at.
    """
    text = value or ""
    if any("\ud800" <= c <= "\udfff" for c in text):
        raise ValidationError(_("{what} contains damaged characters (not valid text); type it again.").format(what=_(what)), field)
    return without_control_characters(text)


def normalize_email(value: str | None, *, field: str = "email") -> str | None:
    """Lower-cased address, or None when blank."""
    text = clean_text(value, N_("The email address"), field=field).strip()
    return contact.clean_email(text, field=field) if text else None


def normalize_phone(value: str | None, *, region: str = DEFAULT_PHONE_REGION, field: str = "phone") -> str:
    """E.164 (+13095550123), or "" when blank."""
    text = clean_text(value, N_("The phone number"), field=field).strip()
    return contact.clean_phone(text, region, field=field) if text else ""


def normalize_zip(value: str | None, *, field: str = "zip_code") -> str:
    text = clean_text(value, N_("The ZIP code"), field=field).strip()
    return contact.clean_zip(text, field=field) if text else ""


def require_text(value: str | None, what: str, *, field: str, max_length: int = 200) -> str:
    text = clean_text(value, what, field=field).strip()
    if not text:
        raise ValidationError(_("{what} cannot be empty.").format(what=_(what)), field)
    if len(text) > max_length:
        raise ValidationError(_("{what} is too long (at most {max_length} characters).").format(what=_(what), max_length=max_length), field)
    return text


def limit_text(value: str | None, what: str, *, field: str, max_length: int) -> str:
    text = clean_text(value, what, field=field).strip()
    if len(text) > max_length:
        raise ValidationError(_("{what} is too long (at most {max_length} characters).").format(what=_(what), max_length=max_length), field)
    return text


def packet_language(value: str | None) -> str:
    code = (value or "en").strip().lower()
    if code not in LANGUAGE_CODES:
        raise ValidationError(
            _("Packets can be printed in English (en) or Spanish (es), not “{code}”.").format(code=value), "packet_language"
        )
    return code


def positive_minutes(value: int | None, what: str, *, field: str, allow_none: bool = True) -> int | None:
    if value is None:
        if allow_none:
            return None
        raise ValidationError(_("{what} is required.").format(what=_(what)), field)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0 or value > 24 * 60:
        raise ValidationError(_("{what} must be a whole number of minutes above zero.").format(what=_(what)), field)
    return value
