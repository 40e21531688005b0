"""Unit tests of :mod:`derive.lmg_lgi` and :mod:`numerics.lmg_lgi` (paper key ``lmg_lgi``).

Each derivation is checked against an independent elementary construction (a known
special case, a seeded random point, a textbook value); each numerical routine against
a case with a known answer.  Seeds are fixed; no timing assertions.
"""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import example, given
from hypothesis import strategies as st

from derive import lmg_lgi as D
from numerics import lmg
from numerics import lmg_lgi as N

# ---------------------------------------------------------------------------------------
# derive: closed forms against elementary special cases
# ---------------------------------------------------------------------------------------

def test_instanton_action_closed_form_at_benchmark():
    v = sp.N(D.instanton_action_at("0.95"), 20)
    ms = math.sqrt(1 - 0.95**2)
    assert float(v) == pytest.approx(math.atanh(ms) - ms, rel=1e-13)


def test_thermal_rate_matches_codata_value():
    # k_B·10 nK/ħ with k_B = 1.380649e-23 J/K, ħ = 1.054571817e-34 J s
    assert float(sp.N(D.thermal_rate(), 15)) == pytest.approx(1309.2033912699, rel=1e-12)


def test_overlap_is_gamma_over_j_to_the_n():
    expr = D.coherent_state_overlap()
    val = expr.subs({D.m_star: sp.sqrt(1 - sp.Rational(9, 16)), D.N: 7})
    assert sp.simplify(val - sp.Rational(3, 4) ** 7) == 0


def test_bec_coupling_standard_convention():
    g11, g12 = sp.symbols("g11 g12")
    assert sp.simplify(D.bec_coupling() - D.N * (g12 - g11) / 2) == 0


def test_collective_form_is_exact_for_two_and_three_spins():
    for n in (2, 3):
        assert D.collective_form_difference(n) == sp.zeros(2**n)


def test_mean_field_free_energy_reduces_to_paramagnet_at_m0_h0():
    f = D.mean_field_free_energy().subs({D.m: 0, D.h: 0})
    assert sp.simplify(f + D.T * sp.log(2 * sp.cosh(D.Gamma / D.T))) == 0


def test_order_parameter_and_barrier():
    ms = D.order_parameter()
    assert sp.simplify(ms.subs({D.J: 5, D.Gamma: 3}) - sp.Rational(4, 5)) == 0
    assert sp.simplify(D.barrier_zero_temperature() - (D.J - D.Gamma) ** 2 / (2 * D.J)) == 0


def test_free_energy_low_temperature_has_no_ln2():
    assert sp.simplify(D.free_energy_low_T("0") + D.Gamma) == 0
    assert sp.simplify(D.free_energy_low_T("m*") - (D.J * D.m_star**2 / 2 - D.J)) == 0


def test_n2_spectrum_matches_dense_diagonalisation():
    Jv, Gv = 1.3, 0.4
    exact = sorted([float(D.n2_odd_state_energy().subs(D.J, Jv))]
                   + [float(e.subs({D.J: Jv, D.Gamma: Gv})) for e in D.n2_even_eigenvalues()])
    assert np.allclose(exact, np.linalg.eigvalsh(lmg.hamiltonian_dense(2, Gv, Jv)), atol=1e-13)


def test_n2_small_gamma_limit():
    assert sp.simplify(D.n2_splitting_small_gamma() - 4 * D.Gamma**2 / D.J) == 0


def test_bloch_equations_conserve_norm_and_energy():
    assert D.bloch_invariants_rates() == (0, 0)


def test_fokker_planck_from_langevin():
    assert D.fokker_planck_mismatch() == 0


def test_kramers_laplace_prefactor():
    a, b, Geff = sp.symbols("a b Gamma_eff", positive=True)
    assert sp.simplify(D.kramers_by_laplace() - 2 * sp.pi / (Geff * sp.sqrt(a * b))) == 0


def test_mfpt_routes_agree_and_approach_kramers():
    k = N.kramers_time_over_exponential(370)
    q, fd = N.mfpt_by_grid_quadrature(370), N.mfpt_by_backward_equation(370)
    assert q == pytest.approx(fd, rel=1e-4)
    assert abs(N.mfpt_by_grid_quadrature(3700) / k - 1) < abs(q / k - 1) / 5


def test_einstein_relation():
    assert sp.simplify(D.einstein_diffusion() - sp.Symbol("Gamma_eff", positive=True) * D.T / D.N) == 0


def test_linearised_example_is_sqrt3():
    ev = D.linearised_example()
    assert set(ev) == {sp.Rational(-1, 10) + sp.sqrt(3) * sp.I, sp.Rational(-1, 10) - sp.sqrt(3) * sp.I,
                       sp.Rational(-1, 100)}


def test_disordered_frequency():
    assert sp.simplify(D.disordered_frequency_squared() - 4 * D.Gamma * (D.Gamma - D.J)) == 0


