"""§7 Table 3 (the falsification matrix P1–P5) and its caption, on the earned-verdicts framework.

Table 3 is not declared as a ``claims.text.tables.Table``: in the extracted text its rows are
not position-addressable (a multi-word first column splits into one entry per word; ``≤ 1.415``
splits into ``≤`` and ``1.415`` because ``≤`` is not a value prefix of ``entries``; the P3a/P3b
cells τ_Q^{1/3}, τ_Q^{1/2} run over three lines), so a cell mention would bind to the wrong
entry.  The rows are quoted verbatim instead (each quote is unique in the manuscript).
"""

from claims.core.api import Property, Quantity, Route, mentions, refuted

from . import quantities as q
from .inputs import INPUTS
from .s7_1 import (
    CRITICAL_SLOWING,
    FREEZE_OVERDAMPED,
    FREEZE_SPINODAL,
    FREEZE_UNDERDAMPED,
    ZENER_EXPONENT,
)
from .s7_2_landau_zener import LZ_LIMITS

PRED = "claims.papers.lmg_lgi.predicates"

OSCILLATION = Quantity(
    "lmg_lgi:oscillatory-acf", "P2: the ACF about the ordered minimum, classical (damped linearised Bloch "
    "equations, App. B) and quantum (ground-state ⟨J_z(t)J_z⟩ of the LMG)",
    Property(statement=f"{PRED}:acf_oscillates", assumes=f"{PRED}:underdamped_ordered",
             describe=f"{PRED}:describe_acf"),
    Route("derive.lmg_sweep:oscillation_proof"), Route("numerics.lmg_lgi.sweep:oscillation_instances"),
    inputs=INPUTS)

QUANTITIES = [OSCILLATION]

m = mentions("lmg_lgi")
CAP = "§7, Table 3 caption"

KMAX_REASON = ("the decoherence-free two-level ceiling Q01² × 3/2 is 1.41535, just above the printed bound ≤ 1.415 "
               "(minor: 1.415 is the ceiling rounded down, not an upper bound)")

MULTI_REASON = ("without dephasing the five-level K3(τ*) is 1.4436 (ten levels: 1.4381, the 371-level sums of "
                "Remark 12 ≈ 1.44): the quantum LMG exceeds 1.415, which bounds only the two-level description")

CLAIMS = [
    m("s7-table3-pitchfork-exponent", FREEZE_OVERDAMPED, CAP, "Overdamped pitchfork scaling μ = 1 (τ_rel ∝ |ε|⁻¹) "
      "gives t̂ ∝ τ_Q^{1/2}.", "1/2", "nent µ = 1 (τrel ∝ |ε|−1, giving t̂ ∝ τ"),
    m("s7-table3-saddle-node-exponent", FREEZE_SPINODAL, CAP, "The spinodal (saddle-node) scaling μ = 1/2 gives "
      "t̂ ∝ τ_Q^{1/3}.", "1/3", "node) scaling µ = 1/2 which gives t̂ ∝ τ"),
    m("s7-table3-lgi-classical", q.LGI_BOUND, "§7, Table 3 row P5", "Classical (macrorealist) bistable systems obey "
      "K3 ≤ 1.", "P5: LGI K3 ≤ 1 ≤ 1.415 Yes", "P5: LGI K3 ≤ 1 ≤ 1.415 Yes"),
    m("s7-table3-lgi-quantum", q.KMAX, "§7, Table 3 row P5", "The quantum LMG reaches K3 ≤ 1.415 (the "
      "decoherence-free two-level ceiling Q01²·3/2).", "≤ 1.415", "P5: LGI K3 ≤ 1 ≤ 1.415", refuted(KMAX_REASON)),
    m("s7-table3-lgi-quantum-multilevel", q.K3_C, "§7, Table 3 row P5", "The quantum LMG reaches K3 ≤ 1.415 "
      "(reading: the bound on the decoherence-free K3(τ*) of the paper's five-level model, Level C, γϕ = 0).",
      "≤ 1.415", "P5: LGI K3 ≤ 1 ≤ 1.415", refuted(MULTI_REASON), at={"gamma_phi": 0.0}),
    m("s7-table3-p1", CRITICAL_SLOWING, "§7, Table 3 row P1", "Critical slowing down: the mean-field relaxation "
      "times (1/ω0, 1/f″(m*)) diverge at Γ = J.", "P1: critical slowing div. at Γ=J (mean-field) diverges No",
      "P1: critical slowing div. at Γ=J (mean-field) diverges No"),
    m("s7-table3-p2", OSCILLATION, "§7, Table 3 row P2", "The ACF is oscillatory both for a classical bistable "
      "system (underdamped) and for the quantum LMG.", "P2: oscillatory ACF yes yes No",
      "P2: oscillatory ACF yes yes No"),
    m("s7-table3-p3a", FREEZE_UNDERDAMPED, "§7, Table 3 row P3a", "J-quench, classical bistable (underdamped, "
      "τ_rel = 1/ω0, μ = 1/2): freeze-out τ_Q^{1/3}.", "1/3", "P3a: KZM (J-quench) τ"),
    m("s7-table3-p3a-quantum", q.KZ_EXPONENT, "§7, Table 3 row P3a", "J-quench, quantum LMG (KZM, z = 1, ν = 1/2): "
      "freeze-out τ_Q^{1/3}.", "1/3", "Q (underdamped) τ"),
    m("s7-table3-p3b", FREEZE_OVERDAMPED, "§7, Table 3 row P3b", "h-quench, classical bistable (pitchfork, "
      "overdamped, μ = 1): freeze-out τ_Q^{1/2}.", "1/2", "P3b: LZ bias-sweep (h-quench) τ"),
    m("s7-table3-p3b-quantum", ZENER_EXPONENT, "§7, Table 3 row P3b", "h-quench, quantum LMG: the LZ Zener "
      "interaction time scales as τ_Q^{1/2}.", "1/2", "Q (pitchfork, overdamped) τ"),
    m("s7-table3-p4", LZ_LIMITS, "§7, Table 3 row P4", "LZ error rate: classical → 1 (stuck), quantum → 0 (slow "
      "sweeps).", "P4: LZ error rate → 1 (stuck) → 0 Yes", "P4: LZ error rate → 1 (stuck) → 0 Yes"),
    m("s7-table3-lz-pitchfork-shared", ZENER_EXPONENT, CAP, "The quantum LZ interaction time scales as τ_Q^{1/2} "
      "(as the classical pitchfork freeze-out).", "1/2", "and the classical pitchfork freeze-out scale as τ"),
]
