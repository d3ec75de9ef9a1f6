"""Volunteer lists from organizing tools, read into plain dicts of our ``Person`` fields.

Formats recognised by their headers (``detect_format``):

- **action-network**: report exports (``first_name``, ``last_name``, ``email``, ``zip_code``,
  ``can2_phone``, ``can2_user_tags`` ...); any ``can2_*`` column marks one.
- **mobilize**: attendee exports, API style (``given_name``, ``family_name``,
  ``email_address``, ``phone_number``, ``postal_code``) or dashboard style ("First name",
  "Last name", "Email", "Phone", "Zip" next to event columns such as "Event ID" or
  "Timeslot start").
- **van**: VAN/VoteBuilder exports (``FirstName``, ``LastName``, ``PreferredEmail``,
  "Preferred Phone", ``Zip5``; UTF-16, tab-separated).
- **generic**: any sheet whose headers are reasonable spellings of our fields.

Headers are compared after normalising case, accents, spaces, underscores and punctuation,
so "E-mail", "email_address" and "Email Address" are the same column. An explicit mapping
(``{"Work mail": "email"}``, the ``--map`` option, the mapping dialog) wins over all of it.

Parsing never touches the database: each good row becomes a ``PersonRow`` holding only the
fields the file gave a value for, and each bad row a ``RowError`` naming its line in the
source file. Consent flags come only from explicit opt-in columns; the absence of one
means "not given". Free-text notes columns are not picked up automatically (they may hold
things the campaign must not record); map one explicitly to import it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from organizer.domain import contact
from organizer.domain.person_fields import DETAIL_FIELDS, NAME_FIELDS, PREFERENCE_FIELDS
from organizer.domain.text import without_control_characters
from organizer.errors import ValidationError
from organizer.i18n import N_, _
from organizer.imports.csv_text import Record, decode_text, read_records, sniff_delimiter

FORMATS = ("auto", "action-network", "mobilize", "van", "generic")
FORMAT_LABELS = {
    "action-network": "Action Network",
    "mobilize": "Mobilize",
    "van": "VAN",
    "generic": "spreadsheet",
}

# Fields a column can be mapped to, in the order a mapping dialog lists them.
# "full_name" is split into first and last name when the file has no separate columns.
MAPPABLE_FIELDS = (*NAME_FIELDS, "full_name", *DETAIL_FIELDS, *PREFERENCE_FIELDS, "notes")
IGNORE = "ignore"
DEFAULT_PHONE_REGION = contact.DEFAULT_PHONE_REGION
PACKET_LANGUAGES = ("en", "es")

_MAX_LENGTH = {
    "first_name": 200,
    "last_name": 200,
    "preferred_name": 200,
    "pronouns": 40,
    "email": 320,
    "ward": 100,
    "notes": 20_000,  # as the people editor allows
}
# What a row error calls each limited column, in the reader's language.
_FIELD_LABELS = {
    "first_name": N_("the first name"),
    "last_name": N_("the last name"),
    "preferred_name": N_("the preferred name"),
    "pronouns": N_("the pronouns"),
    "email": N_("the email address"),
    "ward": N_("the ward"),
    "notes": N_("the notes"),
}

# Normalised header -> field. Within a field, earlier spellings win when a row has
# several non-empty columns for it (VAN's preferred phone before its home phone).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("firstname", "givenname", "first", "fname", "forename", "nombre", "primernombre"),
    "last_name": ("lastname", "familyname", "surname", "last", "lname", "apellido", "apellidos"),
    "full_name": ("fullname", "name", "nombrecompleto", "contactname"),
    "preferred_name": ("preferredname", "nickname", "goesby", "chosenname", "nombrepreferido"),
    "pronouns": ("pronouns", "pronoun", "pronombres"),
    "email": (
        "preferredemail",
        "email",
        "emailaddress",
        "primaryemail",
        "personalemail",
        "mail",
        "correo",
        "correoelectronico",
    ),
    "phone": (
        "preferredphone",
        "mobile",
        "mobilephone",
        "mobilenumber",
        "cell",
        "cellphone",
        "movil",
        "telefonomovil",
        "cellphonenumber",
        "phone",
        "phonenumber",
        "primaryphone",
        "can2phone",
        "telephone",
        "tel",
        "telefono",
        "celular",
        "homephone",
    ),
    "zip_code": (
        "zip",
        "zipcode",
        "zip5",
        "postalcode",
        "postcode",
        "zippostalcode",
        "codigopostal",
    ),
    "ward": ("ward", "councilward", "cityward"),
    "languages": ("languages", "language", "languagesspoken", "spokenlanguages", "idiomas", "idioma"),
    "packet_language": ("packetlanguage", "preferredlanguage", "languagepreference", "idiomapreferido"),
    "may_email": ("mayemail", "emailoptin", "emailoptinstatus", "emailconsent", "oktoemail", "canemail"),
    "may_text": (
        "maytext",
        "smsoptin",
        "smsoptinstatus",
        "textoptin",
        "smsconsent",
        "oktotext",
        "cantext",
        "can2smsstatus",
    ),
}
_FIELD_BY_KEY = {key: f for f, keys in _SYNONYMS.items() for key in keys}
_PRIORITY = {key: i for keys in _SYNONYMS.values() for i, key in enumerate(keys)}

_MOBILIZE_API_KEYS = {"givenname", "familyname", "emailaddress"}
_MOBILIZE_EVENT_KEYS = {
    "eventid",
    "eventname",
    "eventtitle",
    "timeslotid",
    "timeslotstart",
    "timeslotstartdate",
    "timeslotend",
    "attended",
    "attendancestatus",
    "signupdate",
    "mobilizeid",
}
_VAN_KEYS = {"vanid", "preferredemail", "zip5", "preferredphone"}

_ZIP_RE = re.compile(r"^(\d{3,5})(?:-?(\d{4}))?$")
_EXCEL_TEXT_RE = re.compile(r'^="(.*)"$', re.DOTALL)
_FORMULA_GUARD_RE = re.compile(r"^'(?=[=+\-@\t\r])")

_TRUE = {"yes", "y", "true", "t", "1", "x", "subscribed", "optin", "optedin", "si", "ok"}
_FALSE = {"no", "n", "false", "f", "0", "unsubscribed", "optout", "optedout", "bouncing", "none"}

# Names a coordinator or a form might use for a language -> ISO 639-1.
_LANGUAGE_NAMES = {
    "english": "en", "ingles": "en", "eng": "en",
    "spanish": "es", "espanol": "es", "castellano": "es", "spa": "es",
    "french": "fr", "frances": "fr", "francais": "fr",
    "arabic": "ar", "arabe": "ar",
    "chinese": "zh", "mandarin": "zh", "cantonese": "zh", "chino": "zh",
    "portuguese": "pt", "portugues": "pt",
    "swahili": "sw", "kiswahili": "sw",
    "hindi": "hi", "urdu": "ur", "telugu": "te", "tamil": "ta", "gujarati": "gu",
    "korean": "ko", "vietnamese": "vi", "tagalog": "tl", "filipino": "tl",
    "russian": "ru", "ukrainian": "uk", "polish": "pl", "german": "de",
    "japanese": "ja", "haitiancreole": "ht", "kreyol": "ht", "creole": "ht",
    "kinyarwanda": "rw", "kirundi": "rn", "lingala": "ln", "somali": "so",
    "nepali": "ne", "burmese": "my", "persian": "fa", "farsi": "fa", "dari": "fa",
    "pashto": "ps", "amharic": "am", "tigrinya": "ti", "asl": "sgn",
    "americansignlanguage": "sgn", "signlanguage": "sgn",
}
_LANGUAGE_SPLIT_RE = re.compile(r"\s*(?:[,;/|+&]|\band\b|\by\b)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class PersonRow:
    """A good row: the source line it starts on and the fields it gives a value for.

    ``fields`` uses Person attribute names; strings are cleaned, ``email`` is lower case,
    ``phone`` is E.164, ``languages`` a list of ISO 639-1 codes, consent flags booleans.
    """

    line: int
    fields: dict[str, Any]


@dataclass(frozen=True)
class RowError:
    """A row that cannot be imported (or, among ``warnings``, a value that was left out)."""

    line: int
    reason: str

    def __str__(self) -> str:
        return _("line {line}: {reason}").format(line=self.line, reason=self.reason)


@dataclass
class PeopleFile:
    """Everything read from a file: how it was read, the mapping used, rows and errors."""

    format: str
    encoding: str
    delimiter: str
    headers: list[str]
    mapping: dict[str, str]  # header -> field, for the columns that are used
    rows: list[PersonRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)

    @property
    def unused_columns(self) -> list[str]:
        return [h for h in self.headers if h not in self.mapping]

    @property
    def format_label(self) -> str:
        return FORMAT_LABELS.get(self.format, self.format)


def normalize_header(header: str) -> str:
    """"E-mail Address", "email_address" and "EmailAddress" all become "emailaddress"."""
    decomposed = unicodedata.normalize("NFKD", header.strip().lower())
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())


def detect_format(headers: list[str]) -> str:
    keys = {normalize_header(h) for h in headers}
    if any(k.startswith("can2") for k in keys):
        return "action-network"
    if keys & _VAN_KEYS and {"firstname", "lastname"} <= keys:
        return "van"
    if len(keys & _MOBILIZE_API_KEYS) >= 2:
        return "mobilize"
    if keys & _MOBILIZE_EVENT_KEYS and "email" in keys:
        return "mobilize"
    return "generic"


def suggest_mapping(headers: list[str]) -> dict[str, str]:
    """Header -> field for every header whose spelling we recognise."""
    mapping = {}
    for header in headers:
        found = _FIELD_BY_KEY.get(normalize_header(header))
        if found and header not in mapping:
            mapping[header] = found
    return mapping


@dataclass(frozen=True)
class FileLayout:
    """What a mapping dialog shows before anything is parsed: how the file reads, its
    columns, what they were recognised as, and the first rows as they are."""

    encoding: str
    delimiter: str
    format: str
    headers: list[str]
    suggested: dict[str, str]  # header -> field
    sample_rows: list[list[str]]


def _open_table(data: bytes, encoding: str | None) -> tuple[str, str, list[str], Iterator[Record]]:
    """Decode the file and read its header row: the encoding used, the delimiter, the
    headers, and the records after the header."""
    text, used_encoding = decode_text(data, encoding)
    delimiter = sniff_delimiter(text)
    records = read_records(text, delimiter)
    header_record = next(records, None)
    if header_record is None:
        raise ValidationError(_("The file is empty: it has no header row and no people."))
    return used_encoding, delimiter, [h.strip() for h in header_record.cells], records


def inspect_people_csv(data: bytes, *, encoding: str | None = None, samples: int = 5) -> FileLayout:
    """Headers and a few rows, even of a file whose columns nobody recognised yet."""
    used_encoding, delimiter, headers, records = _open_table(data, encoding)
    rows = []
    for record in records:
        if len(rows) >= samples:
            break
        rows.append(record.cells)
    return FileLayout(used_encoding, delimiter, detect_format(headers), headers, suggest_mapping(headers), rows)


def parse_people_csv(
    data: bytes,
    *,
    format: str = "auto",
    mapping: Mapping[str, str] | None = None,
    encoding: str | None = None,
    default_region: str = DEFAULT_PHONE_REGION,
) -> PeopleFile:
    """Read a volunteer list. Raises ValidationError when the file as a whole is unusable.

    ``format`` other than "auto" checks that the headers look like that tool's export.
    ``mapping`` is column header -> field name (or "ignore"); it overrides recognition.
    """
    if format not in FORMATS:
        raise ValidationError(_("“{format}” is not a format organizer reads ({formats}).").format(format=format, formats=", ".join(FORMATS)), "format")
    used_encoding, delimiter, headers, records = _open_table(data, encoding)

    detected = detect_format(headers)
    if format == "auto":
        chosen = detected
    else:
        _check_format(format, detected)
        chosen = format

    column_mapping = _resolve_mapping(headers, mapping or {})
    fields_present = set(column_mapping.values())
    if not fields_present & {"email", "phone"}:
        raise ValidationError(
            _("No email or phone column was recognised, so nobody could be matched; map one (for "
              "example COLUMN=email).")
        )
    plan = _column_plan(headers, column_mapping)
    result = PeopleFile(
        format=chosen,
        encoding=used_encoding,
        delimiter=delimiter,
        headers=headers,
        mapping={headers[i]: f for i, f in column_mapping.items()},
    )
    for record in records:
        _read_row(record, plan, default_region, result)
    return result


def _check_format(format: str, detected: str) -> None:
    if format == "generic" or format == detected:
        return
    hints = {
        "action-network": "first_name, email and can2_phone",
        "mobilize": "given_name, email_address and postal_code, or First name, Email and Event ID",
        "van": "FirstName, LastName and PreferredEmail",
    }
    raise ValidationError(
        _("This file does not look like a {tool} export (those have columns such as {columns}); "
          "choose another format or “auto”.").format(tool=FORMAT_LABELS[format], columns=hints[format]),
        "format",
    )


def _resolve_mapping(headers: list[str], explicit: Mapping[str, str]) -> dict[int, str]:
    """Column index -> field: recognised headers, overridden by the explicit mapping."""
    auto = {i: _FIELD_BY_KEY[k] for i, h in enumerate(headers) if (k := normalize_header(h)) in _FIELD_BY_KEY}
    chosen: dict[int, str] = {}
    for column, target in explicit.items():
        index = _find_column(headers, column)
        target_field = target.strip().lower()
        if target_field in ("", "-", IGNORE):
            auto.pop(index, None)
            continue
        if target_field not in MAPPABLE_FIELDS:
            raise ValidationError(
                _("“{target}” is not a field people can be imported into (use one of: {fields}, or "
                  "{ignore}).").format(target=target, fields=", ".join(MAPPABLE_FIELDS), ignore=IGNORE),
                "mapping",
            )
        chosen[index] = target_field
    # A field mapped by hand takes the place of the columns recognised for it.
    taken = set(chosen.values())
    for index, target_field in auto.items():
        if index not in chosen and target_field not in taken:
            chosen[index] = target_field
    names = set(chosen.values())
    if {"first_name", "last_name"} & names:
        # A "Name" column next to first/last columns is usually something else (an event).
        chosen = {i: f for i, f in chosen.items() if f != "full_name" or i in _explicit_indexes(headers, explicit)}
    return chosen


def _explicit_indexes(headers: list[str], explicit: Mapping[str, str]) -> set[int]:
    return {_find_column(headers, column) for column in explicit}


def _find_column(headers: list[str], column: str) -> int:
    wanted = column.strip()
    for matcher in (
        lambda h: h == wanted,
        lambda h: h.lower() == wanted.lower(),
        lambda h: normalize_header(h) == normalize_header(wanted),
    ):
        for i, header in enumerate(headers):
            if matcher(header):
                return i
    raise ValidationError(_("The file has no column named “{column}”.").format(column=column), "mapping")


def _column_plan(headers: list[str], mapping: dict[int, str]) -> dict[str, list[int]]:
    """Field -> column indexes, best spelling first."""
    plan: dict[str, list[int]] = {}
    for index in sorted(mapping, key=lambda i: (_PRIORITY.get(normalize_header(headers[i]), 99), i)):
        plan.setdefault(mapping[index], []).append(index)
    return plan


def _cell(cells: list[str], index: int) -> str:
    if index >= len(cells):
        return ""
    # Cleaned as typed text is (organizer.services.validation.clean_text): the rows are
    # inserted in bulk, past the services' checks.
    value = without_control_characters(cells[index]).strip()
    excel_text = _EXCEL_TEXT_RE.match(value)
    if excel_text:
        value = excel_text.group(1).strip()
    # Undo the apostrophe our own CSV export puts before formula-like text.
    return _FORMULA_GUARD_RE.sub("", value)


def _read_row(record: Record, plan: dict[str, list[int]], region: str, result: PeopleFile) -> None:
    raw: dict[str, str] = {}
    for name, indexes in plan.items():
        for index in indexes:
            value = _cell(record.cells, index)
            if value:
                raw[name] = value
                break
    if not raw:
        # Only unmapped columns are filled (a totals line, a stray note): nothing to import.
        result.warnings.append(RowError(record.line, _("it has no name, email or phone, so it was skipped")))
        return
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, value in raw.items():
        try:
            _convert(name, value, region, values, result.warnings, record.line)
        except ValueError as exc:
            problems.append(str(exc))
    if not problems and not (values.get("email") or values.get("phone")):
        problems.append(_("it has neither an email address nor a phone number, so it could not be matched later"))
    if problems:
        result.errors.append(RowError(record.line, "; ".join(problems)))
    else:
        result.rows.append(PersonRow(record.line, values))


def _convert(name: str, value: str, region: str, out: dict[str, Any], warnings: list[RowError], line: int) -> None:
    """Put the cleaned value(s) for one field into ``out``; ValueError explains a bad value."""
    if name == "email":
        out["email"] = clean_email(value)
    elif name == "phone":
        out["phone"] = clean_phone(value, region)
    elif name == "zip_code":
        out["zip_code"] = clean_zip(value)
    elif name == "full_name":
        first, _space, last = " ".join(value.split()).rpartition(" ")
        if not first:  # a single word: treat it as the first name
            first, last = last, ""
        for part_name, part in (("first_name", first), ("last_name", last)):
            if part:
                out.setdefault(part_name, _limited(part_name, part))
    elif name in ("languages", "packet_language"):
        codes, unknown = parse_languages(value)
        for word in unknown:
            warnings.append(RowError(line, _("the language “{word}” was not recognised and was left out").format(word=word)))
        if name == "packet_language" and codes and codes[0] in PACKET_LANGUAGES:
            out["packet_language"] = codes[0]
            codes = codes[1:]
        # A preferred language packets are not printed in is still a language they speak.
        merged = list(out.get("languages", []))
        merged += [c for c in codes if c not in merged]
        if merged:
            out["languages"] = merged
    elif name in ("may_email", "may_text"):
        flag = parse_consent(value)
        if flag is None:
            warnings.append(RowError(line, _("“{value}” is not a yes or no for {name}, so it was left out").format(value=value, name=name)))
        else:
            out[name] = flag
    elif name == "notes":
        out["notes"] = _limited("notes", value)
    else:
        out[name] = _limited(name, " ".join(value.split()))


def _limited(name: str, value: str) -> str:
    limit = _MAX_LENGTH.get(name)
    if limit is not None and len(value) > limit:
        raise ValueError(_("{field} is too long (at most {limit} characters)").format(
            field=_(_FIELD_LABELS.get(name, name)), limit=limit))
    return value


def clean_email(value: str) -> str:
    return _as_row_error(contact.clean_email, value)


def clean_phone(value: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """E.164, by the same rule as typing a number in the app."""
    return _as_row_error(contact.clean_phone, value, region)


def _as_row_error(check, *args):  # noqa: ANN001, ANN202
    # Row problems travel as ValueError inside the parser; the sentence is the app's own.
    try:
        return check(*args)
    except ValidationError as exc:
        raise ValueError(str(exc).rstrip(".")) from exc


def clean_zip(value: str) -> str:
    """Five digits or ZIP+4; Excel's dropped leading zeros (1234 for 01234) are put back."""
    match = _ZIP_RE.match(value.strip())
    if not match:
        raise ValueError(_("“{value}” is not a ZIP code").format(value=value))
    five = match.group(1).zfill(5)
    return _as_row_error(contact.clean_zip, f"{five}-{match.group(2)}" if match.group(2) else five)


def parse_consent(value: str) -> bool | None:
    key = normalize_header(value)
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    return None


def parse_languages(value: str) -> tuple[list[str], list[str]]:
    """(ISO 639-1 codes in order, words that were not recognised)."""
    codes: list[str] = []
    unknown: list[str] = []
    for word in _LANGUAGE_SPLIT_RE.split(value):
        word = word.strip()
        if not word:
            continue
        key = normalize_header(word)
        code = _LANGUAGE_NAMES.get(key) or (key if len(key) == 2 and key.isalpha() else None)
        if code is None:
            unknown.append(word)
        elif code not in codes:
            codes.append(code)
    return codes, unknown
