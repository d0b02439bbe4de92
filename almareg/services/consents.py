"""Consents: given against an exact text version, withdrawn with a date (Art. 9, Art. 10.1)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from almareg.db.models import Consent, ConsentText, Operator, ProcessingPurpose, Subject
from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.changes import Outcome
from almareg.domain.dates import not_before, not_in_future, within
from almareg.domain.enums import AuditAction, Channel, ConsentKind, ConsentStatus, SubjectStatus
from almareg.domain.permissions import Permission
from almareg.domain.validation import required_text
from almareg.errors import NotFound, ValidationError
from almareg.services import attachments, audit, deadline_engine, lookup
from almareg.services.guard import require

# Art. 10 special categories: refused unless the operator's settings allow them (policy 5.6)
SPECIAL_CATEGORIES = frozenset(
    {"race", "nationality", "political_views", "religion", "health", "intimate_life", "biometric"}
)


def publish_text(
    uow: UnitOfWork, *, kind: ConsentKind, version: str, title: str, body: str
) -> Outcome[int]:
    """A consent text version is immutable once published: the hash proves what was agreed to."""
    require(uow, Permission.SETTINGS)
    version = required_text("version", version, max_length=50)
    body = body.strip()
    if not body:
        raise ValidationError("body", "required")
    with uow:
        exists = uow.session.scalar(
            select(ConsentText.id).where(ConsentText.kind == kind, ConsentText.version == version)
        )
        if exists:
            raise ValidationError("version", f"{kind.value} text version {version!r} exists")
        text = ConsentText(
            kind=kind,
            version=version,
            title=required_text("title", title),
            body=body,
            sha256=hashlib.sha256(body.encode()).hexdigest(),
            published_at=utcnow(),
        )
        uow.session.add(text)
        uow.session.flush()
        audit.record(uow, AuditAction.RECORD, "consent_text", text.id, version=version)
        uow.commit()
        return Outcome(text.id, uow.changes)


@dataclass(frozen=True)
class ConsentInput:
    subject_id: int
    kind: ConsentKind
    text_id: int
    given_at: datetime
    channel: Channel
    purpose_codes: tuple[str, ...] = ()
    data_categories: tuple[str, ...] = ()
    expires_at: datetime | None = None
    legal_basis: str = ""
    distribution_terms: dict[str, Any] = field(default_factory=dict)
    evidence: attachments.FileInput | None = None


def give(uow: UnitOfWork, data: ConsentInput) -> Outcome[int]:
    require(uow, Permission.EDIT_CONSENTS)
    with uow:
        [consent_id] = _give(uow, [data])
        uow.commit()
        return Outcome(consent_id, uow.changes)


_BATCH = 1_000


def give_many(uow: UnitOfWork, items: list[ConsentInput]) -> Outcome[int]:
    """Bulk form of give() for imports and demo data: one transaction, the same checks, but a
    flush per thousand consents instead of per consent."""
    require(uow, Permission.EDIT_CONSENTS)
    with uow:
        for start in range(0, len(items), _BATCH):
            _give(uow, items[start : start + _BATCH])
        uow.commit()
        return Outcome(len(items), uow.changes)


def _give(uow: UnitOfWork, items: list[ConsentInput]) -> list[int]:
    """Check and insert `items`, then audit each and open its deadlines, in the caller's tx."""
    _require_active_subjects(uow, {data.subject_id for data in items})
    built = [_build(uow, data) for data in items]
    uow.session.add_all(built)
    uow.session.flush()
    for consent in built:
        details = {"kind": consent.kind.value, "text_version": consent.text.version}
        audit.record_row(uow, AuditAction.RECORD, "consent", consent, **details)
        deadline_engine.sync_new_consent(uow, consent)
    return [consent.id for consent in built]


def _build(uow: UnitOfWork, data: ConsentInput) -> Consent:
    text = _text_for(uow, data)
    given_at = not_in_future("given_at", data.given_at, utcnow())
    if data.expires_at is not None:
        not_before("expires_at", data.expires_at, given_at, "the consent was given")
    _check_categories(uow, data)
    consent = Consent(
        subject_id=data.subject_id,
        kind=data.kind,
        text=text,
        given_at=given_at,
        channel=Channel(data.channel),
        expires_at=data.expires_at,
        legal_basis=data.legal_basis.strip(),
        data_categories=list(data.data_categories),
        distribution_terms=dict(data.distribution_terms),
        purposes=_purposes(uow, data.purpose_codes),
    )
    if data.evidence is not None:
        consent.evidence_id = attachments.store(uow, data.evidence)
    return consent


