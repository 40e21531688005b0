"""Equilibrium, energy and entropy constraints: Ĉ_χ, C_E, the ansatz, Eqs. (3)-(4), the canonical
and microcanonical choices, the window rule and several conserved quantities."""

from __future__ import annotations

from claims.core.api import CONFIRMED, Route, conditional, refuted

from ._build import QUOTE, identity, mention, prop

SHELL = ("Tr[ρH] = Tr[χH] (Eq. (4)): the state already has the steady state's energy", "eq4_shell")

QUANTITIES = [
    identity("steady-constraint", "Eq. (2) at a diagonal χ equals Ĉ_χ", "C_chi"),
    identity("energy-constraint", "Tr[H·Eq. (2)] equals C_E for any state", "C_E"),
    identity("ansatz-forms", "J = A^μB^ν turns Ĉ_χ, C_E into the two suggestive forms", "ansatz"),
    identity("eq3", "B = 1: Ĉ_χ = 𝒵Σ_μ(A^μ/𝒵 − χ_μ)|μ⟩⟨μ|", "eq3"),
    identity("eq4", "B = 1: C_E = 𝒵(Σ E_μA^μ/𝒵 − Σ E_νρ_νν)", "eq4"),
    identity("stationary-chi", "χ is stationary for J^{μν} = χ_μ", "stationary"),
    identity("variance-equation", "V̇ = ΣE²χ − ΣE²ρ under Eq. (2), J = χ_μ, given Eq. (4)",
             "variance", assumes="eq4_shell"),
    identity("conserved-commuting", "d⟨Ŝ⟩/dt = 0 if Ŝ commutes with the L_μν that carry weight",
             "conserved", assumes="charge_commutes_with_used_channels"),
    prop("b1-unique", "B^ν = 1 is the only ansatz meeting Ĉ_χ = 0 and C_E = 0 on the same states",
         "b_constant", "b_meets_both_constraints",
         derivation=Route("derive.oqt:nonconstant_b_exact"),
         numeric=Route("numerics.oqt:nonconstant_b_instances")),
    prop("energy-all-states", "with the paper's solution J^{μν} = χ_μ, C_E(t) = 0 for every state",
         "energy_conserved_b1", "valid_b1_instance", condition=SHELL,
         derivation=Route("derive.oqt:off_shell_instances"),
         numeric=Route("numerics.oqt:shell_instances")),
    prop("eq4-propagates", "Eq. (4) at t = 0 ⇒ Eq. (4) at all t (Eq. (2), J = χ_μ)",
         "eq4_propagates", "eq4_shell",
         derivation=Route("derive.oqt:eq4_propagation_proof"),
         numeric=Route("numerics.oqt:shell_instances")),
    prop("steady-diagonal", "stationary states of Eq. (2) are diagonal in the energy basis",
         "steady_states_diagonal", "rates_positive",
         derivation=Route("derive.oqt:identity_proof", fixed={"identity": "coherence_decay"}),
         numeric=Route("numerics.oqt:detailed_balance_instances")),
    prop("canonical-exists", "χ_β with β from Eq. (4) exists and meets Eqs. (3)-(4)",
         "canonical_meets_constraints", "energy_in_spectral_range",
         derivation=Route("derive.oqt:canonical_instances_exact"),
         numeric=Route("numerics.oqt:canonical_instances")),
    prop("window-energy", "the window's χ_E satisfies Eq. (4), Tr[χ_E H] = E (energy conserved)",
         "window_energy_conserved", "identical_pure_members",
         derivation=Route("derive.oqt:window_energy_exact"),
         numeric=Route("numerics.oqt:window_pure_search")),
    prop("window-variance", "with χ_E and δE = √V the energy variance does not change",
         "window_variance_conserved", "window_energy_preserved",
         derivation=Route("derive.oqt:window_variance_exact"),
         numeric=Route("numerics.oqt:window_pure_search")),
    prop("canonical-variance", "with χ_β the variance evolves for every non-equilibrium state and "
         "converges to Var_χβ(H)",
         "canonical_variance_evolves_and_converges", "non_equilibrium_for_canonical",
         condition=("the initial variance differs from Var_χβ(H)", "variance_differs_from_canonical"),
         derivation=Route("derive.oqt:canonical_variance_exact"),
         numeric=Route("numerics.oqt:canonical_variance_instances")),
    prop("canonical-eigenstates", "with χ_β only the ground state among the eigenstates is stable",
         "canonical_eigenstate_stability_as_stated", "nondegenerate_spectrum",
         condition=("β = −∞ is excluded: the eigenstate is not the top of a bounded spectrum",
                    "not_top_eigenstate"),
         derivation=Route("derive.oqt:canonical_eigenstate_exact"),
         numeric=Route("numerics.oqt:eigenstate_instances")),
    prop("micro-eigenstates", "a non-degenerate eigenstate fixes χ_E = |i⟩⟨i| and is preserved",
         "window_eigenstate_stable", "nondegenerate_spectrum",
         derivation=Route("derive.oqt:eigenstate_instances_exact"),
         numeric=Route("numerics.oqt:eigenstate_instances")),
    prop("charge-window", "with χ_(E,S) (windows in E and S) the conserved ⟨Ŝ⟩ is preserved",
         "charge_window_conserves", "charge_is_conserved_quantity",
         derivation=Route("derive.oqt:charge_window_exact"),
         numeric=Route("numerics.oqt:charge_window_search_instances")),
    prop("window-nonempty", "the window [E − √V, E + √V] always holds an eigenvalue",
         "window_nonempty", "valid_populations",
         derivation=Route("derive.oqt:identity_proof", fixed={"identity": "window_sum"}),
         numeric=Route("numerics.oqt:populations_instances")),
    prop("detailed-balance", "Eq. (2) is in detailed balance with its stationary state",
         "detailed_balance", "rates_generic_positive",
         condition=("J^{μν} = A^μ, the product form the constraints later select (Eq. (3))",
                    "rates_product_form"),
         derivation=Route("derive.oqt:detailed_balance_exact"),
         numeric=Route("numerics.oqt:detailed_balance_instances")),
]

