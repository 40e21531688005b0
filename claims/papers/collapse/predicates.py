"""Predicates of the collapse paper's property claims, evaluated by the judge on every instance.

Each predicate reads the instance a route proposes (a dict of parameters and the quantities
the route computed there) and decides one sentence of the paper, or one of its stated
assumptions, or the missing condition.  Plain Python: no engine is imported.
"""

from __future__ import annotations

import math

# --- Eq. (55): Born weights frozen in the basins ------------------------------------------------

BORN_TOL = 0.005  # 'P_n = |c_n|²' read as equality to within half a percent of probability


def born_weights_preserved(x) -> bool:
    """Eq. (55): the + basin ends with probability |c₊|² (= w)."""
    return abs(x["P_plus"] - x["w"]) <= BORN_TOL


def born_stated_assumptions(x) -> bool:
    """What the paper assumes (§6.3 Steps 3 and 5, §6.3.1 (5)): each branch distribution lies
    inside its basin (centre more than three widths from the separatrix ψ = 0), the barrier
    exceeds the thermal energy (ΔE/k_BT ≥ 10), and τ_collapse ≪ τ_escape (leakage ≤ 1 %)."""
    return (x["c"] - 3 * x["s"] > 0 and x["barrier_over_kT"] >= 10
            and x["escape_probability"] <= 0.01)


def born_far_from_separatrix(x) -> bool:
    """The missing condition: each branch starts at least three (thermal ⊕ initial) spreads from
    the separatrix, c/√(k_BT/a + s²) ≥ 3 with a = Dλ(γ/γc − 1) the hilltop growth rate (D = λ = 1)."""
    a = x["r"] - 1
    return x["c"] / math.sqrt(x["kT"] / a + x["s"] ** 2) >= 3


# --- Eq. (54): the diffusion term -----------------------------------------------------------------

def variance_as_eq54_prints(x) -> bool:
    """Eq. (54) as printed (diffusion D, drift −D∇V) has the stationary W ∝ e^{−V}: for
    V = kψ²/2 the variance is 1/k.  The TDGL of Eq. (47) must reproduce it (within 3σ)."""
    return abs(x["variance"] - 1 / x["stiffness"]) <= 3 * x["se"] + 1e-12


def positive_temperature(x) -> bool:
    return x["kT"] > 0 and x["stiffness"] > 0


# --- Eq. (79): cross terms of the joint state -----------------------------------------------------

CROSS_CONSTANT = 10  # O(e^{−NΔ}) read with a generous constant: ‖cross‖₁ ≤ 10 e^{−NΔ} ‖diag‖₁


def cross_terms_exponentially_small(x) -> bool:
    return x["cross_norm"] <= CROSS_CONSTANT * x["overlap"] * x["diag_norm"]


def distinct_branches(x) -> bool:
    """The paper's setting: distinct branch states (δ > 0), both outcomes present."""
    return x["delta"] > 0 and 0 < x["weight"] < 1 and x["N"] >= 1


# --- App. B, Eq. (95): coherence decay ------------------------------------------------------------

def coherence_decays_at_gamma_nm(x) -> bool:
    """|ρ_nm(t)| = |ρ_nm(0)| e^{−Γ(a_n − a_m)² t} for every pair (relative 1e-6)."""
    return all(abs(a - p) <= 1e-9 + 1e-6 * p for a, p in zip(x["abs_t"], x["predicted"], strict=True))


def hamiltonian_commutes_with_pointer(x) -> bool:
    return bool(x["commutes"])


# --- §8.5.6: strong-measurement readout time ------------------------------------------------------

def proportional_to_printed(x) -> bool:
    """τ ∝ κ/(8χ²n̄): the theory's τ over the printed form is the same at both points (1e-4)."""
    a, b = x["ratio_p"], x["ratio_q"]
    return abs(a - b) <= 1e-4 * max(abs(a), abs(b))


def only_nbar_varies(x) -> bool:
    """The reading 'τ ∝ 1/n̄ at fixed χ and κ' (only the photon number changes)."""
    return x["p"][0] == x["q"][0] and x["p"][1] == x["q"][1]


