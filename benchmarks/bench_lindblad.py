"""Open-system engine (numerics.lindblad) on the lmg_lgi benchmark problem, each figure beside
a baseline measured in the same run (so a loaded machine still gives a meaningful ratio).

Rows:

1. untruncated K3(τ*) at one γ, all N + 1 = 371 levels: the parity-odd split-step engine
   (Richardson) vs the straightforward reference engine (``reference_engines.py``, the code
   before issue 23) vs QuTiP ``mesolve`` on the same Lindblad problem in the Dicke basis;
2. the untruncated threshold K3(γ) = 1 exactly as the lmg_lgi dynamics module computes it
   (``threshold_untruncated``: Illinois, bracketed by the 10- and 5-level thresholds) vs the
   same iteration on the reference engine;
3. the n-level K3 table (21 γ) + threshold: the batched ``DenseK3Scan``, the per-point
   ``DenseLiouvillian`` path of the paper module, and a per-point dense ``expm`` baseline;
4. a scaling table N = 50 … 2000: engine vs reference vs QuTiP, every run in a child
   process capped by ``--limit`` seconds (reported as "> limit").

Times are wall seconds of the computation inside the process (imports and the one-off
diagonalisations excluded).  Usage:
``python benchmarks/bench_lindblad.py [--quick] [--repeats 3] [--limit 120]``.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing as mp
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import numpy as np  # noqa: E402
import reference_engines as REF  # noqa: E402
from scipy.optimize import brentq  # noqa: E402

from numerics import lindblad as LB  # noqa: E402
from numerics import lmg  # noqa: E402
from numerics.lmg_lgi import dynamics as ND  # noqa: E402

N_PAPER = getattr(ND, "N", 370)
GAMMA_J = getattr(ND, "GAMMA_J", 0.95)
J_PHYS = getattr(ND, "J_PHYS", 37195.4)
GAMMA = getattr(ND, "GAMMA_PHI", 0.05)
BRACKET = getattr(ND, "THRESHOLD_BRACKET", (0.02, 2.0))
GRID = np.linspace(0.0, 1.0, 21)
STEPS = 48  # steps per τ, as the paper module's threshold uses


def figure(name: str, value, unit: str, base_name: str = "", base=None, note: str = "") -> None:
    """One machine-readable line (collected by run.py) besides the human table."""
    ratio = f"{base / value:.1f}" if isinstance(base, float) and isinstance(value, float) and value else ""
    print(f"FIGURE|{name}|{_fmt(value)}|{unit}|{base_name}|{_fmt(base)}|{ratio}|{note}")


def _fmt(v) -> str:
    return f"{v:.3f}" if isinstance(v, float) else ("" if v is None else str(v))


def _median_time(fn, repeats: int, reset=lambda: None):
    times, value = [], None
    for _ in range(repeats):
        reset()
        t0 = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), value


# --- the untruncated model at any N ----------------------------------------------------------

_SECTORS: dict = {}


def sectors(N: int):
    """(even, odd) sector eigen-decompositions in rad/s, B0 and τ* at size N."""
    if N not in _SECTORS:
        sec = lmg.parity_sectors(N, GAMMA_J)
        out = []
        for key in ("even", "odd"):
            d, e = sec[key]
            out.append(np.linalg.eigh((np.diag(d) + np.diag(e, 1) + np.diag(e, -1)) * J_PHYS))
        (Ee, Ve), odd = out
        psi = Ve[:, 0]
        _SECTORS[N] = (tuple(out[0]), tuple(odd), 0.5 * np.outer(psi, psi[1:]),
                       math.pi / (3 * (odd[0][0] - Ee[0])))
    return _SECTORS[N]


def k3_engine(N: int, gamma: float, engine=LB.OddSectorSplitting, steps: int = STEPS) -> dict:
    even, odd, B0, tau = sectors(N)
    (c12, c13), err = engine(even, odd, float(gamma)).richardson(
        B0, tau, 2, steps, LB.sgn_correlator_from_block)
    return {"K3": 2 * c12 - c13, "error_estimate": 3 * err}


def k3_reference(N: int, gamma: float, steps: int = STEPS) -> dict:
    return k3_engine(N, gamma, REF.ReferenceOddSectorSplitting, steps)


def k3_qutip(N: int, gamma: float) -> dict:
    import qutip
    import scipy.sparse as sps

    d, o, m = lmg.hamiltonian_tridiagonal(N, GAMMA_J)
    H = sps.diags([o * J_PHYS, d * J_PHYS, o * J_PHYS], [-1, 0, 1]).tocsr()
    E, V = np.linalg.eigh((np.diag(d) + np.diag(o, 1) + np.diag(o, -1)) * J_PHYS)
    q = np.sign(m)
    psi = V[:, 0]
    X = 0.5 * (np.outer(q * psi, psi) + np.outer(psi, q * psi))
    tau = math.pi / (3 * (E[1] - E[0]))
    res = qutip.mesolve(qutip.Qobj(H), qutip.Qobj(X), [0.0, tau, 2 * tau],
                        c_ops=[math.sqrt(gamma) * qutip.Qobj(sps.diags(m).tocsr())],
                        options={"atol": 1e-10, "rtol": 1e-8, "nsteps": 10**8})
    c = [float(np.real(np.sum(q * np.diag(s.full())))) for s in res.states[1:]]
    return {"K3": 2 * c[0] - c[1]}


def _child(queue, fn_name, args):
    fn = globals()[fn_name]
    if fn_name != "k3_qutip":
        sectors(args[0])  # one-off diagonalisation, not timed
    t0 = time.perf_counter()
    out = fn(*args)
    queue.put((time.perf_counter() - t0, out))


def capped(fn_name: str, args: tuple, limit: float):
    """(seconds, result) of fn(*args) in a fresh process, or (None, reason) past ``limit``."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(queue, fn_name, args))
    proc.start()
    t_start = time.perf_counter()
    while proc.is_alive() and time.perf_counter() - t_start < limit + 30:  # + start-up
        proc.join(0.5)
        if not queue.empty():
            break
    got = None if queue.empty() else queue.get()
    if proc.is_alive():
        proc.terminate()
        proc.join()
    if got is None:
        return None, f"> {limit:.0f} s"
    if got[0] > limit:
        return None, f"> {limit:.0f} s"
    return got