def withdraw(
    uow: UnitOfWork, consent_id: int, *, withdrawn_at: datetime, channel: Channel
) -> Outcome[None]:
    """Withdrawal starts the 30-day clock to stop processing and destroy (Art. 21 part 5)."""
    require(uow, Permission.EDIT_CONSENTS)
    with uow:
        consent = lookup.by_id(uow, Consent, consent_id, "consent")
        if consent.status is not ConsentStatus.ACTIVE:
            raise ValidationError("status", f"the consent is already {consent.status.value}")
        _withdraw_one(uow, consent, withdrawn_at, Channel(channel))
        uow.commit()
        return Outcome(None, uow.changes)


def withdraw_active_for(
    uow: UnitOfWork, subject_id: int, *, withdrawn_at: datetime, channel: Channel
) -> int:
    """A withdrawal by request (policy 10.4) withdraws every consent the subject had given by
    then; called inside the request's transaction, so both land or neither does."""
    require(uow, Permission.EDIT_CONSENTS)
    active = uow.session.scalars(
        select(Consent).where(
            Consent.subject_id == subject_id,
            Consent.status == ConsentStatus.ACTIVE,
            Consent.given_at <= withdrawn_at,
        )
    ).all()
    for consent in active:
        _withdraw_one(uow, consent, withdrawn_at, Channel(channel))
    return len(active)


def _withdraw_one(
    uow: UnitOfWork, consent: Consent, withdrawn_at: datetime, channel: Channel
) -> None:
    within("withdrawn_at", withdrawn_at, consent.given_at, "the consent was given", utcnow())
    consent.status, consent.withdrawn_at = ConsentStatus.WITHDRAWN, withdrawn_at
    consent.withdrawal_channel = channel
    uow.session.flush()
    withdrawn = withdrawn_at.isoformat()
    audit.record_row(uow, AuditAction.RECORD, "consent", consent, withdrawn=withdrawn)
    deadline_engine.sync_consent(uow, consent)


def _require_active_subjects(uow: UnitOfWork, subject_ids: set[int]) -> None:
    """Consent is recorded only for a subject whose data are still processed."""
    query = select(Subject.id, Subject.status).where(Subject.id.in_(subject_ids))
    found = {subject_id: status for subject_id, status in uow.session.execute(query)}
    for subject_id in sorted(subject_ids):
        if subject_id not in found:
            raise NotFound(f"no subject with id {subject_id}")
        if found[subject_id] is not SubjectStatus.ACTIVE:
            raise ValidationError("subject", f"the subject's data are {found[subject_id].value}")


def _text_for(uow: UnitOfWork, data: ConsentInput) -> ConsentText:
    key = f"text:{data.text_id}"
    if key not in uow.cache:
        uow.cache[key] = uow.session.get(ConsentText, data.text_id)
    text = uow.cache[key]
    if text is None or text.kind != data.kind:
        raise ValidationError(
            "text_id", f"no {data.kind.value} consent text with id {data.text_id}"
        )
    return text


def _check_categories(uow: UnitOfWork, data: ConsentInput) -> None:
    special = SPECIAL_CATEGORIES.intersection(data.data_categories)
    if "special_allowed" not in uow.cache:
        uow.cache["special_allowed"] = uow.session.scalar(select(Operator.allow_special_categories))
    allowed = uow.cache["special_allowed"]
    if special and not allowed:
        raise ValidationError(
            "data_categories",
            f"special categories ({', '.join(sorted(special))}) are not processed (policy 5.6)",
        )
    if data.kind is ConsentKind.DISTRIBUTION and not data.distribution_terms.get("allowed"):
        raise ValidationError(
            "distribution_terms", "a distribution consent lists the categories allowed (Art. 10.1)"
        )


def _purposes(uow: UnitOfWork, codes: tuple[str, ...]) -> list[ProcessingPurpose]:
    key = f"purposes:{','.join(sorted(codes))}"
    if key not in uow.cache:
        uow.cache[key] = _load_purposes(uow, codes)
    return list(uow.cache[key])


def _load_purposes(uow: UnitOfWork, codes: tuple[str, ...]) -> list[ProcessingPurpose]:
    found = list(
        uow.session.scalars(select(ProcessingPurpose).where(ProcessingPurpose.code.in_(codes)))
    )
    missing = set(codes) - {p.code for p in found}
    if missing:
        raise ValidationError("purposes", f"unknown purposes: {', '.join(sorted(missing))}")
    return found
