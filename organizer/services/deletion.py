"""Deleting records so that the deletion can be undone.

A deletion first snapshots the record and every row the database would remove or unlink with
it (foreign keys with ON DELETE CASCADE or SET NULL), then deletes. ``restore`` puts the
same rows back with the same ids, so an undo is exact: a person comes back with their
sign-ups and the talking points assigned to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from organizer.domain.models import Base
from organizer.errors import OrganizerError
from organizer.services.records import check_version, get_record


class ChangedSinceUndoError(OrganizerError):
    """A redo would delete, or undo, work done after the deletion was undone."""


REDO_REFUSED = "That record changed after the undo, so it was not deleted again."
UNDO_REFUSED = (
    "That can no longer be undone because the same record was added again or changed "
    "since, so nothing was brought back."
)


@dataclass
class DeletedSnapshot:
    """Everything needed to undo one deletion."""

    description: str
    # (table name, row) in insertion order: parents before children.
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    # (table name, primary key, column, value) of links the deletion set to NULL.
    unlinked: list[tuple[str, int, str, Any]] = field(default_factory=list)


def _dependents(table: Table) -> list[tuple[Table, Any, str]]:
    """Tables with a foreign key to ``table``: (child table, fk column, ondelete rule)."""
    found = []
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                found.append((child, fk.parent, (fk.ondelete or "").upper()))
    return found


def _collect(session: Session, table: Table, ids: list[int], snap: DeletedSnapshot, seen: set) -> None:
    if not ids:
        return
    pk = table.primary_key.columns.values()[0]
    rows = session.execute(select(table).where(pk.in_(ids))).mappings().all()
    for row in rows:
        key = (table.name, row[pk.name])
        if key in seen:
            continue
        seen.add(key)
        snap.rows.append((table.name, dict(row)))
    for child, column, rule in _dependents(table):
        child_pk = child.primary_key.columns.values()[0]
        if rule == "CASCADE":
            child_ids = list(session.scalars(select(child_pk).where(column.in_(ids))))
            _collect(session, child, child_ids, snap, seen)
        elif rule == "SET NULL":
            for child_id, value in session.execute(
                select(child_pk, column).where(column.in_(ids))
            ).all():
                snap.unlinked.append((child.name, child_id, column.name, value))


def delete_with_snapshot(
    session: Session,
    model: type,
    record_id: int,
    what: str,
    expected_version: int | None = None,
    description: str | None = None,
) -> DeletedSnapshot:
    record = get_record(session, model, record_id, what)
    check_version(record, expected_version, what)
    snap = DeletedSnapshot(description=description or f"Delete {what}")
    session.flush()
    _collect(session, model.__table__, [record_id], snap, set())
    _delete_snapshot_rows(session, snap)
    return snap


def _delete_snapshot_rows(session: Session, snap: DeletedSnapshot) -> None:
    # Unlink SET NULL rows explicitly too, so the result is the same without DB cascades.
    for table_name, child_id, column, _value in snap.unlinked:
        child = Base.metadata.tables[table_name]
        child_pk = child.primary_key.columns.values()[0]
        session.execute(update(child).where(child_pk == child_id).values({column: None}))
    for table_name, row in reversed(snap.rows):
        child = Base.metadata.tables[table_name]
        child_pk = child.primary_key.columns.values()[0]
        session.execute(delete(child).where(child_pk == row[child_pk.name]))
    session.expire_all()


def changed_since_restore(session: Session, snap: DeletedSnapshot) -> bool:
    """Whether anything the snapshot covers was edited, removed or added to after an undo.

    A redo deletes the snapshot's rows, and the database's cascades would silently take rows
    added since with them (a new sign-up of a restored person), so any such change counts.
    """
    ids_by_table: dict[str, set[int]] = {}
    for table_name, row in snap.rows:
        table = Base.metadata.tables[table_name]
        pk = table.primary_key.columns.values()[0]
        ids_by_table.setdefault(table_name, set()).add(row[pk.name])
        current = session.execute(select(table).where(pk == row[pk.name])).mappings().first()
        if current is None:
            return True
        if "version" in table.c:
            if current["version"] != row["version"]:
                return True
        elif dict(current) != row:
            return True
    unlinked = {(table_name, child_id, column) for table_name, child_id, column, _ in snap.unlinked}
    for table_name, child_id, column, value in snap.unlinked:
        child = Base.metadata.tables[table_name]
        child_pk = child.primary_key.columns.values()[0]
        current = session.execute(select(child.c[column]).where(child_pk == child_id)).first()
        if current is None or current[0] != value:
            return True
    for table_name, ids in ids_by_table.items():
        for child, column, rule in _dependents(Base.metadata.tables[table_name]):
            if rule not in ("CASCADE", "SET NULL"):
                continue
            child_pk = child.primary_key.columns.values()[0]
            found = session.scalars(select(child_pk).where(column.in_(ids)))
            if rule == "CASCADE":
                known = ids_by_table.get(child.name, set())
                if any(child_id not in known for child_id in found):
                    return True
            elif any((child.name, child_id, column.name) not in unlinked for child_id in found):
                return True
    return False


def delete_rows_again(session: Session, snap: DeletedSnapshot) -> None:
    """Redo a deletion that was undone, unless that would destroy work done since the undo.

    Raises ``ChangedSinceUndoError`` (nothing deleted) if a row changed or a row was added
    that the deletion would take with it.
    """
    if changed_since_restore(session, snap):
        raise ChangedSinceUndoError(REDO_REFUSED)
    _delete_snapshot_rows(session, snap)


def restore(session: Session, snap: DeletedSnapshot) -> None:
    """Undo a deletion: the same rows with the same ids, and links set back.

    Raises ``ChangedSinceUndoError`` if a row cannot go back (the same record was added
    again, or what it belonged to is gone); the caller's session then keeps nothing.
    """
    try:
        for table_name, row in snap.rows:
            session.execute(insert(Base.metadata.tables[table_name]).values(row))
    except IntegrityError as exc:
        raise ChangedSinceUndoError(UNDO_REFUSED) from exc
    for table_name, child_id, column, value in snap.unlinked:
        child = Base.metadata.tables[table_name]
        child_pk = child.primary_key.columns.values()[0]
        session.execute(update(child).where(child_pk == child_id).values({column: value}))
    session.expire_all()
