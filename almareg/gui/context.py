"""What every tab and dialog is built with: the signed-in workspace and the change bus."""

from __future__ import annotations

from dataclasses import dataclass

from almareg.domain.permissions import Permission, allows
from almareg.gui.change_bus import ChangeBus
from almareg.services.workspace import Workspace


@dataclass
class GuiContext:
    workspace: Workspace
    bus: ChangeBus
    # in the main window a hidden tab reads the register only when shown (a million subjects
    # should not be counted behind the dashboard); a tab built alone reads at once
    defer_until_shown: bool = False

    def can(self, permission: Permission) -> bool:
        """For showing actions by role; the services refuse them anyway."""
        return allows(self.workspace.actor.role, permission)
