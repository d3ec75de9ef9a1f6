"""Starter content: the settings, the two councils and the talking points a campaign begins with.

The content is data in ``resources/starter/*.json`` (its README names the sources). Loading
is idempotent and never overwrites: anything already present, edited or not, is left as the
user has it; only what is missing is added.

The files ship with the app, so a malformed one is a packaging bug, not user input: it raises
``StarterContentError`` (not an ``OrganizerError``), and nothing is added from any file.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from organizer.config import STARTER_DIR
from organizer.domain.enums import MayorVotes, OverflowPolicy, PointCategory
from organizer.domain.models import (
    CampaignSettings,
    GoverningBody,
    TalkingPoint,
    TalkingPointTranslation,
)
from organizer.domain.rules import schedule
from organizer.errors import ValidationError

# The concern tags the starter points and the demo members use. Users may add their own;
# the shipped content sticks to these so that matching a member's concerns to points works.
CONCERN_TAGS = (
    "public safety",
    "federal funding",
    "federal law",
    "legal liability",
    "cost",
    "crime victims",
    "local control",
)

_NONE = type(None)

_CAMPAIGN_FIELDS: dict[str, tuple[type, ...]] = {
    "campaign_name": (str,),
    "ordinance_name": (str,),
    "ask": (str,),
    "ask_es": (str,),
    "organization": (str,),
    "coordinator_name": (str,),
    "coordinator_email": (str,),
    "coordinator_phone": (str,),
    "words_per_minute": (int,),
}

_BODY_FIELDS: dict[str, tuple[type, ...]] = {
    "name": (str,),
    "short_name": (str,),
    "seats": (int,),
    "votes_needed_override": (int, _NONE),
    "mayor_votes": (str,),
    "timezone": (str,),
    "meeting_place": (str,),
    "meeting_address": (str,),
    "schedule_weekday": (int, _NONE),
    "schedule_weeks": (str,),
    "schedule_time": (str,),
    "minutes_per_speaker": (int, _NONE),
    "comment_window_minutes": (int, _NONE),
    "signup_deadline_minutes": (int, _NONE),
    "overflow_policy": (str,),
    "signup_instructions": (str,),
    "rules_verified_on": (str, _NONE),
    "rules_source": (str,),
}

_POINT_FIELDS: dict[str, tuple[type, ...]] = {
    "key": (str,),
    "title": (str,),
    "category": (str,),
    "summary": (str,),
    "body": (str,),
    "sources": (str,),
    "concerns": (list,),
    "sort_order": (int,),
    "translations": (dict,),
}

_TRANSLATION_FIELDS: dict[str, tuple[type, ...]] = {
    "title": (str,),
    "summary": (str,),
    "body": (str,),
}


class StarterContentError(RuntimeError):
    """A starter file shipped with the app is missing or malformed."""


def load_starter_content(session: Session, directory: Path | None = None) -> None:
    """Add whatever starter content is missing: settings row 1, councils by name, points by key.

    ``directory`` defaults to the shipped ``resources/starter``; tests point it elsewhere.
    Every file is read and checked before anything is added.
    """
    folder = directory if directory is not None else STARTER_DIR
    campaign = read_campaign(folder / "campaign.json")
    bodies = read_bodies(folder / "bodies.json")
    points = read_talking_points(folder / "talking_points.json")

    if session.get(CampaignSettings, 1) is None:
        session.add(CampaignSettings(id=1, **campaign))

    existing_names = set(session.scalars(select(GoverningBody.name)))
    for fields in bodies:
        if fields["name"] not in existing_names:
            session.add(GoverningBody(**fields))

    existing_keys = set(session.scalars(select(TalkingPoint.key).where(TalkingPoint.key.is_not(None))))
    for fields in points:
        if fields["key"] in existing_keys:
            continue
        translations = fields.pop("translations")
        point = TalkingPoint(**fields)
        point.translations = [
            TalkingPointTranslation(language=language, **text)
            for language, text in sorted(translations.items())
        ]
        session.add(point)
    session.flush()


def read_campaign(path: Path) -> dict[str, Any]:
    """The campaign settings' fields, checked."""
    raw = _read_json(path)
    fields = _record(raw, _CAMPAIGN_FIELDS, path, "the campaign settings")
    if fields["words_per_minute"] <= 0:
        _fail(path, "the campaign settings", "words_per_minute must be above zero")
    return fields


