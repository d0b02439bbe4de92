"""The main window's tabs in order: (key, translated title, widget class; Cls(ctx, parent))."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from almareg.gui.tabs.consents import ConsentsTab
from almareg.gui.tabs.dashboard import DashboardTab
from almareg.gui.tabs.deadlines import DeadlinesTab
from almareg.gui.tabs.destruction import DestructionTab
from almareg.gui.tabs.incidents import IncidentsTab
from almareg.gui.tabs.requests import RequestsTab
from almareg.gui.tabs.subjects import SubjectsTab

TABS: list[tuple[str, Callable[[], str], type[QWidget]]] = [
    ("dashboard", lambda: QCoreApplication.translate("Tabs", "Dashboard"), DashboardTab),
    ("subjects", lambda: QCoreApplication.translate("Tabs", "Subjects"), SubjectsTab),
    ("consents", lambda: QCoreApplication.translate("Tabs", "Consents"), ConsentsTab),
    ("requests", lambda: QCoreApplication.translate("Tabs", "Requests"), RequestsTab),
    ("deadlines", lambda: QCoreApplication.translate("Tabs", "Deadlines"), DeadlinesTab),
    ("incidents", lambda: QCoreApplication.translate("Tabs", "Incidents"), IncidentsTab),
    ("destruction", lambda: QCoreApplication.translate("Tabs", "Destruction"), DestructionTab),
]

__all__ = ["TABS"]
