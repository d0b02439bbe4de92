"""Administration dialogs: users, operator settings, calendar overrides, consent texts."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from almareg.gui.context import GuiContext


def open_users(parent: QWidget, ctx: GuiContext) -> None:
    from almareg.gui.admin.users import UsersDialog

    UsersDialog(ctx, parent).exec()


def open_settings(parent: QWidget, ctx: GuiContext) -> None:
    from almareg.gui.admin.operator_settings import SettingsDialog

    SettingsDialog(ctx, parent).exec()


def open_overrides(parent: QWidget, ctx: GuiContext) -> None:
    from almareg.gui.admin.overrides import OverridesDialog

    OverridesDialog(ctx, parent).exec()


def open_consent_texts(parent: QWidget, ctx: GuiContext) -> None:
    from almareg.gui.admin.consent_texts import ConsentTextsDialog

    ConsentTextsDialog(ctx, parent).exec()
