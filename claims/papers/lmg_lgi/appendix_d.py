"""Appendix D (LGI classical bound, optimal interval) of ``lmg_lgi`` on the earned-verdicts
framework.

The enumeration is App. D's own: definite values Q ∈ {+1, −1} (2³ = 8 sign combinations) and
expectations over any joint distribution of them; the trichotomic extension {−1, 0, +1} is the
K3 block's ``lmg_lgi:lgi-macrorealist-bound``.
"""

import math

from claims.core.api import Property, Q, Quantity, Route, Value, mentions, refuted

from .inputs import INPUTS

D = "derive.lmg_appendix"
NUM = "numerics.lmg_lgi.appendix"
HERE = "claims.papers.lmg_lgi.appendix_d"
PRED = "claims.papers.lmg_lgi.predicates"


def dichotomic(inst) -> bool:
    """Definite values Q_i ∈ {−1, +1}, or a probability distribution over such assignments."""
    if isinstance(inst, dict):
        w = inst["weights"]
        return (all(set(k) <= {-1, 1} for k in w) and all(p >= 0 for p in w.values())
                and abs(sum(w.values()) - 1) < 1e-12)
    return len(inst) == 3 and set(inst) <= {-1, 1}


def finite_t2(inst) -> bool:
    return inst["a"] > 0


def optimum_below_pi_over_3(inst) -> bool:
    """The optimal x = ΔEΔt lies below π/3 and K3 there is at least K3(π/3) (so Eq. (23),
    evaluated at π/3, is conservative).  A slope instance: dK3/dx < 0 at π/3 (given times
    e^{aπ/3} > 0)."""
    if "slope_at_pi_over_3" in inst:
        return inst["slope_at_pi_over_3"] < 0
    return inst["x_opt"] < math.pi / 3 and inst["k_opt"] >= inst["k_pi3"]


def describe_optimum(inst) -> str:
    if "slope_at_pi_over_3" in inst:
        return f"a = ħ/(ΔE T2) = {inst['a']:g}: e^(aπ/3) dK3/dx at π/3 = {inst['slope_at_pi_over_3']:.4g}"
    return (f"a = ħ/(ΔE T2) = {inst['a']:.4g}: optimum x = {inst['x_opt']:.5f} = "
            f"{inst['x_opt'] / (math.pi / 3):.4f} × π/3, K3 gain {inst['k_opt'] - inst['k_pi3']:.2e}")


BOUND = Quantity("lmg_lgi:lgi-dichotomic-bound", "K3 = Q1Q2 + Q2Q3 − Q1Q3 ≤ 1 for every assignment in "
                 "{−1, +1}³ and every joint distribution of them",
                 judge=Property(statement=f"{PRED}:k3_at_most_one", assumes=f"{HERE}:dichotomic"),
                 derivation=Route(f"{D}:dichotomic_assignments"),
                 numeric=Route(f"{NUM}:dichotomic_mixtures", fixed={"samples": 2000, "seed": 20260418}),
                 inputs=INPUTS)
OPTIMUM = Quantity("lmg_lgi:optimal-interval-finite-t2", "position of the maximum of the two-level K3(Δt) of "
                   "Eq. (21) for finite T2, against Δt = π/(3ΔE)",
                   judge=Property(statement=f"{HERE}:optimum_below_pi_over_3", assumes=f"{HERE}:finite_t2",
                                  describe=f"{HERE}:describe_optimum"),
                   derivation=Route(f"{D}:optimal_interval_slopes"),
                   numeric=Route(f"{NUM}:optimal_interval_instances"), inputs=INPUTS)

SHIFT = Quantity("lmg_lgi:optimal-interval-shift-at-threshold", "1 − Δt_opt/(πħ/(3ΔE)) at Eq. (23)'s "
                 "threshold T2 (ħ/(ΔE T2) = (3/π) ln(1/ξ), ξ of the model's Q01²)",
                 judge=Value(agree_rtol=1e-6, tol_reason="bounded maximisation: the optimum's position is "
                             "found to ~√ε of the flat maximum"),
                 derivation=Route(f"{D}:optimal_interval_shift", xi=Q("lmg_lgi:threshold-xi")),
                 numeric=Route(f"{NUM}:optimal_interval_shift", xi=Q("lmg_lgi:threshold-xi")), inputs=INPUTS)

QUANTITIES = [BOUND, OPTIMUM, SHIFT]

m = mentions("lmg_lgi", "App. D")

CLAIMS = [
    m("appd-enumeration", BOUND, "Enumeration of the 2³ = 8 sign assignments gives Q1Q2 + Q2Q3 − Q1Q3 ≤ 1; "
      "hence K3 ≤ 1 for any classical distribution over them.", "≤ 1",
      "Exhaustive enumeration of 23 = 8 sign combinations shows Q1Q2+Q2Q3−Q1Q3 ≤ 1"),
    m("appd-optimal-dt", OPTIMUM, "Δt = πħ/(3ΔE) is the optimum only at T2 = ∞; for finite T2 the true "
      "optimal Δt is smaller, making Eq. (23) conservative (the direction; how much smaller is the mention "
      "appd-optimal-dt-slightly).", "the true optimal ∆t is slightly smaller",
      "For finite T2 the true optimal ∆t is slightly smaller"),
    m("appd-optimal-dt-slightly", SHIFT, "At the T2 where Eq. (23) is evaluated (its threshold) the true "
      "optimal Δt is only slightly smaller than πħ/(3ΔE) (tested: the relative shift must be ≪ 1).",
      "slightly smaller", "For finite T2 the true optimal ∆t is slightly smaller", reading="≪ 1",
      reading_from="'slightly smaller': the relative shift of the optimum is small, ≪ 1",
      expect=refuted("at Eq. (23)'s threshold (T2 = 3.93ħ/ΔE, ħ/(ΔE T2) = 0.254) the optimum of Eq. (21) "
                     "is at ΔEΔt = 0.723 = 0.690 × π/3: 31% smaller, not slightly; there K3 = 1.096 "
                     "against 1.000 at π/3, so Eq. (23) is conservative by far more than a small margin")),
]

