"""What deadlines each source should have now: one `*_wants` a source kind, read by deadline_engine.

One withdrawal, one clock: a consent withdrawal that arrives as a `withdraw_consent` request is
answered by the request's own deadline (rule withdrawal_request_destroy). The consent-level
rule consent_withdrawn_destroy is therefore not opened for a consent of the same subject
withdrawn on or after the day the request was received and within its 30 days; a consent
withdrawn before the request arrived is a separate, earlier event and keeps its own clock.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from almareg.db.models import Consent, DestructionAct, Incident, ProcessingPurpose, Request
from almareg.db.uow import UnitOfWork
from almareg.domain.enums import ConsentKind, ConsentStatus, RequestStatus, RequestType
from almareg.domain.rules import Rule

if TYPE_CHECKING:
    from almareg.services.deadline_engine import Clock

_REFUSAL_STATES = (RequestStatus.REFUSAL_DRAFT, RequestStatus.REFUSAL_SENT)
_WITHDRAWAL_WINDOW = timedelta(days=30)  # Art. 21 part 5: the request's own 30-day term


@dataclass(frozen=True)
class Wanted:
    """One deadline a source should have now, and when (if ever) it was fulfilled.

    `source_closes` is True when the source itself records fulfilment (a request's answer, an
    incident's notices); otherwise fulfilment is recorded on the row (deadlines.complete) and
    a recount keeps it.
    """

    rule: Rule
    event_at: datetime
    done_at: datetime | None = None
    source_closes: bool = False


def request_wants(c: Clock, request: Request) -> list[Wanted]:
    if request.status is RequestStatus.WITHDRAWN:
        return []
    rules = c.rules.for_trigger(f"request_received:{request.type.value}")
    if request.status in _REFUSAL_STATES:
        # a refusal has its own term where the law gives one (access); it still runs from receipt
        rules = c.rules.for_trigger(f"request_refused:{request.type.value}") or rules
    return [Wanted(rule, request.received_at, request.answered_at, True) for rule in rules]


def consent_wants(c: Clock, consent: Consent, covered: bool = False) -> list[Wanted]:
    wants = []
    if consent.kind is ConsentKind.DISTRIBUTION:
        wants += [
            Wanted(r, consent.given_at)
            for r in c.rules.for_trigger("consent_received:distribution")
        ]
    if (
        consent.status is ConsentStatus.WITHDRAWN
        and consent.withdrawn_at is not None
        and not covered
    ):
        wants += [Wanted(r, consent.withdrawn_at) for r in c.rules.for_trigger("consent_withdrawn")]
    if consent.status is ConsentStatus.ACTIVE and consent.expires_at is not None:
        wants += [Wanted(r, consent.expires_at) for r in c.rules.for_trigger("consent_expiry")]
    return wants


def incident_wants(c: Clock, incident: Incident) -> list[Wanted]:
    """The profile's first incident rule is met by the first notice, any later one by the final."""
    notices = (incident.initial_notice_at, incident.final_notice_at)
    return [
        Wanted(rule, incident.detected_at, notices[min(i, 1)], True)
        for i, rule in enumerate(c.rules.for_trigger("incident_detected"))
    ]


def purpose_wants(c: Clock, purpose: ProcessingPurpose) -> list[Wanted]:
    if purpose.achieved_at is None:
        return []
    return [Wanted(r, purpose.achieved_at) for r in c.rules.for_trigger("purpose_achieved")]


def act_wants(c: Clock, act: DestructionAct) -> list[Wanted]:
    if act.issued_at is None:
        return []
    return [Wanted(r, act.issued_at) for r in c.rules.for_trigger("destruction_act_issued")]


def withdrawal_requests(
    uow: UnitOfWork, subject_id: int | None = None
) -> dict[int, list[datetime]]:
    """Receipt moments of live withdraw_consent requests, by subject."""
    query = select(Request.subject_id, Request.received_at).where(
        Request.type == RequestType.WITHDRAW_CONSENT,
        Request.status != RequestStatus.WITHDRAWN,
        Request.subject_id.is_not(None),
    )
    if subject_id is not None:
        query = query.where(Request.subject_id == subject_id)
    found: dict[int, list[datetime]] = defaultdict(list)
    for subject, received_at in uow.session.execute(query):
        found[subject].append(received_at)
    return found


def withdrawal_covered(
    c: Clock, consent: Consent, withdrawals: Mapping[int, list[datetime]]
) -> bool:
    """True when a withdraw_consent request's own deadline answers this consent's withdrawal."""
    if consent.withdrawn_at is None:
        return False
    withdrawn = consent.withdrawn_at.astimezone(c.tz).date()
    for received_at in withdrawals.get(consent.subject_id, ()):
        received = received_at.astimezone(c.tz).date()
        if received <= withdrawn <= received + _WITHDRAWAL_WINDOW:
            return True
    return False
