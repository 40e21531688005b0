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
