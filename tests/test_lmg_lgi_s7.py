"""Engine tests of the §7 / §7.1 / §7.2 routes of lmg_lgi (derive.lmg_sweep, numerics.lmg_lgi.sweep):
independent values, limits and symmetries, not the routes compared with themselves."""

import math

import mpmath
import numpy as np
import pytest
import sympy as sp

from derive import lmg_sweep as D
from numerics import lmg
from numerics.lmg_lgi import sweep as N


@pytest.mark.parametrize("g", ["1/2", "4/5", "19/20"])
def test_barrier_is_the_zero_temperature_closed_form(g):
    G = sp.Rational(g)
    assert D.barrier_per_spin(G) == (1 - G) ** 2 / 2


def test_barrier_exponent_routes_scale_with_n_over_t():
    a = float(D.barrier_exponent(200, 0.9, 40000.0, 5)["value"])
    b = N.barrier_exponent(400, 0.9, 40000.0, 10)["value"]
    assert math.isclose(a, b, rel_tol=1e-7)   # N/T fixed: same exponent (k_BT ≪ J)


@pytest.mark.parametrize("g", [0.6, 0.95])
def test_spinodal_point_is_a_fold_of_the_landscape(g):
    m, h = float(D.spinodal_value(g, "m")), float(D.spinodal_value(g, "h"))
    def fp(x):
        return x - (x + h) / math.hypot(x + h, g)
    d = 1e-6
    assert abs(fp(m)) < 1e-12 and abs((fp(m + d) - fp(m - d)) / (2 * d)) < 1e-6
    # below h_sp the metastable well exists, above it does not
    s = N.spinodal(g)
    assert math.isclose(s["h"], h, rel_tol=1e-9) and math.isclose(s["m"], m, abs_tol=1e-6)


@pytest.mark.parametrize("mu", [sp.Rational(1, 2), sp.Integer(1), sp.Rational(3, 2)])
def test_freeze_out_exponent_is_mu_over_one_plus_mu(mu):
    assert D.freeze_out_exponent(mu) == mu / (1 + mu)
    assert math.isclose(N.freeze_out_exponent(mu), float(mu / (1 + mu)), rel_tol=1e-9)


def test_relaxation_and_fold_exponents():
    assert D.relaxation_exponent("overdamped") == 1
    assert D.relaxation_exponent("underdamped") == sp.Rational(1, 2)
    assert abs(N.relaxation_exponent("overdamped") - 1) < 1e-3
    assert abs(N.relaxation_exponent("underdamped") - 0.5) < 1e-3
    for g in ("3/5", "19/20"):
        assert D.saddle_node_exponent(g) == sp.Rational(1, 2)
    assert abs(N.saddle_node_exponent(0.7) - 0.5) < 1e-2


def test_zener_time_and_lz_factor():
    tz = D.zener_time()
    s = {x.name: x for x in tz.free_symbols}
    assert sp.simplify(tz**2 - s["tau_Q"] / (s["N"] * s["m_star"] * s["Delta_h"])) == 0
    assert math.isclose(N.zener_time()(3.0, 2.0, 0.5, 1.5), 2.0**0.5, rel_tol=5e-4)
    assert D.landau_zener_factor() == 4 and abs(N.landau_zener_factor() - 4) < 1e-3


def test_kramers_prefactor_numeric_is_laplace():
    f = N.kramers_prefactor()
    assert math.isclose(f(1.3, 0.4), 2 * math.pi / (1.3 * math.sqrt(0.4)), rel_tol=1e-9)
    assert D.kramers_prefactor().free_symbols == {sp.Symbol("Gamma_eff", positive=True), sp.Symbol("fpp", positive=True)}


def test_gap_with_field_matches_dense_diagonalisation():
    n, g, h = 24, 0.8, 0.03
    with mpmath.workdps(20):
        e = D._lowest_two_with_field(n, g, mpmath.mpf(h))
    w = np.linalg.eigvalsh(lmg.hamiltonian_dense(n, g, 1.0, h))[:2]
    assert np.allclose([float(x) for x in e], w, rtol=1e-12, atol=1e-12)


def test_gap_spectrum_routes_agree_at_small_n():
    assert math.isclose(float(D.gap_ratio(40, 0.8)), N.gap_ratio(40, 0.8), rel_tol=1e-9)
    assert math.isclose(float(D.inverse_gap_ms(40, 0.8, 1000.0)), N.inverse_gap_ms(40, 0.8, 1000.0), rel_tol=1e-9)


def test_time_stepped_sweep_reproduces_zener_and_the_window_instances_agree():
    for A in (0.2, 1.0, 3.0):
        assert abs(N._lz_error(0.5, A) - math.exp(-math.pi * 0.25 / A)) < 2e-3
    d = D.adiabaticity_instances(60, 0.8, 1000.0)["instances"]
    n = N.adiabaticity_instances(60, 0.8, 1000.0, 1)["instances"]   # T = 1 nK ≪ J
    assert [round(x["P"], 2) for x in d] == [round(x["P"], 2) for x in n]
    assert d[0]["P"] < d[-1]["P"]          # larger amplitude, less adiabatic at fixed τ_Q


def test_window_ratio_is_two():
    assert float(D.window_lower_end_over_linear_field(40, 0.8, 1000.0)) == pytest.approx(2, rel=1e-12)
