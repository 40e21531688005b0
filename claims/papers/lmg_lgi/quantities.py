"""Quantities of ``lmg_lgi`` on the earned-verdicts framework: each computed thing once.

Derivation routes: ``derive.lmg_lgi`` (mpmath Sturm bisection of the parity sectors, Padé
matrix exponential of the Liouvillian, SymPy).  Numerical routes: ``numerics.lmg_lgi.k3``
(LAPACK diagonalisation, spectral propagation, SciPy root finders).  Both are functions of
the declared inputs (:mod:`claims.papers.lmg_lgi.inputs`).
"""

from claims.core.api import Property, Q, Quantity, Route, Value

from .inputs import INPUTS

D = "derive.lmg_lgi"
NUM = "numerics.lmg_lgi.k3"
PRED = "claims.papers.lmg_lgi.predicates"


def _q(label, what, d, n=None, judge=None, units="", **kw):
    return Quantity(f"lmg_lgi:{label}", what, judge or Value(), d, n, inputs=INPUTS, units=units, **kw)


# the stationary K3 and its thresholds: derivation by the Taylor-series channel on the Sturm-bisection
# model (derive.lmg_k3_series; the mpmath Padé route derive.lmg_lgi.lgi_k3_mp agrees to 1e-12 but takes
# ≈ 1 s per threshold, and every quantity bound to threshold-c pays it again at its own points)
DS = "derive.lmg_lgi_k3"
THRESHOLD_C = _q("threshold-c", "Level C: γ at which the 5-level stationary K3(τ*) = 1 (Eq. (24))",
                 Route(f"{DS}:threshold_n_levels", fixed={"n_levels": 5}), Route(f"{NUM}:threshold_five_level"),
                 units="s⁻¹")
K3_C = _q("k3-c", "5-level K3(τ*) at the BEC target, stationary protocol (2C12 − C13)",
          Route(f"{DS}:k3_n_levels", fixed={"n_levels": 5}),
          Route(f"{NUM}:k3_five_level", fixed={"protocol": "stationary"}))
K3_SEQ = _q("k3-sequential", "5-level sequential K3 = C12 + C23 − C13 at the BEC target, under the "
            "declared reading of ρ(t2) (input 'protocol')",
            Route(f"{DS}:k3_five_level"), Route(f"{NUM}:k3_five_level"))
K3_DIFF = _q("k3-protocol-difference", "K3_stationary − K3_sequential (5-level, BEC target)",
             Route(f"{DS}:protocol_difference", k3_sequential=Q("lmg_lgi:k3-sequential")),
             Route(f"{NUM}:protocol_difference", k3_sequential=Q("lmg_lgi:k3-sequential")))
K3_DIFF_SHARE = _q("k3-protocol-difference-share", "(K3_stationary − K3_sequential)/K3_stationary",
                   Route(f"{DS}:protocol_difference_share", diff=Q("lmg_lgi:k3-protocol-difference")),
                   Route(f"{NUM}:protocol_difference_share", diff=Q("lmg_lgi:k3-protocol-difference")))
HIGHER_ODD_FACTOR = _q(
    "higher-odd-state-factor",
    "factor by which the odd states above the doublet raise the 5-level threshold: full Q over Q "
    "kept on {E0, E1} (the named mechanism switched off, dynamics unchanged)",
    Route(f"{DS}:higher_odd_state_factor"), Route(f"{NUM}:higher_odd_state_factor"))
AB_RATIO = _q("level-ab-ratio", "Level B / Level A threshold = Γ_coll/Γ_phys (Eqs. (22), (26), (29))",
              Route(f"{D}:level_ab_ratio"), Route(f"{NUM}:level_ab_ratio"))
T2_PHYS = _q("t2-phys", "T2phys = 1/(γ Γ_phys) at the BEC target (Eq. (26))",
             Route(f"{D}:t2_phys_ms"), Route(f"{NUM}:t2_phys_ms"), units="ms")
T2_AT_THRESHOLD = _q("t2-phys-at-threshold", "T2phys = 1/(γ Γ_phys) at γ = the Level C threshold",
                     Route(f"{D}:t2_phys_ms", gamma_phi=Q("lmg_lgi:threshold-c")),
                     Route(f"{NUM}:t2_phys_ms", gamma_phi=Q("lmg_lgi:threshold-c")), units="ms")
MARGIN = _q("coherence-margin", "T2phys/Δt* = 3ΔE/(πγΓ_phys) at the BEC target",
            Route(f"{D}:coherence_margin"), Route(f"{NUM}:coherence_margin"))
