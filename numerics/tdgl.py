"""Time-dependent Ginzburg–Landau (TDGL) integrator for a homogeneous order parameter.

Deterministic route: ``dψ/dt = f(ψ, t)`` integrated with an adaptive
8th-order Runge–Kutta method (SciPy ``DOP853``) at tight tolerances.
Stochastic route: the Itô equation ``dψ = f(ψ) dt + sqrt(2 Q) dW`` integrated
by Euler–Maruyama for an ensemble of paths from a seeded generator, with
ensemble statistics (mean, variance, standard errors, basin fractions).

Notes
-----
For the Landau potential ``V = (λ/2)(1 − r) ψ² + (λ/4) ψ⁴`` with ``r = γ/γc``
the TDGL drift is ``f = −D V'(ψ) = D λ (r − 1) ψ − D λ ψ³`` (collapse
manuscript Eq. (48)).  The noise intensity ``Q`` is ``D k_B T`` for the
correlator ``⟨η(t)η(t')⟩ = 2 D k_B T δ(t − t')`` of Eq. (47).

References
----------
Kloeden & Platen, *Numerical Solution of SDEs* (Euler–Maruyama);
collapse manuscript Eqs. (47)–(49), (87)–(91).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy.integrate import solve_ivp

from numerics import _domain

Drift = Callable[[np.ndarray], np.ndarray]


def landau_drift(D: float, lam: float, r: float, h: float = 0.0) -> Drift:
    """Drift ``−D V'(ψ)`` of the Landau potential with an optional bias ``−hψ``."""
    _domain.positive("tdgl.landau_drift", D=D, lam=lam)
    _domain.real("tdgl.landau_drift", r=r, h=h)
    return lambda psi: D * (lam * (r - 1.0) * psi - lam * psi**3 + h)


def integrate_deterministic(drift: Drift, psi0: float, t_eval, rtol: float = 1e-11,
                            atol: float = 1e-14) -> np.ndarray:
    """ψ(t) at the times ``t_eval`` (increasing, starting at or after 0)."""
    _domain.real("tdgl.integrate_deterministic", psi0=psi0)
    _domain.array("tdgl.integrate_deterministic", t_eval=t_eval)
    _domain.nonnegative("tdgl.integrate_deterministic", **{"t_eval[0]": float(np.min(t_eval))})
    _domain.positive("tdgl.integrate_deterministic", rtol=rtol, atol=atol)
    t_eval = np.asarray(t_eval, dtype=float)
    if t_eval[-1] <= 0.0:  # nothing to integrate: every requested time is the start
        return np.full(t_eval.shape, float(psi0))
    sol = solve_ivp(lambda t, y: drift(y), (0.0, float(t_eval[-1])), [psi0],
                    t_eval=t_eval, method="DOP853", rtol=rtol, atol=atol)
    if not sol.success:  # pragma: no cover - defensive
        raise RuntimeError(sol.message)
    return sol.y[0]


def end_state(drift: Drift, psi0: float, t_end: float, rtol: float = 1e-11, atol: float = 1e-14) -> float:
    """ψ(t_end) by Hairer and Wanner's DOP853 (the Fortran code behind ``scipy.integrate.ode``).

    The same 8th-order method and tolerances as :func:`integrate_deterministic`, for a scalar
    end state only: the Fortran driver calls the drift once per stage with no per-step Python
    bookkeeping (about 10× faster than ``solve_ivp``; the two agree to the tolerances, not bit
    for bit, since the step-size controllers differ in detail).
    """
    from scipy.integrate import ode

    _domain.real("tdgl.end_state", psi0=psi0)
    _domain.nonnegative("tdgl.end_state", t_end=t_end)
    _domain.positive("tdgl.end_state", rtol=rtol, atol=atol)
    if t_end <= 0.0:
        return float(psi0)
    solver = ode(lambda t, y: [drift(y[0])]).set_integrator("dop853", rtol=rtol, atol=atol, nsteps=10**6)
    solver.set_initial_value([float(psi0)], 0.0)
    y = solver.integrate(float(t_end))
    if not solver.successful():  # pragma: no cover - defensive
        raise RuntimeError(f"DOP853 failed (code {solver.get_return_code()})")
    return float(y[0])


