"""Lottery seeds committed before sign-ups, and which confirmed speakers a redraw kept.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('lottery_commitments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('committed_at', sa.DateTime(), nullable=False),
    sa.Column('seed', sa.String(length=100), nullable=False),
    sa.Column('commitment', sa.String(length=64), nullable=False),
    sa.Column('replaced_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_lottery_commitments_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lottery_commitments'))
    )
    # Draws made before this revision had no commitment and kept nobody: NULL says so.
    with op.batch_alter_table("lottery_draws") as batch:
        batch.add_column(sa.Column("commitment", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("kept", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("lottery_draws") as batch:
        batch.drop_column("kept")
        batch.drop_column("commitment")
    op.drop_table("lottery_commitments")
