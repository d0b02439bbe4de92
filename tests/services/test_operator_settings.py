"""Operator settings that decide how deadlines count: validated, and a change recounts them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from almareg.errors import ValidationError
from almareg.services import deadlines, incidents, operator


def _incident_rules(ws) -> set[str]:
    return {r.rule_id for r in deadlines.outstanding(ws.uow()) if r.source == "incident"}


def test_switching_to_the_kazakh_profile_recounts_the_open_deadlines(ws):
    detected = datetime.now(UTC) - timedelta(hours=2)
    incidents.record(ws.uow(), incidents.IncidentInput(detected, "Утечка выгрузки"))
    assert _incident_rules(ws) == {"incident_first_notice", "incident_second_notice"}
    operator.update_operator(ws.uow(), rules_profile="kz-94v", calendar_country="KZ")
    assert _incident_rules(ws) == {"incident_notice"}  # Law 94-V: one notice, 1 working day
    operator.update_operator(ws.uow(), rules_profile="ru-152fz", calendar_country="RU")
    assert _incident_rules(ws) == {"incident_first_notice", "incident_second_notice"}


@pytest.mark.parametrize(
    ("field", "value"),
    [("calendar_country", "DE"), ("rules_profile", "gdpr"), ("timezone", "Mars/Olympus")],
)
def test_a_setting_the_engine_cannot_count_by_is_refused(ws, field, value):
    before = operator.get_operator(ws.uow())
    with pytest.raises(ValidationError) as refused:
        operator.update_operator(ws.uow(), **{field: value})
    assert refused.value.field == field
    assert operator.get_operator(ws.uow()) == before
