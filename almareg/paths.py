"""Where resources and registers live, in a checkout, an installed wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "almareg"
REGISTER_SUFFIX = ".almareg"


def resources_dir() -> Path:
    """Resources: in a PyInstaller bundle, force-included in the wheel, or the checkout's."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    packaged = Path(__file__).resolve().parent / "_resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_register_path() -> Path:
    """The embedded default register: one file in the user's data directory."""
    return data_dir() / f"register{REGISTER_SUFFIX}"
