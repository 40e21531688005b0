"""Tests of the oqt derivations and numerics: exact results, cross-checks between the exact and
floating-point implementations, and property tests of the window rule and Eq. (6)."""

import numpy as np
import pytest
import sympy as sp
from hypothesis import example, given
from hypothesis import strategies as st

from derive import oqt as D
from numerics import oqt as N


def test_window_rule_exact_examples():
    third = sp.Rational(1, 3)
    assert D.window_chi([0, 1], [third, 2 * third])[0] == [0, 1]
    assert D.window_chi([0, 1, 2], [sp.Rational(1, 2), 0, sp.Rational(1, 2)])[0] == [third] * 3
    assert D.window_chi([0, 1, 2], [0, 1, 0])[0] == [0, 1, 0]


@given(
    st.lists(st.integers(0, 6), min_size=2, max_size=4, unique=True),
    st.lists(st.integers(0, 5), min_size=4, max_size=4),
)
@example([0, 1], [1, 2, 0, 0])
def test_window_rule_float_matches_exact_and_is_never_empty(spec, weights):
    w = weights[: len(spec)]
    if sum(w) == 0:
        w = [1] + w[1:]
    probs = [sp.Rational(x, sum(w)) for x in w]
    exact, _, _ = D.window_chi(spec, probs)
    approx = N.window_chi(np.array(spec, float), np.array(w, float) / sum(w))
    assert sum(exact) == 1  # at least one level within √V of the mean
    assert np.allclose(approx, [float(x) for x in exact])


def test_lambda_chi_is_a_reset_and_eq6_follows_from_eq2():
    assert all(x == 0 for x in D.lambda_chi_is_reset(3))
    assert all(x == 0 for x in D.eq6_from_eq5_residual(3))
    assert N.eq6_vs_eq2_difference() < 1e-12


def test_distance_rate_is_two_alpha_n_over_hbar():
    a, n, h = sp.symbols("alpha N hbar", positive=True)
    assert sp.simplify(D.hs_distance_rate() - 2 * a * n / h) == 0
    hs, tr = N.distance_decay_rates(0.7, 2.0, 1.3)
    assert hs == pytest.approx(2 * 0.7 * 2.0 / 1.3, rel=1e-9)
    assert tr == pytest.approx(0.7 * 2.0 / 1.3, rel=1e-9)


def test_entropy_rate_of_the_mixed_counterexample_is_minus_log2_over_3():
    third = sp.Rational(1, 3)
    assert D.entropy_rate_at_zero([0, 1], [2 * third, third]) == -sp.log(2) / 3


def test_entropy_counterexample_exact_and_numeric_agree():
    chi, S, Sdot = D.pure_state_entropy_rate(
        (0, 1), (sp.sqrt(sp.Rational(1, 3)), sp.sqrt(sp.Rational(2, 3))), 1
    )
    path = N.pure_member_entropy_path(p=(1 / 3, 2 / 3), times=(1.0,))
    assert float(S) == pytest.approx(path[0], rel=1e-10)
    assert float(Sdot) < 0


def test_nonconstant_b_meets_both_constraints():
    r = D.nonconstant_b_counterexample()
    assert r["steady"] and r["ratio"] == sp.Rational(-4, 3)
    assert N.nonconstant_b_search()[0] == (1, 2, 1)


def test_sui_steady_state_is_chi_when_collapse_basis_is_energy_basis():
    rho, res = D.sui_steady_state([0, 1, 2], [sp.Rational(1, 3)] * 3)
    assert rho == sp.eye(3) / 3 and all(x == 0 for x in res)


def test_partial_traces():
    rng = np.random.default_rng(0)
    a, b = N.random_state(2, rng), N.random_state(3, rng)
    ab = np.kron(a, b)
    assert np.allclose(N.partial_trace_A(ab, 2, 3), b)
    assert np.allclose(N.partial_trace_B(ab, 2, 3), a)


@given(st.integers(0, 10_000))
@example(0)
def test_eq6_evolution_is_a_state_and_relative_entropy_is_nonnegative(seed):
    rng = np.random.default_rng(seed)
    d = int(rng.integers(2, 5))
    E, chi, rho0 = rng.normal(size=d), rng.dirichlet(np.ones(d)), N.random_state(d, rng)
    rho = N.evolve(N.eq6_liouvillian(E, chi), rho0, float(rng.uniform(0, 3)))
    assert np.trace(rho).real == pytest.approx(1, abs=1e-12)
    assert np.linalg.eigvalsh((rho + rho.conj().T) / 2).min() > -1e-12
    assert N.relative_entropy(np.diag(chi), rho) >= -1e-12


def test_per_member_window_signal_exact_and_numeric():
    r = D.per_member_window_signal()
    a, b = N.per_member_signal_by_integration()
    assert np.allclose(a, [float(x) for x in r["no_measurement"]], atol=1e-8)
    assert np.allclose(b, [float(x) for x in r["after_measurement"]], atol=1e-12)


@given(N.bipartite_cases())
def test_alice_local_thermalization_never_moves_bobs_expectations(case):
    assert abs(N.bob_expectation_rate(case)) < 1e-10
    assert np.trace(case.rho).real == pytest.approx(1.0)


