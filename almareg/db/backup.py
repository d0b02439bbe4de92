"""Online encrypted copies of a register, verified by opening them; restore keeps the old one."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from almareg.db import vault
from almareg.db.engine import make_engine
from almareg.db.register import Register
from almareg.errors import AlmaregError, RegisterDamaged


class BackupError(AlmaregError):
    """A backup could not be written or does not verify."""


def backup(register: Register, target: Path) -> Path:
    """Copy the live register with `sqlcipher_export` (one consistent snapshot, same key) plus
    its key-slot file, then open the copy to prove it reads."""
    target = target.with_suffix(register.path.suffix) if not target.suffix else target
    if target.exists() or vault.keyslot_path(target).exists():
        raise BackupError(f"{target} exists; choose a new name")
    target.parent.mkdir(parents=True, exist_ok=True)
    literal = vault.raw_key_pragma(register.data_key)
    with register.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        raw.execute(f'ATTACH DATABASE ? AS backup KEY "{literal}"', (str(target),))
        try:
            raw.execute("SELECT sqlcipher_export('backup')")
        finally:
            raw.execute("DETACH DATABASE backup")
    shutil.copy2(register.keyslot_path, vault.keyslot_path(target))
    verify_copy(target, register.data_key)
    return target


def verify_copy(path: Path, data_key: bytes) -> None:
    """A backup counts only if it opens and passes SQLCipher's page check."""
    engine = make_engine(path, data_key)
    try:
        with engine.connect() as connection:
            problems = connection.execute(text("PRAGMA cipher_integrity_check")).all()
            tables = connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except RegisterDamaged as error:
        raise BackupError(f"the backup {path} does not open: {error}") from error
    finally:
        engine.dispose()
    if problems or not tables:
        raise BackupError(f"the backup {path} failed its check: {problems[:3]}")


def restore(source: Path, live: Path, data_key: bytes) -> Path:
    """Put `source` in place of `live`; the live files are first moved aside, never overwritten.

    `data_key` is the key of the backup (from its slot file or recovery key): the copy is
    verified before anything moves. Returns where the previous live register now is.
    """
    verify_copy(source, data_key)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    kept = live.with_name(f"{live.name}.before-restore-{stamp}")
    for suffix in ("", "-keys", "-wal", "-shm"):
        current = live.with_name(live.name + suffix)
        if current.exists():
            current.rename(kept.with_name(kept.name + suffix))
    shutil.copy2(source, live)
    shutil.copy2(vault.keyslot_path(source), vault.keyslot_path(live))
    return kept
