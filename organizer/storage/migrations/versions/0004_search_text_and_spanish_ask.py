"""Accent-insensitive people search, and the campaign's ask in Spanish.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from organizer.domain.text import fold

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TEXT_COLUMNS = ("first_name", "last_name", "preferred_name", "email", "phone", "zip_code", "ward")


def upgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("campaign_settings") as batch:
        batch.add_column(sa.Column("ask_es", sa.Text(), nullable=False, server_default=""))

    people = sa.table("people", sa.column("id", sa.Integer), sa.column("search_text", sa.Text),
                      *(sa.column(name, sa.String) for name in TEXT_COLUMNS))
    conn = op.get_bind()
    rows = conn.execute(sa.select(people.c.id, *(people.c[name] for name in TEXT_COLUMNS))).all()
    updates = [
        {"pid": row[0], "text": fold(" ".join(part for part in row[1:] if part))} for row in rows
    ]
    if updates:
        conn.execute(
            people.update().where(people.c.id == sa.bindparam("pid")).values(search_text=sa.bindparam("text")),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("campaign_settings") as batch:
        batch.drop_column("ask_es")
    with op.batch_alter_table("people") as batch:
        batch.drop_column("search_text")
