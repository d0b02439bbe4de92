"""Tools > Consent texts: each form has v1.0 from the start; versions are added, not edited."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from almareg.domain.enums import ConsentKind, Role
from almareg.gui import dialogs
from almareg.gui.admin.consent_texts import ConsentTextsDialog
from almareg.gui.change_bus import ChangeBus
from almareg.gui.context import GuiContext
from almareg.services import consent_texts
from tests.conftest import OPERATOR, open_as


def test_a_new_register_has_version_one_of_every_consent_form(ws):
    texts = consent_texts.list_texts(ws.uow())
    assert sorted(t.kind for t in texts) == sorted(ConsentKind)
    assert all(t.version == "1.0" and OPERATOR in t.body for t in texts)


def test_publishing_a_version_adds_a_row_and_a_duplicate_is_refused(qtbot, ctx):
    dialog = ConsentTextsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(ConsentKind)
    form = dialog.publish()
    form.version.setText("1.1")
    form.title.setText("Согласие на обработку персональных данных")
    form.body.setPlainText("Новая редакция текста согласия.")
    form.save()
    assert dialog.table.rowCount() == len(ConsentKind) + 1
    again = dialog.publish()
    again.version.setText("1.1")
    again.title.setText("Повтор")
    again.body.setPlainText("Другой текст.")
    again.save()
    assert again.isVisible() or again.result() == 0  # stays open with what was typed
    assert "exists" in dialogs.shown[-1][1]
    assert dialog.table.rowCount() == len(ConsentKind) + 1


def test_staff_see_the_texts_but_cannot_publish(qtbot, ws):
    staff = open_as(ws, "clerk", Role.STAFF)
    dialog = ConsentTextsDialog(GuiContext(staff, ChangeBus()))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(ConsentKind)
    assert not dialog.findChild(QPushButton, "consent_text_new").isEnabled()
    staff.close()
