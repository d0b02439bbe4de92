"""The operator's own settings (policy 1, 14.3): read, change, create a register with them."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from almareg.db import vault
from almareg.db.models import Operator
from almareg.db.uow import UnitOfWork
from almareg.domain.calendar import SUPPORTED_COUNTRIES
from almareg.domain.changes import Outcome
from almareg.domain.enums import AuditAction
from almareg.domain.permissions import Permission
from almareg.domain.validation import email_address, optional_text, required_text
from almareg.errors import ValidationError
from almareg.services import audit, deadline_engine, workspace
from almareg.services.guard import require

MAX_IDLE_MINUTES = 240


@dataclass(frozen=True)
class OperatorView:
    id: int
    register_id: str
    name: str
    short_name: str
    address: str
    inn: str
    ogrn: str
    responsible_person: str
    contact_email: str
    contact_phone: str
    website: str
    policy_url: str
    policy_version: str
    timezone: str
    phone_region: str
    rules_profile: str
    calendar_country: str
    allow_special_categories: bool
    idle_lock_minutes: int
    information_system: str


EDITABLE = frozenset(f.name for f in fields(OperatorView)) - {"id", "register_id"}


def _view(row: Operator) -> OperatorView:
    return OperatorView(**{f.name: getattr(row, f.name) for f in fields(OperatorView)})


def get_operator(uow: UnitOfWork) -> OperatorView:
    require(uow, Permission.READ)
    with uow:
        return _view(_row(uow))


def _row(uow: UnitOfWork) -> Operator:
    return uow.session.scalars(select(Operator).order_by(Operator.id)).one()


def _digits(field: str, value: str, lengths: tuple[int, ...]) -> str:
    text = "".join(value.split())
    if text and (not text.isdigit() or len(text) not in lengths):
        raise ValidationError(field, f"{' or '.join(map(str, lengths))} digits expected")
    return text


def _timezone(value: str) -> str:
    name = required_text("timezone", value, max_length=64)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError("timezone", f"unknown time zone {name!r}") from error
    return name


def _idle(value: Any) -> int:
    try:
        minutes = int(value)
    except (TypeError, ValueError) as error:
        raise ValidationError("idle_lock_minutes", "a whole number of minutes") from error
    if not 1 <= minutes <= MAX_IDLE_MINUTES:
        raise ValidationError("idle_lock_minutes", f"between 1 and {MAX_IDLE_MINUTES}")
    return minutes


# settings the deadlines are counted by: a change recounts them
_COUNTING = frozenset({"timezone", "calendar_country", "rules_profile"})


def _calendar_country(value: str) -> str:
    country = required_text("calendar_country", value, max_length=2).upper()
    if country not in SUPPORTED_COUNTRIES:
        supported = ", ".join(SUPPORTED_COUNTRIES)
        raise ValidationError("calendar_country", f"{country!r}: choose one of {supported}")
    return country


def _rules_profile(value: str) -> str:
    """Only a profile whose rules file loads whole: a half-read profile would miss deadlines."""
    profile = required_text("rules_profile", value, max_length=40)
    if profile not in deadline_engine.profiles():
        raise ValidationError("rules_profile", f"no rules profile {profile!r}")
    deadline_engine.rules_for(profile)  # RulesError names file, entry and field
    return profile


_CHECKS: dict[str, Any] = {
    "name": lambda v: required_text("name", v),
    "short_name": lambda v: optional_text("short_name", v, max_length=200),
    "inn": lambda v: _digits("inn", v, (10, 12)),
    "ogrn": lambda v: _digits("ogrn", v, (13, 15)),
    "contact_email": lambda v: email_address("contact_email", v) if v.strip() else "",
    "timezone": _timezone,
    "idle_lock_minutes": _idle,
    "allow_special_categories": bool,
    "phone_region": lambda v: required_text("phone_region", v, max_length=2).upper(),
    "calendar_country": _calendar_country,
    "rules_profile": _rules_profile,
}


def check_operator_fields(values: dict[str, Any]) -> dict[str, Any]:
    """Normalised values, or ValidationError naming the first bad field; unknown names refused."""
    unknown = set(values) - EDITABLE
    if unknown:
        raise ValidationError(sorted(unknown)[0], "not an operator setting")
    return {
        name: _CHECKS.get(name, lambda v, n=name: optional_text(n, v))(value)
        for name, value in values.items()
    }


def update_operator(uow: UnitOfWork, **values: Any) -> Outcome[OperatorView]:
    """Change the named settings; the audit entry lists which ones changed."""
    require(uow, Permission.SETTINGS)
    clean = check_operator_fields(values)
    with uow:
        row = _row(uow)
        changed = sorted(k for k, v in clean.items() if getattr(row, k) != v)
        for name in changed:
            setattr(row, name, clean[name])
        if changed:
            audit.record(uow, AuditAction.SETTINGS, "operator", row.id, changed=changed)
        uow.session.flush()
        _recount_if_needed(uow, set(changed))
        view = _view(row)
        uow.commit()
        return Outcome(view, uow.changes)


def _recount_if_needed(uow: UnitOfWork, changed: set[str]) -> None:
    """A new zone moves open deadlines; a new calendar or rule set may create or drop some."""
    if not changed & _COUNTING:
        return
    deadline_engine.forget_clock(uow)
    if changed & {"calendar_country", "rules_profile"}:
        deadline_engine.recompute(uow)
    else:
        deadline_engine.recompute_open(uow)


def create_register(
    path: Path,
    *,
    operator: dict[str, Any],
    admin_username: str,
    admin_password: str,
    admin_full_name: str = "",
    kdf: vault.KdfParams = vault.DEFAULT_KDF,
) -> workspace.Created:
    """First run: every operator field is checked before the file is made, then stored at once."""
    clean = check_operator_fields(operator)
    created = workspace.create(
        path,
        operator_name=clean.get("name", ""),
        admin_username=admin_username,
        admin_password=admin_password,
        admin_full_name=admin_full_name,
        kdf=kdf,
    )
    rest = {k: v for k, v in clean.items() if k != "name"}
    if rest:
        update_operator(created.workspace.uow(), **rest)
    return created
