"""Roles are enforced in the services: a refusal changes nothing but leaves a 'refused' entry."""

from __future__ import annotations

import pytest

from almareg.db.vault import load_keyslots
from almareg.domain.enums import AuditAction, Role
from almareg.errors import PermissionDenied
from almareg.services import audit, users
from almareg.services.workspace import Workspace
from tests.conftest import FAST_KDF, PASSWORD


def _rows(ws: Workspace, statement: str) -> list[tuple]:
    with ws.register.engine.connect() as connection:
        return [tuple(r) for r in connection.exec_driver_sql(statement)]


def _state(ws: Workspace) -> tuple[list[tuple], int, bytes]:
    users_rows = _rows(ws, "SELECT id, username, role, active FROM user ORDER BY id")
    audit_count = _rows(ws, "SELECT count(*) FROM audit_entry")[0][0]
    return users_rows, audit_count, ws.register.keyslot_path.read_bytes()


def test_a_staff_user_cannot_add_users_and_only_a_refusal_is_written(ws, staff_ws):
    users_before, audit_before, slots_before = _state(ws)

    with pytest.raises(PermissionDenied, match="clerk"):
        users.add(staff_ws, username="intruder", password=PASSWORD, role=Role.ADMIN, kdf=FAST_KDF)

    users_after, audit_after, slots_after = _state(ws)
    assert users_after == users_before
    assert slots_after == slots_before
    assert "intruder" not in load_keyslots(ws.register.keyslot_path).slots
    assert audit_after == audit_before + 1
    (last,) = _rows(
        ws, "SELECT action, username, entity, details FROM audit_entry ORDER BY id DESC LIMIT 1"
    )
    assert last[0] == AuditAction.REFUSED.value
    assert last[1] == "clerk"
    assert last[2] == "permission"
    assert "users" in last[3]
    assert audit.verify(ws.uow()).ok  # the refusal is a proper link of the chain


def test_a_staff_user_cannot_remove_or_reset_another_users_password(ws, staff_ws):
    users_before, _, slots_before = _state(ws)
    with pytest.raises(PermissionDenied):
        users.remove(staff_ws, username="admin")
    with pytest.raises(PermissionDenied):
        users.change_password(staff_ws, username="admin", new_password="a new password!")
    users_after, _, slots_after = _state(ws)
    assert (users_after, slots_after) == (users_before, slots_before)


def test_a_staff_user_cannot_verify_the_audit_chain_but_an_auditor_can(ws, staff_ws):
    with pytest.raises(PermissionDenied):
        audit.verify(staff_ws.uow())
    from tests.conftest import open_as

    with open_as(ws, "inspector", Role.AUDITOR) as auditor:
        assert audit.verify(auditor.uow()).ok
