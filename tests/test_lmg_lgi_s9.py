"""Engine tests of the §9.2–§9.5, §10 routes of lmg_lgi (derive.lmg_experiment, numerics.lmg_lgi.experiment)."""

import math

import mpmath
import numpy as np
import pytest
import sympy as sp

import derive.lmg_experiment as D
import numerics.lmg_lgi.experiment as X
from numerics import lmg


def test_post_measurement_populations_sum_to_one():
    """Σ_k Σ_o |⟨E_k|P_o|E0⟩|² = Σ_o ⟨E0|P_o|E0⟩ = 1 (completeness), over the whole Dicke sector."""
    n, g = 40, 0.9
    E, V = lmg.spectrum_dense(n, g)
    m = lmg.m_values(n)
    v0 = V[:, 0] + V[::-1, 0] + V[:, 1] + V[::-1, 1]
    v0 /= np.linalg.norm(v0)
    total = sum(float(np.dot(V[:, k], np.where(mask, v0, 0.0)) ** 2)
                for k in range(n + 1) for mask in (m > 0, m < 0, m == 0))
    assert total == pytest.approx(1.0, abs=1e-12)


def test_doublet_weight_is_the_sum_of_its_two_levels_and_matches_numerics():
    n, g = 60, 0.9
    w = D.post_measurement_doublet_weight(n, g)
    assert float(w) == pytest.approx(float(D.post_measurement_leak(n, g, 0) + D.post_measurement_leak(n, g, 1)),
                                     rel=1e-15)
    assert float(w) == pytest.approx(X.post_measurement_doublet_weight(n, g), rel=1e-10)
    assert float(D.post_measurement_leak(n, g, 5)) == pytest.approx(X.post_measurement_leak(n, g, 5), rel=1e-8)


def test_even_leakage_selection_rule():
    d = D.even_leakage_proof(20, 0.9)
    assert sp.simplify(d["proof"]) == 0
    assert all(abs(i["Qk0"]) < 1e-12 for i in X.even_leakage_instances(20, 0.9)["instances"])
    # an odd state is not protected: Q_10 is of order one
    E, V, par = lmg.lowest_eigenpairs_parity(20, 0.9, k=2)
    assert abs(V[:, 1] @ (np.sign(lmg.m_values(20)) * V[:, 0])) > 0.5


def test_instanton_log_derivative_is_half_over_n_minus_action():
    s = X.instanton_action_value(0.9)
    assert float(D.instanton_log_derivative(200, 0.9)) == pytest.approx(1 / 400 - s, rel=1e-12)
    assert X.instanton_log_derivative(200, 0.9) == pytest.approx(1 / 400 - s, rel=1e-9)


def test_prefactor_drops_out_of_the_log_derivative():
    d = D.prefactor_instances(120, 0.9, 1.0)
    assert "∂(estimate)/∂C0 = 0" in d["details"]
    assert len({round(i["estimate"], 14) for i in d["instances"]}) == 1


def test_splitting_derivative_routes_agree_and_match_a_plain_difference():
    n, g, J = 120, 0.9, 1.0
    a, b = float(D.splitting_derivative(n, g, J)), X.splitting_derivative(n, g, J)
    assert a == pytest.approx(b, rel=1e-6)  # the tolerance of the FD quantities: estimators differ by O(S⁴h⁴)
    central = (X.splitting_rad_s(n + 2, g, J) - X.splitting_rad_s(n - 2, g, J)) / 4
    assert a == pytest.approx(central, rel=1e-3)
    assert a < 0  # the splitting falls with N


def test_shot_noise_is_the_poisson_standard_deviation():
    assert X.shot_noise(150) == pytest.approx(math.sqrt(150), rel=1e-12)
    assert D.shot_noise(150) == sp.sqrt(150)


def test_collapse_bound_arithmetic():
    grw = D.grw_dephasing(10, 7, 1e-16)
    assert grw == sp.Rational(70, 10**16)
    assert X.grw_dephasing(10, 7, 1e-16) == pytest.approx(7e-15, rel=1e-14)
    assert D.grw_margin(0.05, grw) * grw == sp.Rational(1, 20)
    assert X.grw_margin_from_inputs(0.05, 10, 7, 1e-16) == pytest.approx(0.05 / 7e-15, rel=1e-14)
    assert X.raman_events(50, 4) == pytest.approx(2e-4, rel=1e-12)


def test_goldilocks_edges_agree_between_bisection_and_scan():
    args = (120, 160, 200, 0.9, 1.0e5, 10, "temperature")
    d = D.goldilocks_window_instances(*args)
    n = X.goldilocks_window_instances(*args)
    inside_n = [i["N"] for i in n["instances"] if 1 <= i["ratio"] <= 3]
    inside_d = [i["N"] for i in d["instances"] if 1 <= i["ratio"] <= 3]
    assert min(inside_d) == min(inside_n) and max(inside_d) == max(inside_n)
    for i in d["instances"]:
        assert i["ratio"] == pytest.approx(X.gap_over_kt(i["N"], 200, 0.9, 1.0e5, 10, "temperature"), rel=1e-9)


def test_kbt_readings():
    kt = float(D._kbt(370, 0.95, 1.0, 10, "temperature"))
    assert kt == pytest.approx(1.380649e-23 * 1e-8 / 1.054571817e-34, rel=1e-9)
    assert float(D.gap_over_kt(100, 100, 0.9, 2.0, 10, "gap")) == pytest.approx(1.0, rel=1e-15)
    with mpmath.workdps(20):
        assert float(D.threshold_spread(1, 2, 1.5)) == pytest.approx(1.0)
