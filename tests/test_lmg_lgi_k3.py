"""Engine tests of the K3 block of lmg_lgi: the Taylor-series channel (derive.lmg_k3_series),
its derivation routes (derive.lmg_lgi_k3) and the numerical routes (numerics.lmg_lgi.k3_checks)."""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest

from derive import lmg_k3_series as S
from derive import lmg_lgi_k3 as D
from derive.lmg_lgi import _frac, nlevel_model_mp
from numerics.lmg_lgi import k3 as NK
from numerics.lmg_lgi import k3_checks as NC

N, G, J = 40, 0.9, 1000.0  # a small sector: fast, still a doublet


def test_taylor_exponential_of_a_rotation_generator():
    w = 37.3  # ‖M‖ ≫ ½: exercises the scaling and squaring
    P = S._expm_taylor([[0j, -w + 0j], [w + 0j, 0j]])
    assert abs(P[0][0] - math.cos(w)) < 1e-12 and abs(P[1][0] - math.sin(w)) < 1e-12


def test_taylor_exponential_of_a_defective_matrix():
    # exp([[a, 1], [0, a]]) = e^a [[1, 1], [0, 1]]: the non-normal case the Liouvillian is
    a = -2.5 + 3j
    P = S._expm_taylor([[a, 1 + 0j], [0j, a]])
    e = complex(np.exp(a))
    assert abs(P[0][0] - e) < 1e-12 * abs(e) and abs(P[0][1] - e) < 1e-12 * abs(e) and abs(P[1][0]) == 0


def test_double_precision_model_matches_the_30_digit_model():
    a = S.model_doubles(N, G, 6)
    b = nlevel_model_mp(N, _frac(G), 6)
    assert max(abs(x - float(y)) for x, y in zip(a["E"], b["E"])) < 1e-12
    for key in ("Jz", "Jz2", "Q", "P0"):
        assert max(abs(abs(a[key][i][j]) - abs(float(b[key][i][j]))) for i in range(6) for j in range(6)) < 1e-10


def test_two_level_ceiling_at_zero_dephasing_is_three_halves_q01_squared():
    q01 = S.model_float(N, G, 2)["Q"][1][0]
    assert S.k3_stationary(N, G, J, 0.0, 2) == pytest.approx(1.5 * q01**2, rel=1e-12)


@pytest.mark.parametrize("n", [3, 5])
def test_series_k3_matches_lapack_eigen_propagation(n):
    assert S.k3_stationary(N, G, J, 0.7, n) == pytest.approx(NK.k3(N, G, J, 0.7, n), rel=1e-9)


def test_threshold_is_a_root_of_k3_minus_one():
    g = S.threshold(N, G, J, 5)
    assert abs(S.k3_stationary(N, G, J, g, 5) - 1) < 1e-11
    assert S.k3_stationary(N, G, J, 0.5 * g, 5) > 1 > S.k3_stationary(N, G, J, 2 * g, 5)


def test_coherence_eigenvalue_without_dephasing_is_the_gap():
    E = S.model_float(N, G, 4)["E"]
    dE = (E[1] - E[0]) * J
    lam = S.coherence_eigenvalue(N, G, J, 0.0, 4, complex(-1.0, 1.01 * dE))
    assert abs(lam - 1j * dE) < 1e-9 * dE


def test_thermal_doublet_leaves_the_two_level_k3_unchanged_but_not_the_five_level():
    pure2 = S.k3_stationary(N, G, J, 0.3, 2)
    assert S.k3_stationary(N, G, J, 0.3, 2, (0.6, 0.4)) == pytest.approx(pure2, abs=1e-13)
    assert abs(S.k3_stationary(N, G, J, 0.3, 5, (0.6, 0.4)) - S.k3_stationary(N, G, J, 0.3, 5)) > 1e-6


def test_macrorealist_maximum_is_one_by_enumeration_and_by_lp():
    assert int(D.macrorealist_maximum_trichotomic()) == 1
    assert NC.macrorealist_maximum_by_lp()["value"] == pytest.approx(1.0, abs=1e-12)


def test_complete_coherent_sum_matches_dense_diagonalisation_and_truncations_approach_it():
    full = D.coherent_ceiling_complete(N, G)
    assert full == pytest.approx(NC.coherent_ceiling_complete(N, G), rel=1e-10)
    # the coherent sum over the lowest n states approaches the complete one
    errs = [abs(float(D.coherent_ceiling_n_levels(N, G, n)) - full) for n in (2, 6, 10)]
    assert errs[2] < errs[0]


