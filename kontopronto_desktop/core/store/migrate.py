"""Schema migrations with Alembic, run automatically when a store is opened.

Feature modules add revisions under ``migrations/versions``; revisions may branch off the
foundation and we upgrade to all heads. Each revision runs in its own transaction; before
any migration of an existing store an encrypted copy of the file is taken.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def needs_migration(engine: Engine) -> bool:
    return current_revisions(engine) != head_revisions()


def upgrade(engine: Engine) -> None:
    with engine.connect() as conn:
        command.upgrade(alembic_config(conn), "heads")
        conn.commit()
