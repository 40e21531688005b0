"""The optimised paths of :mod:`numerics.lindblad` against straightforward references.

Speed figures live in ``benchmarks/``; these tests check that the fast code computes the
same numbers: the parity-odd Strang propagation (cached unitaries, precomputed dephasing
weights, single-threaded BLAS, threaded Richardson) against the plain step-by-step loop,
and the batched n-level K3 scan against the per-point eigen-propagator.
"""

import math
import sys

import numpy as np
import pytest

from numerics import lindblad as LB
from numerics import lmg


def _sectors(N, Gamma):
    sec = lmg.parity_sectors(N, Gamma)
    out = []
    for key in ("even", "odd"):
        d, e = sec[key]
        out.append(np.linalg.eigh(np.diag(d) + np.diag(e, 1) + np.diag(e, -1)))
    return tuple(out)


def _reference_propagate(even, odd, gamma, B, t, steps, every, order):
    """The Strang scheme written out plainly: half unitaries from the eigen-decompositions,
    the dephasing through the blocks a = ½(B_s + B_s†), b = ½(B_s† − B_s), one step at a time."""
    (Ee, Ve), (Eo, Vo) = even, odd
    h = t / steps
    k = np.arange(1, Eo.size + 1, dtype=float)

    def unitary(E, V, dt):
        return (V * np.exp(-1j * E * dt)) @ V.T

    def dephase(B, dt):
        half = 0.5 * gamma * dt
        Bs = B[1:, :]
        a = 0.5 * (Bs + Bs.conj().T)
        b = 0.5 * (Bs.conj().T - Bs)
        out = np.empty_like(B)
        out[0, :] = np.exp(-half * k**2) * B[0, :]
        out[1:, :] = (np.exp(-half * np.subtract.outer(k, k) ** 2) * a
                      - np.exp(-half * np.add.outer(k, k) ** 2) * b)
        return out

    def evolve(B, dt):
        return unitary(Ee, Ve, dt) @ B @ unitary(Eo, Vo, dt).conj().T

    B = B.astype(complex)
    out = []
    for s in range(1, steps + 1):
        if order == "HDH":
            B = evolve(dephase(evolve(B, h / 2), h), h / 2)
        else:
            B = dephase(evolve(dephase(B, h / 2), h), h / 2)
        if s % every == 0:
            out.append(B)
    return out


@pytest.fixture(scope="module")
def model():
    N, Gamma = 40, 0.85
    even, odd = _sectors(N, Gamma)
    psi_e = even[1][:, 0]
    B0 = 0.5 * np.outer(psi_e, psi_e[1:])
    tau = math.pi / (3 * (odd[0][0] - even[0][0]))
    return even, odd, B0, tau


@pytest.mark.parametrize("order", ["HDH", "DHD"])
@pytest.mark.parametrize("gamma", [0.0, 0.3, 2.5])
def test_propagation_equals_plain_loop(model, order, gamma):
    even, odd, B0, tau = model
    got = LB.OddSectorSplitting(even, odd, gamma).propagate(B0, 2 * tau, 40, 8, order)
    ref = _reference_propagate(even, odd, gamma, B0, 2 * tau, 40, 8, order)
    assert len(got) == len(ref) == 5
    scale = max(np.abs(r).max() for r in ref)
    assert max(np.abs(g - r).max() for g, r in zip(got, ref)) <= 1e-12 * scale


def test_richardson_equals_sequential_extrapolation(model):
    even, odd, B0, tau = model
    eng = LB.OddSectorSplitting(even, odd, 0.4)
    ext, err = eng.richardson(B0, tau, 2, 24, LB.sgn_correlator_from_block)
    coarse = [LB.sgn_correlator_from_block(b)
              for b in _reference_propagate(even, odd, 0.4, B0, 2 * tau, 48, 24, "HDH")]
    fine = [LB.sgn_correlator_from_block(b)
            for b in _reference_propagate(even, odd, 0.4, B0, 2 * tau, 96, 48, "HDH")]
    expect = (4 * np.array(fine) - np.array(coarse)) / 3
    assert np.abs(ext - expect).max() <= 1e-12
    assert err == pytest.approx(np.abs(expect - np.array(fine)).max(), rel=1e-6, abs=1e-15)
    assert err > 0  # the two step sizes really differ


