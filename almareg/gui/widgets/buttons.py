"""Enter means the dialog's main action, never Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QPushButton


def make_primary(box: QDialogButtonBox, primary: QAbstractButton) -> None:
    """Qt hands "default" to the first enabled auto-default button, which is Cancel while Save
    waits for valid input: Enter then threw away what was typed. Only `primary` answers Enter;
    while it is disabled, Enter does nothing."""
    for button in box.buttons():
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
            button.setDefault(button is primary)


def accept_cancel(
    dialog: QDialog, primary: QDialogButtonBox.StandardButton
) -> tuple[QDialogButtonBox, QAbstractButton]:
    """`primary` and Cancel wired to the dialog's accept()/reject(), Enter on `primary` only."""
    box = QDialogButtonBox(primary | QDialogButtonBox.StandardButton.Cancel, dialog)
    main = box.button(primary)
    make_primary(box, main)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, main
