"""Small form pieces shared by the wizard and the settings dialog."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel

DEFAULT_TZ = "Europe/Moscow"


def error_label(name: str) -> QLabel:
    """The inline red line under a form that says what is wrong; hidden while empty."""
    label = QLabel(objectName=name, wordWrap=True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def timezone_combo(current: str = DEFAULT_TZ) -> QComboBox:
    combo = QComboBox(objectName="operator_timezone", editable=True)
    combo.addItems(sorted(z for z in available_timezones() if "/" in z))
    combo.setCurrentText(current or DEFAULT_TZ)
    return combo


def operator_labels() -> dict[str, str]:
    """Form labels for operator fields, shared by the wizard and the settings dialog."""

    return {
        "name": QCoreApplication.translate("OperatorForm", "Name *"),
        "short_name": QCoreApplication.translate("OperatorForm", "Short name"),
        "address": QCoreApplication.translate("OperatorForm", "Address"),
        "inn": QCoreApplication.translate("OperatorForm", "INN"),
        "ogrn": QCoreApplication.translate("OperatorForm", "OGRN"),
        "responsible_person": QCoreApplication.translate("OperatorForm", "Responsible person"),
        "contact_email": QCoreApplication.translate("OperatorForm", "Contact e-mail"),
        "contact_phone": QCoreApplication.translate("OperatorForm", "Phone"),
        "website": QCoreApplication.translate("OperatorForm", "Website"),
        "policy_url": QCoreApplication.translate("OperatorForm", "Privacy policy URL"),
        "policy_version": QCoreApplication.translate("OperatorForm", "Policy version"),
        "timezone": QCoreApplication.translate("OperatorForm", "Time zone"),
    }
