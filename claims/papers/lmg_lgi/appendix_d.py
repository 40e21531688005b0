"""Appendix D (LGI classical bound, optimal interval) of ``lmg_lgi`` on the earned-verdicts
framework.

The enumeration is App. D's own: definite values Q ∈ {+1, −1} (2³ = 8 sign combinations) and
expectations over any joint distribution of them; the trichotomic extension {−1, 0, +1} is the
K3 block's ``lmg_lgi:lgi-macrorealist-bound``.
"""

import math

from claims.core.api import Property, Quantity, Route, mentions

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
    evaluated at π/3, is conservative).  A slope instance: dK3/dx < 0 at π/3."""
    if "slope_at_pi_over_3" in inst:
        return inst["slope_at_pi_over_3"] < 0
    return inst["x_opt"] < math.pi / 3 and inst["k_opt"] >= inst["k_pi3"]


def describe_optimum(inst) -> str:
    if "slope_at_pi_over_3" in inst:
        return f"a = ħ/(ΔE T2) = {inst['a']:g}: dK3/dx at π/3 = {inst['slope_at_pi_over_3']:.4g}"
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

QUANTITIES = [BOUND, OPTIMUM]

m = mentions("lmg_lgi", "App. D")

CLAIMS = [
    m("appd-enumeration", BOUND, "Enumeration of the 2³ = 8 sign assignments gives Q1Q2 + Q2Q3 − Q1Q3 ≤ 1; "
      "hence K3 ≤ 1 for any classical distribution over them.", "≤ 1",
      "Exhaustive enumeration of 23 = 8 sign combinations shows Q1Q2+Q2Q3−Q1Q3 ≤ 1"),
    m("appd-optimal-dt", OPTIMUM, "Δt = πħ/(3ΔE) is the optimum only at T2 = ∞; for finite T2 the true "
      "optimal Δt is smaller, making Eq. (23) conservative.", "the true optimal ∆t is slightly smaller",
      "For finite T2 the true optimal ∆t is slightly smaller"),
]

#: the old ids were spelled appD-…; the registry lower-cases them
DELETED = {}