def test_post_state_weights_sum_with_every_level_to_the_trace():
    p0 = S.model_float(N, G, 10)["P0"][0][0]
    # Tr ρ_post = 1 − p0 bounds the doublet weight + the odd leaks (even states above the doublet
    # take the rest through ⟨E_k|0⟩⟨0|E0⟩); the lowest ten levels carry most of it
    w = D.post_state_doublet_weight(N, G, "as-defined") + sum(D.post_state_leak(N, G, k, "as-defined")
                                                             for k in (3, 5, 7, 9))
    assert w < 1 - p0 + 1e-12 and w > 0.9 * (1 - p0)
    assert D.post_state_doublet_weight(N, G, "as-defined") == pytest.approx(
        NC.post_state_doublet_weight(N, G, "as-defined"), rel=1e-10)
    assert D.post_state_doublet_weight(N, G, "renormalised") == pytest.approx(
        D.post_state_doublet_weight(N, G, "as-defined") / (1 - p0), rel=1e-12)


def test_eq30_scaling_inverts():
    n = float(D.eq30_size(370, 0.05, 0.289))
    assert 0.289 * (370 / n) ** 2 == pytest.approx(0.05, rel=1e-12)
    assert NC.eq30_size(370, 0.05, 0.289) == pytest.approx(n, rel=1e-9)


@pytest.mark.parametrize("kw", [{"q_levels": 2}, {"dissipator": "full"}, {"q_levels": 3, "dissipator": "full"}])
def test_observable_and_dissipator_variants_match_lapack(kw):
    assert S.k3_stationary(N, G, J, 0.4, 5, **kw) == pytest.approx(NK.k3(N, G, J, 0.4, 5, **kw), rel=1e-9)
    # Q kept on every level is the full observable
    assert S.k3_stationary(N, G, J, 0.4, 5, q_levels=5) == pytest.approx(S.k3_stationary(N, G, J, 0.4, 5),
                                                                          rel=1e-14)


@pytest.mark.parametrize("protocol", ["stationary", "listing", "text"])
@pytest.mark.parametrize("sgn0", [0, 1])
def test_protocol_readings_match_lapack(protocol, sgn0):
    assert S.k3_protocol(N, G, J, 0.4, 5, protocol, sgn0) == pytest.approx(
        NK.k3(N, G, J, 0.4, 5, protocol, sgn0), rel=1e-9)


def test_full_pair_space_stationary_equals_the_odd_sector():
    assert S.k3_protocol(N, G, J, 0.4, 6) == pytest.approx(S.k3_stationary(N, G, J, 0.4, 6), rel=1e-12)


def _plain_lowest(d, e, k_count):
    """The straightforward bisection of every eigenvalue k on the full Sturm count."""
    e2 = [x * x for x in e]
    r = max(abs(x) for x in d) + 2 * max(abs(x) for x in e)

    def count(x):
        q = d[0] - x or -1e-300
        c = q < 0
        for k in range(1, len(d)):
            q = d[k] - x - e2[k - 1] / q or -1e-300
            c += q < 0
        return c

    out = []
    for k in range(k_count):
        lo, hi = -r, r
        while hi - lo > 4e-16 * r:
            mid = (lo + hi) / 2
            if mid in (lo, hi):
                break
            lo, hi = (lo, mid) if count(mid) > k else (mid, hi)
        out.append((lo + hi) / 2)
    return out


@pytest.mark.parametrize("n_spins, g, parity", [(40, 0.9, 1), (41, 0.95, -1), (120, 0.97, 1)])
def test_sturm_bisections_are_the_plain_bisection_bit_for_bit(n_spins, g, parity):
    """The memoised, early-stopping count (lowest k) and the bisection vectorised over all k give
    exactly the eigenvalues of the plain bisection, and agree with LAPACK."""
    from scipy.linalg import eigh_tridiagonal

    from derive.lmg_mp import sector_blocks

    d, e, _ = sector_blocks(n_spins, _frac(g), parity)
    d, e = [float(x) for x in d], [float(x) for x in e]
    ref = _plain_lowest(d, e, len(d))
    assert S._sturm_lowest(d, e, 6) == ref[:6]
    assert S._sturm_all(d, e) == ref
    assert np.allclose(ref, eigh_tridiagonal(np.array(d), np.array(e), eigvals_only=True), rtol=0, atol=1e-12)


def test_vectorised_sturm_counts_with_an_exact_zero_pivot():
    """x = d_0 makes the first pivot exactly zero: the guarded rerun gives the scalar count."""
    d = np.array([1.0, -2.0, 0.5, 3.0])
    e = np.array([0.7, 1.1, 0.2])
    x = np.array([1.0, -5.0, 0.0, 0.25, 4.0])
    e2 = e**2
    ref = []
    for xv in x.tolist():
        q = float(d[0]) - xv or -1e-300
        c = int(q < 0)
        for k in range(1, len(d)):
            q = float(d[k]) - xv - float(e2[k - 1]) / q or -1e-300
            c += q < 0
        ref.append(c)
    assert S._sturm_counts(d, e2, x).tolist() == ref


