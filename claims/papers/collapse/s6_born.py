"""§6.3 and §10.4: Born weights through the basins (Eqs. (54)–(55)) and the cross terms of Eq. (79)."""

from claims.core.api import Claim, Property, Quantity, Route, conditional, refuted

D = "derive.collapse"
N = "numerics.collapse"
P = "claims.papers.collapse.predicates"

BORN = Quantity(
    "collapse:born-weights-frozen",
    "P₊ at the end of the collapse from W₀ = w N(c, s²) + (1 − w) N(−c, s²) under the TDGL of Eq. (48)",
    Property(statement=f"{P}:born_weights_preserved", assumes=f"{P}:born_stated_assumptions",
             condition=("each branch starts at least three thermal-plus-initial spreads from the separatrix, "
                        "c/√(k_BT/(Dλ(γ/γc − 1)) + s²) ≥ 3", f"{P}:born_far_from_separatrix")),
    Route(f"{D}:basin_probabilities_by_splitting"), Route(f"{N}:basin_probabilities_by_fokker_planck"))

FP_DIFFUSION = Quantity(
    "collapse:eq54-stationary-variance",
    "stationary variance of the TDGL with the noise of Eq. (47) against Eq. (54) as printed (V = kψ²/2)",
    Property(statement=f"{P}:variance_as_eq54_prints", assumes=f"{P}:positive_temperature"),
    Route(f"{D}:stationary_variance_kramers_moyal"), Route(f"{N}:stationary_variance_by_simulation"))

CROSS = Quantity(
    "collapse:eq79-cross-terms",
    "trace norm of the cross terms of ρ̂ = |Ψ⟩⟨Ψ| (Eq. (78)) against the overlap e^(−NΔ) of Eq. (58)",
    Property(statement=f"{P}:cross_terms_exponentially_small", assumes=f"{P}:distinct_branches"),
    Route(f"{D}:cross_terms_of_joint_state"), Route(f"{N}:cross_terms_by_density_matrix"))

HILLTOP = Quantity(
    "collapse:born-weights-from-hilltop",
    "P₊ after the collapse when W(ψ, 0) is concentrated at the unstable maximum ψ = 0 (§6.4 (1))",
    Property(statement=f"{P}:born_weights_from_hilltop", assumes=f"{P}:unequal_weights"),
    Route(f"{D}:basin_probabilities_from_hilltop"), Route(f"{N}:basin_probabilities_from_hilltop_by_fp"))

BASINS = Quantity(
    "collapse:equal-basin-volumes",
    "basin lengths of the permutation-symmetric Curie–Weiss pointer (Eqs. (41)–(46)) with H_int = −hΣσ_i",
    Property(statement=f"{P}:basins_equal", assumes=f"{P}:permutation_symmetric_apparatus"),
    Route(f"{D}:curie_weiss_basins"), Route(f"{N}:curie_weiss_basins_by_flow"))

QUANTITIES = (BORN, FP_DIFFUSION, CROSS, HILLTOP, BASINS)

_BASINS_WHY = ("permutation symmetry σ_i ↔ σ_j leaves ψ = N^(−1/2)Σσ_i invariant and does not imply V(ψ) = V(−ψ): "
               "the paper's own Curie–Weiss pointer (Eqs. (41)–(46)), fully permutation symmetric, with the "
               "measurement coupling h = 0.05J at βJ = 1.5 has its separatrix at m* = −0.152 and basin lengths "
               "1.152 and 0.848 in m ∈ [−1, 1] (gradient flow: 1.151, 0.849); the basins are equal only at h = 0, "
               "i.e. when Z₂ symmetry is assumed, not derived")

ONE_RULE = ("One rule for a dropped temperature factor (also Eq. (107)): where the paper keeps k_BT or β_eff "
            "explicit in the equation it starts from, a derived equation that drops it is refuted, with the "
            "note that it holds in units k_BT = 1.")