# --- §8.5.5: the κ/χ target -------------------------------------------------------------------

def nbar_c_above_one_photon(x) -> bool:
    """'higher n̄c, bringing the critical regime into the accessible range': n̄c ≥ 1 photon."""
    return x["nbar_c"] >= 1


def in_target_window(x) -> bool:
    return 10 <= x["kappa_over_chi"] * (1 + 1e-12) and x["kappa_over_chi"] <= 100 * (1 + 1e-12)


# --- algebraic identities checked on seeded instances ----------------------------------------------

def sides_agree(x) -> bool:
    return abs(x["lhs"] - x["rhs"]) <= 1e-12 * abs(x["rhs"])


def positive_rates(x) -> bool:
    return all(x[k] > 0 for k in ("chi", "kappa") if k in x) and x.get("nbar", 1) > 0


# --- Eq. (63) / (52): equal basin volumes ----------------------------------------------------------

def basins_equal(x) -> bool:
    """Vol(B₊) = Vol(B₋), to the 0.01 resolution of a gradient-flow grid of 801 starts."""
    return abs(x["vol_plus"] - x["vol_minus"]) <= 0.01


def permutation_symmetric_apparatus(x) -> bool:
    """The theorem's assumption: permutation-symmetric degrees of freedom under H_int (the Curie–Weiss
    pointer with H_int = −hΣσ_i is symmetric under every σ_i ↔ σ_j), in the broken phase βJ > 1."""
    return bool(x["permutation_symmetric"]) and x["betaJ"] > 1


# --- §6.4 (1): start at the unstable maximum ------------------------------------------------------

def born_weights_from_hilltop(x) -> bool:
    return abs(x["P_plus"] - x["w"]) <= BORN_TOL


def unequal_weights(x) -> bool:
    return abs(x["w"] - 0.5) > BORN_TOL


# --- Eq. (72) -------------------------------------------------------------------------------------

def dephasing_is_half_kappa(x) -> bool:
    """Γ_deph = κ/2 (relative 1e-3)."""
    return abs(x["rate_over_kappa"] - 0.5) <= 5e-4


def driven_readout(x) -> bool:
    return x["nbar"] > 0


# --- Eq. (38): relevance of ψ⁴ ------------------------------------------------------------------

def quartic_relevant(x) -> bool:
    """ψ⁴ relevant at the Gaussian fixed point: [ψ⁴] < 0 in the convention of Eq. (38)."""
    return x["quartic_dimension"] < 0


def mean_field_regime(x) -> bool:
    """The paper's assumption for the measurement apparatus: d_eff > 4."""
    return x["d"] > 4


def mean_field_exponents_apply(x) -> bool:
    """Mean-field νz = 1 needs the Gaussian fixed point stable: ψ⁴ not relevant, [ψ⁴] ≥ 0."""
    return x["quartic_dimension"] >= 0


def three_or_more_dimensions(x) -> bool:
    return x["d"] >= 3


# --- Eq. (67): hysteresis -----------------------------------------------------------------------

def collapsed_state_persists(x) -> bool:
    return bool(x["collapsed_state_persists"])


def within_hysteresis_window(x) -> bool:
    """Just below γc, within the widths the paper predicts (Δγ_hyst/γc = 0.03 ± 0.01 in Table A)."""
    return 0 < 1 - x["gamma_ratio"] <= 0.03


# --- §8.3: heavy tails --------------------------------------------------------------------------

def heavy_tailed(x) -> bool:
    """A heavy tail has a decreasing hazard: the late hazard below half the early one."""
    return x["hazard_late"] < 0.5 * x["hazard_early"]


def just_above_threshold(x) -> bool:
    return 0 < x["gamma_ratio"] - 1 <= 0.05


# --- App. C ---------------------------------------------------------------------------------------

def saddle_is_eq109(x) -> bool:
    re, im = x["phidot"]
    return abs(re - x["eq109"]) <= 1e-6 * max(1.0, abs(x["eq109"])) and abs(im) <= 1e-6


