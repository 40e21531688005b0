"""The parameters the collapse manuscript gives, declared once (inputs are not claims).

χ/2π, κ/2π and g/2π are printed as cyclic frequencies in MHz (or Hz/kHz); routes convert them to
rad/s with pint.  Ratios such as κ/χ are the same in either reading.  n̄c = 0.72 (Eq. (77)) is the
paper's own printed critical photon number: it rests on an O(1) prefactor the paper does not give,
and the numbers the paper computes from it (γ/γc = n̄/n̄c, the n̄ window) are computed from it here.
"""

from claims.core.api import Input, Inputs

INPUTS = Inputs(
    # §8.5.4 / Table A: transmon dispersive readout (ref. [17])
    Input("chi_over_2pi", 1.4, quote="For typical transmon parameters [17] (χ/2π ≈ 1.4 MHz",
          units="MHz (cyclic: χ = 2π × 1.4 MHz rad/s)", location="§8.5.4; Table A"),
    Input("kappa_over_2pi", 6.4, quote="κ/2π ≈ 6.4 MHz), the scaling formula",
          units="MHz (cyclic)", location="§8.5.4; Table A"),
    Input("temperature_mK", 20.0, quote="6.4 MHz, T = 20 mK", units="mK", location="§8.5.7 A"),
    Input("nbar_low", 5, quote="operate with n̄ ≈ 5–20 pho", kind="integer", around=(4, 6),
          units="photons (lower end of the operating range)", location="§8.5.4"),
    Input("nbar_high", 20, quote="operate with n̄ ≈ 5–20 pho", kind="integer", around=(18, 22),
          units="photons (upper end of the operating range)", location="§8.5.4"),
    Input("window_lo", 0.01, quote="tuning γ/γc to within 1–5% of unity",
          units="γ/γc − 1 (lower end of the near-critical window)", location="§8.5.4"),
    Input("window_hi", 0.05, quote="tuning γ/γc to within 1–5% of unity",
          units="γ/γc − 1 (upper end of the near-critical window)", location="§8.5.4"),
    Input("gamma_ratio_table", 1.01, quote="Collapse time at γ = 1.01γc 125±25 ns", rel=0.002,
          units="γ/γc of the Table A row", location="§8.5.7 Table A"),
    Input("nbar_c", 0.72, quote="n̄c ≈ 0.72±0.15 photons, (77)",
          units="photons: the paper's printed n̄c (O(1) prefactor not given)", location="§8.5.4, Eq. (77)"),
    Input("kappa_over_chi_lo", 10, quote="Target: κ/χ ∼ 10–100", kind="integer", around=(9, 11),
          units="κ/χ (lower end of the §8.5.5 target)", location="§8.5.5"),
    Input("kappa_over_chi_hi", 100, quote="Target: κ/χ ∼ 10–100", kind="integer", around=(90, 110),
          units="κ/χ (upper end of the §8.5.5 target)", location="§8.5.5"),
    Input("variation", 0.10, quote="where the uncertainty reflects ±10% variation in χ and κ",
          units="relative variation of χ and κ", location="§8.5.4, after Eq. (77)"),
    Input("resolution_ns", 1.0, quote="• Temporal resolution: δ tdet ≲ 1 ns", units="ns", location="§8.4"),
    # §4.4 Key Result: apparatus sizes
    Input("N_macroscopic", 1e23, quote="Macroscopic apparatus (N ∼ 1023)", units="degrees of freedom",
          location="§4.4"),
    Input("N_mesoscopic", 1e9, quote="Mesoscopic apparatus (N ∼ 109)", units="degrees of freedom", location="§4.4"),
    Input("N_microscopic", 1.0, quote="Microscopic “apparatus” (N ∼ 1)", units="degrees of freedom",
          location="§4.4"),
    # §8.5.7 B: cavity QED with Rydberg atoms
    Input("qed_gamma_ratio", 1.01, quote="Collapse time at γ = 1.01γc 320±60 ns", rel=0.002,
          units="γ/γc of the Table B row", location="§8.5.7 Table B"),
    Input("qed_g_over_2pi", 10.0, quote="g/2π =\n10 MHz", units="MHz (cyclic)", location="§8.5.7 B"),
    Input("qed_kappa_over_2pi", 1.0, quote="κ/2π = 1 MHz, Natoms", units="MHz (cyclic)", location="§8.5.7 B"),
    Input("qed_kappa_over_chi", 10, quote="ing κ/χ ∼ 10 and hence", kind="integer", around=(9, 11),
          units="κ/χ of the cavity-QED platform", location="§8.5.7 B"),
    Input("qed_atoms", 10_000, quote="Natoms = 104.", kind="integer", around=(9000, 11000), units="atoms",
          location="§8.5.7 B"),
    # §8.5.7 C: optomechanics
    Input("om_g_over_2pi", 100.0, quote="gOM/2π = 100 Hz", units="Hz (cyclic)", location="§8.5.7 C"),
    Input("om_kappa_over_2pi", 1.0, quote="κ/2π = 1 kHz, effective", units="kHz (cyclic)", location="§8.5.7 C"),
    Input("om_mass_ng", 10.0, quote="mass m = 10 ng", units="ng", location="§8.5.7 C"),
    Input("om_gamma_ratio", 1.01, quote="Collapse time at γ = 1.01γc ∼ 1 ms", rel=0.002,
          units="γ/γc of the Table C row", location="§8.5.7 Table C"),
    Input("om_omega_m_over_2pi", 1.0, quote="ωm/2π = 1 MHz", units="MHz (cyclic)", location="§8.5.7 C"),
)
