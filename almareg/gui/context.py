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

    def can(self, permission: Permission) -> bool:
        """For showing actions by role; the services refuse them anyway."""
        return allows(self.workspace.actor.role, permission)
