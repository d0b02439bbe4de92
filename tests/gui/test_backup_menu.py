"""File > Backup writes a verified copy; cancelling writes nothing; staff do not see it enabled."""

from __future__ import annotations

from almareg.domain.enums import Role
from almareg.gui import dialogs
from almareg.gui.change_bus import ChangeBus
from almareg.gui.context import GuiContext
from almareg.gui.main_window import MainWindow
from almareg.services import workspace
from tests.conftest import ADMIN, PASSWORD, open_as


def test_backup_menu_writes_a_copy_that_opens(window, tmp_path):
    target = tmp_path / "copies" / "friday.almareg"
    dialogs.set_next_path(str(target))
    window.actions_by_key["backup"].trigger()
    assert target.is_file()
    assert any("verified" in text for _title, text in dialogs.shown)
    with workspace.open(target, username=ADMIN, password=PASSWORD) as copy:
        assert copy.actor.username == ADMIN


def test_cancelling_the_backup_dialog_writes_nothing(window, tmp_path):
    dialogs.set_next_path(None)
    window.actions_by_key["backup"].trigger()
    assert list(tmp_path.glob("**/*-keys")) == [tmp_path / "register.almareg-keys"]


def test_staff_cannot_start_a_backup(qtbot, ws):
    staff = open_as(ws, "clerk", Role.STAFF)
    main = MainWindow(GuiContext(staff, ChangeBus()))
    qtbot.addWidget(main)
    assert not main.actions_by_key["backup"].isEnabled()
    staff.close()
