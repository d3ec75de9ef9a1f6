"""Email addresses, phone numbers and ZIP codes: one set of rules for typing and importing.

Each function takes non-blank text and returns the normalised value, or raises
ValidationError with one sentence.
"""

from __future__ import annotations

import re

import phonenumbers

from organizer.errors import ValidationError

# Deliberately permissive: one @, a dot in the domain, no spaces. Real validation is a
# message that arrives; rejecting unusual but valid addresses would turn volunteers away.
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_ZIP_RE = re.compile(r"^\d{5}(-\d{4})?$")
EMAIL_MAX_LENGTH = 320
DEFAULT_PHONE_REGION = "US"


def clean_email(value: str, *, field: str = "email") -> str:
    """Lower-cased address; a pasted ``mailto:`` is dropped."""
    text = value.strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:"):]
    if not _EMAIL_RE.match(text) or ".." in text or len(text) > EMAIL_MAX_LENGTH:
        raise ValidationError(f"“{value.strip()}” is not an email address (it should look like name@example.org).", field)
    return text.lower()


def clean_phone(value: str, region: str = DEFAULT_PHONE_REGION, *, field: str = "phone") -> str:
    """E.164 (+13095550123). A seven-digit local number is refused: it has no area code to dial."""
    text = value.strip()
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(f"“{text}” is not a phone number.", field) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(f"“{text}” is not a complete phone number (include the area code).", field)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def clean_zip(value: str, *, field: str = "zip_code") -> str:
    text = value.strip()
    if not _ZIP_RE.match(text):
        raise ValidationError(f"“{text}” is not a ZIP code (five digits, like 61701).", field)
    return text


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
