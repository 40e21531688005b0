"""§7.3 (Observable) and Remark 10 of ``lmg_lgi`` on the earned-verdicts framework.

Every K3 mention declares its protocol reading: the stationary K3 = 2C12 − C13 is fixed by
its quantity; the sequential K3 takes the input ``protocol`` (Listing 1's ρ(t2) = E_τ(ρ0),
the paper's pointer "see Appendix I", or the text's ρ(t2) = E_τ(ρ_post)), and where the text
is ambiguous the verdict is computed under each reading.
"""

from claims.core.api import Claim, Expression, Property, Route, conditional, mentions, refuted

from . import quantities as q
from .quantities import _q

P = "lmg_lgi:"
D = "derive.lmg_lgi"
DK = "derive.lmg_lgi_k3"
NK = "numerics.lmg_lgi.k3_checks"
PRED = "claims.papers.lmg_lgi.predicates"

THERMAL_INSTRUMENT = _q(
    "thermal-instrument-offdiagonal", "(½{Q, ρ_th})₀₁ for ρ_th = p0|E0⟩⟨E0| + p1|E1⟩⟨E1| with Q00 = Q11 = 0",
    Route(f"{D}:thermal_instrument_offdiagonal"), Route(f"{NK}:thermal_instrument_numeric"),
    judge=Expression("Q01*(p0 + p1)/2", symbols={"p0": (0, 1), "p1": (0, 1), "Q01": (0.1, 1)}))
THERMAL_IMMUNITY = _q(
    "thermal-immunity", "K3(ρ_th) − K3(|E0⟩⟨E0|) for a thermal doublet state (stationary K3), in the "
    "two-level and the five-level model",
    Route(f"{DK}:thermal_immunity_instances"), Route(f"{NK}:thermal_immunity_instances"),
    judge=Property(statement=f"{PRED}:thermal_immunity",
                   condition=("the dynamics is truncated to the ground doublet (n = 2): in the 5-level "
                              "model Q_k1 with even k ≥ 2 enter", f"{PRED}:two_level_truncation"),
                   describe=f"{PRED}:describe_thermal"))
LUDERS = _q(
    "luders-instrument", "P₊ρP₊ − P₋ρP₋ = ½{Q, ρ} for every dichotomic Q = P₊ − P₋ and state ρ",
    Route(f"{DK}:luders_identity_proof"), Route(f"{NK}:luders_instances"),
    judge=Property(statement=f"{PRED}:luders_equals_anticommutator", assumes=f"{PRED}:dichotomic",
                   describe=f"{PRED}:describe_matrices"))
NOT_PSD = _q(
    "instrument-not-psd", "lowest eigenvalue of ½{Q, ρ0}, ρ0 = |E0⟩⟨E0|",
    Route(f"{DK}:instrument_min_eigenvalue"), Route(f"{NK}:instrument_min_eigenvalue"),
    judge=Property(statement=f"{PRED}:not_positive_semidefinite"))
POST_DOUBLET = _q(
    "post-state-doublet-weight", "weight of ρ_post = P₊ρ0P₊ + P₋ρ0P₋ in the ground doublet {E0, E1} "
    "(reading of 'its weight': input post_state)",
    Route(f"{DK}:post_state_doublet_weight"), Route(f"{NK}:post_state_doublet_weight"))
LEAK = {k: _q(f"post-state-leak-e{k}", f"⟨E{k}|ρ_post|E{k}⟩ (reading: input post_state)",
              Route(f"{DK}:post_state_leak", fixed={"k": k}), Route(f"{NK}:post_state_leak", fixed={"k": k}))
        for k in (3, 5, 7)}

QUANTITIES = [THERMAL_INSTRUMENT, THERMAL_IMMUNITY, LUDERS, NOT_PSD, POST_DOUBLET, *LEAK.values()]

m = mentions("lmg_lgi", "§7.3 Remark 10")
RENORM = {"post_state": "renormalised"}

