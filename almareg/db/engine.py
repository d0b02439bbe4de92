"""One engine per open register; the raw SQLCipher key is set on connect and nowhere else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext

from almareg.errors import RegisterDamaged

BUSY_TIMEOUT_MS = 10_000

# SQLCipher and SQLite speak of damage in these words; a right key never yields them on sound pages.
_DAMAGE_MARKERS = ("file is not a database", "malformed", "hmac check failed", "disk i/o error")


def raw_key_literal(data_key: bytes) -> str:
    """SQLCipher's raw-key form: the 256-bit key is used as is, skipping its own slow KDF."""
    return f"x'{data_key.hex()}'"


def make_engine(path: Path, data_key: bytes, *, echo: bool = False) -> Engine:
    # the pysqlcipher dialect issues `pragma key="<password>"`; a raw-key literal there is exact
    url = URL.create("sqlite+pysqlcipher", password=raw_key_literal(data_key), database=str(path))
    engine = create_engine(url, echo=echo)
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    event.listen(engine, "handle_error", _translate_damage)
    return engine


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    # take transaction control from the driver so reads and writes share one snapshot (see _begin)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in (
        "cipher_log_level = NONE",
        f"busy_timeout = {BUSY_TIMEOUT_MS}",
        "foreign_keys = ON",
        "journal_mode = WAL",
        "synchronous = NORMAL",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _begin(connection: Any) -> None:
    """Begin explicitly: the audit chain reads its head and appends in one snapshot."""
    connection.exec_driver_sql("BEGIN")


def _translate_damage(context: ExceptionContext) -> BaseException | None:
    message = str(context.original_exception).lower()
    if any(marker in message for marker in _DAMAGE_MARKERS):
        return RegisterDamaged(f"the register file is damaged and cannot be trusted ({message})")
    return None


def is_damage(error: BaseException) -> bool:
    return isinstance(error, RegisterDamaged)
