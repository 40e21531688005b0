"""Benchmark of the open-system engine (numerics.lindblad) on the lmg_lgi benchmark problem.

Rows (median wall time of ``--repeats`` runs):

1. untruncated K3(τ*) at one γ, all N + 1 = 371 levels: our parity-odd split-step engine
   (Richardson-extrapolated) vs QuTiP ``mesolve`` on the same Lindblad problem in the Dicke
   basis (run in a subprocess with a time limit; a timeout is reported as "> limit");
2. the untruncated threshold K3(γ) = 1 (Illinois iteration on the engine); QuTiP would need
   one mesolve per iterate (estimated as the iterate count × its single-point time);
3. the 5-level K3 table (21 γ values) + threshold: eigen-decomposition propagator vs a
   straightforward per-point dense ``scipy.linalg.expm`` baseline written here.

Usage: ``python benchmarks/bench_lindblad.py [--repeats 3] [--qutip-limit 120]``.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing as mp
import os
import statistics
import time

import numpy as np
import scipy.linalg as sla
from scipy.optimize import brentq

from numerics import lindblad as LB
from numerics import lmg
from numerics import lmg_lgi_dynamics as ND

GAMMA = ND.GAMMA_PHI
GRID = np.linspace(0.0, 1.0, 21)


def _median_time(fn, repeats: int, reset=lambda: None):
    times, value = [], None
    for _ in range(repeats):
        reset()
        t0 = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), value


def _reset_caches():
    for f in (ND.propagator, ND.threshold, ND.k3_untruncated_value, ND.threshold_untruncated):
        f.cache_clear()


# --- untruncated: ours --------------------------------------------------------------

def ours_untruncated_point():
    return ND.k3_untruncated(GAMMA, 64)["K3"]


def ours_untruncated_threshold():
    f = lambda g: ND.k3_untruncated(g, 48)["K3"]
    g10 = ND.threshold(10)
    return LB.threshold_illinois(f, 0.97 * g10, 1.03 * g10, rtol=1e-9)


# --- untruncated: QuTiP ---------------------------------------------------------------

def _qutip_point(queue):
    import qutip
    import scipy.sparse as sps

    d, o, m = lmg.hamiltonian_tridiagonal(ND.N, ND.GAMMA_J)
    H = (np.diag(d) + np.diag(o, 1) + np.diag(o, -1)) * ND.J_PHYS
    _, V = ND.eigensystem(2)
    q = np.sign(m)
    psi = V[:, 0]
    X = 0.5 * (np.outer(q * psi, psi) + np.outer(psi, q * psi))
    tau = ND.tau_opt()
    t0 = time.perf_counter()
    res = qutip.mesolve(qutip.Qobj(sps.csr_matrix(H)), qutip.Qobj(X), [0.0, tau, 2 * tau],
                        c_ops=[math.sqrt(GAMMA) * qutip.Qobj(sps.diags(m).tocsr())],
                        options={"atol": 1e-10, "rtol": 1e-8, "nsteps": 10**8})
    c = [float(np.real(np.sum(q * np.diag(s.full())))) for s in res.states[1:]]
    queue.put((time.perf_counter() - t0, 2 * c[0] - c[1]))


def qutip_untruncated_point(limit: float):
    queue = mp.Queue()
    proc = mp.Process(target=_qutip_point, args=(queue,))
    proc.start()
    proc.join(limit)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return None, "timed out"
    return queue.get() if not queue.empty() else (None, f"failed (exit code {proc.exitcode})")


# --- 5-level: ours vs per-point dense expm ----------------------------------------------

def ours_five_level():
    table = [ND.k3(5, g) for g in GRID]
    return table, ND.threshold(5)


def expm_five_level():
    H, A, Q, _, rho0 = ND.truncated_model(5)
    tau = ND.tau_opt()
    X = LB.instrument(Q, rho0).reshape(-1)

    def k3(g):
        L = LB.dephasing_superoperator(H, A, g)
        c = [np.real(np.trace(Q @ (sla.expm(L * t) @ X).reshape(5, 5))) for t in (tau, 2 * tau)]
        return 2 * c[0] - c[1]

    table = [k3(g) for g in GRID]
    return table, brentq(lambda g: k3(g) - 1, *ND.THRESHOLD_BRACKET, xtol=1e-12, rtol=1e-12)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--qutip-limit", type=float, default=120.0)
    args = ap.parse_args(argv)
    ND.eigensystem()
    ND.sector_eigensystems()
    print(f"lmg_lgi benchmark: N = {ND.N}, Γ/J = {ND.GAMMA_J}, γ = {GAMMA} s⁻¹, "
          f"os.cpu_count() = {os.cpu_count()}, load average = {os.getloadavg()[0]:.1f}")
    t_pt, k_pt = _median_time(ours_untruncated_point, args.repeats, _reset_caches)
    t_th, g_th = _median_time(ours_untruncated_threshold, max(1, args.repeats // 2), _reset_caches)
    t_q, k_q = qutip_untruncated_point(args.qutip_limit)
    q_txt = f"{t_q:9.2f} s" if t_q else (f"> {args.qutip_limit:.0f} s (timed out)"
                                          if k_q == "timed out" else str(k_q))
    ratio = f"{t_q / t_pt:8.1f}×" if t_q else f"> {args.qutip_limit / t_pt:.0f}×"
    print(f"\n{'task':46s} {'ours':>11s} {'reference':>26s} {'ratio':>10s}")
    print(f"{'untruncated K3(τ*) at γ = 0.05 (371 levels)':46s} {t_pt:9.2f} s "
          f"{'QuTiP mesolve ' + q_txt:>26s} {ratio:>10s}")
    print(f"{'untruncated threshold (Illinois)':46s} {t_th:9.2f} s "
          f"{'QuTiP: ~8 × single point':>26s} {'':>10s}")
    t5, (tab5, th5) = _median_time(ours_five_level, args.repeats, _reset_caches)
    te, (tabe, the) = _median_time(expm_five_level, args.repeats)
    print(f"{'5-level K3 table (21 γ) + threshold':46s} {t5:9.2f} s "
          f"{f'dense expm {te:8.2f} s':>26s} {te / t5:9.1f}×")
    print(f"\nvalues: untruncated K3(0.05) = {k_pt:.10f} (QuTiP: {k_q}), untruncated threshold = "
          f"{g_th:.6f} s⁻¹; 5-level threshold = {th5:.9f} (expm {the:.9f}), max |ΔK3| table = "
          f"{max(abs(a - b) for a, b in zip(tab5, tabe)):.1e}")


if __name__ == "__main__":
    main()
