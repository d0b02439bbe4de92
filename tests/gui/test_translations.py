"""The tabs in Russian through the app's own loader, and a Russian .ts with nothing left undone."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from almareg import paths
from almareg.db.types import utcnow
from almareg.domain.enums import Channel, ConsentKind, ConsentStatus, RequestType
from almareg.gui import i18n
from almareg.gui.labels import label, members
from almareg.gui.models.format import days_left
from almareg.gui.tabs.consents import ConsentsTab
from almareg.gui.tabs.requests import RequestsTab
from almareg.services import consents, requests
from tests.gui._helpers import add_subject, give_consent, publish_text

TS = paths.resource("i18n", "almareg_ru.ts")


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    assert i18n.install(qapp, "ru") == "ru"
    yield
    i18n.install(qapp, "en")  # removes the translators again


def _column_texts(tab, title: str) -> list[str]:
    model = tab.model
    horizontal = Qt.Orientation.Horizontal
    titles = [model.headerData(c, horizontal) for c in range(model.columnCount())]
    column = titles.index(title)
    return [model.data(model.index(r, column, QModelIndex())) for r in range(model.rowCount())]


def test_the_requests_tab_speaks_russian(qtbot, ctx, ws, russian):
    subject_id = add_subject(ws)
    received = utcnow()
    data = requests.RequestInput(RequestType.ACCESS, received, subject_id=subject_id)
    requests.register(ws.uow(), data)
    tab = RequestsTab(ctx)
    qtbot.addWidget(tab)
    types = [tab.type_filter.itemText(i) for i in range(tab.type_filter.count())]
    assert "Запрос сведений (ст. 14)" in types
    assert "Запрос Роскомнадзора" in types
    assert types[0] == "Все типы"
    assert _column_texts(tab, "Тип") == ["Запрос сведений (ст. 14)"]
    assert _column_texts(tab, "Статус")[0] == "Зарегистрирован"
    left = _column_texts(tab, "Осталось")
    assert left[0].endswith(" р.д."), left


def test_a_withdrawn_consent_reads_otozvano(qtbot, ctx, ws, russian):
    subject_id = add_subject(ws)
    consent_id = give_consent(ws, subject_id, publish_text(ws))
    consents.withdraw(ws.uow(), consent_id, withdrawn_at=utcnow(), channel=Channel.EMAIL)
    tab = ConsentsTab(ctx)
    qtbot.addWidget(tab)
    assert tab.model.row_at(0).status is ConsentStatus.WITHDRAWN
    assert _column_texts(tab, "Статус") == ["Отозвано"]
    assert _column_texts(tab, "Вид") == ["На обработку"]
    kinds = [tab.kind_filter.itemText(i) for i in range(tab.kind_filter.count())]
    assert "На распространение (ст. 10.1)" in kinds


def test_units_and_overdue_in_russian(russian):
    assert days_left(3, "working_days") == "3 р.д."
    assert days_left(12, "calendar_days") == "12 к.д."
    assert days_left(-5, "hours", overdue=True) == "просрочено 5 ч."


def test_english_stays_english(qtbot, ctx, ws):
    assert label(ConsentKind.DISTRIBUTION) == "Distribution (Art. 10.1)"
    assert label(RequestType.WITHDRAW_CONSENT) == "Withdrawal of consent"
    assert days_left(3, "working_days") == "3 wd"
    assert QCoreApplication.translate("Labels", "Access to data") == "Access to data"


def test_every_member_of_the_shown_enums_has_a_name():
    from almareg.domain import enums

    shown = (
        enums.RequestType,
        enums.RequestStatus,
        enums.ConsentKind,
        enums.ConsentStatus,
        enums.SubjectStatus,
        enums.Channel,
        enums.DeadlineState,
        enums.IncidentStatus,
        enums.Role,
        enums.AuditAction,
    )
    for enum_type in shown:
        assert set(members(enum_type)) == {m.value for m in enum_type}, enum_type


def test_the_russian_ts_has_no_unfinished_message():
    root = ET.parse(TS).getroot()
    unfinished = [
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_a_withdrawal_deadline_names_the_consent_in_russian(ws, russian):
    from almareg.gui.tabs.deadlines import source_text
    from almareg.services import deadlines

    subject_id = add_subject(ws)
    consent_id = give_consent(ws, subject_id, publish_text(ws))
    consents.withdraw(ws.uow(), consent_id, withdrawn_at=utcnow(), channel=Channel.EMAIL)
    [row] = [r for r in deadlines.outstanding(ws.uow()) if r.source == "consent"]
    assert row.detail == "processing"  # the kind as data, not parsed out of an English label
    assert source_text(row) == f"Согласие №{consent_id} — на обработку"
