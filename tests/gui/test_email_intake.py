"""Dropping an .eml on the Requests tab opens a prefilled register dialog."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from almareg.domain.enums import RequestType
from almareg.gui import dialogs
from almareg.gui.forms.request_form import RequestForm
from almareg.gui.tabs.requests import RequestsTab
from almareg.services import queries
from tests.gui._helpers import add_subject, write_eml


def _drop(tab: RequestsTab, path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tab.dropEvent(event)


def test_a_dropped_withdrawal_email_becomes_a_withdraw_consent_request(qtbot, ctx, ws, tmp_path):
    subject_id = add_subject(ws, "anna.petrova@example.ru")
    tab = RequestsTab(ctx)
    qtbot.addWidget(tab)
    _drop(tab, write_eml(tmp_path, "Anna.Petrova@Example.ru"))
    form = tab.findChildren(RequestForm)[-1]
    assert form.type.value() is RequestType.WITHDRAW_CONSENT
    assert form.subject.subject_id() == subject_id
    assert "letter.eml" in form.attached.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    ids = queries.request_ids(ws.uow(), type=RequestType.WITHDRAW_CONSENT)
    assert len(ids) == 1
    assert queries.request_rows(ws.uow(), ids)[0].subject_id == subject_id
    assert tab.model.rowCount() == 1


def test_a_bad_file_gives_a_readable_message(qtbot, ctx, tmp_path):
    tab = RequestsTab(ctx)
    qtbot.addWidget(tab)
    bad = tmp_path / "empty.eml"
    bad.write_bytes(b"")
    _drop(tab, bad)
    assert not tab.findChildren(RequestForm)
    assert "empty" in dialogs.shown[-1][1]
    assert tab.open_eml(tmp_path / "missing.eml") is None
    assert "missing.eml" in dialogs.shown[-1][1]
