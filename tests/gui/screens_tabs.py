"""Look at the tabs: fill a register with demo data, grab each tab to a PNG.

Run: QT_QPA_PLATFORM=offscreen uv run python tests/gui/screens_tabs.py [subjects] [--lang ru]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget

from almareg.db.vault import KdfParams
from almareg.gui import i18n
from almareg.gui.change_bus import ChangeBus
from almareg.gui.context import GuiContext
from almareg.gui.tabs import TABS
from almareg.services import demo, workspace

OUT = Path("/tmp/almareg-shots/tabs")


def main(count: int, lang: str = "en") -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    i18n.install(app, lang)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        created = workspace.create(
            Path(tmp) / "r.almareg",
            operator_name="ООО «Ромашка»",
            admin_username="admin",
            admin_password="password123",
            kdf=KdfParams(time_cost=1, memory_cost=8192, parallelism=1),
        )
        ws = created.workspace
        demo.fill(ws, subjects_count=count)
        ctx = GuiContext(ws, ChangeBus())
        tabs = QTabWidget()
        tabs.resize(1280, 800)
        for _key, title, cls in TABS:
            tabs.addTab(cls(ctx), title())
        tabs.show()
        for index, (key, _title, _cls) in enumerate(TABS):
            tabs.setCurrentIndex(index)
            app.processEvents()
            tabs.grab().save(str(OUT / f"{index}_{key}.png"))
        card = tabs.widget(1).open_card(tabs.widget(1).model.id_at(0))
        app.processEvents()
        card.grab().save(str(OUT / "card.png"))
        form = tabs.widget(3).register()
        app.processEvents()
        form.grab().save(str(OUT / "request_form.png"))
        ws.close()
    print("saved to", OUT)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("subjects", nargs="?", type=int, default=2000)
    parser.add_argument("--lang", default="en", choices=("en", "ru"))
    arguments = parser.parse_args()
    main(arguments.subjects, arguments.lang)
