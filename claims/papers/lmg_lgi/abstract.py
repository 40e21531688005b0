"""Abstract of ``lmg_lgi`` (manuscript lines 13–38), on the earned-verdicts framework."""

from claims.core.api import Claim, refuted

from . import quantities as q

P = "lmg_lgi:"
FIG = ("claims.papers.lmg_lgi.figures:k3_vs_dephasing",)

CLAIMS = [
    Claim(id=P + "s1-abstract-n370", quantity=q.GOLDILOCKS_N, location="Abstract",
          statement="The Goldilocks crossover ΔE(N) = k_BT of the BEC benchmark is at N ∼ 370 spins.",
          stated="∼ 370", quote="tem of N ∼ 370 spins exhibits classically forbidden temporal"),
    Claim(id=P + "s1-abstract-lgi-bound", quantity=q.LGI_BOUND, location="Abstract",
          statement="K3 > 1 is forbidden by macrorealism for all classical models satisfying "
                    "non-invasive measurability (K3 ≤ 1 for every joint distribution of definite values).",
          stated="K3 > 1 is forbidden", quote="K3 > 1 is forbidden"),
    Claim(id=P + "s1-abstract-k3-c", quantity=q.K3_C, location="Abstract",
          statement="A five-level Lindblad simulation yields K3 ≈ 1.32 at the BEC target "
                    "(stationary protocol K3 = 2C12 − C13, the paper's Fig. 1 and Listing 1).",
          stated="≈ 1.32", quote="yields K3 ≈ 1.32 and dephasing", figures=FIG),
    Claim(id=P + "s1-abstract-threshold-c", quantity=q.THRESHOLD_C, location="Abstract",
          statement="The five-level dephasing threshold (K3 = 1) is γϕ = 0.289 s⁻¹.",
          stated="≲ 0.289", reading="0.289",
          reading_from="'γϕ ≲ x' states the threshold x at which K3 falls to 1",
          quote="dephasing threshold γϕ ≲ 0.289 s−1 at", units="s⁻¹", figures=FIG),
    Claim(id=P + "s1-abstract-margin", quantity=q.MARGIN, location="Abstract",
          statement="At the BEC target T2phys exceeds the optimal measurement interval πħ/(3ΔE) by 8.8×.",
          stated="8.8×", quote="a margin of 8.8× above the"),
    Claim(id=P + "s1-abstract-ab-ratio", quantity=q.AB_RATIO, location="Abstract",
          statement="Exact parity gives a 2.35× improvement of the threshold over the naive mean-field "
                    "estimate (Level B / Level A).",
          stated="2.35×",
          quote="to T1 population mixing without requiring ground-state preparation (2.35× improve-"),
    Claim(id=P + "s1-abstract-bc-ratio", quantity=q.HIGHER_ODD_FACTOR, location="Abstract",
          statement="Constructive dynamical phase alignment of the higher odd-parity states contributes "
                    "a further factor 2.47× to the threshold (tested by switching those states off in Q).",
          stated="2.47×", quote="contributes a further 2.47×.",
          expect=refuted(
              "switching the named mechanism off — Q kept only on {E0, E1}, the 5-level dynamics "
              "unchanged — still gives a threshold of 0.2833 s⁻¹: the higher odd-parity states "
              "contribute 1.021×, not 2.47×; a two-level model with the full-space ⟨E_i|J_z²|E_j⟩ and "
              "no secular approximation already gives 0.2844 s⁻¹, so the B → C factor (2.465) is the "
              "error of the secular Level-B formula, not a multi-level effect"),
          figures=FIG),
]
