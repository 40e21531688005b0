"""The same verdicts and values on every run.

Three consecutive runs, each in a fresh process (so no in-process cache can hide a
difference), of the claims that use random numbers (seeded searches, hypothesis,
simulations) must print identical reports apart from timings.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

RANDOMISED = [
    "oqt:entropy-nondecreasing",  # hypothesis counterexample search
    "oqt:norm-preservation",  # stochastic Schrödinger ensemble
    "oqt:no-signalling-partial-trace",  # random bipartite states
    "oqt:ansatz-b1-unique",
    "collapse:clt-exponent",
    "lmg_dephasing:parity-proposition",  # random parity-symmetric Hamiltonians
    "lmg_dephasing:corollary1-opposite-parity",
    "lmg_lgi:appd-enumeration",
]

SCRIPT = """
import json, sys
from claims.core.registry import default_registry
from claims.core.runner import run_claim
reg = default_registry()
out = []
for cid in sys.argv[1:]:
    r = run_claim(reg.get(cid))
    out.append({k: v for k, v in r.__dict__.items() if k != "seconds"})
print(json.dumps(out, default=str, sort_keys=True))
"""


def _run():
    p = subprocess.run([sys.executable, "-c", SCRIPT, *RANDOMISED], capture_output=True, text=True,
                       cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": "random"}, timeout=900)
    assert p.returncode == 0, p.stderr[-3000:]
    return json.loads(p.stdout)


def test_three_runs_are_identical():
    first = _run()
    assert {r["verdict"] for r in first} <= {"confirmed", "refuted", "conditional"}, first
    for _ in range(2):
        assert _run() == first
