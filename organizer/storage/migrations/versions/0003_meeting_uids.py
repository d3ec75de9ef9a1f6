"""Give every meeting a random calendar UID, so exports from two campaigns never collide.

Revision ID: 0003
Revises: 0002
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    meetings = sa.table("meetings", sa.column("id", sa.Integer), sa.column("ics_uid", sa.String))
    conn = op.get_bind()
    ids = conn.execute(sa.select(meetings.c.id).where(meetings.c.ics_uid.is_(None))).scalars().all()
    for meeting_id in ids:
        conn.execute(
            meetings.update()
            .where(meetings.c.id == meeting_id)
            .values(ics_uid=f"{uuid.uuid4()}@organizer.local")
        )


def downgrade() -> None:
    # The UIDs are harmless to keep; calendars that imported them still refer to them.
    pass