def test_unitaries_are_shared_across_gamma_but_not_across_models(model):
    even, odd, _B0, tau = model
    a = LB.OddSectorSplitting(even, odd, 0.1)._unitaries(tau / 7)
    b = LB.OddSectorSplitting(even, odd, 0.9)._unitaries(tau / 7)
    assert a is b
    other = _sectors(40, 0.8)
    c = LB.OddSectorSplitting(*other, 0.1)._unitaries(tau / 7)
    assert c is not a and not np.allclose(c["Ue"], a["Ue"])


def test_parallel_runs_under_the_callers_tracer():
    """Work handed to threads is seen by a sys.settrace tracer (the claims route tracer)."""
    seen = set()

    def tracer(frame, event, arg):
        seen.add(frame.f_code.co_name)

    def marker_a():
        return 1

    def marker_b():
        return 2

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        out = LB._parallel([marker_a, marker_b])
    finally:
        sys.settrace(old)
    assert out == [1, 2]
    assert {"marker_a", "marker_b"} <= seen


def test_blas_threads_restored_after_propagation(model):
    handles = LB._openblas_handles()
    if not handles:
        pytest.skip("no OpenBLAS loaded in this process: nothing is changed")
    before = [get() for get, _put in handles]
    even, odd, B0, tau = model
    LB.OddSectorSplitting(even, odd, 0.2).richardson(B0, tau, 1, 4, LB.sgn_correlator_from_block)
    assert [get() for get, _put in handles] == before


def _truncated(n, N=60, Gamma=0.9):
    E, V = lmg.lowest_eigenpairs(N, Gamma, k=n)
    m = lmg.m_values(N)
    H = np.diag(E - E[0])
    A = V.T @ (m[:, None] * V)
    Q = V.T @ (np.sign(m)[:, None] * V)
    parity = np.array([1 if V[::-1, k] @ V[:, k] > 0 else -1 for k in range(n)])
    rho0 = np.zeros((n, n))
    rho0[0, 0] = 1.0
    return H, A, Q, rho0, math.pi / (3 * (E[1] - E[0])), LB.operator_parity_sector(parity)


@pytest.mark.parametrize("n", [3, 5, 8])
def test_sector_superoperator_is_bitwise_the_restricted_matrix(n):
    H, A, _Q, _rho0, _tau, sec = _truncated(n)
    L0, L1 = LB._sector_parts(H, A, sec)
    full = LB.dephasing_superoperator(H, A, 0.37)[np.ix_(sec, sec)]
    assert np.array_equal(L0 + 0.37 * L1, full)


@pytest.mark.parametrize("n", [3, 5, 8])
def test_k3_scan_equals_per_point_propagator(n):
    H, A, Q, rho0, tau, sec = _truncated(n)
    grid = np.linspace(0.0, 3.0, 13) * 1e-3 / tau
    ref = np.array([LB.k3_stationary(LB.DenseLiouvillian(H, A, g, sector=sec), Q, rho0, tau)
                    for g in grid])
    scan = LB.DenseK3Scan(H, A, Q, rho0, tau, sector=sec)
    assert np.abs(scan.k3_many(grid) - ref).max() <= 1e-12
    assert max(abs(scan.k3(g) - r) for g, r in zip(grid, ref)) <= 1e-12
    assert np.ptp(ref) > 1e-3  # K3 really moves over the grid
    full = LB.DenseK3Scan(H, A, Q, rho0, tau)  # no sector: the whole n²×n² superoperator
    assert full.k3(grid[4]) == pytest.approx(ref[4], abs=1e-10)


