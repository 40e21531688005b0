"""Engine tests of derive.lmg_static and numerics.lmg_lgi.static (lmg_lgi §1–§4, §6, App. H)."""

import math
from fractions import Fraction

import mpmath
import pytest
import sympy as sp

from derive import lmg_static as D
from numerics.lmg_lgi import static as S


def test_susceptibility_n2_closed_form():
    """N = 2: χ = (8/N)|⟨a|J_z|GS⟩|²/ΔE = 4cos²(φ/2)/ΔE, tan φ = 4Γ/J (J = 1, Γ = 1/2)."""
    phi = math.atan(2.0)
    dE = (-1 + math.sqrt(1 + 16 * 0.25)) / 2
    assert float(D.susceptibility_exact(2, Fraction(1, 2))) == pytest.approx(4 * math.cos(phi / 2) ** 2 / dE, rel=1e-12)


@pytest.mark.parametrize("n", [40, 41])
def test_susceptibility_routes_agree_even_and_odd_n(n):
    assert float(D.susceptibility_exact(n, Fraction(9, 10))) == pytest.approx(S.susceptibility_exact(n, 0.9), rel=1e-6)


def test_doublet_only_overestimate_exceeds_full_overestimate():
    """The higher states add to χ (positive second-order terms): removing them can only raise the
    overestimate of the two-level formula."""
    full = D.susceptibility_overestimate(60, Fraction(9, 10))
    off = D.susceptibility_overestimate_without_higher_levels(60, Fraction(9, 10))
    assert off > full
    assert float(off) == pytest.approx(S.susceptibility_overestimate_without_higher_levels(60, 0.9), rel=1e-8)


def test_overlap_is_gamma_power_n():
    assert float(D.coherent_overlap(50, 0.8)) == pytest.approx(0.8**50, rel=1e-14)
    assert S.coherent_overlap(50, 0.8) == pytest.approx(0.8**50, rel=1e-10)


def test_splitting_routes_and_kt():
    assert float(D.tunnel_splitting_rad(100, 0.9, 2.0)) == pytest.approx(S.tunnel_splitting_rad(100, 0.9, 2.0), rel=1e-9)
    # k_B/ħ·1 nK in rad/s: 130.920... (SI-2019), independent of scipy's table
    assert float(D.thermal_rate_rad(1)) == pytest.approx(1.380649e-23 * 1e-9 * 2 * math.pi / 6.62607015e-34, rel=1e-15)


def test_goldilocks_window_routes_agree_and_move_with_temperature():
    a = D.goldilocks_window(0.93, 37000.0, 9)["instances"][0]
    b = S.goldilocks_window(0.93, 37000.0, 9)["instances"][0]
    assert a == b
    c = D.goldilocks_window(0.93, 37000.0, 12)["instances"][0]
    assert c["n_hi"] < a["n_hi"] and c["n_lo"] < a["n_lo"]   # hotter: smaller N for the same ΔE/k_BT


def test_local_rate_channel_matches_expression():
    expr = D.local_rate_expression()
    v = float(expr.subs({sp.Symbol("N", positive=True): 7, sp.Symbol("m_star", positive=True): sp.Rational(3, 5)}))
    assert v == pytest.approx(7 * (1 + 0.36), rel=1e-12)
    assert S.local_rate_of(7, 0.6) == pytest.approx(v, rel=1e-6)


def test_stationary_ratio_linear_at_small_bias_cubic_at_large():
    inst = D.stationary_ratio_instances(100, 0.95, 37195.4, 10)["instances"]
    small, large = inst[0], inst[-1]
    assert abs(small["log_ratio"] - small["linear"]) < 1e-6 * small["linear"]
    assert large["log_ratio"] < large["linear"]   # the h³ term is negative


def test_cross_term_factor_near_two_and_parity_kills_eigen_cross_term():
    d = D.cross_term_instances(370, 0.95)["instances"][0]
    n = S.cross_term_instances(370, 0.95)["instances"][0]
    assert 1.9 < d["cross"] < 2.0 and d["cross"] * d["rest"] == pytest.approx(d["ratio"], rel=1e-12)
    assert d["cross"] == pytest.approx(n["cross"], rel=1e-10) and n["eigen_cross"] < 1e-12


def test_bec_conventions():
    d = {i["convention"]: i["ratio"] for i in D.bec_coupling_instances()["instances"]}
    n = {i["convention"]: i["ratio"] for i in S.bec_coupling_instances()["instances"]}
    assert d == pytest.approx({"half": 0.5, "no_half": 1.0}) and n == pytest.approx(d, rel=1e-9)


def test_kramers_exponent_zero_temperature_limit():
    """At low T, NΔf0/T → N(J − Γ)²/(2JT) (Δf0 = J(1 − Γ/J)²/2)."""
    with mpmath.workdps(30):
        x = D.kramers_exponent(370, 0.95, 37195.4, 10)
        kt = D.thermal_rate_rad(10) / mpmath.mpf(37195.4)
        assert float(x) == pytest.approx(float(370 * 0.0025 / 2 / kt), rel=1e-12)
    assert S.kramers_exponent(370, 0.95, 37195.4, 10) == pytest.approx(float(x), rel=1e-7)
