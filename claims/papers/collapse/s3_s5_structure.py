"""Structure of the Landau theory: the symmetric phase (§3.1, §4.3, Fig. 1, §5.9, §7.2), the Curie–Weiss
phases (§5.7), the RG irrelevance of higher powers (§3.4, §5.5, App. D) and the noise of Eqs. (31), (47)."""

from claims.core.api import Claim, Property, Quantity, Route

D = "derive.collapse"
N = "numerics.collapse"
P = "claims.papers.collapse.predicates"

_DIMS = (Route(f"{D}:operator_dimensions"), Route(f"{N}:operator_dimensions_by_quadrature"))

SYMMETRIC = Quantity(
    "collapse:symmetric-phase-minima", "minima of V(ψ) of Eq. (19) for γ/γc < 1 (α = λ(1 − γ/γc) > 0)",
    Property(statement=f"{P}:single_minimum_at_origin", assumes=f"{P}:below_threshold"),
    Route(f"{D}:landau_minima_below_threshold"), Route(f"{N}:landau_minima_by_scan"))
CW_PHASES = Quantity(
    "collapse:curie-weiss-phases", "minima of the exact Curie–Weiss f(m) (Eq. (42), h = 0) above and below T_c",
    Property(statement=f"{P}:curie_weiss_phase_structure", assumes=f"{P}:away_from_tc"),
    Route(f"{D}:curie_weiss_phases"), Route(f"{N}:curie_weiss_phases_by_scan"))
PSI4_MF = Quantity("collapse:psi4-dimension-mean-field", "[ψ⁴] (Eq. (38)) for d > 4",
                   Property(statement=f"{P}:dimension_non_negative", assumes=f"{P}:quartic_in_mean_field_regime"),
                   *_DIMS)
PSI6 = Quantity("collapse:psi6-dimension", "[ψ⁶] (Eq. (38)) for d > 3",
                Property(statement=f"{P}:dimension_positive", assumes=f"{P}:sextic_above_three"), *_DIMS)
HIGHER = Quantity("collapse:higher-powers-dimension", "[ψ⁶], [ψ⁸] (Eq. (38)) for d > 4",
                  Property(statement=f"{P}:dimension_positive", assumes=f"{P}:higher_in_mean_field_regime"), *_DIMS)
NOISE_FDT = Quantity(
    "collapse:noise-fixes-equilibrium", "stationary variance of the TDGL with noise 2Dk_BT (V = kψ²/2) against k_BT/k",
    Property(statement=f"{P}:variance_is_boltzmann", assumes=f"{P}:positive_temperature"),
    Route(f"{D}:stationary_variance_kramers_moyal"), Route(f"{N}:stationary_variance_by_simulation"))

QUANTITIES = (SYMMETRIC, CW_PHASES, PSI4_MF, PSI6, HIGHER, NOISE_FDT)

#: first-version claims carried by these quantities (text from their records)
CARRIED = {
    "eq19-symmetric-phase": SYMMETRIC, "eq4-symmetric-phase": SYMMETRIC, "fig1a-single-minimum": SYMMETRIC,
    "regime-i-single-minimum": SYMMETRIC, "gamma-zero-stable": SYMMETRIC,
    "cw-symmetric-above-tc": CW_PHASES, "cw-broken-below-tc": CW_PHASES,
    "eq38-psi4-irrelevant": PSI4_MF, "app-d-mean-field-validity": PSI4_MF, "app-d-deff": PSI4_MF,
    "eq38-psi6-irrelevant": PSI6, "higher-orders-irrelevant-sec3.4": HIGHER,
    "eq31-noise-fdt": NOISE_FDT, "eq47-noise-fdt": NOISE_FDT,
}


def build(text):
    return [Claim(id=f"collapse:{label}", quantity=q, **text[label]) for label, q in CARRIED.items()]
