"""Engines of the lmg_lgi instanton chain (§5, Table 1, App. G): derive.lmg_instanton and
numerics.lmg_lgi.instanton, checked against independent values, limits and identities."""

import math

import numpy as np
import pytest
import sympy as sp
from scipy.linalg import eigh_tridiagonal

from derive import lmg_instanton as DI
from numerics import lmg
from numerics.lmg_lgi import instanton as NI


@pytest.mark.parametrize("n", [50, 51, 120, 333])
def test_sector_bisection_splitting_matches_dense_lapack(n):
    """Sturm multisection of the parity blocks against LAPACK on the full tridiagonal H."""
    g = 0.9
    d = -(2.0 / n) * lmg.m_values(n) ** 2
    e = -g * np.sqrt(lmg._ladder_squared(n))
    w = eigh_tridiagonal(d, e, eigvals_only=True, select="i", select_range=(0, 1))
    _, de = DI.splittings_by_sectors(g, n, n)
    assert de[0] == pytest.approx(w[1] - w[0], rel=1e-6)


def test_lambert_root_solves_the_crossover_equation_on_the_decreasing_branch():
    for c, g in ((2.5, 0.95), (0.7, 0.99), (6.8, 0.90)):
        S = float(DI.instanton_action_value(g))
        n = float(DI.instanton_root(c, g))
        assert n > 1 / (2 * S)
        assert math.log(c) + 0.5 * math.log(n) - n * S == pytest.approx(0, abs=1e-9)
        assert n == pytest.approx(NI.instanton_root(c, g), rel=1e-10)


def test_s_inst_closed_form_and_small_m_limit():
    for g in (0.5, 0.9, 0.99):
        m = math.sqrt(1 - g * g)
        assert float(DI.instanton_action_value(g)) == pytest.approx(math.atanh(m) - m, rel=1e-12)
        assert NI.action(g) == pytest.approx(math.atanh(m) - m, rel=1e-10)
    m = 1e-2  # artanh m − m = m³/3 + m⁵/5 + …
    assert float(DI.instanton_action_value(math.sqrt(1 - m * m))) == pytest.approx(m**3 / 3, rel=1e-3)


def test_root_shift_first_order():
    """δN ≈ ln(1 + r)/(S − 1/(2N)) for a small relative change r of C0."""
    c, g, r = 2.5, 0.95, 1e-4
    S, n = float(DI.instanton_action_value(g)), float(DI.instanton_root(c, g))
    assert float(DI.root_shift(c, g, r)) == pytest.approx(math.log(1 + r) / (S - 1 / (2 * n)), rel=1e-3)


def test_log_fit_recovers_the_pointwise_prefactor_mean_and_routes_agree():
    d = DI.fitted_prefactor(0.95, 37195.4, 10, 50, 500)["value"]
    n = NI.fitted_prefactor(0.95, 37195.4, 10, 50, 500)["value"]
    assert d == pytest.approx(n, rel=1e-9)
    ns, de = NI.splittings(0.95, 50, 500)
    c_pt = de * np.exp(ns * NI.action(0.95)) / np.sqrt(ns) * 37195.4 / NI.thermal_rate(10)
    assert c_pt.min() < d < c_pt.max()
    assert math.log(d) == pytest.approx(np.log(c_pt).mean(), rel=1e-9)


def test_linear_fit_is_least_squares_on_delta_e():
    S = NI.action(0.9)
    ns, de = NI.splittings(0.9, 50, 500)
    c = NI.fitted_prefactor(0.9, 1.0, 10, 50, 500, "linear")["value"] * NI.thermal_rate(10)
    b = np.sqrt(ns) * np.exp(-ns * S)
    resid = lambda x: float(((de - x * b) ** 2).sum())
    assert resid(c) < resid(c * (1 + 1e-6)) and resid(c) < resid(c * (1 - 1e-6))


def test_thermal_rate_exact_vs_scipy_and_splitting_over_kt():
    assert float(DI.thermal_rate_rad_s(10)) == pytest.approx(NI.thermal_rate(10), rel=1e-9)
    a = float(DI.splitting_over_kt(370, 0.95, 37195.4, 10))
    assert a == pytest.approx(NI.splitting_over_kt(370, 0.95, 37195.4, 10), rel=1e-8)


