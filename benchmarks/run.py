"""All benchmarks in one command: ``python benchmarks/run.py [--quick]``.

Prints one table per area (figures, never pass/fail): the full audit (cold, warm,
-j 1 vs -j 2), LMG spectra and the extended-precision splitting, and the
open-system engine against QuTiP and a dense-exponential baseline.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["bench_lmg.py", "bench_lindblad.py", "bench_audit.py"]


def main() -> None:
    quick = "--quick" in sys.argv
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    for name in SCRIPTS:
        path = HERE / name
        if not path.exists():
            print(f"\n## {name}: missing")
            continue
        print(f"\n## {name}")
        argv = [str(path)] + (["--repeats", "1"] if quick and name == "bench_audit.py" else [])
        old, sys.argv = sys.argv, argv
        try:
            runpy.run_path(str(path), run_name="__main__")
        except SystemExit as e:
            if e.code not in (0, None):
                print(f"{name} exited with {e.code}")
        finally:
            sys.argv = old


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    main()