# --- untruncated threshold ---------------------------------------------------------------------

def _clear_paper_caches():
    for name in ("k3_untruncated_value", "threshold_untruncated", "threshold", "propagator"):
        f = getattr(ND, name, None)
        if f is not None and hasattr(f, "cache_clear"):
            f.cache_clear()
    LB._UNITARY_CACHE.clear()


def threshold_ours() -> float:
    if hasattr(ND, "threshold_untruncated"):
        return ND.threshold_untruncated()
    lo, hi = sorted((ND.threshold(10), ND.threshold(5)))
    return LB.threshold_illinois(lambda g: k3_engine(N_PAPER, g)["K3"], lo, hi, rtol=1e-6)


def threshold_reference(counter: list | None = None) -> float:
    lo, hi = sorted((ND.threshold(10), ND.threshold(5)))

    def f(g):
        if counter is not None:
            counter.append(g)
        return k3_reference(N_PAPER, g)["K3"]

    return LB.threshold_illinois(f, lo, hi, rtol=1e-6)


# --- n-level table -----------------------------------------------------------------------------

def _truncated(n: int):
    H, A, Q, _P0, rho0 = ND.truncated_model(n)
    return H, A, Q, rho0, ND.tau_opt(), LB.operator_parity_sector(ND.parities(n))


def table_scan(n: int):
    H, A, Q, rho0, tau, sec = _truncated(n)
    scan = LB.DenseK3Scan(H, A, Q, rho0, tau, sector=sec)
    return scan.k3_many(GRID), scan.threshold(*BRACKET)


def table_per_point(n: int):
    return np.array([ND.k3(n, g) for g in GRID]), ND.threshold(n)


