"""Every table model passes Qt's model tester; rows arrive in chunks; sorting re-asks the source."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from almareg.gui.models.lazy_table import CHUNK, ID_ROLE, Column, LazyTableModel
from almareg.gui.tabs import TABS
from almareg.gui.tabs.subjects import SubjectsTab
from almareg.services import demo

_ALIVE: list[object] = []


@pytest.fixture
def filled(ws):
    demo.fill(ws, subjects_count=60)
    return ws


@pytest.mark.parametrize("key", [key for key, _t, _c in TABS])
def test_every_tab_model_passes_the_model_tester(qtbot, qtmodeltester, ctx, filled, key):
    cls = dict((k, c) for k, _t, c in TABS)[key]
    tab = cls(ctx)
    _ALIVE.append(tab)  # the tester disconnects from the model after the test: keep it alive
    qtmodeltester.check(tab.model, force_py=True)
    tab.model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(tab.model, force_py=True)


def test_the_subject_card_models_pass_the_model_tester(qtbot, qtmodeltester, ctx, filled):
    tab = SubjectsTab(ctx)
    _ALIVE.append(tab)
    card = tab.open_card(tab.model.id_at(0))
    for model in (card.consents, card.requests, card.deadlines):
        qtmodeltester.check(model, force_py=True)


class _Rows:
    """A fake source: a thousand rows, counting how often rows are read."""

    def __init__(self) -> None:
        self.reads: list[int] = []

    def ids(self, sort):
        return sorted(range(1, 1001), reverse=not sort[1])

    def rows(self, ids):
        self.reads.append(len(ids))
        return [type("Row", (), {"id": i, "n": i})() for i in ids]


def test_rows_are_fetched_a_chunk_at_a_time_and_sorting_asks_again(qtbot, qtmodeltester):
    source = _Rows()
    model = LazyTableModel(source, [Column(lambda: "n", lambda r: r.n, "n")], sort=("n", True))
    model.refresh()
    assert model.rowCount() == 1000 and source.reads == []
    assert model.data(model.index(5, 0)) == "6"
    assert model.data(model.index(CHUNK - 1, 0), ID_ROLE) == CHUNK
    assert source.reads == [CHUNK]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "1000"
    qtmodeltester.check(model, force_py=True)


def test_a_failing_source_is_reported_not_raised(qtbot):
    class Broken(_Rows):
        def rows(self, ids):  # noqa: ARG002
            raise RuntimeError("disk gone")

    model = LazyTableModel(Broken(), [Column(lambda: "n", lambda r: r.n)], sort=("n", True))
    model.refresh()
    with qtbot.waitSignal(model.failed):
        assert model.data(model.index(0, 0)) is None
