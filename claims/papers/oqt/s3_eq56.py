"""Eqs. (5)-(6): the constrained model, its dimensions, distance to χ_E, recurrences, entropy."""

from __future__ import annotations

from claims.core.api import (
    CONFIRMED,
    Claim,
    Expression,
    NotCheckable,
    Quantity,
    Route,
    not_checkable,
    refuted,
)

from ._build import QUOTE, _keep, identity, mention, prop

ENTROPY_CE = (
    "spectrum (0, 1, 2, 3, 4), identical pure members ψ0 = √(1/8)|0⟩ + √(3/4)|2⟩ + √(1/8)|4⟩: "
    "E = 2, V = 1, the window [1, 3] holds levels 1, 2, 3, χ_E = 1/3 each, Tr[χ_E H] = 2 = E "
    "(Eq. (4) holds, energy conserved); with α𝒩/ħ = 1 the entropy rises from 0 to 1.176 (t ≈ 1.8), "
    "then falls: S(3) = 1.1459 > log 3, Ṡ(3) = −0.0301, towards S(χ_E) = log 3 = 1.0986. Mechanism: "
    "weight outside the window makes ρ(t) = e^{−t}Ψ_t + (1 − e^{−t})χ_E of rank D + 1, so S "
    "approaches log D from above; any state with weight outside the window does this.")

QUANTITIES = [
    prop("eq5-ensemble", "ensembles of Eq. (5) trajectories follow Eq. (6) (Itô proof; simulated "
         "ensembles against the master equation)", "simulated_ensemble_follows_eq6",
         "simulation_has_power", derivation=Route("derive.oqt:eq5_ensemble_proof"),
         numeric=Route("numerics.oqt:eq5_ensemble_by_simulation")),
    identity("entropy-rate-identity", "Ṡ = Tr[(ρ − χ)log ρ] = D[χ‖ρ] + H_χ − S (α𝒩/ħ = 1)",
             "entropy_rate", assumes="full_rank_state"),
    identity("h-chi-log-d", "H_χ = −Tr[χ_E log χ_E] = log D", "log_d"),
    identity("unitary-amplitudes", "|⟨μ|e^{−iHt}ψ⟩|² = |⟨μ|ψ⟩|²", "unitary"),
    prop("unitary-no-convergence", "under the Schrödinger equation a superposition of distinct "
         "energies never converges to a time-independent state", "unitary_state_does_not_converge",
         "superposition_of_distinct_energies", derivation=Route("derive.oqt:unitary_coherence_proof"),
         numeric=Route("numerics.oqt:unitary_state_instances")),
    prop("eq5-dimensions", "[𝒜] = 1/time and √𝒜 dW dimensionless", "dimensions_consistent",
         derivation=Route("derive.oqt:eq5_dimensions_proof"),
         numeric=Route("numerics.oqt:eq5_dimensions_instances")),
    _keep(Quantity(id="oqt:distance-rate", what="ω in Ḋ_χ = −ωD_χ, D_χ = Tr[(ρ − χ_E)²], Eq. (6)",
             judge=Expression("2*alpha*N/hbar",
                              symbols={"alpha": (0.2, 2.0), "N": (1.0, 5.0), "hbar": (0.5, 2.0)}),
             derivation=Route("derive.oqt:hs_distance_rate"),
             numeric=Route("numerics.oqt:distance_rate_fitted"))),
    prop("distance-exponential", "D_χ(t) = D_χ(0)e^{−ωt} for every state under Eq. (6)",
         "hs_distance_exponential", "valid_eq6_instance",
         derivation=Route("derive.oqt:distance_proof"),
         numeric=Route("numerics.oqt:eq6_state_instances")),
    prop("trace-distance", "Tr[(ρ − χ)²] is the trace distance ½‖ρ − χ‖₁", "hs_is_trace_distance",
         derivation=Route("derive.oqt:trace_distance_exact"),
         numeric=Route("numerics.oqt:trace_distance_instances")),
    prop("no-recurrence", "no return towards ρ0 under Eq. (6) (t ∈ [1, 200] ħ/(α𝒩))",
         "no_recurrence", "valid_eq6_instance",
         derivation=Route("derive.oqt:recurrence_instances"),
         numeric=Route("numerics.oqt:eq6_state_instances")),
    prop("entropy-monotone", "Ṡ ≥ 0 for the ensemble of Eq. (6) with the window rule and Eq. (4)",
         "entropy_non_decreasing_at", "window_rule_eq4_off_equilibrium",
         derivation=Route("derive.oqt:entropy_exact_instances"),
         numeric=Route("numerics.oqt:entropy_window_search")),
    prop("h-chi-exceeds-s", "H_χ = log D > S(ρ(t)) at every non-equilibrium time",
         "entropy_below_window_entropy", "window_rule_eq4_off_equilibrium",
         derivation=Route("derive.oqt:entropy_exact_instances"),
         numeric=Route("numerics.oqt:entropy_window_search")),
    prop("relative-entropy-monotone", "D[χ‖ρ(t)] ≥ 0 and non-increasing under Eq. (6)",
         "relative_entropy_monotone", "full_rank_state",
         derivation=Route("derive.oqt:relative_entropy_exact"),
         numeric=Route("numerics.oqt:eq6_state_instances")),
    prop("entropy-from-noise", "ensemble entropy with the noise of Eq. (5) on (S > 0) and off "
         "(identical deterministic members: S = 0)", "entropy_only_from_noise",
         "pure_members_not_stationary", derivation=Route("derive.oqt:entropy_noise_exact"),
         numeric=Route("numerics.oqt:entropy_noise_instances")),
    prop("no-energy-martingale", "under Eq. (5) the energy-basis weights drift (not martingales)",
         "energy_weights_not_martingale", "populations_off_window",
         derivation=Route("derive.oqt:energy_martingale_proof"),
         numeric=Route("numerics.oqt:pure_member_instances")),
]

