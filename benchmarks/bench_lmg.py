"""Timings of the LMG engine (:mod:`numerics.lmg`).

Run ``python benchmarks/bench_lmg.py``: prints a table with the median of ``REPEATS`` runs
of ``lowest_eigenpairs`` (k = 2, Γ/J = 0.95) at N = 10³ … 10⁶, of ``splitting`` at
N = 10⁴ (with the precision it chose and the significant digits its error bar supports),
and of the precision-free Wronskian route for comparison.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import mpmath  # noqa: E402

from numerics import lmg  # noqa: E402

REPEATS = 3
GAMMA = 0.95


def _median_time(fn, repeats: int = REPEATS):
    times, out = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def main() -> None:
    print(f"LMG engine benchmark: os.cpu_count() = {os.cpu_count()}, "
          f"mpmath backend = {mpmath.libmp.BACKEND}, median of {REPEATS} runs, Γ/J = {GAMMA}")
    print(f"{'task':<34}{'N':>9}{'median s':>11}  result")
    for N in (10**3, 10**4, 10**5, 10**6):
        t, (E, _) = _median_time(lambda N=N: lmg.lowest_eigenpairs(N, GAMMA, k=2))
        print(f"{'lowest_eigenpairs k=2 (parity)':<34}{N:>9}{t:>11.4f}  E0 = {E[0]:.10f}")
    for N in (10**3, 10**6):
        t, (E, _) = _median_time(lambda N=N: lmg.lowest_eigenpairs(N, GAMMA, k=2,
                                                                 use_parity=False))
        print(f"{'lowest_eigenpairs k=2 (full)':<34}{N:>9}{t:>11.4f}  E0 = {E[0]:.10f}")
    N = 10**4
    t, r = _median_time(lambda: lmg.splitting(N, GAMMA))
    print(f"{'splitting (rel_tol 1e-10)':<34}{N:>9}{t:>11.4f}  ΔE/J = "
          f"{mpmath.nstr(r.value, 20)} ± {mpmath.nstr(r.abs_error_estimate, 2)} "
          f"[{r.method}, claims {r.significant_digits} digits, passes at dps {r.tried_dps}]")
    for N in (10**4, 10**6):
        t, w = _median_time(lambda N=N: lmg.splitting_wronskian(N, GAMMA))
        print(f"{'splitting_wronskian (double)':<34}{N:>9}{t:>11.4f}  ΔE/J = "
              f"{mpmath.nstr(w.value_mp, 12)} (ln ΔE = {w.log_value:.10f}, "
              f"rel err ≤ {w.rel_error_estimate:.1e})")
    r = lmg.splitting(370, GAMMA)
    print(f"benchmark of the papers: N = 370, ΔE/J = {float(r.value):.12g}, "
          f"ΔE·37195.4 = {float(r.value) * 37195.4:.6f} rad/s [{r.method}]")


if __name__ == "__main__":
    main()
