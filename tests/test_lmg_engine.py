"""Tests of the LMG engine :mod:`numerics.lmg` (exact diagonalisation, parity, splitting)."""

from __future__ import annotations

import ast
import math
from pathlib import Path

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from numerics import lmg

GAMMA = 0.95


def _dense_parity(V: np.ndarray) -> np.ndarray:
    """±1 parity of dense eigenvector columns under m → −m (0 if not a parity state)."""
    overlap = np.einsum("ij,ij->j", V[::-1], V)
    return np.where(overlap > 0.5, 1, np.where(overlap < -0.5, -1, 0))


@pytest.fixture(scope="module")
def split_3000():
    return lmg.splitting(3000, GAMMA)


# ------------------------------------------------------------------------------ operators


def test_operator_pieces_small_N():
    assert np.array_equal(lmg.jz_diag(3), [-1.5, -0.5, 0.5, 1.5])
    assert np.array_equal(lmg.jz2_diag(2), [1.0, 0.0, 1.0])
    assert np.array_equal(lmg.sgn_jz_diag(2), [-1.0, 0.0, 1.0])      # sgn(0) = 0
    # ⟨m+1|J_x|m⟩ = ½√(j(j+1) − m(m+1)), j = 1
    assert np.allclose(lmg.jx_offdiag(2), [math.sqrt(2) / 2] * 2)


def test_angular_momentum_algebra():
    """J_x² + J_y² + J_z² = j(j+1) with J_y from the same ladder elements."""
    N = 7
    j = N / 2
    jp = np.diag(2 * lmg.jx_offdiag(N), -1)                 # ⟨m+1|J_+|m⟩ below the diagonal
    jx, jy = (jp + jp.T) / 2, (jp - jp.T) / 2j
    jz = np.diag(lmg.jz_diag(N))
    casimir = jx @ jx + jy @ jy + jz @ jz
    assert np.allclose(casimir, j * (j + 1) * np.eye(N + 1))
    assert np.allclose(jx @ jy - jy @ jx, 1j * jz)


def test_expectation_forms():
    N = 6
    rng = np.random.default_rng(1)
    a, b = rng.standard_normal(N + 1), rng.standard_normal(N + 1)
    jx = (None, lmg.jx_offdiag(N))
    dense = np.diag(lmg.jx_offdiag(N), 1) + np.diag(lmg.jx_offdiag(N), -1)
    assert lmg.expectation(a, jx, b) == pytest.approx(a @ dense @ b, rel=1e-14)
    assert lmg.expectation(a, lmg.jz_diag(N), b) == pytest.approx(a @ (lmg.jz_diag(N) * b))
    A = rng.standard_normal((N + 1, 3))
    assert np.allclose(lmg.expectation(A, jx, A), A.T @ dense @ A)


# ------------------------------------------------------------------------------ spectrum


def test_N2_closed_form():
    E, _ = lmg.spectrum_dense(2, 0.5, J=1.0)
    expected = sorted([(-1 - math.sqrt(5)) / 2, -1.0, (-1 + math.sqrt(5)) / 2])
    assert np.allclose(E, expected, atol=1e-14)
    E3, _ = lmg.lowest_eigenpairs(2, 0.5, k=3)
    assert np.allclose(E3, expected, atol=1e-14)


@pytest.mark.parametrize("N", [1, 2, 3, 10, 11, 40, 41, 120, 121])
@pytest.mark.parametrize("h", [0.0, 0.07])
def test_tridiagonal_vs_dense(N, h):
    Ed, _ = lmg.spectrum_dense(N, GAMMA, J=1.3, h=h)
    k = min(5, N + 1)
    E, V = lmg.lowest_eigenpairs(N, GAMMA, k=k, J=1.3, h=h)
    assert np.allclose(E, Ed[:k], atol=1e-10 * N)
    H = lmg.hamiltonian_dense(N, GAMMA, J=1.3, h=h)
    assert np.allclose(H @ V, V * E, atol=1e-9 * N)
    assert np.allclose(V.T @ V, np.eye(k), atol=1e-10)


def test_full_route_sign_convention_deterministic():
    _, V1 = lmg.lowest_eigenpairs(60, 0.7, k=3, h=0.01)
    _, V2 = lmg.lowest_eigenpairs(60, 0.7, k=3, h=0.01)
    assert np.array_equal(V1, V2)
    idx = np.argmax(np.abs(V1), axis=0)
    assert np.all(V1[idx, np.arange(3)] > 0)


