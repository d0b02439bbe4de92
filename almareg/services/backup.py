"""Backup and restore as user actions: permission-checked and written to the audit trail."""

from __future__ import annotations

from pathlib import Path

from almareg.db import backup as copies
from almareg.db import vault
from almareg.domain.changes import Outcome
from almareg.domain.enums import AuditAction
from almareg.domain.permissions import Permission
from almareg.errors import RegisterNotFound
from almareg.services import audit, workspace
from almareg.services.guard import require
from almareg.services.workspace import Workspace


def make_backup(ws: Workspace, target: Path) -> Outcome[Path]:
    """The audit entry goes in first, so the backup itself records that it was taken."""
    uow = ws.uow()
    require(uow, Permission.BACKUP)
    with uow:
        audit.record(uow, AuditAction.EXPORT, "backup", None, target=str(target))
        uow.commit()
    return Outcome(copies.backup(ws.register, target), uow.changes)


def restore(source: Path, live: Path, *, username: str, password: str) -> Path:
    """Restore `source` over `live` as `username` of the backup; returns where the old one went.

    The backup's own key slots decide who may restore it; the user must be an admin there.
    """
    if not source.is_file():
        raise RegisterNotFound(f"no backup at {source}")
    slots = vault.load_keyslots(vault.keyslot_path(source))
    data_key = vault.unwrap(slots, username=username, password=password)
    with workspace.open(source, username=username, password=password) as backup_ws:
        require(backup_ws.uow(), Permission.BACKUP)
    kept = copies.restore(source, live, data_key)
    with workspace.open(live, username=username, password=password) as restored:
        with restored.uow() as uow:
            audit.record(
                uow,
                AuditAction.STORE,
                "backup",
                None,
                restored_from=str(source),
                previous_kept_as=str(kept),
            )
            uow.commit()
    return kept