def time_to_reach(drift: Drift, psi0: float, target: float, t_max: float,
                  rtol: float = 1e-12, atol: float = 1e-15) -> float:
    """First time the deterministic trajectory from ``psi0`` reaches ``target`` (event location)."""
    _domain.real("tdgl.time_to_reach", psi0=psi0, target=target)
    _domain.positive("tdgl.time_to_reach", t_max=t_max, rtol=rtol, atol=atol)
    ev = lambda t, y: y[0] - target
    ev.terminal = True
    sol = solve_ivp(lambda t, y: drift(y), (0.0, t_max), [psi0], events=ev,
                    method="DOP853", rtol=rtol, atol=atol)
    if not sol.t_events[0].size:
        return float("inf")
    return float(sol.t_events[0][0])


@dataclass(frozen=True)
class Ensemble:
    """Paths of an Euler–Maruyama run: ``times`` (k,) and ``paths`` (k, n_paths)."""

    times: np.ndarray
    paths: np.ndarray
    seed: int

    def mean(self) -> np.ndarray:
        return self.paths.mean(axis=1)

    def variance(self) -> np.ndarray:
        return self.paths.var(axis=1, ddof=1)

    def fraction_above(self, threshold: float = 0.0) -> tuple[float, float]:
        """Fraction of final values above ``threshold`` and its binomial standard error."""
        p = float(np.mean(self.paths[-1] > threshold))
        return p, float(np.sqrt(max(p * (1 - p), 1e-300) / self.paths.shape[1]))


def euler_maruyama(drift: Drift, psi0, noise: float, dt: float, n_steps: int,
                   n_paths: int, seed: int, record_every: int = 1) -> Ensemble:
    """Ensemble of Itô paths ``dψ = drift dt + sqrt(2·noise) dW``.

    Parameters
    ----------
    psi0
        Scalar or array of ``n_paths`` initial values.
    noise
        Intensity ``Q`` (``D k_B T`` for TDGL).
    seed
        Seed of ``numpy.random.default_rng``; recorded in the result.
    """
    _domain.array("tdgl.euler_maruyama", psi0=psi0)
    _domain.nonnegative("tdgl.euler_maruyama", noise=noise)
    _domain.positive("tdgl.euler_maruyama", dt=dt)
    _domain.integer("tdgl.euler_maruyama", 1, n_steps=n_steps, n_paths=n_paths, record_every=record_every)
    _domain.integer("tdgl.euler_maruyama", 0, seed=seed)
    rng = np.random.default_rng(seed)
    psi = np.broadcast_to(np.asarray(psi0, dtype=float), (n_paths,)).copy()
    amp = np.sqrt(2.0 * noise * dt)
    times, rec = [0.0], [psi.copy()]
    for k in range(1, n_steps + 1):
        psi = psi + drift(psi) * dt + amp * rng.standard_normal(n_paths)
        if k % record_every == 0:
            times.append(k * dt)
            rec.append(psi.copy())
    return Ensemble(np.array(times), np.array(rec), seed)


def first_passage_times(drift: Drift, psi0: float, level: float, noise: float, dt: float, t_max: float,
                        n_paths: int, seed: int) -> np.ndarray:
    """Euler–Maruyama first-passage times to ``|ψ| ≥ level`` (``inf`` for paths not absorbed by ``t_max``).

    Parameters
    ----------
    drift, noise, dt, seed
        As in :func:`euler_maruyama`.
    level
        Absorbing threshold on ``|ψ|`` (e.g. ψ_eq/√2 for the collapse-time convention).
    """
    _domain.real("tdgl.first_passage_times", psi0=psi0, level=level)
    _domain.nonnegative("tdgl.first_passage_times", noise=noise)
    _domain.positive("tdgl.first_passage_times", dt=dt, t_max=t_max)
    _domain.integer("tdgl.first_passage_times", 1, n_paths=n_paths)
    _domain.integer("tdgl.first_passage_times", 0, seed=seed)
    rng = np.random.default_rng(seed)
    fpt = np.full(n_paths, np.inf)
    amp = np.sqrt(2.0 * noise * dt)
    # the surviving paths kept packed, in path order (ids beside them): each step updates them
    # in place and drops the absorbed ones, the same arithmetic and normal draws as updating
    # psi[alive] of a full array (bit for bit), without the per-step gathers and scatters
    psi = np.full(n_paths, float(psi0))
    ids = np.arange(n_paths)
    for k in range(1, round(t_max / dt) + 1):
        if ids.size == 0:
            break
        psi += drift(psi) * dt + amp * rng.standard_normal(ids.size)
        hit = np.abs(psi) >= level
        if hit.any():
            fpt[ids[hit]] = k * dt
            keep = ~hit
            psi, ids = psi[keep], ids[keep]
    return fpt
