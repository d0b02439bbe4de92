"""GUI benchmark on a big register (build it first with build_million.py).

    uv run python tests/bench/bench_gui_million.py [--register /tmp/almareg-1m.almareg]

Targets (issue 4): login to the Subjects tab showing its first rows < 1 s; jump to the last row
< 1 s; a search result on screen < 200 ms (the service query itself p95 < 50 ms); resident
memory < 400 MB. Runs offscreen; "on screen" means the view painted once after the change.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from almareg.domain import calendar
from almareg.gui.change_bus import ChangeBus
from almareg.gui.context import GuiContext
from almareg.gui.main_window import MainWindow
from almareg.services import queries, workspace
from tests.bench.bench_register import realistic_queries

ADMIN, PASSWORD = "admin", "benchmark password"


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size in MiB, from /proc."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def painted(app: QApplication, widget: QWidget) -> None:
    widget.repaint()
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--register", type=Path, default=Path("/tmp/almareg-1m.almareg"))
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    app = QApplication([])
    calendar.warm_up()  # the app does this while its login dialog waits for the password
    started = time.perf_counter()
    ws = workspace.open(args.register, username=ADMIN, password=PASSWORD)
    unlocked = time.perf_counter()
    window = MainWindow(GuiContext(ws, ChangeBus()))
    window.resize(1280, 800)
    tab = window.findChild(QWidget, "tab_subjects")
    window.tabs.setCurrentWidget(tab)
    window.show()
    model = tab.model
    first = model.data(model.index(0, 0))
    painted(app, tab.table)
    shown = time.perf_counter()
    print(
        f"login -> Subjects tab, first row {first!r}: {shown - started:.3f} s "
        f"(unlock incl. Argon2id {unlocked - started:.3f} s, window {shown - unlocked:.3f} s)"
    )
    print(f"rows: {model.rowCount():,}")

    t = time.perf_counter()
    tab.table.scrollToBottom()
    last = model.data(model.index(model.rowCount() - 1, 0))
    painted(app, tab.table)
    print(f"jump to last row {last!r}: {time.perf_counter() - t:.3f} s")

    searches = realistic_queries(args.queries, 1_000_000, 152)
    t = time.perf_counter()
    tab.set_filter("search", searches[0])
    painted(app, tab.table)
    print(
        f"search {searches[0]!r} on screen ({model.rowCount()} rows): "
        f"{(time.perf_counter() - t) * 1000:.0f} ms"
    )
    fts, tab_path = [], []
    for text in searches:
        t = time.perf_counter()
        queries.search_subject_ids(ws.uow(), text, limit=queries.SEARCH_LIMIT)
        fts.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()  # what the Subjects tab asks: the sorted hits, then a page
        hits = queries.subject_ids(ws.uow(), search=text, sort=("last_name", True))
        queries.subject_rows(ws.uow(), hits[:200])
        tab_path.append((time.perf_counter() - t) * 1000)
    for name, timings in (("FTS query", fts), ("sorted hits + first page", tab_path)):
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(
            f"service {name}: p50 {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms "
            f"over {len(timings)} queries"
        )
    screen = []
    for text in random.Random(7).sample(searches, 20):
        t = time.perf_counter()
        tab.set_filter("search", text)
        painted(app, tab.table)
        screen.append((time.perf_counter() - t) * 1000)
    print(f"search on screen: p50 {statistics.median(screen):.0f} ms, max {max(screen):.0f} ms")
    current, peak = rss_mb()
    print(f"resident memory: {current:.0f} MiB now, {peak:.0f} MiB peak")
    window.close()
    ws.close()


if __name__ == "__main__":
    main()
