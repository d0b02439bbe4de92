"""The first-run wizard creates a register end to end, through its widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWizard

from almareg.gui.wizards.first_run import FirstRunWizard
from almareg.services import operator, workspace
from tests.conftest import FAST_KDF, PASSWORD


def _type(wizard: FirstRunWizard, name: str, text: str) -> None:
    edit = wizard.findChild(QLineEdit, name)
    assert edit is not None, name
    edit.setText(text)


def _fill_operator(wizard: FirstRunWizard, email: str = "dpo@romashka.ru") -> None:
    _type(wizard, "operator_name", "ООО «Ромашка»")
    _type(wizard, "operator_address", "Москва, ул. Ленина, 1")
    _type(wizard, "operator_inn", "7701234567")
    _type(wizard, "operator_ogrn", "1027700000001")
    _type(wizard, "operator_responsible", "Иванова А. П.")
    _type(wizard, "operator_email", email)
    _type(wizard, "operator_policy_url", "https://romashka.ru/privacy")
    _type(wizard, "operator_policy_version", "2.1")
    wizard.findChild(QComboBox, "operator_timezone").setCurrentText("Asia/Yekaterinburg")


def _fill_admin(wizard: FirstRunWizard, again: str = PASSWORD) -> None:
    _type(wizard, "admin_username", "boss")
    _type(wizard, "admin_full_name", "Пётр Петров")
    _type(wizard, "admin_password", PASSWORD)
    _type(wizard, "admin_password_again", again)


def _wizard(qtbot, tmp_path) -> FirstRunWizard:
    wizard = FirstRunWizard(tmp_path / "new.almareg", kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_wizard_creates_a_register_that_opens_with_the_password(qtbot, tmp_path):
    wizard = _wizard(qtbot, tmp_path)
    _fill_operator(wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.admin_page
    _fill_admin(wizard)
    assert wizard.findChild(QLabel, "password_strength").text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.recovery_page
    key = wizard.findChild(QLineEdit, "recovery_key").text()
    assert key and key == wizard.created.recovery_key
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.findChild(QCheckBox, "recovery_stored").setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    wizard.created.workspace.close()
    with workspace.open(tmp_path / "new.almareg", username="boss", password=PASSWORD) as ws:
        stored = operator.get_operator(ws.uow())
    assert (stored.name, stored.inn, stored.timezone) == (
        "ООО «Ромашка»",
        "7701234567",
        "Asia/Yekaterinburg",
    )
    assert stored.contact_email == "dpo@romashka.ru"


def test_bad_email_keeps_the_operator_page_open_and_says_why(qtbot, tmp_path):
    wizard = _wizard(qtbot, tmp_path)
    _fill_operator(wizard, email="not-an-email")
    wizard.next()
    assert wizard.currentPage() is wizard.operator_page
    assert "contact_email" in wizard.findChild(QLabel, "operator_error").text()
    assert not (tmp_path / "new.almareg").exists()


def test_passwords_that_differ_create_nothing(qtbot, tmp_path):
    wizard = _wizard(qtbot, tmp_path)
    _fill_operator(wizard)
    wizard.next()
    _fill_admin(wizard, again="something else entirely")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    assert wizard.created is None
    assert not (tmp_path / "new.almareg").exists()


def test_recovery_key_can_be_saved_as_a_text_file(qtbot, tmp_path):
    wizard = _wizard(qtbot, tmp_path)
    _fill_operator(wizard)
    wizard.next()
    _fill_admin(wizard)
    wizard.next()
    target = tmp_path / "key.txt"
    wizard.recovery_page.save_to(target)
    assert wizard.created.recovery_key in target.read_text(encoding="utf-8")
    assert target.stat().st_mode & 0o077 == 0
    wizard.created.workspace.close()
