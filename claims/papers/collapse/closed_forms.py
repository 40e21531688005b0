"""Closed forms (Expression quantities) of §3–§8, App. A and App. C on the framework.

Each quantity pairs a SymPy derivation (:mod:`derive.collapse`) with a numerical method returning a
callable (:mod:`numerics.collapse`: mpmath derivatives, bounded minimisation, complex-step slopes, DOP853
integration, diagonalisation, lattice gradients, root finding).  The printed transcription and sampling
domain of each quantity are recorded in :mod:`.records`; restatements of one closed form
(the minima ±√(γ/γc − 1) in four places, τ_grow in two) are mentions of one quantity.
"""

from claims.core.api import Claim, Quantity, Route

D = "derive.collapse"
N = "numerics.collapse"

#: quantity label, derivation, numerical route (with fixed settings), the first-version claims it carries
_TABLE = (
    ("cw-landau-a", "cw_coefficient_a", ("cw_coefficient_by_mpmath", {"key": "a"}), ("cw-landau-a",)),
    ("cw-landau-b", "cw_coefficient_b", ("cw_coefficient_by_mpmath", {"key": "b"}), ("cw-landau-b",)),
    ("cw-linear-term", "cw_coefficient_linear", ("cw_coefficient_by_mpmath", {"key": "linear"}), ("cw-linear-term",)),
    ("cw-expansion", "cw_expansion_terms", ("cw_expansion_by_mpmath", {}), ("cw-expansion-eq43",)),
    ("cw-force", "curie_weiss_force", ("cw_force_by_mpmath", {}), ("cw-tdgl-force-eq46",)),
    ("cw-beta-c", "curie_temperature_beta", ("cw_beta_c_function", {}), ("cw-curie-temperature",)),
    ("vsys-expansion", "vsys_expansion_quartic", ("vsys_taylor_function", {}), ("eq107-expansion",)),
    ("landau-a4", "landau_quartic_coefficient", ("landau_quartic_by_differentiation", {}), ("eq114-a4",)),
    ("ring-minimum", "ring_minimum_eq4", ("ring_minimum_by_minimisation", {}), ("eq4-ring-minimum",)),
    ("landau-minimum", "landau_minimum", ("landau_minimum_by_minimisation", {}),
     ("eq19-minima", "regime-iii-minima", "psi-eq-basins", "psi-eq-app-a")),
    ("landau-at-threshold", "landau_at_threshold", ("landau_at_threshold_by_taylor", {}), ("fig1-critical-quartic",)),
    ("tdgl-drift", "tdgl_rhs", ("tdgl_drift_by_complex_step", {}), ("eq48-homogeneous-tdgl",)),
    ("growth-time", "growth_time", ("growth_time_function", {}), ("eq49-tau-grow", "eq90-tau-grow")),
    ("growth-rate", "linearised_growth_rate", ("growth_rate_function", {}), ("eq89-linearised",)),
    ("nonlinear-solution", "nonlinear_solution", ("tdgl_solution_function", {}), ("eq91-nonlinear-solution",)),
    ("reduced-velocity", "reduced_velocity", ("reduced_velocity_by_drift", {}), ("reduced-equation-sec8.4",)),
    ("peak-signal", "peak_signal", ("peak_signal_function", {}), ("eq69-smax",)),
    ("rg-dimension", "rg_operator_dimension", ("rg_dimension_by_linear_solve", {}), ("eq38-dimension",)),
    ("dispersive-shift", "dispersive_shift_second_order", ("dispersive_shift_function", {}), ("dispersive-shift-eq70",)),
    ("spin-half-frequency", "spin_half_frequency", ("spin_half_frequency_by_diagonalisation", {}),
     ("spin-half-omega-s",)),
    ("functional-derivative", "functional_derivative", ("functional_derivative_by_lattice", {}),
     ("eq88-functional-derivative",)),
    ("dispersion", "linear_dispersion", ("dispersion_by_rayleigh_quotient", {}), ("eq93-dispersion",)),
    ("instability-threshold", "instability_threshold_gamma", ("instability_threshold_by_root", {}), ("eq93-threshold",)),
    ("k0-threshold", "k0_threshold", ("k0_threshold_by_root", {}), ("eq93-k0-threshold",)),
    ("decoherence-n-threshold", "decoherence_n_threshold", ("decoherence_n_threshold_by_root", {}),
     ("eq84-n-threshold",)),
    ("keldysh-noise", "keldysh_noise_variance", ("noise_variance_function", {}), ("eq110-noise",)),
)

CARRIED = frozenset(cid for *_, ids in _TABLE for cid in (f"collapse:{i}" for i in ids))


def build(text):
    """Quantities and mentions for the closed forms; ``text`` maps a label to the record fields
    (statement, quote, expectation, transcribed judge) of the claim printed there."""
    quantities, claims = [], []
    for label, deriv, (num, fixed), ids in _TABLE:
        first = text[ids[0]]
        q = Quantity(f"collapse:{label}", first["statement"], first["judge"], Route(f"{D}:{deriv}"),
                     Route(f"{N}:{num}", fixed=fixed or None), units=first.get("units", ""))
        quantities.append(q)
        for i in ids:
            fields = {k: v for k, v in text[i].items() if k != "judge"}
            claims.append(Claim(id=f"collapse:{i}", quantity=q, **fields))
    return tuple(quantities), claims
