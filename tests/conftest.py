"""Shared fixtures: a real SQLCipher register in a temp dir, with a cheap KDF for speed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from almareg.db.vault import KdfParams
from almareg.domain.enums import Role
from almareg.services import users, workspace
from almareg.services.workspace import Workspace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FAST_KDF = KdfParams(time_cost=1, memory_cost=8192, parallelism=1)
ADMIN, PASSWORD = "admin", "correct horse battery"
OPERATOR = "ООО «Ромашка»"


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    return tmp_path / "register.almareg"


@pytest.fixture
def created(register_path: Path) -> Iterator[workspace.Created]:
    result = workspace.create(
        register_path,
        operator_name=OPERATOR,
        admin_username=ADMIN,
        admin_password=PASSWORD,
        kdf=FAST_KDF,
    )
    yield result
    result.workspace.close()


@pytest.fixture
def ws(created: workspace.Created) -> Workspace:
    """The admin's workspace on a fresh register."""
    return created.workspace


def open_as(ws: Workspace, name: str, role: Role) -> Workspace:
    """Add a user with `role` and sign in as them on the same register file."""
    users.add(ws, username=name, password=PASSWORD, role=role, kdf=FAST_KDF)
    return workspace.open(ws.path, username=name, password=PASSWORD)


@pytest.fixture
def staff_ws(ws: Workspace) -> Iterator[Workspace]:
    staff = open_as(ws, "clerk", Role.STAFF)
    yield staff
    staff.close()
