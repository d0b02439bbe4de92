"""The schema a register gets from the Alembic migrations is exactly the models' schema."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from almareg.db import migrate
from almareg.db.models import Base


def test_the_migrated_schema_equals_the_models_metadata(ws):
    with ws.register.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "include_object": migrate.include_object,
                "compare_type": True,
                "compare_server_default": True,
                "render_as_batch": True,
            },
        )
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []


def test_the_register_is_at_the_head_revision(ws):
    with ws.register.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision() is not None


def test_the_fts_index_exists_as_a_trigram_fts5_table(ws):
    with ws.register.engine.connect() as connection:
        sql = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'subject_fts'"
        ).scalar_one()
    assert "fts5" in sql.lower() and "trigram" in sql


def test_a_model_column_missing_from_the_database_would_be_reported(ws):
    """Proves the comparison above can fail: drop a column and it is named."""
    with ws.register.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE subject DROP COLUMN note")
    with ws.register.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": migrate.include_object}
        )
        diffs = compare_metadata(context, Base.metadata)
    assert [(d[0], d[2], d[3].name) for d in diffs] == [("add_column", "subject", "note")]


def test_a_register_from_a_newer_almareg_is_refused_with_a_clear_message(ws, register_path):
    from almareg.db.migrate import NewerSchema
    from almareg.services import workspace
    from tests.conftest import ADMIN, PASSWORD

    with ws.register.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    ws.close()
    with pytest.raises(NewerSchema, match="newer almareg"):
        workspace.open(register_path, username=ADMIN, password=PASSWORD)
