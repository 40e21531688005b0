"""Tests of the collapse derivations and numerical routes, and of the units helpers."""

import math

import pytest
import sympy as sp

from derive import collapse as D
from numerics import collapse as N
from numerics import units as U


def test_landau_minimum_and_barrier():
    assert D.landau_minimum() == sp.sqrt(D.r - 1)
    assert sp.simplify(D.landau_barrier() - D.lam * (D.r - 1) ** 2 / 4) == 0


def test_curie_weiss_coefficients_exact():
    c = D.curie_weiss_coefficients()
    assert sp.simplify(c["a"] - D.J * (1 - D.beta * D.J)) == 0
    assert sp.simplify(c["b"] - D.beta**3 * D.J**4 / 3) == 0
    assert sp.simplify(c["linear"] + D.beta * D.J) == 0


def test_curie_weiss_coefficients_numeric_vs_exact():
    c = N.cw_taylor(1.3, 0.6)
    assert float(c["a"]) == pytest.approx(1.3 * (1 - 0.78), rel=1e-12)
    assert float(c["b"]) == pytest.approx(0.6**3 * 1.3**4 / 3, rel=1e-10)


def test_nonlinear_solution_solves_tdgl():
    assert D.nonlinear_solution_residual() == 0
    assert N.tdgl_solution_by_integration(2.0, 0.1, 0.5, 1.0) == pytest.approx(
        float(D.nonlinear_solution().subs({D.t: 2, D.eps: sp.Rational(1, 10), D.psi_eq: sp.Rational(1, 2), D.tau: 1})),
        rel=1e-9)


def test_inflection_and_peak():
    assert D.inflection_fraction() == 1 / sp.sqrt(3)
    assert N.inflection_fraction_by_trajectory() == pytest.approx(1 / math.sqrt(3), abs=2e-4)
    assert sp.simplify(D.peak_signal() - 2 * D.psi_eq / (3 * sp.sqrt(3) * D.tau)) == 0


def test_mean_field_exponents():
    assert D.mean_field_exponents() == {"nu": sp.Rational(1, 2), "gamma": 1, "z": 2, "nuz": 1, "eta": 0}


def test_vsys_expansion_keeps_beta():
    b = sp.Symbol("beta_eff", positive=True)
    e = D.vsys_expansion_quartic()
    assert sp.simplify(e.coeff(D.Phi, 2) + b * D.g**2 * D.N / 2) == 0


def test_dephasing_rate_liouvillian_vs_formula():
    exact = D.steady_state_dephasing_rate().subs({D.kappa_r: 1, D.chi: sp.Rational(1, 5), D.nbar: 1})
    assert N.dephasing_rate_by_liouvillian(0.2, 1.0, 1.0) == pytest.approx(float(exact), rel=1e-6)


def test_fdt_ratio_numeric_vs_exact():
    exact = complex(D.fdt_ratio_oscillator_bath().subs({sp.Symbol("beta", positive=True): sp.Rational(4, 5),
                                                        sp.Symbol("omega0", positive=True): 1}))
    assert N.fdt_ratio_by_correlators(0.8, 1.0) == pytest.approx(exact, rel=1e-8)


def test_fdt_ratio_sign_in_the_eiwt_convention():
    """f(ω) = ∫e^{iωt}f(t)dt: sin(ω₀t) → +iπδ(ω − ω₀), so N/D = +2i coth(βω₀/2), by direct quadrature."""
    t = [2 * math.pi * k / 64 for k in range(64)]  # periodic trapezoidal rule over one period
    coeff = sum(complex(math.cos(x), math.sin(x)) * math.sin(x) for x in t) / 64  # weight of δ(ω − 1) / 2π
    assert coeff == pytest.approx(0.5j, abs=1e-12)
    assert N.fdt_ratio_by_correlators(0.8, 1.0) == pytest.approx(2j / math.tanh(0.4), rel=1e-8)


def test_units_readings():
    assert U.angular_rate(1.0, "MHz") == pytest.approx(2 * math.pi * 1e6)
    assert U.rate_read_as_angular(6.4, "MHz") == pytest.approx(6.4e6)
    assert U.to_unit(1.0, "s", "ns") == pytest.approx(1e9)
    assert U.thermal_frequency(20, "mK") == pytest.approx(416.7e6, rel=1e-3)
    assert U.is_dimensionless("joule / joule")
    assert not U.is_dimensionless("joule * joule / joule")


def test_collapse_time_readings_table_a():
    r = N.collapse_time_readings((6.4, "MHz"), 0.01)
    assert r["kappa=2π·f"] == pytest.approx(4.9736e-6, rel=1e-4)
    assert r["kappa=f (rad/s)"] == pytest.approx(3.125e-5, rel=1e-9)


def test_basin_volumes_with_bias_unequal():
    vp, vm = N.cw_basin_volumes_by_flow(1.0, 1.5, 0.05)
    assert vp + vm == pytest.approx(2.0)
    assert vp - vm == pytest.approx(2 * 0.1524, abs=0.01)


