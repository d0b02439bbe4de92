"""Opening a register as a user: the one object the CLI and GUI hold while working."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from almareg.db import register as vault_register
from almareg.db import vault
from almareg.db.models import ConsentText, Operator, ProcessingPurpose, User
from almareg.db.register import Register
from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.actor import Actor
from almareg.domain.enums import AuditAction, ConsentKind, Role
from almareg.domain.policy import PURPOSES
from almareg.domain.validation import required_text
from almareg.errors import WrongPassword
from almareg.paths import resource
from almareg.services import audit, deadline_engine


@dataclass
class Workspace:
    """An unlocked register and the user working in it."""

    register: Register
    actor: Actor

    @property
    def path(self) -> Path:
        return self.register.path

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.register.session_factory, self.actor)

    def close(self) -> None:
        self.register.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class Created:
    workspace: Workspace
    recovery_key: str


def create(
    path: Path,
    *,
    operator_name: str,
    admin_username: str,
    admin_password: str,
    admin_full_name: str = "",
    kdf: vault.KdfParams = vault.DEFAULT_KDF,
) -> Created:
    """A new register with its operator, its first admin and the policy's purposes."""
    operator_name = required_text("operator_name", operator_name)
    username = required_text("username", admin_username, max_length=64)
    check_password(admin_password)
    register, slots = vault_register.create(
        path, username=username, password=admin_password, kdf=kdf
    )
    actor = Actor(user_id=1, username=username, role=Role.ADMIN)
    workspace = Workspace(register, actor)
    with workspace.uow() as uow:
        uow.session.add(Operator(id=1, register_id=slots.register_id, name=operator_name))
        uow.session.add(User(id=1, username=username, full_name=admin_full_name, role=Role.ADMIN))
        uow.session.add_all(ProcessingPurpose(**seed.__dict__) for seed in PURPOSES)
        uow.session.add_all(first_consent_texts(operator_name))
        uow.session.flush()
        audit.record(uow, AuditAction.SETTINGS, "operator", 1, created=True, name=operator_name)
        audit.record(uow, AuditAction.USER_ADMIN, "user", 1, added=username, role="admin")
        uow.commit()
    from almareg.db.recovery_key import format_recovery_key

    return Created(workspace, format_recovery_key(register.data_key))


def first_consent_texts(operator_name: str) -> list[ConsentText]:
    """Version 1.0 of each consent form, from resources/consent_texts, naming the operator.

    A register must be able to record a consent from its first minute; later versions are
    published beside these, never over them (what was agreed to stays provable).
    """
    texts = []
    for kind in ConsentKind:
        raw = resource("consent_texts", f"{kind.value}.txt").read_text(encoding="utf-8")
        title, _, body = raw.partition("\n")
        body = body.strip().replace("{operator}", operator_name)
        digest = hashlib.sha256(body.encode()).hexdigest()
        texts.append(
            ConsentText(
                kind=kind,
                version="1.0",
                title=title.strip(),
                body=body,
                sha256=digest,
                published_at=utcnow(),
            )
        )
    return texts


MIN_PASSWORD = 8


def check_password(password: str) -> None:
    from almareg.errors import ValidationError

    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", f"at least {MIN_PASSWORD} characters")


def open(path: Path, *, username: str, password: str) -> Workspace:  # noqa: A001
    """Unlock with a password; the user must also be active in the register itself."""
    register = vault_register.unlock(path, username=username.strip(), password=password)
    return _sign_in(register, username.strip())


def open_with_recovery(path: Path, *, recovery_key: str, username: str) -> Workspace:
    register = vault_register.unlock_with_recovery(path, recovery_key)
    return _sign_in(register, username.strip())


def verify_password(ws: Workspace, password: str) -> bool:
    """Unlocking a locked window: does `password` still open the signed-in user's key slot?"""
    slots = vault.load_keyslots(ws.register.keyslot_path)
    try:
        key = vault.unwrap(slots, username=ws.actor.username, password=password)
    except WrongPassword:
        return False
    return hmac.compare_digest(key, ws.register.data_key)


def _sign_in(register: Register, username: str) -> Workspace:
    try:
        with register.session_factory() as session, session.begin():
            user = session.scalar(select(User).where(User.username == username))
            if user is None or not user.active:
                raise WrongPassword("wrong user name or password, or the account is disabled")
            user.last_login_at = utcnow()
            actor = Actor(user_id=user.id, username=user.username, role=user.role)
            # the rules are checked on opening: a malformed file (RulesError) keeps it shut
            profile = session.scalar(select(Operator.rules_profile)) or "ru-152fz"
            deadline_engine.rules_for(profile)
    except BaseException:
        register.close()
        raise
    workspace = Workspace(register, actor)
    with workspace.uow() as uow:
        audit.record(uow, AuditAction.LOGIN, "user", actor.user_id)
        uow.commit()
    return workspace
