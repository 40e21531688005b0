"""§6, the Parity Proposition, the LMG parity operator and Corollaries 1–2."""

from . import quantities as Q
from ._mention import lost, mention

CLAIMS = [
    mention("parity-proposition", Q.PROPOSITION, "§6, Proposition, Eq. (32)",
            "If [H, P] = 0 with P unitary and P J_z P† = −J_z, then ⟨E|J_z|E⟩ = 0 for every "
            "non-degenerate eigenstate.", "", "Proposition. Let and , where is a unitary operator"),
    mention("parity-lmg-commutation", Q.LMG_COMMUTATION, "§6, Note on the LMG implementation",
            "For the zero-longitudinal-field LMG H, P = exp(iπJ_x) commutes with H and P J_z P† = −J_z.", "",
            "The commutation holds for the zero longitudinal field Hamiltonian"),
    mention("parity-p-even-n", Q.P_EVEN, "§6, Note on the LMG implementation",
            "For even N, P² = 1 and P is Hermitian with eigenvalues ±1.", "",
            "For even , and is Hermitian with eigenvalues"),
    mention("parity-p-odd-n", Q.P_ODD, "§6, Note on the LMG implementation",
            "For odd N, P² = −1 and the eigenvalues of P are ±i.", "",
            "For odd , and the eigenvalues are ; the Proposition still holds"),
    mention("corollary1-opposite-parity", Q.COR1_OPP, "§6, Corollary 1, Eq. (33)",
            "For opposite-parity eigenstates the population–coherence Redfield elements vanish.", "",
            "Corollary 1 (Population-coherence decoupling for opposite-parity pairs)"),
    mention("corollary1-same-parity", Q.COR1_SAME, "§6, Corollary 1",
            "For same-parity pairs the population–coherence element is in general non-zero.", "",
            "For same-parity pairs (), in general and the decoupling does not hold"),
    mention("corollary2-coupling", Q.COR2, "§6, Corollary 2",
            "The element coupling ρ_01 to ρ_10 does not vanish by parity: it is γX², X ≠ 0.", "",
            "This term does not vanish by parity"),
    mention("secular-ratio-corollary2", Q.SECULAR, "§6, Corollary 2",
            "At the LMG benchmark the secular ratio of Corollary 2 (value lost).", "",
            "At the LMG benchmark, [1]. This term", lost("the ratio", "2ΔE/(γG_eig) = 18.46")),
    mention("proposition-other-models", Q.OTHER_MODELS, "§6, last paragraph",
            "The Proposition holds for any system with [H, P] = 0 and P L P† = −L, e.g. the Dicke "
            "model in the superradiant phase.", "", "The proposition holds for any system with and"),
]
