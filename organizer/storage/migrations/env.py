"""Alembic environment: the app always passes its own open connection (see storage.migrate)."""

from alembic import context

from organizer.domain.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the app runs migrations
    raise RuntimeError("organizer runs its migrations itself; use organizer.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
