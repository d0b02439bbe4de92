"""User accounts: a row for the role, a key slot for the password; the two move together."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from almareg.db import vault
from almareg.db.models import Operator, User
from almareg.db.uow import UnitOfWork
from almareg.domain.changes import Outcome
from almareg.domain.enums import AuditAction, Role
from almareg.domain.permissions import Permission
from almareg.domain.validation import optional_text, required_text
from almareg.errors import AlmaregError, NotFound, PermissionDenied, ValidationError
from almareg.services import audit
from almareg.services.guard import require
from almareg.services.workspace import Workspace, check_password


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    position: str
    role: Role
    active: bool
    last_login_at: datetime | None


def _view(user: User) -> UserView:
    return UserView(
        user.id,
        user.username,
        user.full_name,
        user.position,
        user.role,
        user.active,
        user.last_login_at,
    )


def list_users(uow: UnitOfWork) -> list[UserView]:
    require(uow, Permission.READ)
    with uow:
        return [_view(u) for u in uow.session.scalars(select(User).order_by(User.username))]


def add(
    ws: Workspace,
    *,
    username: str,
    password: str,
    role: Role,
    full_name: str = "",
    position: str = "",
    kdf: vault.KdfParams = vault.DEFAULT_KDF,
) -> Outcome[UserView]:
    """Row first, slot second, commit last: a failed slot write leaves no half-made user."""
    uow = ws.uow()
    require(uow, Permission.USERS)
    name = required_text("username", username, max_length=64)
    check_password(password)
    with uow:
        if uow.session.scalar(select(User.id).where(User.username == name)) is not None:
            raise ValidationError("username", f"user {name!r} already exists")
        user = User(
            username=name,
            role=Role(role),
            full_name=optional_text("full_name", full_name),
            position=optional_text("position", position),
        )
        uow.session.add(user)
        uow.session.flush()
        audit.record(uow, AuditAction.USER_ADMIN, "user", user.id, added=name, role=role.value)
        vault.add_slot(
            ws.register.keyslot_path,
            username=name,
            password=password,
            data_key=ws.register.data_key,
            kdf=kdf,
        )
        uow.commit()
        return Outcome(_view(user), uow.changes)


def change_password(
    ws: Workspace, *, username: str, new_password: str, kdf: vault.KdfParams = vault.DEFAULT_KDF
) -> Outcome[None]:
    """Anyone may change their own password; an admin may reset anyone's."""
    uow = ws.uow()
    if username != ws.actor.username:
        require(uow, Permission.USERS)
    check_password(new_password)
    with uow:
        user = _find(uow, username)
        vault.rewrap_slot(
            ws.register.keyslot_path,
            username=user.username,
            new_password=new_password,
            data_key=ws.register.data_key,
            kdf=kdf,
        )
        audit.record(uow, AuditAction.USER_ADMIN, "user", user.id, password_changed=user.username)
        uow.commit()
        return Outcome(None, uow.changes)


def remove(ws: Workspace, *, username: str) -> Outcome[None]:
    """Deactivate (the audit trail still names them) and drop the key slot."""
    uow = ws.uow()
    require(uow, Permission.USERS)
    if username == ws.actor.username:
        raise PermissionDenied("you cannot remove your own account")
    with uow:
        user = _find(uow, username)
        user.active = False
        audit.record(uow, AuditAction.USER_ADMIN, "user", user.id, removed=user.username)
        uow.session.flush()
        vault.remove_slot(ws.register.keyslot_path, username=user.username)
        uow.commit()
        return Outcome(None, uow.changes)


def recover_access(
    ws: Workspace, *, new_password: str, kdf: vault.KdfParams = vault.DEFAULT_KDF
) -> None:
    """After opening by recovery key: give the signed-in user a working slot again.

    A lost or damaged slot file is rebuilt with this one user (the old file, if any, is kept
    aside by the vault); an intact file just gets this user's slot rewrapped or added.
    """
    check_password(new_password)
    with ws.uow() as uow:
        audit.record(
            uow,
            AuditAction.USER_ADMIN,
            "user",
            ws.actor.user_id or None,
            recovered=ws.actor.username,
        )
        uow.commit()
    path, key, name = ws.register.keyslot_path, ws.register.data_key, ws.actor.username
    try:
        slots = vault.load_keyslots(path)
    except vault.KeySlotsMissing:
        with ws.uow() as uow:
            register_id = uow.session.scalar(select(Operator.register_id))
        vault.rebuild_keyslots(
            path,
            register_id=register_id,
            username=name,
            password=new_password,
            data_key=key,
            kdf=kdf,
        )
        return
    if name in slots.slots:
        vault.rewrap_slot(path, username=name, new_password=new_password, data_key=key, kdf=kdf)
    else:
        vault.add_slot(path, username=name, password=new_password, data_key=key, kdf=kdf)


def _find(uow: UnitOfWork, username: str) -> User:
    user = uow.session.scalar(select(User).where(User.username == username.strip()))
    if user is None or not user.active:
        raise NotFound(f"no active user {username!r}")
    return user


__all__ = ["AlmaregError", "UserView", "add", "change_password", "list_users", "remove"]
