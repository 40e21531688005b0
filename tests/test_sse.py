"""Tests of the SSE ensemble integrator and the master-equation integrator (numerics.sse)."""

import numpy as np
import pytest

from numerics import sse


def _rng(seed=0):
    return np.random.default_rng(seed)


def test_transition_fast_path_equals_generic_channels():
    rng = _rng(1)
    J = rng.uniform(0, 1, (3, 3))
    tr = sse.Transitions(J, np.sqrt(J) * 0.8)
    th = sse._stack(tr.channels(), "thermal")
    psi = rng.standard_normal((7, 3)) + 1j * rng.standard_normal((7, 3))
    dW = rng.standard_normal((7, 9))
    H = np.diag([0.0, 1.0, 2.5]).astype(complex)
    a = sse._increment(psi, H, th, None, None, dW, 1e-2)
    b = sse._increment(psi, H, None, None, tr, dW, 1e-2)
    assert np.abs(a - b).max() < 1e-13


def test_liouvillian_preserves_trace_and_hermiticity():
    rng = _rng(2)
    L = rng.standard_normal((3, 3)) + 1j * rng.standard_normal((3, 3))
    H = np.diag([0.0, 1.0, 3.0]).astype(complex)
    sup = sse.liouvillian(H, [sse.Channel(L, 1.0, 0.7)])
    X = rng.standard_normal((3, 3)) + 1j * rng.standard_normal((3, 3))
    rho = X @ X.conj().T
    out = (sup @ rho.reshape(-1, order="F")).reshape(3, 3, order="F")
    assert abs(np.trace(out)) < 1e-12
    assert np.abs(out - out.conj().T).max() < 1e-12


def test_dephasing_master_equation_has_known_solution():
    gamma, t = 0.3, 2.0
    sz = np.diag([1.0, -1.0]).astype(complex)
    rho0 = np.full((2, 2), 0.5, complex)
    rho = sse.master_equation_states(
        np.zeros((2, 2), complex), [sse.Channel(sz, 1.0, gamma)], rho0, np.array([t])
    )[0]
    assert rho[0, 1] == pytest.approx(0.5 * np.exp(-2 * gamma * t), rel=1e-12)


def test_no_channels_is_unitary_and_runs_are_reproducible():
    H = np.array([[0.0, 1.0], [1.0, 0.5]], complex)
    psi0 = np.array([1.0, 0.0], complex)
    f1, c1 = sse.simulate(H, [], psi0, 0.5, 1e-3, 3, seed=4)
    f2, _ = sse.simulate(H, [], psi0, 0.5, 1e-3, 3, seed=4)
    assert np.array_equal(f1.psi, f2.psi)
    w, V = np.linalg.eigh(H)
    exact = V @ np.diag(np.exp(-0.5j * w)) @ V.conj().T @ psi0
    assert np.abs(2 * f1.psi[-1, 0] - c1.psi[-1, 0] - exact).max() < 1e-6


def test_extrapolated_mean_and_standard_error():
    y = np.arange(10.0)
    m, se = sse.extrapolated(y, y)
    assert m == pytest.approx(4.5)
    assert se == pytest.approx(np.std(y, ddof=1) / np.sqrt(10))


def test_small_ensemble_agrees_with_master_equation():
    """A small OQT ensemble (400 trajectories) against Eq. (2): within 5 standard errors."""
    H = np.diag([0.0, 1.0]).astype(complex)
    tr = sse.oqt_transitions(np.array([0.3, 0.7]), 1.0)
    psi0 = np.array([1.0, 1.0j]) / np.sqrt(2)
    f, c = sse.simulate(H, [], psi0, 0.5, 5e-3, 400, seed=9, n_record=3, transitions=tr)
    for cmp in sse.compare_with_master(f, c, H, tr.channels()):
        assert cmp.max_z < 5


def test_collapse_channel_keeps_norm_on_average():
    P = [np.diag([1.0, 0.0]).astype(complex), np.diag([0.0, 1.0]).astype(complex)]
    ch = [sse.Channel(p, 1.0, 1.0, kind="collapse") for p in P]
    f, c = sse.simulate(
        np.zeros((2, 2), complex),
        ch,
        np.array([0.6, 0.8], complex),
        0.5,
        5e-3,
        400,
        seed=10,
        n_record=2,
    )
    m, se = sse.extrapolated(f.norms[-1], c.norms[-1])
    assert abs(m - 1) < 5 * se + 1e-12
