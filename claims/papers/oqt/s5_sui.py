"""Spontaneous universal irreversibility: Eqs. (7)-(8)."""

from __future__ import annotations

from claims.core.api import CONFIRMED, Route, conditional, refuted

from ._build import QUOTE, mention, prop

QUANTITIES = [
    prop("sui-norm", "dN = 0 (dt and dW parts) for Eq. (7)", "sui_norm_conserved", "valid_sui_instance",
         derivation=Route("derive.oqt:sui_norm_proof"),
         numeric=Route("numerics.oqt:sui_instances")),
    prop("sui-master", "ensembles of Eq. (7) trajectories follow Eq. (8) (Itô proof; simulated "
         "ensembles against the master equation)", "simulated_ensemble_follows_eq8",
         "sui_simulation_has_power", derivation=Route("derive.oqt:sui_master_proof"),
         numeric=Route("numerics.oqt:eq7_ensemble_by_simulation")),
    prop("sui-born", "Eq. (8) with H = 0, α = 0 reaches ρ_B = Σ_k|α_k|²P_k", "born_distribution_emerges",
         "valid_sui_instance", derivation=Route("derive.oqt:born_proof"),
         numeric=Route("numerics.oqt:sui_instances")),
    prop("collapse-martingale", "the collapse-basis weights are martingales under Eq. (7), H = 0, "
         "dĜ_χ = 0", "collapse_weights_martingale", "valid_sui_instance",
         derivation=Route("derive.oqt:collapse_martingale_proof"),
         numeric=Route("numerics.oqt:sui_instances")),
    prop("sui-energy", "d⟨H⟩/dt = 0 under Eq. (8)", "sui_energy_conserved", "sui_state_valid",
         condition=("[H, P_k] = 0 for every collapse projector (collapse basis = energy basis, not "
                    "so for the symmetry-broken bases the model is built for) and Tr[ρH] = Tr[χH]",
                    "collapse_commutes_and_shell"),
         derivation=Route("derive.oqt:sui_energy_exact"),
         numeric=Route("numerics.oqt:sui_energy_instances")),
    prop("sui-interpolates", "ρ_∞ of Eq. (8) goes from χ (𝒥/α → 0) to ρ_B (𝒥/α → ∞)",
         "sui_interpolates", "sui_window_from_psi",
         derivation=Route("derive.oqt:sui_interpolation_exact"),
         numeric=Route("numerics.oqt:sui_interpolation_instances")),
    prop("sui-steady", "a stationary state of Eq. (8) exists (unique for α > 0) and solves the "
         "printed condition", "sui_steady_state_condition", "sui_with_thermalization",
         derivation=Route("derive.oqt:sui_steady_exact"),
         numeric=Route("numerics.oqt:sui_instances")),
]

CLAIMS = [
    mention("sui-norm", "sui-norm", "Eq. (7)", "The SUI process Eq. (7) is norm preserving.",
            "(norm-preserving) quantum stochastic process",
            "given by the (norm-preserving) quantum stochastic process (on the entire Hilbert space",
            CONFIRMED),
    mention("sui-master", "sui-master", "Eq. (8)",
            "Ensembles of Eq. (7) follow ħρ̇ = −i[H, ρ] + 𝒥𝒩Λ_R(ρ) + α𝒩Λ_χ(ρ).",
            QUOTE,
            "\\Lambda_R(\\, \\hat{\\rho}\\,) + \\alpha \\, \\mathcal{N} \\, \\Lambda_\\chi(\\, "
            "\\hat{\\rho}\\,). \\tag{8}", CONFIRMED),
    mention("sui-born", "sui-born", "Text after Eq. (7)",
            "With H = 0 and dĜ_χ = 0 the SUV dynamics yields the diagonal Born distribution ρ_B = "
            "Σ|α_k|²P_k at long times.", QUOTE,
            "emerges from the SUV dynamics at long times (Eq. (7) with $\\hat{H} = 0$ and "
            "$d\\hat{G}_{\\chi} = 0$)", CONFIRMED),
    mention("collapse-martingale", "collapse-martingale", "Introduction",
            "In objective collapse (SUV, Eq. (7) with H = 0) the collapse-basis weights are "
            "martingales, which yields Born statistics.",
            "martingale condition, allowing the emergence of Born's statistics",
            "martingale condition, allowing the emergence of Born", CONFIRMED),
    mention("sui-energy", "sui-energy", "Text after Eq. (8)",
            "Both models (and hence Eq. (8)) possess norm preservation, energy conservation and no "
            "signalling.", "energy conservation",
            "both models posses norm preservation, energy conservation",
            conditional("Energy is conserved only if [H, P_k] = 0 for every collapse projector and "
                        "Tr[ρH] = Tr[χH]: qubit H = −(Δ/2)σ_x, collapse onto σ_z states, ground "
                        "state: dE/dt = 𝒥𝒩Δ/(2ħ) > 0; and the window χ_E breaks Tr[ρH] = Tr[χH] "
                        "(oqt:microcanonical-energy).")),
    mention("sui-interpolates", "sui-interpolates", "Text after Eq. (8)",
            "The steady state ρ_∞ of Eq. (8) interpolates between the Born distribution ρ_B and the "
            "microcanonical χ.", QUOTE,
            "The $\\hat{\\rho}_{\\infty}$ interpolates between the diagonal Born distribution",
            refuted("For α > 0, Λ_χ(ρ) = χTr ρ − ρ makes the steady state unique and independent of "
                    "the Born weights: E = (0, 1, 2), collapse basis = energy basis, ψ0 = (|0⟩ + "
                    "|2⟩)/√2 has ρ_B = diag(1/2, 0, 1/2) but ρ_∞ = χ_E = 1/3 on each level for "
                    "every 𝒥/α.")),
    mention("sui-steady-exists", "sui-steady", "Text after Eq. (8)",
            "The hybrid steady states ρ_∞, if they exist, solve i[H, ρ_∞] = 𝒥𝒩Λ_R(ρ_∞) + "
            "α𝒩Λ_χ(ρ_∞).", QUOTE,
            "If they exist, they are obtained by the steady state condition", CONFIRMED),
]
