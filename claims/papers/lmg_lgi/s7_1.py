"""§7.1 (classical diagnostics P1–P3) of ``lmg_lgi`` on the earned-verdicts framework.

Quantities of the barrier, the Kramers estimate, the relaxation and freeze-out exponents, the
linear-gap field and the Zener time (derivations: :mod:`derive.lmg_sweep`; numerical routes:
:mod:`numerics.lmg_lgi.sweep`).  Table 3 and §7.2 mention them too.
"""

from claims.core.api import Expression, Property, Q, Quantity, Route, Value, mentions, refuted

from .appendix_a_b import OMEGA0
from .appendix_e_f import EXPONENT, PREFACTOR
from .appendix_e_f import TAU_K as KRAMERS_TIME
from .inputs import INPUTS

D = "derive.lmg_sweep"
NUM = "numerics.lmg_lgi.sweep"
PRED = "claims.papers.lmg_lgi.predicates"
FIT = "log–log slope of a numerical fit; corrections O(ε) (O(√ε) at the fold) at the fitted ε"


def _q(label, what, d, n, judge=None, units="", **kw):
    return Quantity(f"lmg_lgi:{label}", what, judge or Value(), d, n, inputs=INPUTS, units=units, **kw)


# one quantity per number: the barrier exponent, τ_K, the Kramers prefactor and ω0 are App. E/F's
# and App. B's quantities (their sections derive them), mentioned here
BARRIER, TAU_K, KRAMERS_PREFACTOR = EXPONENT, KRAMERS_TIME, PREFACTOR


LINEAR_GAP_FIELD = _q("linear-gap-field", "ΔE/(2N m*), the field above which 2Nm*h exceeds ΔE (§7.1 P3)",
                      Route(f"{D}:gap_over_field_scale", fixed={"factor": 2}),
                      Route(f"{NUM}:gap_over_field_scale", fixed={"factor": 2}), units="rad/s")
GAP_LINEAR = _q(
    "gap-linear-in-window", "lowest gap of H(h) against 2N m* h across the sweep window "
    "ΔE/(N m*) ≤ h ≤ h_sp (full Dicke space)",
    Route(f"{D}:gap_linearity_instances"), Route(f"{NUM}:gap_linearity_instances"),
    judge=Property(statement=f"{PRED}:gap_linear_within_quarter", describe=f"{PRED}:describe_gap"))
ZENER_TIME = _q(
    "zener-time", "t_Z: the build-up time of the diabatic transition amplitude, |∫e^{iAt²}dt|/√π with "
    "A = N m* Δh/τ_Q (Eq. (15))", Route(f"{D}:zener_time"), Route(f"{NUM}:zener_time"),
    judge=Expression("sqrt(tau_Q/(N*m_star*Delta_h))",
                     symbols={"tau_Q": (0.5, 4.0), "N": (1.0, 4.0), "m_star": (0.2, 0.9), "Delta_h": (0.3, 2.0)},
                     points=4, agree_rtol=5e-4,
                     tol_reason="weak-coupling sweep V = 0.01√A: 1 − e^{−πV²/A} differs from πV²/A by 1.6e-4"),
    units="s")
ZENER_EXPONENT = _q("zener-time-exponent", "d ln t_Z/d ln τ_Q", Route(f"{D}:zener_time_exponent"),
                    Route(f"{NUM}:zener_time_exponent"),
                    judge=Value(agree_rtol=1e-6, tol_reason="time-stepped sweeps at three τ_Q"),
                    pure_number="t_Z depends on τ_Q only through A = Nm*Δh/τ_Q: a fixed power")
SPINODAL_MU = _q("spinodal-relaxation-exponent", "μ with e″(metastable minimum) ∝ (h_sp − h)^μ at the fold "
                 "of Eq. (2) at Γ/J", Route(f"{D}:saddle_node_exponent"), Route(f"{NUM}:saddle_node_exponent"),
                 judge=Value(agree_rtol=1e-2, tol_reason=FIT),
                 pure_number="a generic fold: e″ vanishes linearly and h_sp − h quadratically along the branch, "
                             "at every Γ/J")
