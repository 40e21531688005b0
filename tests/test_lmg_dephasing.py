"""Tests of the derivations and numerics behind the ``lmg_dephasing`` claims."""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import example, given, settings
from hypothesis import strategies as st

from derive import lindblad
from derive import lmg_dephasing as D
from numerics import lmg
from numerics import lmg_dephasing as N

MANUSCRIPT = Path("/work/shared/manuscripts/003_391ba59f5db62018.txt")


# ---------------------------------------------------------------------------------------
# Symbolic Lindblad helpers and Eq. (12)
# ---------------------------------------------------------------------------------------

def test_redfield_coefficient_form():
    a2, b2, a1, b1 = sp.symbols("Jz2_a Jz2_b Jz_a Jz_b", real=True)
    target = D.gamma * (a2 + b2) / 2 - D.gamma * a1 * b1
    assert sp.simplify(D.redfield_coefficient() - target) == 0


def test_superoperator_of_pure_dephasing_qubit():
    g = sp.Symbol("g", positive=True)
    S = lindblad.superoperator_matrix(sp.zeros(2, 2), [sp.sqrt(g) * sp.diag(1, -1)])
    assert S.eigenvals() == {0: 2, -2 * g: 2}


@settings(derandomize=True, database=None, max_examples=25, deadline=None)
@given(st.floats(0.05, 2.0), st.floats(-1, 1), st.floats(-1, 1), st.floats(1.3, 3), st.floats(1.3, 3))
@example(1.0, 0.0, 0.0, 1.3, 1.3)
def test_redfield_numeric_matches_formula(gam, za, zb, a2, b2):
    assert N.redfield_rate_by_superoperator(gam, a2, b2, za, zb) == pytest.approx(
        gam * (a2 + b2) / 2 - gam * za * zb, rel=1e-12, abs=1e-12)


# ---------------------------------------------------------------------------------------
# High-precision construction vs LAPACK
# ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("n", [2, 3, 5, 6, 7, 40, 101])
def test_high_precision_doublet_matches_diagonalisation(n):
    hp = D.doublet_high_precision(n)
    ed = N.doublet_by_diagonalisation(n)
    for k in range(3):
        assert float(hp.E[k]) == pytest.approx(ed.E[k], rel=1e-12, abs=1e-12)
    for k in range(2):
        assert float(hp.jz2[k]) == pytest.approx(ed.jz2[k], rel=1e-10)
    assert float(hp.X) == pytest.approx(ed.X, rel=1e-10)


def test_high_precision_parity_and_normalisation_small_n():
    hp = D.doublet_high_precision(4)
    E, _V = lmg.spectrum_dense(4, 0.95)
    assert [float(e) for e in hp.E] == pytest.approx(E[:3], rel=1e-13)


def test_table3_row_benchmark():
    row = D.table3_row(370)
    assert row["g_mf"] == Fraction(53391, 8)
    assert float(row["de_kbt"]) == pytest.approx(1.0, abs=1e-6)


# ---------------------------------------------------------------------------------------
# Limits, mean field, SCS
# ---------------------------------------------------------------------------------------

def test_ratio_limit_is_two_and_correction_sign():
    assert D.ratio_limit() == 2
    delta, ell = sp.symbols("delta ell", real=True)
    assert sp.simplify(D.ratio_leading_correction() - 8 * (delta * D.m - ell) / D.m**2) == 0


def test_extrapolation_recovers_two():
    e = N.ratio_limit_by_extrapolation()
    assert abs(e.limit - 2) < 4 * e.sigma
    assert e.slope == pytest.approx(-1, abs=0.01)


@settings(derandomize=True, database=None, max_examples=30, deadline=None)
@given(st.floats(0.02, 0.99))
@example(0.95)
def test_order_parameter_minimisation(G):
    assert N.order_parameter_by_minimisation(G) == pytest.approx(math.sqrt(1 - G**2), rel=1e-12)


@pytest.mark.parametrize("n", list(range(1, 61)))
def test_scs_second_moment_eq21_against_dicke_vectors(n):
    ms = 0.37
    expr = D.scs_second_moment().subs({D.N: n, D.m: sp.Rational(37, 100)})
    assert N.scs_second_moment_by_vectors(n, ms) == pytest.approx(float(expr), rel=1e-12)


def test_vacuum_overlap_and_temperature():
    assert N.vacuum_overlap_by_vectors() == pytest.approx(float(D.vacuum_overlap()), rel=1e-10)
    assert float(D.temperature_nanokelvin()) == pytest.approx(N.temperature_nanokelvin_scipy(), rel=1e-8)


