"""Alembic environment: always run on the connection the store hands over."""

from __future__ import annotations

from alembic import context

from kontopronto_desktop.core.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