def test_k3_scan_threshold_equals_brentq_on_the_propagator():
    H, A, Q, rho0, tau, sec = _truncated(5)
    lo, hi = 1e-3 / tau, 50.0 / tau
    ref = LB.threshold_brentq(
        lambda g: LB.k3_stationary(LB.DenseLiouvillian(H, A, g, sector=sec), Q, rho0, tau), lo, hi)
    got = LB.DenseK3Scan(H, A, Q, rho0, tau, sector=sec).threshold(lo, hi)
    assert got == pytest.approx(ref, rel=1e-11)


def test_a_scanned_grid_narrows_the_threshold_search_to_the_same_root():
    H, A, Q, rho0, tau, sec = _truncated(5)
    lo, hi = 1e-3 / tau, 50.0 / tau
    fresh = LB.DenseK3Scan(H, A, Q, rho0, tau, sector=sec)
    alone = fresh.threshold(lo, hi)
    n_alone = len(fresh._seen)
    scan = LB.DenseK3Scan(H, A, Q, rho0, tau, sector=sec)
    grid = np.linspace(lo, hi, 41)
    scan.k3_many(grid)
    got = scan.threshold(lo, hi)
    assert got == pytest.approx(alone, rel=1e-11)
    cell = np.searchsorted(grid, got)
    assert grid[cell - 1] < got < grid[cell]  # the root lies in the cell the grid found
    assert len(scan._seen) - grid.size < n_alone  # fewer new exponentials than from [lo, hi]
    # a bracket without a sign change is refused, grid or not
    inside = grid[grid > got]
    with pytest.raises(ValueError):
        scan.threshold(inside[1], inside[-1])


@pytest.mark.parametrize("n", [3, 5, 8])
def test_the_scan_works_in_real_hermitian_coordinates(n):
    H, A, Q, rho0, tau, sec = _truncated(n)
    for index in (sec, np.arange(n * n)):  # the parity sector and the whole operator space
        T = LB.hermitian_basis(n, index)
        assert np.allclose(T.conj().T @ T, np.eye(index.size), atol=1e-15)
        L = LB.dephasing_superoperator(H, A, 0.37)[np.ix_(index, index)]
        Lr = T.conj().T @ L @ T
        assert np.abs(Lr.imag).max() <= 1e-12 * np.abs(Lr).max()  # a Lindbladian is real there
    scan = LB.DenseK3Scan(H, A, Q, rho0, tau, sector=sec)
    assert scan.L0.dtype == np.float64 and scan.v.dtype == np.float64


def test_a_sector_not_closed_under_transposition_keeps_complex_coordinates():
    import scipy.linalg as sla

    H, A = np.diag([0.0, 1.0]), np.array([[1.0, 0.3], [0.3, -1.0]])
    Q, rho0, tau = np.array([[0.0, 1.0], [1.0, 0.0]]), np.diag([1.0, 0.0]), 0.8
    for index in (np.array([1]), np.array([0, 1, 3])):  # (0,1) without its partner (1,0)
        assert LB.hermitian_basis(2, index) is None
        scan = LB.DenseK3Scan(H, A, Q, rho0, tau, sector=index)
        assert scan.L0.dtype == np.complex128
        g = 0.6
        L = LB.dephasing_superoperator(H, A, g)[np.ix_(index, index)]
        v = LB.instrument(Q, rho0).reshape(-1)[index]
        q = Q.T.reshape(-1)[index]
        c1, c2 = (np.real(q @ sla.expm(L * t) @ v) for t in (tau, 2 * tau))
        assert abs(2 * c1 - c2) > 0.1
        assert scan.k3(g) == pytest.approx(2 * c1 - c2, rel=1e-12)
        assert scan.k3_many([g])[0] == pytest.approx(2 * c1 - c2, rel=1e-12)
