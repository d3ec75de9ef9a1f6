"""Checks of user input, shared by the command line, the GUI and the importers.

Each check returns the normalised value or raises ValidationError with one sentence.
"""

from __future__ import annotations

import re

import phonenumbers

from organizer.errors import ValidationError

# Deliberately permissive: one @, a dot in the domain, no spaces. Real validation is a
# message that arrives; rejecting unusual but valid addresses would turn volunteers away.
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_ZIP_RE = re.compile(r"^\d{5}(-\d{4})?$")
DEFAULT_PHONE_REGION = "US"
LANGUAGE_CODES = {"en", "es"}  # languages the packets are printed in


def normalize_email(value: str | None, *, field: str = "email") -> str | None:
    """Lower-cased address, or None when blank."""
    text = (value or "").strip()
    if not text:
        return None
    if not _EMAIL_RE.match(text) or ".." in text:
        raise ValidationError(f"“{text}” is not an email address (it should look like name@example.org).", field)
    return text.lower()


def normalize_phone(value: str | None, *, region: str = DEFAULT_PHONE_REGION, field: str = "phone") -> str:
    """E.164 (+13095550123), or "" when blank."""
    text = (value or "").strip()
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(f"“{text}” is not a phone number.", field) from exc
    if not phonenumbers.is_possible_number(number):
        raise ValidationError(f"“{text}” is not a complete phone number.", field)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """How a phone number is shown to people: national format for US numbers."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, DEFAULT_PHONE_REGION)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 1:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalize_zip(value: str | None, *, field: str = "zip_code") -> str:
    text = (value or "").strip()
    if not text:
        return ""
    if not _ZIP_RE.match(text):
        raise ValidationError(f"“{text}” is not a ZIP code (five digits, like 61701).", field)
    return text


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
