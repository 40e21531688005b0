"""§7.3 (Observable) and Remark 10 of ``lmg_lgi`` on the earned-verdicts framework.

Every K3 mention declares its protocol reading: the stationary K3 = 2C12 − C13 is fixed by
its quantity; the sequential K3 takes the input ``protocol`` (Listing 1's ρ(t2) = E_τ(ρ0),
the paper's pointer "see Appendix I", or the text's ρ(t2) = E_τ(ρ_post)), and where the text
is ambiguous the verdict is computed under each reading.
"""

from claims.core.api import Claim, conditional, refuted

from . import quantities as q

P = "lmg_lgi:"

CLAIMS = [
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
          stated="0.006", quote="difference of 0.006 (0.46%)",
          expect=refuted("consistent with the printed sequential K3 ≈ 1.311 (1.3167 − 1.311); the "
                         "true Listing-1 difference is 0.0049: inherited from the sequential K3, "
                         "refuted at its root")),
    Claim(id=P + "r10-diff-0.46pct", quantity=q.K3_DIFF_SHARE, location="§7.3 Remark 10",
          consistency={"diff": "diff_printed"},
          statement="The difference is 0.46% of K3 (Listing 1's reading).", stated="0.46%",
          quote="0.006 (0.46%) arises entirely",
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
