"""§7.3 of ``lmg_lgi`` outside Remark 10: the observable, Eqs. (21)–(23), Remark 11 and its
summary table, on the earned-verdicts framework."""

from claims.core.api import Property, Route, mentions, refuted

from . import quantities as q
from .quantities import _q

DK = "derive.lmg_lgi_k3"
NK = "numerics.lmg_lgi.k3_checks"
PRED = "claims.papers.lmg_lgi.predicates"

MR_MAX_TRICHOTOMIC = _q(
    "macrorealist-maximum-trichotomic", "max of K3 = Q1Q2 + Q2Q3 − Q1Q3 over every macrorealist "
    "(definite-value, non-invasive) model of Q ∈ {−1, 0, +1}: the tight bound for a trichotomic Q",
    Route(f"{DK}:macrorealist_maximum_trichotomic"), Route(f"{NK}:macrorealist_maximum_by_lp"),
    pure_number="the maximum of a multilinear form over the 27 assignments of {−1, 0, 1}³ (and their "
                "mixtures) is a fixed integer, independent of the model's parameters")
PARITY_DIAGONAL = _q(
    "parity-q-diagonal", "Q00 = ⟨E0|sgn J_z|E0⟩ and Q11 = ⟨E1|sgn J_z|E1⟩ vanish (parity eigenstates)",
    Route(f"{DK}:parity_diagonal_proof"), Route(f"{NK}:parity_diagonal_instances"),
    judge=Property(statement=f"{PRED}:parity_diagonal_vanishes"))

QUANTITIES = [MR_MAX_TRICHOTOMIC, PARITY_DIAGONAL]

P = "lmg_lgi:"
K3A_REASON = ("Eq. (22) with T2coll = 1/(γΓ_coll) gives K3 = 0.99936 at γ = 0.05 s⁻¹ (γ_A = 0.04991 "
              "lies just below the target), outside ≈ 1.000's rounding; minor")


m = mentions("lmg_lgi")