_C = "Operator constraint Ĉ_χ (unnumbered, before Eq. (3))"
WINDOW_ENERGY = (
    "The window's uniform distribution has mean E only if its levels sit symmetrically about E. "
    "Spectrum (0, 1), ψ0 = √(1/3)|0⟩ + √(2/3)|1⟩: E = 2/3, √V = √2/3, the window holds only E = 1, "
    "Tr[χ_E H] = 1 and the ensemble energy relaxes from 2/3 to 1. Macroscopic, within the paper's "
    "premise: N = 1000 spins-1/2 in a field (levels k, degeneracy C(N, k)), product members with "
    "p = 0.2005: E = 200.5, V = 160.3, window k = 188…213, Tr[χ_E H] = 212.63 (exact binomial "
    "arithmetic) — one standard deviation above E.")

CLAIMS = [
    mention("steady-constraint", "steady-constraint", _C,
            "The steady-state condition of Eq. (2) at a diagonal χ is Ĉ_χ = Σ J^{μν}χ_ν(|μ⟩⟨μ| − "
            "|ν⟩⟨ν|) = 0.", QUOTE,
            "we find the first (operator) constraint, $\\hat{\\mathcal{C}}_{\\chi} = 0$", CONFIRMED),
    mention("energy-constraint", "energy-constraint", "Energy constraint C_E (before Eq. (3))",
            "dE/dt under Eq. (2) is C_E = Σ J^{μν}ρ_νν(E_μ − E_ν) for any state.",
            QUOTE,
            "Without assuming any restriction on $\\hat{\\rho}$, this constraint takes the form:",
            CONFIRMED),
    mention("ansatz-forms", "ansatz-forms", "The ansatz J^{μν} = A^μB^ν",
            "With J^{μν} = A^μB^ν the two constraints take the two 'suggestive' forms printed.",
            QUOTE,
            "$J^{\\mu\\nu} = A^{\\mu}B^{\\nu}$ in $\\hat{\\mathcal{C}}_{\\chi} = 0$", CONFIRMED),
    mention("eq3", "eq3", "Eq. (3)",
            "With B^ν = 1 the operator constraint becomes Σ_μ(A^μ/𝒵 − χ_μ)|μ⟩⟨μ| = 0.",
            QUOTE,
            "- \\chi_{\\mu} \\right) \\ |\\mu\\rangle \\langle \\mu| = 0, \\qquad (3)", CONFIRMED),
    mention("eq4", "eq4", "Eq. (4)",
            "With B^ν = 1 the energy constraint becomes Σ_μ E_μA^μ/𝒵 = Σ_ν E_νρ_νν.",
            QUOTE,
            "E_{\\mu} \\frac{A^{\\mu}}{\\mathcal{Z}} = \\sum_{\\nu} E_{\\nu} \\rho_{\\nu\\nu}. "
            "\\tag{4}", CONFIRMED),
    mention("ansatz-b1-unique", "b1-unique", "Text before Eq. (3)",
            "Both constraints may be uniquely met by the asymmetric choice B^ν = 1.",
            QUOTE,
            "both conditions may be uniquely met by the asymmetric choice of $B^{\\nu} = 1$",
            refuted("B^ν = 1 is not unique: J^{μν} = χ_μB^μB^ν with B = (1, 2, 1) on spectrum "
                    "(0, 1, 2), χ uniform (found by exhaustive search over {1,2,3}³), and B = "
                    "(1, 18/5, 6/5) on the generic spectrum (0, 1, 3), χ = (1/2, 1/3, 1/6), keep χ "
                    "stationary and conserve the energy on exactly the states where B = 1 does.")),
    mention("energy-constraint-all-states", "energy-all-states", "Text before the ansatz",
            "Energy conservation requires C_E(t) = 0 at all times and for all states; the "
            "constraints are solved (B = 1, Eq. (4)) so that this holds.",
            QUOTE,
            "$C_E(t) = 0$ is satisfied at all times, and for all states on the Hilbert space",
            conditional("With B = 1, C_E = 𝒵(Tr[χH] − Tr[ρH]) vanishes only on the shell "
                        "Tr[ρH] = Tr[χH]: χ = (1/5, 1/2, 3/10), ρ = diag(1/2, 1/2, 0), E = (0, 1, 2) "
                        "gives C_E = 3/5. The paper itself retreats to the shell (Eq. (4))."),),
    mention("eq4-propagates", "eq4-propagates", "Text after Eq. (4)",
            "If Eq. (4) holds at the initial time it holds at all times.",
            "if the condition in Eq. (4) holds at initial times, it will hold for all times",
            "if the condition in Eq. (4) holds at initial times, it will hold for all times",
            CONFIRMED),
    mention("stationary-chi", "stationary-chi", "Text after Eq. (4)",
            "With J^{μν} = A^μ = χ_μ (𝒵 = 1) the state χ is the time-invariant state of Eq. (2).",
            QUOTE,
            "$J^{\\mu\\nu} = A^{\\mu} = \\chi_{\\mu}$ ($\\forall \\mu, \\nu$ with $\\mathcal{Z} = 1$)",
            CONFIRMED),
    mention("steady-diagonal", "steady-diagonal", "Text before the operator constraint",
            "The equilibrium steady state χ of Eq. (2) is diagonal in the energy basis.",
            QUOTE, "is diagonal since it represents an average over an ensemble",
            CONFIRMED),
    mention("canonical-exists", "canonical-exists", "Canonical choice χ_β",
            "The canonical χ_β = e^{−βH}/𝒵 satisfies the constraints with β set at the initial time.",
            QUOTE,
            "Note that $\\hat{\\chi}_{\\beta}$ satisfies the above constraints", CONFIRMED),
    mention("microcanonical-energy", "window-energy", "Microcanonical χ_E and the window rule",
            "The microcanonical χ_E (window [E − δE, E + δE]) satisfies Eq. (4) for states of the "
            "same energy, i.e. Tr[χ_E H] = E.", QUOTE,
            "such a $\\hat{\\chi}_E$ exists and satisfies Eq. (4)", refuted(WINDOW_ENERGY)),
    mention("variance-equation", "variance-equation", "Energy-variance equation",
            "Under Eq. (2) with J^{μν} = χ_μ and Eq. (4): V̇ = Σ E_μ²χ_μ − Σ E_ν²ρ_νν.",
            QUOTE,
            "\\dot{V} = \\sum_{\\mu} E_{\\mu}^2 \\, \\chi_{\\mu} \\, - \\sum_{\\nu} E_{\\nu}^2 \\, "
            "\\rho_{\\nu\\nu}.", CONFIRMED),
    mention("canonical-variance", "canonical-variance", "Text after the variance equation",
            "With χ_β the energy variance always evolves for any non-equilibrium initial state and "
            "converges to that of χ_β.",
            "the variance of the energy will always evolve, for any initial (non-equilibrium) state",
            "the variance of the energy will always evolve, for any initial (non-equilibrium) state",
            conditional("V(t) − Var_χβ(H) = e^{−t}(V(0) − Var_χβ(H)) converges for every state but "
                        "moves only if V(0) ≠ Var_χβ(H): the non-equilibrium qubit state "
                        "√(2/3)|0⟩ + √(1/3)|1⟩ (χ_β's populations, β = log 2) keeps V constant.")),
    mention("microcanonical-variance", "window-variance", "Window rule δE = √V",
            "With χ_E and ±δE = √V the average energy variance does not change.",
            "the average energy variance also does not change",
            "we fix the conditions such that the average energy variance also does not change",
            refuted("A uniform distribution on the levels inside [E − √V, E + √V] has variance ≤ V, "
                    "equality only in special cases: spectrum (0, 1, 2), ψ0 = (|0⟩ + |2⟩)/√2 keeps "
                    "E = 1 (Eq. (4) holds) but V relaxes from 1 to 2/3.")),
    mention("canonical-eigenstates", "canonical-eigenstates", "Stability of eigenstates",
            "The choice χ_β does not keep energy eigenstates (except the ground state) stable.",
            QUOTE,
            "does not keep energy eigenstates (except the ground state) stable under evolution",
            conditional("Holds for eigenstates below the top of the spectrum. For a bounded "
                        "spectrum the top eigenstate's energy is matched only by β = −∞, where χ_β "
                        "is its projector, so it is stable too (E = (0, 1, 2): |2⟩ stays).")),
    mention("microcanonical-eigenstates", "micro-eigenstates", "Stability of eigenstates",
            "With χ_E, a non-degenerate eigenstate |i⟩ has zero variance, fixes χ_E = |i⟩⟨i| and "
            "is preserved.", QUOTE,
            "is fixed by its zero variance and preserves the initial state", CONFIRMED),
    mention("conserved-commuting", "conserved-commuting", "Multiple conserved quantities",
            "If a symmetry Ŝ commutes with the L_μν (that carry weight), ∂⟨Ŝ⟩/∂t = 0 under Eq. (2).",
            QUOTE,
            "one scenario in which these constraints are satisfied is if \\hat{S} commutes with "
            "$\\hat{L}_{\\mu\\nu}$", CONFIRMED),
    mention("multi-charge-window", "charge-window", "Multiple conserved quantities",
            "With the microcanonical χ_(E,S) (windows in E and S), conserved quantities remain "
            "preserved.", "conserved quantities remain preserved",
            "one simply ensures that conserved quantities remain preserved",
            refuted("As for the energy, the uniform distribution on the window has ⟨Ŝ⟩_χ ≠ S in "
                    "general: H = 0, charges (0, 1), ψ0 = √(1/3)|0⟩ + √(2/3)|1⟩: the window holds "
                    "only s = 1 and ⟨Ŝ⟩ relaxes from 2/3 to 1.")),
    mention("window-nonempty", "window-nonempty", "Window rule, text after the variance equation",
            "The microcanonical window [E − δE, E + δE], δE = √V, contains energy eigenstates over "
            "which χ_E is uniformly distributed (it is never empty).",
            "uniformly distributed at all energy eigenstates lying in the microcannonical window",
            "uniformly distributed at all energy eigenstates lying in the microcannonical window",
            CONFIRMED),
    mention("detailed-balance", "detailed-balance", "Text after Eq. (2)",
            "The master equation takes a form explored in open-system equilibration via detailed "
            "balance (read: Eq. (2) is in detailed balance with its stationary state).",
            QUOTE,
            "takes a form explored in the context of open system equilibration via detailed balance",
            conditional("Eq. (2) with generic rates J is not in detailed balance with its stationary "
                        "state π (rates J = [[0,1,2],[3,0,1],[1,2,0]] on 3 levels: J^{μν}π_ν ≠ "
                        "J^{νμ}π_μ); with the product form J^{μν} = A^μ that Eqs. (3)-(4) select it "
                        "is (π ∝ A). The sentence may only cite the literature; either way the form "
                        "alone does not give detailed balance.")),
]
