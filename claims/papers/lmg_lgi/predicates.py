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


# --- §7.3–7.4 (K3 block): Remark 10, Eq. (20), Remark 14, Eq. (30) ---------------------------

def thermal_immunity(inst) -> bool:
    """'K3 is independent of the mixing ratio p0/p1 … not an approximation': K3 with the thermal
    doublet state equals K3 with |E0⟩⟨E0| to rounding (10⁻¹²)."""
    return abs(inst["dk3"]) < 1e-12


def two_level_truncation(inst) -> bool:
    return inst["n_levels"] == 2


def describe_thermal(inst) -> str:
    return f"{inst['n_levels']}-level model, p1 = {inst['p1']:.4f}: K3(ρ_th) − K3(ρ0) = {inst['dk3']:.3e}"


def dichotomic(inst) -> bool:
    """Q Hermitian with Q² = I (eigenvalues ±1), ρ a density matrix."""
    import numpy as np

    Q, rho = inst["Q"], inst["rho"]
    n = Q.shape[0]
    return (np.allclose(Q, Q.conj().T, atol=1e-12) and np.allclose(Q @ Q, np.eye(n), atol=1e-10)
            and np.linalg.eigvalsh(rho).min() > -1e-12 and abs(np.trace(rho) - 1) < 1e-12)


def luders_equals_anticommutator(inst) -> bool:
    """P₊ρP₊ − P₋ρP₋ = ½{Q, ρ} with P± = (I ± Q)/2 (to 10⁻¹⁰)."""
    import numpy as np

    Q, rho = inst["Q"], inst["rho"]
    eye = np.eye(Q.shape[0])
    Pp, Pm = (eye + Q) / 2, (eye - Q) / 2
    return bool(np.abs(Pp @ rho @ Pp - Pm @ rho @ Pm - (Q @ rho + rho @ Q) / 2).max() < 1e-10)


def describe_matrices(inst) -> str:
    return f"dimension {inst['Q'].shape[0]}"


def not_positive_semidefinite(inst) -> bool:
    """An operator with a negative eigenvalue (beyond rounding) is not positive semidefinite."""
    return inst["min_eigenvalue"] < -1e-9


def parity_diagonal_vanishes(inst) -> bool:
    """Q_ii = 0 to rounding (10⁻⁹)."""
    return abs(inst["q_ii"]) < 1e-9


def threshold_rises_with_gamma01(inst) -> bool:
    """'raising Γ01 and hence the threshold': the larger Γ01 gives the larger threshold."""
    (ga, ta), (gb, tb) = inst["gamma01"]
    return (tb > ta) == (gb > ga)


def describe_gamma01(inst) -> str:
    (ga, ta), (gb, tb) = inst["gamma01"]
    return (f"Γ01/γ = {ga:.1f} (n = 3) → {gb:.1f} (n = 4) gives the two-level threshold "
            f"{ta:.5f} → {tb:.5f} s⁻¹")


def added_state_is_e3(inst) -> bool:
    """'adding |E3⟩ at n = 5': the state the n = 5 basis adds is odd (|E3⟩ is odd, Q30 ≠ 0) and
    the n = 4 basis lacks an odd state above |E1⟩."""
    return inst["parity"] == -1 and inst["n4_parities"].count(-1) < 2


def describe_added_state(inst) -> str:
    return (f"n = 4 basis parities {inst['n4_parities']} (already two odd: |E1⟩, |E3⟩); n = 5 adds "
            f"|E{inst['index']}⟩ of parity {inst['parity']:+d}, Q_k0 = {inst['q_k0']:.1e}")


def below_eq30_bound(inst) -> bool:
    return inst["N"] <= inst["bound"]


def violation_persists(inst) -> bool:
    """The LGI violation K3 > 1 at this size."""
    return inst["k3"] > 1


def describe_size(inst) -> str:
    return f"N = {inst['N']} (Eq. (30) bound {inst['bound']:.0f}): 5-level K3(τ*) = {inst['k3']:.4f}"


def five_level_within_one_percent(inst) -> bool:
    """The 5-level K3 within 1% of the larger model's."""
    return abs(inst["k3_5"] - inst["k3_ref"]) < 0.01 * abs(inst["k3_ref"])


def describe_truncation(inst) -> str:
    return (f"γ = {inst['gamma']:g} s⁻¹: 5-level K3 {inst['k3_5']:.5f} vs {inst['reference']} "
            f"{inst['k3_ref']:.5f} ({abs(inst['k3_5'] / inst['k3_ref'] - 1):.2%})")