def fdt_as_printed(x) -> bool:
    re, im = x["ratio"]
    return abs(re - x["printed"]) <= 1e-6 * abs(x["printed"]) and abs(im) <= 1e-6 * abs(x["printed"])


# --- dimensions -----------------------------------------------------------------------------------

def is_dimensionless(x) -> bool:
    return bool(x["dimensionless"])


def same_dimension(x) -> bool:
    return bool(x["same"])


# --- §4.4: ω_S of a truncated oscillator ------------------------------------------------------------

def omega_s_is_n_omega0(x) -> bool:
    return abs(x["omega_S_over_omega0"] - x["n"]) <= 1e-9


def levels_zero_to_n(x) -> bool:
    """The reading 'truncated at n' = Fock states k = 0…n kept (n + 1 levels, a photon-number cutoff)."""
    return x["reading"] == "k = 0…n"


# --- Eq. (71) -----------------------------------------------------------------------------------

def order_parameter_is_unit(x) -> bool:
    return abs(x["psi_g"] + 1) <= 1e-9 and abs(x["psi_e"] - 1) <= 1e-9


def separation_along_real_quadrature(x) -> bool:
    """α_e − α_g real with Re α_e > Re α_g (the measured quadrature along the separation, e above g)."""
    return abs(x["alpha_e"][1] - x["alpha_g"][1]) <= 1e-12 and x["alpha_e"][0] > x["alpha_g"][0]


# --- §10.4: k_BT ≫ ħω ----------------------------------------------------------------------------

def thermal_exceeds_quantum(x) -> bool:
    """k_BT ≫ ħω read as k_BT ≥ 10 ħω (the reading policy's '≫')."""
    return x["hw_over_kT"] <= 0.1


def at_room_temperature(x) -> bool:
    """The reading 'laboratory temperatures' = room temperature (not the paper's own 20 mK platform)."""
    return x["temperature"] == "room"


# --- Eq. (64) -------------------------------------------------------------------------------------

def entropy_produced_positive(x) -> bool:
    """ΔS = ΔF/T > 0 (T > 0): ΔF > 0."""
    return x["dF"] > 0


def dissipated_free_energy_convention(x) -> bool:
    """The missing convention: ΔF is the free energy dissipated, F_initial − F_final."""
    return x["convention"] == "initial − final"


# --- Eq. (35) -------------------------------------------------------------------------------------

def equal_branches_give_tdgl(x) -> bool:
    re, im = x["velocity"]
    return abs(re - x["tdgl"]) <= 1e-6 * max(1.0, abs(x["tdgl"])) and abs(im) <= 1e-6


def nonzero_field(x) -> bool:
    return x["psi"] != 0


# --- Eq. (60) -------------------------------------------------------------------------------------

def cross_term_below_overlap(x) -> bool:
    """|W_cross| ≤ e^{−NΔ}, the overlap of Eq. (58) (with the same normalisation as the diagonal terms)."""
    return x["cross"] <= x["bound"]


def macroscopically_distinct(x) -> bool:
    """The paper's regime: well-separated branches, NΔ = 2α² ≥ 2."""
    return x["alpha"] >= 1


# --- App. A.2: the exponent of t_c -------------------------------------------------------------------

def collapse_time_exponent_minus_one(x) -> bool:
    """t_c ∼ |γ − γc|^(−1): the local log–log slope within 0.15 of −1 (and t_c defined)."""
    return x["slope"] is not None and abs(x["slope"] + 1) <= 0.15


def near_threshold_small_seed(x) -> bool:
    return x["excess"] <= 0.1 and x["eps"] <= 0.01


def seed_far_below_equilibrium(x) -> bool:
    """The missing condition ε² ≪ γ/γc − 1, by three decades."""
    return x["excess"] >= 1000 * x["eps"] ** 2


# --- §7.2: γc → 0 -----------------------------------------------------------------------------------