DT_OPT = _q("optimal-interval", "Δt* = π/(3ΔE)", Route(f"{D}:optimal_interval_ms"),
            Route(f"{NUM}:optimal_interval_ms"), units="ms")
RATE01 = _q("secular-rate", "γΓ01 = γ½(⟨J_z²⟩0 + ⟨J_z²⟩1) at the BEC target",
            Route(f"{D}:secular_rate_s"), Route(f"{NUM}:secular_rate_s"), units="s⁻¹")
T1_SHARE = _q("t1-correction-share", "1/(2T1) as a fraction of γΓ01",
              Route(f"{D}:t1_correction_share"), Route(f"{NUM}:t1_correction_share"))
P0 = _q("m0-weight", "p0 = |⟨m=0|E0⟩|²", Route(f"{D}:m0_weight"), Route(f"{NUM}:m0_weight"))
HIGHER_POP = _q("higher-level-population", "e^{−ΔE21/k_BT}, the population scale of the levels above "
                "the doublet", Route(f"{D}:higher_level_population"), Route(f"{NUM}:higher_level_population"))
THERMAL_P1 = _q("thermal-p1", "|E1⟩ population 1/(1 + e) of the doublet at ΔE = k_BT",
                Route(f"{D}:thermal_excited_population"), Route(f"{NUM}:thermal_excited_population"),
                pure_number="the Goldilocks condition ΔE = k_BT fixes the Boltzmann ratio to e⁻¹")
GOLDILOCKS_N = _q("goldilocks-n", "smallest even N with ΔE(N) ≤ k_BT (Γ/J, J, T given)",
                  Route(f"{DS}:goldilocks_size"), Route(f"{NUM}:goldilocks_size"), units="spins")
KZ_EXPONENT = _q("kz-exponent", "Kibble–Zurek freeze-out exponent: t̂ = τ(ε(t̂)) with τ ∝ |ε|^{−zν}",
                 Route(f"{D}:kz_exponent"), Route(f"{NUM}:kz_exponent"))
LGI_BOUND = _q("lgi-macrorealist-bound", "K3 ≤ 1 for every macrorealist (definite-value, "
               "non-invasive) model of Q ∈ {−1, 0, +1}",
               Route(f"{D}:macrorealist_assignments"),
               Route(f"{NUM}:macrorealist_mixtures", fixed={"samples": 2000, "seed": 20260417}),
               judge=Property(statement=f"{PRED}:k3_at_most_one", assumes=f"{PRED}:macrorealist"))
STATIONARITY = _q(
    "sequential-stationarity", "|C23 − C12| < 1% of C12 under each reading of the sequential protocol",
    Route(f"{DS}:lgi_protocol_instances"), Route(f"{NUM}:lgi_protocol_instances"),
    judge=Property(statement=f"{PRED}:stationarity_within_one_percent",
                   condition=("ρ(t2) read as Listing 1's unmeasured E_τ(ρ0), not the text's evolved "
                              "post-measurement state", f"{PRED}:listing_reading"),
                   describe=f"{PRED}:describe_protocol"))
DIFF_FROM_M0 = _q(
    "protocol-difference-from-m0", "K3_stat − K3_seq with the m = 0 weight switched off (sgn(0) = +1, "
    "Q² = I) against the full model, under each reading",
    Route(f"{DS}:lgi_protocol_instances"), Route(f"{NUM}:lgi_protocol_instances"),
    judge=Property(statement=f"{PRED}:difference_entirely_from_m0", describe=f"{PRED}:describe_protocol"))

QUANTITIES = [THRESHOLD_C, K3_C, K3_SEQ, K3_DIFF, K3_DIFF_SHARE, HIGHER_ODD_FACTOR, AB_RATIO, T2_PHYS,
              T2_AT_THRESHOLD, MARGIN, DT_OPT, RATE01, T1_SHARE, P0, HIGHER_POP, THERMAL_P1,
              GOLDILOCKS_N, KZ_EXPONENT, LGI_BOUND, STATIONARITY, DIFF_FROM_M0]

# --- §7.3 two-level analytic levels A and B --------------------------------------------

Q01SQ = _q("q01-squared", "Q01² = ⟨E0|sgn J_z|E1⟩² (full Dicke sector)",
           Route(f"{D}:q01_squared"), Route(f"{NUM}:q01_squared"))
KMAX = _q("two-level-ceiling", "K3max = Q01² × 3/2, the two-level decoherence-free ceiling",
          Route(f"{D}:two_level_ceiling"), Route(f"{NUM}:two_level_ceiling"))
XI = _q("threshold-xi", "ξ = −1 + √(1 + 2/Q01²) (Eq. (23))", Route(f"{D}:threshold_xi_of_model"),
        Route(f"{NUM}:threshold_xi_of_model"))
