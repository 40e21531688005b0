"""Declared inputs of ``lmg_lgi``: the parameters the manuscript gives, each with its quote.

Units: ħ = k_B = 1; energies and rates in rad/s (= s⁻¹).  Neighbourhoods keep the model
in its ordered phase (Γ/J < 1) and N even (the m = 0 Dicke state the paper discusses).
"""

from claims.core.api import Input, Inputs

INPUTS = Inputs(
    Input("N", 370, quote="the BEC target (γϕ = 0.05 s−1, N = 370, Γ/J = 0.95)", kind="integer",
          around=(340, 400), location="Abstract", units="spins"),
    Input("g", 0.95, quote="the BEC target (γϕ = 0.05 s−1, N = 370, Γ/J = 0.95)", around=(0.93, 0.97),
          location="Abstract", units="Γ/J"),
    Input("J", 37195.4, quote="J_PHYS = 37195.4", location="App. I, Listing 1", units="rad/s"),
    Input("gamma_phi", 0.05, quote="the BEC target (γϕ = 0.05 s−1, N = 370, Γ/J = 0.95)",
          location="Abstract", units="s⁻¹ (collective dephasing rate)"),
    Input("T_nK", 10, quote="(Γ/J = 0.95, T = 10 nK), exact", kind="integer", around=(8, 12),
          location="§1", units="nK"),
    Input("T1", 1.0, quote="T1 ∼ s ≫ ∆t ≈ 0.8 ms", location="§7.3 Remark 10", units="s"),
    Input("protocol", "listing", quote="(see Appendix I for the explicit", kind="discrete",
          choices=("listing", "text"), location="§7.3 after Eq. (18)",
          units="reading of the sequential K3: Listing 1's ρ(t2) = E_τ(ρ0), or the text's "
                "ρ(t2) = E_τ(P+ρ0P+ + P−ρ0P−)"),
    Input("z", 1, quote="dynamical exponent z = 1, correlation-length exponent ν = 1/2",
          location="§7.1 P3", units="dynamical exponent"),
    Input("nu", 0.5, quote="dynamical exponent z = 1, correlation-length exponent ν = 1/2",
          location="§7.1 P3", units="correlation-length exponent"),
    # printed upstream numbers, for the consistency checks of numbers computed from them
    Input("k3_seq_printed", 1.311, quote="sequential protocol gives K3 ≈ 1.311",
          location="§7.3 Remark 10", units="K3 (printed)"),
    Input("diff_printed", 0.006, quote="difference of 0.006 (0.46%)", location="§7.3 Remark 10",
          units="K3 difference (printed)"),
    # App. B's numerical example (a separate parameter set of the linearised Bloch equations)
    Input("ex_J", 1.0, quote="verified at J = 1, Γ = 0.5, Γ2 = 0.1, Γ1 = 0.01", location="App. B",
          units="J (example units)"),
    Input("ex_Gamma", 0.5, quote="verified at J = 1, Γ = 0.5, Γ2 = 0.1, Γ1 = 0.01", around=(0.45, 0.55),
          location="App. B", units="Γ (example units)"),
    Input("ex_Gamma2", 0.1, quote="verified at J = 1, Γ = 0.5, Γ2 = 0.1, Γ1 = 0.01", location="App. B",
          units="Γ2 (example units)"),
    Input("ex_Gamma1", 0.01, quote="verified at J = 1, Γ = 0.5, Γ2 = 0.1, Γ1 = 0.01", location="App. B",
          units="Γ1 (example units)"),
    Input("tau_Q_ms", 1.0, quote="still five orders of magnitude above τQ ∼ 1 ms", location="App. F",
          units="ms (sweep time)"),
    Input("acf_noise", "fdt", quote="where A0 and B0 depend on the stationary variance and the geometric",
          kind="discrete", choices=("fdt", "isotropic", "transverse"), location="App. B, after Eq. (42)",
          units="reading of the stationary fluctuations the text leaves open: white noise on each "
                "component ∝ its damping rate (fdt), equal on all three (isotropic), or on δmx, δmy only"),
    # --- §9.2–§9.5, §10 (block s9): scan points, readout and collapse-model parameters ---
    Input("N_lo", 250, quote="at N = 250, ∆E ≈ 3338 rad/s", kind="integer", around=(230, 270),
          location="§9.2", units="spins (lower end of the stated window)"),
    Input("N_hi", 300, quote="at N = 300, ∆E ≈ 2299 rad/s", kind="integer", around=(280, 320),
          location="§9.2", units="spins (upper end of the stated window)"),
    Input("N_upper", 350, quote="upper bound (N ≲ 350) keeps", kind="integer", around=(330, 366),
          location="§9.2", units="spins (the stated upper bound)"),
    Input("kt_reading", "temperature", quote="at N = 370, ∆E = kBT exactly", kind="discrete",
          choices=("temperature", "gap"), location="§9.2",
          units="reading of k_BT: k_B·T/ħ at the declared T, or the sentence's ΔE(N = 370) ≡ k_BT"),
    Input("delta_jz", 0.5, quote="finite resolution ∆Jz ≈ 0.5 does not", location="§9.3",
          units="spins (single-shot J_z resolution, ref. [17])"),
    Input("t_int_us", 10, quote="10µs integration [17], far shorter", kind="integer", around=(8, 12),
          location="§9.3", units="µs (QND integration time, ref. [17])"),
    Input("raman_rate", 100, quote="is ≲ 102 s−1 [17]", around=(80, 120), location="§9.3",
          units="s⁻¹ per atom (spontaneous Raman rate, ref. [17]; '102' is 10² with the superscript lost)"),
    Input("nucleons", 87, quote="32,190 nucleons for 87Rb", kind="integer", around=(85, 89),
          location="§9.5", units="nucleons per atom (⁸⁷Rb)"),
    Input("lambda_grw", 1e-16, quote="at λGRW ∼ 10−16 s−1 per nucleon [11]", location="§9.5",
          units="s⁻¹ per nucleon (GRW rate, ref. [11])"),
    # printed upstream numbers (block s9), for the consistency checks of numbers computed from them
    Input("coherent_jz_printed", 57, quote="separated by Nm∗/2 ≈ 57 spins", location="§9.3",
          units="spins (printed N m*/2)"),
    Input("lifetime_s", 1.0, quote="three-body recombination lifetime is O(seconds) [9]", location="§9.5",
          units="s (three-body lifetime of the condensate, 'O(seconds)' read as 1 s, ref. [9])"),
)

