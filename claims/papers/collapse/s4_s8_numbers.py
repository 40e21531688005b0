"""Exponents and printed numbers: g_c and γc against N (§4.4, §8.5.3, §9.5, §11.1, App. C.6), the
mean-field exponents (§6.2, §8.1, App. D), the spike (§8.4), and the platform numbers of §8.5.7 B–C."""

from claims.core.api import CONFIRMED, Claim, Property, Quantity, Route, Value, conditional, refuted

D = "derive.collapse"
N = "numerics.collapse"
P = "claims.papers.collapse.predicates"

_EXP = "an exponent of the paper's formulas; no manuscript parameter enters"

GC_EXP = Quantity("collapse:gc-exponent", "d ln g_c/d ln N from g√N|⟨S⟩| = λ (Eq. (29))", Value(),
                  Route(f"{D}:gc_exponent"), Route(f"{N}:gc_exponent_by_root_fit"), pure_number=_EXP)
GAMMA_C_EXP = Quantity(
    "collapse:gamma-c-exponent", "d ln γc/d ln N for γc = λ/(ħω_S) (Eq. (28))",
    Value(agree_atol=1e-10, tol_reason="a log–log fit of an N-independent quantity returns 0 up to rounding (~1e-17)"),
    Route(f"{D}:gamma_c_exponent"), Route(f"{N}:gamma_c_exponent_by_fit"), pure_number=_EXP)
GAMMA_C_INV = Quantity("collapse:gamma-c-inverse-exponent-eq113",
                       "d ln γc⁻¹/d ln N when γ = g√N (Eq. (113)) is set equal to γc", Value(),
                       Route(f"{D}:gamma_c_inverse_exponent_eq113"), Route(f"{N}:gamma_c_inverse_exponent_by_fit"),
                       pure_number=_EXP)


def _gc_at(label, size):
    return Quantity(f"collapse:gc-at-{label}", f"g_c = λ/(√N|⟨S⟩|) at the {label} apparatus size", Value(),
                    Route(f"{D}:gc_at_size", size=size), Route(f"{N}:gc_at_size_by_root", size=size),
                    units="λ/|⟨S⟩| (the only unit in which g_c is a number)")


GC_MACRO, GC_MESO, GC_MICRO = (_gc_at("macroscopic", "N_macroscopic"), _gc_at("mesoscopic", "N_mesoscopic"),
                               _gc_at("microscopic", "N_microscopic"))

NUZ = Quantity("collapse:nuz", "mean-field νz: exponent of the collapse time, τ_c ∝ |γ − γc|^(−νz)",
               Value(agree_rtol=1e-9, tol_reason="log–log fit of complex-step growth rates"),
               Route(f"{D}:mean_field_nuz"), Route(f"{N}:nuz_by_fit"), pure_number=_EXP)
NU = Quantity("collapse:nu", "mean-field correlation-length exponent ν",
              Value(agree_rtol=1e-4, tol_reason="ξ fitted from the decay of a lattice correlation function"),
              Route(f"{D}:mean_field_nu"), Route(f"{N}:nu_by_fit"), pure_number=_EXP)
ETA = Quantity("collapse:eta", "mean-field anomalous dimension η",
               Value(agree_atol=1e-4, tol_reason="slope of a lattice structure factor at small k (O(k²dx²))"),
               Route(f"{D}:mean_field_eta"), Route(f"{N}:eta_by_structure_factor"), pure_number=_EXP)
GAMMA_EXP = Quantity("collapse:gamma-exp", "mean-field susceptibility exponent γ_exp",
                     Value(agree_rtol=1e-6, tol_reason="susceptibility from numerical minimisation at h = 1e-7"),
                     Route(f"{D}:mean_field_gamma"), Route(f"{N}:susceptibility_exponent_by_fit"), pure_number=_EXP)
Z = Quantity("collapse:z", "mean-field dynamical exponent z",
             Value(agree_rtol=1e-4, tol_reason="ratio of two fitted exponents (νz, ν)"),
             Route(f"{D}:mean_field_z"), Route(f"{N}:z_by_fits"), pure_number=_EXP)
