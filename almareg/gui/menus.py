"""The main window's menus and shortcuts, declared in one place (Picard's action registry)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from almareg.domain.permissions import Permission
from almareg.gui import dialogs
from almareg.gui.operations import Failed, run_op, run_query
from almareg.services import audit
from almareg.services import backup as backups

if TYPE_CHECKING:
    from almareg.gui.main_window import MainWindow

Std = QKeySequence.StandardKey
ALWAYS_ON = frozenset({"quit", "lock"})  # stay enabled while locked
Shortcut = QKeySequence | Std | str | None


def _service_exists(name: str) -> bool:
    return importlib.util.find_spec(f"almareg.services.{name}") is not None


def _forward(method: str) -> Callable[[], None]:
    """Edit actions act on whatever widget has the focus, if it knows how."""

    def run() -> None:
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    return run


def build_menus(window: MainWindow) -> dict[str, QAction]:
    return Menus(window).actions


class Menus(QObject):
    """A QObject so that self.tr() gives the same context to lupdate and at run time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.actions: dict[str, QAction] = {}
        self._file()
        self._edit()
        self._view()
        self._tools()
        help_menu = self._menu(self.tr("&Help"))
        self.add(help_menu, "about", self.tr("&About almareg"), window.about)

    def _menu(self, title: str) -> QMenu:
        menu = self.w.menuBar().addMenu(title)
        menu.setToolTipsVisible(True)
        return menu

    def add(self, menu: QMenu, key: str, text: str, slot: Callable[[], object] | None,
            shortcut: Shortcut = None) -> QAction:  # fmt: skip
        action = QAction(text, self.w, objectName=f"action_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        self.w.addAction(action)  # shortcuts work even while the menu bar is not in use
        self.actions[key] = action
        return action

    def _coming(self, action: QAction) -> None:
        action.setEnabled(False)
        action.setToolTip(self.tr("Coming in a later version"))
        action.setStatusTip(action.toolTip())

    def _file(self) -> None:
        w, menu = self.w, self._menu(self.tr("&File"))
        self.add(menu, "new", self.tr("&New register…"), w.new_register_requested.emit, Std.New)
        self.add(menu, "open", self.tr("&Open…"), w.open_register_requested.emit, Std.Open)
        menu.addSeparator()
        backup = self.add(menu, "backup", self.tr("&Backup…"), self.backup)
        backup.setEnabled(w.ctx.can(Permission.BACKUP))
        self._coming(self.add(menu, "export", self.tr("&Export…"), None))
        menu.addSeparator()
        self.add(menu, "lock", self.tr("&Lock"), w.lock, "Ctrl+L")
        self.add(menu, "quit", self.tr("&Quit"), w.close, Std.Quit)

    def _edit(self) -> None:
        menu = self._menu(self.tr("&Edit"))
        self.add(menu, "cut", self.tr("Cu&t"), _forward("cut"))
        self.add(menu, "copy", self.tr("&Copy"), _forward("copy"))
        self.add(menu, "paste", self.tr("&Paste"), _forward("paste"))
        self.add(menu, "select_all", self.tr("Select &all"), _forward("selectAll"))

    def _view(self) -> None:
        w, menu = self.w, self._menu(self.tr("&View"))
        for i in range(min(w.tabs.count(), 9)):
            # triggered(bool) passes `checked` first: a bare `lambda i=i` received False, tab 0
            show = lambda _checked=False, i=i: w.tabs.setCurrentIndex(i)  # noqa: E731
            self.add(menu, f"tab_{i + 1}", w.tabs.tabText(i), show, f"Ctrl+{i + 1}")
        menu.addSeparator()
        digest = self.add(menu, "digest", self.tr("&Due today…"), None, "F7")
        digest.triggered.connect(lambda: w.show_digest(only_if_due=False))
        self.add(menu, "refresh", self.tr("&Refresh"), w.refresh_all, Std.Refresh)

    def _tools(self) -> None:
        from almareg.gui.admin import (
            open_consent_texts,
            open_overrides,
            open_settings,
            open_users,
        )

        w, menu = self.w, self._menu(self.tr("&Tools"))
        users = self.add(menu, "users", self.tr("&Users…"), lambda: open_users(w, w.ctx))
        users.setEnabled(w.ctx.can(Permission.USERS))
        settings = self.add(menu, "settings", self.tr("&Settings…"), None, Std.Preferences)
        settings.triggered.connect(lambda: open_settings(w, w.ctx))
        overrides = self.add(menu, "overrides", self.tr("&Calendar overrides…"), None)
        overrides.triggered.connect(lambda: open_overrides(w, w.ctx))
        if not _service_exists("calendar_overrides"):
            self._coming(overrides)
        texts = self.add(menu, "consent_texts", self.tr("Consent &texts…"), None)
        texts.triggered.connect(lambda: open_consent_texts(w, w.ctx))
        menu.addSeparator()
        verify = self.add(menu, "verify_audit", self.tr("&Verify audit trail…"), self.verify_audit)
        verify.setEnabled(w.ctx.can(Permission.AUDIT))

    def backup(self) -> None:
        w, ws = self.w, self.w.ctx.workspace
        suggested = ws.path.with_name(f"{ws.path.stem}-{date.today():%Y-%m-%d}{ws.path.suffix}")
        path = dialogs.save_file(w, self.tr("Back up the register"), str(suggested),
                                 self.tr("almareg registers (*.almareg)"))  # fmt: skip
        if not path:
            return
        try:
            target = run_op(w, w.ctx.bus, backups.make_backup, ws, Path(path))
        except Failed:
            return
        text = self.tr("The backup was written and verified:\n%1\n\nKeep it with its key file %2.")
        dialogs.info(w, self.tr("Backup"), text.replace("%1", str(target))
                     .replace("%2", target.name + "-keys"))  # fmt: skip

    def verify_audit(self) -> None:
        w = self.w
        try:
            report = run_query(w, audit.verify, w.ctx.workspace.uow())
        except Failed:
            return
        if report.ok:
            text = self.tr("The audit trail is intact: %1 entries checked.")
            dialogs.info(w, self.tr("Audit trail"), text.replace("%1", str(report.entries)))
            return
        text = self.tr("The audit trail is BROKEN at entry %1: %2.")
        broken = report.broken
        text = text.replace("%1", str(broken.entry_id)).replace("%2", broken.reason)
        dialogs.error(w, self.tr("Audit trail"), text)