# ---------------------------------------------------------------------------------------
# Parity
# ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_parity_operator_exact_vs_expm(n):
    exact = D.lmg_parity_exact(n)
    num = N.parity_operator_by_expm(n)
    assert exact["P_is_phase_times_flip"]
    assert complex(exact["P_squared"]) == pytest.approx(complex(num["P2"][0, 0]), abs=1e-12)
    assert exact["P_hermitian"] == (num["hermitian_defect"] < 1e-9) == (n % 2 == 0)


@settings(derandomize=True, database=None, max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(2, 9))
def test_random_parity_models_are_symmetric(seed, n):
    H, A, P = N._random_parity_model(np.random.default_rng(seed), n)
    assert np.allclose(P @ P.conj().T, np.eye(n))
    assert np.allclose(P @ H @ P.conj().T, H)
    assert np.allclose(P @ A @ P.conj().T, -A)
    vals, bound = N._eigenstate_expectations(H, A)
    assert np.all(vals <= bound)


def test_corollaries_exact():
    c = D.corollary1_couplings()
    assert c["opposite"] == (0, 0) and c["same"] != 0
    assert D.corollary2_coupling() == D.gamma * sp.Symbol("X", positive=True) ** 2


# ---------------------------------------------------------------------------------------
# Doublet and two-channel dynamics
# ---------------------------------------------------------------------------------------

def test_degenerate_doublet_spectrum_and_modes():
    X = sp.Symbol("X", positive=True)
    assert D.degenerate_doublet_spectrum() == {0: 2, -2 * D.gamma * X**2: 2}
    modes = D.doublet_mode_rates()
    assert modes["identity"] == 0 and modes["sigma_x"] == 0
    assert modes["sigma_y"] == modes["sigma_z"] == -2 * D.gamma * X**2


def test_two_channel_polynomial_and_regimes():
    Delta, GL = sp.symbols("Delta Gamma_L", positive=True)
    lam = sp.Symbol("lambda")
    assert sp.expand(D.two_channel_characteristic_polynomial() - (lam**2 + GL * lam + Delta**2)) == 0
    assert sp.simplify(D.overdamped_slow_rate() - Delta**2 / GL) == 0
    assert sp.simplify(D.underdamped_envelope_rate() - GL / 2) == 0
    lam_num = np.linalg.eigvals(N.pointer_two_level_liouvillian(2.0, 1.0))
    for root in np.roots([1, 1.0, 4.0]):              # λ² + Γ_L λ + Δ², Γ_L = 1, Δ = 2
        assert abs(lam_num - root).min() < 1e-10
    assert abs(lam_num + 1.0).min() < 1e-10          # the decoupled Re ρ_LR channel


def test_pointer_relations():
    assert D.pointer_coherence_relation() == 0
    assert D.pointer_population_difference() == 2 * sp.Symbol("re01", real=True)


# ---------------------------------------------------------------------------------------
# The claims table
# ---------------------------------------------------------------------------------------

def test_quotes_unique_and_carry_stated_values():
    from claims.papers import lmg_dephasing as P
    text = MANUSCRIPT.read_text()
    for c in P.CLAIMS:
        assert text.count(c.quote) == 1, c.id
        assert "\n" not in c.quote, c.id
        if c.stated:
            assert c.stated in c.quote, c.id


def test_integer_table_cells_are_read_as_rounded_reals():
    # the one reading policy reads a printed integer as a rounded real: G_MF = 487.5 prints 488
    from claims.core.reading import parse_stated
    iv = parse_stated("488")
    assert iv.contains(Fraction(975, 2)) and iv.contains(Fraction(977, 2))
    assert not iv.contains(Fraction(979, 2))


def test_table3_is_registered_in_full():
    from claims.papers import lmg_dephasing as P
    ids = {c.id for c in P.CLAIMS}
    cells = [c for c in ids if c.startswith("lmg_dephasing:table3-n") and "ninf" not in c]
    assert len(cells) == 5 * 6 + 2 * 3


def test_high_precision_single_pair_n1():
    hp = D.doublet_high_precision(1)
    E, _ = lmg.spectrum_dense(1, 0.95)
    assert [float(hp.E[0]), float(hp.E[1])] == pytest.approx(E, rel=1e-13)
    assert hp.E[2] is None and float(hp.X) == pytest.approx(0.5)


# ---------------------------------------------------------------------------------------
# Routes of the earned claim table: the mp parity-sector construction against the
# full-matrix diagonalisation, at the benchmark and away from it
# ---------------------------------------------------------------------------------------

