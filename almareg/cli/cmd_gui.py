"""Start the desktop application; Qt is imported only when the GUI is asked for."""

from __future__ import annotations

from argparse import Namespace

from almareg.cli.session import register_path


def run(args: Namespace) -> int:
    from almareg.app import run_gui

    return run_gui(register_path(args), args.user)
