"""The tabs over a real register: the TABS contract, refresh by area, roles, deadlines, calendar."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from almareg.domain.changes import Area, Changes
from almareg.domain.enums import ConsentStatus
from almareg.gui.change_bus import ChangeBus
from almareg.gui.context import GuiContext
from almareg.gui.tabs import TABS
from almareg.gui.tabs.consents import ConsentsTab
from almareg.gui.tabs.dashboard import DashboardTab
from almareg.gui.tabs.deadlines import DeadlinesTab
from almareg.gui.tabs.incidents import IncidentsTab
from almareg.gui.tabs.requests import RequestsTab
from almareg.services import queries
from tests.gui._helpers import add_subject, give_consent, publish_text


def _build(qtbot, cls, ctx):
    tab = cls(ctx)
    qtbot.addWidget(tab)
    return tab


def test_tabs_come_in_order_with_titles_and_object_names(qtbot, ctx):
    keys = [key for key, _title, _cls in TABS]
    assert keys == [
        "dashboard",
        "subjects",
        "consents",
        "requests",
        "deadlines",
        "incidents",
        "destruction",
    ]
    for key, title, cls in TABS:
        assert title()
        assert _build(qtbot, cls, ctx).objectName() == f"tab_{key}"


def test_recording_then_withdrawing_a_consent_puts_a_deadline_on_the_deadlines_tab(qtbot, ctx, ws):
    subject_id = add_subject(ws)
    publish_text(ws)
    deadlines_tab = _build(qtbot, DeadlinesTab, ctx)
    consents_tab = _build(qtbot, ConsentsTab, ctx)
    form = consents_tab.record(subject_id)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert consents_tab.model.rowCount() == 1
    before = deadlines_tab.model.rowCount()
    consents_tab.table.selectRow(0)
    withdraw = consents_tab.withdraw()
    qtbot.mouseClick(withdraw.save_button, Qt.MouseButton.LeftButton)
    assert consents_tab.model.row_at(0).status is ConsentStatus.WITHDRAWN
    assert deadlines_tab.model.rowCount() == before + 1
    rules = [deadlines_tab.model.row_at(i).rule_id for i in range(deadlines_tab.model.rowCount())]
    assert "consent_withdrawn_destroy" in rules


def test_a_tab_refreshes_only_for_the_areas_it_shows(qtbot, ctx, ws):
    tab = _build(qtbot, IncidentsTab, ctx)
    calls = []
    tab.model.modelReset.connect(lambda: calls.append(1))
    ctx.bus.publish(Changes(frozenset({Area.USERS})))
    assert calls == []
    ctx.bus.publish(Changes(frozenset({Area.INCIDENTS})))
    assert calls == [1]


def test_clicking_a_calendar_day_filters_the_deadlines(qtbot, ctx, ws):
    subject_id = add_subject(ws)
    consent_id = give_consent(ws, subject_id, publish_text(ws))
    from almareg.db.types import utcnow
    from almareg.domain.enums import Channel
    from almareg.services import consents

    consents.withdraw(ws.uow(), consent_id, withdrawn_at=utcnow(), channel=Channel.EMAIL)
    tab = _build(qtbot, DeadlinesTab, ctx)
    assert tab.model.rowCount() == 1
    due = tab.model.row_at(0).due_date
    assert tab.calendar.dateTextFormat(QDate(due)).fontUnderline()
    tab.show_day(QDate(due).addDays(1))
    assert tab.model.rowCount() == 0
    tab.show_day(QDate(due))
    assert tab.model.rowCount() == 1
    tab.findChild(QPushButton, "all_days").click()
    assert tab.model.rowCount() == 1


def test_actions_appear_by_role(qtbot, staff_ws):
    ctx = GuiContext(staff_ws, ChangeBus())
    requests_tab = _build(qtbot, RequestsTab, ctx)
    assert not requests_tab.findChild(QPushButton, "register_inquiry").isVisibleTo(requests_tab)
    assert requests_tab.findChild(QPushButton, "register_request").isVisibleTo(requests_tab)
    incidents_tab = _build(qtbot, IncidentsTab, ctx)
    assert not incidents_tab.findChild(QPushButton, "record_incident").isVisibleTo(incidents_tab)


def test_a_regulator_inquiry_and_an_incident_are_registered_from_their_tabs(qtbot, ctx, ws):
    requests_tab = _build(qtbot, RequestsTab, ctx)
    form = requests_tab.register_inquiry()
    assert not form.save_button.isEnabled()
    form.regulator_name.setText("Управление Роскомнадзора по г. Москве")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert requests_tab.model.rowCount() == 1
    assert requests_tab.model.row_at(0).days_unit == "working_days"
    requests_tab.scope.setCurrentIndex(1)  # subjects' requests only
    assert requests_tab.model.rowCount() == 0
    incidents_tab = _build(qtbot, IncidentsTab, ctx)
    incident = incidents_tab.record()
    incident.description.setPlainText("Leak of the site's order export")
    qtbot.mouseClick(incident.save_button, Qt.MouseButton.LeftButton)
    row = incidents_tab.model.row_at(0)
    assert row.first_due is not None and row.second_due is not None
    assert 0 < row.hours_left <= 24


def test_the_dashboard_counts_and_charts(qtbot, ctx, ws):
    add_subject(ws)
    tab = _build(qtbot, DashboardTab, ctx)
    assert tab.counts.subjects == {"active": 1}
    assert len(tab.counts.requests_per_month) == 12
    assert "Active" in tab.boxes["subjects"].text()
    assert len(tab.chart.series()) == 1


def test_a_status_change_from_the_requests_tab(qtbot, ctx, ws):
    subject_id = add_subject(ws)
    tab = _build(qtbot, RequestsTab, ctx)
    form = tab.register()
    form.subject.set_subject(subject_id)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    tab.table.selectRow(0)
    status = tab.change_status()
    status.status.setCurrentIndex(status.status.findData("response_sent"))
    qtbot.mouseClick(status.save_button, Qt.MouseButton.LeftButton)
    assert tab.model.row_at(0).status.value == "response_sent"
    assert tab.model.row_at(0).due_at is None
    assert queries.request_ids(ws.uow(), subject_id=subject_id)
