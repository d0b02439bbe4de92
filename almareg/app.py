"""The one place that wires the register, the services and the GUI together."""

from __future__ import annotations

from pathlib import Path


def run_gui(register: Path, user: str | None) -> int:
    """Import Qt only here, so headless commands never load it."""
    from almareg.gui.application import run

    return run(register, user)