@settings(deadline=None, max_examples=40)
@given(N=st.integers(1, 36), Gamma=st.floats(0.05, 3.0), J=st.floats(0.3, 3.0))
def test_parity_sectors_union_is_spectrum_and_alternates(N, Gamma, J):
    Ed, Vd = lmg.spectrum_dense(N, Gamma, J)
    sec = lmg.parity_sectors(N, Gamma, J)
    blocks = []
    for p in ("even", "odd"):
        d, e = sec[p]
        blocks.append(np.linalg.eigvalsh(np.diag(d) + np.diag(e, 1) + np.diag(e, -1))
                      if d.size else np.empty(0))
    assert np.allclose(np.sort(np.concatenate(blocks)), Ed, atol=1e-11 * (1 + np.ptp(Ed)))
    # interlacing theorem: for Γ > 0 the parities alternate, even first
    E, V, par = lmg.lowest_eigenpairs_parity(N, Gamma, k=N + 1, J=J)
    assert np.array_equal(par, [(-1) ** i for i in range(N + 1)])
    assert np.allclose(E, Ed, atol=1e-11 * (1 + np.ptp(Ed)))
    gaps = np.diff(Ed)
    if gaps.size == 0 or gaps.min() > 1e-8:          # non-degenerate: dense vectors have parity
        assert np.array_equal(_dense_parity(Vd), par)


@pytest.mark.parametrize("N", [8, 9])
def test_sector_embedding_is_parity_eigenbasis(N):
    for p, sign in (("even", 1), ("odd", -1)):
        sec = lmg.parity_sectors(N, 0.8)
        n = sec[p][0].size
        full = lmg.sector_to_full(np.eye(n), p, N)
        assert np.allclose(full.T @ full, np.eye(n))                 # orthonormal
        assert np.allclose(full[::-1], sign * full)                  # R = ±1
        H = lmg.hamiltonian_dense(N, 0.8)
        d, e = sec[p]
        assert np.allclose(full.T @ H @ full, np.diag(d) + np.diag(e, 1) + np.diag(e, -1))


def test_odd_N_middle_coupling():
    """Odd N: the sectors differ only by ∓Γ(j+½) on the m = ½ diagonal element."""
    N, G = 5, 0.7
    sec = lmg.parity_sectors(N, G)
    diag, off, m = lmg.hamiltonian_tridiagonal(N, G)
    i_half = N // 2                                  # index of m = −½; coupling to +½
    assert off[i_half] == pytest.approx(-G * (N / 2 + 0.5))
    assert sec["even"][0][0] == pytest.approx(diag[i_half + 1] + off[i_half])
    assert sec["odd"][0][0] == pytest.approx(diag[i_half + 1] - off[i_half])
    assert np.array_equal(sec["even"][1], sec["odd"][1])


# ------------------------------------------------------------------------------ doublet


def test_doublet_parities_and_order():
    d = lmg.doublet(200, GAMMA, k=4)
    assert list(d.parity) == [1, -1, 1, -1]
    assert np.all(np.diff(d.E) >= 0)
    V = d.vecs
    assert np.allclose(V[::-1, 0], V[:, 0]) and np.all(V[:, 0] > 0)      # E0 even, positive
    assert np.allclose(V[::-1, 1], -V[:, 1])                              # E1 odd
    assert np.all(V[d.m > 0, 1] > 0)
    assert float(d.splitting) == pytest.approx(d.E[1] - d.E[0], rel=1e-6)
    assert d.splitting_method == "double"


def test_dense_spectrum_is_kept_read_only_and_checked_before_the_cache():
    """One eigh per (N, Γ, J, h), shared read-only; the same numbers as a fresh eigh; an input
    equal to a cached key but outside the domain (3.0 for N = 3, True for N = 1) still fails."""
    E, V = lmg.spectrum_dense(3, 0.5)
    E2, V2 = lmg.spectrum_dense(np.int64(3), np.float64(0.5), J=1, h=0)
    assert E2 is E and V2 is V
    Ef, Vf = np.linalg.eigh(lmg.hamiltonian_dense(3, 0.5))
    assert np.array_equal(E, Ef) and np.allclose(np.abs(V), np.abs(Vf), atol=1e-14)
    with pytest.raises(ValueError):
        V[0, 0] = 1.0
    lmg.spectrum_dense(1, 0.5)
    for bad in (3.0, True):
        with pytest.raises(ValueError, match="N must be an integer"):
            lmg.spectrum_dense(bad, 0.5)


def test_parity_proposition_zero_jz():
    """⟨E|J_z|E⟩ = 0 for non-degenerate eigenstates at h = 0 (dense, no parity imposed)."""
    N = 24
    E, V = lmg.spectrum_dense(N, GAMMA)
    assert np.diff(E).min() > 1e-6
    jz = lmg.jz_diag(N)
    diag_elems = np.array([lmg.expectation(V[:, i], jz, V[:, i]) for i in range(N + 1)])
    assert np.max(np.abs(diag_elems)) < 1e-10
    X = lmg.expectation(V[:, 0], jz, V[:, 1])
    assert abs(X) > 1.0                                # the doublet is connected by J_z
    assert lmg.expectation(V[:, 0], lmg.sgn_jz_diag(N), V[:, 0]) == pytest.approx(0, abs=1e-12)