@given(N.entropy_cases(pure_only=False))
def test_entropy_cases_are_valid_states(case):
    rho = case.rho0()
    assert np.trace(rho).real == pytest.approx(1.0)
    assert np.linalg.eigvalsh(rho).min() > -1e-12
    assert len(case.spectrum) == len(set(case.spectrum)) == len(case.weights)


@given(N.spectra_and_states())
@example((np.array([0.0, 10.0]), np.array([0.5, 0.5])))
def test_window_is_never_empty(case):
    E, p = case
    assert N.window_chi(E, p).sum() == pytest.approx(1.0)


def test_window_identity_vanishes():
    assert D.window_nonempty_identity(3) == 0


# --- the claim table's routes and the judge's predicates -------------------------------------

from claims.papers.oqt import predicates as P  # noqa: E402


def test_norm_drift_kernel_on_the_paper_operators_has_dimension_three():
    K = D.norm_drift_kernel(3)
    assert len(K) == 3
    ex = sp.zeros(3, 3)
    ex[1, 0], ex[2, 0], ex[1, 1], ex[2, 2] = 1, -1, 1, -1
    basis = sp.Matrix.hstack(*[k.reshape(9, 1) for k in K])
    assert sp.Matrix.hstack(basis, ex.reshape(9, 1)).rank() == 3  # the example lies in it


def test_norm_preserving_offsets_break_linearity_and_linearity_forces_the_fdr():
    r = N.fdr_necessity_search()
    off = [x for x in r["instances"] if not P.fdr_holds(x)]
    assert off and all(P.norm_conserved_all_states(x) for x in off)
    assert not any(P.ensemble_equation_linear(x) for x in off)
    assert D.linear_and_norm_preserving_offsets(3) == 0


def test_fdr_instances_keep_the_norm_and_off_fdr_ones_do_not():
    x = N.norm_instances(5)["instances"][0]
    assert P.norm_conserved_at(x)
    J = np.array(x["J"])
    assert not P.norm_conserved_at(dict(x, D=(np.sqrt(J) * 0.7).tolist()))


def test_entropy_counterexample_meets_every_stated_assumption():
    x = dict(D.ENTROPY_CASE, t=3)
    assert P.window_rule_and_eq4(x) and P.out_of_equilibrium_at(x)
    assert not P.entropy_non_decreasing_at(x)
    assert not P.entropy_below_window_entropy(x)
    Sdot, S, _ = D.entropy_rate_exact(3)
    assert float(S) == pytest.approx(P._entropy_at(x, 3.0), rel=1e-10)
    assert float(Sdot) < -0.03


def test_window_energy_predicate_on_the_paramagnet_and_a_symmetric_case():
    E, V, mean = P._spins_window_mean(1000, "2005/10000")
    assert float(E) == pytest.approx(200.5) and float(mean) == pytest.approx(212.63, abs=0.01)
    f = N.spins_window_float()["instances"][0]["window_mean"]
    assert f == pytest.approx(float(mean), rel=1e-12)
    assert P.window_energy_conserved({"E": [0, 1, 2], "amps": ["sqrt(1/2)", "0", "sqrt(1/2)"]})
    assert not P.window_energy_conserved({"E": [0, 1], "amps": ["sqrt(1/3)", "sqrt(2/3)"]})


def test_bob_hamiltonian_moves_his_state_and_alices_terms_do_not():
    a, b = D.bob_exact_instances()["instances"]
    assert not P.bob_state_unchanged(a) and P.bob_state_unchanged(b)
    assert sp.simplify(D.bob_partial_trace_proof()) == 0


def test_signalling_and_linearity_depend_on_the_window_rule():
    for x in D.signalling_exact()["instances"]:
        assert P.alice_blind_to_bob(x) == (x["rule"] == "fixed")
    for x in D.linearity_exact()["instances"]:
        assert P.same_initial_density_matrix(x)
        assert P.ensemble_map_well_defined(x) == (x["rule"] == "fixed")


def test_identity_proofs_vanish():
    for name in ("C_chi", "C_E", "eq3", "eq4", "stationary", "eq6_from_eq5", "entropy_rate"):
        assert sp.simplify(D.identity_proof(name)["proof"]) == 0, name


def test_simulated_ensembles_follow_the_master_equations_and_a_wrong_rate_shows():
    inst = N.eq5_ensemble_by_simulation(n_traj=600, dt=5e-3)["instances"]
    assert all(P.simulated_ensemble_follows_eq6(x) for x in inst)
    x = inst[0]
    E, chi = np.array(x["E"]), np.array(x["chi"])
    psi = P.arr(x["psi0"])
    wrong = P.evolve6(E, chi, np.outer(psi, psi.conj()) / np.vdot(psi, psi).real, x["t"], 1.6)
    assert not P.simulated_ensemble_follows_eq6(dict(x, mean={"re": wrong.real.tolist(),
                                                              "im": wrong.imag.tolist()},
                                                     se=(np.array(x["se"]) * 0 + 1e-3).tolist()))
