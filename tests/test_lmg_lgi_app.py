"""Engine tests for the App. A–F routes of ``lmg_lgi`` (derive.lmg_appendix, numerics.lmg_lgi.appendix):
independent values, limits and symmetries, away from the paper's point."""

import math

import pytest
import sympy as sp

from derive import lmg_appendix as DA
from numerics.lmg_lgi import appendix as NA


@pytest.mark.parametrize(("scenario", "mu"), [("j", sp.Rational(1, 2)), ("h", 1), ("classical", 1)])
def test_relaxation_exponents_and_freeze_out(scenario, mu):
    assert DA.relaxation_exponent(scenario) == mu
    assert DA.freeze_out_exponent(scenario)["value"] == sp.Rational(mu) / (1 + mu)
    # numerics at a Γ/J away from the benchmark
    assert NA.relaxation_exponent(scenario, 0.6)["value"] == pytest.approx(float(mu), rel=1e-5)
    assert NA.freeze_out_exponent(scenario, 0.6)["value"] == pytest.approx(float(mu) / (1 + float(mu)), rel=1e-5)


def test_h_quench_gap_adds_in_quadrature():
    gap = DA.h_quench_gap()
    dE = sp.Symbol("DeltaE", positive=True)
    # at 2Nm*h = ΔE the two-level gap is √2 ΔE (the printed 2Nhm* + ΔE would give 2ΔE)
    at = gap.subs(DA.h, dE / (2 * DA.N * DA.m_star))
    assert sp.simplify(at - sp.sqrt(2) * dE) == 0
    assert NA.h_quench_gap_function()(N=50, h=0.01, m_star=0.5, DeltaE=0.5) == pytest.approx(math.sqrt(0.5**2 + 0.5**2))


def test_example_eigenvalues_away_from_the_paper():
    # J = 2, Γ = 1: m* = √3/2, ω0 = 2Jm* = 2√3; damping Γ2 = 0.3, Γ1 = 0.05
    args = (2, 1, 0.3, 0.05)
    assert DA.example_eigenvalue(*args, part="im")["value"] == 2 * sp.sqrt(3)
    assert NA.example_eigenvalue(*args, part="im")["value"] == pytest.approx(2 * math.sqrt(3), rel=1e-8)
    assert NA.example_eigenvalue(*args, part="re_osc")["value"] == pytest.approx(-0.3, rel=1e-8)
    assert NA.example_eigenvalue(*args, part="re_long")["value"] == pytest.approx(-0.05, rel=1e-7)


def test_barrier_closed_form_and_minimisation_agree_elsewhere():
    # Γ/J = 0.6, J = 10⁵ rad/s: Δf0 = J(1 − Γ/J)²/2 = 8000 rad/s (k_BT = 1309 rad/s ≪ Γ)
    assert float(DA.barrier_rad_s(0.6, 100000, 10)["value"]) == pytest.approx(8000, rel=1e-12)
    assert NA.barrier_rad_s(0.6, 100000, 10)["value"] == pytest.approx(8000, rel=1e-9)


def test_free_energy_leading_forms_have_no_ln2():
    f0 = NA.free_energy_function("0")
    assert f0(0.8) == pytest.approx(-0.8, rel=1e-12)
    fm = NA.free_energy_function("m*")
    assert fm(1.5, 0.4) == pytest.approx(1.5 * 0.16 / 2 - 1.5, rel=1e-12)
    assert DA.free_energy_leading("0") == -DA.Gamma


def test_optimal_interval_shift_vanishes_as_t2_grows():
    # ξ → 1 is T2 → ∞: the optimum returns to π/3; a shorter T2 moves it further below
    small, large = NA.optimal_interval_shift(0.999)["value"], NA.optimal_interval_shift(0.7)["value"]
    assert 0 < small < 1e-2 < large
    assert float(DA.optimal_interval_shift(0.7)["value"]) == pytest.approx(large, rel=1e-6)


def test_einstein_relation_is_the_only_stationary_diffusion():
    inst = NA.einstein_instances(100, 0.8, 5000.0, 10)["instances"]
    by_c = {i["c"]: i["residual"] for i in inst}
    assert by_c[1.0] < 1e-4 and by_c[0.5] > 0.1 and by_c[2.0] > 0.1


def test_kramers_prefactor_cancels_n_and_t():
    f = NA.kramers_prefactor_function()
    assert f(2.0, 0.5) == pytest.approx(2 * math.pi / (2.0 * math.sqrt(0.5)), rel=1e-13)
    assert DA.kramers_prefactor() == 2 * sp.pi / (sp.Symbol("Gamma_eff", positive=True)
                                                   * sp.sqrt(sp.Symbol("fpp", positive=True)))


def test_dichotomic_bound_is_attained_and_tight():
    k3 = [a * b + b * c - a * c for a, b, c in DA.dichotomic_assignments()["instances"]]
    assert len(k3) == 8 and max(k3) == 1 and min(k3) == -3
