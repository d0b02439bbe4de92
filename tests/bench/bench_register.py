"""Benchmark: a 100,000-subject register, encrypted and plain.

Run as a script (prints a table; about two to three minutes at 100,000):
    uv run python tests/bench/bench_register.py [--subjects 100000] [--queries 400]

Figures:
  1. open: unwrap the key slot with the DEFAULT Argon2id KDF, sign in, and read the first page
     of 50 subjects ordered by last_name, id (keyset query, and the GUI's subject_ids path)
  2. insert: N subjects through subjects.add_many (audit entry and FTS row for each)
  3. search: queries.search_subject_ids p50/p95 over a mix of realistic queries
  4. the same insert-and-search workload on a plain (unencrypted) file of the same SQLite build
     (make_engine(plain=True)), as a ratio encrypted / plain
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make `almareg` and `tests` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import select

from almareg.db import register as vault_register
from almareg.db.models import Operator, Subject, User
from almareg.db.vault import DEFAULT_KDF
from almareg.domain.actor import Actor
from almareg.domain.enums import Role
from almareg.services import queries, subjects, workspace
from almareg.services.demo import synthetic_subjects
from almareg.services.workspace import Workspace

ADMIN, PASSWORD, SEED = "admin", "benchmark password", 152


@dataclass(frozen=True)
class Workload:
    insert_s: float
    p50_ms: float
    p95_ms: float
    search_total_s: float


def realistic_queries(count: int, total: int, seed: int) -> list[str]:
    """Surname parts, e-mail parts, phones as dialled, name pairs, and some misses."""
    rng = random.Random(seed + 1)
    sample = list(synthetic_subjects(min(total, 2_000), seed))
    makers: list[Callable[[], str]] = [
        lambda: _part(rng, rng.choice(sample).last_name, 4, 7),
        lambda: _part(rng, rng.choice(sample).emails[0].split("@")[0], 5, 12),
        lambda: rng.choice(sample).emails[0],
        lambda: _dialled(rng.choice([s for s in sample if s.phones]).phones[0], rng),
        lambda: f"{rng.choice(sample).last_name} {rng.choice(sample).first_name}",
        lambda: rng.choice(["Щукинберг", "zzzq@", "8 999 000 00"]),
    ]
    return [rng.choice(makers)() for _ in range(count)]


def _part(rng: random.Random, word: str, low: int, high: int) -> str:
    size = min(len(word), rng.randint(low, high))
    start = rng.randint(0, len(word) - size)
    return word[start : start + size]


def _dialled(phone: str, rng: random.Random) -> str:
    digits = "8" + phone[2:]  # +79161234567 -> 89161234567
    keep = rng.choice([7, 9, 11])
    d = digits[:keep]
    return " ".join([d[0], d[1:4], d[4:7], d[7:9], d[9:11]]).strip()


def run_workload(ws: Workspace, n: int, searches: list[str]) -> Workload:
    started = time.perf_counter()
    subjects.add_many(ws.uow(), synthetic_subjects(n, SEED))
    insert_s = time.perf_counter() - started
    for q in searches[:20]:  # warm the page cache and statement caches
        queries.search_subject_ids(ws.uow(), q)
    times = []
    for q in searches:
        t = time.perf_counter()
        queries.search_subject_ids(ws.uow(), q)
        times.append(time.perf_counter() - t)
    cuts = statistics.quantiles(times, n=100)
    return Workload(insert_s, statistics.median(times) * 1e3, cuts[94] * 1e3, sum(times))


def _seed_rows(ws: Workspace) -> None:
    with ws.uow() as uow:
        uow.session.add(Operator(id=1, register_id="0" * 32, name="Bench"))
        uow.session.add(User(id=1, username=ADMIN, role=Role.ADMIN))
        uow.commit()


def plain_workspace(path: Path) -> Workspace:
    ws = Workspace(vault_register.attach_plain_for_benchmark(path), _admin())
    _seed_rows(ws)
    return ws


def _admin() -> Actor:
    return Actor(user_id=1, username=ADMIN, role=Role.ADMIN)


def first_page(ws: Workspace) -> list[str]:
    with ws.uow() as uow:
        rows = uow.session.scalars(
            select(Subject).order_by(Subject.last_name, Subject.id).limit(50)
        ).all()
        return [s.last_name for s in rows]


def time_open(path: Path, repeats: int) -> tuple[float, float, float, float]:
    """Median seconds: unwrap+sign-in; + keyset first page; + GUI subject_ids path first page."""
    unlock, keyset, gui = [], [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        ws = workspace.open(path, username=ADMIN, password=PASSWORD)
        t1 = time.perf_counter()
        page = first_page(ws)
        t2 = time.perf_counter()
        ids = queries.subject_ids(ws.uow(), sort=("last_name", True))
        rows = queries.subject_rows(ws.uow(), ids[:50])
        t3 = time.perf_counter()
        ws.close()
        assert len(page) == 50 and len(rows) == 50
        unlock.append(t1 - t0)
        keyset.append(t2 - t1)
        gui.append(t3 - t2)
    kdf_alone = _kdf_seconds()
    return (
        statistics.median(unlock),
        statistics.median(keyset),
        statistics.median(gui),
        kdf_alone,
    )


def _kdf_seconds() -> float:
    from argon2.low_level import Type, hash_secret_raw

    t = time.perf_counter()
    hash_secret_raw(b"x" * 16, b"s" * 16, **vars(DEFAULT_KDF), hash_len=32, type=Type.ID)
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subjects", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--open-repeats", type=int, default=3)
    args = parser.parse_args(argv)
    n = args.subjects
    searches = realistic_queries(args.queries, n, SEED)
    with tempfile.TemporaryDirectory(prefix="almareg-bench-") as tmp:
        root = Path(tmp)
        plain = plain_workspace(root / "plain.sqlite")
        plain_load = run_workload(plain, n, searches)
        plain.close()

        created = workspace.create(
            root / "enc.almareg",
            operator_name="Bench",
            admin_username=ADMIN,
            admin_password=PASSWORD,
            kdf=DEFAULT_KDF,
        )
        enc_load = run_workload(created.workspace, n, searches)
        created.workspace.close()
        size_mb = (root / "enc.almareg").stat().st_size / 2**20
        unlock, keyset, gui, kdf = time_open(root / "enc.almareg", args.open_repeats)

    print(f"\nalmareg register benchmark: {n:,} subjects, {len(searches)} searches")
    print(f"encrypted file: {size_mb:.0f} MiB\n")
    both = (enc_load.insert_s + enc_load.search_total_s) / (
        plain_load.insert_s + plain_load.search_total_s
    )
    rows = [
        (
            "1. open: unwrap (default Argon2id) + sign-in",
            f"{unlock:.3f} s",
            f"KDF alone {kdf:.3f} s",
        ),
        ("1. first page of 50 by last_name, id (keyset)", f"{keyset * 1e3:.1f} ms", ""),
        ("1. first page via queries.subject_ids+rows", f"{gui * 1e3:.0f} ms", "GUI path: all ids"),
        (
            "2. insert via subjects.add_many (encrypted)",
            f"{enc_load.insert_s:.1f} s",
            f"{n / enc_load.insert_s:,.0f} subjects/s",
        ),
        ("3. FTS search p50 (encrypted)", f"{enc_load.p50_ms:.2f} ms", ""),
        ("3. FTS search p95 (encrypted)", f"{enc_load.p95_ms:.2f} ms", ""),
        ("4. insert plain", f"{plain_load.insert_s:.1f} s", ""),
        ("4. search p50 / p95 plain", f"{plain_load.p50_ms:.2f} / {plain_load.p95_ms:.2f} ms", ""),
        (
            "4. ratio insert enc/plain",
            f"{enc_load.insert_s / plain_load.insert_s:.2f}x",
            "target <= 1.3x",
        ),
        (
            "4. ratio search total enc/plain",
            f"{enc_load.search_total_s / plain_load.search_total_s:.2f}x",
            "target <= 1.3x",
        ),
        ("4. ratio insert+search enc/plain", f"{both:.2f}x", "target <= 1.3x"),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>14}  {note}")


if __name__ == "__main__":
    main()
