"""Predicates of the lmg_dephasing property claims: the paper's statements and stated
assumptions over instances, evaluated by the judge on every instance a route hands over.

An instance is a dict of computed numbers (see the route's docstring in derive/ or
numerics/).  Tolerances here are numerical-agreement tolerances of double precision (the
exact routes meet them with room to spare), never tuned to a verdict.
"""

from __future__ import annotations

TOL = 1e-9          # relative agreement of an identity evaluated in double precision
TOL_ED = 1e-7       # ... on full-matrix eigenvectors of a near-degenerate doublet (N ≤ 10³)


def _close(x, y, scale=None, tol=TOL):
    s = abs(scale) if scale is not None else max(abs(x), abs(y), 1.0)
    return abs(x - y) <= tol * s


# -- identities lhs = rhs -----------------------------------------------------------------
def identity_holds(x) -> bool:
    """lhs = rhs to double-precision accuracy (relative to ``scale`` if given), or within the
    instance's stated accuracy ``bound`` (the eigenvector accuracy of a near-degenerate doublet
    in double precision, 10(N+1)·eps·‖H‖/ΔE times the quantity's size)."""
    return _close(x["lhs"], x["rhs"], x.get("scale"), TOL_ED) or abs(x["lhs"] - x["rhs"]) <= x.get("bound", 0)


def defects_vanish(x) -> bool:
    """Every ``*_defect`` entry below 1e-9."""
    return all(v < 1e-9 for k, v in x.items() if k.endswith("_defect"))


def below_rounding_bound(x) -> bool:
    """|⟨E|A|E⟩| within its double-precision rounding bound (zero to working accuracy)."""
    return x["value"] <= x["bound"]


def non_degenerate(x) -> bool:
    """The level is non-degenerate (relative gap above 1e-8): the Proposition's hypothesis."""
    return x.get("gap", 1.0) > 1e-8


def element_vanishes(x) -> bool:
    return x["value"] < 1e-10


def element_nonzero(x) -> bool:
    return x["value"] > 1e-3


# -- the LMG parity operator ----------------------------------------------------------------
def n_even(x) -> bool:
    return x["N"] % 2 == 0


def n_odd(x) -> bool:
    return x["N"] % 2 == 1


def _spec(x):
    return {complex(round(z.real, 6), round(z.imag, 6)) for z in x["spectrum"]}


def parity_even_n_statement(x) -> bool:
    """P² = 1, P Hermitian, eigenvalues ±1."""
    return (abs(x["P2"] - 1) < 1e-9 and x["P2_defect"] < 1e-9 and x["herm_defect"] < 1e-9
            and _spec(x) <= {1, -1})


def parity_odd_n_statement(x) -> bool:
    """P² = −1, eigenvalues ±i (so P is not Hermitian)."""
    return (abs(x["P2"] + 1) < 1e-9 and x["P2_defect"] < 1e-9 and x["herm_defect"] > 1e-3
            and _spec(x) <= {1j, -1j})


def doublet_labels(x) -> bool:
    """E0 has parity eigenvalue +1 (even), E1 has −1 (odd)."""
    return abs(x["p0"] - 1) < 1e-6 and abs(x["p1"] + 1) < 1e-6


def parity_is_pi(x) -> bool:
    """The parity operator is Π = ∏σ_x (the paper's 'alternative choice')."""
    return x["op"] == "Pi"


# -- Corollary 2 --------------------------------------------------------------------------
def coupling_is_gamma_x2(x) -> bool:
    """The ρ_10 → ρ_01 element per γ is X² and non-zero."""
    return x["coupling"] > 0 and x["X"] > 0 and _close(x["coupling"], x["X"] ** 2, tol=1e-8)


# -- Eq. (8) -------------------------------------------------------------------------------
def eq8_assumptions(x) -> bool:
    """Equal populations and purely imaginary ρ_01 (the paper's two extra conditions)."""
    return abs(x["rho00"] - x["rho11"]) < 1e-12 and abs(x["re01"]) < 1e-12


def eq8_opposite_sign(x) -> bool:
    return abs(x["rho_LR"] + x["rho_01"]) < 1e-12


# -- R(N) -----------------------------------------------------------------------------------
def ratio_below_two(x) -> bool:
    return x["R"] < 2


def very_small_n(x) -> bool:
    """'very small N': below Table 3's first row (N < 100)."""
    return x["N"] < 100


def ratio_above_two(x) -> bool:
    return x["R"] > 2


def past_crossing(x) -> bool:
    """N ≥ 112: past the crossing of R through 2 at Γ/J = 0.95."""
    return x["N"] >= 112


def decreasing_toward_two(x) -> bool:
    return x["R_next"] < x["R"] and x["R_next"] > 2


def after_peak(x) -> bool:
    return bool(x["after_peak"])


