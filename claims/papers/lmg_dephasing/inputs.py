"""Declared inputs of lmg_dephasing: the benchmark the paper uses (its inline values were lost
in the extraction; the values are those recovered in the manuscripts' INDEX.md from the
surviving text and the companion lmg_lgi, each quoted where the paper gives it)."""

from claims.core.api import Input, Inputs

INPUTS = Inputs(
    Input("N", 370, quote="| 370 | 1.00 | 6674 | 2839 | 2.351 | 11.4 | 18 |", kind="integer",
          around=(330, 410), units="spins", location="§5.1 Table 3, benchmark row (ΔE/k_BT = 1.00)"),
    Input("g", 0.95, quote="at the finite- benchmark (, , )",
          around=(0.90, 0.97), units="Γ/J, dimensionless",
          location="§3.1 benchmark (value lost in extraction; INDEX.md: Γ/J = 0.95)"),
    Input("J_rad_s", 37195.4, quote="giving rad/s at from exact diagonalisation",
          units="rad/s (ħ = 1)", location="§2, ΔE in rad/s (J lost in extraction; companion: "
                                           "J = 37195.4 rad/s)"),
    Input("kBT_rad_s", 1310.0, quote="The temperature is set by , giving nK for BEC-relevant parameters",
          units="rad/s (k_BT/ħ)", location="§1, footnote 1 (value lost; INDEX.md: k_BT = ΔE = 1310 rad/s)"),
    Input("gamma_phi", 0.05, quote="At the LMG benchmark (, , s-1), [1].",
          units="s⁻¹", location="§3.2 benchmark (value lost; INDEX.md: γ = 0.05 s⁻¹)"),
)