@pytest.mark.parametrize("N", [100, 101])
def test_hellmann_feynman(N):
    G, dG = 0.8, 1e-5
    Ep = lmg.lowest_eigenpairs(N, G + dG, k=1)[0][0]
    Em = lmg.lowest_eigenpairs(N, G - dG, k=1)[0][0]
    _, V = lmg.lowest_eigenpairs(N, G, k=1)
    jx = lmg.expectation(V[:, 0], (None, lmg.jx_offdiag(N)), V[:, 0])
    assert (Ep - Em) / (2 * dG) == pytest.approx(-2 * jx, rel=1e-7)


def test_large_N_parity_eigenpairs():
    E, V = lmg.lowest_eigenpairs(20000, GAMMA, k=2)
    assert E[1] >= E[0]
    assert np.allclose(V[::-1, 0], V[:, 0]) and np.allclose(V[::-1, 1], -V[:, 1])


# ------------------------------------------------------------------------------ splitting


@pytest.mark.parametrize("N, rel_tol", [(40, 1e-10), (41, 1e-10), (370, 1e-10), (1001, 1e-6)])
def test_double_and_mpmath_routes_agree(N, rel_tol):
    rd = lmg.splitting(N, GAMMA, rel_tol=rel_tol)
    rm = lmg.splitting(N, GAMMA, dps=45)
    assert rd.method == "double" and rd.decided
    assert rm.method.startswith("mpmath") and rm.decided
    assert abs(rd.value - rm.value) <= rd.abs_error_estimate + rm.abs_error_estimate
    assert rd.rel_error_estimate <= rel_tol


def test_benchmark_point_is_resolved_in_double():
    r = lmg.splitting(370, GAMMA)
    assert r.method == "double" and r.value > 0
    assert r.significant_digits >= 10


def test_double_route_fails_at_3000_and_escalates(split_3000):
    rd = lmg.splitting_double(3000, GAMMA)
    assert not rd.decided and rd.value is None
    r = split_3000
    assert r.decided and r.method.startswith("mpmath dps=")
    assert rd.abs_error_estimate > r.value                 # double bar exceeds the splitting
    assert r.abs_error_estimate <= 1e-10 * r.value
    before = mpmath.mp.prec
    lmg.splitting(1500, GAMMA, dps=30)
    assert mpmath.mp.prec == before                       # precision changes are scoped


def test_double_error_bars_are_conservative(split_3000):
    rd = lmg.splitting_double(3000, GAMMA)
    sec = lmg.parity_sectors(3000, GAMMA)
    for p, ref in (("even", split_3000.E_even), ("odd", split_3000.E_odd)):
        err = lmg.DOUBLE_EIG_ERR_FACTOR * lmg.EPS * sec["norm1"][p]
        assert abs(getattr(rd, "E_" + p) - ref) <= err
    assert abs((rd.E_odd - rd.E_even) - split_3000.value) <= rd.abs_error_estimate


def test_doublet_falls_back_to_wronskian_when_undecided():
    d = lmg.doublet(3000, GAMMA, max_dps=20)
    assert d.splitting_method.startswith("wronskian-double")
    ref = lmg.splitting(3000, GAMMA)
    assert abs(d.splitting - ref.value) <= d.splitting_error_estimate + ref.abs_error_estimate


def test_mpmath_consistent_across_precisions(split_3000):
    a = lmg.splitting(3000, GAMMA, dps=40, verify=False)
    b = lmg.splitting(3000, GAMMA, dps=60, verify=False)
    assert a.decided and b.decided and a.dps == 40 and b.dps == 60
    with mpmath.workdps(70):
        assert abs(a.value - b.value) <= a.abs_error_estimate + b.abs_error_estimate
        ref = split_3000
        assert abs(b.value - ref.value) <= b.abs_error_estimate + ref.abs_error_estimate
    assert a.significant_digits < b.significant_digits


def test_odd_N_mpmath_route():
    r = lmg.splitting(3001, GAMMA)
    w = lmg.splitting_wronskian(3001, GAMMA)
    assert r.decided and r.method.startswith("mpmath")
    assert float(abs(w.value_mp / r.value - 1)) <= w.rel_error_estimate + r.rel_error_estimate


def test_too_small_max_dps_is_undecided():
    r = lmg.splitting(3000, GAMMA, max_dps=20)
    assert not r.decided
    assert r.value is None and r.reason
    assert r.significant_digits == 0
    forced = lmg.splitting(3000, GAMMA, dps=17, verify=False)
    assert not forced.decided and forced.value is None


