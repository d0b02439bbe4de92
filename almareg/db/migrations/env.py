"""Alembic environment: runs on the connection the register hands over, never on a URL."""

from __future__ import annotations

from alembic import context

from almareg.db.migrate import include_object
from almareg.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