def gamma_c_vanishes_at_large_n(x) -> bool:
    """γc → 0 as N → ∞: at the larger N, γc below 1 % of its value at the smaller N."""
    return x["ratio"] < 0.01


# --- Eq. (113) ---------------------------------------------------------------------------------------

def a2_linear_in_coupling(x) -> bool:
    """a2 = (λ/2)(1 − g√N/γc): λ/2 − a2 ∝ g, so doubling g doubles it."""
    return abs(x["ratio"] - 2) <= 1e-9


# --- Eq. (77): the ±0.15 --------------------------------------------------------------------------

def uncertainty_prints_as_015(x) -> bool:
    """'± 0.15' read by the one reading policy: [0.145, 0.155]."""
    return 0.145 <= x["uncertainty"] <= 0.155


def worst_case_corners(x) -> bool:
    return x["reading"] == "worst-case corners"


# --- Eq. (38): relevance by power --------------------------------------------------------------------

def quartic_in_mean_field_regime(x) -> bool:
    return x["n"] == 2 and x["d"] > 4


def sextic_above_three(x) -> bool:
    return x["n"] == 3 and x["d"] > 3


def higher_in_mean_field_regime(x) -> bool:
    return x["n"] >= 3 and x["d"] > 4


def dimension_non_negative(x) -> bool:
    """Irrelevant or marginal ([ψ^{2n}] ≥ 0 in the convention of Eq. (38))."""
    return x["dimension"] >= -1e-9


def dimension_positive(x) -> bool:
    """Strictly irrelevant ([ψ^{2n}] > 0)."""
    return x["dimension"] > 1e-9


# --- minima of Eq. (19) and of the Curie–Weiss f(m) ----------------------------------------------------

def single_minimum_at_origin(x) -> bool:
    return len(x["minima"]) == 1 and abs(x["minima"][0]) <= 1e-6


def below_threshold(x) -> bool:
    return 0 <= x["gamma_ratio"] < 1


def curie_weiss_phase_structure(x) -> bool:
    """Above T_c (βJ < 1): one minimum, at m = 0; below T_c (βJ > 1): two minima ±m_eq ≠ 0."""
    mins = x["minima"]
    if x["betaJ"] < 1:
        return len(mins) == 1 and abs(mins[0]) <= 1e-3
    return len(mins) == 2 and abs(mins[0] + mins[1]) <= 1e-3 and abs(mins[0]) > 1e-3


def away_from_tc(x) -> bool:
    return x["betaJ"] != 1


# --- Eqs. (31), (47): the noise fixes the equilibrium --------------------------------------------------

def variance_is_boltzmann(x) -> bool:
    """The stationary variance is the Boltzmann value k_BT/k of e^{−V/k_BT} (within 3σ)."""
    return abs(x["variance"] - x["kT"] / x["stiffness"]) <= 3 * x["se"] + 1e-12


# --- batch predicates ------------------------------------------------------------------------------

def mean_field_free_energy_exact(x) -> bool:
    """f of Eq. (42) at its minimum equals the Curie–Weiss free energy per spin (finite N: ≤ 5e-3)."""
    return abs(x["exact"] - x["eq42"]) <= 5e-3


def v106_equals_v107(x) -> bool:
    return abs(x["v106"] - x["v107"]) <= 1e-9 * max(1.0, abs(x["v107"]))


def no_system_hamiltonian(x) -> bool:
    return x["epsilon"] == 0


def destabilising_quadratic_stabilising_quartic(x) -> bool:
    return x["c2"] < 0 < x["c4"]


def quartic_contribution_positive(x) -> bool:
    return x["c4"] > 0


def barrier_of_order_lambda(x) -> bool:
    """ΔE ∼ λ by the reading policy's '∼': within a factor √10."""
    return 10 ** -0.5 <= x["barrier_over_lambda"] <= 10 ** 0.5


def excess_of_order_one(x) -> bool:
    """γ/γc − 1 = O(1): between 1.2 and 3.5 (where λ(γ/γc − 1)²/4 is within √10 of λ)."""
    return 1.2 <= x["excess"] <= 3.5


