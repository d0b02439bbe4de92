"""One signal every view listens to: a service's Changes, published after each operation."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from almareg.domain.changes import Changes


class ChangeBus(QObject):
    """Views refresh only when `changes.touches(...)` what they show (Anki's OpChanges)."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes.areas:
            self.changed.emit(changes)
