"""§1 (Introduction) of ``lmg_lgi`` on the earned-verdicts framework: the crossover N_c, the
LGI bound, Q01² and the ceiling, the threshold hierarchy, the contributions list, the overlap,
doublet norm, Kramers exponent and time, Γc = J, ΔE = 1310, and the abstract's cross-term
explanation.  (The Γ/J ≳ 0.98 and ten-level mentions of the contributions are still legacy.)"""

from claims.core.api import mentions, refuted

from . import quantities as q
from .appendix_e_f import EXPONENT as KRAMERS_EXPONENT
from .appendix_e_f import TAU_K as KRAMERS_TIME
from .s2_model import CRITICAL, OVERLAP, OVERLAP_FORMULA, SPLITTING, _prop, _q
from .s5_instanton import FAILS_099
from .s7_3 import K3A_REASON
from .s10 import MECH

P = "lmg_lgi:"

DOUBLET_NORM = _q("doublet-norm", "⟨E0|E0⟩ and ⟨E1|E1⟩ of Eq. (4), ⟨P|R⟩ = S", _prop("doublet_normalised"),
                  "doublet_norm_proof", "doublet_norm_instances")
CROSS_ORIGIN = _q("cross-term-dominance", "the A → B factor Γ_coll/Γ_phys split into the factor the cross-term "
                  "alone gives (removed, nothing else changed) and the rest; the eigenstate cross-term",
                  _prop("cross_term_dominant_and_eliminated"), "cross_term_instances")

QUANTITIES = [DOUBLET_NORM, CROSS_ORIGIN]


m = mentions("lmg_lgi")


THR = dict(reading_from="'γϕ ≲ x' states the threshold x at which K3 falls to 1")

