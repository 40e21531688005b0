"""Superluminal signalling and linearity of the ensemble dynamics."""

from __future__ import annotations

from claims.core.api import Route, conditional

from ._build import QUOTE, mention, prop

FIXED = ("χ_E is fixed once for the whole ensemble (from the unmeasured state), not re-derived from "
         "each member's own E_ψ, V_ψ as Eq. (5) prescribes", "window_fixed_for_ensemble")

QUANTITIES = [
    prop("bob-partial-trace", "∂ρ_B/∂t = Tr_A[∂ρ_AB/∂t] under Eq. (6) with Alice-local L_μν ⊗ 1",
         "bob_state_unchanged", "alice_local_model",
         condition=("Bob's own Hamiltonian does not move his reduced state ([H_B, ρ_B] = 0, e.g. "
                    "H_B = 0), or ∂ρ_B/∂t is read as the change due to Alice's thermalization only",
                    "bob_hamiltonian_idle"),
         derivation=Route("derive.oqt:bob_partial_trace_instances"),
         numeric=Route("numerics.oqt:bipartite_instances")),
    prop("no-signalling", "Bob's prior measurement leaves Alice's ensemble unchanged under "
         "Eqs. (5)-(6)", "alice_blind_to_bob", "bipartite_setup", condition=FIXED,
         derivation=Route("derive.oqt:signalling_exact"),
         numeric=Route("numerics.oqt:signalling_instances")),
    prop("ensemble-linear", "the ensemble evolution is a map on density matrices (a linear "
         "semigroup)", "ensemble_map_well_defined", "same_initial_density_matrix", condition=FIXED,
         derivation=Route("derive.oqt:linearity_exact"),
         numeric=Route("numerics.oqt:linearity_instances")),
]

_S = "Superluminal signalling"

CLAIMS = [
    mention("no-signalling-partial-trace", "bob-partial-trace", _S,
            "For local thermalization operators, ∂ρ_B/∂t = Tr_A[∂ρ_AB/∂t] = 0 unconditionally, "
            "ρ_AB evolving by Eq. (6).", QUOTE,
            "= Tr_A[\\frac{\\partial}{\\partial t}\\hat{\\rho}_{AB}] = 0$ unconditionally",
            conditional("Tr_A of Alice's thermalization term and of −i[H_A ⊗ 1, ·] vanish for every "
                        "ρ_AB (symbolic, d_A = 3, d_B = 2), but Eq. (6) evolves ρ_AB with the full "
                        "Hamiltonian: if Bob's particle has its own H_B (he 'may perform local "
                        "operations'), ∂ρ_B/∂t = −i[H_B, ρ_B] ≠ 0 (H_B = σ_x, ρ_B = |0⟩⟨0|). So "
                        "'= 0 unconditionally' holds only if [H_B, ρ_B] = 0 or if ∂ρ_B/∂t means the "
                        "change due to the thermalization; Bob's state never depends on Alice's "
                        "dynamics (no signalling from this term).")),
    mention("no-signalling", "no-signalling", _S,
            "Superluminal signalling is prohibited within the dynamics of Eqs. (5)–(6).",
            "superluminal signalling is prohibited",
            "however superluminal signalling is prohibited within the dynamics of Eq. (5) and Eq. (6)",
            conditional("Holds only if χ_E is fixed for the whole ensemble. With each member's own "
                        "window (as Eq. (5) prescribes), Alice E = (0, 1, 2) sharing (|0⟩|0⟩ + "
                        "|2⟩|1⟩)/√2: unmeasured members have E = 1, V = 1 and relax to (1/3, 1/3, "
                        "1/3); after Bob's σ_z measurement they are |0⟩ or |2⟩ (V = 0) and stay, "
                        "(1/2, 0, 1/2): Bob's choice is visible in Alice's level-1 population.")),
    mention("ensemble-linear", "ensemble-linear", "Introduction",
            "Ensembles of systems evolve via a (linear) quantum semigroup.",
            "(linear) quantum semi-group",
            "Ensembles of systems are shown to evolve via a (linear) quantum semi-group.",
            conditional("Only with χ_E fixed in advance for the whole ensemble. With the window "
                        "rule per member, {|0⟩, |2⟩} and {(|0⟩ ± |2⟩)/√2} (equal weights, E = (0, 1, "
                        "2)) have the same ρ(0) but different ρ(t): the first stays at (1/2, 0, 1/2), "
                        "the second relaxes to 1/3 on every level; no map on density matrices, "
                        "linear or not, describes the ensemble.")),
]
