"""Key slots: the register's random data key, wrapped once per user by password."""

from __future__ import annotations

import base64
import json
import os
import re
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from almareg.errors import AlmaregError, KeySlotsMissing, ValidationError, WrongPassword

FORMAT_VERSION = 1
KDF_NAME = "argon2id"
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
_SEALED_BYTES = KEY_BYTES + 16  # AES-GCM appends a 16-byte tag
_REGISTER_ID = re.compile(r"[0-9a-f]{32}")
_LIMITS = {"time_cost": (1, 64), "memory_cost": (8, 4 << 20), "parallelism": (1, 16)}
_WRONG = "wrong user name or password"
_RECOVER = "open the register with its recovery key (almareg recover)"


class KeySlotsExist(AlmaregError):
    """Refuses to create a key-slot file over one that would lock users out."""


class KeySlotsDamaged(KeySlotsMissing):
    """The key-slot file is there but unreadable; only the recovery key helps."""


class SlotExists(AlmaregError):
    """The user already has a slot; change the password instead of adding one."""


class SlotNotFound(AlmaregError):
    """No slot for that user name in the key-slot file."""


class LastSlot(AlmaregError):
    """Removing the only slot would leave the register openable by recovery key alone."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored per slot so a stronger default leaves old slots readable."""

    time_cost: int
    memory_cost: int  # KiB
    parallelism: int


# 2026-11-24, this 2-core machine: ~0.38 s. 128 MiB rather than 256 MiB keeps the app's peak
# memory under 400 MB at unlock (the KDF's working memory is resident while it runs);
# time_cost 7 buys back the cost (t=3 at 256 MiB: 0.41 s).
DEFAULT_KDF = KdfParams(time_cost=7, memory_cost=131072, parallelism=2)


@dataclass(frozen=True)
class Slot:
    """One user's wrapped copy of the data key."""

    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, Any]:
        return {"kdf": KDF_NAME, **vars(self.kdf)} | {
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, entry: dict[str, Any]) -> Slot:
        """Check everything here, so a bad file fails on load and not in unwrap."""
        if entry["kdf"] != KDF_NAME:
            raise ValueError(f"unknown kdf {entry['kdf']!r}")
        kdf = KdfParams(**{name: _bounded(entry, name) for name in _LIMITS})
        if kdf.memory_cost < 8 * kdf.parallelism:
            raise ValueError("argon2 needs 8 KiB per lane")
        salt, nonce = (
            _unb64(entry["salt"], SALT_BYTES),
            _unb64(entry["nonce"], NONCE_BYTES),
        )
        return cls(kdf, salt, nonce, _unb64(entry["ciphertext"], _SEALED_BYTES))