def read_bodies(path: Path) -> list[dict[str, Any]]:
    """Each council's ``GoverningBody`` fields, checked, with enums and dates converted."""
    raw = _read_json(path)
    if not isinstance(raw, list) or not raw:
        _fail(path, "the file", "expected a non-empty list of councils")
    bodies: list[dict[str, Any]] = []
    names: set[str] = set()
    for index, item in enumerate(raw, start=1):
        where = f"council {index}"
        fields = _record(item, _BODY_FIELDS, path, where)
        where = f"council “{fields['name']}”"
        _require_text(fields, ("name", "rules_source"), path, where)
        if fields["name"] in names:
            _fail(path, where, "the name is used twice")
        names.add(fields["name"])
        if fields["seats"] <= 0:
            _fail(path, where, "seats must be above zero")
        for name in ("minutes_per_speaker", "comment_window_minutes", "signup_deadline_minutes"):
            if fields[name] is not None and fields[name] <= 0:
                _fail(path, where, f"{name} must be above zero or null")
        fields["mayor_votes"] = _enum_value(MayorVotes, fields["mayor_votes"], path, where)
        fields["overflow_policy"] = _enum_value(OverflowPolicy, fields["overflow_policy"], path, where)
        _check_schedule(fields, path, where)
        if fields["rules_verified_on"] is not None:
            try:
                fields["rules_verified_on"] = dt.date.fromisoformat(fields["rules_verified_on"])
            except ValueError:
                _fail(path, where, "rules_verified_on must be an ISO date (YYYY-MM-DD) or null")
        bodies.append(fields)
    return bodies


def read_talking_points(path: Path) -> list[dict[str, Any]]:
    """Each point's ``TalkingPoint`` fields, checked; ``translations`` maps language -> texts."""
    raw = _read_json(path)
    if not isinstance(raw, list) or not raw:
        _fail(path, "the file", "expected a non-empty list of talking points")
    points: list[dict[str, Any]] = []
    keys: set[str] = set()
    for index, item in enumerate(raw, start=1):
        fields = _record(item, _POINT_FIELDS, path, f"talking point {index}")
        where = f"talking point “{fields['key']}”"
        _require_text(fields, ("key", "title", "summary", "body", "sources"), path, where)
        if fields["key"] in keys:
            _fail(path, where, "the key is used twice")
        keys.add(fields["key"])
        fields["category"] = _enum_value(PointCategory, fields["category"], path, where)
        for tag in fields["concerns"]:
            if tag not in CONCERN_TAGS:
                _fail(path, where, f"unknown concern tag {tag!r} (use one of {', '.join(CONCERN_TAGS)})")
        translations: dict[str, dict[str, str]] = {}
        for language, text in fields["translations"].items():
            if not isinstance(language, str) or not 2 <= len(language) <= 8:
                _fail(path, where, f"{language!r} is not a language code")
            there = f"{where}, translation “{language}”"
            translations[language] = _record(text, _TRANSLATION_FIELDS, path, there)
            _require_text(translations[language], tuple(_TRANSLATION_FIELDS), path, there)
        fields["translations"] = translations
        points.append(fields)
    return points


def _read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise StarterContentError(f"Starter file {path} cannot be read: {exc.strerror}.") from exc
    except UnicodeDecodeError as exc:
        raise StarterContentError(f"Starter file {path} is not UTF-8 text.") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise StarterContentError(
            f"Starter file {path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from exc


def _fail(path: Path, where: str, problem: str) -> NoReturn:
    raise StarterContentError(f"Starter file {path.name}, {where}: {problem}.")


def _record(raw: Any, fields: dict[str, tuple[type, ...]], path: Path, where: str) -> dict[str, Any]:
    """A copy of ``raw`` if it has exactly ``fields`` with the right types (no bools for ints)."""
    if not isinstance(raw, dict):
        _fail(path, where, "expected an object")
    missing = sorted(fields.keys() - raw.keys())
    unknown = sorted(raw.keys() - fields.keys())
    if missing:
        _fail(path, where, f"missing {', '.join(missing)}")
    if unknown:
        _fail(path, where, f"unknown field(s) {', '.join(unknown)}")
    for name, types in fields.items():
        value = raw[name]
        if isinstance(value, bool) or not isinstance(value, types):
            expected = " or ".join("null" if t is _NONE else t.__name__ for t in types)
            _fail(path, where, f"{name} must be {expected}, not {type(value).__name__}")
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            _fail(path, where, f"{name} must be a list of strings")
    return {name: (list(value) if isinstance(value, list) else value) for name, value in raw.items()}


def _require_text(fields: dict[str, Any], names: tuple[str, ...], path: Path, where: str) -> None:
    for name in names:
        if not fields[name].strip():
            _fail(path, where, f"{name} is empty")


def _enum_value(enum_cls: type, value: str, path: Path, where: str) -> Any:
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum_cls)
        _fail(path, where, f"{value!r} is not one of {allowed}")


def _check_schedule(fields: dict[str, Any], path: Path, where: str) -> None:
    try:
        schedule.parse_timezone(fields["timezone"])
        if fields["schedule_weekday"] is not None:
            schedule.parse_weekday(fields["schedule_weekday"])
            schedule.parse_weeks(fields["schedule_weeks"])
            schedule.parse_local_time(fields["schedule_time"])
    except ValidationError as exc:
        _fail(path, where, f"{exc.field}: {exc.message.rstrip('.')}")
