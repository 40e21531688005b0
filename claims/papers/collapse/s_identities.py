"""The remaining statements: identities (a SymPy proof beside a numerical residual or search) and the
counterexamples of §5.6, §8.3 and §4.4, on the framework.  Text of each mention from its first-version record."""

from claims.core.api import Claim, Property, Quantity, Route

D = "derive.collapse"
N = "numerics.collapse"
P = "claims.papers.collapse.predicates"


def _q(label, what, statement, d, n, assumes=None, condition=None):
    return Quantity(f"collapse:{label}", what, Property(statement=f"{P}:{statement}",
                    assumes=f"{P}:{assumes}" if assumes else None,
                    condition=(condition[0], f"{P}:{condition[1]}") if condition else None),
                    Route(f"{D}:{d}"), Route(f"{N}:{n}"))


_R = "residual_vanishes"
_Q = {
    "cw-hamiltonian-eq41": _q("cw-hamiltonian", "−(J/2N)Σσ_iσ_j against −(JN/2)m² (Eq. (41))", _R,
                              "cw_hamiltonian_identity", "cw_hamiltonian_residuals"),
    "eq21-variance": _q("collective-variance", "Var Φ against (1/N)Σ_ij Cov(A_i, A_j) (Eq. (21))", _R,
                        "collective_variance_identity", "collective_variance_residuals"),
    "eq16-branch-average": _q("branch-average", "Φ = Tr[ρ_A A_avg] against Σ|c_n|²ψ_n (Eq. (16))", _R,
                              "branch_average_identity", "branch_average_residuals"),
    "eq58-overlap": _q("overlap-decay", "−ln|⟨φ_m|φ_n⟩|/N for N coherent displacements (Eq. (58))",
                       "rate_independent_of_n", "overlap_decay_rates", "overlap_decay_rates_by_fock"),
    "fp-probability-conservation": _q("fp-mass", "d/dt ∫W of the Fokker–Planck flow with no-flux walls", _R,
                                      "fp_flux_identity", "fp_mass_residuals"),
    "kramers-eq5": _q("kramers-slope", "d ln Γ/d(ΔE/k_BT) of the escape rate over the barrier (Eq. (5))",
                      "kramers_unit_slope", "kramers_exponent", "kramers_exponent_by_spectrum"),
    "eq65-recoherence": _q("recoherence-rate", "(1/N) ln P(m = 0)/P(m_eq) of the Curie–Weiss pointer (Eq. (65))",
                           "exponentially_suppressed", "recoherence_rate_per_mode", "recoherence_rate_by_sums"),
    "no-metastable-states": _q("metastable-minima", "non-global local minima of Eq. (19) near γc",
                               "metastable_state_exists", "metastable_minima_count", "metastable_minima_by_scan",
                               assumes="near_critical"),
    "s-bound": _q("polarisation-bound", "|⟨Ŝ⟩| against ħω_S = s_max − s_min", "polarisation_bounded",
                  "polarisation_bound_examples", "polarisation_bound_by_sampling",
                  condition=("the spectrum of Ŝ has both signs (s_min ≤ 0 ≤ s_max), e.g. a traceless Ŝ",
                             "spectrum_of_both_signs")),
    "lemma-forced-instability": _q("amplifier-threshold", "sup_γ λ(γ) of an amplifying, dissipative, saturating pointer",
                                   "threshold_exists", "amplifier_counterexample", "amplifier_counterexample_by_scan",
                                   assumes="lemma_premises"),
    "eq40-curvature": _q("stability-curvature", "λ(γ)/a(γ) for f = −Γ∂F/∂ψ (Eq. (40))",
                         "stability_proportional_to_curvature", "stability_over_curvature",
                         "stability_over_curvature_by_complex_step"),
    "eq39-b-positive": _q("cw-b-positive", "b = β³J⁴/3 of the Curie–Weiss pointer", "quartic_b_positive",
                          "cw_b_values", "cw_b_by_mpmath"),
    "eq3-decoherence": _q("decoherence-limit", "|ρ_S(t) − Σ|c_n|²|a_n⟩⟨a_n|| for t ≫ τ_D (Eq. (3))", _R,
                          "decoherence_residual", "decoherence_residual_by_expm"),
    "eq24-sqrt-n": _q("sqrt-n-coupling", "gŜΣÂ_i against g√NŜΦ (Eqs. (15), (24))", _R, "sqrt_n_identity",
                      "sqrt_n_residuals"),
    "eq86-klein-gordon": _q("klein-gordon", "Euler–Lagrange equation of Eq. (85) against Eq. (86)", _R,
                            "klein_gordon_identity", "klein_gordon_residuals"),
    "kg-overdamped-limit": _q("overdamped-limit", "the damped Eq. (86) against the TDGL as the inertia vanishes",
                              "overdamped_error_vanishes", "overdamped_limit_identity", "overdamped_limit_errors"),
    "eq100-keldysh-rotation": _q("keldysh-rotation", "the inverse of the Keldysh rotation (Eq. (100))", _R,
                                 "keldysh_rotation_identity", "keldysh_rotation_residual"),
    "dispersive-frequency-shift": _q("resonator-shift", "photon-addition energies of Eq. (70) against ω_r ± χ", _R,
                                     "resonator_frequency_shift", "resonator_frequency_shift_by_diagonalisation"),
    "detuning-increases-nbar-c": _q("detuning-dependence", "signs of ∂χ/∂Δ and ∂n̄c/∂Δ for χ = g²/Δ",
                                    "detuning_monotone", "detuning_dependence",
                                    "detuning_dependence_by_diagonalisation"),
    "gamma-max-polarisation": _q("max-polarisation", "γ of Eq. (28) at |⟨Ŝ⟩| = ħω_S against g√N", "sides_agree",
                                 "max_polarisation_identity", "max_polarisation_by_instances"),
    "eq29-critical-condition": _q("critical-condition", "γ/γc of Eq. (28) against g√N|⟨Ŝ⟩|/λ", "sides_agree",
                                  "critical_condition_identity", "critical_condition_by_instances"),
    "alternative-definitions": _q("alternative-collapse-times", "local exponent of the time to u*ψ_eq for the "
                                  "alternative definitions u* = 0.9, 1 − e⁻¹, 1/√2", "collapse_time_exponent_minus_one",
                                  "alternative_collapse_time_exponents",
                                  "alternative_collapse_time_exponents_by_integration",
                                  assumes="near_threshold_small_seed"),
    "falsify-1d-063": _q("ising-1d-criticality", "finite-temperature critical points of a 1-D Ising-class chain",
                         "finite_temperature_critical_point", "ising_1d_critical_points",
                         "ising_1d_critical_points_by_scan"),
    "eq83-ratio": _q("fluctuation-ratio", "√(ħ/mω)/√(k_BT/mω²) against √(ħω/k_BT) (Eq. (83))", "sides_agree",
                     "fluctuation_ratio_identity", "fluctuation_ratio_by_instances"),
}

QUANTITIES = tuple(_Q.values())
CARRIED = frozenset(f"collapse:{k}" for k in _Q)


def build(text):
    return [Claim(id=f"collapse:{label}", quantity=q, **{k: v for k, v in text[label].items() if k != "judge"})
            for label, q in _Q.items()]
