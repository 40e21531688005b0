"""App. H (decoherence scaling derivations, Eqs. (53)–(59)) of ``lmg_lgi`` on the earned-verdicts
framework; the same rates are restated in §6 Remark 5 (:mod:`.s6`)."""

from claims.core.api import Expression, Quantity, Route, Value, mentions

from .inputs import INPUTS
from .s2_model import DS, NS

RATES = {"N": (10.0, 1000.0), "m_star": (0.05, 0.99)}
FD = "one-sided second-order finite difference (step 1e-7) of the exact one-spin channel"

LOCAL_RATE = Quantity(
    "lmg_lgi:local-dephasing-rate", "1/(γ T2_local): initial decay rate of ⟨P|ρ|R⟩ under N local baths "
    "L_i = √γ σ_z^i, spin-coherent |P⟩, |R⟩ at ±m*",
    Expression("N*(1 + m_star**2)", symbols=RATES, agree_rtol=1e-6, tol_reason=FD),
    Route(f"{DS}:local_rate_expression"), Route(f"{NS}:local_rate_formula"))
POLARISED = Quantity(
    "lmg_lgi:local-dephasing-rate-polarised", "the local rate of Eq. (57) at m* → 1",
    Expression("2*N", symbols={"N": (10.0, 1000.0)}, agree_rtol=1e-6, tol_reason=FD),
    Route(f"{DS}:local_rate_polarised_expression"), Route(f"{NS}:local_rate_polarised_formula"))
COLLECTIVE_RATE = Quantity(
    "lmg_lgi:collective-dephasing-rate-mean-field", "decay rate of |P⟩⟨R| per γ under L = √γ J_z with "
    "J_z → ±Nm*/2 on |P⟩, |R⟩ (Eqs. (58)–(59))",
    Expression("N**2*m_star**2/2", symbols=RATES), Route(f"{DS}:collective_rate_expression"),
    Route(f"{NS}:collective_rate_formula"))
T2_LOCAL = Quantity("lmg_lgi:t2-local", "T2_local = 1/(γN(1 + m*²)) at the BEC target (ms)",
                    Value(agree_rtol=1e-6, tol_reason=FD), Route(f"{DS}:t2_local_ms"), Route(f"{NS}:t2_local_ms"),
                    inputs=INPUTS, units="ms")

QUANTITIES = [LOCAL_RATE, POLARISED, COLLECTIVE_RATE, T2_LOCAL]

m = mentions("lmg_lgi")

CLAIMS = [
    m("apph-eq57-local", LOCAL_RATE, "App. H Eq. (57)", "Local dephasing: ρ̇_PR = −Nγ(1 + m*²)ρ_PR.",
      "= Nγϕ(1 +m2", "= Nγϕ(1 +m2", units="γϕ"),
    m("apph-polarised-2n", POLARISED, "App. H after Eq. (57)",
      "For m* → 1 the local rate Nγ(1 + m*²) reduces to 2Nγ.", "2Nγϕ", "this correctly reduces to 2Nγϕ",
      units="γϕ"),
    m("apph-eq13-collective", COLLECTIVE_RATE, "App. H Eqs. (58)–(59); Eq. (13)",
      "Collective dephasing of |P⟩⟨R| with J_z → ±Nm*/2: rate N²m*²γ/2.", "Combining: ρ̇PR = −N2m2",
      "Combining: ρ̇PR = −N2m2", units="γϕ"),
]
