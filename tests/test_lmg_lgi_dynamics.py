"""Tests of the lmg_lgi open-system numerics and exact pieces (numerics.lmg_lgi.dynamics,
derive.lmg_lgi)."""

import math

import numpy as np
import pytest
import sympy as sp

from derive import lmg_lgi as DL
from numerics import lindblad as LB
from numerics.lmg_lgi import dynamics as ND


def test_parity_selection_rules():
    Q = ND.eigenbasis_matrices()["Q"]
    Jz = ND.eigenbasis_matrices()["Jz"]
    par = ND.parities(20)
    same = np.equal.outer(par, par)
    assert np.abs(Q[:20, :20][same]).max() < 1e-12
    assert np.abs(Jz[:20, :20][same]).max() < 1e-12


def test_q_column_sums_to_one_minus_p0():
    """Σ_k |⟨E_k|Q|E0⟩|² over all 371 levels = ⟨E0|Q²|E0⟩ = 1 − p0."""
    _E, V = ND.dense_spectrum()
    _, q = ND.dicke_operators()
    _, V2 = ND.eigensystem(2)
    amp = V.T @ (q * V2[:, 0])
    assert np.sum(amp**2) == pytest.approx(1 - ND.m0_weight(), abs=1e-12)


def test_trichotomic_luders_state_is_normalised():
    _, V = ND.dense_spectrum()
    m, _ = ND.dicke_operators()
    psi = ND.eigensystem(2)[1][:, 0]
    total = sum(np.sum((V.T @ np.where(mask, psi, 0.0)) ** 2) for mask in (m > 0, m < 0, m == 0))
    assert total == pytest.approx(1.0, abs=1e-12)


def test_odd_leakage_is_half_q_squared():
    w = ND.post_measurement_weights(10)
    q = ND.q_elements(10)
    for k in (3, 5, 7, 9):
        assert w[k] == pytest.approx(q[k] ** 2 / 2, rel=1e-10)


def test_five_level_coherent_ceiling_is_partial_sum():
    c = ND.coherent_contributions()
    assert ND.k3(5, 0.0) == pytest.approx(c[1] + c[3], abs=1e-9)


def test_threshold_is_a_root():
    g = ND.threshold(5)
    assert ND.k3(5, g) == pytest.approx(1.0, abs=1e-10)
    assert ND.k3(5, 0.9 * g) > 1 > ND.k3(5, 1.1 * g)


def test_two_level_engine_matches_closed_form():
    rate = sum(ND.jz2_expectations()) / 2
    q2 = ND.q_elements(2)[1] ** 2
    x = math.pi * rate * 0.05 / (3 * ND.splitting())
    closed = float(DL.two_level_k3(sp.Float(q2, 30), sp.Float(x, 30)))
    assert ND.two_level_model_k3(rate, 0.05, q2) == pytest.approx(closed, rel=1e-10)


def test_secular_rate_matches_liouvillian_eigenvalue():
    lam = ND.coherence_eigenvalue(10, 0.05)
    assert -lam.real == pytest.approx(0.05 * sum(ND.jz2_expectations()) / 2, rel=1e-4)


def test_sequential_c12_is_the_plain_correlator():
    """C12 of the sequential protocol is the correlator of ρ0 (the t1 state)."""
    H, A, Q, _, rho0 = ND.truncated_model(5)
    prop = LB.DenseLiouvillian(H, A, 0.05)
    r = LB.k3_sequential(prop, Q, rho0, ND.tau_opt(), lambda rho: rho)
    assert r["C12"] == pytest.approx(LB.correlator(prop, Q, rho0, ND.tau_opt()), abs=1e-14)


def test_lgi_bound_enumeration():
    assert DL.k3_assignment_maximum((-1, 1)) == 1
    assert DL.k3_assignment_maximum((-1, 0, 1)) == 1
    assert DL.k3_assignment_count((-1, 1)) == 8


def test_instrument_identities():
    assert DL.luders_minus_anticommutator([1, 1, -1, -1]).is_zero_matrix
    assert not DL.luders_minus_anticommutator([1, 0, -1]).is_zero_matrix
    p0, p1, q = sp.symbols("p0 p1 Q01", real=True)
    assert sp.simplify(DL.thermal_instrument_offdiagonal() - q * (p0 + p1) / 2) == 0


def test_threshold_xi_solves_equation():
    q2 = sp.Rational(9436, 10000)
    xi = DL.threshold_xi(q2)
    assert sp.simplify(q2 * (xi + xi**2 / 2) - 1) == 0
    assert 0 < float(xi) < 1


def test_decoherence_rates():
    N, m = sp.symbols("N m_star", positive=True)
    assert sp.simplify(DL.collective_rate_mean_field() - N**2 * m**2 / 2) == 0
    assert sp.simplify(DL.local_rate_total() - N * (1 + m**2)) == 0


def test_size_scan_monotone():
    """The 5-level threshold falls with N much faster than 1/N² (ΔE(N) enters τ*)."""
    t370, t450 = ND.threshold_at_size(370), ND.threshold_at_size(450)
    assert t370 == pytest.approx(ND.threshold(5), rel=1e-9)
    assert t450 < t370 * (370 / 450) ** 2


# --- the K3 engines of the earned routes: mpmath (derive) vs LAPACK (numerics) -----------

def test_k3_engines_agree_and_reproduce_the_paper_readings():
    from derive import lmg_lgi as DM
    from numerics.lmg_lgi import k3 as K

    for protocol, expected in (("stationary", 1.316666), ("listing", 1.311811), ("text", 1.294508)):
        a = float(DM.lgi_k3_mp(370, 0.95, 37195.4, 0.05, 5, protocol))
        b = K.k3(370, 0.95, 37195.4, 0.05, 5, protocol)
        assert abs(a - b) < 1e-10 and abs(a - expected) < 1e-6


def test_higher_odd_states_switched_off_leave_the_threshold():
    from numerics.lmg_lgi import k3 as K

    full = K.threshold(370, 0.95, 37195.4, 5)
    doublet_q = K.threshold(370, 0.95, 37195.4, 5, q_levels=2)
    two_level_full_jz2 = K.threshold(370, 0.95, 37195.4, 2, dissipator="full")
    assert abs(full - 0.289164) < 1e-5
    assert abs(doublet_q - 0.28326) < 1e-4 and abs(two_level_full_jz2 - 0.28436) < 1e-4