T2_UNITS = _q("t2-threshold-inverse-gap", "T2 ΔE/ħ at the two-level threshold, π/(3 ln(1/ξ))",
              Route(f"{D}:t2_threshold_in_inverse_gap"), Route(f"{NUM}:t2_threshold_in_inverse_gap"))
T2_COLL_MS = _q("t2-coll-threshold", "T2coll at the Level-A threshold", Route(f"{D}:t2_coll_threshold_ms"),
                Route(f"{NUM}:t2_coll_threshold_ms"), units="ms")
THRESHOLD_A = _q("threshold-a", "Level A: two-level threshold with Γ_coll = N²m*²/2 (Eqs. (13), (23))",
                 Route(f"{D}:threshold_two_level", fixed={"level": "A"}),
                 Route(f"{NUM}:threshold_two_level", fixed={"level": "A"}), units="s⁻¹")
THRESHOLD_B = _q("threshold-b", "Level B: two-level threshold with Γ_phys = ½(⟨J_z²⟩0 + ⟨J_z²⟩1) (Eq. (26))",
                 Route(f"{D}:threshold_two_level", fixed={"level": "B"}),
                 Route(f"{NUM}:threshold_two_level", fixed={"level": "B"}), units="s⁻¹")
K3_A = _q("k3-a", "Eq. (22) with T2coll = 1/(γΓ_coll) at the BEC target",
          Route(f"{D}:k3_two_level_at", fixed={"level": "A"}),
          Route(f"{NUM}:k3_two_level_at", fixed={"level": "A"}))
K3_B = _q("k3-b", "Eq. (22) with T2phys = 1/(γΓ_phys) at the BEC target",
          Route(f"{D}:k3_two_level_at", fixed={"level": "B"}),
          Route(f"{NUM}:k3_two_level_at", fixed={"level": "B"}))
LEVEL_B_UNDER = _q("level-b-underestimate", "(K3_C − K3_B)/K3_C at the BEC target",
                   Route(f"{DS}:level_b_underestimate"), Route(f"{NUM}:level_b_underestimate"))
CA_RATIO = _q("level-ca-ratio", "Level C / Level A threshold", Route(f"{DS}:level_ca_ratio"),
              Route(f"{NUM}:level_ca_ratio"))
CB_RATIO = _q("level-cb-ratio", "Level C / Level B threshold (the ratio itself, not its mechanism)",
              Route(f"{DS}:level_cb_ratio"), Route(f"{NUM}:level_cb_ratio"))
Q00_DICHOTOMIC = _q("q00-sgn0-plus", "⟨E0|Q|E0⟩ with sgn(0) = +1",
                    Route(f"{D}:q00_dichotomic"), Route(f"{NUM}:q00_dichotomic"),
                    judge=Value(agree_atol=1e-15, tol_reason="for odd N in the neighbourhood the value "
                                "is a parity cancellation to 0, ~1e-18 in double precision"))
TRICHOTOMIC_BOUND = _q("trichotomic-bound", "1 + 2p0", Route(f"{D}:trichotomic_bound"),
                       Route(f"{NUM}:trichotomic_bound"))
COHERENT_JZ = _q("coherent-jz", "⟨P|J_z|P⟩ = N m*/2 for the spin-coherent state at m*",
                 Route(f"{D}:coherent_jz"), Route(f"{NUM}:coherent_jz"))
COHERENT_PENALTY = _q("coherent-penalty", "(N m*/2)², the cross-term coefficient of Eq. (29)",
                      Route(f"{D}:coherent_distance_penalty"), Route(f"{NUM}:coherent_distance_penalty"))

QUANTITIES += [Q01SQ, KMAX, XI, T2_UNITS, T2_COLL_MS, THRESHOLD_A, THRESHOLD_B, K3_A, K3_B, LEVEL_B_UNDER,
               CA_RATIO, CB_RATIO, Q00_DICHOTOMIC, TRICHOTOMIC_BOUND, COHERENT_JZ, COHERENT_PENALTY]

# --- §7.4, Remark 13, Fig. 1 -------------------------------------------------------------

T2_PHYS_UNITS = _q("t2-phys-inverse-gap", "T2phys ΔE/ħ at the BEC target", Route(f"{D}:t2_phys_in_inverse_gap"),
                   Route(f"{NUM}:t2_phys_in_inverse_gap"), units="ħ/ΔE")
