"""Predicates of the ``lmg_lgi`` property claims (instances -> bool), evaluated by the judge."""

from __future__ import annotations

import itertools


def _k3_of(inst) -> float:
    """K3 = ⟨Q1Q2⟩ + ⟨Q2Q3⟩ − ⟨Q1Q3⟩ of an assignment (q1, q2, q3) or of a mixture
    {"weights": {(q1, q2, q3): p, ...}} of assignments."""
    if isinstance(inst, dict):
        return sum(p * (a * b + b * c - a * c) for (a, b, c), p in inst["weights"].items())
    a, b, c = inst
    return a * b + b * c - a * c


def k3_at_most_one(inst) -> bool:
    """The macrorealist bound K3 ≤ 1 (App. D); exact for integer assignments, 1e-12 slack
    for floating mixtures."""
    return _k3_of(inst) <= 1 + (1e-12 if isinstance(inst, dict) else 0)


def macrorealist(inst) -> bool:
    """Definite values Q ∈ {−1, 0, +1} at each time (the paper's trichotomic sgn included),
    or a probability mixture of such assignments (non-invasive: one joint distribution)."""
    ok = {-1, 0, 1}
    if isinstance(inst, dict):
        w = inst["weights"]
        return (all(set(k) <= ok for k in w) and all(p >= 0 for p in w.values())
                and abs(sum(w.values()) - 1) < 1e-12)
    return len(inst) == 3 and set(inst) <= ok


def all_assignments():
    return list(itertools.product((-1, 0, 1), repeat=3))


def stationarity_within_one_percent(inst) -> bool:
    """|C23 − C12| < 1% of C12 (Remark 10); C23 − C12 = K3_seq − K3_stat."""
    return abs(inst["k3_seq_sgn0_0"] - inst["k3_stat_sgn0_0"]) < 0.01 * inst["c12"]


def listing_reading(inst) -> bool:
    return inst["reading"] == "listing"


def difference_entirely_from_m0(inst) -> bool:
    """'The difference arises entirely from the m = 0 weight where Q² ≠ I': with sgn(0) = +1
    (Q² = I, the mechanism switched off) less than a tenth of the difference may remain."""
    on = inst["k3_stat_sgn0_0"] - inst["k3_seq_sgn0_0"]
    off = inst["k3_stat_sgn0_1"] - inst["k3_seq_sgn0_1"]
    return abs(off) < 0.1 * abs(on)


def describe_protocol(inst) -> str:
    on = inst["k3_stat_sgn0_0"] - inst["k3_seq_sgn0_0"]
    off = inst["k3_stat_sgn0_1"] - inst["k3_seq_sgn0_1"]
    return (f"{inst['reading']} reading: K3_seq = {inst['k3_seq_sgn0_0']:.5f}, K3_stat = "
            f"{inst['k3_stat_sgn0_0']:.5f}, |C23 − C12|/C12 = {abs(on) / inst['c12']:.2%}; with "
            f"sgn(0) = +1 (Q² = I) the difference is {off:.5f} of {on:.5f}")