PITCHFORK_MU = {kind: _q(f"pitchfork-relaxation-exponent-{kind}",
                         f"μ with 1/τ_rel ∝ ε^μ at the LMG pitchfork (ε = 1 − Γ/J → 0⁺, ordered side, {kind}: "
                         + ("τ_rel = 1/e″(m*))" if kind == "overdamped" else "τ_rel = 1/ω0)"),
                         Route(f"{D}:relaxation_exponent", fixed={"kind": kind}),
                         Route(f"{NUM}:relaxation_exponent", fixed={"kind": kind}),
                         judge=Value(agree_rtol=1e-3, tol_reason=FIT),
                         pure_number="a critical exponent of the mean-field landscape: no parameter is left at ε → 0")
                for kind in ("overdamped", "underdamped")}


def _freeze(label, what, mu):
    return _q(label, f"freeze-out exponent d ln t̂/d ln τ_Q from t̂ = τ_rel(ε(t̂)), {what}",
              Route(f"{D}:freeze_out_exponent", mu=Q(mu.id)), Route(f"{NUM}:freeze_out_exponent", mu=Q(mu.id)),
              judge=Value(agree_rtol=1e-9, tol_reason="log–log slope of Brent solutions (rounding ~1e-15)"),
              pure_number="a function of the exponent μ alone, itself a pure number")


FREEZE_OVERDAMPED = _freeze("freeze-out-overdamped", "overdamped pitchfork (μ computed)", PITCHFORK_MU["overdamped"])
FREEZE_UNDERDAMPED = _freeze("freeze-out-underdamped", "underdamped pitchfork (μ computed)",
                             PITCHFORK_MU["underdamped"])
FREEZE_SPINODAL = _freeze("freeze-out-spinodal", "spinodal saddle-node (μ computed)", SPINODAL_MU)
CRITICAL_SLOWING = _q(
    "critical-slowing", "the mean-field relaxation times 1/ω0 and 1/e″(m*) as Γ → J⁻",
    Route(f"{D}:critical_slowing_proof"), Route(f"{NUM}:critical_slowing_instances"),
    judge=Property(statement=f"{PRED}:relaxation_time_diverges", describe=f"{PRED}:describe_relaxation"))

WINDOW_OVER_FIELD = _q("window-lower-end-over-linear-field", "(ΔE/(N m*))/(ΔE/(2N m*)): the smallest sweep "
                       "amplitude of Eq. (16) over the field above which the gap is said to be linear",
                       Route(f"{D}:window_lower_end_over_linear_field"),
                       Route(f"{NUM}:window_lower_end_over_linear_field"),
                       pure_number="both are ΔE/(N m*) up to the factor 2 of their definitions")

QUANTITIES = [WINDOW_OVER_FIELD, LINEAR_GAP_FIELD, GAP_LINEAR, ZENER_TIME, ZENER_EXPONENT,
              SPINODAL_MU, *PITCHFORK_MU.values(), FREEZE_OVERDAMPED, FREEZE_UNDERDAMPED, FREEZE_SPINODAL,
              CRITICAL_SLOWING]

m = mentions("lmg_lgi")
P1, P2, P3 = "§7.1, P1", "§7.1, P2", "§7.1, P3"

GAP_REASON = ("exact diagonalisation of H(h) at N = 370 across the window ΔE/(Nm*) = 11.3 ≤ h ≤ h_sp = 229 rad/s: "
              "the lowest gap is 0.88 × 2Nm*h at 24 rad/s, 0.85 at 51, 0.76 at 108 and 0.47 at 229 rad/s; the "
              "localised states carry ⟨J_z⟩ = ⟨E0|J_z|E1⟩ = 49.5, not Nm*/2 = 57.8 (slope 0.86 × 2Nm*), and above "
              "h ≈ 74 rad/s the lowest gap is an intra-well excitation that no longer grows as 2Nm*h")

