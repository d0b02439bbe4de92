"""Create, unlock and recover a register: the SQLCipher file and its key-slot file, as one thing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from almareg.db import migrate, subject_index, vault
from almareg.db.engine import make_engine
from almareg.db.recovery_key import parse_recovery_key
from almareg.errors import RegisterDamaged, RegisterExists, RegisterNotFound


@dataclass
class Register:
    """An open register. Holds the data key so users can be added without re-entering passwords."""

    path: Path
    engine: Engine
    data_key: bytes = field(repr=False)
    session_factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        subject_index.install(self.session_factory)

    @property
    def keyslot_path(self) -> Path:
        return vault.keyslot_path(self.path)

    def close(self) -> None:
        self.engine.dispose()


def _attach(path: Path, data_key: bytes) -> Register:
    """Open the engine, prove the key reads page 1, then bring the schema up to date."""
    engine = make_engine(path, data_key)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        migrate.upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Register(path=path, engine=engine, data_key=data_key)


def create(
    path: Path, *, username: str, password: str, kdf: vault.KdfParams = vault.DEFAULT_KDF
) -> tuple[Register, vault.KeySlots]:
    """A new empty register with one slot; the caller shows the recovery key once."""
    slots_path = vault.keyslot_path(path)
    if path.exists() or slots_path.exists():
        raise RegisterExists(f"a register already exists at {path}")
    path.parent.mkdir(parents=True, exist_ok=True)
    data_key = vault.new_data_key()
    slots = vault.create_keyslots(
        slots_path, username=username, password=password, data_key=data_key, kdf=kdf
    )
    try:
        return _attach(path, data_key), slots
    except BaseException:
        _remove_partial(path, slots_path)
        raise


def unlock(path: Path, *, username: str, password: str) -> Register:
    """Wrong password fails in the key slot, before the database file is touched."""
    _require_exists(path)
    slots = vault.load_keyslots(vault.keyslot_path(path))
    data_key = vault.unwrap(slots, username=username, password=password)
    return _attach(path, data_key)


def unlock_with_recovery(path: Path, recovery_key: str) -> Register:
    _require_exists(path)
    data_key = parse_recovery_key(recovery_key)
    try:
        return _attach(path, data_key)
    except RegisterDamaged as error:
        raise RegisterDamaged(
            "this recovery key does not open the register, or the register file is damaged"
        ) from error


def attach_plain_for_benchmark(path: Path) -> Register:
    """An UNENCRYPTED register, only for benchmarks that measure what encryption costs."""
    engine = make_engine(path, bytes(vault.KEY_BYTES), plain=True)
    migrate.upgrade(engine)
    return Register(path=path, engine=engine, data_key=bytes(vault.KEY_BYTES))


def _require_exists(path: Path) -> None:
    if not path.is_file():
        raise RegisterNotFound(f"no register at {path}; create one with 'almareg init'")


def _remove_partial(path: Path, slots_path: Path) -> None:
    for leftover in (path, slots_path, *path.parent.glob(path.name + "-*")):
        leftover.unlink(missing_ok=True)
