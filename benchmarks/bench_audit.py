"""Full-audit timings: cold (no cache) and warm (cache), -j 1 versus -j 2.

Run: ``python benchmarks/bench_audit.py [--repeats 3]``.  Each figure is the median
of the repeats, measured through the CLI in a subprocess as a user runs it.
Targets (issue: speed and scale): full audit of all four papers <= 60 s cold and
<= 5 s warm on a 2-core machine; -j 2 at least 1.6x faster than -j 1.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def _audit(cache_dir: str, *extra: str) -> float:
    env = {**os.environ, "CLAIMS_CACHE_DIR": cache_dir}
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        p = subprocess.run([sys.executable, "-m", "claims", "audit", "--no-progress", "--out", out,
                            *extra], env=env, capture_output=True, text=True)
        dt = time.perf_counter() - t0
    if p.returncode not in (0, 1):
        raise SystemExit(f"audit failed: {p.stderr.strip()[-500:]}")
    return dt


def measure(repeats: int) -> list[tuple[str, float, str]]:
    rows = []
    for jobs in (1, 2):
        cold = []
        for _ in range(repeats):
            with tempfile.TemporaryDirectory() as cache:
                cold.append(_audit(cache, "--no-cache", "-j", str(jobs)))
        rows.append((f"full audit, cold, -j {jobs}", statistics.median(cold), "s"))
    with tempfile.TemporaryDirectory() as cache:
        _audit(cache)  # fill
        warm = [_audit(cache) for _ in range(repeats)]
    rows.append(("full audit, warm cache, -j 1", statistics.median(warm), "s"))
    rows.append(("speed-up -j 2 over -j 1 (cold)", rows[0][1] / rows[1][1], "x"))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    print(f"# full audit ({os.cpu_count()} cores, median of {args.repeats})")
    for name, v, unit in measure(args.repeats):
        print(f"{name:<40} {v:10.2f} {unit}")


if __name__ == "__main__":
    main()
