"""Permission checks inside the services; a refusal is itself written to the audit chain."""

from __future__ import annotations

from almareg.db.uow import UnitOfWork
from almareg.domain.enums import AuditAction
from almareg.domain.permissions import Permission, allows
from almareg.errors import PermissionDenied


def require(uow: UnitOfWork, permission: Permission) -> None:
    """Raise before any work starts; the refusal is logged in a transaction of its own."""
    if allows(uow.actor.role, permission):
        return
    from almareg.services import audit

    with uow:
        audit.record(uow, AuditAction.REFUSED, "permission", None, permission=permission.value)
        uow.commit()
    what = permission.value.replace("_", " ")
    raise PermissionDenied(f"user {uow.actor.username!r} ({uow.actor.role.value}) may not {what}")
