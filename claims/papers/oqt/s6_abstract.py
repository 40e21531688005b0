"""Abstract, introduction and conclusions: mentions of quantities defined in the sections (and
what the FDR alone gives).  Imported last: its mentions use quantities of the other sections."""

from __future__ import annotations

from claims.core.api import (
    CONFIRMED,
    Claim,
    NotCheckable,
    Route,
    conditional,
    not_checkable,
    refuted,
)

from ._build import QUOTE, mention, prop

QUANTITIES = [
    prop("fdr-energy", "the FDR alone conserves the energy of Eq. (2)", "fdr_energy_conserved",
         "fdr_holds", derivation=Route("derive.oqt:fdr_energy_exact"),
         numeric=Route("numerics.oqt:fdr_energy_search")),
    prop("fdr-microcanonical", "the FDR alone makes the stationary state of Eq. (2) microcanonical "
         "(uniform on its support)", "fdr_stationary_microcanonical", "fdr_holds",
         derivation=Route("derive.oqt:fdr_microcanonical_exact"),
         numeric=Route("numerics.oqt:fdr_energy_search")),
]

FIXED_WINDOW = ("Only with χ_E fixed for the whole ensemble; with each member's own window (Eq. (5)) "
                "Bob's prior σ_z measurement changes Alice's long-time populations (see "
                "oqt:no-signalling).")
HYBRID = ("For α > 0 the steady state of Eq. (8) is unique and independent of the Born weights: "
          "E = (0, 1, 2), collapse basis = energy basis, ψ0 = (|0⟩ + |2⟩)/√2: ρ_B = diag(1/2, 0, "
          "1/2) but ρ_∞ = χ_E for every 𝒥/α (see oqt:sui-interpolates).")

WINDOW = ("χ_E by the window rule has Tr[χ_E H] ≠ E in general (spectrum (0, 1), ψ0 = √(1/3)|0⟩ + "
          "√(2/3)|1⟩: E relaxes from 2/3 to 1; N = 1000 spins, p = 0.2005: from 200.5 to 212.63), so "
          "the constrained model does not conserve the mean energy.")

