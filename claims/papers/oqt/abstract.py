"""Abstract, introduction and conclusions: mentions of quantities defined in the sections."""

from __future__ import annotations

from claims.core.api import Claim, NotCheckable, Route, not_checkable, refuted

from ._build import mention, prop

QUANTITIES = [
    prop("fdr-energy", "the FDR alone conserves the energy of Eq. (2)", "fdr_energy_conserved",
         "fdr_holds", derivation=Route("derive.oqt:fdr_energy_exact"),
         numeric=Route("numerics.oqt:fdr_energy_search")),
]

WINDOW = ("χ_E by the window rule has Tr[χ_E H] ≠ E in general (spectrum (0, 1), ψ0 = √(1/3)|0⟩ + "
          "√(2/3)|1⟩: E relaxes from 2/3 to 1; N = 1000 spins, p = 0.2005: from 200.5 to 212.63), so "
          "the constrained model does not conserve the mean energy.")

CLAIMS = [
    mention("fdr-guarantees-energy", "fdr-energy", "Abstract",
            "The fluctuation–dissipation relation guarantees physicality constraints including "
            "energy conservation.", "FDR guarantees … energy conservation",
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