def test_spinodal_satisfies_both_conditions():
    """e′ = e″ = 0 at (m_sp, h_sp) for the T → 0 landscape, checked at Γ/J = 1/2."""
    sp_ = D.spinodal_at(sp.Rational(1, 2))
    mm, hh = sp.symbols("mm hh", real=True)
    e = mm**2 / 2 - sp.sqrt((mm + hh) ** 2 + sp.Rational(1, 4))
    pt = {mm: sp_["m"], hh: sp_["h"]}
    assert abs(sp.N(sp.diff(e, mm).subs(pt), 30)) < 1e-25
    assert abs(sp.N(sp.diff(e, mm, 2).subs(pt), 30)) < 1e-25


def test_freeze_out_exponents():
    assert D.freeze_out_exponent(sp.Rational(1, 2)) == sp.Rational(1, 3)
    assert D.freeze_out_exponent(1) == sp.Rational(1, 2)
    assert D.saddle_node_exponent() == sp.Rational(1, 2)


def test_landau_zener_exponent():
    dE, tq, al = sp.symbols("DeltaE tau_Q alpha", positive=True)
    assert sp.simplify(sp.log(D.landau_zener_error()) + sp.pi * dE**2 * tq / (4 * al)) == 0


def test_lgi_xi_solves_threshold():
    q2 = sp.Rational(9, 10)
    xi = D.lgi_xi(q2)
    assert sp.simplify(q2 * (xi + xi**2 / 2) - 1) == 0


def test_doublet_mp_agrees_with_lapack_engine_at_small_n():
    r = D.doublet_mp(40, sp.Rational(4, 5), 25)
    E, V, _ = lmg.lowest_eigenpairs_parity(40, 0.8, k=4)
    assert np.allclose([float(x) for x in r["E"]], E, atol=1e-12)
    q = lmg.expectation(V[:, 0], lmg.sgn_jz_diag(40), V[:, 1])
    assert float(r["Q01"]) == pytest.approx(abs(q), rel=1e-10)


def test_doublet_mp_susceptibility_matches_sum_over_states():
    n, g = 30, 0.8
    r = D.doublet_mp(n, sp.Rational(4, 5), 25)
    E, V = lmg.spectrum_dense(n, g)
    jz = lmg.jz_diag(n)
    amps = V.T @ (jz * V[:, 0])
    chi = 8 / n * sum(amps[k] ** 2 / (E[k] - E[0]) for k in range(1, n + 1))
    assert float(r["chi"]) == pytest.approx(chi, rel=1e-9)


# ---------------------------------------------------------------------------------------
# numerics: routines against known answers
# ---------------------------------------------------------------------------------------

def test_thermal_rate_routes_agree():
    assert N.thermal_rate_rad_s() == pytest.approx(N.thermal_rate_scipy(), rel=1e-12)


@given(st.integers(2, 40), st.floats(0.2, 0.99))
@example(370, 0.95)
def test_coherent_overlap_dicke_sum(n, g):
    with mpmath.workdps(30):
        assert abs(N.coherent_overlap_by_dicke_sum(n, g) / mpmath.mpf(g) ** n - 1) < 1e-20


def test_free_energy_routes_agree():
    rng = np.random.default_rng(1)
    for _ in range(5):
        mz, Jv, Gv, T, hv = rng.uniform(-1, 1), rng.uniform(0.5, 2), rng.uniform(0.1, 1), rng.uniform(0.3, 2), rng.uniform(-0.2, 0.2)
        assert N.free_energy_by_trace(mz, Jv, Gv, T, hv) == pytest.approx(
            N.free_energy_matrix_trace(mz, Jv, Gv, T, hv), rel=1e-12)


def test_order_parameter_by_self_consistency():
    assert N.order_parameter_by_self_consistency(0.6) == pytest.approx(0.8, rel=1e-13)


def test_barrier_at_benchmark():
    b = N.barrier_by_minimisation()
    assert b["df0"] == pytest.approx(0.05**2 / 2, rel=1e-9)
    assert b["exponent"] == pytest.approx(13.14, abs=0.01)


def test_spinodal_root_finding_matches_closed_form():
    s = N.spinodal_by_root_finding(T=1e-3, gamma_over_j=0.5)
    E = 0.25 ** (1 / 3)
    y = math.sqrt(E**2 - 0.25)
    assert s["h"] == pytest.approx(y * (1 / E - 1), rel=1e-9)


def test_freeze_out_by_solving():
    assert N.freeze_out_exponent_by_solving(1.0) == pytest.approx(0.5, rel=1e-12)


def test_landau_zener_time_stepping():
    p = N.landau_zener_by_integration(1.0, 1.0, 1.0)
    assert p == pytest.approx(math.exp(-math.pi / 4), abs=1e-4)