def test_prefactor_sequence_routes_agree_and_settle():
    from claims.papers.lmg_lgi.predicates import prefactor_converges

    a, b = DI.prefactor_sequence(0.95, (5, 10, 20))[0], NI.prefactor_sequence(0.95, (5, 10, 20))[0]
    assert a["N"] == b["N"]
    assert np.allclose(a["c0_over_j"], b["c0_over_j"], rtol=1e-3)
    assert prefactor_converges(a) and prefactor_converges(b)
    wrong = {"N": a["N"], "c0_over_j": [c * math.sqrt(n) for c, n in zip(a["c0_over_j"], a["N"])]}
    assert not prefactor_converges(wrong)  # a wrong power of N is caught


def test_wkb_even_integrand_and_factor_two():
    assert sp.simplify(DI.wkb_even_integrand()) == 0
    for inst in NI.wkb_factor_two_instances(samples=3):
        assert inst["full_barrier"] == pytest.approx(inst["n_s_inst"], rel=1e-10)
    for inst in NI.wkb_antiderivative_instances(samples=3):
        assert inst["dF"] == pytest.approx(inst["f"], abs=1e-7)


def _reference_count(d, e2, x):
    """Sturm count of one row's tridiagonal below each x: the scalar guarded recurrence."""
    tiny = float(np.finfo(float).tiny)
    d, e2 = [float(v) for v in d], [float(v) for v in e2]
    out = []
    for xv in map(float, x):
        q = d[0] - xv
        c = int(q < 0)
        for k in range(1, len(d)):
            q = q if q != 0 else -tiny
            q = d[k] - xv - e2[k - 1] / q
            c += q < 0
        out.append(c)
    return out


def test_vectorised_sturm_count_equals_the_scalar_recurrence_with_padding_and_a_zero_pivot():
    """Rows of different block sizes (padding skipped), shifts on both sides of eigenvalues, and a
    shift equal to d_0 (an exact zero pivot: the guarded rerun)."""
    ns = np.array([61, 40, 40, 57, 33])
    rng = np.random.default_rng(7)
    for parity in (1, -1):
        d, e2 = DI._blocks(ns, 0.93, parity)
        order = np.argsort(-np.count_nonzero(d < DI.PAD / 2, axis=1), kind="stable")
        d, e2 = d[order], e2[order]
        x = rng.uniform(-40, 5, size=(len(ns), 6))
        for xs in (x, np.concatenate([x, d[:, :1]], axis=1)):
            got = DI._sturm_count(d, e2, xs)
            assert got.tolist() == [_reference_count(d[r], e2[r], xs[r]) for r in range(len(ns))]


def test_multisection_keeps_the_row_order_and_matches_lapack():
    ns = np.array([120, 51, 333, 50])
    for parity in (1, -1):
        d, e2 = DI._blocks(ns, 0.9, parity)
        lam = DI._lowest_eigenvalues(d, e2)
        for r, n in enumerate(ns):
            size = int(np.count_nonzero(d[r] < DI.PAD / 2))
            w = eigh_tridiagonal(d[r, :size], -np.sqrt(e2[r, :size - 1]), eigvals_only=True,
                                 select="i", select_range=(0, 0))
            assert lam[r] == pytest.approx(w[0], rel=1e-14, abs=1e-13)


def test_log_det_slope_is_the_sum_over_the_spectrum():
    """Σ q_k'/q_k of the pivots equals Σ_i 1/(x − λ_i) (λ from LAPACK), padding left out."""
    ns = np.array([61, 40, 33])
    d, e2 = DI._blocks(ns, 0.93, -1)
    x = np.array([-40.0, -25.0, -17.5])
    got = DI._log_det_slope(d, e2, x)
    for r in range(len(ns)):
        size = int(np.count_nonzero(d[r] < DI.PAD / 2))
        lam = eigh_tridiagonal(d[r, :size], -np.sqrt(e2[r, :size - 1]), eigvals_only=True)
        assert got[r] == pytest.approx(np.sum(1 / (x[r] - lam)), rel=1e-12)


def test_rows_newton_leaves_uncertified_are_finished_by_multisection(monkeypatch):
    """With Newton made useless (it returns the lower bracket ends), the certification fails on
    every row and the multisection alone gives the eigenvalues, to 4 ulps."""
    ns = np.array([120, 51, 333, 50])
    d, e2 = DI._blocks(ns, 0.9, 1)
    newton = DI._lowest_eigenvalues(d, e2)
    monkeypatch.setattr(DI, "_newton_from_below", lambda d, e2, lo, hi: lo.copy())
    plain = DI._lowest_eigenvalues(d, e2)
    assert np.all(np.abs(plain - newton) <= 4 * np.spacing(np.abs(plain)))
