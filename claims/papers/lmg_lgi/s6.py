"""§6 Remarks 4, 5 and 6 of ``lmg_lgi`` on the earned-verdicts framework (the local-bath rate is
the quantity of App. H, :mod:`.appendix_h`)."""

from claims.core.api import mentions, refuted

from . import quantities as q
from .appendix_h import LOCAL_RATE, T2_LOCAL
from .s2_model import SPLITTING
from .s5_instanton import C0, C0_WHY, PRINTED, ROOT
from .s7_4 import CB
from .s9_2_s9_5 import WINDOW

# the window is §9.2's quantity (one quantity per number)
QUANTITIES = []

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
    m("r5-t2-local-formula", LOCAL_RATE, R5, "Local baths L_i = √γ σ_z^i give 1/T2_local = Nγ(1 + m*²).",
      "Nγϕ(1+m2", "Nγϕ(1+m2", units="γϕ"),
    m("r5-t2-local-49ms", T2_LOCAL, R5, "T2_local ≈ 49 ms at N = 370, γ = 0.05 s⁻¹.", "≈ 49", "2 ≈ 49 ms (local)",
      units="ms"),
    m("r6-de-1310", SPLITTING, "§6 Remark 6", "ΔE = 1310 rad/s at N = 370, Γ/J = 0.95 (exact diagonalisation).",
      "1310", "ified: ∆E = 1310 rad/s at N = 370", units="rad/s"),
    m("r6-optimal-250-300", WINDOW, "§6 Remark 6",
      "The Goldilocks double squeeze restricts the optimal range to N ≈ 250–300 (the range §9.2 defines by "
      "k_BT ≲ ΔE(N) ≲ 3k_BT).", "250–300", "restricts the optimal range to N ≈ 250–300 where",
      refuted("by the definition §9.2 gives for this range (k_BT ≲ ΔE(N) ≲ 3k_BT) the window is even N = 228–370 "
              "(ΔE ≤ 3k_BT from N = 228; ΔE ≥ k_BT up to N = 370, the paper's own Remark 6): 250–300 lies inside it "
              "but does not bound it; the 'with margin' that would cut it at 300 (ΔE ≥ 1.75k_BT) is not "
              "stated (was not checkable)")),
    # Remark 6's C0 and N_c restate §5 / Table 1 (quantities of s5_instanton), judged once more at this print
    m("r6-c0-fitted", C0["095"], "§6 Remark 6", "The instanton-root crossover uses the fitted prefactor "
      "C0/k_BT = 2.546 (Γ/J = 0.95; reading: least squares on ln ΔE).", "2.546",
      "using the fitted prefactor C0/kBT = 2.546", refuted(C0_WHY["095"])),
    m("r6-nc-inst-360", ROOT["095"], "§6 Remark 6", "The instanton-root crossover is N_c^inst ≈ 360 (Table 1).",
      "≈ 360", "c ≈ 360 (Table 1), which solves", consistency={"c0_over_kt": PRINTED["095"]}),
]