def _landau_zener_stepwise(dE, alpha, tauQ, steps_per_unit_phase=200):
    """The exponential midpoint rule written out plainly: ψ updated one step at a time."""
    A, V = alpha / tauQ, dE / 2
    L = 30 * max(V / A, 1 / math.sqrt(A))
    n = int(2 * L * math.hypot(A * L, V) * steps_per_unit_phase / (2 * math.pi)) + 1
    ts = np.linspace(-L, L, n + 1)
    dt = ts[1] - ts[0]
    psi = np.linalg.eigh(np.array([[-A * L, V], [V, A * L]]))[1][:, 0].astype(complex)
    for t0, t1 in zip(ts[:-1], ts[1:]):
        a = A * 0.5 * (t0 + t1)
        w = math.hypot(a, V)
        c, s = math.cos(w * dt), math.sin(w * dt) / w
        psi = np.array([[c - 1j * s * a, -1j * s * V], [-1j * s * V, c + 1j * s * a]]) @ psi
    excited = np.linalg.eigh(np.array([[A * L, V], [V, -A * L]]))[1][:, 1]
    return float(abs(excited @ psi) ** 2)


@pytest.mark.parametrize("args", [(1.0, 1.0, 1.0, 200), (0.8, 1.5, 2.0, 200), (1.0, 1.0, 4.0, 200),
                                  (2e-2 * math.sqrt(0.5), 0.5, 1.0, 400)])
def test_landau_zener_product_matches_stepwise_loop(args):
    *sweep, steps = args
    fast = N.landau_zener_by_integration(*sweep, steps_per_unit_phase=steps)
    assert fast == pytest.approx(_landau_zener_stepwise(*sweep, steps), rel=1e-10, abs=1e-15)


@pytest.mark.parametrize("n", [1, 2, 7, 64, 101])
def test_su2_product_is_the_ordered_matrix_product(n):
    rng = np.random.default_rng(n)
    al = rng.normal(size=n) + 1j * rng.normal(size=n)
    be = rng.normal(size=n) + 1j * rng.normal(size=n)
    ref = np.eye(2, dtype=complex)
    for a, b in zip(al, be):            # U_{n−1} ⋯ U_0: each later factor on the left
        ref = np.array([[a, b], [-np.conj(b), np.conj(a)]]) @ ref
    a, b = N._su2_product(al / 2, be / 2)
    scale = 2.0 ** -n
    assert a == pytest.approx(ref[0, 0] * scale, rel=1e-12)
    assert b == pytest.approx(ref[0, 1] * scale, rel=1e-12)


def test_crossover_and_prefactor_fit_routes_agree():
    a = N.table1_row(0.95, "sectors")
    b = N.table1_row(0.95, "wronskian")
    assert a["c0_over_kt"] == pytest.approx(b["c0_over_kt"], rel=1e-6)
    assert a["pointwise"][0] <= a["c0_over_kt"] <= a["pointwise"][1]
    assert N.crossover_by_diagonalisation(0.95) == pytest.approx(370.07, abs=0.01)


def test_instanton_root_is_a_root():
    S = N.instanton_action_float(0.95)
    r = N.instanton_root(0.95, 0.934)
    assert 0.934 + 0.5 * math.log(r) - r * S == pytest.approx(0, abs=1e-10)


def test_k3_propagators_agree_and_two_level_limit():
    assert N.k3_stationary(0.05, 5, "ode") == pytest.approx(N.k3_stationary(0.05, 5, "spectral"), rel=1e-9)
    assert N.k3_sequential(0.05, 5, "ode") == pytest.approx(N.k3_sequential(0.05, 5, "spectral"), rel=1e-9)
    # n = 2, γ = 0: K3 = Q01²(2cos(π/3) − cos(2π/3)) = 3Q01²/2
    _, _, q = N.truncated_model(2)
    assert N.k3_sequential(0.0, 2, "spectral") == pytest.approx(1.5 * q[0, 1] ** 2, rel=1e-10)
    assert N.k3_stationary(0.0, 2, "spectral") == pytest.approx(1.5 * q[0, 1] ** 2, rel=1e-10)


def test_collective_form_and_bec_fock_numerics():
    assert N.collective_form_residual(4, seed=3) < 1e-12
    assert N.bec_jz2_coefficient_by_fock(6, 1.0, 3.0) == pytest.approx(1.0 - 3.0, rel=1e-10)


def test_kz_exponent_from_the_law_solved_once_equals_solving_at_each_point():
    """kz_exponent takes the Zurek law solved once for a symbolic zν (D._kz_law): the same exact
    exponent as solving the condition again with each (z, ν)."""
    from fractions import Fraction

    def solved_here(z, nu):
        tq, th, c = sp.symbols("tau_Q t_hat c", positive=True)
        zn = sp.Symbol("znu", positive=True)
        sol = sp.solve(sp.Eq(th, c * (th / tq) ** (-zn)), th)[0]
        expo = sp.simplify(tq * sp.diff(sp.log(sol), tq))
        zz, nn = (sp.Rational(str(x)) if not isinstance(x, Fraction) else sp.Rational(x.numerator, x.denominator)
                  for x in (z, nu))
        return sp.nsimplify(expo.subs(zn, zz * nn))

    for z, nu in ((1, 0.5), (0.9, 0.55), (Fraction(3, 2), Fraction(1, 3)), (1.07, 0.47)):
        assert sp.srepr(D.kz_exponent(z, nu)) == sp.srepr(solved_here(z, nu))
