"""Benchmark: recompute every deadline of a register with 100,000 requests and consents.

Run as a script (prints the figures):
    uv run python -m tests.bench.bench_deadlines [--sources 100000]
or through pytest-benchmark (skipped in the default run):
    uv run pytest tests/bench/bench_deadlines.py --benchmark-enable

The register is real (SQLCipher, cheap KDF). Subjects go in through the subjects service;
requests and consents are bulk-inserted (a service call each would time the services, not
the engine), then recompute_all counts every source: the first run creates the deadlines,
the second finds nothing to change, a calendar override recounts the open ones.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from almareg.db.models import Consent, ConsentText, Deadline, Request
from almareg.domain.enums import Channel, ConsentKind, ConsentStatus, RequestType
from almareg.services import calendar_overrides, deadlines, subjects, workspace
from almareg.services.demo import synthetic_subjects
from almareg.services.workspace import Workspace
from tests.conftest import FAST_KDF

_SUBJECTS = 10_000
_START = datetime(2025, 1, 9, 7, 0, tzinfo=UTC)
_SPAN_MINUTES = 600 * 24 * 60  # receipts spread over ~600 days before late 2026


def build(ws: Workspace, sources: int, seed: int = 152) -> None:
    """`sources` rows, half requests (every type) and half consents (some withdrawn, some
    distribution consents, some with a validity term)."""
    rng = random.Random(seed)
    subjects.add_many(ws.uow(), synthetic_subjects(_SUBJECTS, seed))
    kinds = [k for k in RequestType if not k.from_regulator]
    with ws.uow() as uow:
        text = ConsentText(
            kind=ConsentKind.PROCESSING,
            version="1",
            title="t",
            body="b",
            sha256="0" * 64,
            published_at=_START,
        )
        uow.session.add(text)
        uow.session.flush()
        requests, consents = [], []
        for i in range(sources // 2):
            at = _START + timedelta(minutes=rng.randrange(_SPAN_MINUTES))
            kind = RequestType.REGULATOR_INQUIRY if i % 50 == 0 else rng.choice(kinds)
            requests.append(
                {
                    "number": f"ВХ-B-{i:07d}",
                    "type": kind,
                    "received_at": at,
                    "channel": Channel.EMAIL,
                    "subject_id": rng.randrange(1, _SUBJECTS),
                    "regulator_name": "РКН" if kind.from_regulator else "",
                }
            )
            roll = rng.random()
            withdrawn = at + timedelta(days=rng.randrange(1, 60)) if roll < 0.1 else None
            consents.append(
                {
                    "subject_id": rng.randrange(1, _SUBJECTS),
                    "text_id": text.id,
                    "kind": ConsentKind.DISTRIBUTION
                    if 0.1 <= roll < 0.15
                    else ConsentKind.PROCESSING,
                    "status": ConsentStatus.WITHDRAWN if withdrawn else ConsentStatus.ACTIVE,
                    "given_at": at,
                    "channel": Channel.WEB_FORM,
                    "withdrawn_at": withdrawn,
                    "expires_at": at + timedelta(days=1100) if 0.15 <= roll < 0.25 else None,
                    "data_categories": [],
                    "distribution_terms": {},
                }
            )
        uow.session.execute(insert(Request), requests)
        uow.session.execute(insert(Consent), consents)
        uow.commit()


def run(sources: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        created = workspace.create(
            Path(tmp) / "bench.almareg",
            operator_name="Bench",
            admin_username="admin",
            admin_password="bench-password",
            kdf=FAST_KDF,
        )
        with created.workspace as ws:
            t0 = time.perf_counter()
            build(ws, sources)
            figures = {"build_s": time.perf_counter() - t0}
            t0 = time.perf_counter()
            counted = deadlines.recompute_all(ws.uow())
            figures["first_recompute_s"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            deadlines.recompute_all(ws.uow())
            figures["second_recompute_s"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            calendar_overrides.set_calendar_override(ws.uow(), date(2026, 12, 30), False, "bench")
            figures["override_recount_s"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            shown = len(deadlines.outstanding(ws.uow()))
            figures["outstanding_query_s"] = time.perf_counter() - t0
            with ws.uow() as uow:
                rows = uow.session.scalar(select(func.count()).select_from(Deadline))
            figures |= {"sources": counted, "deadline_rows": rows or 0, "outstanding": shown}
    return figures


def test_recompute_all_100k(benchmark):
    pytest.importorskip("pytest_benchmark")
    figures = benchmark.pedantic(run, args=(100_000,), rounds=1, iterations=1)
    assert figures["sources"] == 100_000


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=100_000)
    for name, value in run(parser.parse_args().sources).items():
        print(f"{name:>22}: {value:.2f}" if isinstance(value, float) else f"{name:>22}: {value}")