# --- routes of the earned-verdicts table ---------------------------------------------------------------

def _by(inst, **kw):
    return [x for x in inst if all(x[k] == v for k, v in kw.items())]


def test_born_weights_depend_on_distance_from_separatrix():
    """Eq. (55): centres ±0.5 keep P₊ = 0.7; centres ±0.2 (inside the basins) lose it, in both routes."""
    fp = N.basin_probabilities_by_fokker_planck()["instances"]
    lin = D.basin_probabilities_by_splitting()["instances"]
    for inst in (fp, lin):
        far = _by(inst, c=0.5, s=0.05, kT=0.02, w=0.7)[0]["P_plus"]
        near = _by(inst, c=0.2, s=0.05, kT=0.02, w=0.7)[0]["P_plus"]
        assert abs(far - 0.7) < 0.002
        assert 0.65 < near < 0.67


def test_joint_cross_terms_do_not_shrink_with_the_overlap():
    """Eq. (79): the cross-term trace norm is 2|c₀c₁| at every N while the overlap falls as e^{−Nδ²/2}."""
    num = N.cross_terms_by_density_matrix(modes=(1, 2))["instances"]
    exact = D.cross_terms_of_joint_state(modes=(1, 2))["instances"]
    for a, b in zip(num, exact, strict=True):
        assert a["cross_norm"] == pytest.approx(b["cross_norm"], rel=1e-9)
        assert a["overlap"] == pytest.approx(b["overlap"], rel=1e-3)  # Fock space truncated at dim 8
    assert num[1]["overlap"] < num[0]["overlap"] / 5
    assert num[1]["cross_norm"] == pytest.approx(2 * math.sqrt(0.7 * 0.3), rel=1e-9)


def test_strong_limit_readout_time_differs_from_print_by_gamma_c():
    """§8.5.6: τ → 1/(4χn̄) = γc·κ/(8χ²n̄); the ratio to the print is 2χ/κ, by the limit and by integration."""
    ex = D.strong_limit_readout_time(1.4, 6.4, 5)["instances"][0]
    nu = N.strong_limit_readout_time_by_integration(1.4, 6.4, 5)["instances"][0]
    assert ex["ratio_p"] == pytest.approx(2 * 1.4 / 6.4, rel=1e-12)
    assert nu["ratio_p"] == pytest.approx(2 * 1.4 / 6.4, rel=1e-4)


def test_coherence_decay_needs_a_commuting_hamiltonian():
    """App. B: |ρ_nm(t)| follows Eq. (95) iff [H, L] = 0 (Liouvillian expm at 30 digits and in doubles)."""
    for inst in (D.pointer_coherence_decay()["instances"], N.pointer_coherence_by_expm()["instances"]):
        for x in inst:
            ok = all(abs(a - p) <= 1e-9 + 1e-6 * p for a, p in zip(x["abs_t"], x["predicted"], strict=True))
            assert ok == x["commutes"]


def test_transmon_collapse_times_by_formula_and_trajectory():
    assert float(D.collapse_time_ns_at_ratio(6.4, 1.01)) == pytest.approx(15625 / math.pi, rel=1e-12)
    assert N.collapse_time_ns_by_trajectory_at_ratio(6.4, 1.01) == pytest.approx(15625 / math.pi, rel=1e-6)


# --- memoised parameter-free derivations (issue 23) -------------------------------------------

@pytest.mark.parametrize("name", ["landau_minimum", "landau_barrier", "tdgl_rhs", "growth_time",
                                  "coherence_pressure_dispersive", "critical_photon_number",
                                  "critical_coupling", "steady_state_dephasing_rate",
                                  "vsys_expansion_quartic"])
def test_memoised_derivation_equals_a_fresh_one(name):
    """The cached expression is the one a fresh derivation gives (computed again, uncached)."""
    fn = getattr(D, name)
    assert fn() is fn()  # solved once per process
    assert fn.__wrapped__() == fn()


def test_curie_weiss_coefficients_fresh_dict():
    a, b = D.curie_weiss_coefficients(), D.curie_weiss_coefficients()
    assert a == b and a is not b  # a caller's dict is its own
    a["a"] = None
    assert D.curie_weiss_coefficients()["a"] == b["a"]


def test_stationary_variance_routes_memoised():
    """The two quantities of Eqs. (47)/(54) read one seeded ensemble per k_BT and one symbolic variance."""
    assert N.stationary_variance_by_em(0.5, 1.0) == N.stationary_variance_by_em.__wrapped__(0.5, 1.0)
    assert D._ou_stationary_variance()[0] == D._ou_stationary_variance.__wrapped__()[0]
    a, b = D.stationary_variance_kramers_moyal(), D.stationary_variance_kramers_moyal()
    assert a == b and a is not b
    assert [x["variance"] for x in a["instances"]] == [0.25, 0.5, 1.0, 2.0]
