"""Subject dialogs and the card: inline validation, service errors at the field, unsaved changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from almareg.gui import dialogs
from almareg.gui.cards.subject_card import SubjectCard
from almareg.gui.forms.consent_form import ConsentForm
from almareg.gui.tabs.subjects import SubjectsTab
from almareg.services import audit, queries
from tests.gui._helpers import add_subject, give_consent, publish_text, subject_count


def _tab(qtbot, ctx) -> SubjectsTab:
    tab = SubjectsTab(ctx)
    qtbot.addWidget(tab)
    return tab


def test_invalid_phone_is_explained_at_the_field_and_nothing_is_written(qtbot, ctx, ws):
    before = subject_count(ws)
    form = _tab(qtbot, ctx).new_subject()
    form.last_name.setText("Иванова")
    form.first_name.setText("Мария")
    qtbot.keyClicks(form.phones, "12345")
    assert not form.save_button.isEnabled()
    assert form.fields["phones"].property("invalid") is True
    assert "phone" in form.errors["phones"].text()
    assert not form.errors["phones"].isHidden()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    form.accept()
    assert form.isVisible()
    assert subject_count(ws) == before


def test_a_valid_subject_is_saved_and_the_table_refreshes(qtbot, ctx, ws):
    tab = _tab(qtbot, ctx)
    form = tab.new_subject()
    form.last_name.setText("Иванова")
    form.first_name.setText("Мария")
    qtbot.keyClicks(form.phones, "+7 916 123-45-67")
    qtbot.keyClicks(form.emails, "maria@example.ru")
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert subject_count(ws) == 1
    assert tab.model.rowCount() == 1
    assert tab.model.row_at(0).phone == "+79161234567"


def test_a_refusal_from_the_service_marks_its_field(qtbot, ctx, ws):
    form = _tab(qtbot, ctx).new_subject()
    form.last_name.setText("Иванова")
    form.first_name.setText("Мария")
    form.note.setPlainText("x" * 5000)  # only the service limits the note
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.fields["note"].property("invalid") is True
    assert "4000" in form.errors["note"].text()
    assert subject_count(ws) == 0


def test_closing_with_unsaved_changes_asks_first(qtbot, ctx):
    form = _tab(qtbot, ctx).new_subject()
    form.last_name.setText("Иванова")
    dialogs.set_next_answer(QMessageBox.StandardButton.No)
    form.reject()
    assert form.isVisible()
    dialogs.set_next_answer(QMessageBox.StandardButton.Yes)
    form.reject()
    assert not form.isVisible()


def test_the_card_is_audited_and_shows_consents_timeline_and_no_letters(qtbot, ctx, ws):
    subject_id = add_subject(ws)
    give_consent(ws, subject_id, publish_text(ws))
    tab = _tab(qtbot, ctx)
    card = tab.open_card(subject_id)
    assert isinstance(card, SubjectCard)
    assert any(e.action == "view" for e in audit.subject_timeline(ws.uow(), subject_id))
    assert card.consents.rowCount() == 1
    assert card.timeline.rowCount() >= 3  # collected, consent recorded, viewed
    assert "none yet" in card.findChild(object, "card_letters").text()
    assert "anna.petrova@example.ru" in [w.text() for w in card.findChildren(type(card.heading))]


def test_the_consent_form_records_against_a_published_text(qtbot, ctx, ws):
    subject_id = add_subject(ws)
    publish_text(ws)
    form = ConsentForm(ctx, subject_id)
    qtbot.addWidget(form)
    form.open()
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert len(queries.consent_ids(ws.uow(), subject_id=subject_id)) == 1


def test_the_consent_form_refuses_without_a_subject(qtbot, ctx, ws):
    publish_text(ws)
    form = ConsentForm(ctx)
    qtbot.addWidget(form)
    assert not form.save_button.isEnabled()
    assert not form.errors["subject"].isHidden()


def test_enter_saves_a_valid_form_and_never_cancels_an_invalid_one(qtbot, ctx, ws):
    form = _tab(qtbot, ctx).new_subject()
    form.last_name.setText("Иванова")
    qtbot.keyClick(form.last_name, Qt.Key.Key_Return)  # first name still missing
    assert form.isVisible() and subject_count(ws) == 0
    form.first_name.setText("Мария")
    qtbot.keyClick(form.first_name, Qt.Key.Key_Return)
    assert not form.isVisible()
    assert subject_count(ws) == 1
