"""Revision CI at scale: the full mutation self-test of every paper, and a warm revision audit.

Run: ``python benchmarks/bench_revision.py [--paper KEY] [--rejudge N]``.  Prints, per paper,
mutations tried / detected (exactly the required status) / seen (not passed silently) by kind,
the number re-judged as required, and the mutations not as required with their reason; then
the seconds of a warm ``claims audit --manuscript`` of the largest paper (lmg_lgi) through the
CLI.  Figures, never pass/fail.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def warm_revision_audit(key: str = "lmg_lgi") -> float:
    from claims.core.registry import default_registry
    from claims.text.manuscript import registered_manuscript

    path = registered_manuscript(default_registry().papers[key])
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CLAIMS_CACHE_DIR": os.path.join(tmp, "cache")}
        cmd = [sys.executable, "-m", "claims", "audit", "--manuscript", str(path), "--paper", key,
               "--no-progress", "--out", os.path.join(tmp, "out"), "--fail-on", "none"]
        subprocess.run(cmd, env=env, capture_output=True, text=True)  # cold: fills the cache
        t0 = time.perf_counter()
        p = subprocess.run(cmd, env=env, capture_output=True, text=True)
        dt = time.perf_counter() - t0
    if p.returncode not in (0, 1):
        print(f"audit failed: {p.stderr.strip()[-300:]}")
    return dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--paper", action="append")
    ap.add_argument("--rejudge", type=int, default=5)
    ap.add_argument("--no-audit", action="store_true")
    args = ap.parse_args()
    from claims.core.registry import default_registry
    from claims.text.mutations import self_test

    reg = default_registry()
    for key in args.paper or list(reg.papers):
        t0 = time.perf_counter()
        rep = self_test(reg, key, rejudge=args.rejudge)
        print(f"{rep.line()}  [{time.perf_counter() - t0:.1f} s]")
        for s in rep.silent:
            print(f"  SILENT {s}")
        for f in rep.failures:
            print(f"  not as required: {f[:200]}")
    if not args.no_audit:
        print(f"warm revision audit of lmg_lgi: {warm_revision_audit():.1f} s")


if __name__ == "__main__":
    main()