G95 = Fraction(19, 20)


@pytest.mark.parametrize(("n", "g"), [(100, G95), (370, G95), (333, Fraction(91, 100))])
def test_full_matrix_doublet_matches_sector_construction(n, g):
    assert float(D.g_eig_mp(n, g)) == pytest.approx(N.g_eig_full_ed(n, g), rel=1e-11)
    assert float(D.pointer_magnetisation_mp(n, g)) == pytest.approx(N.pointer_magnetisation_full_ed(n, g),
                                                                   rel=1e-11)
    assert float(D.gap_ratio_mp(n, g)) == pytest.approx(N.gap_ratio_full_ed(n, g), rel=1e-9)


def test_full_matrix_invariants_survive_an_unresolved_doublet():
    # at N = 10⁵ the doublet is degenerate to double precision; G_eig and X are taken as
    # invariants of the doublet subspace and still give R → 2 and X² ≤ G_eig
    d = N.full_doublet(100000, 0.95)
    assert d["X"] ** 2 < d["g_eig"]
    assert N.ratio_full_ed(100000, 0.95) == pytest.approx(2, abs=2e-3)


def test_lgi_two_level_thresholds_closed_form_against_ode():
    J = Fraction("37195.4")
    for fn_d, fn_n in ((D.lgi_threshold_level_a_closed, N.lgi_threshold_level_a_by_eigendecomposition),
                       (D.lgi_threshold_level_b_closed, N.lgi_threshold_level_b_by_eigendecomposition)):
        assert float(fn_d(370, G95, J)) == pytest.approx(fn_n(370, G95, J), rel=1e-9)
    # γ_B/γ_A is R = G_MF/G_eig exactly (the rate enters only through γG)
    assert float(D.lgi_ratio_b_over_a_closed(370, G95, J)) == pytest.approx(float(D.ratio_mp(370, G95)),
                                                                            rel=1e-15)


def test_doublet_parity_labels_under_both_operators():
    by_op = {(x["N"], x["op"]): x for x in N.doublet_parity_instances_dense(370, 0.95)}
    assert by_op[(370, "P")]["p0"] == pytest.approx(-1, abs=1e-9)   # P = −Π at N ≡ 2 mod 4
    assert by_op[(370, "Pi")]["p0"] == pytest.approx(1, abs=1e-9)
    assert by_op[(4, "P")]["p0"] == pytest.approx(1, abs=1e-9)
    exact = {(x["N"], x["op"]): x for x in D.doublet_parity_instances_mp(370, G95)}
    for k, x in by_op.items():
        assert exact[k]["p0"] == pytest.approx(x["p0"], abs=1e-9)
        assert exact[k]["p1"] == pytest.approx(x["p1"], abs=1e-9)


def test_universality_jy_ratio_in_its_own_pointer_basis():
    num = {x["L"]: x["ratio"] for x in N.universality_instances(0.95, 400)}
    ex = {x["L"]: x["ratio"] for x in D.universality_instances_mp(G95, 400)}
    assert num["Jy"] == pytest.approx(ex["Jy"], rel=1e-9)
    assert num["Jz"] == pytest.approx(ex["Jz"], rel=1e-9)
    assert num["Jy"] < 1.1 < num["Jz"]


def test_depletion_readings_agree_between_routes():
    a = D.depletion_vs_corrections_instances_mp(370, G95)
    b = N.depletion_vs_corrections_instances(370, 0.95)
    for x, y in zip(a, b):
        assert (x["shift"], x["correction"]) == (y["shift"], y["correction"])
        assert x["decades"] == pytest.approx(y["decades"], abs=1e-8)


@pytest.mark.parametrize("n", [1, 2, 5, 12, 40, 101])
def test_spectral_parity_operator_matches_scipy_expm(n):
    from scipy.linalg import expm

    off = lmg.jx_offdiag(n)
    ref = expm(1j * np.pi * (np.diag(off, 1) + np.diag(off, -1)))
    assert np.abs(N._parity_operator_spectral(n) - ref).max() < 1e-12


# --- the J_y elements of the universality check in MPFR (issue 23) -----------------------------

