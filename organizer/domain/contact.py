"""Email addresses, phone numbers and ZIP codes: one set of rules for typing and importing.

Each function takes non-blank text and returns the normalised value, or raises
ValidationError with one sentence.
"""

from __future__ import annotations

import re
import unicodedata

from organizer.errors import ValidationError
from organizer.i18n import _

# Deliberately permissive: one @, a dot in the domain, no spaces. Real validation is a
# message that arrives; rejecting unusual but valid addresses would turn volunteers away.
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_ZIP_RE = re.compile(r"\A\d{5}(-\d{4})?\Z", re.ASCII)
EMAIL_MAX_LENGTH = 320
DEFAULT_PHONE_REGION = "US"


def clean_email(value: str, *, field: str = "email") -> str:
    """Lower-cased address; a pasted ``mailto:`` is dropped."""
    text = value.strip()
    # Every prefix, so cleaning a cleaned address never changes it again ("mailto:mailto:").
    while text.lower().startswith("mailto:"):
        text = text[len("mailto:"):].strip()
    address = text.lower()  # measured after: a few letters grow when lower-cased ("İ")
    if (
        not _EMAIL_RE.match(text)
        or ".." in text
        or len(address) > EMAIL_MAX_LENGTH
        # Control characters come from bad exports; PostgreSQL cannot even store a NUL.
        or any(unicodedata.category(ch) == "Cc" for ch in text)
    ):
        raise ValidationError(_("“{value}” is not an email address (it should look like name@example.org).").format(value=_shown(value)), field)
    return address


def clean_phone(value: str, region: str = DEFAULT_PHONE_REGION, *, field: str = "phone") -> str:
    """E.164 (+13095550123). A seven-digit local number is refused: it has no area code to dial."""
    import phonenumbers  # a twentieth of a second to import: not at start-up

    text = value.strip()
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(_("“{value}” is not a phone number.").format(value=_shown(text)), field) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(_("“{value}” is not a complete phone number (include the area code).").format(value=_shown(text)), field)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def clean_zip(value: str, *, field: str = "zip_code") -> str:
    """Five digits, or ZIP+4; digits typed in another script (٦١٧٠١) are stored as 61701."""
    text = value.strip()
    ascii_text = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)
    if not _ZIP_RE.match(ascii_text):
        raise ValidationError(_("“{value}” is not a ZIP code (five digits, like 61701).").format(value=_shown(value)), field)
    return ascii_text


def _shown(value: str) -> str:
    """The typed text for a message: trimmed, on one line, without invisible characters."""
    return "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in value.strip())


def format_phone(e164: str) -> str:
    """How a phone number is shown to people: national format for US numbers."""
    if not e164:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, DEFAULT_PHONE_REGION)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 1:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
