"""Build (once) a register with N synthetic subjects for the GUI benchmark, through the services.

    uv run python tests/bench/build_million.py [--subjects 1000000] [--out /tmp/almareg-1m.almareg]

Subjects go in through subjects.add_many (audit entry and FTS row each), in slices so memory
stays flat; then a demo's worth of consents, requests and an incident on the first 10,000.
User `admin`, password `benchmark password` (default Argon2id KDF, as a real register).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from almareg.services import demo, subjects, workspace

ADMIN, PASSWORD, SEED = "admin", "benchmark password", 152
_SLICE = 100_000


def build(path: Path, count: int) -> None:
    created = workspace.create(
        path, operator_name="ООО «Миллион»", admin_username=ADMIN, admin_password=PASSWORD
    )
    with created.workspace as ws:
        started = time.perf_counter()
        demo.fill(ws, subjects_count=min(count, 10_000), seed=SEED)
        done = min(count, 10_000)
        while done < count:
            size = min(_SLICE, count - done)
            rows = demo.synthetic_subjects(size, SEED + done, start=done)
            subjects.add_many(ws.uow(), rows)
            done += size
            print(f"{done:>9,} subjects  {time.perf_counter() - started:7.1f} s", flush=True)
    print(f"built {path} ({path.stat().st_size / 2**20:.0f} MiB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--subjects", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/almareg-1m.almareg"))
    args = parser.parse_args()
    if args.out.exists():
        print(f"{args.out} exists; delete it (and its -keys file) to rebuild")
        return
    build(args.out, args.subjects)


if __name__ == "__main__":
    main()
