"""Opening a campaign: the database, migrated, with its starter content."""

from __future__ import annotations

import os

from sqlalchemy import func, select

from organizer.domain.models import CampaignSettings
from organizer.i18n import N_, _
from organizer.storage.database import Database, open_database


def open_campaign(target: str | os.PathLike[str] | None = None, *, create: bool = True) -> Database:
    """Open the campaign database and load the starter content the first time."""
    db = open_database(target, create=create)
    try:
        ensure_starter_content(db)
    except BaseException:
        db.dispose()
        raise
    return db


def ensure_starter_content(db: Database) -> None:
    """A fresh database gets the starter talking points and the two councils, once.

    The settings row marks a campaign as set up, so content the user deletes stays deleted.
    """
    with db.session() as session:
        if session.scalar(select(func.count()).select_from(CampaignSettings)):
            return
    from organizer.services.starter import load_starter_content

    with db.session() as session:
        load_starter_content(session)


def campaign_settings(session) -> CampaignSettings:  # noqa: ANN001 - Session
    settings = session.get(CampaignSettings, 1)
    if settings is None:
        settings = CampaignSettings(id=1)
        session.add(settings)
        session.flush()
    return settings


SETTINGS_FIELDS = (
    "campaign_name", "ordinance_name", "ask", "ask_es", "organization", "coordinator_name",
    "coordinator_email", "coordinator_phone", "words_per_minute",
)


TEXT_LABELS = {
    "campaign_name": N_("Campaign name"),
    "ordinance_name": N_("Ordinance name"),
    "organization": N_("Organization"),
    "coordinator_name": N_("Coordinator's name"),
}


def update_settings(session, changes: dict, expected_version: int | None = None) -> CampaignSettings:  # noqa: ANN001
    """Save the campaign's settings: what packets say about the campaign and whom to call."""
    from organizer.errors import ValidationError
    from organizer.services import validation as v
    from organizer.services.records import apply_changes, check_version

    settings = campaign_settings(session)
    check_version(settings, expected_version, N_("campaign settings"))
    cleaned = dict(changes)
    for name, label in TEXT_LABELS.items():
        if name in cleaned:
            cleaned[name] = v.limit_text(cleaned[name], label, field=name, max_length=200)
    for name in ("ask", "ask_es"):
        if name in cleaned:
            cleaned[name] = v.limit_text(cleaned[name], N_("The ask"), field=name, max_length=2000)
    if "coordinator_email" in cleaned:
        cleaned["coordinator_email"] = v.normalize_email(cleaned["coordinator_email"], field="coordinator_email") or ""
    if "coordinator_phone" in cleaned:
        cleaned["coordinator_phone"] = v.normalize_phone(cleaned["coordinator_phone"], field="coordinator_phone")
    if "words_per_minute" in cleaned:
        wpm = cleaned["words_per_minute"]
        if not isinstance(wpm, int) or isinstance(wpm, bool) or not 60 <= wpm <= 250:
            raise ValidationError(_("The speaking rate must be between 60 and 250 words a minute."), "words_per_minute")
    apply_changes(settings, cleaned, SETTINGS_FIELDS)
    session.flush()
    return settings