_E = "Text after Eq. (6)"
_S = "Entropy production"

CLAIMS = [
    mention("eq5-norm", "norm-eq1", "Eq. (5)",
            "Eq. (5) (stochastic coupling √𝒜^μ, deterministic 𝒜^μ: Eq. (1) under the FDR with "
            "J^{μν} = 𝒜^μ) is norm preserving.", "(norm preserving) quantum stochastic process",
            "evolve as per the following (norm preserving) quantum stochastic process", CONFIRMED),
    mention("eq6-from-eq5", "eq5-ensemble", "Eq. (6)",
            "Ensembles of Eq. (5) evolve by ħ∂ρ/∂t = −i[H, ρ] + α𝒩Λ_χ(ρ), Λ_χ(ρ) = Σχ_μLρL† − ρ.",
            QUOTE,
            "+ \\alpha \\, \\mathcal{N} \\, \\Lambda_{\\chi}(\\, \\hat{\\rho}\\,), \\tag{6}", CONFIRMED,
            figures=("claims.papers.oqt.figures:sse_vs_master",)),
    mention("eq5-dimensions", "eq5-dimensions", "Text after Eq. (5)",
            "𝒜^μ = (α𝒩/ħ)χ_E^μ accounts for the dimensions (α an energy scale).",
            QUOTE, "which accounts for the dimensions", CONFIRMED),
    mention("distance-rate", "distance-rate", _E,
            "D_χ = Tr[(ρ − χ_E)²] obeys Ḋ_χ = −ωD_χ with ω = 2α𝒩/ħ.", QUOTE,
            "(where $\\omega = 2\\alpha \\mathcal{N}/\\hbar$)", CONFIRMED),
    mention("distance-exponential", "distance-exponential", _E,
            "D_χ(t) = D_χ(0) exp(−ωt): every state not already steady approaches χ.",
            QUOTE, "$D_{\\chi} = D_{\\chi}(0) \\exp(-\\omega t)$", CONFIRMED),
    mention("trace-distance-name", "trace-distance", _E,
            "The quantity D_χ = Tr[(ρ − χ_E)²] is the trace distance.",
            QUOTE,
            "we may compute the trace distance, $D_{\\chi} = \\text{Tr}[(\\hat{\\rho} - "
            "\\hat{\\chi}_E)^2]$",
            refuted("Tr[(ρ − χ)²] is the squared Hilbert–Schmidt distance, not the trace distance "
                    "½‖ρ − χ‖₁ (ρ = |0⟩⟨0|, χ = |1⟩⟨1|: 2 vs 1); the trace distance decays at ω/2.")),
    mention("no-recurrence", "no-recurrence", _E,
            "Quantum Poincaré recurrences do not occur under Eq. (6).",
            QUOTE,
            "quantum Poincaré recurrences or analogous entanglement reversal events", CONFIRMED),
    mention("entropy-nondecreasing", "entropy-monotone", "Eq. (6) and the paragraph on D_χ",
            "Under Eq. (6) with the window rule, the von Neumann entropy of the ensemble is "
            "non-decreasing for all states not already at equilibrium.",
            "the (von Neumann) entropy is non-decreasing for all states which are not already at "
            "equilibrium", "the (von Neumann) entropy is non-decreasing for all states",
            refuted("With the window rule as printed and Eq. (4) satisfied the ensemble entropy "
                    "decreases: " + ENTROPY_CE),
            figures=("claims.papers.oqt.figures:oqt_entropy_counterexample",)),
    mention("entropy-rate-positive", "entropy-monotone", _S,
            "Ṡ > 0 for all non-equilibrium states and Ṡ ≥ 0 generically (an H-theorem).",
            QUOTE,
            "we have $\\dot{S} > 0$ for all non-equilibrium states",
            refuted("Ṡ(3ħ/(α𝒩)) = −0.0301 α𝒩/ħ < 0 at a non-equilibrium state: " + ENTROPY_CE)),
    mention("ensemble-entropy-maximizes", "entropy-monotone", "Entropy of ensembles vs members",
            "For the entire ensemble the von Neumann entropy increases and maximizes in each setting.",
            "the von Neumann entropy does increase and appropriately maximizes",
            "the von Neumann entropy does increase and appropriately maximizes in each setting",
            refuted("'Does increase' fails: " + ENTROPY_CE + " The end state χ_E is the "
                    "maximum-entropy state on the window, not the maximum of S(t).")),
    mention("entropy-increase-conclusion", "entropy-monotone", "Conclusions",
            "An OQT model with increasing von Neumann entropy in ensembles of isolated systems was "
            "constructed.", "increasing von Neumann entropy",
            "constructed an OQT model with increasing von Neumann entropy in ensembles",
            refuted("The same counterexample: " + ENTROPY_CE)),
    mention("entropy-from-noise", "entropy-from-noise", "Entropy of ensembles",
            "The stochasticity of each member's dynamics (Eq. (5)) itself generates the ensemble's "
            "entropy.", "generates entropy for ensembles",
            "itself, generates entropy for ensembles", CONFIRMED),
    mention("entropy-rate-identity", "entropy-rate-identity", "Entropy production (unnumbered)",
            "With α𝒩/ħ = 1: Ṡ = Tr[(ρ − χ_E)log ρ] = D[χ_E‖ρ] + H_χ − S.",
            QUOTE,
            "we find (with $\\alpha \\mathcal{N}/\\hbar = 1$):", CONFIRMED),
    mention("relative-entropy-monotone", "relative-entropy-monotone", _S,
            "The Umegaki relative entropy is non-negative and decreases under CPTP maps such as "
            "Eq. (6).", QUOTE,
            "is the Umegaki quantum relative entropy, which is non-negative", CONFIRMED),
    mention("h-chi-log-d", "h-chi-log-d", _S, "H_χ = −Tr[χ_E log χ_E] = log D.", QUOTE,
            "\\mathbb{H}_{\\chi} = -\\text{Tr}[\\hat{\\chi}_E \\log \\hat{\\chi}_E] = \\log D",
            CONFIRMED),
    mention("h-chi-exceeds-s", "h-chi-exceeds-s", _S,
            "H_χ > S necessarily for all non-equilibrium states.", QUOTE,
            "Since $\\mathbb{H}_{\\chi} > S$, necessarily for all non-equilibrium states",
            refuted("ρ(t) is supported on the window plus the part of ψ0 outside it, so S can exceed "
                    "log D: " + ENTROPY_CE)),
    Claim(id="oqt:member-pure", location="Entropy of members",
          statement="Eq. (5) maps pure states to pure states; the entropy of an individual system "
          "does not increase.", stated="Eq. (5) maps pure states to pure states",
          quote="Eq. (5) maps pure states to pure states",
          judge=NotCheckable("true by construction: Eq. (5) evolves a state vector, and the "
                             "projector on a vector is pure; no computation could come out "
                             "otherwise"),
          expect=not_checkable("true by construction (a vector's projector is pure)")),
    mention("unitary-no-thermalization", "unitary-amplitudes", "Introduction",
            "Under the Schrödinger equation the probability amplitudes in the energy basis change "
            "only by a dynamical phase.",
            "amplitudes do not change in the energy basis, up to a dynamical phase",
            "probability amplitudes do not change in the energy basis, up to a dynamical phase",
            CONFIRMED),
    mention("unitary-no-convergence", "unitary-no-convergence", "Introduction",
            "Under the Schrödinger equation the wavefunction remains time dependent and cannot "
            "converge to any time-independent equilibrium state.",
            "cannot converge to any time-independent equilibrium state",
            "cannot converge to any time-independent equilibrium state", CONFIRMED),
    mention("no-energy-martingale", "no-energy-martingale", "Objective quantum thermalization",
            "An objective thermalization model cannot have martingale energy-basis probabilities; "
            "under Eq. (5) they drift towards χ.",
            "cannot posses this martingale property in the energy basis",
            "cannot posses this martingale property in the energy basis", CONFIRMED),
]