def amplitude_constant(x) -> bool:
    """'Fluctuations neither grow nor decay': ψ(t)/ψ0 within 1 % of 1."""
    return abs(x["ratio"] - 1) <= 0.01


def linear_order(x) -> bool:
    """The linearised regime: Dλψ0²t ≪ 1 (≤ 0.01)."""
    return x["psi0"] ** 2 * x["t"] <= 0.01


def separatrix_at_origin(x) -> bool:
    return abs(x["separatrix"]) <= 1e-9


def above_threshold(x) -> bool:
    return x["gamma_ratio"] > 1


def eq92_accurate(x) -> bool:
    """t_c = τ ln(ψ_eq/ε) to 0.1 %."""
    return abs(x["t_c"] - x["eq92"]) <= 1e-3 * abs(x["eq92"])


def seed_small_against_equilibrium(x) -> bool:
    """The missing condition ε ≪ ψ_eq (ε ≤ ψ_eq/30), not merely ε ≪ 1."""
    return x["eps"] <= x["psi_eq"] / 30


def seed_small(x) -> bool:
    """The paper's stated ε ≪ 1 (≤ 0.1)."""
    return x["eps"] <= 0.1


# --- last batch ------------------------------------------------------------------------------------

def residual_vanishes(x) -> bool:
    return abs(x["residual"]) <= 1e-8


def rate_independent_of_n(x) -> bool:
    """|⟨φ_m|φ_n⟩| = e^{−NΔ}: the rate −ln|overlap|/N is positive and the same for every N."""
    return x["rate"] > 0 and abs(x["rate"] - x["rate_one"]) <= 1e-9 * max(1.0, x["rate_one"])


def kramers_unit_slope(x) -> bool:
    return abs(x["slope"] + 1) <= 0.03


def exponentially_suppressed(x) -> bool:
    return x["rate_per_mode"] < -1e-3


def metastable_state_exists(x) -> bool:
    return x["metastable"] >= 1


def near_critical(x) -> bool:
    return abs(x["gamma_ratio"] - 1) <= 0.5


def polarisation_bounded(x) -> bool:
    return x["abs_S"] <= x["s_max"] - x["s_min"] + 1e-12


def spectrum_of_both_signs(x) -> bool:
    return x["s_min"] <= 0 <= x["s_max"]


def threshold_exists(x) -> bool:
    """A finite γc with λ(γc) = 0: the stability eigenvalue reaches 0."""
    return x["sup_lambda"] >= 0


def lemma_premises(x) -> bool:
    return bool(x["amplifying"]) and bool(x["saturating"])


def stability_proportional_to_curvature(x) -> bool:
    return abs(x["ratio"] + x["Gamma"]) <= 1e-6


def quartic_b_positive(x) -> bool:
    return x["b"] > 0


def overdamped_error_vanishes(x) -> bool:
    """The overdamped limit: the error falls with the inertia (≤ 20 m)."""
    return x["error"] <= 20 * x["mass"]


def detuning_monotone(x) -> bool:
    return bool(x["dchi_dDelta_negative"]) and bool(x["dnbarc_dDelta_positive"])


def critical_point_exists(x) -> bool:
    """A finite-temperature critical point (ξ = ∞) at this K."""
    return math.isinf(x["xi"])


def finite_coupling(x) -> bool:
    return 0 < x["K"] < 1e3


def finite_temperature_critical_point(x) -> bool:
    return x["critical_points"] >= 1


# --- Eq. (34) -------------------------------------------------------------------------------------

def memory_term_is_gamma_psi(x) -> bool:
    """Eq. (34): the memory integral → γψ(t); ratio to γψ(t) within the O(τ) correction (≤ 2τ + 1e-9)."""
    return abs(x["ratio"] - 1) <= 2 * x["width"] + 1e-9


def one_sided_kernel(x) -> bool:
    """The missing convention: K normalised on t ≥ 0 (one-sided / Itô-like δ at the end point)."""
    return x["kernel"] == "one-sided"
