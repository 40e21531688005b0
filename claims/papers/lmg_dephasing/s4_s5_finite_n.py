"""§4 (finite-N amplification) and §5.3 (convergence)."""

from claims.core.api import Claim, NotCheckable, not_checkable

from . import quantities as Q
from ._mention import lost, mention

CLAIMS = [
    mention("small-n-ratio-below-2", Q.SMALL_N, "§4",
            "For very small N the eigenstate second moment exceeds N²m*²/4 (R < 2).", "",
            "the eigenstate second moment exceeds"),
    mention("ratio-crossing-2", Q.CROSSING, "§4", "R passes through 2 around some N (range lost).", "",
            "passes through (around – at )", lost("the N range", "first N with R > 2: 112 (R(111) = 1.998)")),
    mention("ratio-peak-position", Q.PEAK_N, "§4", "R rises to a maximum near some N (value lost).", "",
            "rises to a maximum near", lost("the peak position", "N_peak = 268 at Γ/J = 0.95")),
    mention("ratio-unimodal", Q.UNIMODAL, "§4", "After its maximum R decreases monotonically toward 2.", "",
            "then decreases monotonically toward as"),
    mention("convergence-exponent", Q.EXPONENT, "§5.3",
            "Fitting R − 2 confirms the approach to 2 (fitted exponents lost).", "",
            "confirming the approach of the geometric ratio to",
            lost("the fitted exponents", "R − 2 ∝ N^−1 (slope −1.001 at N = 10⁵; R − 2 ≈ 90/N)")),
    mention("degenerate-rate-from-below", Q.FROM_BELOW, "§5.3",
            "The doubly-degenerate non-zero eigenvalue 2γX² converges to γG_MF from below.", "",
            "which converges to from below"),
    Claim(id="lmg_dephasing:app-a-scaling-fit", location="App. A (iii)",
          statement="The 1/N scaling is confirmed by a fit at two values of Γ/J (fit values lost).", stated="",
          quote="the scaling, confirmed by the fit at and at",
          judge=NotCheckable("fit parameters and the two Γ/J values lost in extraction; the tool's fit "
                             "R − 2 ≈ a/N gives a = 90.3 at Γ/J = 0.95 (lmg_dephasing:convergence-exponent)"),
          expect=not_checkable("fit parameters lost in extraction")),
]
