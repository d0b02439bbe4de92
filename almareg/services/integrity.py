"""Whole-register checks: every page's HMAC, SQLite's own check, stored letters, the audit chain."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select, text

from almareg.db.models import OutgoingLetter
from almareg.db.uow import UnitOfWork
from almareg.domain.permissions import Permission
from almareg.errors import RegisterDamaged
from almareg.services import audit
from almareg.services.guard import require


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)
    audit_entries: int = 0
    letters: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(uow: UnitOfWork) -> IntegrityReport:
    """Reads every page: slow on a big register, so it is a command, not a step of opening.

    Each check runs on its own, so damage found by one does not hide what the others find.
    """
    require(uow, Permission.AUDIT)
    report = IntegrityReport()
    for check in (_pages, _letters, _chain):
        try:
            check(uow, report)
        except RegisterDamaged as error:
            report.problems.append(f"{check.__doc__}: {error}")
    return report


def _pages(uow: UnitOfWork, report: IntegrityReport) -> None:
    """pages"""
    with uow:
        connection = uow.session.connection()
        report.problems += [r[0] for r in connection.execute(text("PRAGMA cipher_integrity_check"))]
        quick = connection.execute(text("PRAGMA quick_check")).scalars().all()
        report.problems += [line for line in quick if line != "ok"]


def _letters(uow: UnitOfWork, report: IntegrityReport) -> None:
    """stored letters"""
    with uow:
        for letter in uow.session.scalars(select(OutgoingLetter)):
            report.letters += 1
            if hashlib.sha256(letter.pdf).hexdigest() != letter.sha256:
                report.problems.append(f"letter {letter.number}: PDF does not match its SHA-256")


def _chain(uow: UnitOfWork, report: IntegrityReport) -> None:
    """audit chain"""
    chain = audit.verify(uow)
    report.audit_entries = chain.entries
    if chain.broken:
        report.problems.append(f"audit entry #{chain.broken.entry_id}: {chain.broken.reason}")
