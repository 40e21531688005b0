"""§6 Remarks 4 and 5 of ``lmg_lgi`` on the earned-verdicts framework (the local-bath formula and
its 49 ms are still legacy)."""

from claims.core.api import mentions, refuted

from . import quantities as q
from .s7_4 import CB

P = "lmg_lgi:"
R5 = "§6 Remark 5"


m = mentions("lmg_lgi")


CLAIMS = [
    m("r4-markov-0.289", q.THRESHOLD_C, "§6 Remark 4", "The Markovian 5-level threshold γ ≲ 0.289 s⁻¹.", "0.289",
      "0.289 s−1 derived below provides a reference benchmark", units="s⁻¹"),
    m("r5-t2-coll-3ms", q.T2_COLL_TARGET, R5, "T2coll = 2/(γN²m*²) ≈ 3.0 ms at γ = 0.05 s⁻¹.", "≈ 3.0",
      "2 ≈ 3.0 ms versus T phys", units="ms"),
    m("r5-t2-phys-7.04", q.T2_PHYS, R5, "T2phys = 1/(γΓ01) ≈ 7.04 ms at γ = 0.05 s⁻¹.", "≈ 7.04",
      "2 ≈ 7.04 ms — a factor of 2.35 arising from", units="ms"),
    m("r5-factor-2.35", q.AB_RATIO, R5, "T2phys/T2coll = Γ_coll/Γ_phys ≈ 2.35.", "2.35", "factor of 2.35 arising from"),
    m("r5-t2-coll-3ms-b", q.T2_COLL_TARGET, R5, "T2coll ≈ 3.0 ms (collective) at γ = 0.05 s⁻¹.", "≈ 3.0",
      "2 ≈ 3.0 ms (collective) versus", units="ms"),
    m("r5-levela-0.050", q.THRESHOLD_A, R5, "Level A threshold γ_A ≲ 0.050 s⁻¹.", "0.050",
      "ϕ ≲ 0.050 s−1, mean-field two-level", units="s⁻¹"),
    m("r5-levelb-0.117", q.THRESHOLD_B, R5, "Level B threshold γ_B ≲ 0.117 s⁻¹.", "0.117",
      "ϕ ≲ 0.117 s−1, exact eigenstate", units="s⁻¹"),
    m("r5-ab-2.35x", q.AB_RATIO, R5, "Level A → B improvement 2.35×.", "2.35×",
      "two-level, 2.35× improvement from parity cross-term elimination"),
    m("r5-levelc-0.289", q.THRESHOLD_C, R5, "Level C (5-level Lindblad) threshold ≲ 0.289 s⁻¹.", "0.289",
      "ϕ ≲ 0.289 s−1, authoritative experimental threshold", units="s⁻¹"),
    m("r5-bc-2.47x", q.CB_RATIO, R5, "Level B → C improvement 2.47×.", "2.47×", "threshold, 2.47× further",
      refuted(CB)),
]