CLAIMS = [
    m("s7.3-q00-sgn0-plus", q.Q00_DICHOTOMIC, "§7.3", "With sgn(0) = +1, Q00 ≈ +0.0024 (= p0).",
      "≈ +0.0024", "Q00 ≈ +0.0024"),
    m("s7.3-p0-0.24pct", q.P0, "§7.3", "p0 = |⟨m=0|E0⟩|² = 0.24%.", "0.24%",
      "whose middle value Q = 0 has weight p0 = |⟨m=0|E0⟩|2 = 0.24%"),
    m("s7.3-bound-1.005", q.TRICHOTOMIC_BOUND, "§7.3", "1 + 2p0 ≈ 1.005.", "≈ 1.005",
      "1.005 [11], far below"),
    m("s7.3-trichotomic-bound", MR_MAX_TRICHOTOMIC, "§7.3",
      "The corrected macrorealist bound for the trichotomic Q (middle value weight p0) is K3 ≲ 1 + 2p0 "
      "≈ 1.005 (tested: the largest K3 of any macrorealist model of Q ∈ {−1, 0, +1}).", "≈ 1.005",
      "1 + 2p0 ≈ 1.005 [11]",
      refuted("every definite assignment of Q ∈ {−1, 0, +1} (27, and so every mixture of them: HiGHS LP) "
              "gives K3 ≤ 1 exactly: the dichotomic bound 1 still holds for the trichotomic sgn; 1 + 2p0 = "
              "1.0047 is a valid but loose bound, not a corrected one")),
    m("s7.3-eq20-q00-q11", PARITY_DIAGONAL, "§7.3 Eq. (20)", "Q00 = Q11 = 0 exactly, by the collective Z2 "
      "parity of the energy eigenstates.", "Q00 ≡ ⟨E0|Q|E0⟩ = 0, Q11 ≡ ⟨E1|Q|E1⟩ = 0",
      "Q00 ≡ ⟨E0|Q|E0⟩ = 0, Q11 ≡ ⟨E1|Q|E1⟩ = 0, (20)"),
    m("s7.3-k3-1.317", q.K3_C, "§7.3", "K3 ≈ 1.317 (5-level, stationary protocol 2C12 − C13, γ = 0.05).", "≈ 1.317",
      "far below our violation of K3 ≈ 1.317"),
    m("s7.3-p0-0.2374pct", q.P0, "§7.3", "p0 = 0.2374% from the complete 371-dimensional sector.",
      "0.2374%", "(exact value: |⟨m=0|E0⟩|2 = 0.2374%"),
    m("s7.3-q01sq", q.Q01SQ, "§7.3", "Q01² = 0.9436 < 1.", "0.9436", "01 = 0.9436 < 1 and propagated"),
    m("s7.3-p0-weight", q.P0, "§7.3", "The m = 0 Dicke state has weight 0.24%.", "0.24%",
      "(weight 0.24%) where Q2"),
    m("s7.3-q01sq-factor", q.Q01SQ, "§7.3", "The Q01² = 0.9436 factor.", "0.9436", "01 = 0.9436 factor absorbs"),
    m("s7.3-factor-2.35", q.AB_RATIO, "§7.3 after Eq. (21)",
      "T2phys/T2coll = Γ_coll/Γ_phys is a factor ≈ 2.35.", "≈ 2.35",
      "— a factor of ≈ 2.35 arising from the vanishing"),
    m("s7.3-levelb-7.5pct", q.LEVEL_B_UNDER, "§7.3 after Eq. (22)",
      "At γ = 0.05 s⁻¹ the Level-B formula underestimates the 5-level K3 by 7.5%.", "7.5%",
      "underestimates K3 by 7.5% relative"),
    m("s7.3-levelb-1.218", q.K3_B, "§7.3 after Eq. (22)", "Level-B K3 at γ = 0.05 s⁻¹ is 1.218.", "1.218",
      "to the five-level Lindblad (1.218 vs 1.317)"),
    m("s7.3-q01sq-exact", q.Q01SQ, "§7.3 after Eq. (22)",
      "Q01² = 0.9436 from the complete 371-dimensional Dicke sector.", "0.9436",
      "0.9436 (computed from exact diagonalisation of the complete 371-dimensional symmetric"),
    m("s10-kmax-q01-3-2", q.KMAX, "§7.3 after Eq. (22)", "K3max = Q01² × 3/2 = 1.415.", "1.415",
      "3 = 1.415. The five-level Lindblad simulation (level C,"),
    m("s7.3-q01-xi", q.Q01SQ, "§7.3 Eq. (23)", "Q01² = 0.9436 in Eq. (23).", "0.9436",
      "01 = 0.9436: ξ ≈ 0.7662"),
    m("s7.3-xi-0.7662", q.XI, "§7.3 Eq. (23)", "ξ = −1 + √(1 + 2/Q01²) ≈ 0.7662.", "≈ 0.7662",
      "ξ ≈ 0.7662, hence"),
    m("s7.3-t2-3.93", q.T2_UNITS, "§7.3 Eq. (23)", "T2coll ≳ π/(3ΔE ln(1/ξ)) = 3.93 ħ/ΔE.", "3.93", "= 3.93",
      units="ħ/ΔE"),
    m("s7.3-t2-3.00ms", q.T2_COLL_MS, "§7.3 Eq. (23)", "T2coll ≳ 3.00 ms.", "≈ 3.00", "≈ 3.00 ms. (23)",
      units="ms"),
    m("s7.3-gammaa-0.050", q.THRESHOLD_A, "§7.3", "Level A: γ_A ≲ 0.050 s⁻¹.", "0.050", "ϕ ≲ 0.050 s−1 —",
      units="s⁻¹"),
    m("s7.3-k3a-1.000", q.K3_A, "§7.3", "At γ = 0.05 s⁻¹ the Level-A formula predicts K3 ≈ 1.000.",
      "≈ 1.000", "K3 ≈ 1.000: the system sits exactly at the Level A threshold", refuted(K3A_REASON)),
    m("r11-jz-57.8", q.COHERENT_JZ, "§7.3 Remark 11", "⟨P|J_z|P⟩ = N m*/2 ≈ 57.8.", "≈ +57.8",
      "= +Nm∗/2 ≈ +57.8,"),
    m("r11-gammab-0.117", q.THRESHOLD_B, "§7.3 Remark 11", "Level B: γ_B ≲ 0.117 s⁻¹.", "0.117",
      "ϕ ≲ 0.117 s−1 (Eq. (26)), with T phys", units="s⁻¹"),
    m("r11-t2-7.04-k3-1.22", q.K3_B, "§7.3 Remark 11", "Level B gives K3 ≈ 1.22 at γ = 0.05 s⁻¹.", "≈ 1.22",
      "2 = 7.04 ms at γϕ = 0.05 s−1 and K3 ≈ 1.22."),
    m("r11-gammac-0.289", q.THRESHOLD_C, "§7.3 Remark 11", "Level C: γ_C ≲ 0.289 s⁻¹.", "0.289",
      "ϕ ≲ 0.289 s−1 with K3 ≈ 1.32 at the BEC", units="s⁻¹"),
    m("r11-table-a-gamma", q.K3_A, "§7.3 Remark 11 table", "Level A row: K3 ≈ 1.000 at γ = 0.05 s⁻¹.",
      "≈ 1.000", "2 ≲ 0.050 s−1 ≈ 1.000", refuted(K3A_REASON)),
    m("r11-table-b", q.K3_B, "§7.3 Remark 11 table", "Level B row: K3 ≈ 1.218.", "≈ 1.218",
      "2 ≲ 0.117 s−1 ≈ 1.218"),
    m("r11-table-c", q.K3_C, "§7.3 Remark 11 table", "Level C row: K3 ≈ 1.317 (5-level, stationary).",
      "≈ 1.317", "Five-level Lindblad numerical ≲ 0.289 s−1 ≈ 1.317"),
]
