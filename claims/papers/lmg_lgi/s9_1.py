"""§9.1 of ``lmg_lgi`` (positioning), on the earned-verdicts framework."""

from claims.core.api import Claim, refuted

from . import quantities as q

P = "lmg_lgi:"

CLAIMS = [
    Claim(id=P + "s9.1-k3-1.32-complete", quantity=q.K3_C, location="§9.1",
          statement="The violation is robust at γϕ = 0.05 s⁻¹ with K3 ≈ 1.32 (the 5-level value of "
                    "Fig. 1 and the abstract).",
          stated="≈ 1.32", quote="the violation is robust at γϕ = 0.05 s−1 (K3 ≈ 1.32, T phys"),
    Claim(id=P + "s9.1-t2phys", quantity=q.T2_PHYS, location="§9.1",
          statement="T2phys = 7.04 ms at the BEC target.", stated="7.04",
          quote="7.04 ms) and requires γϕ ≲ 0.289 s−1", units="ms"),
    Claim(id=P + "s9.1-thr5", quantity=q.THRESHOLD_C, location="§9.1",
          statement="The violation requires γϕ ≲ 0.289 s⁻¹ (the 5-level threshold).",
          stated="0.289", quote="and requires γϕ ≲ 0.289 s−1 (T phys", units="s⁻¹"),
    Claim(id=P + "s9.1-t2-1.22", quantity=q.T2_AT_THRESHOLD, location="§9.1",
          statement="At the threshold T2phys ≈ 1.22 ms.", stated="≳ 1.22", reading="1.22",
          reading_from="'T2 ≳ x' states T2phys at the threshold γϕ = 0.289 s⁻¹",
          quote="2 ≳ 1.22 ms). While", units="ms"),
    Claim(id=P + "s9.1-2.35", quantity=q.AB_RATIO, location="§9.1",
          statement="Exact parity protection yields the 2.35× threshold enhancement (Level A → B).",
          stated="2.35×", quote="exact parity protection yields the 2.35×"),
    Claim(id=P + "s9.1-2.47", quantity=q.HIGHER_ODD_FACTOR, location="§9.1",
          statement="The net contribution of higher odd-parity Dicke states yields a further 2.47× "
                    "enhancement (Level B → C).",
          stated="2.47×", quote="yields a further 2.47× enhancement",
          expect=refuted("with Q kept only on {E0, E1} (higher odd-parity states switched off) the "
                         "5-level threshold is 0.2833 s⁻¹: their net contribution is 1.021×; the "
                         "B → C factor comes from the secular two-level formula (two-level "
                         "non-secular model: 0.2844 s⁻¹)")),
]
