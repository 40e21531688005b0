"""Predicates of the §1–§4, §6 and App. H property claims of ``lmg_lgi`` (instance -> bool),
evaluated by the judge on the routes' instances.  The printed forms the paper states live here
(the routes compute, the judge compares)."""

from __future__ import annotations

import math


def doublet_normalised(inst) -> bool:
    """Eq. (4): both combinations have unit norm."""
    return abs(inst["n0"] - 1) < 1e-10 and abs(inst["n1"] - 1) < 1e-10


def ordered_iff_below_gamma_c(inst) -> bool:
    """Γc = J: the mean-field minimiser is non-zero exactly when Γ < J."""
    return (inst["m_min"] > 1e-3) == (inst["g"] < 1)


def collective_form_matches(inst) -> bool:
    return inst["residual"] < 1e-10


def bec_mapping_as_printed(inst) -> bool:
    """J = N(g12 − g11) (the J_z² coefficient of the contact interaction matched to Eq. (1))."""
    return abs(inst["ratio"] - 1) < 1e-9


def no_half_convention(inst) -> bool:
    return inst["convention"] == "no_half"


def diverges_as_inverse_distance(inst) -> bool:
    """χ_MF ∼ (J − Γ)⁻¹: (J − Γ)χ positive and converging (last two within 1%)."""
    s = inst["scaled"]
    return all(x > 0 and math.isfinite(x) for x in s) and abs(s[-1] / s[-2] - 1) < 0.01


def n2_ground_state_even_below_odd(inst) -> bool:
    """E− < −J and the ground state is even (Γ > 0)."""
    return inst["E_minus_plus_J"] < 0 and inst["gs_even"]


def positive_gamma(inst) -> bool:
    return inst["Gamma"] > 0


def n2_ground_state_as_printed(inst) -> bool:
    """|GS⟩ = cos(φ/2)|s⟩ + sin(φ/2)|0⟩."""
    return abs(inst["s"] - inst["cos"]) < 1e-10 and abs(inst["zero"] - inst["sin"]) < 1e-10


def pmacro_positive_to_unity(inst) -> bool:
    """P_macro = cos²(φ/2) > 0, and 1 − P_macro ≤ 4(Γ/J)² (so P_macro → 1 as Γ/J → 0)."""
    return inst["p"] > 0 and abs(inst["p"] - inst["cos2"]) < 1e-10 and 1 - inst["p"] <= 4 * inst["r"] ** 2 + 1e-14


def n2_spectrum_closed_form(inst) -> bool:
    return inst["deviation"] < 1e-10


def bloch_as_printed(inst) -> bool:
    """Eq. (8): ṁz = −2Γmy, ṁy = −2(Jmz + h)mx + 2Γmz, ṁx = 2(Jmz + h)my."""
    mx, my, mz = inst["m"]
    J, G, h = inst["J"], inst["Gamma"], inst["h"]
    printed = (2 * (J * mz + h) * my, -2 * (J * mz + h) * mx + 2 * G * mz, -2 * G * my)
    return all(abs(a - b) <= 1e-10 * (1 + abs(b)) for a, b in zip(inst["rhs"], printed))


def conserved(inst) -> bool:
    return inst["r2_drift"] < 1e-8 and inst["e_drift"] < 1e-8


def einstein_makes_boltzmann_stationary(inst) -> bool:
    """D = Γ_eff T/N: zero Boltzmann flux; without the 1/N the flux does not vanish."""
    return inst["residual"] < 1e-3 if inst["rule"] == "einstein" else inst["residual"] > 1e-2


def stationary_ratio_as_printed(inst) -> bool:
    """P(m+)/P(m−) = e^{2Nm*h/k_BT}: the ratio itself to 1% (exponents within 0.01)."""
    return abs(inst["log_ratio"] - inst["linear"]) <= 0.01


def linear_response_field(inst) -> bool:
    """h ≤ 10⁻² J (the bias of linear order; the paper's sweep window reaches ≈ 0.006 J)."""
    return inst["h"] <= 1e-2 * (1 + 1e-12)


def cross_term_dominant_and_eliminated(inst) -> bool:
    """The cross-term is the dominant part of the A → B factor (its factor exceeds the rest)
    and exact parity eliminates it in the eigenbasis (|⟨E0|J_z|E0⟩⟨E1|J_z|E1⟩| ≪ Γ_phys)."""
    return inst["cross"] > inst["rest"] and inst["eigen_cross"] < 1e-12


def finite_t_shift_negligible(inst) -> bool:
    """'negligible': the minimiser of Eq. (2) moves by less than 0.1% of m*."""
    return inst["shift_rel"] < 1e-3


def window_is_250_to_300(inst) -> bool:
    """'N ≈ 250–300' for the window of §9.2's k_BT ≲ ΔE ≲ 3k_BT: each end within the printed
    range's rounding (±5)."""
    return abs(inst["n_lo"] - 250) <= 5 and abs(inst["n_hi"] - 300) <= 5
