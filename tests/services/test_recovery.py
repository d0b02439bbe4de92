"""Recovery: the recovery key opens a register whose key slots are gone, and recover_access gives
the user a working password again, keeping any old slot file aside."""

from __future__ import annotations

import pytest

from almareg.db.vault import keyslot_path, load_keyslots
from almareg.errors import KeySlotsMissing, RegisterDamaged, WrongPassword
from almareg.services import subjects, users, workspace
from almareg.services.subjects import SubjectInput
from tests.conftest import ADMIN, FAST_KDF, PASSWORD

NEW_PASSWORD = "a brand new passphrase"


def _backups(register_path):
    return sorted(register_path.parent.glob(keyslot_path(register_path).name + ".bak-*"))


def _register_id(ws) -> str:
    with ws.register.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT register_id FROM operator").scalar_one()


def test_recover_access_rebuilds_a_deleted_slot_file_and_the_new_password_opens(
    created, register_path
):
    ws = created.workspace
    subject_id = subjects.add(ws.uow(), SubjectInput(last_name="Орлов", first_name="Олег")).value
    register_id = _register_id(ws)
    ws.close()
    slots = keyslot_path(register_path)
    slots.unlink()
    with pytest.raises(KeySlotsMissing):
        workspace.open(register_path, username=ADMIN, password=PASSWORD)

    with workspace.open_with_recovery(
        register_path, recovery_key=created.recovery_key, username=ADMIN
    ) as recovered:
        users.recover_access(recovered, new_password=NEW_PASSWORD, kdf=FAST_KDF)

    assert slots.is_file()
    assert _backups(register_path) == []  # nothing was there to keep
    rebuilt = load_keyslots(slots)
    assert rebuilt.usernames() == [ADMIN]
    assert rebuilt.register_id == register_id  # the register keeps its identity
    with workspace.open(register_path, username=ADMIN, password=NEW_PASSWORD) as again:
        assert subjects.open_card(again.uow(), subject_id).last_name == "Орлов"
    with pytest.raises(WrongPassword):
        workspace.open(register_path, username=ADMIN, password=PASSWORD)


def test_recover_access_over_a_damaged_slot_file_keeps_it_as_bak(created, register_path):
    created.workspace.close()
    slots = keyslot_path(register_path)
    garbage = b'{"version": 1, "slots": "truncated'
    slots.write_bytes(garbage)

    with workspace.open_with_recovery(
        register_path, recovery_key=created.recovery_key, username=ADMIN
    ) as recovered:
        users.recover_access(recovered, new_password=NEW_PASSWORD, kdf=FAST_KDF)

    (backup,) = _backups(register_path)
    assert backup.read_bytes() == garbage
    with workspace.open(register_path, username=ADMIN, password=NEW_PASSWORD) as again:
        assert again.actor.username == ADMIN


def test_recover_access_with_an_intact_slot_file_resets_only_that_users_password(
    created, register_path
):
    from almareg.domain.enums import Role

    ws = created.workspace
    users.add(ws, username="clerk", password=PASSWORD, role=Role.STAFF, kdf=FAST_KDF)
    before = load_keyslots(keyslot_path(register_path))
    ws.close()

    with workspace.open_with_recovery(
        register_path, recovery_key=created.recovery_key, username=ADMIN
    ) as recovered:
        users.recover_access(recovered, new_password=NEW_PASSWORD, kdf=FAST_KDF)

    after = load_keyslots(keyslot_path(register_path))
    assert after.slots["clerk"] == before.slots["clerk"]
    assert after.slots[ADMIN] != before.slots[ADMIN]
    assert _backups(register_path) == []
    workspace.open(register_path, username=ADMIN, password=NEW_PASSWORD).close()
    workspace.open(register_path, username="clerk", password=PASSWORD).close()


def test_a_wrong_recovery_key_does_not_open_the_register(created, register_path):
    from almareg.db.recovery_key import format_recovery_key

    created.workspace.close()
    keyslot_path(register_path).unlink()
    other_key = format_recovery_key(bytes(32))
    with pytest.raises(RegisterDamaged):
        workspace.open_with_recovery(register_path, recovery_key=other_key, username=ADMIN)
    assert not keyslot_path(register_path).exists()