CLAIMS = [
    Claim(id="collapse:eq55-basin-probabilities", quantity=BORN, location="§6.3, Step 5, Eq. (55)",
          statement="Once the barrier exceeds thermal fluctuations (τ_collapse ≪ τ_escape), the basin "
                    "probabilities are frozen: P_n = ∫_Bn W(ψ, t) = ∫_Bn W(ψ, 0) = |c_n|².",
          stated="W (ψ,0)dψ = |cn|2. (55)", quote="W (ψ,0)dψ = |cn|2. (55)",
          expect=conditional(
              "two readings of 'W_n lies inside its basin': with branch centres ±0.5 (3.5 thermal lengths "
              "√(k_BT/Dλ(γ/γc − 1)) from ψ = 0 at k_BT = 0.02, γ/γc = 2) the Fokker–Planck flow gives "
              "P₊ = 0.6996 for |c₊|² = 0.7; with centres ±0.2 — still fully inside the basins (3σ of the "
              "initial width), barrier ΔE/k_BT = 12.5, leakage ≪ 1 % — it gives P₊ = 0.661: noise at the "
              "hilltop carries probability across the separatrix before the barrier exists. Eq. (55) holds "
              "only when each branch starts several spreads from the separatrix (linearised splitting "
              "probability Φ(c/√(k_BT/a + s²)); both routes find no violation once that ratio is ≥ 3)")),
    Claim(id="collapse:eq54-diffusion", quantity=FP_DIFFUSION, location="§6.3, Step 4, Eq. (54)",
          statement="The TDGL dynamics obey the Fokker–Planck equation ∂W/∂t + ∇·(Wv) = D∇²W with v = −D∇V.",
          stated="where v = −D∇V is the drift velocity. This is the Fokker–", quote="where v = −D∇V is the drift velocity. This is the Fokker–",
          expect=refuted(
              "with the noise of Eq. (47), ⟨ηη⟩ = 2Dk_BT δ, the diffusion term is D k_BT ∇²W: for V = ψ²/2 and "
              "k_BT = 0.25 the stationary variance is 0.25 (Kramers–Moyal; Euler–Maruyama 0.252 ± 0.006), "
              "while Eq. (54) as printed gives 1. " + ONE_RULE + " (was conditional on k_BT = 1)")),
    Claim(id="collapse:eq79-cross-terms", quantity=CROSS, location="§10.4, Stage 2, Eq. (79)",
          statement="ρ̂(t) ≈ Σ|c_n|²|a_n⟩⟨a_n| ⊗ |φ_n⟩⟨φ_n| + O(e^(−NΔ)), with exponentially small cross terms "
                    "by the overlap of Eq. (58).",
          stated="exponentially small", quote="with exponentially small cross-terms (Eq. (58))",
          expect=refuted(
              "the cross terms c_n c_m*|a_n⟩⟨a_m| ⊗ |φ_n⟩⟨φ_m| of the joint state have trace norm 2|c₀c₁| = 0.917 "
              "(|c₀|² = 0.7) for every N, exactly as with the overlap switched off (δ = 0): the overlap "
              "⟨φ_m|φ_n⟩ = e^(−Nδ²/2) of Eq. (58) (1.1·10⁻⁷ at N = 8, δ = 2) does not enter them. What the "
              "overlap suppresses is the coherence of the reduced system state, |c₀c₁|e^(−Nδ²/2); Eq. (79) "
              "writes the joint state, whose cross terms only an environment traced out can remove")),
    Claim(id="collapse:born-from-unstable-maximum", quantity=HILLTOP, location="§6.4 (1) with §6.3",
          statement="The system begins at the unstable maximum ψ = 0, and the basin populations give the Born "
                    "weights |c_n|².", stated="ψ = 0", quote="ble maximum ψ = 0. This is a set of measure zero in phase",
          expect=refuted("a distribution starting at the symmetric point ψ = 0 of the even potential (19) ends with "
                         "P₊ = P₋ = 1/2 (splitting probability Φ(0); Fokker–Planck 0.500000) for any |c_n|²; Born "
                         "weights survive only if each W_n starts inside its own basin (Step 3), which contradicts "
                         "the start at ψ = 0")),
    Claim(id="collapse:eq63-equal-basins", quantity=BASINS,
          location="§6.3.1 (6), Theorem (Equal Basin Volumes), Eq. (63)",
          statement="For an apparatus with permutation-symmetric degrees of freedom under Ĥint = gŜΣA_i, the "
                    "basins of attraction have equal volumes.", stated="paratus with permutation-symmetric degrees",
          quote="paratus with permutation-symmetric degrees", expect=refuted(_BASINS_WHY)),
    Claim(id="collapse:eq52-equal-basins-permutation", quantity=BASINS, location="§6.3, Step 2, Eq. (52)",
          statement="Vol(B₊) = Vol(B₋) follows from the permutation symmetry of the apparatus Hamiltonian.",
          stated="This equality is not assumed but follows from the permutation", quote="This equality is not assumed but follows from the permutation",
          expect=refuted(_BASINS_WHY)),
]