CLAIMS = [
    mention("fdr-guarantees-energy", "fdr-energy", "Abstract",
            "The fluctuation–dissipation relation guarantees physicality constraints including "
            "energy conservation.", QUOTE,
            "A fluctuation-dissipation relation guarantees physicality constraints including norm "
            "preservation, energy conservation",
            refuted("The FDR fixes D² = J and so the norm, not the energy: qubit E = (0, 1), one "
                    "channel L_10 = |1⟩⟨0| with J^{10} = (D^{10})² = 1, ρ = |0⟩⟨0|: dE/dt = 1.")),
    mention("energy-conservation", "window-energy", "Introduction",
            "Within the constrained model (Eqs. (5)–(6) with the window rule) the average energy is "
            "conserved.", "the conservation of average energy are ensured within the constrained model",
            "entropy increase and the conservation of average energy are ensured within the "
            "constrained model", refuted(WINDOW)),
    mention("unique-model", "b1-unique", "Introduction",
            "The equilibrium and energy constraints establish a unique form of the OQT model.",
            "a unique form of the OQT model is established",
            "a unique form of the OQT model is established",
            refuted("The constraints do not single out J^{μν} = χ_μ: J^{μν} = χ_μB^μB^ν with "
                    "B = (1, 2, 1) (spectrum (0, 1, 2), χ uniform) or B = (1, 18/5, 6/5) (spectrum "
                    "(0, 1, 3), χ = (1/2, 1/3, 1/6)) meets both on the same states.")),
    mention("abstract-fdr-norm", "norm-eq1", "Abstract",
            "A fluctuation–dissipation relation guarantees norm preservation.",
            QUOTE,
            "physicality constraints including norm preservation", CONFIRMED),
    mention("abstract-fdr-signalling", "no-signalling", "Abstract",
            "The FDR guarantees no superluminal signalling (and the emergence of microcanonical "
            "statistics).", "no superluminal signalling",
            "no superluminal signalling and the emergence of microcanonical equilibrium statistics",
            conditional(FIXED_WINDOW)),
    mention("abstract-fdr-microcanonical", "fdr-microcanonical", "Abstract",
            "The FDR guarantees the emergence of microcanonical equilibrium statistics.",
            QUOTE,
            "guarantees physicality constraints including norm preservation, energy conservation, "
            "no superluminal signalling and the emergence",
            refuted("The FDR fixes D² = J, not J: Eq. (2) with the FDR and rates J = [[1, 2, 1], "
                    "[1, 1, 3], [2, 1, 1]] has a stationary state with unequal populations; the "
                    "microcanonical state comes from the later choice J^{μν} = χ_E^μ.")),
    mention("abstract-hybrid", "sui-interpolates", "Abstract",
            "The model realizes an emergent hybrid Born–Maxwell–Boltzmann–Gibbs–microcanonical "
            "distribution for ensembles.", QUOTE,
            "realizing an emergent hybrid", refuted(HYBRID)),
    mention("conclusion-hybrid", "sui-interpolates", "Conclusions",
            "The interplay of collapse and thermalization results in long-time steady states "
            "corresponding to a hybrid Born–Maxwell–Boltzmann–Gibbs–microcanonical distribution.",
            "hybrid Born-Maxwell-Boltzmann-Gibbs-microcanonical distribution",
            "corresponding to a hybrid Born-Maxwell-Boltzmann-Gibbs-microcanonical distribution",
            refuted(HYBRID)),
    mention("conclusion-fdr-norm", "norm-eq1", "Conclusions",
            "A fluctuation–dissipation relation guarantees that the model is norm-preserving.",
            "norm-preserving", "guarantees that the model is norm-preserving", CONFIRMED),
    mention("conclusion-signalling", "no-signalling", "Conclusions",
            "The FDR guarantees that the model avoids superluminal signalling.",
            "avoids superluminal signalling", "and avoids superluminal signalling",
            conditional(FIXED_WINDOW)),
    mention("gksl-local-no-signalling", "no-signalling", "Superluminal signalling",
            "Since Eq. (6) is linear and of GKSL form, there is no superluminal signalling as long "
            "as the thermalization operators have local support.",
            QUOTE,
            "it is assured that there is no superluminal signalling as long as",
            conditional(FIXED_WINDOW)),
    mention("fdr-guarantees-no-signalling", "no-signalling", "Superluminal signalling",
            "All non-linearities cancel given the FDR, which thus guarantees no superluminal "
            "signalling.", "guarantee no superluminal signalling",
            "which thus is also seen to guarantee no superluminal signalling",
            conditional(FIXED_WINDOW)),
    mention("conclusion-constraints-compatible", "canonical-exists", "Conclusions",
            "Constraints towards energy conservation and equilibrium steady states may be "
            "simultaneously satisfied.", "may be simultaneously satisfied",
            "constraints towards energy conservation and equilibrium steady states may be "
            "simultaneously satisfied", CONFIRMED),
    mention("conclusion-converges", "distance-exponential", "Conclusions",
            "The ensemble converges to the microcanonical distribution at long times.",
            "converge to the micocanonical equilibrium distribution",
            "The ensemble was shown to converge to the micocanonical equilibrium distribution",
            CONFIRMED),
    mention("conclusion-sui-energy", "sui-energy", "Conclusions",
            "The SUI model ensures norm preservation, linear master equations and energy "
            "conservation.", "energy conservation",
            "By ensuring norm preservation, linear master equations and energy conservation",
            conditional("Energy is conserved by Eq. (8) only if [H, P_k] = 0 for every collapse "
                        "projector and Tr[ρH] = Tr[χH] (see oqt:sui-energy).")),
    mention("intro-fdr-norm", "norm-eq1", "Introduction",
            "A fluctuation–dissipation relation enforces norm preservation.",
            QUOTE,
            "enforces physicality conditions, such as norm preservation", CONFIRMED),
    mention("intro-fdr-signalling", "no-signalling", "Introduction",
            "A fluctuation–dissipation relation ensures the absence of superluminal signalling.",
            "ensures the absence of superluminal signalling",
            "ensures the absence of superluminal signalling", conditional(FIXED_WINDOW)),
    mention("intro-signalling-locality", "no-signalling", "Introduction",
            "The thought experiment shows that signalling faster than light is disallowed in the "
            "model, given a certain locality condition.",
            "disallowed in the model, given a certain locality condition",
            "show that it is disallowed in the model, given a certain locality condition",
            conditional(FIXED_WINDOW + " Locality of L_μν is not enough.")),
    mention("sui-both-norm", "sui-norm", "Text after Eq. (8)",
            "Both models (SUV and OQT, hence Eq. (7)) possess norm preservation.",
            "norm preservation", "both models posses norm preservation", CONFIRMED),
    mention("conclusion-sui-linear", "ensemble-linear", "Conclusions",
            "The SUI model ensures linear master equations.", "linear master equations",
            "By ensuring norm preservation, linear master equations",
            conditional("The ensemble obeys a linear master equation only if χ_E is fixed for the "
                        "whole ensemble; with each member's own window two ensembles with the same "
                        "ρ(0) evolve differently (see oqt:ensemble-linear).")),
    Claim(id="oqt:window-convention", location="Window rule δE = √V",
          statement="Uniform weight on all eigenstates in [E − δE, E + δE] with δE = √V agrees with "
          "the conventional definitions of the microcanonical ensemble.",
          stated="agrees with the conventional definitions",
          quote="This agrees with the conventional definitions of the microcanonical ensemble",
          judge=NotCheckable("a statement about conventions; note that the conventional shell "
                             "width δE is a fixed energy resolution, not the initial state's "
                             "standard deviation √V"),
          expect=not_checkable("a statement about conventions, no mathematical content to check")),
]