def eq21_opposite_signs(x) -> bool:
    """SCS correction positive, eigenstate correction negative."""
    return x["scs_corr"] > 0 and x["eig_corr"] < 0


# -- doublet dissipator ---------------------------------------------------------------------
def two_zero_two_equal(x) -> bool:
    e = sorted(x["eigs"])
    s = max(abs(v) for v in e)
    return (abs(e[2]) <= 1e-9 * s and abs(e[3]) <= 1e-9 * s and abs(e[0] - e[1]) <= 1e-9 * s
            and e[0] < 0)


def decaying_modes(x) -> bool:
    """σ_z (eigenstate population difference) and σ_y (Im ρ_01) decay at one non-zero rate."""
    a, b = x["sigma_z"], x["sigma_y"]
    return a is not None and b is not None and a < 0 and _close(a, b)


def steady_modes(x) -> bool:
    """1 and σ_x (Re ρ_01) are steady: eigenvalue 0."""
    return x["identity"] is not None and x["sigma_x"] is not None and \
        abs(x["identity"]) < 1e-9 and abs(x["sigma_x"]) < 1e-9


def pointer_eigenvectors(x) -> bool:
    return abs(x["overlap"] - 1) < 1e-9 and abs(abs(x["eigenvalue_over_X"]) - 1) < 1e-9


def ratio_below_one(x) -> bool:
    return x["ratio"] < 1


def ordered_regime(x) -> bool:
    """N ≥ 100: the ordered regime of Table 3."""
    return x["N"] >= 100


def error_tiny(x) -> bool:
    return x["error"] < 1e-10


def asymmetric_couplings(x) -> bool:
    return abs(abs(x["dv_dw"]) - abs(x["dw_dv"])) > 1e-6


def overdamped_assumption(x) -> bool:
    return x["Gamma_L"] > 2 * x["Delta"]


def overdamped_statement(x) -> bool:
    """Both roots real and negative; the slow rate is Δ²/Γ_L up to its O((Δ/Γ_L)²) correction."""
    rs = x["roots"]
    approx = x["Delta"] ** 2 / x["Gamma_L"]
    return (all(abs(complex(r).imag) < 1e-9 and complex(r).real < 0 for r in rs)
            and abs(x["slow"] - approx) <= 2 * (x["Delta"] / x["Gamma_L"]) ** 2 * approx)


def underdamped_assumption(x) -> bool:
    return x["Gamma_L"] < 2 * x["Delta"]


def envelope_half_gamma(x) -> bool:
    return abs(x["re"] + x["Gamma_L"] / 2) <= 1e-9 * x["Gamma_L"]


def underdamped_benchmark(x) -> bool:
    return x["Gamma_L"] < x["two_Delta"]


def e1_leaks_more(x) -> bool:
    return x["leak1"] > x["leak0"]


def slope_one(x) -> bool:
    """Locally X²/leakage ∝ N: log–log slope within 0.05 of 1."""
    return abs(x["slope"] - 1) < 0.05


def depletion_positive(x) -> bool:
    return x["delta"] > 0


def band_zero(x) -> bool:
    return x["band"] == 0


def secular_fails(x) -> bool:
    return x["ratio"] < 1


def large_n(x) -> bool:
    return x["N"] >= 1000


def gap_well_separated(x) -> bool:
    """E2 well above the doublet: (E2 − E0)/(E1 − E0) ≥ 3."""
    return x["gap"] >= 3


def depletion_dominates(x) -> bool:
    return x["depletion"] > x["scs_variance"]


def many_orders(x) -> bool:
    """'many orders of magnitude': at least three decades."""
    return x["decades"] >= 3


def correction_is_overlap(x) -> bool:
    return x["correction"] == "vacuum overlap g^N"


def depletion_above_scale(x) -> bool:
    return x["relative_depletion"] > x["scale"]


def cross_dominates(x) -> bool:
    return x["cross"] > x["square"]


def uses_dsyevd(x) -> bool:
    return any(r.startswith("dsyevd") for r in x["routines"])


def driver_evd(x) -> bool:
    return x["driver"] == "evd"


def real_eigenbasis(x) -> bool:
    return x["real_symmetric"] and x["resid"] < 1e-12


def ratio_tends_to_two(x) -> bool:
    """The exact pointer/eigenstate rate ratio at large N within 0.05 of 2."""
    return abs(x["ratio"] - 2) < 0.05


def parity_odd_ssb(x) -> bool:
    """(i) an SSB doublet (large N, ordered phase) and (ii) a parity-odd Lindblad operator."""
    return x["parity_odd"] and x["N"] >= 1000


def l_is_order_parameter(x) -> bool:
    """L is the order parameter J_z (macroscopic, sharp pointer-state expectations)."""
    return x["L"] == "Jz"


def squeezed(x) -> bool:
    return x["xi2_upper"] < 1