@dataclass(frozen=True)
class KeySlots:
    """The key-slot file in memory; changes return a new value."""

    register_id: str
    slots: dict[str, Slot]

    def usernames(self) -> list[str]:
        return sorted(self.slots)

    def with_slot(self, username: str, slot: Slot) -> KeySlots:
        return KeySlots(self.register_id, {**self.slots, username: slot})

    def to_bytes(self) -> bytes:
        slots = {name: slot.to_json() for name, slot in self.slots.items()}
        doc = {
            "version": FORMAT_VERSION,
            "register_id": self.register_id,
            "slots": slots,
        }
        return (json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlots:
        doc = json.loads(raw.decode("utf-8"))
        if doc["version"] != FORMAT_VERSION:
            raise ValueError(f"format version {doc['version']!r}, expected {FORMAT_VERSION}")
        if not _REGISTER_ID.fullmatch(_typed(doc["register_id"], str)):
            raise ValueError("bad register id")
        slots = {name: Slot.from_json(e) for name, e in _typed(doc["slots"], dict).items()}
        if not slots:
            raise ValueError("no key slots")
        return cls(doc["register_id"], slots)


def keyslot_path(db_path: Path) -> Path:
    """The slot file sits beside the database so copying both keeps them together."""
    return db_path.with_name(db_path.name + "-keys")


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def raw_key_pragma(data_key: bytes) -> str:
    """SQLCipher's raw-key literal: skips SQLCipher's own KDF, Argon2id already ran."""
    _check_key(data_key)
    return f"x'{data_key.hex()}'"


def create_keyslots(
    path: Path,
    *,
    username: str,
    password: str,
    data_key: bytes,
    kdf: KdfParams = DEFAULT_KDF,
) -> KeySlots:
    """Start a key-slot file with its first user; an existing file is never replaced."""
    if path.exists():
        raise KeySlotsExist(f"The key-slot file {path} already exists")
    return _store(path, _first_slot(uuid.uuid4().hex, username, password, data_key, kdf))


def load_keyslots(path: Path) -> KeySlots:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeySlotsMissing(f"The key-slot file {path} is missing; {_RECOVER}") from None
    except OSError as exc:
        raise KeySlotsMissing(
            f"The key-slot file {path} is unreadable ({exc.strerror}); {_RECOVER}"
        ) from None
    try:
        return KeySlots.from_bytes(raw)
    except (ValueError, KeyError, TypeError) as exc:
        why = f"no field {exc}" if isinstance(exc, KeyError) else str(exc)
        raise KeySlotsDamaged(f"The key-slot file {path} is damaged ({why}); {_RECOVER}") from None


def unwrap(slots: KeySlots, *, username: str, password: str) -> bytes:
    """Return the data key; one message for unknown user and wrong password alike.

    For an unknown user the KDF still runs with a real slot's cost, so the
    time taken does not tell which of the two was wrong.
    """
    name = username.strip()
    slot = slots.slots.get(name)
    if slot is None:
        decoy = next(iter(slots.slots.values()), None)
        _derive(password, os.urandom(SALT_BYTES), decoy.kdf if decoy else DEFAULT_KDF)
        raise WrongPassword(_WRONG)
    aes = AESGCM(_derive(password, slot.salt, slot.kdf))
    try:
        return aes.decrypt(slot.nonce, slot.ciphertext, _aad(slots.register_id, name))
    except InvalidTag:
        raise WrongPassword(_WRONG) from None


def add_slot(
    path: Path,
    *,
    username: str,
    password: str,
    data_key: bytes,
    kdf: KdfParams = DEFAULT_KDF,
) -> KeySlots:
    current, name = load_keyslots(path), _username(username)
    if name in current.slots:
        raise SlotExists(f"User {name!r} already has a key slot")
    slot = _wrap(current.register_id, name, password, data_key, kdf)
    return _store(path, current.with_slot(name, slot))


def remove_slot(path: Path, *, username: str) -> KeySlots:
    current = load_keyslots(path)
    name = _existing(current, username)
    if len(current.slots) == 1:
        raise LastSlot(f"User {name!r} holds the last key slot; add another user first")
    rest = {user: slot for user, slot in current.slots.items() if user != name}
    return _store(path, KeySlots(current.register_id, rest))


def rewrap_slot(
    path: Path,
    *,
    username: str,
    new_password: str,
    data_key: bytes,
    kdf: KdfParams = DEFAULT_KDF,
) -> KeySlots:
    """Password change or reset: fresh salt and nonce for one user, others untouched.

    ``data_key`` is trusted as given (from ``unwrap`` or a recovery key); a wrong
    one would lock this user out, so callers check it opens the database first.
    """
    current = load_keyslots(path)
    name = _existing(current, username)
    slot = _wrap(current.register_id, name, new_password, data_key, kdf)
    return _store(path, current.with_slot(name, slot))


def rebuild_keyslots(
    path: Path,
    *,
    register_id: str | None,
    username: str,
    password: str,
    data_key: bytes,
    kdf: KdfParams = DEFAULT_KDF,
) -> KeySlots:
    """After recovery: a new file with one slot; an old file is kept as ``.bak-<time>``."""
    if register_id is not None and not _REGISTER_ID.fullmatch(register_id):
        raise ValueError(f"a register id is 32 lowercase hex digits: {register_id!r}")
    fresh = _first_slot(register_id or uuid.uuid4().hex, username, password, data_key, kdf)
    if path.exists():
        path.rename(_backup_name(path))
    return _store(path, fresh)


def _derive(password: str, salt: bytes, kdf: KdfParams) -> bytes:
    secret = password.encode("utf-8")
    return hash_secret_raw(secret, salt, **vars(kdf), hash_len=KEY_BYTES, type=Type.ID)


def _wrap(register_id: str, username: str, password: str, data_key: bytes, kdf: KdfParams) -> Slot:
    _check_key(data_key)
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    aes = AESGCM(_derive(password, salt, kdf))
    return Slot(kdf, salt, nonce, aes.encrypt(nonce, data_key, _aad(register_id, username)))


def _first_slot(
    register_id: str, username: str, password: str, data_key: bytes, kdf: KdfParams
) -> KeySlots:
    name = _username(username)
    return KeySlots(register_id, {name: _wrap(register_id, name, password, data_key, kdf)})


def _aad(register_id: str, username: str) -> bytes:
    """Binds a slot to its user and register so it cannot be copied to another."""
    return f"almareg-slot:v1:{register_id}:{username}".encode()


def _check_key(data_key: bytes) -> None:
    if len(data_key) != KEY_BYTES:
        raise ValueError(f"a data key is {KEY_BYTES} bytes, got {len(data_key)}")


def _username(username: str) -> str:
    name = username.strip()
    if not name:
        raise ValidationError("username", "must not be empty")
    return name


def _existing(slots: KeySlots, username: str) -> str:
    name = username.strip()
    if name not in slots.slots:
        raise SlotNotFound(f"User {name!r} has no key slot")
    return name


def _store(path: Path, slots: KeySlots) -> KeySlots:
    """Temp file, fsync, rename: a crash leaves the old file or the new, never half."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:  # mkstemp made the file 0o600 where the OS has modes
        with os.fdopen(fd, "wb") as fh:
            fh.write(slots.to_bytes())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    return slots


def _fsync_dir(directory: Path) -> None:
    """Makes the rename itself durable; Windows has no directory handle to sync."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _backup_name(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate, n = path.with_name(f"{path.name}.bak-{stamp}"), 1
    while candidate.exists():
        candidate, n = path.with_name(f"{path.name}.bak-{stamp}-{n}"), n + 1
    return candidate


def _bounded(entry: dict[str, Any], name: str) -> int:
    """A tampered file must not make the KDF ask for absurd memory or time."""
    value, (low, high) = entry[name], _LIMITS[name]
    if type(value) is not int or not low <= value <= high:
        raise ValueError(f"{name} {value!r} outside {low}..{high}")
    return value


def _typed(value: Any, kind: type) -> Any:
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, size: int) -> bytes:
    data = base64.b64decode(_typed(text, str), validate=True)
    if len(data) != size:
        raise ValueError(f"a field of {len(data)} bytes, expected {size}")
    return data
