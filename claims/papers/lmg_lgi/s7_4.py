"""§7.4, Eqs. (24) and (30), Remark 13, the Fig. 1 legend/caption and the Fig. 4 legend/caption of
``lmg_lgi`` on the earned-verdicts framework.

Every K3 and threshold here is the stationary protocol K3 = 2C12 − C13 (re-preparation,
ρ(t1) = ρ(t2) = ρ0): the K3 the paper's code computes ("The code computes K3 = 2C12 − C13",
§7.3 Remark 10) and the one its Fig. 1 and Eq. (24) report; each mention says so.
"""

from claims.core.api import Property, Q, Route, mentions, refuted

from . import quantities as q
from .quantities import _q
from .s7_3 import K3A_REASON

DK = "derive.lmg_lgi_k3"
NK = "numerics.lmg_lgi.k3_checks"
PRED = "claims.papers.lmg_lgi.predicates"
ST = " [stationary K3 = 2C12 − C13]"

EQ30_SIZE = _q("eq30-size", "N·√(γ_thresh/γ) of Eq. (30) at the BEC target (γ_thresh the Level C threshold)",
               Route(f"{DK}:eq30_size", threshold=Q("lmg_lgi:threshold-c")),
               Route(f"{NK}:eq30_size", threshold=Q("lmg_lgi:threshold-c")), units="spins")
SIZE_BOUND = _q(
    "eq30-violation-to-bound", "5-level stationary K3(τ*(N)) at γ = 0.05 s⁻¹ for N up to the Eq. (30) bound "
    "(ΔE(N) and τ* = π/(3ΔE(N)) recomputed at each N)",
    Route(f"{DK}:size_bound_instances", threshold=Q("lmg_lgi:threshold-c")),
    Route(f"{NK}:size_bound_instances", threshold=Q("lmg_lgi:threshold-c")),
    judge=Property(statement=f"{PRED}:violation_persists", assumes=f"{PRED}:below_eq30_bound",
                   describe=f"{PRED}:describe_size"))

TRUNCATION_CONVERGENCE = _q(
    "five-level-truncation-error", "the 5-level stationary K3 against larger truncations at the BEC target and, "
    "at γ = 0, against the complete Dicke sector",
    Route(f"{DK}:truncation_instances"), Route(f"{NK}:truncation_instances"),
    judge=Property(statement=f"{PRED}:five_level_within_one_percent", describe=f"{PRED}:describe_truncation"))

QUANTITIES = [EQ30_SIZE, SIZE_BOUND, TRUNCATION_CONVERGENCE]

P = "lmg_lgi:"
CB = ("the unrounded thresholds give 0.289164/0.117321 = 2.4647, which rounds to 2.46; 2.47 is the "
      "ratio of the rounded prints 0.289/0.117 (minor)")
del K3A_REASON


m = mentions("lmg_lgi")


FIG = ("claims.papers.lmg_lgi.figures:k3_vs_dephasing",)