CW_GC = Quantity("collapse:cw-gamma-c", "γc = β_c J of the Curie–Weiss pointer (Eqs. (44)–(45))", Value(),
                 Route(f"{D}:curie_weiss_gamma_c"), Route(f"{N}:cw_gamma_c_by_root"), pure_number=_EXP)
SMAX_EXP = Quantity("collapse:smax-exponent", "exponent of S_max in γ/γc − 1 (§8.4)",
                    Value(agree_rtol=1e-6, tol_reason="log–log fit of optimiser maxima (xatol 1e-16) over 3 decades"),
                    Route(f"{D}:peak_signal_exponent"), Route(f"{N}:peak_signal_exponent_by_fit"), pure_number=_EXP)
PEAK_WIDTH = Quantity("collapse:peak-width", "FWHM of the spike |ψ̇(t)| in units of τ_grow (§8.4)",
                      Value(agree_rtol=1e-3, tol_reason="FWHM read off a trajectory sampled every 5e-4 τ"),
                      Route(f"{D}:peak_width_in_tau"), Route(f"{N}:peak_width_in_tau"),
                      pure_number="a fixed multiple of τ_grow for the form of Eq. (91)")

QED_TAU = Quantity("collapse:tau-c-table-b", "τ_c = [(κ/2)(γ/γc − 1)]⁻¹ at the Table B row (κ/2π = 1 MHz)", Value(),
                   Route(f"{D}:collapse_time_at", kappa_over_2pi="qed_kappa_over_2pi", gamma_ratio="qed_gamma_ratio"),
                   Route(f"{N}:collapse_time_by_trajectory_at", kappa_over_2pi="qed_kappa_over_2pi",
                         gamma_ratio="qed_gamma_ratio"), units="ns")
OM_TAU = Quantity("collapse:tau-c-table-c", "τ_c = [(κ/2)(γ/γc − 1)]⁻¹ at the Table C row (κ/2π = 1 kHz)", Value(),
                  Route(f"{D}:collapse_time_at", kappa_over_2pi="om_kappa_over_2pi", gamma_ratio="om_gamma_ratio",
                        fixed={"kappa_unit": "kHz", "time_unit": "ms"}),
                  Route(f"{N}:collapse_time_by_trajectory_at", kappa_over_2pi="om_kappa_over_2pi",
                        gamma_ratio="om_gamma_ratio", fixed={"kappa_unit": "kHz", "time_unit": "ms"}), units="ms")
OM_NC = Quantity("collapse:nphonon-c-om", "Eq. (75) with χ → g_OM at the optomechanical parameters", Value(),
                 Route(f"{D}:om_nbar_c"), Route(f"{N}:om_nbar_c_by_root"), units="phonons")
OM_ATOMS = Quantity("collapse:atoms-in-membrane", "atoms in the 10 ng oscillator (Si₃N₄, 20.04 g/mol per atom)",
                    Value(), Route(f"{D}:atoms_in_mass_exact"), Route(f"{N}:atoms_in_mass_by_units"), units="atoms")
BANDWIDTH = Quantity("collapse:bandwidth", "bandwidth ∼ 1/δt for the stated resolution δt", Value(),
                     Route(f"{D}:bandwidth_ghz"), Route(f"{N}:bandwidth_ghz_by_units"), units="GHz")
UNCERT = Quantity("collapse:nbar-c-uncertainty",
                  "half-spread of n̄c ∝ κ/χ under ±variation in κ and χ, in three propagation readings",
                  Property(statement=f"{P}:uncertainty_prints_as_015",
                           condition=("the uncertainty is the half-spread of the worst-case ±10 % corners",
                                      f"{P}:worst_case_corners")),
                  Route(f"{D}:nbar_c_uncertainty_readings"), Route(f"{N}:nbar_c_uncertainty_by_sampling"))

QUANTITIES = (GC_EXP, GAMMA_C_EXP, GAMMA_C_INV, GC_MACRO, GC_MESO, GC_MICRO, NUZ, NU, ETA, GAMMA_EXP, Z, CW_GC,
              SMAX_EXP, PEAK_WIDTH, QED_TAU, OM_TAU, OM_NC, OM_ATOMS, BANDWIDTH, UNCERT)