T2_THR_UNITS = _q("t2-phys-at-threshold-inverse-gap", "T2phys ΔE/ħ at γ = the Level C threshold",
                  Route(f"{D}:t2_phys_in_inverse_gap", gamma_phi=Q("lmg_lgi:threshold-c")),
                  Route(f"{NUM}:t2_phys_in_inverse_gap", gamma_phi=Q("lmg_lgi:threshold-c")), units="ħ/ΔE")
RATE_PHYS = _q("secular-rate-per-gamma", "Γ_phys/γ = ½(⟨J_z²⟩0 + ⟨J_z²⟩1) (Eq. (28))",
               Route(f"{D}:secular_rate_per_gamma"), Route(f"{NUM}:secular_rate_per_gamma"))
RATE_COLL = _q("collective-rate-per-gamma", "Γ_coll/γ = N²m*²/2 (Eq. (29))",
               Route(f"{D}:collective_rate_per_gamma"), Route(f"{NUM}:collective_rate_per_gamma"))
COEF = _q("two-level-coefficient", "πΓ01/(3ΔE) per unit γ (Fig. 1 caption)",
          Route(f"{D}:two_level_coefficient"), Route(f"{NUM}:two_level_coefficient"), units="s")
CROSS_FACTOR = _q(
    "cross-term-factor", "factor by which the cross-term alone raises the mean-field rate (Eq. (27) for "
    "the spin-coherent |P⟩, |R⟩ with and without the cross-term)",
    Route(f"{D}:cross_term_factor"), Route(f"{NUM}:cross_term_factor"))
M_STAR = _q("m-star", "m* = √(1 − (Γ/J)²)", Route(f"{D}:m_star_of", gamma_over_j="g"),
            Route("numerics.lmg_lgi:order_parameter_by_self_consistency", gamma_over_j="g"))

QUANTITIES += [T2_PHYS_UNITS, T2_THR_UNITS, RATE_PHYS, RATE_COLL, COEF, CROSS_FACTOR, M_STAR]

# --- Remarks 12 and 14, §6 Remark 5 --------------------------------------------------------


def _fixed(label, what, fn, units="", **fixed):
    return _q(label, what, Route(f"{D}:{fn}", fixed=fixed), Route(f"{NUM}:{fn}", fixed=fixed), units=units)


THRESHOLD_N = {n: _q(f"threshold-n{n}", f"{n}-level stationary threshold (A = P J_z P, A² = (P J_z P)²)",
                    Route(f"{DS}:threshold_n_levels", fixed={"n_levels": n}),
                    Route(f"{NUM}:threshold_n_levels", fixed={"n_levels": n}), units="s⁻¹") for n in (2, 3, 4)}
K3_N3 = _q("k3-n3", "3-level stationary K3 at the BEC target", Route(f"{DS}:k3_n_levels", fixed={"n_levels": 3}),
           Route(f"{NUM}:k3_n_levels", fixed={"n_levels": 3}))
N2_OVER_B = _q("n2-over-level-b", "2-level Liouvillian threshold / Level B threshold",
               Route(f"{D}:ratio_n2_to_level_b"), Route(f"{NUM}:ratio_n2_to_level_b"))
TWO_LEVEL_GAP_SHARE = _q(
    "two-level-share-of-bc-gap",
    "share of the Level B → C threshold gap already present in the exact two-level model (no secular "
    "approximation: jump P J_z P, decay P J_z² P with the full-space ⟨E_i|J_z²|E_j⟩), i.e. with the "
    "multi-level mechanism switched off",
    Route(f"{DS}:two_level_share_of_bc_gap"), Route(f"{NUM}:two_level_share_of_bc_gap"))
THRESHOLD_TWO_LEVEL_EXACT = _q(
    "threshold-two-level-exact", "threshold of the exact two-level model (non-secular, full-space J_z²)",
    Route(f"{DS}:threshold_n_levels", fixed={"n_levels": 2, "dissipator": "full"}),
    Route(f"{NUM}:threshold_n_levels", fixed={"n_levels": 2, "dissipator": "full"}), units="s⁻¹")
def _fast(label, what, fn, units="", **fixed):
    """Derivation on the ten-level Sturm model in doubles (derive.lmg_lgi_k3), numerics as _fixed."""
    return _q(label, what, Route(f"{DS}:{fn}", fixed=fixed), Route(f"{NUM}:{fn}", fixed=fixed), units=units)