CLAIMS = [
    m("eq24-0.289", q.THRESHOLD_C, "§7.4 Eq. (24)", "γ_thresh = 0.289 s⁻¹ (N = 370, Γ/J = 0.95, n = 5)" + ST + ".", "0.289",
      "γthreshϕ = 0.289 s−1 (N = 370, Γ/J = 0.95, n = 5) (24)", units="s⁻¹", figures=FIG),
    m("fig1-2level-0.117", q.THRESHOLD_B, "Fig. 1 legend", "2-level eigenstate threshold 0.117 s⁻¹.", "0.117",
      "2-level eigenstate threshold: 0.117 s−1", units="s⁻¹"),
    m("fig1-5level-0.289", q.THRESHOLD_C, "Fig. 1 legend", "5-level threshold 0.289 s⁻¹" + ST + ".", "0.289",
      "5-level threshold: 0.289 s−1;", units="s⁻¹", figures=FIG),
    m("fig1-thr5-0.289", q.THRESHOLD_C, "Fig. 1 caption", "Threshold 0.289 s⁻¹ for n = 5" + ST + ".", "0.289",
      "(thresholds 0.289 and", units="s⁻¹"),
    m("fig1-coef-2.2694", q.COEF, "Fig. 1 caption", "πΓ01/(3ΔE) = 2.2694 (per unit γ, s).", "2.2694",
      "the coefficient πΓ01/(3∆Ephys) = 2.2694", units="s"),
    m("fig1-thr5-again", q.THRESHOLD_C, "Fig. 1 caption", "The five-level threshold is 0.289 s⁻¹" + ST + ".", "0.289",
      "The five-level threshold γϕ = 0.289 s−1 is", units="s⁻¹"),
    m("fig1-2.47x", q.CB_RATIO, "Fig. 1 caption",
      "The five-level threshold is a factor 2.47× above the analytic two-level threshold" + ST + ".", "2.47×",
      "a factor 2.47× above the analytic two-level eigenstate threshold", refuted(CB)),
    m("fig1-gb-0.117", q.THRESHOLD_B, "Fig. 1 caption", "The analytic two-level eigenstate threshold is 0.117 s⁻¹.",
      "0.117", "eigenstate threshold (0.117 s−1): the", units="s⁻¹"),
    m("fig1-k3-5level-1.32", q.K3_C, "Fig. 1 caption", "K3 ≈ 1.32 (5-level) at γ = 0.05" + ST + ".", "≈ 1.32",
      "gives K3 ≈ 1.32 (5-level) and"),
    m("fig1-8.8x", q.MARGIN, "Fig. 1 caption", "T2phys ≈ 7.04 ms is 8.8× above Δt_opt.", "8.8×",
      "2 ≈ 7.04 ms, a factor of 8.8× above"),
    m("fig1-dt-0.80", q.DT_OPT, "Fig. 1 caption", "Δt_opt = 0.80 ms.", "0.80", "∆topt = 0.80 ms.", units="ms"),
    m("r13-t2a-3.93", q.T2_UNITS, "§7.4 Remark 13", "Level A: T2coll ≳ 3.93 ħ/ΔE.", "3.93", "3.93 ℏ/∆E (γ(A)",
      units="ħ/ΔE"),
    m("r13-ga-0.050", q.THRESHOLD_A, "§7.4 Remark 13", "γ_A ≲ 0.050 s⁻¹.", "0.050",
      "ϕ ≲ 0.050 s−1); the five-level Lindblad level (C)", units="s⁻¹"),
    m("r13-t2-1.60", q.T2_THR_UNITS, "§7.4 Remark 13", "At the Level C threshold T2phys ≈ 1.60 ħ/ΔE" + ST + ".", "≈ 1.60",
      "2 ≈ 1.60 ℏ/∆E is much smaller", units="ħ/ΔE"),
    m("r13-factor-2.35", q.AB_RATIO, "§7.4 Remark 13", "T2phys/T2coll ≈ 2.35.", "≈ 2.35",
      "The factor of ≈ 2.35 between T phys"),
    m("r13-t2phys-7.04", q.T2_PHYS, "§7.4 Remark 13", "T2phys = 7.04 ms.", "7.04", "2 = 7.04 ms and T coll",
      units="ms"),
    m("r13-t2coll-3.0", q.T2_COLL_MS, "§7.4 Remark 13", "T2coll = 3.0 ms (at the Level-A threshold).", "3.0",
      "2 = 3.0 ms has a precise algebraic", units="ms"),
    m("r13-eq28-2839", q.RATE_PHYS, "§7.4 Remark 13 Eq. (28)", "Γ_phys = γϕ × 2839.", "2839",
      "(2574 + 3104) = γϕ × 2839. (28)"),
    m("r13-m-0.312", q.M_STAR, "§7.4 Remark 13", "m* = 0.312.", "0.312", "m∗ = 0.312), so"),
    m("r13-jz-57.8", q.COHERENT_JZ, "§7.4 Remark 13", "⟨P|J_z|P⟩ = N m*/2 ≈ 57.8.", "≈ 57.8", "Nm∗/2 ≈ 57.8 (at N = 370"),
    m("r13-eq29-6674", q.RATE_COLL, "§7.4 Remark 13 Eq. (29)", "Γ_coll = γϕ × 6674 = γϕ N²m*²/2.", "6674",
      "= γϕ × 6674 = γϕN"),
    m("r13-ratio-2.35", q.AB_RATIO, "§7.4 Remark 13", "6674/2839 ≈ 2.35.", "≈ 2.35", "6674/2839 ≈ 2.35"),
    m("r13-ratio-from-cross-term", q.CROSS_FACTOR, "§7.4 Remark 13",
      "The ratio Γ_coll/Γ_phys ≈ 2.35 arises entirely from the cross-term (tested by removing only the "
      "cross-term from the mean-field rate).", "arises entirely from the cross-term", reading="2.35",
      reading_from="'≈ 2.35 arises entirely from the cross-term': removing the cross-term alone must "
                   "account for the whole factor 2.35",
      quote="≈ 2.35 arises entirely from the cross-term:",
      expect=refuted("removing only the cross-term from Eq. (27) for the spin-coherent |P⟩, |R⟩ lowers "
                     "the rate by a factor 1.997 (exactly 2 with the paper's ⟨J_z²⟩ ≈ (Nm*/2)²); the "
                     "other 1.18× is ⟨E_i|J_z²|E_i⟩ (2574, 3104) being smaller than (Nm*/2)² = 3337")),
    m("r13-penalty-3337", q.COHERENT_PENALTY, "§7.4 Remark 13", "The distance penalty N²m*²/4 ≈ 3337.", "≈ 3337",
      "∗/4 ≈ 3337 that accelerates"),
    m("r13-ga-strictest", q.THRESHOLD_A, "§7.4 Remark 13", "Level A γ_A ≲ 0.050 s⁻¹ (strictest).", "0.050",
      "ϕ ≲ 0.050 s−1 (mean-field, strictest)", units="s⁻¹"),
    m("r13-gb-0.117", q.THRESHOLD_B, "§7.4 Remark 13", "Level B γ_B ≲ 0.117 s⁻¹.", "0.117",
      "ϕ ≲ 0.117 s−1 (analytic eigenstate", units="s⁻¹"),
    m("r13-ab-2.35", q.AB_RATIO, "§7.4 Remark 13", "Level B is a 2.35× improvement.", "2.35×",
      "(analytic eigenstate, 2.35× improvement)"),
    m("r13-bc-2.47", q.CB_RATIO, "§7.4 Remark 13", "Level C is a further 2.47× improvement over B" + ST + ".", "2.47×",
      "(five-level simulation, 2.47× further improvement", refuted(CB)),
    m("r13-margin-0.289", q.THRESHOLD_C, "§7.4 Remark 13", "The target satisfies 0.05 ≪ 0.289 (Level C)" + ST + ".", "0.289",
      "(0.05 ≪ 0.289), giving K", units="s⁻¹"),
    m("r13-9.2", q.T2_PHYS_UNITS, "§7.4 Remark 13", "T2phys ≈ 7.04 ms = 9.2 ħ/ΔE.", "9.2", "2 ≈ 7.04 ms = 9.2 ℏ/∆E",
      units="ħ/ΔE"),
    m("r13-8.8", q.MARGIN, "§7.4 Remark 13", "T2phys is a factor 8.8× above Δt_opt.", "8.8×",
      "a factor of 8.8× above ∆topt."),
    m("s7.4-convergent-untruncated", TRUNCATION_CONVERGENCE, "§7.4", "The 5-level truncation is a convergent "
      "approximation, not an exact result (tested: the 5-level K3 lies within 1% of every larger model "
      "computed: 10-, 12-, 20-level at γ = 0.05 s⁻¹, the complete sector at γ = 0)" + ST + ".",
      "convergent approximation", "This is a convergent approximation, not an exact result"),
    # --- the ten-level values (Taylor-series derivation route) ---
    m("s7.4-5v10-1pct", q.K3_5V10_MAX, "§7.4", "The 5- and 10-level K3 agree to < 1% for γ ≤ 1 s⁻¹" + ST + ".",
      "< 1%", "(agreement < 1% for γϕ ≤ 1 s−1"),
    m("fig1-5v10-curves-1pct", q.K3_5V10_MAX, "Fig. 1 caption", "The ten-level K3 confirms < 1% convergence "
      "throughout γ ≤ 1 s⁻¹" + ST + ".", "< 1%", "confirming < 1% convergence throughout"),
    m("fig1-10level-0.286", q.THRESHOLD_N[10], "Fig. 1 legend", "10-level threshold 0.286 s⁻¹" + ST + ".", "0.286",
      "10-level: 0.286 s−1 (Level C)", units="s⁻¹"),
    m("fig1-thr10-0.286", q.THRESHOLD_N[10], "Fig. 1 caption", "Threshold 0.286 s⁻¹ for n = 10" + ST + ".", "0.286",
      "and 0.286 s−1 for n = 5 and n = 10", units="s⁻¹"),
    m("eq24-10level-0.286", q.THRESHOLD_N[10], "§7.4 after Eq. (24)", "The ten-level threshold is 0.286 s⁻¹" + ST
      + ".", "0.286", "confirmed to < 1% by the ten-level calculation (0.286 s−1).", units="s⁻¹"),
    m("fig1-5v10-diff-1pct", q.THRESHOLD_5V10, "Fig. 1 caption", "The 5-vs-10 threshold difference is ∼ 1%" + ST
      + ".", "∼ 1%", "the 5-vs-10 threshold difference itself is ∼ 1%"),
    m("eq24-10level-1pct", q.THRESHOLD_5V10, "§7.4 after Eq. (24)", "The 5-level threshold 0.289 s⁻¹ is "
      "confirmed to < 1% by the ten-level calculation" + ST + ".", "< 1%", "confirmed to < 1% by the ten-level",
      refuted("the 10-level threshold 0.285809 s⁻¹ is 1.16% below the 5-level 0.289164 s⁻¹, above the "
              "stated < 1% (minor); Fig. 1's own caption calls the difference ∼ 1%")),
    m("fig1-k3-10level-1.31", q.K3_N10, "Fig. 1 caption", "K3 ≈ 1.31 (10-level) at γ = 0.05 s⁻¹" + ST + ".",
      "1.31", "1.31 (10-level), both robust violations"),
    # --- Eq. (30) ---
    m("eq30-n-890", EQ30_SIZE, "§7.4 Eq. (30)", "N ≲ 370√(0.289/γ) gives N ≲ 890 at γ = 0.05 s⁻¹.", "≲ 890",
      "For γϕ = 0.05 s−1: N ≲ 890 (decoherence-only bound)", units="spins",
      consistency={"threshold": "threshold_c_printed"}),
    m("eq30-size-bound", SIZE_BOUND, "§7.4 Eq. (30)", "Scaling the N = 370 threshold as N², the LGI violation "
      "at γ = 0.05 s⁻¹ persists up to the decoherence-only bound N ≈ 890 (tested: the 5-level K3(τ*) with "
      "ΔE(N) recomputed at N up to the bound)" + ST + ".", "N ≲ 890", "N ≲ 890 is not the binding constraint",
      refuted("with ΔE(N) and τ* = π/(3ΔE(N)) recomputed, the 5-level K3(0.05) is 1.166 at N = 444 but "
              "0.882 at N = 666 and 0.058 at N = 888: the N² scaling of Eq. (30) ignores the exponential "
              "fall of ΔE(N)")),
    # --- Fig. 4 ---
    m("fig4-q01sq", q.Q01SQ, "Fig. 4 legend", "Exact Q01² = 0.9436.", "0.9436", "01=0.9436 (Eq. 22)"),
    m("fig4-q01-0.9436", q.Q01SQ, "Fig. 4 caption", "The full formula includes the exact Q01² = 0.9436.",
      "0.9436", "0.9436; dotted grey"),
    m("fig4-kmax-1.415", q.KMAX, "Fig. 4 legend", "K3max(T2coll → ∞) = 1.415.", "1.415", "2 →∞) = 1.415 Classical"),
    m("fig4-t2-3.93", q.T2_UNITS, "Fig. 4 caption", "The Level A threshold lies at T2coll ≈ 3.93 ħ/ΔE.", "≈ 3.93",
      "2 ≈ 3.93ℏ/∆E (γ(A)", units="ħ/ΔE"),
    m("fig4-ga-0.050", q.THRESHOLD_A, "Fig. 4 caption", "Level A: γ_A ≲ 0.050 s⁻¹.", "0.050",
      "ϕ ≲ 0.050 s−1). This is the most conservative", units="s⁻¹"),
    m("fig4-gb-0.117", q.THRESHOLD_B, "Fig. 4 caption", "Level B raises the threshold to 0.117 s⁻¹.", "0.117",
      "raises this to 0.117 s−1 and the", units="s⁻¹"),
    m("fig4-thr5", q.THRESHOLD_C, "Fig. 4 caption", "The five-level simulation (Level C) raises it to 0.289 s⁻¹"
      + ST + ".", "0.289", "(level C, Fig. 1) to 0.289 s−1", units="s⁻¹"),
]
