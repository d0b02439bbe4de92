"""Migrations run from code when a register opens, so an older register opens in a newer app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from almareg.errors import AlmaregError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# objects Alembic must not compare with the models: the FTS5 index and its shadow tables
_UNMANAGED_PREFIXES = ("subject_fts",)


def include_object(_obj: Any, name: str | None, type_: str, *_context: Any) -> bool:
    return not (type_ == "table" and name and name.startswith(_UNMANAGED_PREFIXES))


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


class NewerSchema(AlmaregError):
    """The register was written by a newer almareg; this one must not guess at its schema."""


def upgrade(engine: Engine) -> None:
    """Bring the schema to head in one transaction; an interrupted upgrade leaves the old schema."""
    with engine.begin() as connection:
        current = current_revision(connection)
        if current == head_revision():
            return
        known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if current is not None and current not in known:
            raise NewerSchema(
                f"this register was written by a newer almareg (schema {current}); "
                "update almareg to open it"
            )
        command.upgrade(alembic_config(connection), "head")
