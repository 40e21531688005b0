"""Formal statements: dimensions (§4.4, §10.4) and the Keldysh steps of App. C (Eqs. (105), (108)–(109))."""

from claims.core.api import CONFIRMED, Claim, Property, Quantity, Route, refuted

D = "derive.collapse"
N = "numerics.collapse"
P = "claims.papers.collapse.predicates"

GAMMA_DIM = Quantity(
    "collapse:coherence-pressure-dimension", "dimension of γ = g√N|⟨Ŝ⟩|/(ħω_S) with [g√N] = energy, [Ŝ] = energy",
    Property(statement=f"{P}:is_dimensionless"),
    Route(f"{D}:coherence_pressure_dimension_proof"), Route(f"{N}:coherence_pressure_dimension_by_units"))

WIDTHS_DIM = Quantity(
    "collapse:fluctuation-widths-dimension", "dimensions of √(ħ/mω) and √(k_BT/mω²) (Eq. (82))",
    Property(statement=f"{P}:same_dimension"),
    Route(f"{D}:fluctuation_widths_dimension_proof"), Route(f"{N}:fluctuation_widths_dimension_by_units"))

SADDLE = Quantity(
    "collapse:keldysh-saddle", "∂_tΦ from δS_eff/δΦ_q = 0 of the printed action (108), against −ΓV' (Eq. (109))",
    Property(statement=f"{P}:saddle_is_eq109"),
    Route(f"{D}:keldysh_saddle_exact"), Route(f"{N}:keldysh_saddle_instances"))

FDT = Quantity(
    "collapse:kernel-fdt", "N(ω)/D(ω) of the kernels (103)–(104) as defined, against coth(ω/2k_BT) (Eq. (105))",
    Property(statement=f"{P}:fdt_as_printed"),
    Route(f"{D}:fdt_relation_exact"), Route(f"{N}:fdt_relation_instances"))

QUANTITIES = (GAMMA_DIM, WIDTHS_DIM, SADDLE, FDT)

_SADDLE_WHY = ("with the integrand Φ_q(i∂_tΦ_cl + ΓδV/δΦ_cl) of Eq. (108), stationarity in Φ_q at Φ_q = 0 gives "
               "i∂_tΦ = −ΓV', i.e. ∂_tΦ = iΓV' (imaginary, non-dissipative; the discretised action gives the same "
               "at three (Γ, V')); Eq. (109) needs Φ_q(∂_tΦ + ΓV') without the i")

CLAIMS = [
    Claim(id="collapse:gamma-dimensionless", quantity=GAMMA_DIM, location="§4.4, after Eq. (28)",
          statement="The coherence pressure γ = g√N|⟨Ŝ⟩|/ħω_S is manifestly dimensionless, g√N having units of "
                    "energy.", stated="dimensionless",
          quote="The coherence pressure γ is manifestly dimensionless: g",
          expect=refuted("with [g√N] = energy (as the paper states) and Ŝ an energy (needed for |⟨Ŝ⟩| ≤ ħω_S), γ has "
                         "the dimension of energy (SymPy's and pint's unit systems agree); it is dimensionless only if "
                         "one of g√N or Ŝ is")),
    Claim(id="collapse:eq82-units", quantity=WIDTHS_DIM, location="§10.4, Eq. (82)",
          statement="Both widths of Eq. (82) are lengths (same units), so their ratio (83) is a pure number.",
          stated="and m and ω are the effective mass and frequency of the col-", quote="and m and ω are the effective mass and frequency of the col-",
          expect=CONFIRMED),
    Claim(id="collapse:eq109-saddle", quantity=SADDLE, location="App. C.5, Eq. (109)",
          statement="δS_eff/δΦ_q = 0 applied to Eq. (108) yields ∂_tΦ = −Γ δV/δΦ.", stated="δSeff/δΦq = 0 yields the equation of motion for Φcl:",
          quote="δSeff/δΦq = 0 yields the equation of motion for Φcl:", expect=refuted(_SADDLE_WHY)),
    Claim(id="collapse:eq109-d-equals-gamma", quantity=SADDLE, location="App. C.5",
          statement="The saddle point is the deterministic TDGL equation (47) with D = Γ.", stated="D = Γ",
          quote="which is precisely the deterministic TDGL equation (47) with",
          expect=refuted("the saddle point of Eq. (108) as printed is ∂_tΦ = iΓV', not Eq. (47) with D = Γ: "
                         + _SADDLE_WHY)),
    Claim(id="collapse:eq105-fdt", quantity=FDT, location="App. C.3, Eq. (105)",
          statement="The kernels of Eqs. (103)–(104) satisfy N(ω) = coth(ω/2k_BT) D(ω).",
          stated="kernels satisfy the fluctuation-dissipation relation at tempera-", quote="kernels satisfy the fluctuation-dissipation relation at tempera-",
          expect=refuted("with D = Im⟨B(t)B(t')⟩ and N = Re⟨{B(t), B(t')}⟩ the Fourier transforms obey "
                         "N(ω) = 2i coth(ω/2k_BT) D(ω) (f(ω) = ∫e^(iωt)f(t)dt; −2i with e^(−iωt)): a bath oscillator "
                         "gives the ratio 2i coth(βω₀/2) exactly and from matrix correlators at β = 0.5, 0.8, 2; the "
                         "printed relation misses the factor 2 and the i (D(ω) is imaginary, N(ω) real)")),
]
