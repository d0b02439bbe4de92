"""Creating, opening and refusing to open a register."""

from __future__ import annotations

import pytest

from almareg.db.vault import keyslot_path
from almareg.errors import KeySlotsMissing, RegisterDamaged, WrongPassword
from almareg.services import integrity, subjects, workspace
from almareg.services.subjects import SubjectInput
from tests.conftest import ADMIN, PASSWORD


def test_created_register_opens_with_the_admin_password(ws, register_path):
    ws.close()
    with workspace.open(register_path, username=ADMIN, password=PASSWORD) as again:
        assert again.actor.username == ADMIN
        assert again.actor.role == "admin"


def test_wrong_password_is_refused_and_leaves_the_file_unchanged(ws, register_path):
    ws.close()
    before = register_path.read_bytes()
    with pytest.raises(WrongPassword, match="wrong user name or password"):
        workspace.open(register_path, username=ADMIN, password="not the password")
    assert register_path.read_bytes() == before


def test_missing_keyslot_file_points_to_the_recovery_key(ws, register_path):
    ws.close()
    keyslot_path(register_path).unlink()
    with pytest.raises(KeySlotsMissing, match="recovery key"):
        workspace.open(register_path, username=ADMIN, password=PASSWORD)


def test_recovery_key_opens_a_register_whose_keyslot_file_was_deleted(created, register_path):
    created.workspace.close()
    keyslot_path(register_path).unlink()
    with workspace.open_with_recovery(
        register_path, recovery_key=created.recovery_key.lower(), username=ADMIN
    ) as recovered:
        assert recovered.actor.username == ADMIN


def test_a_flipped_byte_is_reported_as_damage_not_read_as_data(ws, register_path):
    for i in range(300):
        subjects.add(ws.uow(), SubjectInput(last_name=f"Иванов{i}", first_name="Иван"))
    ws.close()
    data = bytearray(register_path.read_bytes())
    data[len(data) // 2] ^= 0x01
    register_path.write_bytes(bytes(data))
    # opening reads only what it needs; every page carries an HMAC, so reading the damaged one
    # raises instead of returning altered data, and the full check names it
    with workspace.open(register_path, username=ADMIN, password=PASSWORD) as damaged:
        report = integrity.verify(damaged.uow())
        assert not report.ok
        assert any("HMAC" in problem for problem in report.problems)
        # quick_check walks every table and index page: the damaged one refuses to decrypt
        with pytest.raises(RegisterDamaged), damaged.register.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA quick_check").all()