GAP_RATIO = {k: _fast(f"gap-ratio-k{k}", f"ΔE_{k}0/ΔE_10", "level_gap_ratio", k=k) for k in (3, 5, 7, 9)}
QK0SQ = {k: _fast(f"q{k}0-squared", f"Q_{k}0²", "q_k0_squared", k=k) for k in (1, 3, 5, 7, 9)}
QK0 = {k: _fast(f"q{k}0-abs", f"|Q_{k}0|", "q_k0_abs", k=k) for k in (3, 5)}
DK3 = {k: _fast(f"dk3-k{k}", f"ΔK3^({k}) of Eq. (25) at τ*", "coherent_contribution", k=k) for k in (1, 3, 5, 7, 9)}
DK3_SHARE = {k: _fast(f"dk3-share-k{k}", f"ΔK3^({k})/ΔK3^(1)", "coherent_share", k=k) for k in (3, 5, 7, 9)}
UPPER_GAP = _q("upper-doublet-gap", "(E3 − E2)/ΔE", Route(f"{D}:upper_doublet_gap"),
               Route(f"{NUM}:upper_doublet_gap"))
JZ2 = {i: _fixed(f"jz2-e{i}", f"⟨E{i}|J_z²|E{i}⟩ (full space)", "jz2_level", i=i) for i in (0, 1)}
JZ01SQ = _q("jz01-squared", "|⟨E0|J_z|E1⟩|²", Route(f"{D}:jz_offdiagonal_squared"),
            Route(f"{NUM}:jz_offdiagonal_squared"))
T2THR_OVER_DT = _q("t2-at-threshold-over-interval", "T2phys(γ_C)/Δt*",
                   Route(f"{D}:t2_at_threshold_over_interval", gamma_phi=Q("lmg_lgi:threshold-c")),
                   Route(f"{NUM}:t2_at_threshold_over_interval", gamma_phi=Q("lmg_lgi:threshold-c")))
T2_COLL_TARGET = _q("t2-coll", "T2coll = 1/(γΓ_coll) at the BEC target", Route(f"{D}:t2_coll_ms"),
                    Route(f"{NUM}:t2_coll_ms"), units="ms")

QUANTITIES += [*THRESHOLD_N.values(), K3_N3, N2_OVER_B, TWO_LEVEL_GAP_SHARE, THRESHOLD_TWO_LEVEL_EXACT,
               *GAP_RATIO.values(), *QK0SQ.values(), *QK0.values(), *DK3.values(), *DK3_SHARE.values(),
               UPPER_GAP, *JZ2.values(), JZ01SQ, T2THR_OVER_DT, T2_COLL_TARGET]

# --- the ten-level values (§7.4, Fig. 1, Remark 14): fast Taylor-series derivation route ------
# Every K3 and threshold here is the stationary protocol K3 = 2C12 − C13 (ρ(t1) = ρ(t2) = ρ0),
# the K3 the paper's code computes ("The code computes K3 = 2C12 − C13", §7.3 Remark 10).

NC = "numerics.lmg_lgi.k3_checks"

THRESHOLD_N[10] = _q("threshold-n10", "10-level stationary threshold (A = P J_z P, A² = (P J_z P)²)",
                     Route(f"{DS}:threshold_n_levels", fixed={"n_levels": 10}),
                     Route(f"{NUM}:threshold_n_levels", fixed={"n_levels": 10}), units="s⁻¹")
K3_N10 = _q("k3-n10", "10-level stationary K3(τ*) at the BEC target",
            Route(f"{DS}:k3_n_levels", fixed={"n_levels": 10}),
            Route(f"{NUM}:k3_n_levels", fixed={"n_levels": 10}))
THRESHOLD_5V10 = _q("threshold-5v10", "(γ5 − γ10)/γ5: the 10-level threshold's relative difference "
                    "from the 5-level one (stationary K3)",
                    Route(f"{DS}:threshold_5v10"), Route(f"{NC}:threshold_5v10"),
                    judge=Value(agree_rtol=1e-7, tol_reason="a 1% difference of two thresholds, each known to "
                                "≈ 1e-10 relative (ΔE from double-precision Sturm bisection vs LAPACK): the "
                                "difference keeps ≈ 1e-8 relative"))
K3_5V10_MAX = _q("k3-5v10-max", "max over γ ∈ [0, 1] s⁻¹ (6 equally spaced points) of |K3_5 − K3_10|/K3_10 "
                 "(stationary K3)",
                 Route(f"{DS}:k3_5v10_max", fixed={"points": 6}), Route(f"{NC}:k3_5v10_max", fixed={"points": 6}))
K3_SPREAD = _q("k3-spread-n3-5-10", "(max − min)/min of the stationary K3(τ*) of the 3-, 5- and 10-level "
               "models at the BEC target", Route(f"{DS}:k3_spread"), Route(f"{NC}:k3_spread"))

QUANTITIES += [THRESHOLD_N[10], K3_N10, THRESHOLD_5V10, K3_5V10_MAX, K3_SPREAD]
