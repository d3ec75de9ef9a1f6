"""Small helpers every service uses: look a record up, check its version, apply changes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from organizer.errors import ConflictError, NotFoundError, ValidationError
from organizer.i18n import _

T = TypeVar("T")


def get_record(session: Session, model: type[T], record_id: int, what: str) -> T:
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(_("There is no {what} with id {record_id}.").format(what=_(what), record_id=record_id))
    return record


def check_version(record: Any, expected_version: int | None, what: str) -> None:
    """Refuse to overwrite a change someone else saved since the caller loaded the record."""
    if expected_version is not None and record.version != expected_version:
        raise ConflictError(
            _("Someone else changed this {what} since you opened it; reload to see their version, "
              "then make your change again.").format(what=_(what))
        )


def apply_changes(record: Any, changes: Mapping[str, Any], allowed: Iterable[str]) -> list[str]:
    """Set the allowed fields that actually change; return their names."""
    allowed = set(allowed)
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(_("These fields cannot be changed here: {fields}.").format(fields=", ".join(sorted(unknown))))
    changed = []
    for name, value in changes.items():
        if getattr(record, name) != value:
            setattr(record, name, value)
            changed.append(name)
    return changed
