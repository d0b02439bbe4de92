"""The main window's tabs in order: (key, translated title, widget class; Cls(ctx, parent))."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from almareg.gui.models.format import tr
from almareg.gui.tabs.consents import ConsentsTab
from almareg.gui.tabs.dashboard import DashboardTab
from almareg.gui.tabs.deadlines import DeadlinesTab
from almareg.gui.tabs.destruction import DestructionTab
from almareg.gui.tabs.incidents import IncidentsTab
from almareg.gui.tabs.requests import RequestsTab
from almareg.gui.tabs.subjects import SubjectsTab

TABS: list[tuple[str, Callable[[], str], type[QWidget]]] = [
    ("dashboard", lambda: tr("Dashboard"), DashboardTab),
    ("subjects", lambda: tr("Subjects"), SubjectsTab),
    ("consents", lambda: tr("Consents"), ConsentsTab),
    ("requests", lambda: tr("Requests"), RequestsTab),
    ("deadlines", lambda: tr("Deadlines"), DeadlinesTab),
    ("incidents", lambda: tr("Incidents"), IncidentsTab),
    ("destruction", lambda: tr("Destruction"), DestructionTab),
]

__all__ = ["TABS"]