def _jy_elements_mpmath(v0, v1, n_spins):
    """The former mpmath loop of derive.lmg_dephasing._jy_elements (the reference)."""
    j = mpmath.mpf(n_spins) / 2
    c = lambda mk: mpmath.sqrt((j - mk) * (j + mk + 1))
    ms_all = [k - j for k in range(n_spins + 1)]

    def jy_times(v):
        return {mk: (c(mk - 1) * v.get(mk - 1, 0) if mk - 1 >= -j else 0)
                - (c(mk) * v.get(mk + 1, 0) if mk + 1 <= j else 0) for mk in ms_all}
    w0, w1 = jy_times(v0), jy_times(v1)
    y00 = mpmath.fsum(x * x for x in w0.values()) / 4
    y11 = mpmath.fsum(x * x for x in w1.values()) / 4
    y01 = abs(mpmath.fsum(v0[mk] * w1.get(mk, 0) for mk in v0)) / 2
    return y00, y11, y01


@pytest.mark.parametrize("n_spins, g, dps", [(2000, "0.95", 25), (400, "0.95", 25), (37, "0.9", 25),
                                             (120, "0.7", 40), (3, "0.5", 25)])
def test_jy_elements_mpfr_digit_for_digit(n_spins, g, dps):
    lv = D.lowest_levels_mp(n_spins, Fraction(g), 2, dps)
    with mpmath.workdps(dps):
        new = D._jy_elements(lv[0][1], lv[1][1], n_spins)
        old = _jy_elements_mpmath(lv[0][1], lv[1][1], n_spins)
    assert [x._mpf_ for x in new] == [x._mpf_ for x in old]


# --- parameter-free derivations solved once per process (issue 23) ------------------------------

@pytest.mark.parametrize("name", ["ratio_limit", "degenerate_rate_over_mean_field_limit",
                                  "second_moment_ratio_limit", "geometric_factor_mean_field",
                                  "eigenstate_factor_asymptotic", "convergence_exponent_sympy"])
def test_memoised_expression_equals_a_fresh_derivation(name):
    fn = getattr(D, name)
    assert fn() is fn()
    assert fn.__wrapped__() == fn()


@pytest.mark.parametrize("name", ["corollary1_couplings", "doublet_mode_rates", "degenerate_doublet_spectrum",
                                  "lmg_parity_operator_instances_exact"])
def test_memoised_records_are_fresh_copies_of_a_fresh_derivation(name):
    fn, once = getattr(D, name), getattr(D, f"_{name}_once")
    a, b = fn(), fn()
    assert a == b == once.__wrapped__() and a is not b
    if isinstance(a, list):
        a[0]["spectrum"].append(None)
        a.append(None)
    else:
        a[next(iter(a))] = None
    assert fn() == b  # a caller's changes do not reach the cache



def _lowest_levels_every_vector(N, g, n_levels, dps):
    """The former lowest_levels_mp: a vector for every candidate level, then the sort."""
    from derive.lmg_mp import bisect_eigenvalue, inverse_iteration, sector_blocks
    gam = Fraction(str(g)) if not isinstance(g, Fraction) else g
    levels = []
    with mpmath.workdps(dps):
        for parity in (+1, -1):
            d, e, ms = sector_blocks(int(N), gam, parity)
            e2 = [x * x for x in e]
            r = max(abs(x) for x in d) + 2 * max([abs(x) for x in e] + [mpmath.mpf(0)])
            for k in range(min((n_levels + 1) // 2 + 1, len(d))):
                lam = bisect_eigenvalue(d, e2, k, -r, r, r * mpmath.mpf(10) ** (-(dps - 6)))
                v = inverse_iteration(d, e, lam) if len(d) > 1 else [mpmath.mpf(1)]
                levels.append((lam, D._unfold_sector(v, ms, parity, int(N)), parity))
        levels.sort(key=lambda t: t[0])
    return tuple(levels[:n_levels])


@pytest.mark.parametrize("n_spins, g, n_levels, dps", [(370, "0.95", 5, 25), (383, "0.9003516", 2, 25),
                                                       (2, "0.95", 2, 20), (31, "1.3", 3, 25), (60, "0.5", 5, 25),
                                                       (1, "0.7", 2, 25), (2000, "0.95", 2, 25)])
def test_lowest_levels_vectors_of_the_kept_levels_only(n_spins, g, n_levels, dps):
    new = D.lowest_levels_mp.__wrapped__(n_spins, g, n_levels, dps)
    old = _lowest_levels_every_vector(n_spins, g, n_levels, dps)
    assert len(new) == len(old)
    for (a, va, pa), (b, vb, pb) in zip(new, old):
        assert a._mpf_ == b._mpf_ and pa == pb and list(va) == list(vb)
        assert all(va[m]._mpf_ == vb[m]._mpf_ for m in va)
