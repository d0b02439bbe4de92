"""The recovery key: the register's data key written so a person can copy it."""

from __future__ import annotations

import hashlib
import re

from almareg.errors import AlmaregError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
KEY_BYTES = 32
CHECK_BYTES = 2
GROUP = 5
_BITS = (KEY_BYTES + CHECK_BYTES) * 8
DIGITS = -(-_BITS // 5)  # 55 digits for 272 bits; the last 3 bits are zero padding
_PAD = DIGITS * 5 - _BITS
_LOOKALIKES = str.maketrans("OIL", "011")
_SEPARATORS = re.compile(r"[\s\-_.]+")


class BadRecoveryKey(AlmaregError):
    """The typed recovery key is not one this app printed; nothing was opened."""


def format_recovery_key(data_key: bytes) -> str:
    """Encode ``data_key`` plus a 2-byte checksum as 11 dash-separated groups of 5.

    The checksum lets the app say "mistyped" instead of "wrong key": a wrong
    data key only shows up as an unreadable database, which reads as damage.
    """
    _check_length(data_key)
    value = int.from_bytes(data_key + _checksum(data_key), "big") << _PAD
    digits = "".join(ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(DIGITS)))
    return "-".join(digits[i : i + GROUP] for i in range(0, DIGITS, GROUP))


def parse_recovery_key(text: str) -> bytes:
    """Read a recovery key as a person typed it and return the data key.

    Case, spaces and dashes do not matter, and O, I, L read as 0, 1, 1 because
    people copy from paper. A single mistyped character is caught by the
    checksum (all but about 1 in 65,536 of them).
    """
    digits = _SEPARATORS.sub("", text).upper().translate(_LOOKALIKES)
    if len(digits) != DIGITS:
        raise BadRecoveryKey(
            f"the recovery key is mistyped: it has {len(digits)} characters, expected {DIGITS}"
        )
    raw = _digits_to_bytes(digits)
    data_key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if check != _checksum(data_key):
        raise BadRecoveryKey("the recovery key is mistyped: checksum does not match")
    return data_key


def _digits_to_bytes(digits: str) -> bytes:
    """Decode base32 digits; a stray character or non-zero padding means a typo."""
    value = 0
    for char in digits:
        index = ALPHABET.find(char)
        if index < 0:
            raise BadRecoveryKey(f"the recovery key is mistyped: {char!r} is not a key character")
        value = value << 5 | index
    if value & ((1 << _PAD) - 1):
        raise BadRecoveryKey("the recovery key is mistyped: checksum does not match")
    return (value >> _PAD).to_bytes(KEY_BYTES + CHECK_BYTES, "big")


def _checksum(data_key: bytes) -> bytes:
    return hashlib.sha256(data_key).digest()[:CHECK_BYTES]


def _check_length(data_key: bytes) -> None:
    if len(data_key) != KEY_BYTES:
        raise ValueError(f"a data key is {KEY_BYTES} bytes, got {len(data_key)}")