CLAIMS = [
    m("r10-eq19", THERMAL_INSTRUMENT, "½{Q, ρ_th}01 = Q01 (p0 + p1)/2 when Q00 = Q11 = 0 (Eq. (19)).",
      "2{Q, ρth}01 = Q01", "2{Q, ρth}01 = Q01", location="§7.3 Remark 10, Eq. (19)"),
    m("r10-thermal-immunity", THERMAL_IMMUNITY,
      "K3 (stationary protocol) is exactly independent of the doublet mixing ratio p0/p1 ('not an "
      "approximation'), by Q00 = Q11 = 0.", "K3 is independent of",
      "Therefore Cthermal(t) = Cpure(t) exactly within the doublet, and K3 is independent of",
      conditional("exact in the two-level (doublet) truncation; in the 5-level model K3(0.05) falls by "
                  "0.0010 for p1 = 1/(1 + e) and by 0.0019 for p1 = ½ (the instrument gains ½Q_k1 p1 "
                  "with even k ≥ 2)")),
    m("r10-luders-dichotomic", LUDERS, "For a dichotomic Q, Σ_q q P_q ρ0 P_q = P+ρ0P+ − P−ρ0P− = ½{Q, ρ0}.",
      "P+ρ0P+−P−ρ0P− = 1", "P+ρ0P+−P−ρ0P− = 1"),
    m("r10-instrument-not-psd", NOT_PSD, "½{Q, ρ0} is not positive semidefinite.",
      "is not a density matrix (it is not positive semidefinite)",
      "is not a density matrix (it is not positive semidefinite)"),
    m("r10-doublet-97.3pct", POST_DOUBLET, "The post-measurement state ρ_post = P+ρ0P+ + P−ρ0P− carries 97.3% "
      "of its weight in the ground doublet (reading: the weights of ρ_post as defined, trace 1 − p0).",
      "97.3%", "97.3% of its weight in the ground doublet",
      refuted("ρ_post as defined has (1 − p0)²/2 + Q01²/2 = 96.94% in {E0, E1}; renormalised to unit trace "
              "97.17% (mention r10-doublet-97.3pct-renormalised): neither reading gives 97.3%")),
    m("r10-doublet-97.3pct-renormalised", POST_DOUBLET, "The post-measurement state carries 97.3% of its "
      "weight in the ground doublet (reading: ρ_post renormalised to unit trace).", "97.3%",
      "97.3% of its weight in the ground doublet", at=RENORM,
      expect=refuted("renormalised ρ_post has 97.17% in {E0, E1} (≈ 97.2%)")),
    *[m(f"r10-leak-e{k}", LEAK[k], f"Leakage of ρ_post into |E{k}⟩ is {s} (reading: the weights of ρ_post "
        "as defined, trace 1 − p0).", s, qt) for k, s, qt in
      ((3, "0.95%", "odd-parity states |E3⟩ (0.95%)"), (5, "0.45%", "|E5⟩ (0.45%), and"),
       (7, "0.26%", "and |E7⟩ (0.26%)"))],
    *[m(f"r10-leak-e{k}-renormalised", LEAK[k], f"Leakage of ρ_post into |E{k}⟩ is {s} (reading: ρ_post "
        "renormalised to unit trace).", s, qt, expect=ex, at=RENORM) for k, s, qt, ex in
      ((3, "0.95%", "odd-parity states |E3⟩ (0.95%)",
        refuted("renormalised, Q30²/(2(1 − p0)) = 0.956%; the as-defined weight Q30²/2 = 0.954% rounds "
                "to 0.95%")),
       (5, "0.45%", "|E5⟩ (0.45%), and",
        refuted("renormalised, Q50²/(2(1 − p0)) = 0.4553%; the as-defined weight Q50²/2 = 0.4542% "
                "rounds to 0.45%")),
       (7, "0.26%", "and |E7⟩ (0.26%)", None))],
    Claim(id=P + "r10-p0-entire", quantity=q.P0, location="§7.3",
          statement="The m = 0 Dicke weight of |E0⟩ is 0.24%.", stated="0.24%", quote="entire 0.24% weight"),
    Claim(id=P + "r10-p0-only", quantity=q.P0, location="§7.3 Remark 10",
          statement="The m = 0 Dicke-state weight is only 0.24%.", stated="0.24%",
          quote="Dicke-state weight is only 0.24%"),
    Claim(id=P + "r10-thermal-26.9pct", quantity=q.THERMAL_P1, location="§7.3 Remark 10",
          statement="Thermal population of |E1⟩ at ΔE = k_BT: 1/(1+e) ≈ 26.9%.", stated="≈ 26.9%",
          quote="1/(1 + e) ≈ 26.9%"),
    Claim(id=P + "r10-higher-3e-5", quantity=q.HIGHER_POP, location="§7.3 Remark 10",
          statement="Higher-level population ∼ e^{−ΔE21/k_BT} ≈ 3 × 10⁻⁵.", stated="≈ 3× 10−5",
          quote="∼ e−∆E21/kBT ≈ 3× 10−5"),
    Claim(id=P + "r10-higher-1e-5", quantity=q.HIGHER_POP, location="§7.3 Remark 10",
          statement="Higher levels are populated at ≲ 10⁻⁵.", stated="≲ 10−5",
          quote="populated at ≲ 10−5, see Remark 1)"),
    Claim(id=P + "r10-dt-0.8ms", quantity=q.DT_OPT, location="§7.3 Remark 10",
          statement="The measurement interval Δt = π/(3ΔE) ≈ 0.8 ms.", stated="≈ 0.8",
          quote="T1 ∼ s ≫ ∆t ≈ 0.8 ms", units="ms"),
    Claim(id=P + "r10-rate-142", quantity=q.RATE01, location="§7.3 Remark 10",
          statement="γΓ01 ≈ 142 s⁻¹ at γ = 0.05 s⁻¹.", stated="≈ 142",
          quote="the dominant pure-dephasing term γϕΓ01 ≈ 142 s−1", units="s⁻¹"),
    Claim(id=P + "r10-t1-0.4pct", quantity=q.T1_SHARE, location="§7.3 Remark 10",
          statement="1/(2T1) (T1 ∼ 1 s) is less than 0.4% of γΓ01.", stated="< 0.4%",
          quote="less than 0.4% of"),
    Claim(id=P + "r10-k3-stat-1.317", quantity=q.K3_C, location="§7.3 Remark 10",
          statement="The stationary protocol (2C12 − C13, re-preparation) gives K3 ≈ 1.317.",
          stated="≈ 1.317", quote="protocol gives K3 ≈ 1.317 and the strictly"),
    Claim(id=P + "r10-k3-seq-1.311", quantity=q.K3_SEQ, location="§7.3 Remark 10",
          statement="The strictly sequential protocol gives K3 ≈ 1.311 (reading: Listing 1's "
                    "sequential K3, ρ(t2) = E_τ(ρ0), as the text's pointer to App. I says).",
          stated="≈ 1.311", quote="sequential protocol gives K3 ≈ 1.311",
          expect=refuted("Listing 1's sequential protocol gives K3 = 1.31181 (≈ 1.312, minor); the "
                         "text's reading (ρ(t2) = E_τ(P+ρ0P+ + P−ρ0P−)) gives 1.2945 (mention "
                         "r10-k3-seq-1.311-text-reading): no reading gives 1.311")),
    Claim(id=P + "r10-k3-seq-1.311-text-reading", quantity=q.K3_SEQ, at={"protocol": "text"},
          location="§7.3 Remark 10",
          statement="The strictly sequential protocol gives K3 ≈ 1.311 (reading: the text's ρ(t2), "
                    "the evolved post-measurement state E_τ(P+ρ0P+ + P−ρ0P−)).",
          stated="≈ 1.311", quote="sequential protocol gives K3 ≈ 1.311",
          expect=refuted("the text's sequential protocol gives K3 = 1.2945")),
    Claim(id=P + "r10-c23-c12-1pct", quantity=q.STATIONARITY, location="§7.3 Remark 10",
          statement="|C23 − C12| is numerically bounded to < 1% (sequential protocol, 5-level, γ = 0.05).",
          stated="< 1%", quote="numerically bounded to < 1% due to the near-dichotomicity",
          expect=conditional("holds for Listing 1's sequential K3 (|C23 − C12|/C12 = 0.97%), not for "
                             "the text's (ρ(t2) the evolved post-measurement state: 4.4%)")),
    Claim(id=P + "r10-diff-0.006", quantity=q.K3_DIFF, location="§7.3 Remark 10",
          consistency={"k3_sequential": "k3_seq_printed"},
          statement="The stationary − sequential difference is 0.006 (Listing 1's reading).",
          stated="0.006", quote="difference of 0.006",
          expect=refuted("consistent with the printed sequential K3 ≈ 1.311 (1.3167 − 1.311); the "
                         "true Listing-1 difference is 0.0049: inherited from the sequential K3, "
                         "refuted at its root")),
    Claim(id=P + "r10-diff-0.46pct", quantity=q.K3_DIFF_SHARE, location="§7.3 Remark 10",
          consistency={"diff": "diff_printed"},
          statement="The difference is 0.46% of K3 (Listing 1's reading).", stated="0.46%",
          quote="(0.46%) arises entirely",
          expect=refuted("consistent with the printed difference 0.006 (0.006/1.3167 = 0.456%); the "
                         "true share is 0.37%: inherited from the difference, itself inherited from "
                         "the sequential K3 ≈ 1.311, refuted at its root")),
    Claim(id=P + "r10-diff-from-m0", quantity=q.DIFF_FROM_M0, location="§7.3 Remark 10",
          statement="The stationary − sequential difference arises entirely from the 0.24% weight of "
                    "the m = 0 Dicke state where Q² ≠ I (tested by switching it off: sgn(0) = +1).",
          stated="arises entirely from the 0.24% weight of the m = 0 Dicke",
          quote="arises entirely from the 0.24% weight of the m = 0 Dicke",
          expect=refuted("switching the mechanism off (sgn(0) = +1, Q² = I) leaves the difference "
                         "essentially unchanged under both readings (Listing 1: 0.00486 of 0.00485; "
                         "text: 0.0211 of 0.0222): it is measurement back-action on the multi-level "
                         "state, not the m = 0 weight")),
]
