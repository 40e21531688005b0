"""Revision CI at scale: the full mutation self-test of every paper, and a warm revision audit.

Run: ``python benchmarks/bench_revision.py [--paper KEY] [--rejudge N] [--every N] [--quick]``.
Prints, per paper, mutations tried / detected (exactly the required status) / seen (not passed
silently) by kind, the number re-judged as required, and the mutations not as required with
their reason; then the seconds of a warm ``claims audit --manuscript`` of the largest paper
(lmg_lgi) through the CLI.  ``--quick`` (what ``benchmarks/run.py --quick`` passes): the full
set of collapse, oqt and lmg_dephasing and every 20th mutation of lmg_lgi, one claim re-judged
per kind.  Figures, never pass/fail; one ``FIGURE|`` line per paper and for the audit feeds the
summary of ``benchmarks/run.py``.
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

#: --quick: every n-th mutation of a paper (lmg_lgi has over 1000), others in full
QUICK_EVERY = {"lmg_lgi": 20}


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
    ap.add_argument("--rejudge", type=int, default=None,
                    help="claims re-judged per kind and paper (default 5; 1 with --quick)")
    ap.add_argument("--every", type=int, default=None, help="every n-th mutation (default: all)")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--no-audit", action="store_true")
    args = ap.parse_args()
    from claims.core.registry import default_registry
    from claims.text.mutations import self_test

    reg = default_registry()
    rejudge = args.rejudge if args.rejudge is not None else (1 if args.quick else 5)
    for key in args.paper or list(reg.papers):
        every = args.every or (QUICK_EVERY.get(key, 1) if args.quick else 1)
        t0 = time.perf_counter()
        rep = self_test(reg, key, every=every, rejudge=rejudge)
        dt = time.perf_counter() - t0
        print(f"{rep.line()}  [{'every ' + str(every) + 'th, ' if every > 1 else ''}{dt:.1f} s]")
        for s in rep.silent:
            print(f"  SILENT {s}")
        for f in rep.failures:
            print(f"  not as required: {f[:200]}")
        tried, detected = sum(rep.tried.values()), sum(rep.detected.values())
        print(f"FIGURE|mutations detected/tried: {key}|{detected}/{tried}||all detected|"
              f"{tried}/{tried}||{len(rep.silent)} silent; {dt:.0f} s")
    if not args.no_audit:
        dt = warm_revision_audit()
        print(f"warm revision audit of lmg_lgi: {dt:.1f} s")
        print(f"FIGURE|warm revision audit (lmg_lgi)|{dt:.3f}|s||||")


if __name__ == "__main__":
    main()