_GAMMA_C_WHY = ("γc = λ/(ħω_S) (Eq. (28), Table 1) contains no N: its exponent in N is 0, not −1/2. What scales as "
                "N^(−1/2) is the critical microscopic coupling g_c (Eq. (30)); γc is N-independent.")
_NUZ = dict(reading="1", reading_from="τ_c ∼ |γ − γc|^(−1) = |γ − γc|^(−νz): νz")
_OM_WHY = ("the paper's only route to a critical number, Eq. (75) n̄c = κ/(8χ) with χ → g_OM/2π = 100 Hz and κ/2π = "
           "1 kHz, gives 1.25 phonons; other readings give N_eff = (κ/2g_OM)² = 25 or 2g_OM/κ = 0.2; none gives 50")
_G = "exponent of N (dimensionless)"


def _m(label, q, location, statement, stated, quote, expect=CONFIRMED, **kw):
    return Claim(id=f"collapse:{label}", quantity=q, location=location, statement=statement, stated=stated,
                 quote=quote, expect=expect, **kw)


CLAIMS = [
    _m("gc-scaling", GC_EXP, "§4.4, Eqs. (28)–(30)", "From g√N|⟨S⟩| = λ with λ independent of N, g_c ∼ N^(−1/2).",
       "−1/2", "N)c ∼ constant =⇒ gc ∼ N−1/2 (30)", units=_G),
    _m("gc-scaling-abstract", GC_EXP, "Abstract", "The critical coupling scales as g_c ∼ N^(−1/2).", "−1/2",
       "obtaining the scaling gc ∼ N−1/2", units=_G),
    _m("gc-scaling-key-result", GC_EXP, "§4.4, Key Result", "Key result: g_c ∼ N^(−1/2).", "−1/2",
       "Key Result: The critical coupling scales as gc ∼ N−1/2:", units=_G),
    _m("gc-scaling-conclusion", GC_EXP, "§12, item 1", "The collapse threshold yields the scaling law g_c ∼ N^(−1/2).",
       "−1/2", "λ/(ℏωS), yielding the scaling law gc ∼ N−1/2 (Fig. 1).", units=_G),
    _m("gamma-c-scaling-sec8.5.3", GAMMA_C_EXP, "§8.5.3, before Eq. (74)",
       "The critical coherence pressure scales as γc ∼ N_eff^(−1/2).", "−1/2", "The critical coupling scales as γc ∼ N−1/2",
       refuted(_GAMMA_C_WHY + " Here the paper asserts γc ∼ N_eff^(−1/2) for the readout platform without derivation "
               "and uses it as the identification γc = 2χ/κ in Eq. (74)"), units=_G),
    _m("gamma-c-scaling-objection2", GAMMA_C_EXP, "§9.5, Objection 2", "The scaling γc ∼ N^(−1/2) derives the boundary.",
       "−1/2", "The scaling γc ∼N−1/2 then", refuted(_GAMMA_C_WHY), units=_G),
    _m("gamma-c-scaling-sec11.1", GAMMA_C_EXP, "§11.1, item 2",
       "The quantum–classical boundary is determined by γc ∼ N^(−1/2) with γc = λ/(ħω_S).", "−1/2",
       "mined by γc ∼ N−1/2, with the coherence pressure γ =", refuted(_GAMMA_C_WHY), units=_G),
    _m("gamma-c-scaling-eq115", GAMMA_C_EXP, "App. C.6, after Eq. (115)",
       "Eq. (115) reproduces the scaling γc ∼ (g√N)^(−1) of the main text.", "γc ∼ (g√N)−1",
       "This reproduces the scaling γc ∼ (g",
       refuted(_GAMMA_C_WHY + " The main text (Eq. (28)) never gives γc ∼ (g√N)^(−1); g enters only through γ."),
       reading="−1/2", reading_from="(g√N)^(−1) ∝ N^(−1/2): the exponent of N", units=_G),
    _m("eq115-condition", GAMMA_C_INV, "App. C.6, Eq. (115)",
       "With maximal polarisation the condition γ = γc becomes γc⁻¹ = g√N (so γc⁻¹ ∝ N^(+1/2)).", "γ−1 c = g√N",
       "condition γ = γc becomes:",
       refuted("with γ = g√N (Eq. (113)) the condition γ = γc gives γc = g√N, i.e. γc⁻¹ = (g√N)⁻¹ ∝ N^(−1/2); "
               "Eq. (115) inverts it. With γc = λ/(ħω_S) (Eq. (28)) γc has no N at all"),
       reading="1/2", reading_from="γc⁻¹ = g√N ∝ N^(1/2): the exponent of N in γc⁻¹", units="exponent of N in γc⁻¹"),
    _m("gc-value-n1e23", GC_MACRO, "§4.4, Key Result list", "For N ∼ 10²³, g_c ∼ 10⁻¹² (units λ/|⟨S⟩|).", "∼ 10−12",
       "(N ∼ 1023): gc ∼ 10−12"),
    _m("gc-weak-coupling-macroscopic", GC_MACRO, "§4.4, after Key Result",
       "Macroscopic apparatus (N ∼ 10²³) collapse wavefunctions even with weak coupling (g_c ∼ 10⁻¹²).",
       "weak coupling", "(N ∼ 1023) collapse wavefunctions even with weak coupling,", reading="∼ 10−12",
       reading_from="the Key Result list: g_c ∼ 10⁻¹² at N ∼ 10²³"),
    _m("gc-value-n1e9", GC_MESO, "§4.4, Key Result list", "For N ∼ 10⁹, g_c ∼ 10⁻⁵ (units λ/|⟨S⟩|).", "∼ 10−5",
       "(N ∼ 109): gc ∼ 10−5"),
    _m("gc-value-n1e0", GC_MICRO, "§4.4, Key Result list", "For N ∼ 1, g_c ∼ 1 (units λ/|⟨S⟩|).", "∼ 1",
       "(N ∼ 1): gc ∼ 1, requiring"),
    _m("gc-strong-coupling-microscopic", GC_MICRO, "§4.4, after Key Result",
       "Microscopic systems (N ∼ 1) require strong coupling (g_c ∼ 1).", "∼ 1",
       "while microscopic systems (N ∼ 1) require strong coupling to"),
    _m("eq50-exponent", NUZ, "§6.2, Eq. (50)", "The total collapse time scales as τ_c ∼ |γ − γc|⁻¹.", "−1",
       "τc ∼ |γ − γc|−1. (50)", **_NUZ),
    _m("eq66-nuz", NUZ, "§8.1, Eq. (66)", "νz ≈ 1 for mean-field dynamics.", "≈ 1",
       "where τ0 is a microscopic time scale and νz≈ 1 for mean-field"),
    _m("fig2-slope", NUZ, "Fig. 2 caption", "τ_c ∝ |γ − γc|^(−νz) with νz = 1 has log–log slope −1.", "−1",
       "exponent νz = 1 (slope = −1)", **_NUZ),
    _m("table-a-nuz", NUZ, "§8.5.7 Table A", "Critical slowing exponent νz = 1.00 ± 0.05 (mean field).", "1.00±0.05",
       "Critical slowing exponent νz 1.00±0.05 (mean-field)"),
    _m("table-a-nuz-exact", NUZ, "§8.5.7, after Table A", "νz = 1 is the exact mean-field value for Model A with Z₂.",
       "1", "νz = 1 is the exact mean-field value for Model A dynamics"),
    _m("app-d-nuz", NUZ, "App. D, after Eq. (119)", "τ_c ∼ ξ^z ∼ |γ − γc|^(−νz) = |γ − γc|⁻¹.", "−1",
       "The collapse time scales as τc ∼ ξ z ∼ |γ − γc|−νz = |γ −", **_NUZ),
    _m("app-d-nu", NU, "App. D, Eq. (116)", "Mean-field correlation-length exponent ν = 1/2.", "1/2",
       "ν = 1/2 (correlation length) (116)"),
    _m("app-d-eta", ETA, "App. D, Eq. (117)", "Mean-field anomalous dimension η = 0.", "0",
       "η = 0 (anomalous dimension) (117)"),
    _m("eta-approx-zero", ETA, "§5.5, after Eq. (38)", "The anomalous dimension is η ≈ 0.", "≈ 0",
       "where η ≈ 0 is the anomalous dimension. For the measure-"),
    _m("app-d-gamma", GAMMA_EXP, "App. D, Eq. (118)", "Mean-field susceptibility exponent γ_exp = 1.", "1",
       "γexp = 1 (susceptibility) (118)"),
    _m("app-d-z", Z, "App. D, Eq. (119)", "Mean-field dynamical exponent z = 2.", "2", "z = 2 (dynamical exponent) (119)"),
    _m("cw-gamma-c-one", CW_GC, "§5.7, Eq. (45)", "With γ = βJ the critical value is γc = 1.", "1", "γ = βJ, γc = 1. (45)"),
    _m("smax-exponent", SMAX_EXP, "§8.4, after Eq. (69)",
       "Since ψ_eq ∝ |γ/γc − 1|^(1/2) and τ⁻¹ ∝ |γ/γc − 1|, S_max ∝ |γ/γc − 1|^(3/2).", "3/2",
       "1|3/2: the spike is most prominent well above criticality and"),
    _m("peak-width", PEAK_WIDTH, "§8.4, after Eq. (69)", "The transient spike is a bounded peak of width δt ∼ τ_grow.",
       "δ t ∼ τgrow", "a sharp but bounded peak of width δ t ∼ τgrow, locally", reading="∼ 1",
       reading_from="δt ∼ τ_grow: the width in units of τ_grow is of order 1", units="τ_grow (FWHM)"),
    _m("qed-collapse-time", QED_TAU, "§8.5.7 Table B", "Collapse time at γ = 1.01γc is 320 ± 60 ns.", "320±60",
       "Collapse time at γ = 1.01γc 320±60 ns",
       refuted("τ_c = [(κ/2)(γ/γc − 1)]⁻¹ with κ = 2π × 1 MHz gives 31.8 µs (κ = 10⁶ s⁻¹: 200 µs); 320 ns equals "
               "2/κ = 318 ns, i.e. the factor 1/(γ/γc − 1) = 100 was dropped"), units="ns"),
    _m("om-collapse-time", OM_TAU, "§8.5.7 Table C", "Collapse time at γ = 1.01γc ∼ 1 ms.", "∼ 1",
       "Collapse time at γ = 1.01γc ∼ 1 ms",
       refuted("τ_c = [(κ/2)(γ/γc − 1)]⁻¹ with κ = 2π × 1 kHz gives 31.8 ms (κ = 10³ s⁻¹: 200 ms); only 2/κ = "
               "0.32 ms, without the factor 100, is ∼1 ms"), units="ms"),
    _m("om-nphonon-c", OM_NC, "§8.5.7 Table C", "Critical phonon number n_phonon,c = 50 ± 10.", "50±10",
       "Critical phonon number nphonon,c 50±10", refuted(_OM_WHY)),
    _m("om-nphonon-c-restated", OM_NC, "§8.5.7 C", "n_phonon,c ∼ 50 lies within reach of state-resolved measurements.",
       "∼ 50", "nphonon,c ∼ 50 lies within the range of quantum-state-resolved", refuted(_OM_WHY)),
    _m("om-atoms", OM_ATOMS, "§8.5.7 C", "A 10 ng oscillator contains ∼ 10¹⁴ atoms.", "∼ 10¹⁴",
       "of freedom (m ∼ 10 ng contains ∼ 1014 atoms), giving the",
       units="atoms; membrane material Si₃N₄ (mean 20.04 g/mol per atom); pure Si (28.09) gives 2.1·10¹⁴"),
    _m("bandwidth-vs-resolution", BANDWIDTH, "§8.4, requirements", "Resolution δt ≲ 1 ns requires a bandwidth ≳ 1 GHz.",
       "≳ 1", "• Bandwidth: ≳ 1 GHz to resolve the transient.", units="GHz"),
    _m("eq77-uncertainty", UNCERT, "§8.5.4, after Eq. (77)", "The uncertainty ±0.15 reflects ±10 % variation in χ and κ.",
       "0.15", "0.72±0.15 photons, (77)",
       conditional("three readings of '±10 % variation in χ and κ' propagated to n̄c = 0.72: the half-spread of the "
                   "worst-case corners is 0.1455 (prints as 0.15), first-order linear propagation 0.144 (prints as "
                   "0.14) and independent errors in quadrature 0.102 (0.10). Only the corner reading gives the print; "
                   "the paper does not say which (was confirmed on the corner reading alone)")),
]