CLAIMS = [
    m("s7.1-barrier-131", BARRIER, P1, "At the benchmark the barrier evaluates to NΔf0/k_BT ≈ 13.1.", "≈ 13.1",
      "(N = 370, Γ/J = 0.95, T = 10 nK), the barrier evaluates to N∆f0/kBT ≈ 13.1 (derivation"),
    m("s7.1-tauk-o100", TAU_K, P1, "The Kramers time is τ_K ∼ O(10²) s (Remark 9's estimate "
      "(2π/ω0)e^{NΔf0/k_BT}).", "∼ O(102)", reading="∼ 10²",
      reading_from="'τK ∼ O(10²) s' (superscript lost in extraction): of the order of 10² s",
      quote="in Appendix F), giving τK ∼ O(102) s. Crucially, the N -dependence is confined strictly to",
      units="s"),
    m("s7.1-kramers-n-cancels", KRAMERS_PREFACTOR, P1,
      "The curvature factor ∝ 1/N of the Kramers prefactor is exactly cancelled by D ∝ 1/N (Einstein "
      "relation): τ_K e^{−NΔf0/k_BT} = 2π/(Γ_eff√(f″(m*)|f″(0)|)), independent of N.",
      "the exponential: the potential curvature factor ∝ 1/N in the Kramers prefactor is exactly",
      "the exponential: the potential curvature factor ∝ 1/N in the Kramers prefactor is exactly"),
    m("s7.1-omega0-p2", OMEGA0, P2, "ω0 = 2Jm* is the normal-mode frequency about the ordered minimum.",
      "is the slow longitudinal baseline (negligible for ∆t ≪ T1), ω0 = 2Jm∗ is the normal-",
      "is the slow longitudinal baseline (negligible for ∆t ≪ T1), ω0 = 2Jm∗ is the normal-"),
    m("s7.1-min-field", LINEAR_GAP_FIELD, P3, "The linear-gap regime starts above ΔE/(2Nm*) ≈ 5.7 rad/s.", "≈ 5.7",
      "for h ≫ ∆E/(2Nm∗) ≈ 5.7 rad/s (satisfied throughout", units="rad/s"),
    m("s7.1-min-field-throughout-window", WINDOW_OVER_FIELD, P3, "h ≫ ΔE/(2Nm*) ≈ 5.7 rad/s is satisfied "
      "throughout the experimental sweep window (read for the sweep amplitude: the window's lower end "
      "ΔE/(Nm*) must be ≫ ΔE/(2Nm*)).", "satisfied throughout", reading="≫ 1",
      reading_from="'h ≫ ΔE/(2Nm*) … (satisfied throughout the experimental sweep window)': the smallest "
                   "amplitude of Eq. (16) over ΔE/(2Nm*) must be ≫ 1",
      quote="for h ≫ ∆E/(2Nm∗) ≈ 5.7 rad/s (satisfied throughout",
      expect=refuted("the window of Eq. (16) starts at ΔE/(Nm*) = 11.3 rad/s, exactly 2 × ΔE/(2Nm*) = 5.7 rad/s, "
                     "not ≫ it (and the bias of the sweep passes through h = 0, where the gap is ΔE)")),
    m("s7.1-gap-linear-window", GAP_LINEAR, P3,
      "For h ≫ 5.7 rad/s, satisfied throughout the sweep window (Eq. (16)), the quantum gap grows linearly, "
      "Δ(h) ≈ 2Nm*h.", "the quantum gap grows linearly, ∆(h) ≈ 2Nm∗h, with",
      "the quantum gap grows linearly, ∆(h) ≈ 2Nm∗h, with", refuted(GAP_REASON)),
    m("s7.1-zener-time", ZENER_TIME, P3, "The Zener interaction time is t_Z ∼ √(ħτ_Q/(Nm*Δh)).",
      "dynamical exponent µh = 1, yielding the τ1/2Q Zener interaction time tZ ∼",
      "dynamical exponent µh = 1, yielding the τ1/2Q Zener interaction time tZ ∼"),
    m("s7.1-saddle-node-mu", SPINODAL_MU, P3, "At the spinodal (saddle-node) μ = 1/2: τ_rel ∝ |ε|^{−1/2}.", "1/2",
      "In classical dynamics, the spinodal (saddle-node) bifurcation at h = hsp has µ = 1/2"),
    m("s7.1-p3-underdamped-exponent", FREEZE_UNDERDAMPED, P3, "Classical underdamped dynamics driven through the "
      "bifurcation give freeze-out t̂ ∝ τ_Q^{1/3} (τ_rel = 1/ω0, μ = 1/2).", "1/3",
      "Q and underdamped dynamics give τ"),
    m("s7.1-p3-overdamped-exponent", FREEZE_OVERDAMPED, P3, "Classical overdamped dynamics driven through the "
      "bifurcation give freeze-out t̂ ∝ τ_Q^{1/2} (τ_rel = 1/f″, μ = 1).", "1/2",
      "scaling: overdamped dynamics give τ"),
    m("s7.1-p3-spinodal-exponent", FREEZE_SPINODAL, P3, "The spinodal (μ = 1/2) gives t̂ ∝ τ_Q^{1/3}.", "1/3",
      "(τrel ∝ |ε|−1/2) and gives t̂ ∝ τ"),
]
