"""One engine per open register; the raw SQLCipher key is set on connect and nowhere else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import QueuePool

from almareg.db.vault import raw_key_pragma
from almareg.errors import RegisterDamaged

BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 32 * 1024  # per connection
POOL_SIZE, POOL_OVERFLOW = 4, 8

# SQLCipher and SQLite speak of damage in these words; a right key never yields them on sound pages.
_DAMAGE_MARKERS = ("file is not a database", "malformed", "hmac check failed", "disk i/o error")


def make_engine(path: Path, data_key: bytes, *, echo: bool = False, plain: bool = False) -> Engine:
    """A pool of keyed connections: each unit of work (and each worker thread) gets its own.

    The pysqlcipher dialect would default to one shared connection per thread, so a second
    unit of work opened while one is in a transaction failed; a queue pool hands out a fresh
    connection instead. Keying one costs microseconds: the key is raw, no KDF runs.
    """
    if plain:  # benchmarks only: the same SQLite build, pool and pragmas, with no key at all
        url = URL.create("sqlite", database=str(path))
        module: Any = sqlcipher3.dbapi2
    else:
        # the pysqlcipher dialect issues `pragma key="<password>"`; a raw-key literal there is exact
        url = URL.create(
            "sqlite+pysqlcipher", password=raw_key_pragma(data_key), database=str(path)
        )
        module = None
    engine = create_engine(
        url,
        echo=echo,
        poolclass=QueuePool,
        pool_size=POOL_SIZE,
        max_overflow=POOL_OVERFLOW,
        connect_args={"check_same_thread": False},
        **({"module": module} if module else {}),
    )
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
        # decrypted pages stay cached: without it every lookup decrypts the same index pages again
        f"cache_size = -{CACHE_KIB}",
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