def test_taylor_exponential_matches_scipy_on_a_random_generator():
    from scipy.linalg import expm

    rng = np.random.default_rng(3)
    H = rng.standard_normal((12, 12))
    M = -0.3 * (H @ H.T) + 1j * (H + H.T) * 4  # dissipative + oscillating, ‖M‖₁ ≫ ½
    P = np.array(S._expm_taylor(M.tolist()))
    assert np.allclose(P, expm(M), rtol=0, atol=1e-12 * np.abs(expm(M)).max())


@pytest.mark.parametrize("n, gamma", [(2, 0.5), (5, 0.0), (5, 3.0), (10, 0.3)])
def test_superparity_block_propagation_matches_the_exponential_of_the_whole_liouvillian(n, gamma):
    """exp(Lτ) from the two superparity blocks' eigen-decompositions against scipy's Padé expm
    of the whole n²×n² L, on a matrix with weight in both blocks."""
    import scipy.linalg as sla

    md = NK.model(N, G, n)
    E = (md["E"] - md["E"][0]) * J
    tau = math.pi / (3.0 * E[1])
    L = NK._liouvillian(np.diag(E), md["Jz"], md["Jz"] @ md["Jz"], gamma)
    X = np.random.default_rng(n).normal(size=(n, n))
    ref = (sla.expm(L * tau) @ X.reshape(-1)).reshape(n, n)
    got = NK._spectral(L, tau, md["par"])(X)
    assert np.abs(got - ref).max() < 1e-10 * np.abs(ref).max()
    assert np.abs(got - NK._spectral(L, tau)(X)).max() < 1e-10 * np.abs(ref).max()


def test_superparity_blocks_are_refused_for_a_parity_breaking_liouvillian():
    md = NK.model(N, G, 3)
    A = md["Jz"] + 0.1 * np.diag([1.0, 0.0, -1.0])   # a parity-even part in the jump operator
    L = NK._liouvillian(np.diag(md["E"]), A, A @ A, 1.0)
    with pytest.raises(ArithmeticError, match="superparity"):
        NK._spectral(L, 0.1, md["par"])


def test_numerical_threshold_scan_stops_at_the_first_sign_change():
    """numerics.lmg_lgi.k3.threshold scans its grid only up to the first sign change: the same
    bracket and Brent root as evaluating the whole grid first (bit-identical)."""
    import numpy as np
    from scipy.optimize import brentq

    from numerics.lmg_lgi import k3 as K

    def whole_grid(N, g, J, n_levels, q_levels=None, dissipator="projected"):
        def f(x):
            return K.k3(N, g, J, x, n_levels, "stationary", 0, q_levels, dissipator) - 1.0
        grid = np.geomspace(1e-3, 1e2, 21)
        vals = [f(x) for x in grid]
        for a, b, fa, fb in zip(grid[:-1], grid[1:], vals[:-1], vals[1:]):
            if fa > 0 >= fb:
                return brentq(f, a, b, xtol=1e-15, rtol=1e-14)

    for args, kw in (((370, 0.95, 37195.4, 5), {}), ((352, 0.94, 36000.0, 5), {"q_levels": 2}),
                     ((330, 0.93, 35000.0, 2), {"dissipator": "full"})):
        assert K.threshold.__wrapped__(*args, **kw) == whole_grid(*args, **kw)


def test_energy_only_levels_in_doubles_are_the_models():
    """levels_doubles (no vectors, no matrices) gives model_doubles' energies bit for bit."""
    for n_spins, g, k in ((370, 0.95, 2), (1200, 0.95, 2), (201, 0.9, 10), (40, 0.6, 5)):
        assert list(S.levels_doubles(n_spins, g, k)) == S.model_doubles.__wrapped__(n_spins, g, k)["E"]


def test_threshold_xi_solved_once_matches_the_solve_at_each_point():
    """threshold_xi_at (the quadratic solved once for a symbolic Q01²) gives the 30-digit ξ of
    solving it again at each numeric Q01², bit for bit."""
    import random

    import sympy as sp

    from derive.lmg_lgi import threshold_xi, threshold_xi_at
    rng = random.Random(3)
    for q2 in [0.92, 0.5, 1.0] + [rng.uniform(0.3, 1.0) for _ in range(5)]:
        want = mpmath.mpf(sp.N(threshold_xi(sp.Float(str(q2), 30)), 30))
        assert mpmath.mpf(threshold_xi_at(q2, 30)) == want
