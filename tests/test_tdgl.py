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
