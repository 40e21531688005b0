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


# --- §9.2–§9.5, §10 (block s9) ------------------------------------------------------------

def goldilocks_condition(inst) -> bool:
    """k_BT ≲ ΔE(N) ≲ 3k_BT, the condition of §9.2 (its bounds taken as printed: 1 ≤ ΔE/k_BT ≤ 3)."""
    return 1 <= inst["ratio"] <= 3


def in_stated_window(inst) -> bool:
    """N within the printed window 'N ≈ N_lo–N_hi', read by the one reading policy."""
    from claims.core.reading import parse_stated

    iv = parse_stated(f"≈ {inst['N_lo']}–{inst['N_hi']}")
    return iv.contains(inst["N"])


def window_defined_by_condition(inst) -> bool:
    """'This range is defined by the condition': N satisfies the condition iff it lies in the window."""
    return goldilocks_condition(inst) == in_stated_window(inst)


def describe_window(inst) -> str:
    from claims.core.reading import parse_stated

    lo, hi = parse_stated(f"≈ {inst['N_lo']}–{inst['N_hi']}").render()
    return (f"N = {inst['N']}: ΔE/k_BT = {inst['ratio']:.4f} "
            f"({'satisfies' if goldilocks_condition(inst) else 'violates'} k_BT ≤ ΔE ≤ 3k_BT) but lies "
            f"{'inside' if in_stated_window(inst) else 'outside'} the stated window [{lo}, {hi}]")


def t2coll_exceeds_t2phys(inst) -> bool:
    return inst["t2coll"] > inst["t2phys"]


def describe_coherence_times(inst) -> str:
    return (f"N = {inst['N']}: T2coll/T2phys = Γ_phys/Γ_coll = {inst['t2coll'] / inst['t2phys']:.4f}")


def prefactor_moves_estimate(inst) -> bool:
    """'The difference reflects the O(1) prefactor uncertainty': scaling C0 over an O(1) range must
    move the instanton estimate by at least a tenth of its difference from the exact value."""
    gap = abs(inst["estimate_ref"] - inst["exact"])
    return abs(inst["estimate"] - inst["estimate_ref"]) >= 0.1 * gap


def describe_prefactor(inst) -> str:
    return (f"C0 × {inst['c0_factor']:.3g}: instanton δΔE/ΔE = {inst['estimate']:.6f} (C0 as fitted: "
            f"{inst['estimate_ref']:.6f}; exact spectrum {inst['exact']:.6f})")


def even_matrix_element_vanishes(inst) -> bool:
    """Q_k0 = 0 for an even k, to the rounding of a double-precision eigenvector (|Q_k0| < 1e-12)."""
    return abs(inst["Qk0"]) < 1e-12
