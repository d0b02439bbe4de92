"""Paged reads for big tables: ordered id lists sorted and filtered in SQL, rows fetched by chunk.

A table asks for `*_ids(...)` once per sort or filter (a million ints is ~8 MB), then for
`*_rows(ids)` in chunks of ~200 as the view scrolls (Anki's browser table).

One module a table; this package re-exports them all, so callers write `queries.subject_ids`.
"""

from __future__ import annotations

from almareg.services.queries.base import Sort, in_order
from almareg.services.queries.choices import Choice, consent_texts, purposes, subject_name
from almareg.services.queries.consents import ConsentRow, consent_ids, consent_rows
from almareg.services.queries.dashboard import DashboardCounts, dashboard_counts
from almareg.services.queries.incidents import (
    DestructionRow,
    IncidentRow,
    destruction_ids,
    destruction_rows,
    incident_ids,
    incident_rows,
)
from almareg.services.queries.requests import RequestRow, request_ids, request_rows
from almareg.services.queries.subjects import (
    SEARCH_LIMIT,
    SubjectRow,
    fts_query,
    matching_subjects,
    search_subject_ids,
    subject_ids,
    subject_rows,
)

__all__ = [
    "SEARCH_LIMIT",
    "Choice",
    "ConsentRow",
    "DashboardCounts",
    "DestructionRow",
    "IncidentRow",
    "RequestRow",
    "Sort",
    "SubjectRow",
    "consent_ids",
    "consent_rows",
    "consent_texts",
    "dashboard_counts",
    "destruction_ids",
    "destruction_rows",
    "fts_query",
    "in_order",
    "incident_ids",
    "incident_rows",
    "matching_subjects",
    "purposes",
    "request_ids",
    "request_rows",
    "search_subject_ids",
    "subject_ids",
    "subject_name",
    "subject_rows",
]
