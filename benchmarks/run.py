"""All benchmarks in one command: ``python benchmarks/run.py [--quick] [--paper KEY ...]``.

Runs each script in its own process and prints its table, then one summary: every figure
beside the baseline measured in the same run and their ratio (baseline / figure), so a
noisy, shared machine still gives a meaningful comparison:

* ``bench_startup.py``: ``claims --help``, ``claims list``, ``claims check no-such-id`` … vs
  ``python -c "import numpy"``;
* ``bench_lindblad.py``: the open-system engine vs the reference engine (the code before
  issue 23), QuTiP ``mesolve`` and a dense-``expm`` baseline; QuTiP scaling N = 50 … 2000;
* ``bench_audit.py``: cold audit -j 1 vs -j 2 (``--no-cache``, temporary cache folder),
  warm audit, warm revision audit of lmg_lgi with one changed number;
* ``bench_revision.py``: the revision self-test (mutations tried/detected per paper; full set,
  or with ``--quick`` the full set of collapse, oqt, lmg_dephasing and a sample of lmg_lgi) and
  a warm revision audit of lmg_lgi;
* ``bench_lmg.py``: LMG spectra and the extended-precision splitting (skipped by --quick).

``--quick`` (a few minutes): one repeat, the audit of one paper (``--paper`` to choose),
QuTiP capped at 40 s per point, scaling to N = 370.  Figures, never pass/fail.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _scripts(args) -> list[tuple[str, list[str]]]:
    q = ["--quick"] if args.quick else []
    papers = [a for p in args.paper for a in ("--paper", p)]
    out = [("bench_startup.py", q), ("bench_lindblad.py", q + ["--limit", str(args.limit)]),
           ("bench_audit.py", q + papers)]
    out.append(("bench_revision.py", q))
    if not args.quick:
        out.append(("bench_lmg.py", []))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--paper", action="append", default=[], help="audit only this paper")
    ap.add_argument("--limit", type=float, default=120.0, help="seconds per capped engine run")
    ap.add_argument("--only", action="append", default=[], help="run only this script")
    args = ap.parse_args(argv)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])}
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    figures, t_all = [], time.perf_counter()
    for name, extra in _scripts(args):
        if args.only and name not in args.only:
            continue
        path = HERE / name
        if not path.exists():
            print(f"\n## {name}: not present")
            continue
        print(f"\n## {name} {' '.join(extra)}", flush=True)
        t0 = time.perf_counter()
        p = subprocess.Popen([sys.executable, str(path), *extra], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for line in p.stdout:
            if line.startswith("FIGURE|"):
                figures.append(line.rstrip("\n").split("|")[1:])
            else:
                print(line, end="", flush=True)
        p.wait()
        print(f"({name}: {time.perf_counter() - t0:.0f} s"
              + (f", exit code {p.returncode})" if p.returncode else ")"))
    print(f"\n## summary: figure vs baseline of the same run "
          f"(ratio = baseline / figure; load average now {os.getloadavg()[0]:.1f}; "
          f"{time.perf_counter() - t_all:.0f} s in all)")
    print(f"{'figure':<50} {'value':>10} {'baseline':<34} {'value':>10} {'ratio':>7}  note")
    for name, value, unit, base_name, base, ratio, note in figures:
        v = f"{value} {unit}" if value and value[0].isdigit() else value
        b = f"{base} {unit}" if base and base[0].isdigit() else base
        print(f"{name:<50} {v:>10} {base_name:<34} {b:>10} {ratio:>7}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
