"""Start-up latency of the CLI: seconds until `claims --help`, `claims list`, `claims check
no-such-id` ... answer, against `python -c "import numpy"` on the same machine.

Run: ``python benchmarks/bench_startup.py [--repeats 5]`` from the repository root.  Each
figure is the median wall time of a fresh interpreter (as a user runs the command), beside its
CPU time (user + system of the child: what the command costs on an idle machine, nearly
independent of the load a shared machine adds to the wall time), the ratio to ``python -c
"import numpy"`` measured in the same run, and the modules it imported that matter for the
figure (paper modules, engines).  Target (issues 20, 23): `--help`, `list`, `list --paper
oqt` and `check no-such-id` under 0.5 s; the records of a paper on the framework load without
importing an engine.  ``claims list`` of every bundled paper *but lmg_lgi* is measured too:
lmg_lgi's legacy table still imports engines at module level.  Figures, never pass/fail.
"""

from __future__ import annotations

import argparse
import os
import resource
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
    ("claims list (bundled papers but lmg_lgi)", ["list"], {"CLAIMS_PAPER_MODULES": ",".join(
        f"claims.papers.{k}" for k in ("oqt", "collapse", "lmg_dephasing"))}),
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


def _run(cmd: list[str], env: dict | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one child process."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


def _time(argv: list[str], env: dict, repeats: int) -> tuple[float, float, str, str]:
    full = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    runs = [_run([sys.executable, "-m", "claims", *argv], full) for _ in range(repeats)]
    p = subprocess.run([sys.executable, "-c", PROBE, *argv], env=full, cwd=ROOT,
                       capture_output=True, text=True)
    line = next((x for x in p.stderr.splitlines() if x.startswith("PROBE")), "PROBE ? ?")
    _, engines, papers = line.split()
    return (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs),
            engines, papers)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="3 repeats")
    args = ap.parse_args()
    if args.quick:
        args.repeats = 3
    base = [_run([sys.executable, "-c", "import numpy"]) for _ in range(args.repeats)]
    numpy_s = statistics.median(w for w, _ in base)
    numpy_cpu = statistics.median(c for _, c in base)
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, median of {args.repeats}, "
          f"load average {os.getloadavg()[0]:.1f}, byte code "
          f"{'not written (PYTHONDONTWRITEBYTECODE)' if sys.flags.dont_write_bytecode else 'written'}")
    print(f"{'command':<46} {'wall s':>7} {'cpu s':>6} {'x numpy':>8}  "
          "engines imported / paper modules")
    ref = 'python -c "import numpy"'
    print(f"{ref:<46} {numpy_s:7.2f} {numpy_cpu:6.2f} {1:8.1f}")
    for name, argv, env in COMMANDS:
        s, cpu, engines, papers = _time(argv, env, args.repeats)
        print(f"{name:<46} {s:7.2f} {cpu:6.2f} {s / numpy_s:8.1f}  {engines} / {papers}")
        print(f"FIGURE|start-up: {name}|{s:.3f}|s|python -c \"import numpy\"|{numpy_s:.3f}|"
              f"{numpy_s / s:.2f}|target <= 0.5 s; cpu {cpu:.2f} s vs {numpy_cpu:.2f} s")

if __name__ == "__main__":
    main()
