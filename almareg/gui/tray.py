"""A tray notification when a deadline falls due while the app runs (where a tray exists)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from almareg.gui.context import GuiContext
from almareg.gui.digest import load_due

log = logging.getLogger(__name__)
CHECK_MS = 5 * 60_000


class DueNotifier(QObject):
    """Every few minutes compares what is due with what was due; tells only about new ones."""

    def __init__(self, ctx: GuiContext, icon: QIcon, locked: Callable[[], bool],
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx, self.locked = ctx, locked
        self.known: set[int] = set()
        self.last_message = ""
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.check)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("almareg")
            self.tray.show()
            self.timer.start()

    def start(self, known: set[int]) -> None:
        """`known`: what the user already saw in the digest at sign-in."""
        self.known = set(known)

    def check(self) -> None:
        """Quiet on failure (logged): a background timer must never pop up error boxes."""
        if self.locked():
            return
        try:
            due = {row.id: row for row in load_due(self.ctx)}
        except Exception:
            log.exception("checking deadlines for the tray failed")
            return
        new = [due[i] for i in due.keys() - self.known]
        self.known = set(due)
        if new:
            self._notify(len(new))

    def _notify(self, count: int) -> None:
        self.last_message = self.tr("%n deadline(s) fell due.").replace("%n", str(count))
        if self.tray is not None:
            self.tray.showMessage(self.tr("almareg"), self.last_message)

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