CLAIMS = [
    m("s1-intro-nc370", q.GOLDILOCKS_N, "§1, Goldilocks paragraph",
      "Exact diagonalisation places the crossover ΔE(N_c) = k_BT at N_c ≈ 370.", "≈ 370",
      "diagonalisation gives Nc ≈ 370 and"),
    m("s1-intro-lgi-bound", q.LGI_BOUND, "§1", "The LGI reads K3 ≤ 1 for any macrorealist model.", "K3 ≤ 1",
      "K3 ≤ 1 for any macro-"),
    m("s1-p5-lgi-bound", q.LGI_BOUND, "§1, P5 paragraph",
      "K3 = C12 + C23 − C13 satisfies K3 ≤ 1 for any macrorealist model with non-invasive measurability.",
      "K3 ≤ 1", "satisfies K3 ≤ 1 [10, 11]"),
    m("s1-k3-ceiling", q.KMAX, "§1, P5 paragraph", "The decoherence-free ceiling is Q01² × 3/2 = 1.415.",
      "1.415", "2 = 1.415 (decoherence-free ceiling, where"),
    m("s1-level-a-threshold", q.THRESHOLD_A, "§1, threshold hierarchy (level A)",
      "Level A puts the LGI threshold at γϕ = 0.050 s⁻¹.", "≲ 0.050", "ϕ ≲ 0.050 s−1) uses the mean-field "
      "coherent-state estimate T coll", reading="0.050", **THR),
    m("s1-level-a-k3", q.K3_A, "§1, threshold hierarchy (level A)",
      "At the BEC target level A gives K3 ≈ 1.000.", "≈ 1.000",
      "target exactly at the threshold (K3 ≈ 1.000). The analytic eigenstate level B (γ(B)", refuted(K3A_REASON)),
    m("s1-level-b-threshold", q.THRESHOLD_B, "§1, threshold hierarchy (level B)",
      "Level B puts the threshold at γϕ = 0.117 s⁻¹.", "≲ 0.117",
      "0.117 s−1) corrects the parity-forbidden cross-term, raising the threshold", reading="0.117", **THR),
    m("s1-level-ab-ratio", q.AB_RATIO, "§1, threshold hierarchy", "Level B raises the threshold 2.35× over A.",
      "2.35×", "raising the threshold 2.35× and giving"),
    m("s1-level-b-k3", q.K3_B, "§1, threshold hierarchy (level B)", "Level B gives K3 ≈ 1.22 at the BEC target.",
      "≈ 1.22", "K3 ≈ 1.22 at the BEC target. The five-level Lindblad level C (γ(C)"),
    m("s1-level-c-threshold", q.THRESHOLD_C, "§1, threshold hierarchy (level C)",
      "Level C puts the threshold at γϕ = 0.289 s⁻¹.", "≲ 0.289", "ϕ ≲ 0.289 s−1) captures", reading="0.289",
      **THR),
    m("s1-level-bc-ratio", q.HIGHER_ODD_FACTOR, "§1, threshold hierarchy",
      "Reinforcing contributions from higher odd-parity states raise the threshold a further 2.47×.", "2.47×",
      "raising it a further 2.47× and giving", refuted(MECH)),
    m("s1-level-c-k3", q.K3_C, "§1, threshold hierarchy (level C)", "Level C gives K3 ≈ 1.32 at the BEC target.",
      "≈ 1.32", "K3 ≈ 1.32 at the BEC target. The 5.8× total"),
    m("s1-level-ac-ratio", q.CA_RATIO, "§1, threshold hierarchy", "The total A → C improvement is 5.8×.", "5.8×",
      "The 5.8× total improvement"),
    m("s1-contrib-q01", q.Q01SQ, "§1, Contributions (a)", "Q01² = ⟨E0|sgn J_z|E1⟩² = 0.9436.", "0.9436",
      "01 = 0.9436 matrix element from complete 371-dimensional symmetric"),
    m("s1-contrib-k3max", q.KMAX, "§1, Contributions (a)", "Q01² sets the ceiling K3max = 1.415.", "1.415",
      "3 = 1.415; (b) the three-level"),
    m("s1-contrib-ab-ratio", q.AB_RATIO, "§1, Contributions (b)",
      "The parity cross-term elimination contributes 2.35× (Level A → B).", "2.35×",
      "threshold hierarchy (A/B/C) identifying the parity cross-term elimination (2.35×) and"),
    m("s1-contrib-bc-ratio", q.HIGHER_ODD_FACTOR, "§1, Contributions (b)",
      "The net multi-level Dicke-doublet contribution is 2.47×, a physically distinct mechanism.", "2.47×",
      "Dicke-doublet contribution (2.47×)", refuted(MECH)),
    m("s1-contrib-borderline", q.K3_A, "§1, Contributions (b)",
      "The mean-field level leaves the BEC target borderline, K3 = 1.000.", "1.000",
      "together raising the BEC target K3 from borderline (1.000) to robust (1.32); (c) a five-level",
      refuted(K3A_REASON)),
    m("s1-contrib-robust", q.K3_C, "§1, Contributions (b)", "The BEC target K3 is raised to a robust 1.32.",
      "1.32", "to robust (1.32)"),
    m("s1-contrib-threshold-c", q.THRESHOLD_C, "§1, Contributions (c)",
      "The authoritative five-level threshold is γϕ = 0.289 s⁻¹.", "≲ 0.289",
      "dephasing threshold γϕ ≲ 0.289 s−1; (d)", reading="0.289", **THR),
    m("s1-intro-de1310", SPLITTING, "§1, Goldilocks paragraph",
      "At N = 370, Γ/J = 0.95 the exact tunnel splitting is ΔE/ħ = 1310 rad/s.", "1310",
      "∆E/ℏ = 1310 rad/s = kBT/ℏ.", units="rad/s"),
    m("s1-overlap-formula", OVERLAP_FORMULA, "§1; §2 after Eq. (3)",
      "The overlap of the two spin-coherent states centred at ±m* is S = (Γ/J)^N = (1 − m*²)^{N/2}.",
      "(Γ/J)N = (1−m2", "(Γ/J)N = (1−m2"),
    m("s1-overlap-value", OVERLAP, "§1", "S ≈ 5.7 × 10⁻⁹ at Γ/J = 0.95, N = 370.", "≈ 5.7 × 10−9",
      "S ≈ 5.7 × 10−9 at Γ/J = 0.95, N = 370, so two-level approximations"),
    m("s1-doublet-norm", DOUBLET_NORM, "§1; Eq. (4)",
      "|E0⟩ = (|P⟩ + |R⟩)/√(2 + 2S) and |E1⟩ = (|P⟩ − |R⟩)/√(2 − 2S) are normalised.", "|E0⟩ = (|P ⟩+ |R⟩)/",
      "N the true energy eigenstates are well approximated by |E0⟩ = (|P ⟩+ |R⟩)/"),
    m("s1-barrier-13", KRAMERS_EXPONENT, "§1, P4 paragraph", "At the benchmark the Kramers exponent is "
      "NΔf0/k_BT ≈ 13.", "≈ 13",
      "benchmark parameters N∆f0/kBT ≈ 13, giving τK ∼ 130 s, so the classical system is non-"),
    m("s1-tauk-130", KRAMERS_TIME, "§1, P4 paragraph", "The classical Kramers escape time is τ_K ∼ 130 s.", "∼ 130",
      "giving τK ∼ 130 s, so the classical system is non-", units="s"),
    m("s1-gamma-c", CRITICAL, "§1, Introduction", "The mean-field quantum critical point is at Γc = J.", "Γc = J",
      "Γc = J (at which the two ordered vacua become exactly degenerate in the thermodynamic"),
    m("s1-abstract-cross-term-origin", CROSS_ORIGIN, "Abstract",
      "Exact parity eliminates the dominant dephasing cross-term (tested: the cross-term, removed alone from the "
      "coherent-state rate, accounts for more of the 2.35× than the rest, and vanishes between parity "
      "eigenstates).", "eliminates the dominant dephasing cross-term",
      "eliminates the dominant dephasing cross-term and renders the LGI correlator immune"),
    m("s1-contrib-inaccurate-098", FAILS_099, "§1, Contributions (f)",
      "The semiclassical N_c estimate (Eq. (11)) is severely inaccurate at Γ/J ≳ 0.98 (checked at the Table 1 "
      "row Γ/J = 0.99: no positive estimate or an error of at least 2×).", "Γ/J ≳ 0.98",
      "severely inaccurate at Γ/J ≳ 0.98"),
    # Contributions (c): "validated against ten-level results to ∼ 1%" — the results are the threshold
    # and K3(τ*); each is judged (stationary protocol, the paper's code)
    m("s1-contrib-ten-level", q.THRESHOLD_5V10, "§1, Contributions (c)",
      "The five-level Lindblad threshold agrees with the ten-level one to ∼ 1% (stationary K3).", "∼ 1%",
      "validated against ten-level results to ∼ 1%"),
    m("s1-contrib-ten-level-k3", q.K3_5V10_MAX, "§1, Contributions (c)",
      "The five-level K3(τ*) agrees with the ten-level one to ∼ 1% for γ ≤ 1 s⁻¹ (stationary K3).", "∼ 1%",
      "validated against ten-level results to ∼ 1%"),
]