# --- §5, Table 1, Fig. 3, App. G (the instanton chain; helper table1) ----------------------
INPUTS = Inputs(
    *INPUTS.values(),
    Input("g_099", 0.99, quote="0.99 0.000947 0.920", around=(0.985, 0.995), location="Table 1",
          units="Γ/J (Table 1, first row)"),
    Input("g_090", 0.90, quote="0.90 0.031255 0.962", around=(0.89, 0.91), location="Table 1",
          units="Γ/J (Table 1, third row)"),
    Input("fit_n_lo", 50, quote="tion data in the range N ∈ [50, 500]", kind="integer", around=(40, 60),
          location="§5", units="spins (lower end of the C0 fit range)"),
    Input("fit_n_hi", 500, quote="tion data in the range N ∈ [50, 500]", kind="integer", around=(450, 550),
          location="§5", units="spins (upper end of the C0 fit range)"),
    Input("c0_fit", "log", quote="where the instanton prefactor C0 is determined by fitting Eq. (10) to exact "
          "diagonalisa-", kind="discrete", choices=("log", "linear"), location="§5",
          units="reading of 'fitting Eq. (10)': least squares on ln ΔE (log) or on ΔE itself (linear), "
                "every integer N of the range"),
    Input("c0_rel_var", 0.05, quote="by varying C0 by ±5%", around=(0.04, 0.06), location="Table 1 caption",
          units="relative variation of C0 for ±δN_c"),
    # printed upstream numbers, for the consistency checks of numbers computed from them
    Input("c0_printed_099", 2.51, quote="The fitted values C0/kBT = 2.51, 2.546, 2.616", location="§5",
          units="C0/k_BT at Γ/J = 0.99 (printed)"),
    Input("c0_printed_095", 2.546, quote="The fitted values C0/kBT = 2.51, 2.546, 2.616", location="§5",
          units="C0/k_BT at Γ/J = 0.95 (printed)"),
    Input("c0_printed_090", 2.616, quote="The fitted values C0/kBT = 2.51, 2.546, 2.616", location="§5",
          units="C0/k_BT at Γ/J = 0.90 (printed)"),
    Input("c0_natural_scale", 1, quote="0.962), and C0 ∼ ℏω0 =", location="§5",
          units="C0/ħω0 as the paper takes it (C0 ∼ ħω0, printed premise of Remark 2)"),
    Input("omega0_low", 100, quote="below ω0 ∼ 100 rad/s", location="§5 Remark 2", units="rad/s"),
    Input("omega0_feshbach", 5000, quote="achieve ω0 ∼ 5000 rad/s", location="§5 Remark 2", units="rad/s"),
)

# --- §7.3 Remark 10: the reading of "its weight" for the post-measurement state (K3 block) -----
INPUTS = Inputs(*(INPUTS[_n] for _n in INPUTS), Input("post_state", "as-defined",
                 quote="The post-measurement state is the proper mixture ρpost = P+ρ0P+ + P−ρ0P−",
                 kind="discrete", choices=("as-defined", "renormalised"), location="§7.3 Remark 10",
                 units="reading of the weights of ρ_post: as defined (trace 1 − p0), or renormalised "
                       "to unit trace"))
# the printed Level C threshold, for the consistency check of numbers computed from it (Eq. (30))
INPUTS = Inputs(*(INPUTS[_n] for _n in INPUTS), Input(
    "threshold_c_printed", 0.289, quote="γthreshϕ = 0.289 s−1 (N = 370, Γ/J = 0.95, n = 5)",
    location="§7.4 Eq. (24)", units="s⁻¹ (printed)"))