def test_invalid_gamma_rejected():
    with pytest.raises(ValueError):
        lmg.splitting(10, 0.0)
    with pytest.raises(ValueError):
        lmg.splitting(10, -0.5)


@pytest.mark.parametrize("N", [2, 3, 50, 51, 3000])
def test_wronskian_route_agrees(N, split_3000):
    r = split_3000 if N == 3000 else lmg.splitting(N, GAMMA)
    w = lmg.splitting_wronskian(N, GAMMA)
    assert float(abs(w.value_mp / r.value - 1)) <= w.rel_error_estimate + r.rel_error_estimate
    assert w.rel_error_estimate < 1e-9


def test_wronskian_value_only_is_bit_identical():
    """splitting_wronskian_value (no error estimate) gives splitting_wronskian(...).value bit
    for bit: the fit ranges of lmg_lgi §5 at seeded Γ/J, small N of both parities, and deep
    tunnelling (underflow to 0.0 beyond ln ΔE < −745)."""
    import random

    rng = random.Random(11)
    gs = [0.9, 0.95, 0.99, 0.1] + [rng.uniform(0.88, 0.999) for _ in range(4)]
    for g in gs:
        for N in [*range(2, 30), *(rng.randint(40, 560) for _ in range(12))]:
            assert lmg.splitting_wronskian_value(N, g) == lmg.splitting_wronskian(N, g).value
    assert lmg.splitting_wronskian_value(2001, 0.1) == lmg.splitting_wronskian(2001, 0.1).value == 0.0


def test_wronskian_deep_tunnelling_vs_mpmath():
    """ΔE ~ 1e-174 at N = 201, Γ/J = 0.1: ~180 digits of cancellation in the mpmath route."""
    r = lmg.splitting(201, 0.1, max_dps=300)
    w = lmg.splitting_wronskian(201, 0.1)
    assert r.decided and r.dps > 180
    assert float(abs(w.value_mp / r.value - 1)) <= w.rel_error_estimate + r.rel_error_estimate


def test_splitting_slope_is_instanton_action():
    S = lmg.instanton_action(GAMMA)
    r2, r4 = lmg.splitting(2000, GAMMA), lmg.splitting(4000, GAMMA)
    assert r2.decided and r4.decided
    slope = float(mpmath.log(r4.value) - mpmath.log(r2.value)) / 2000
    assert slope == pytest.approx(-S, rel=0.03)
    # the Wronskian route gives the same slope far out, closer to −S_inst
    w1, w2 = lmg.splitting_wronskian(40000, GAMMA), lmg.splitting_wronskian(80000, GAMMA)
    slope_far = (w2.log_value - w1.log_value) / 40000
    assert abs(slope_far + S) < abs(slope + S)
    assert slope_far == pytest.approx(-S, rel=2e-3)


def test_instanton_action_closed_form_vs_integral():
    S = lmg.instanton_action(0.6)
    ms = lmg.m_star(0.6)
    integral = mpmath.quad(lambda z: mpmath.log(mpmath.sqrt(1 - z**2) / 0.6), [0, ms])
    assert S == pytest.approx(float(integral), rel=1e-12)


def test_numerics_never_imports_claims():
    src = Path(lmg.__file__).read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Import):
            assert not any(a.name.split(".")[0] == "claims" for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert (node.module or "").split(".")[0] != "claims"


def test_chained_pivots_equal_each_rows_own_factorisation():
    """The rows of one chained dpttrf call are bit for bit the per-row factorisations, and the
    LDLᵀ recurrence q_i = d_i − e_{i−1}²/q_{i−1} written out."""
    from scipy.linalg.lapack import dpttrf

    rng = np.random.default_rng(7)
    e = rng.normal(size=9)
    D = 4.0 + rng.uniform(size=(3, 10))
    q, info = lmg._pivots(D, e)
    assert info == 0
    for row, qrow in zip(D, q):
        np.testing.assert_array_equal(qrow, dpttrf(row, e)[0])
        ref = [row[0]]
        for i in range(1, row.size):
            ref.append(row[i] - e[i - 1] ** 2 / ref[-1])
        np.testing.assert_allclose(qrow, ref, rtol=1e-14)
    D[1, 4] = -10.0                                     # one row not positive definite
    assert lmg._pivots(D, e)[1] != 0


def test_log_ground_vectors_match_the_dense_ground_state():
    sec = lmg.parity_sectors(60, GAMMA)
    d, e = sec["even"]
    w, V = np.linalg.eigh(np.diag(d) + np.diag(e, 1) + np.diag(e, -1))
    v = np.abs(V[:, 0])
    la = lmg._log_ground_vectors(d, e, [w[0], w[0]], int(np.argmax(v)))
    np.testing.assert_array_equal(la[0], la[1])
    np.testing.assert_allclose(np.exp(la[0]), v, rtol=1e-8, atol=1e-15)
