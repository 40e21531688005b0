"""Start-up latency of the CLI: seconds until `claims --help`, `claims list`, `claims check
no-such-id` ... answer, against `python -c "import numpy"` on the same machine.

Run: ``python benchmarks/bench_startup.py [--repeats 5]`` from the repository root.  Each
figure is the median wall time of a fresh interpreter (as a user runs the command), with the
modules it imported that matter for the figure (paper modules, engines).  Target (issue: the
next paper): `--help`, `list` and `check no-such-id` well under a second; the records of a
paper on the framework load without importing an engine.  Figures, never pass/fail.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = {"CLAIMS_PAPER_MODULES": "tests.fixtures.plugin_paper"}  # a paper on the framework
HEAVY = ("numpy", "scipy", "sympy", "mpmath", "qutip")

COMMANDS = [
    ("claims --help", ["--help"], {}),
    ("claims list", ["list"], {}),
    ("claims list --paper oqt", ["list", "--paper", "oqt"], {}),
    ("claims check no-such-id", ["check", "no-such-id"], {}),
    ("claims check oqt:no-such-id", ["check", "oqt:no-such-id"], {}),
    ("claims list (framework paper)", ["list"], FIXTURE),
    ("claims check x:no-such-id (framework paper)", ["check", "fixture_note:nope"], FIXTURE),
]

PROBE = ("import sys, runpy; sys.argv = ['claims'] + sys.argv[1:]\n"
         "try:\n    runpy.run_module('claims', run_name='__main__')\n"
         "except SystemExit:\n    pass\n"
         "finally:\n"
         "    mods = sorted(m for m in sys.modules if m.split('.')[0] in %r)\n"
         "    papers = sorted(m for m in sys.modules if m.startswith('claims.papers.')\n"
         "                    and m.count('.') == 2)\n"
         "    print('\\nPROBE', ','.join(m for m in mods if '.' not in m) or '-',\n"
         "          ','.join(p.rsplit('.', 1)[1] for p in papers) or '-', file=sys.stderr)\n" % (HEAVY,))


def _time(argv: list[str], env: dict, repeats: int) -> tuple[float, str, str]:
    full = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "claims", *argv], env=full, cwd=ROOT,
                       capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
    p = subprocess.run([sys.executable, "-c", PROBE, *argv], env=full, cwd=ROOT,
                       capture_output=True, text=True)
    line = next((x for x in p.stderr.splitlines() if x.startswith("PROBE")), "PROBE ? ?")
    _, engines, papers = line.split()
    return statistics.median(times), engines, papers


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    base = []
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import numpy"], check=True)
        base.append(time.perf_counter() - t0)
    numpy_s = statistics.median(base)
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, median of {args.repeats}")
    print(f"{'command':<46} {'seconds':>8} {'x numpy':>8}  engines imported / paper modules")
    ref = 'python -c "import numpy"'
    print(f"{ref:<46} {numpy_s:8.2f} {1:8.1f}")
    for name, argv, env in COMMANDS:
        s, engines, papers = _time(argv, env, args.repeats)
        print(f"{name:<46} {s:8.2f} {s / numpy_s:8.1f}  {engines} / {papers}")


if __name__ == "__main__":
    main()
