"""Opening a campaign: the database, migrated, with its starter content."""

from __future__ import annotations

import os

from sqlalchemy import func, select

from organizer.domain.models import CampaignSettings
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
