"""Tests of the TDGL engine (:mod:`numerics.tdgl`) against closed forms and exact statistics."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from numerics import tdgl


def logistic_solution(t, eps, psi_eq, tau):
    """Closed-form homogeneous TDGL solution (reference, written independently of the engine)."""
    return psi_eq * eps * math.exp(t / tau) / math.sqrt(psi_eq**2 + eps**2 * (math.exp(2 * t / tau) - 1))


@settings(derandomize=True, database=None, max_examples=25, deadline=None)
@given(eps=st.floats(0.01, 0.5), psi_eq=st.floats(0.2, 1.5), tau=st.floats(0.3, 3.0), t=st.floats(0.0, 6.0))
def test_deterministic_matches_logistic(eps, psi_eq, tau, t):
    D, lam, r = 1 / (tau * psi_eq**2), 1.0, 1 + psi_eq**2
    got = tdgl.integrate_deterministic(tdgl.landau_drift(D, lam, r), eps, [0.0, t])[-1]
    assert got == pytest.approx(logistic_solution(t, eps, psi_eq, tau), rel=1e-8)


def test_time_to_reach_event():
    f = tdgl.landau_drift(1.0, 1.0, 2.0)  # ψ_eq = 1, τ = 1
    t = tdgl.time_to_reach(f, 1e-3, 0.5, 50.0)
    exact = 0.5 * math.log(0.25 / 1e-6 * (1 - 1e-6) / (1 - 0.25))
    assert t == pytest.approx(exact, rel=1e-9)


def test_time_to_reach_never():
    f = tdgl.landau_drift(1.0, 1.0, 0.5)  # below threshold: decays to 0
    assert tdgl.time_to_reach(f, 0.1, 0.5, 20.0) == math.inf


def test_euler_maruyama_ou_stationary_variance():
    """Ornstein–Uhlenbeck dψ = −kψ dt + √(2Q) dW has stationary variance Q/k."""
    ens = tdgl.euler_maruyama(lambda p: -2.0 * p, 0.0, noise=0.3, dt=0.005, n_steps=2000, n_paths=5000,
                              seed=11, record_every=2000)
    var = ens.variance()[-1]
    se = var * math.sqrt(2 / 4999)
    assert abs(var - 0.15) < 4 * se + 0.15 * 2.0 * 0.005  # 4σ plus the O(k dt) Euler bias
    assert ens.seed == 11


def test_euler_maruyama_is_deterministic_for_a_seed():
    a = tdgl.euler_maruyama(lambda p: -p, 0.2, 0.1, 0.01, 100, 50, seed=3)
    b = tdgl.euler_maruyama(lambda p: -p, 0.2, 0.1, 0.01, 100, 50, seed=3)
    np.testing.assert_array_equal(a.paths, b.paths)


def test_fraction_above_symmetric_double_well():
    f = tdgl.landau_drift(1.0, 1.0, 2.0)
    ens = tdgl.euler_maruyama(f, 0.0, noise=0.01, dt=0.01, n_steps=1500, n_paths=4000, seed=5, record_every=1500)
    p, se = ens.fraction_above(0.0)
    assert abs(p - 0.5) < 4 * se


def test_first_passage_free_diffusion_mean():
    """Free diffusion with intensity Q from 0 to |ψ| = L: mean first-passage time L²/(2Q)."""
    fpt = tdgl.first_passage_times(lambda p: 0.0 * p, 0.0, 1.0, noise=0.5, dt=1e-3, t_max=20.0, n_paths=3000, seed=2)
    assert np.all(np.isfinite(fpt))
    se = fpt.std(ddof=1) / math.sqrt(fpt.size)
    assert abs(fpt.mean() - 1.0) < 4 * se + 0.05  # plus O(√dt) discrete-monitoring bias


# --- fast paths (issue 23): compared with the former computations ----------------------------

def _first_passage_full_array(drift, psi0, level, noise, dt, t_max, n_paths, seed):
    """The former first_passage_times loop (the whole ensemble array, psi[alive] gathered each step)."""
    rng = np.random.default_rng(seed)
    psi = np.full(n_paths, float(psi0))
    fpt = np.full(n_paths, np.inf)
    alive = np.ones(n_paths, dtype=bool)
    amp = np.sqrt(2.0 * noise * dt)
    for k in range(1, round(t_max / dt) + 1):
        idx = np.flatnonzero(alive)
        if idx.size == 0:
            break
        psi[idx] += drift(psi[idx]) * dt + amp * rng.standard_normal(idx.size)
        hit = idx[np.abs(psi[idx]) >= level]
        fpt[hit] = k * dt
        alive[hit] = False
    return fpt


@pytest.mark.parametrize("r, noise, dt, t_max, n, seed, psi0", [
    (1.01, 1e-5, 0.2, 300.0, 800, 20260406, 0.0),  # the collapse-time tail, some paths not absorbed
    (1.5, 1e-3, 0.05, 200.0, 500, 7, 0.0),
    (2.0, 0.1, 0.01, 50.0, 300, 11, -0.2),
])
def test_first_passage_packed_equals_full_array(r, noise, dt, t_max, n, seed, psi0):
    f, level = tdgl.landau_drift(1.0, 1.0, r), math.sqrt((r - 1) / 2)
    new = tdgl.first_passage_times(f, psi0, level, noise, dt, t_max, n, seed)
    old = _first_passage_full_array(f, psi0, level, noise, dt, t_max, n, seed)
    assert np.array_equal(new, old)  # bit for bit, inf for the paths still alive at t_max


@pytest.mark.parametrize("p0", [0.25, 1e-3, 1e-6, 4.5e-13, 0.0, -1e-12, -0.3])
def test_end_state_matches_solve_ivp(p0):
    f = tdgl.landau_drift(1.0, 1.0, 2.0)
    old = tdgl.integrate_deterministic(f, p0, [0.0, 60.0])[-1]
    new = tdgl.end_state(f, p0, 60.0)
    assert np.sign(new) == np.sign(old)
    assert new == pytest.approx(old, abs=1e-10)


@pytest.mark.parametrize("r", [1.5, 2.0, 3.0])
def test_separatrix_bisection_decides_as_solve_ivp(r):
    """Every bisection step of numerics.collapse.separatrix_of_symmetric_potential takes the same
    branch with the scalar DOP853 as with solve_ivp's DOP853 (so the same separatrix, bit for bit)."""
    from numerics import collapse

    f = tdgl.landau_drift(1.0, 1.0, r)
    lo, hi = -0.5, 0.5
    for _ in range(40):
        mid = 0.5 * (lo + hi)
        above = tdgl.integrate_deterministic(f, mid, [0.0, 60.0])[-1] > 0
        assert (tdgl.end_state(f, mid, 60.0) > 0) == above
        lo, hi = (lo, mid) if above else (mid, hi)
    assert collapse.separatrix_of_symmetric_potential(r) == 0.5 * (lo + hi)


def test_end_state_refuses_a_negative_time_and_a_nan_start():
    f = tdgl.landau_drift(1.0, 1.0, 2.0)
    with pytest.raises(ValueError, match="t_end must be"):
        tdgl.end_state(f, 0.1, -1.0)
    with pytest.raises(ValueError, match="psi0 must be"):
        tdgl.end_state(f, float("nan"), 1.0)
    assert tdgl.end_state(f, 0.3, 0.0) == 0.3
