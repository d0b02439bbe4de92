"""Credentials for headless use: from the environment, else from a prompt, never from argv."""

from __future__ import annotations

import getpass
import os
import sys
from argparse import Namespace
from pathlib import Path

from almareg.errors import AlmaregError
from almareg.paths import default_register_path
from almareg.services import workspace
from almareg.services.workspace import Workspace


def register_path(args: Namespace) -> Path:
    return Path(args.register).expanduser() if args.register else default_register_path()


def secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from `env`, or typed at a terminal; a script without either gets a clear error."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise AlmaregError(f"set {env} or run in a terminal to type the {prompt.lower()}")
    value = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} again: ") != value:
        raise AlmaregError("the two entries differ")
    return value


def username(args: Namespace) -> str:
    name = args.user or os.environ.get("ALMAREG_USER")
    if name:
        return name
    if not sys.stdin.isatty():
        raise AlmaregError("name the user with --user or ALMAREG_USER")
    return input("User: ").strip()


def open_workspace(args: Namespace) -> Workspace:
    path = register_path(args)
    name = username(args)
    return workspace.open(path, username=name, password=secret("ALMAREG_PASSWORD", "Password"))