def table_expm(n: int):
    H, A, Q, rho0, tau, _sec = _truncated(n)
    k3 = lambda g: REF.k3_by_dense_expm(H, A, Q, rho0, tau, g)  # noqa: E731
    return (np.array([k3(g) for g in GRID]),
            brentq(lambda g: k3(g) - 1, *BRACKET, xtol=1e-12, rtol=1e-12))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true",
                    help="one repeat, the reference threshold estimated, 5-level table only, "
                         "scaling N ≤ 200, runs capped at 20 s")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--limit", type=float, default=120.0, help="seconds per capped run")
    args = ap.parse_args(argv)
    reps = 1 if args.quick else args.repeats
    limit = min(args.limit, 20.0) if args.quick else args.limit
    ND.eigensystem()
    if hasattr(ND, "sector_eigensystems"):
        ND.sector_eigensystems()
    sectors(N_PAPER)
    print(f"lmg_lgi engine benchmark: N = {N_PAPER}, Γ/J = {GAMMA_J}, γ = {GAMMA} s⁻¹, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, "
          f"BLAS threads in the loops: {os.environ.get('NUMERICS_BLAS_THREADS', '1')}")

    # 1. one point
    t_pt, k_pt = _median_time(lambda: k3_engine(N_PAPER, GAMMA), reps, LB._UNITARY_CACHE.clear)
    t_ref, k_ref = _median_time(lambda: k3_reference(N_PAPER, GAMMA), 1)
    t_q, k_q = capped("k3_qutip", (N_PAPER, GAMMA), limit)
    print(f"\n{'task':44s} {'engine':>9s} {'reference':>10s} {'QuTiP':>10s}  ratios")
    q_txt = f"{t_q:8.2f} s" if t_q else k_q
    print(f"{'untruncated K3(τ*), γ = 0.05, 371 levels':44s} {t_pt:7.2f} s {t_ref:8.2f} s "
          f"{q_txt:>10s}  ref/engine {t_ref / t_pt:.1f}×"
          + (f", QuTiP/engine {t_q / t_pt:.0f}×" if t_q else f", QuTiP/engine > {limit / t_pt:.0f}×"))
    print(f"    K3 engine {k_pt['K3']:.12f} ± {k_pt['error_estimate']:.1e}, reference "
          f"{k_ref['K3']:.12f} (|Δ| = {abs(k_pt['K3'] - k_ref['K3']):.1e})"
          + (f", QuTiP {k_q['K3']:.8f}" if t_q else ""))
    figure("untruncated K3 point (N=370)", t_pt, "s", "reference engine", t_ref)
    figure("untruncated K3 point vs QuTiP", t_pt, "s", "QuTiP mesolve", t_q if t_q else k_q)

    # 2. threshold as the paper module computes it
    t_th, g_th = _median_time(threshold_ours, reps, _clear_paper_caches)
    if args.quick:
        evals = 5  # Illinois iterates of threshold_untruncated (2 ends + 3), see the full run
        t_rth, g_rth, how = evals * t_ref, None, f"est. {evals} × point"
    else:
        calls: list = []
        _clear_paper_caches()
        t_rth, g_rth = _median_time(lambda: threshold_reference(calls), 1)
        how = f"measured, {len(calls)} K3 evaluations"
    print(f"{'untruncated threshold (threshold_untruncated)':44s} {t_th:7.2f} s {t_rth:8.2f} s "
          f"{'':>10s}  ref/engine {t_rth / t_th:.1f}× ({how})")
    print(f"    threshold engine {g_th:.9f} s⁻¹" + (f", reference {g_rth:.9f}" if g_rth else ""))
    figure("untruncated threshold (N=370)", t_th, "s", f"reference engine ({how})", t_rth,
           "target <= 5 s")

    # 3. n-level tables
    for n in (5,) if args.quick else (5, 10):
        t_s, (tab_s, th_s) = _median_time(lambda n=n: table_scan(n), 3)
        t_p, (tab_p, th_p) = _median_time(lambda n=n: table_per_point(n), 3, _clear_paper_caches)
        t_e, (tab_e, th_e) = _median_time(lambda n=n: table_expm(n), reps)
        print(f"{f'{n}-level K3 table (21 γ) + threshold':44s} {t_s * 1e3:6.1f} ms "
              f"{t_e * 1e3:7.0f} ms {'':>10s}  expm/scan {t_e / t_s:.0f}×, "
              f"expm/per-point DenseLiouvillian {t_e / t_p:.1f}× ({t_p * 1e3:.1f} ms)")
        print(f"    threshold scan {th_s:.12f}, per-point {th_p:.12f}, expm {th_e:.12f}; "
              f"max |ΔK3| scan−expm {np.abs(tab_s - tab_e).max():.1e}, "
              f"scan−per-point {np.abs(tab_s - tab_p).max():.1e}")
        figure(f"{n}-level table, DenseK3Scan", t_s, "s", "per-point dense expm", t_e,
               "target ratio >= 10")
        figure(f"{n}-level table, per-point DenseLiouvillian", t_p, "s", "per-point dense expm", t_e)

    # 4. scaling table
    sizes = (50, 100, 200) if args.quick else (50, 100, 200, 370, 700, 1000, 2000)
    print(f"\nscaling, K3(τ*) at γ = {GAMMA} (each run capped at {limit:.0f} s; "
          f"diagonalisation not timed)")
    print(f"{'N':>6s} {'engine':>12s} {'reference':>12s} {'QuTiP':>12s} {'QuTiP/engine':>13s}  K3 (engine)")
    ref_dead = q_dead = False
    for N in sizes:
        te, ke = capped("k3_engine", (N, GAMMA), limit)
        # a run past the limit at a smaller N is not repeated: its cost grows with N
        tr, why = (None, f"> {limit:.0f} s*") if ref_dead else capped("k3_reference", (N, GAMMA), limit)
        tq, kq = (None, f"> {limit:.0f} s*") if q_dead else capped("k3_qutip", (N, GAMMA), limit)
        if args.quick and N > 100:
            tr, why = None, "not run"
        ref_dead, q_dead = ref_dead or tr is None, q_dead or tq is None
        def cell(t, alt):
            return f"{t:10.2f} s" if t else f"{alt:>12s}"

        ratio = (f"{tq / te:12.0f}×" if tq and te else
                 (f"> {limit / te:.0f}×".rjust(13) if te else "".rjust(13)))
        k3_txt = f"{ke['K3']:.10f} ± {ke['error_estimate']:.0e}" if te else ""
        print(f"{N:6d} {cell(te, ke)} {cell(tr, why if isinstance(why, str) else '')} "
              f"{cell(tq, kq)} {ratio}  {k3_txt}")
        figure(f"scaling N={N} engine", te if te else ke, "s", "QuTiP mesolve", tq if tq else kq)
    print("(* not run: the same code timed out at a smaller N)")


if __name__ == "__main__":
    main()
