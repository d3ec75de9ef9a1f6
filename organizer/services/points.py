"""The talking-point library and its translations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from organizer.domain.enums import PointCategory
from organizer.domain.models import SignupPoint, TalkingPoint, TalkingPointTranslation
from organizer.errors import ConflictError, ValidationError
from organizer.i18n import N_, _, ngettext
from organizer.services import validation as v
from organizer.services.council import normalize_tags
from organizer.services.deletion import DeletedSnapshot, delete_with_snapshot
from organizer.services.records import apply_changes, check_version, get_record

POINT_FIELDS = ("title", "category", "summary", "body", "sources", "concerns", "active", "sort_order")
TRANSLATION_LANGUAGES = ("es",)


def list_points(session: Session, *, active_only: bool = False) -> Sequence[TalkingPoint]:
    query = (
        select(TalkingPoint)
        .options(selectinload(TalkingPoint.translations))
        .order_by(TalkingPoint.sort_order, TalkingPoint.id)
    )
    if active_only:
        query = query.where(TalkingPoint.active.is_(True))
    return session.scalars(query).all()


def _clean(fields: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    if "title" in out:
        out["title"] = v.require_text(out["title"], N_("A talking point's title"), field="title")
    if "category" in out:
        out["category"] = v.parse_choice(PointCategory, out["category"], N_("a talking-point category"), "category")
    for name, label in (("summary", N_("Summary")), ("body", N_("Text")), ("sources", N_("Sources"))):
        if name in out:
            out[name] = v.limit_text(out[name], label, field=name, max_length=20_000)
    if "concerns" in out:
        out["concerns"] = normalize_tags(out["concerns"])
    return out


def create_point(session: Session, title: str, category: PointCategory | str, **fields: Any) -> TalkingPoint:
    cleaned = _clean({"title": title, "category": category, **fields})
    if "sort_order" not in cleaned:
        cleaned["sort_order"] = (session.scalar(select(func.max(TalkingPoint.sort_order))) or 0) + 10
    point = TalkingPoint(**cleaned)
    session.add(point)
    session.flush()
    return point


def update_point(
    session: Session, point_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> TalkingPoint:
    point = get_record(session, TalkingPoint, point_id, N_("talking point"))
    check_version(point, expected_version, N_("talking point"))
    apply_changes(point, _clean(changes), POINT_FIELDS)
    session.flush()
    return point


def set_translation(
    session: Session,
    point_id: int,
    language: str,
    *,
    title: str = "",
    summary: str = "",
    body: str = "",
    expected_version: int | None = None,
) -> TalkingPointTranslation | None:
    """Save a translation; an entirely empty one is removed (the point then prints in English).

    ``expected_version`` is the version of the translation the caller loaded; a translation
    someone else changed or removed since then is refused with a ConflictError.
    """
    point = get_record(session, TalkingPoint, point_id, N_("talking point"))
    language = (language or "").strip().lower()
    if language not in TRANSLATION_LANGUAGES:
        raise ValidationError(_("Translations are kept for Spanish (es), not “{language}”.").format(language=language), "language")
    existing = point.translation(language)
    if expected_version is not None:
        if existing is None:
            raise ConflictError(
                _("Someone else removed this translation since you opened it; reload to see the "
                  "point as it is now, then make your change again.")
            )
        check_version(existing, expected_version, N_("translation"))
    title = v.limit_text(title, N_("The translated title"), field="title", max_length=200)
    summary = v.limit_text(summary, N_("The translated summary"), field="summary", max_length=20_000)
    body = v.limit_text(body, N_("The translated text"), field="body", max_length=20_000)
    if not (title or summary or body):
        if existing is not None:
            point.translations.remove(existing)
            session.flush()
        return None
    if existing is None:
        existing = TalkingPointTranslation(language=language)
        point.translations.append(existing)
    existing.title, existing.summary, existing.body = title, summary, body
    session.flush()
    return existing


def assignment_counts(session: Session) -> dict[int, int]:
    """How many speakers each point is assigned to; points nobody has are left out."""
    rows = session.execute(
        select(SignupPoint.point_id, func.count()).group_by(SignupPoint.point_id)
    ).all()
    return {point_id: count for point_id, count in rows}


def delete_unused_point(
    session: Session, point_id: int, expected_version: int | None = None
) -> DeletedSnapshot:
    """Delete a point no speaker has been given; one in use is retired instead, so line-ups keep it."""
    point = get_record(session, TalkingPoint, point_id, N_("talking point"))
    in_use = session.scalar(
        select(func.count()).select_from(SignupPoint).where(SignupPoint.point_id == point_id)
    )
    if in_use:
        raise ValidationError(ngettext(
            "“{title}” is assigned to {n} speaker, so it cannot be deleted; retire it instead.",
            "“{title}” is assigned to {n} speakers, so it cannot be deleted; retire it instead.",
            in_use,
        ).format(title=point.title, n=in_use))
    return delete_with_snapshot(
        session, TalkingPoint, point_id, "talking point", expected_version,
        description=f"Delete talking point “{point.title}”",
    )
