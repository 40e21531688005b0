"""Exact and symbolic derivations for the collapse paper.

Manuscript: "Wavefunction collapse as a physical phase transition of the
coupled system–apparatus field" (``000_f66692cf8e80fd4d.txt``).  Each function
produces one quantity the paper states, derived from the paper's own earlier
equations with SymPy (or exact arithmetic), step by step.

Notes
-----
Symbols follow the paper: ``r = γ/γc`` (reduced coherence pressure), ``λ``
the apparatus self-energy, ``D`` the kinetic coefficient, ``τ = τ_grow``,
``ψ_eq = sqrt(r − 1)``, ``β = 1/k_B T``.  All symbols are positive unless a
function says otherwise.

References
----------
Collapse manuscript, Eqs. (4), (19), (28)–(30), (38), (42)–(46), (48)–(50),
(58), (68)–(69), (73)–(76), (82)–(83), (88)–(93), (95), (105)–(115).
"""

from __future__ import annotations

from fractions import Fraction
from functools import cache

import sympy as sp

psi, lam, r, D, t, eps, tau, kappa, k = sp.symbols("psi lam r D t eps tau kappa k", positive=True)
gamma, gamma_c, g, N, S, hbar_omega_S = sp.symbols("gamma gamma_c g N S hbar_omega_S", positive=True)
beta, J, h, m, Phi = sp.symbols("beta J h m Phi", real=True)
psi_eq = sp.Symbol("psi_eq", positive=True)
u = sp.Symbol("u", positive=True)


# --- Landau potential, Eqs. (4), (19), Fig. 1 -------------------------------------------

def landau_potential(x=psi) -> sp.Expr:
    """V(ψ) = (λ/2)(1 − γ/γc) ψ² + (λ/4) ψ⁴, Eq. (19), with r = γ/γc."""
    return lam / 2 * (1 - r) * x**2 + lam / 4 * x**4


@cache
def landau_minimum() -> sp.Expr:
    """Positive stationary point of V for r > 1: V'(ψ)/ψ = 0 ⇒ ψ² = r − 1."""
    roots = sp.solve(sp.Eq(sp.diff(landau_potential(), psi) / psi, 0), psi)
    (pos,) = [x for x in roots if x.subs(r, 2).is_positive]
    return sp.simplify(pos)


@cache
def landau_barrier() -> sp.Expr:
    """ΔE = V(0) − V(ψ_eq) = λ (r − 1)² / 4."""
    return sp.factor(landau_potential(0) - landau_potential(landau_minimum()))


def stationary_points_below_threshold(r_value: Fraction) -> list:
    """Real stationary points of V at r = r_value (exact)."""
    return [x for x in sp.solve(sp.diff(landau_potential(), psi).subs(r, sp.Rational(r_value)) * 1, psi)
            if x.is_real] or [sp.Integer(0)]


def ring_minimum_eq4() -> sp.Expr:
    """|ψ|_min of (α/2)|ψ|² + (β/4)|ψ|⁴ for α < 0: sqrt(−α/β), Eq. (4)."""
    a_, b_, x = sp.Symbol("alpha", negative=True), sp.Symbol("beta", positive=True), sp.Symbol("x", positive=True)
    sol = sp.solve(sp.diff(a_ / 2 * x**2 + b_ / 4 * x**4, x) / x, x)
    return sol[0]


def curvature_at_origin() -> sp.Expr:
    """a(γ) = ∂²V/∂ψ² at ψ = 0 = λ(1 − r) (Eq. (40) with Eq. (19))."""
    return sp.diff(landau_potential(), psi, 2).subs(psi, 0)


# --- Critical coupling, Eqs. (28)–(30), (113)–(115) -------------------------------------

@cache
def critical_coupling() -> sp.Expr:
    """g_c from g sqrt(N) |⟨S⟩| = λ, Eq. (29)."""
    return sp.solve(sp.Eq(g * sp.sqrt(N) * S, lam), g)[0]


def exponent_in_N(expr: sp.Expr) -> sp.Expr:
    """d ln(expr) / d ln N, simplified (the power-law exponent in N)."""
    return sp.simplify(N * sp.diff(sp.log(expr), N))


def gamma_c_definition() -> sp.Expr:
    """γc = λ / (ħ ω_S), Eq. (28): no N anywhere."""
    return lam / hbar_omega_S


def gamma_c_from_eq113_condition() -> sp.Expr:
    """Solve γ = γc with γ = g sqrt(N) (Eq. (113)) for γc: γc = g sqrt(N)."""
    gc_ = sp.Symbol("gc_", positive=True)
    return sp.solve(sp.Eq(g * sp.sqrt(N), gc_), gc_)[0]


def gc_order_of_magnitude(N_value: int) -> sp.Expr:
    """g_c in units λ/|⟨S⟩| at N: N^(-1/2) exactly."""
    return critical_coupling().subs({lam: 1, S: 1, N: sp.Integer(N_value)})


# --- Curie–Weiss pointer, Eqs. (42)–(46) ------------------------------------------------

def curie_weiss_free_energy() -> sp.Expr:
    """f(m) = (J/2) m² − (1/β) ln(2 cosh(βJm + βh)), Eq. (42)."""
    return J / 2 * m**2 - sp.log(2 * sp.cosh(beta * J * m + beta * h)) / beta


@cache
def curie_weiss_expansion() -> sp.Expr:
    """Taylor expansion of f(m) − f(0)|_{h=0} in (m, h) through total order 4.

    Uses a book-keeping parameter s: m → s m, h → s h, series in s.
    """
    s = sp.Symbol("s")
    f = curie_weiss_free_energy().subs({m: s * m, h: s * h})
    ser = sp.series(f, s, 0, 5).removeO()
    return sp.expand(sp.simplify(ser.subs(s, 1) + sp.log(2) / beta))


def curie_weiss_coefficients() -> dict[str, sp.Expr]:
    """Landau a, b (V = a m²/2 + b m⁴/4) and the linear coefficient of h·m."""
    return dict(_curie_weiss_coefficients())  # a fresh dict of the expressions computed once


@cache
def _curie_weiss_coefficients() -> tuple:
    e = sp.Poly(curie_weiss_expansion(), m, h)
    c2, c4, c11 = e.coeff_monomial(m**2), e.coeff_monomial(m**4), e.coeff_monomial(m * h)
    return (("a", sp.factor(2 * c2)), ("b", sp.factor(4 * c4)), ("linear", sp.factor(c11)),
            ("quartic_f", sp.factor(c4)), ("quadratic_f", sp.factor(c2)))


def curie_weiss_force() -> sp.Expr:
    """∂f/∂m of the expanded Landau form: the TDGL force of Eq. (46)."""
    c = curie_weiss_coefficients()
    return c["a"] * m + c["b"] * m**3 + c["linear"] * h


def curie_temperature_beta() -> sp.Expr:
    """β at which a = J(1 − βJ) vanishes: β_c = 1/J (T_c = J/k_B)."""
    return sp.solve(curie_weiss_coefficients()["a"], beta)[0]


# --- Eq. (107): system-induced potential ------------------------------------------------

def vsys_eq107() -> sp.Expr:
    """V_sys(Φ) = −(1/β) ln[2 cosh(β g sqrt(N) Φ)], Eq. (107)."""
    b = sp.Symbol("beta_eff", positive=True)
    return -sp.log(2 * sp.cosh(b * g * sp.sqrt(N) * Phi)) / b


@cache
def vsys_expansion_quartic() -> sp.Expr:
    """Φ-dependent part of Eq. (107) through Φ⁴ (the constant −ln 2/β dropped)."""
    v = vsys_eq107()
    ser = sp.series(v, Phi, 0, 5).removeO()
    return sp.expand(ser - v.subs(Phi, 0))


def vsys_from_trace(hs_splitting: bool) -> sp.Expr:
    """Eq. (106) for S = σ_z, with H_S = (ε/2)σ_z if ``hs_splitting`` else H_S = 0."""
    b, e_ = sp.Symbol("beta_eff", positive=True), sp.Symbol("epsilon", positive=True)
    x = g * sp.sqrt(N) * Phi
    hs = e_ / 2 if hs_splitting else 0
    Z = sp.exp(-b * (hs + x)) + sp.exp(-b * (-hs - x))
    return -sp.log(Z) / b


def total_quadratic_coefficient_with_vsys() -> sp.Expr:
    """a2 of λψ²/2 + V_sys: (λ − β g² N)/2, i.e. γ/γc = β g² N / λ."""
    b = sp.Symbol("beta_eff", positive=True)
    q = vsys_expansion_quartic().coeff(Phi, 2)
    return sp.factor(lam / 2 + q.subs(b, b))


def quartic_from_cumulant() -> sp.Expr:
    """Φ⁴ coefficient of −(1/β) ln⟨exp(−β x X)⟩ in terms of the 4th cumulant κ4 of X: −κ4 β³/24."""
    b, k4 = sp.symbols("beta_eff kappa4", positive=True)
    # ln⟨e^{sX}⟩ = Σ κ_n s^n/n!; s = −βx; the x⁴ term is κ4 β⁴ x⁴/24
    return sp.simplify(-(k4 * b**4 / 24) / b)


def fourth_cumulant_two_point(p: sp.Expr | None = None) -> sp.Expr:
    """κ4 of X ∈ {0 (prob 1 − p), ±1 (prob p/2 each)}: p − 3p²."""
    p = sp.Symbol("p", positive=True) if p is None else p
    m2, m4 = p, p
    return sp.expand(m4 - 3 * m2**2)


# --- TDGL dynamics, Eqs. (48)–(50), (89)–(93) -------------------------------------------

@cache
def tdgl_rhs() -> sp.Expr:
    """Homogeneous deterministic TDGL, Eq. (48): −D[λ(1 − r)ψ + λψ³]."""
    return -D * sp.diff(landau_potential(), psi)


@cache
def growth_time() -> sp.Expr:
    """τ_grow = 1/(Dλ(r − 1)): inverse linear growth rate at ψ = 0 (Eq. (49))."""
    return sp.simplify(1 / sp.diff(tdgl_rhs(), psi).subs(psi, 0))


def reduced_equation() -> sp.Expr:
    """u̇ in terms of u = ψ/ψ_eq and τ: (u/τ)(1 − u²) (§8.4)."""
    rhs = tdgl_rhs().subs(psi, u * landau_minimum()) / landau_minimum()
    return sp.simplify(rhs * growth_time() / u)  # = (1 − u²), times u/τ


def nonlinear_solution() -> sp.Expr:
    """ψ(t) of the homogeneous TDGL from ψ(0) = ε, via w = 1/ψ².

    w obeys the linear equation ẇ = −(2/τ) w + 2/(τ ψ_eq²), hence
    w(t) = 1/ψ_eq² + (1/ε² − 1/ψ_eq²) e^{−2t/τ}.
    """
    w = 1 / psi_eq**2 + (1 / eps**2 - 1 / psi_eq**2) * sp.exp(-2 * t / tau)
    return 1 / sp.sqrt(w)


def nonlinear_solution_residual() -> sp.Expr:
    """ψ̇ − (ψ/τ)(1 − ψ²/ψ_eq²) for Eq. (91): simplifies to 0."""
    p = nonlinear_solution()
    return sp.simplify(sp.diff(p, t) - p / tau * (1 - p**2 / psi_eq**2))


def time_to_fraction(frac: sp.Expr) -> sp.Expr:
    """Exact time for ψ(t) of Eq. (91) to reach frac·ψ_eq (0 < ε < frac ψ_eq)."""
    tt = sp.Symbol("tt", positive=True)
    w_target = 1 / (frac * psi_eq) ** 2
    sol = sp.solve(sp.Eq(1 / psi_eq**2 + (1 / eps**2 - 1 / psi_eq**2) * sp.exp(-2 * tt / tau), w_target), tt)
    return sp.simplify(sol[0])


def collapse_time_exact() -> sp.Expr:
    """t_c for ψ = ψ_eq/√2: (τ/2) ln((ψ_eq² − ε²)/ε²)."""
    return sp.simplify(time_to_fraction(1 / sp.sqrt(2)))


def inflection_fraction() -> sp.Expr:
    """u at which ψ̈ = 0 on the sigmoid: d/du[u(1 − u²)] = 0 ⇒ u = 1/√3."""
    sol = sp.solve(sp.diff(u * (1 - u**2), u), u)
    return sol[0]


def half_maximum_fraction() -> sp.Expr:
    """The half-maximum of a curve saturating at ψ_eq is ψ_eq/2."""
    return sp.Rational(1, 2)


def peak_signal() -> sp.Expr:
    """S_max = max_u (ψ_eq/τ) u (1 − u²) = 2ψ_eq/(3√3 τ), Eq. (69)."""
    u0 = inflection_fraction()
    return sp.simplify(psi_eq / tau * u0 * (1 - u0**2))


def peak_signal_exponent() -> sp.Expr:
    """Exponent of (r − 1) in S_max with ψ_eq = sqrt(r − 1), τ = 1/(Dλ(r − 1))."""
    smax = peak_signal().subs({psi_eq: landau_minimum(), tau: growth_time()})
    x = sp.Symbol("x", positive=True)
    return sp.simplify(x * sp.diff(sp.log(smax.subs(r, 1 + x)), x))


def collapse_time_exponent() -> sp.Expr:
    """−d ln τ_grow / d ln(r − 1): the mean-field νz = 1."""
    x = sp.Symbol("x", positive=True)
    return sp.simplify(-x * sp.diff(sp.log(growth_time().subs(r, 1 + x)), x))


def linear_dispersion() -> sp.Expr:
    """ω(k) of δψ = ε e^{ikx + ωt} linearised about ψ = 0, Eqs. (88), (93)."""
    return sp.expand(-D * (kappa * k**2 + sp.diff(landau_potential(), psi, 2).subs(psi, 0)))


def instability_threshold_gamma() -> sp.Expr:
    """γ at which ω(k) = 0: γc + κ k² γc / λ."""
    w = linear_dispersion().subs(r, gamma / gamma_c)
    return sp.expand(sp.solve(sp.Eq(w, 0), gamma)[0])


def critical_decay_law() -> sp.Expr:
    """ψ(t) at γ = γc: ψ̇ = −Dλψ³ ⇒ ψ = ψ0/sqrt(1 + 2Dλψ0² t)."""
    p0 = sp.Symbol("psi0", positive=True)
    return p0 / sp.sqrt(1 + 2 * D * lam * p0**2 * t)


# --- Mean-field exponents, RG dimensions, App. D, Eq. (38) --------------------------------

def mean_field_exponents() -> dict[str, sp.Expr]:
    """ν, γ_exp, z, νz from the Gaussian theory of Eq. (18) with a = λ(1 − r).

    ξ² = κ/|a| ⇒ ν = 1/2; χ = 1/|a| ⇒ γ_exp = 1; relaxation rate of mode k,
    D(κk² + |a|) ⇒ τ ∝ ξ² ⇒ z = 2.
    """
    x = sp.Symbol("x", positive=True)  # |r − 1|
    a = lam * x
    xi = sp.sqrt(kappa / a)
    chi = 1 / a
    tau_k0 = 1 / (D * a)
    nu = sp.simplify(-x * sp.diff(sp.log(xi), x))
    gam = sp.simplify(-x * sp.diff(sp.log(chi), x))
    nuz = sp.simplify(-x * sp.diff(sp.log(tau_k0), x))
    return {"nu": nu, "gamma": gam, "z": sp.simplify(nuz / nu), "nuz": nuz, "eta": sp.Integer(0)}


def gaussian_operator_dimension(n: int, d) -> sp.Expr:
    """−y of the coupling of ψ^{2n} at the Gaussian fixed point: n(d − 2 + η) − d with η = 0."""
    return n * (d - 2) - d


# --- Variances, overlaps, Eqs. (21)–(22), (58), (62) ------------------------------------

def collective_variance_iid() -> sp.Expr:
    """Var Φ for Φ = N^{-1/2} Σ A_i with independent A_i of variance σ0²: σ0² (no 1/N)."""
    s0 = sp.Symbol("sigma0", positive=True)
    i = sp.Symbol("i", integer=True)
    return sp.simplify(sp.Sum(s0**2, (i, 1, N)).doit() / N)


def coherent_overlap_modulus(n_modes=N) -> sp.Expr:
    """|⟨α|β⟩|^N for N independent coherent-state displacements, δ = |α − β|: exp(−N δ²/2)."""
    dl = sp.Symbol("delta", positive=True)
    return sp.exp(-n_modes * dl**2 / 2)


# --- Dispersive readout, Eqs. (72)–(76) --------------------------------------------------

chi, kappa_r, nbar = sp.symbols("chi kappa_r nbar", positive=True)


@cache
def coherence_pressure_dispersive() -> sp.Expr:
    """γ = Γ_meas/Γ_deph = (8χ²n̄/κ)/(κ/2), Eq. (73)."""
    return sp.simplify((8 * chi**2 * nbar / kappa_r) / (kappa_r / 2))


@cache
def critical_photon_number() -> sp.Expr:
    """Solve 16χ²n̄/κ² = N_eff^{-1/2} with N_eff = (κ/2χ)², Eqs. (74)–(75)."""
    neff = (kappa_r / (2 * chi)) ** 2
    return sp.solve(sp.Eq(coherence_pressure_dispersive(), 1 / sp.sqrt(neff)), nbar)[0]


def neff_dispersive() -> sp.Expr:
    """N_eff = (κ/2χ)² (§8.5.3)."""
    return (kappa_r / (2 * chi)) ** 2


@cache
def steady_state_dephasing_rate() -> sp.Expr:
    """Measurement-induced dephasing Γ_φ = (κ/2)|α_e − α_g|² in the steady state of a resonant drive.

    α_± = −iε/(κ/2 ± iχ), n̄ = ε²/(κ²/4 + χ²) ⇒ Γ_φ = 2κχ² n̄/(κ²/4 + χ²).
    """
    e_ = sp.Symbol("epsilon_d", positive=True)
    ap = -sp.I * e_ / (kappa_r / 2 + sp.I * chi)
    am = -sp.I * e_ / (kappa_r / 2 - sp.I * chi)
    rate = kappa_r / 2 * sp.simplify(sp.expand_complex((ap - am) * sp.conjugate(ap - am)))
    return sp.simplify(rate.subs(e_, sp.sqrt(nbar * (kappa_r**2 / 4 + chi**2))))


# --- Classicality, Eqs. (82)–(83) ---------------------------------------------------------

def fluctuation_ratio() -> sp.Expr:
    """Δψ_q/Δψ_th = sqrt(ħ/(mω)) / sqrt(k_B T/(mω²))."""
    hb, mm, w, kT = sp.symbols("hbar m omega k_BT", positive=True)
    return sp.simplify(sp.sqrt(hb / (mm * w)) / sp.sqrt(kT / (mm * w**2)))


# --- Keldysh, Eqs. (105), (108)–(110) ------------------------------------------------------

def keldysh_saddle_velocity() -> sp.Expr:
    """∂_tΦ from δS/δΦ_q = 0 at Φ_q = 0 for the integrand Φ_q(i∂_tΦ + Γ V') + iΓT Φ_q²."""
    Gm, Vp, Phid, Pq, T_ = sp.symbols("Gamma Vprime Phidot Phi_q T_eff")
    L = Pq * (sp.I * Phid + Gm * Vp) + sp.I * Gm * T_ * Pq**2
    eq = sp.diff(L, Pq).subs(Pq, 0)
    return sp.solve(eq, Phid)[0]


def keldysh_noise_variance() -> sp.Expr:
    """⟨η²⟩ from exp(iS) ⊃ exp(−ΓT Φ_q²) = ⟨exp(iΦ_q η)⟩: 2ΓT."""
    Gm, T_, x = sp.symbols("Gamma T_eff x", positive=True)
    # characteristic function of a centred Gaussian of variance v: exp(−v x²/2)
    v = sp.Symbol("v", positive=True)
    return sp.solve(sp.Eq(v * x**2 / 2, Gm * T_ * x**2), v)[0]


def fdt_ratio_oscillator_bath() -> sp.Expr:
    """N(ω₀)/D(ω₀) for one bath oscillator, e^{iωt} convention: 2i coth(βω₀/2).

    ⟨B(t)B(0)⟩ = [(n+1)e^{−iω₀t} + n e^{iω₀t}]/(2ω₀) (ħ = m = 1): N(t) = (2n+1)cos(ω₀t)/ω₀,
    D(t) = −sin(ω₀t)/(2ω₀).  With f(ω) = ∫dt e^{iωt} f(t): cos(ω₀t) → π δ(ω − ω₀) and
    sin(ω₀t) = (e^{iω₀t} − e^{−iω₀t})/(2i) → −(2π/2i) δ(ω − ω₀) = +iπ δ(ω − ω₀) at ω = ω₀.
    (The e^{−iωt} convention flips the sign of i.)
    """
    b, w0 = sp.symbols("beta omega0", positive=True)
    n = 1 / (sp.exp(b * w0) - 1)
    A = (2 * n + 1) / w0
    B = -1 / (2 * w0)
    return sp.simplify((A * sp.pi) / (B * (sp.I * sp.pi))).rewrite(sp.coth)


def lindblad_coherence_rate() -> sp.Expr:
    """Γ_nm of ρ̇ = −Γ[L,[L,ρ]] with L diagonal (eigenvalues a_n, a_m): Γ (a_n − a_m)²."""
    Gm, an, am = sp.symbols("Gamma a_n a_m", real=True)
    Lm = sp.diag(an, am)
    rho = sp.Matrix(2, 2, sp.symbols("r00 r01 r10 r11"))
    comm = lambda A, B: A * B - B * A
    drho = -Gm * comm(Lm, comm(Lm, rho))
    return sp.factor(-drho[0, 1] / rho[0, 1])


def klein_gordon_eom() -> sp.Expr:
    """Euler–Lagrange equation of L = ½(ψ_t² − ψ_x²) − V(ψ) (c = 1): ψ_tt − ψ_xx + V'(ψ)."""
    tt, xx = sp.symbols("t x", real=True)
    f = sp.Function("psi")(tt, xx)
    Lag = sp.Rational(1, 2) * (f.diff(tt) ** 2 - f.diff(xx) ** 2) - landau_potential(f)
    (eq,) = sp.euler_equations(Lag, f, [tt, xx])
    return sp.simplify(-eq.lhs)


# =====================================================================================
# Routes of declared inputs (the earned-verdicts framework).  Each function below takes the
# paper's inputs by name (χ/2π and κ/2π in MHz, n̄, the reduced distance γ/γc − 1, ...) and
# captures no manuscript number.
# =====================================================================================

def _rational(x) -> sp.Rational:
    """An input as an exact rational (a printed decimal is exact as printed)."""
    return sp.Rational(str(x)) if not isinstance(x, Fraction) else sp.Rational(x.numerator, x.denominator)


def nbar_c_closed_form() -> sp.Expr:
    """n̄c as a function of χ and κ: solve Eq. (74), 16χ²n̄/κ² = 2χ/κ (i.e. γ = N_eff^{-1/2}), for n̄."""
    return critical_photon_number()


def nbar_c_of_inputs(chi_over_2pi, kappa_over_2pi) -> sp.Expr:
    """n̄c = κ/(8χ) (Eq. (75)) at the inputs, exactly; the 2π of κ/2π and χ/2π cancels."""
    return critical_photon_number().subs({chi: _rational(chi_over_2pi), kappa_r: _rational(kappa_over_2pi)})


def neff_of_inputs(chi_over_2pi, kappa_over_2pi) -> sp.Expr:
    """N_eff = (κ/2χ)² (§8.5.3) at the inputs, exactly."""
    return neff_dispersive().subs({chi: _rational(chi_over_2pi), kappa_r: _rational(kappa_over_2pi)})


def gamma_c_of_inputs(chi_over_2pi, kappa_over_2pi) -> sp.Expr:
    """γc = N_eff^{-1/2} = 2χ/κ, the identification of Eq. (74), at the inputs."""
    return sp.simplify(1 / sp.sqrt(neff_of_inputs(chi_over_2pi, kappa_over_2pi)))


def gamma_ratio_at(nbar_value, nbar_c) -> sp.Expr:
    """γ/γc = n̄/n̄c: γ of Eq. (73) is linear in n̄ and γc is n̄-independent."""
    return sp.simplify(coherence_pressure_dispersive().subs(nbar, _rational(nbar_value))
                       / coherence_pressure_dispersive().subs(nbar, _rational(nbar_c)))


def nbar_at_excess(excess, nbar_c) -> sp.Expr:
    """n̄ at which γ/γc = 1 + excess (Eq. (73) linear in n̄): n̄c (1 + excess)."""
    x = sp.Symbol("x", positive=True)
    sol = sp.solve(sp.Eq(coherence_pressure_dispersive().subs(nbar, x),
                         (1 + _rational(excess)) * coherence_pressure_dispersive().subs(nbar, _rational(nbar_c))), x)
    return sol[0]


def collapse_time_ns_at_excess(kappa_over_2pi, excess) -> sp.Expr:
    """τ_c = [Dλ(γ/γc − 1)]⁻¹ with Dλ = κ/2 (Table A caption), κ = 2π·(κ/2π in MHz)·10⁶ s⁻¹, in ns."""
    kap = 2 * sp.pi * _rational(kappa_over_2pi) * 10**6
    return sp.nsimplify(growth_time().subs({D: kap / 2, lam: 1, r: 1 + _rational(excess)}) * 10**9)


def collapse_time_ns_at_ratio(kappa_over_2pi, gamma_ratio) -> sp.Expr:
    """The same τ_c at a printed γ/γc (Table A: γ = 1.01γc)."""
    return collapse_time_ns_at_excess(kappa_over_2pi, _rational(gamma_ratio) - 1)


def strong_limit_readout_time(chi_over_2pi, kappa_over_2pi, nbar_value) -> dict:
    """The theory's own readout time for γ ≫ γc against the printed κ/(8χ²n̄).

    τ_c = [Dλ(γ/γc − 1)]⁻¹ (Eq. (90)) with Dλ = κ/2 (Table A caption), γ = 16χ²n̄/κ² (Eq. (73)) and
    γc = 2χ/κ (Eq. (74)): γ/γc = 8χn̄/κ, and the leading term for n̄ → ∞ is τ = 1/(4χn̄).
    Instances are pairs of parameter points around the inputs (χ halved, κ halved, n̄ × 4 or ÷ 2) carrying
    τ/τ_printed: the print is proportional to the theory's τ iff that ratio is the same at both.
    """
    ratio_g = coherence_pressure_dispersive() / (2 * chi / kappa_r)
    tau_c = 1 / (kappa_r / 2 * (ratio_g - 1))
    lead = sp.limit(tau_c * nbar, nbar, sp.oo) / nbar  # 1/(4χn̄)
    printed = kappa_r / (8 * chi**2 * nbar)
    ratio = sp.simplify(lead / printed)  # 2χ/κ = γc
    c0, k0, n0 = _rational(chi_over_2pi), _rational(kappa_over_2pi), _rational(nbar_value)
    half = sp.Rational(1, 2)
    pts = [(c0, k0, n0), (c0, k0, 4 * n0), (c0, k0, half * n0), (half * c0, k0, n0), (c0, half * k0, n0),
           (half * c0, half * k0, 4 * n0)]
    vals = [(p, ratio.subs({chi: p[0], kappa_r: p[1], nbar: p[2]})) for p in pts]
    inst = [{"p": tuple(float(x) for x in a[0]), "q": tuple(float(x) for x in b[0]),
             "ratio_p": float(a[1]), "ratio_q": float(b[1])}
            for i, a in enumerate(vals) for b in vals[i + 1:]]
    return {"instances": inst, "searched": len(inst), "exact": True,
            "details": f"leading τ = {sp.sstr(lead)}; τ/τ_printed = {sp.sstr(ratio)} (= γc)"}


def target_kappa_chi_nbar_c(q_lo, q_hi) -> dict:
    """n̄c = κ/(8χ) (Eq. (75)) exactly at κ/χ on a grid of [q_lo, q_hi] (the §8.5.5 target)."""
    qs = [_rational(q_lo) + (_rational(q_hi) - _rational(q_lo)) * sp.Rational(i, 18) for i in range(19)]
    one = sp.Integer(1)
    inst = [{"kappa_over_chi": float(q), "nbar_c": float(critical_photon_number().subs({kappa_r: q, chi: one}))}
            for q in qs]
    return {"instances": inst, "searched": len(inst), "exact": True}


def eq73_identity() -> sp.Expr:
    """Γ_meas/Γ_deph − 16χ²n̄/κ² with the rates of Eq. (72): a proof object (must vanish)."""
    return sp.simplify((8 * chi**2 * nbar / kappa_r) / (kappa_r / 2) - 16 * chi**2 * nbar / kappa_r**2)


def eq74_identity() -> sp.Expr:
    """N_eff^{-1/2} − 2χ/κ with N_eff = (κ/2χ)² and κ, χ > 0: a proof object (must vanish)."""
    return sp.simplify(1 / sp.sqrt(neff_dispersive()) - 2 * chi / kappa_r)


# --- Born weights through the basins, Eq. (55): the linearised splitting probability ------------

#: the grid of the search (a setting, not a manuscript number): branch centre ±c, width s,
#: temperature k_BT, Born weight w of the + branch; r = γ/γc = 2 and D = λ = 1
BORN_GRID = {"c": ("0.1", "0.2", "0.3", "0.4", "0.5", "0.65", "0.8"), "s": ("0.02", "0.05"),
             "kT": ("0.01", "0.02"), "w": ("0.7", "0.9")}


def basin_probabilities_by_splitting(r_value="2", t_end="30") -> dict:
    """P₊ at the end of the collapse from the splitting probability of the linearised TDGL.

    Near the hilltop ψ̇ = aψ + η with a = Dλ(γ/γc − 1) and ⟨ηη⟩ = 2Dk_BT δ: a start at x ends in B₊
    with probability Φ(x√(a/k_BT)) (Φ the normal CDF); averaged over a branch Gaussian N(c, s²),
    Φ(c/√(k_BT/a + s²)).  P₊ = wΦ(z) + (1 − w)(1 − Φ(z)).  The barrier ΔE = λ(γ/γc − 1)²/4 and
    the Kramers leakage (ω₀ω_b/2π) e^{−ΔE/k_BT} t_end are recorded for the paper's assumptions.
    Evaluated at 30 digits (mpmath through SymPy).
    """
    rr, te = sp.Rational(r_value), sp.Rational(t_end)
    a = rr - 1
    barrier = landau_barrier().subs({lam: 1, r: rr})
    inst = []
    for c_ in BORN_GRID["c"]:
        for s_ in BORN_GRID["s"]:
            for kT_ in BORN_GRID["kT"]:
                for w_ in BORN_GRID["w"]:
                    c, s, kT, w = (sp.Rational(x) for x in (c_, s_, kT_, w_))
                    z = c / sp.sqrt(kT / a + s**2)
                    phi = (1 + sp.erf(z / sp.sqrt(2))) / 2
                    p_plus = w * phi + (1 - w) * (1 - phi)
                    leak = sp.sqrt(2 * a * a) / (2 * sp.pi) * sp.exp(-barrier / kT) * te
                    inst.append({"w": float(w), "c": float(c), "s": float(s), "kT": float(kT), "r": float(rr),
                                 "P_plus": float(sp.N(p_plus, 30)), "barrier_over_kT": float(barrier / kT),
                                 "escape_probability": float(sp.N(leak, 30))})
    return {"instances": inst, "searched": len(inst)}


# --- Eq. (54): the diffusion term the noise of Eq. (47) implies -----------------------------------

@cache
def _ou_stationary_variance() -> tuple:
    """(k_BT/k, T, k): the variance of the zero-flux stationary W of drift −Dkψ, diffusion Dk_BT
    (solved once; the Eq. (54) and Born-rule quantities both read it)."""
    x, Dk, kk, T_ = sp.symbols("x D_k k T", positive=True)
    drift, diff = -Dk * kk * x, Dk * T_
    W = sp.exp(sp.integrate(drift / diff, x))  # zero-flux stationary solution
    var = sp.simplify(sp.integrate(x**2 * W, (x, -sp.oo, sp.oo)) / sp.integrate(W, (x, -sp.oo, sp.oo)))
    return var, T_, kk


def stationary_variance_kramers_moyal(kTs=("0.25", "0.5", "1", "2"), stiffness="1") -> dict:
    """Stationary variance of dψ = −D k ψ dt + √(2Dk_BT) dW (Eq. (47) with V = kψ²/2).

    Kramers–Moyal: drift −Dkψ, diffusion D k_BT; the stationary W ∝ exp(−kψ²/(2k_BT)) has variance
    k_BT/k.  Eq. (54) as printed (diffusion D) has W ∝ exp(−V) and variance 1/k.
    """
    var, T_, kk = _ou_stationary_variance()
    inst = [{"kT": float(sp.Rational(v)), "stiffness": float(sp.Rational(stiffness)),
             "variance": float(var.subs({T_: sp.Rational(v), kk: sp.Rational(stiffness)})), "se": 0.0}
            for v in kTs]
    return {"instances": inst, "searched": len(inst), "details": f"stationary variance {sp.sstr(var)}"}


# --- Eq. (79): cross terms of the joint state against the overlap of Eq. (58) ----------------------

def cross_terms_of_joint_state(weight="0.7", delta="2", modes=(1, 2, 3, 4, 6, 8)) -> dict:
    """Trace norm of the cross terms Σ_{m≠n} c_n c_m* |a_n⟩⟨a_m| ⊗ |φ_n⟩⟨φ_m| of ρ̂ = |Ψ⟩⟨Ψ|, Eq. (78).

    Each block is rank one, ‖c_n c_m* |a_n φ_n⟩⟨a_m φ_m|‖₁ = |c_n||c_m| ‖φ_n‖‖φ_m‖ = |c_n c_m|
    (normalised branch states), whatever ⟨φ_m|φ_n⟩; the two blocks have orthogonal ranges and
    supports, so the norm is 2|c₀c₁|.  The overlap of Eq. (58) for N coherent displacements
    differing by δ: e^{−Nδ²/2}.  The reduced system state's coherence is |c₀c₁| e^{−Nδ²/2}.
    """
    w, dl = sp.Rational(weight), sp.Rational(delta)
    c0, c1 = sp.sqrt(w), sp.sqrt(1 - w)
    u = sp.Matrix([c0, 0])  # |a_0⟩ with amplitude; the apparatus factor has unit norm
    v = sp.Matrix([0, c1])
    block_norm = sp.sqrt((u.T * u)[0]) * sp.sqrt((v.T * v)[0])  # ‖|u⟩⟨v|‖₁ = ‖u‖‖v‖
    inst = []
    for n in modes:
        ov = coherent_overlap_modulus(n).subs(sp.Symbol("delta", positive=True), dl)
        inst.append({"N": n, "delta": float(dl), "weight": float(w), "overlap": float(ov),
                     "cross_norm": float(2 * block_norm), "diag_norm": 1.0,
                     "reduced_coherence": float(c0 * c1 * ov)})
    return {"instances": inst, "searched": len(inst), "exact": True}


# --- App. B, Eqs. (94)–(95): coherence decay with a Hamiltonian ------------------------------------

def pointer_coherence_decay() -> dict:
    """ρ̇ = −i[H, ρ] − Γ[L, [L, ρ]] in the eigenbasis of L = diag(a_n).

    Proof (H diagonal in the pointer basis, [H, L] = 0): ρ̇_nm = −[i(E_n − E_m) + Γ(a_n − a_m)²]ρ_nm,
    so |ρ_nm(t)| = |ρ_nm(0)| e^{−Γ(a_n − a_m)² t} exactly.  Counterexample with [H, L] ≠ 0: a qubit
    with L = σ_z/2, H = Ωσ_x, ρ(0) the pure state (√0.8, √0.2): |ρ₀₁(t)| from a 30-digit matrix exponential of the
    Liouvillian differs from |ρ₀₁(0)|e^{−Γt}.
    """
    import mpmath

    Gm, an, am, En, Em = sp.symbols("Gamma a_n a_m E_n E_m", real=True)
    Lm, H = sp.diag(an, am), sp.diag(En, Em)
    rho = sp.Matrix(2, 2, sp.symbols("r00 r01 r10 r11"))
    comm = lambda A, B: A * B - B * A
    drho = -sp.I * comm(H, rho) - Gm * comm(Lm, comm(Lm, rho))
    rate = sp.expand(-drho[0, 1] / rho[0, 1])
    proof = sp.simplify(sp.re(rate) - Gm * (an - am) ** 2)
    inst = []
    with mpmath.workdps(30):  # matrix exponential of the 4×4 Liouvillian at 30 digits
        for Om, G, tt in (("0.5", "0.3", "1.7"), ("1", "0.1", "2"), ("0", "0.3", "1.7")):
            Om, G, tt = mpmath.mpf(Om), mpmath.mpf(G), mpmath.mpf(tt)
            sx = mpmath.matrix([[0, 1], [1, 0]])
            sz = mpmath.matrix([[1, 0], [0, -1]]) / 2
            Hq = Om * sx
            I2 = mpmath.eye(2)

            def kron(A, B):
                M = mpmath.matrix(4, 4)
                for i in range(2):
                    for j in range(2):
                        for k2 in range(2):
                            for l2 in range(2):
                                M[2 * i + k2, 2 * j + l2] = A[i, j] * B[k2, l2]
                return M
            LL = sz * sz
            sup = (-1j * (kron(Hq, I2) - kron(I2, Hq.T))
                   - G * (kron(LL, I2) - 2 * kron(sz, sz.T) + kron(I2, LL.T)))
            r0 = mpmath.matrix([mpmath.mpf(4) / 5, mpmath.mpf(2) / 5, mpmath.mpf(2) / 5, mpmath.mpf(1) / 5])
            rt = mpmath.expm(sup * tt) * r0
            gap = (mpmath.mpf(1) / 2 + mpmath.mpf(1) / 2) ** 2  # (a_0 − a_1)² for L = σ_z/2
            inst.append({"Omega": float(Om), "Gamma": float(G), "t": float(tt), "commutes": bool(Om == 0),
                         "abs_t": (float(abs(rt[1])),), "predicted": (float(abs(r0[1]) * mpmath.exp(-G * gap * tt)),)})
    return {"proof": proof, "instances": inst, "searched": len(inst), "exact": True}


# --- §6.2 / App. A: points of the trajectory (half-maximum, inflection) ---------------------------

def half_maximum_of_solution() -> sp.Expr:
    """ψ/ψ_eq at the half-maximum of ψ(t) of Eq. (91): half of its t → ∞ limit over ψ_eq."""
    return sp.simplify(sp.limit(nonlinear_solution(), t, sp.oo) / psi_eq / 2)


def inflection_of_solution() -> sp.Expr:
    """ψ/ψ_eq at the inflection point of ψ(t) of Eq. (91): ψ̈ = 0 solved on the closed form."""
    p = nonlinear_solution()
    acc = sp.simplify(sp.diff(p, t, 2))
    tt = sp.solve(sp.numer(sp.together(acc)), t)
    tt = [x for x in tt if x.is_real is not False]
    return sp.simplify((p.subs(t, tt[0]) / psi_eq).subs({eps: sp.Rational(1, 1000), psi_eq: 1}))


# --- §4.4, §6.3: the width of the collective coordinate ψ = N^{-1/2} Σ A_i ------------------------

def width_exponent_collective() -> sp.Expr:
    """d ln σ_ψ / d ln N for ψ = N^{-1/2} Σ A_i with independent A_i (Eqs. (14)–(15), (21)): 0."""
    return exponent_in_N(sp.sqrt(collective_variance_iid()))


# --- §6.3 Step 2, Eq. (63): basins of the permutation-symmetric Curie–Weiss pointer -------------

def curie_weiss_basins(betaJ="1.5", biases=("0", "0.02", "0.05")) -> dict:
    """Basin lengths in m ∈ [−1, 1] of the exact Curie–Weiss free energy (Eq. (42), J = 1) with the
    permutation-symmetric measurement coupling H_int = −hΣσ_i: the separatrix is the middle root
    m* of m = tanh(βJm + βh) (30 digits), the basins are [−1, m*) and (m*, 1]."""
    import mpmath

    inst = []
    with mpmath.workdps(30):  # the middle root to 30 digits
        b = mpmath.mpf(betaJ)
        for h_ in biases:
            hh = mpmath.mpf(h_)
            f = lambda x: x - mpmath.tanh(b * x + b * hh)
            mstar = mpmath.findroot(f, -b * hh / (b - 1))
            inst.append({"h": float(hh), "betaJ": float(b), "permutation_symmetric": True,
                         "vol_plus": float(1 - mstar), "vol_minus": float(1 + mstar)})
    return {"instances": inst, "searched": len(inst)}


# --- §6.4 (1) with §6.3: Born weights from a start at the unstable maximum -----------------------

def basin_probabilities_from_hilltop(weights=("0.6", "0.7", "0.9")) -> dict:
    """P₊ of the linearised TDGL from a narrow start at ψ = 0: the splitting probability Φ(0) = 1/2,
    whatever the weights the branches carry (the even potential and the even start are symmetric)."""
    z = sp.Integer(0)
    phi = (1 + sp.erf(z / sp.sqrt(2))) / 2
    return {"instances": [{"w": float(sp.Rational(w)), "P_plus": float(sp.Rational(w) * phi
                                                                        + (1 - sp.Rational(w)) * (1 - phi))}
                          for w in weights], "searched": len(weights), "exact": True}


# --- Eq. (72): the measurement-induced dephasing rate ------------------------------------------

def dephasing_rate_over_kappa(chi_over_2pi, kappa_over_2pi, photon_numbers=("0.5", "1", "2")) -> dict:
    """Γ_φ/κ = 2χ²n̄/(κ²/4 + χ²)/κ (steady state of the driven resonator) at the transmon χ/κ."""
    rate = steady_state_dephasing_rate()
    c, kk = _rational(chi_over_2pi), _rational(kappa_over_2pi)
    inst = [{"nbar": float(sp.Rational(n)), "rate_over_kappa": float(rate.subs({chi: c, kappa_r: kk, nbar: sp.Rational(n)}) / kk)}
            for n in photon_numbers]
    return {"instances": inst, "searched": len(inst), "exact": True}


# --- Eq. (38), §5.8, §8.5.8: the scaling dimension of ψ⁴ against the dimension -----------------

def quartic_dimension_by_power_counting(dims=("3", "7/2", "4", "9/2", "5", "6", "8")) -> dict:
    """[ψ⁴] = 2(d − 2 + η) − d at η = 0 (Eq. (38), n = 2), exactly, at each effective dimension d."""
    return {"instances": [{"d": float(sp.Rational(x)), "quartic_dimension": float(gaussian_operator_dimension(2, sp.Rational(x)))}
                          for x in dims], "searched": len(dims), "exact": True}


# --- Eq. (67): hysteresis of the Landau potential (19) -----------------------------------------

def collapsed_branch_below_threshold(ratios=("97/100", "99/100", "999/1000")) -> dict:
    """For γ/γc = r < 1: the real stationary points of V(ψ) of Eq. (19) other than ψ = 0 (a collapsed
    state that could persist, as hysteresis needs); none exist (V' = λψ(1 − r + ψ²))."""
    x = sp.Symbol("x", real=True)
    inst = []
    for rv in ratios:
        roots = [z for z in sp.solve(sp.diff(landau_potential(x), x).subs({r: sp.Rational(rv), lam: 1}), x)
                 if z.is_real and z != 0]
        inst.append({"gamma_ratio": float(sp.Rational(rv)), "collapsed_state_persists": bool(roots)})
    return {"instances": inst, "searched": len(inst), "exact": True}


# --- §8.3: tail of the collapse-time distribution ----------------------------------------------

def collapse_time_hazards_linearised(ratio, noise="1/100000") -> dict:
    """Survival S(t) = P(|ψ_t| < ℓ) of the linearised TDGL dψ = aψ dt + √(2Q) dW from ψ = 0, ℓ = ψ_eq/√2:
    ψ_t is Gaussian with variance Q(e^{2at} − 1)/a, so S = erf(ℓ/√(2 Var)); the hazard −d ln S/dt between
    survivals 0.3 → 0.1 and 0.1 → 0.01, from the exact inverse t(S) (30 digits)."""
    rr, Q = _rational(ratio), sp.Rational(noise)
    a = rr - 1  # Dλ = 1
    ell = sp.sqrt(a) / sp.sqrt(2)

    def t_of(s):
        sig2 = (ell / (sp.sqrt(2) * sp.erfinv(sp.Rational(s)))) ** 2
        return sp.log(1 + a * sig2 / Q) / (2 * a)

    t3, t1, t01 = (sp.N(t_of(s), 30) for s in ("3/10", "1/10", "1/100"))
    h1 = sp.log(3) / (t1 - t3)
    h2 = sp.log(10) / (t01 - t1)
    return {"instances": [{"gamma_ratio": float(rr), "hazard_early": float(h1), "hazard_late": float(h2)}],
            "searched": 1, "exact": True}


# --- §8.5.7 B: n̄c at the cavity-QED κ/χ -----------------------------------------------------------

def nbar_c_at_kappa_over_chi(kappa_over_chi) -> sp.Expr:
    """n̄c = κ/(8χ) (Eq. (75)) at a given κ/χ."""
    return critical_photon_number().subs({kappa_r: _rational(kappa_over_chi), chi: 1})


# --- §8.5.7 B: the collective coupling of the cavity-QED platform ------------------------------

def qed_collective_coupling_mhz(qed_g_over_2pi, qed_atoms) -> sp.Expr:
    """(g/2π)√N_atoms in MHz, the 'collective enhancement γ ∼ g√N_atoms' of §8.5.7 B."""
    return _rational(qed_g_over_2pi) * sp.sqrt(sp.Integer(qed_atoms))


# --- App. C.5, Eqs. (108)–(109): the saddle point of the printed Keldysh action ------------------

def keldysh_saddle_exact(points=(("7/10", "13/10"), ("3/2", "-2/5"), ("1/5", "2"))) -> dict:
    """∂_tΦ from δS/δΦ_q = 0 (Φ_q → 0) of the integrand of Eq. (108), exactly, at (Γ, V') points,
    with Eq. (109)'s −ΓV' beside it (the judge compares them)."""
    Gm, Vp = sp.symbols("Gamma Vprime")
    v = keldysh_saddle_velocity()
    inst = []
    for G, V in points:
        val = sp.nsimplify(v.subs({Gm: sp.Rational(G), Vp: sp.Rational(V)}))
        inst.append({"Gamma": float(sp.Rational(G)), "Vprime": float(sp.Rational(V)),
                     "phidot": (float(sp.re(val)), float(sp.im(val))),
                     "eq109": float(-sp.Rational(G) * sp.Rational(V))})
    return {"instances": inst, "searched": len(inst), "exact": True, "details": f"∂_tΦ = {sp.sstr(v)}"}


# --- App. C.3, Eq. (105): the fluctuation–dissipation relation of the kernels as defined ----------

def fdt_relation_exact(betas=("1/2", "4/5", "2")) -> dict:
    """N(ω₀)/D(ω₀) for one bath oscillator (kernels of Eqs. (103)–(104)) exactly, at ω₀ = 1 and several β,
    with the printed coth(βω₀/2) beside it."""
    b, w0 = sp.symbols("beta omega0", positive=True)
    r = fdt_ratio_oscillator_bath()
    inst = []
    for x in betas:
        val = sp.N(r.subs({b: sp.Rational(x), w0: 1}), 30)
        inst.append({"beta": float(sp.Rational(x)), "ratio": (float(sp.re(val)), float(sp.im(val))),
                     "printed": float(sp.N(sp.coth(sp.Rational(x) / 2), 30))})
    return {"instances": inst, "searched": len(inst), "exact": True, "details": f"N/D = {sp.sstr(r)}"}


# --- §4.4 and §10.4: dimensions (SymPy's unit system) ----------------------------------------------

def coherence_pressure_dimension_proof():
    """[γ] = [g√N][|⟨Ŝ⟩|]/[ħω_S] with [g√N] = energy (as the paper states) and [Ŝ] = energy (needed for
    |⟨Ŝ⟩| ≤ ħω_S): the Boolean 'γ is dimensionless'."""
    from sympy.physics.units import energy
    from sympy.physics.units.systems.si import dimsys_SI

    dim = energy * energy / energy
    return sp.sympify(dimsys_SI.is_dimensionless(dim))


def fluctuation_widths_dimension_proof():
    """[ħ/(mω)] = [k_BT/(mω²)] (Eq. (82)): the Boolean 'the two widths have the same dimension'."""
    from sympy.physics.units import action, energy, mass, time
    from sympy.physics.units.systems.si import dimsys_SI

    q = action / (mass / time)
    th = energy / (mass / time**2)
    return sp.sympify(dimsys_SI.equivalent_dims(q, th))


# --- §4.4, after Eq. (27): ω_S of a truncated oscillator, in both readings of 'n levels' ------------

def truncated_oscillator_spread(ns=(2, 3, 4, 6)) -> dict:
    """(E_max − E_min)/ħω0 of Ŝ = ħω0(k + ½) truncated to k = 0…n−1 ('n levels') and to k = 0…n."""
    w = sp.Symbol("hbar_omega0", positive=True)
    inst = []
    for n in ns:
        for reading, top in (("k = 0…n−1", n - 1), ("k = 0…n", n)):
            levels = [w * (k_ + sp.Rational(1, 2)) for k_ in range(top + 1)]
            inst.append({"n": n, "reading": reading, "omega_S_over_omega0": float((max(levels) - min(levels)) / w)})
    return {"instances": inst, "searched": len(inst), "exact": True}


# --- Eq. (71): the normalised order parameter of the readout ---------------------------------------

def readout_order_parameter(points=(("0", "0", "1", "0"), ("0", "0", "1", "1"), ("1/2", "-1", "2", "1/3"),
                                    ("-1", "1/2", "3/2", "1/2"))) -> dict:
    """ψ_g, ψ_e of Eq. (71) with ᾱ = Re(α_g + α_e)/2 at exact amplitudes (x_g, y_g, x_e, y_e)."""
    inst = []
    for pt in points:
        xg, yg, xe, ye = (sp.Rational(v) for v in pt)
        abar = (xg + xe) / 2
        half = sp.sqrt((xe - xg) ** 2 + (ye - yg) ** 2) / 2
        inst.append({"alpha_g": (float(xg), float(yg)), "alpha_e": (float(xe), float(ye)),
                     "psi_g": float((xg - abar) / half), "psi_e": float((xe - abar) / half)})
    return {"instances": inst, "searched": len(inst), "exact": True}


# --- §10.4, after Eq. (83): ħω/k_BT at the paper's temperatures and modes ----------------------------

def quantum_to_thermal_ratio(temperature_mK, om_omega_m_over_2pi, readout_mode_ghz="7", room_K="300") -> dict:
    """ħω/k_BT exactly (CODATA h, k_B) for the optomechanical mode and a GHz readout resonator, at the
    transmon temperature of Table A and at room temperature."""
    h_ = sp.Rational(662607015, 10**42)
    kB = sp.Rational(1380649, 10**29)
    inst = []
    for T_label, T in (("transmon", _rational(temperature_mK) / 1000), ("room", sp.Rational(room_K))):
        for mode, f in (("mechanical", _rational(om_omega_m_over_2pi) * 10**6),
                        ("readout resonator", sp.Rational(readout_mode_ghz) * 10**9)):
            inst.append({"temperature": T_label, "mode": mode, "hw_over_kT": float(h_ * f / (kB * T))})
    return {"instances": inst, "searched": len(inst), "exact": True}


# --- Eq. (64): the sign of ΔF in both conventions ----------------------------------------------------

def collapse_free_energy_change(ratios=("3/2", "2", "3")) -> dict:
    """F at the end of the collapse minus F at ψ = 0, per unit volume, for Eq. (19): −λ(γ/γc − 1)²/4;
    reported as ΔF in both conventions (final − initial, initial − final)."""
    inst = []
    for rv in ratios:
        d = -landau_barrier().subs({lam: 1, r: sp.Rational(rv)})
        inst.append({"gamma_ratio": float(sp.Rational(rv)), "convention": "final − initial", "dF": float(d)})
        inst.append({"gamma_ratio": float(sp.Rational(rv)), "convention": "initial − final", "dF": float(-d)})
    return {"instances": inst, "searched": len(inst), "exact": True}


# --- Eq. (35): the equation of motion at ψ+ = ψ− = ψ ------------------------------------------------

def route2_equation_of_motion(points=(("7/10", "13/10", "2/5", "1/4"), ("1", "-1/2", "1", "1/2"))) -> dict:
    """Velocity solving δS/δψ− = 0 for the integrand ψ−(∂_tψ+ + ΓF') + i(ψ−)²D at ψ+ = ψ− = ψ, exactly,
    beside the TDGL velocity −ΓF'."""
    pm, Fp, Dn, v, Gm = sp.symbols("psi_m Fprime D_noise v Gamma")
    L = pm * (v + Gm * Fp) + sp.I * pm**2 * Dn
    eom = sp.diff(L, pm)
    inst = []
    for G, F_, Dv, ps in points:
        G, F_, Dv, ps = (sp.Rational(x) for x in (G, F_, Dv, ps))
        vel = sp.solve(eom.subs({pm: ps, Gm: G, Fp: F_, Dn: Dv}), v)[0]
        inst.append({"velocity": (float(sp.re(vel)), float(sp.im(vel))), "tdgl": float(-G * F_), "psi": float(ps)})
    return {"instances": inst, "searched": len(inst), "exact": True}


# --- Eq. (60): cross terms of the Wigner and Husimi functions at the origin -------------------------

def phase_space_cross_terms(alphas=("1", "2", "3")) -> dict:
    """For |φ±⟩ = |±α⟩ (N = 1, NΔ = 2α², the overlap e^{−2α²} of Eq. (58)): the Wigner cross term of
    (|α⟩⟨−α| + h.c.)/2 at the origin, (2/π) Re⟨−α|Π|α⟩ with ⟨−α|Π|α⟩ = e^{−α²} Σ (α²)^n/n! = 1, and the
    Husimi cross term (1/π) Re⟨0|α⟩⟨−α|0⟩ = e^{−α²}/π."""
    a, n = sp.symbols("a n", positive=True)
    parity_overlap = sp.simplify(sp.exp(-a**2) * sp.summation((a**2) ** n / sp.factorial(n), (n, 0, sp.oo)))
    inst = []
    for al in alphas:
        A = sp.Rational(al)
        bound = sp.exp(-2 * A**2)
        inst.append({"kind": "Wigner", "alpha": float(A), "cross": float(2 / sp.pi * parity_overlap.subs(a, A)),
                     "bound": float(bound)})
        inst.append({"kind": "Husimi", "alpha": float(A), "cross": float(sp.N(sp.exp(-A**2) / sp.pi, 30)),
                     "bound": float(bound)})
    return {"instances": inst, "searched": len(inst), "exact": True}


# --- App. A.2, after Eq. (92): the local exponent of t_c --------------------------------------------

def collapse_time_local_exponent(excesses=("1/10", "1/100", "1/1000", "1/10000"),
                                 epsilons=("1/100", "1/10000", "1/1000000")) -> dict:
    """d ln t_c / d ln x (x = γ/γc − 1, Dλ = 1) of the exact time to ψ_eq/√2 from ε, t_c =
    (τ/2) ln(ψ_eq²/ε² − 1) with τ = 1/x, ψ_eq² = x; undefined (None) when ψ_eq/√2 ≤ ε."""
    x = sp.Symbol("x", positive=True)
    inst = []
    for e_ in epsilons:
        e = sp.Rational(e_)
        tc = sp.log(x / e**2 - 1) / (2 * x)
        slope = sp.diff(sp.log(tc), x) * x
        for x_ in excesses:
            xv = sp.Rational(x_)
            ok = xv / 2 > e**2  # the trajectory starts below ψ_eq/√2
            inst.append({"excess": float(xv), "eps": float(e),
                         "slope": float(sp.N(slope.subs(x, xv), 20)) if ok else None})
    return {"instances": inst, "searched": len(inst), "exact": True}


# --- §7.2: γc as N → ∞ -------------------------------------------------------------------------

def gamma_c_large_n(sizes=("1000", "10**12", "10**23")) -> dict:
    """γc = λ/(ħω_S) (Eq. (28)) at apparatus sizes N (λ, ħω_S kept fixed: they are apparatus and system
    scales, independent of N)."""
    vals = [(sp.sympify(s), gamma_c_definition().subs(N, sp.sympify(s))) for s in sizes]
    small = vals[0]
    return {"instances": [{"N_small": float(small[0]), "N_large": float(nv), "ratio": float(sp.simplify(gv / small[1]))}
                          for nv, gv in vals[1:]], "searched": len(vals) - 1, "exact": True}


# --- Eq. (113): a2 from the Φ² term of Eq. (107) --------------------------------------------------

def a2_shift_doubling_ratio(points=(("3/10", "4", "4/5"), ("1/2", "9", "2"), ("1", "1", "1"))) -> dict:
    """(λ/2 − a2) at 2g over its value at g, with a2 = λ/2 + (Φ² coefficient of Eq. (107)): Eq. (113)
    (a2 = (λ/2)(1 − g√N/γc)) needs 2; the expansion gives 4."""
    b = sp.Symbol("beta_eff", positive=True)
    shift = sp.expand(lam / 2 - total_quadratic_coefficient_with_vsys())
    inst = []
    for g_, n_, b_ in points:
        sub = {N: sp.Rational(n_), b: sp.Rational(b_)}
        ratio = sp.simplify(shift.subs({**sub, g: 2 * sp.Rational(g_)}) / shift.subs({**sub, g: sp.Rational(g_)}))
        inst.append({"g": float(sp.Rational(g_)), "N": float(sp.Rational(n_)), "beta_eff": float(sp.Rational(b_)),
                     "ratio": float(ratio)})
    return {"instances": inst, "searched": len(inst), "exact": True}


# --- §4.4, Eqs. (28)–(30), App. C.6 Eq. (115): exponents of N ------------------------------------

def gc_exponent() -> sp.Expr:
    """d ln g_c/d ln N for g_c from g√N|⟨S⟩| = λ (Eq. (29))."""
    return exponent_in_N(critical_coupling())


def gamma_c_exponent() -> sp.Expr:
    """d ln γc/d ln N for γc = λ/(ħω_S) (Eq. (28)): 0."""
    return exponent_in_N(gamma_c_definition())


def gamma_c_inverse_exponent_eq113() -> sp.Expr:
    """d ln γc⁻¹/d ln N when γ = γc with γ = g√N (Eq. (113)) is solved for γc."""
    return exponent_in_N(1 / gamma_c_from_eq113_condition())


def gc_at_size(size) -> sp.Expr:
    """g_c = λ/(√N|⟨S⟩|) (Eq. (29)) in units of λ/|⟨S⟩|, at apparatus size N."""
    return sp.simplify(critical_coupling().subs({N: sp.nsimplify(size), lam: 1, S: 1}))


# --- App. D and §8.4: mean-field exponents ------------------------------------------------------------

def mean_field_nuz() -> sp.Expr:
    return mean_field_exponents()["nuz"]


def mean_field_nu() -> sp.Expr:
    return mean_field_exponents()["nu"]


def mean_field_gamma() -> sp.Expr:
    return mean_field_exponents()["gamma"]


def mean_field_z() -> sp.Expr:
    return mean_field_exponents()["z"]


def mean_field_eta() -> sp.Expr:
    """η of the Gaussian theory: the two-point function ∝ 1/(κk² + |a|) has no k^{2−η} anomaly, η = 0."""
    kk, a_ = sp.symbols("k a", positive=True)
    G = 1 / (kappa * kk**2)  # at criticality a = 0
    return sp.simplify(2 + kk * sp.diff(sp.log(G), kk))  # G ∝ k^{−(2−η)} ⇒ η = 2 + d ln G/d ln k


def curie_weiss_gamma_c() -> sp.Expr:
    """γc = β_c J with β_c from a = J(1 − βJ) = 0 (Eqs. (44)–(45))."""
    return sp.simplify(curie_temperature_beta() * J)


def peak_width_in_tau() -> sp.Expr:
    """FWHM of |ψ̇| ∝ u(1 − u²) in units of τ_grow, with u² = 1/(1 + e^{−2s}), s = (t − t₀)/τ: from the two
    roots of u(1 − u²) = S_max/2 (30-digit polynomial roots)."""
    uu = sp.Symbol("uu", positive=True)
    smax = peak_signal().subs({psi_eq: 1, tau: 1})
    roots = [x for x in sp.Poly(uu * (1 - uu**2) - smax / 2, uu).nroots(n=30) if 0 < x < 1]
    s_of = [sp.log(x / sp.sqrt(1 - x**2)) for x in sorted(roots)]
    return sp.N(s_of[1] - s_of[0], 20)


# --- §8.5.7 B–C: platform numbers --------------------------------------------------------------------

_UNIT = {"Hz": 1, "kHz": 10**3, "MHz": 10**6, "GHz": 10**9}
_TIME = {"ns": 10**9, "µs": 10**6, "ms": 10**3, "s": 1}


def collapse_time_at(kappa_over_2pi, gamma_ratio, kappa_unit="MHz", time_unit="ns") -> sp.Expr:
    """τ_c = [Dλ(γ/γc − 1)]⁻¹ with Dλ = κ/2 (Table A caption), κ = 2π × (κ/2π), exactly, in ``time_unit``."""
    kap = 2 * sp.pi * _rational(kappa_over_2pi) * _UNIT[kappa_unit]
    return sp.nsimplify(growth_time().subs({D: kap / 2, lam: 1, r: _rational(gamma_ratio)}) * _TIME[time_unit])


def om_nbar_c(om_kappa_over_2pi, om_g_over_2pi) -> sp.Expr:
    """Eq. (75) with χ → g_OM: κ/(8 g_OM), κ/2π in kHz, g_OM/2π in Hz (the 2π cancels)."""
    return critical_photon_number().subs({kappa_r: _rational(om_kappa_over_2pi) * 1000, chi: _rational(om_g_over_2pi)})


def atoms_in_mass_exact(om_mass_ng, molar_mass_g_per_mol="20.04") -> sp.Expr:
    """N = m/M × N_A exactly (N_A = 6.02214076·10²³); M the mean atomic molar mass (Si₃N₄: 140.28/7)."""
    return sp.Rational(str(om_mass_ng)) * sp.Rational(1, 10**9) / sp.Rational(molar_mass_g_per_mol) * sp.Rational(602214076) * 10**15


def bandwidth_ghz(resolution_ns) -> sp.Expr:
    """Bandwidth ∼ 1/δt in GHz for a resolution δt in ns."""
    return 1 / _rational(resolution_ns)


def nbar_c_uncertainty_readings(nbar_c, variation) -> dict:
    """Half-spread of n̄c ∝ κ/χ under ±variation in κ and χ, in three readings: the worst-case corners,
    first-order linear propagation (|δκ/κ| + |δχ/χ|), and independent errors in quadrature."""
    n, v = _rational(nbar_c), _rational(variation)
    corners = [(1 + a) / (1 + b) for a in (-v, v) for b in (-v, v)]
    return {"instances": [
        {"reading": "worst-case corners", "uncertainty": float(n * (max(corners) - min(corners)) / 2)},
        {"reading": "linear propagation", "uncertainty": float(n * 2 * v)},
        {"reading": "quadrature", "uncertainty": float(sp.N(n * sp.sqrt(2) * v, 30))}],
        "searched": 3, "exact": True}


# --- closed forms as functions of their own symbols (Expression quantities) ----------------------------

def cw_coefficient_a() -> sp.Expr:
    return curie_weiss_coefficients()["a"]


def cw_coefficient_b() -> sp.Expr:
    return curie_weiss_coefficients()["b"]


def cw_coefficient_linear() -> sp.Expr:
    return curie_weiss_coefficients()["linear"]


def cw_expansion_terms() -> sp.Expr:
    """The m², m⁴ and hm terms of the small-(m, h) expansion of Eq. (42) (the terms Eq. (43) keeps)."""
    c = curie_weiss_coefficients()
    return c["quadratic_f"] * m**2 + c["quartic_f"] * m**4 + c["linear"] * h * m


def landau_quartic_coefficient() -> sp.Expr:
    """ψ⁴ coefficient of Eq. (19)."""
    return sp.Poly(landau_potential(), psi).coeff_monomial(psi**4)


def landau_at_threshold() -> sp.Expr:
    """V(ψ) of Eq. (19) at γ = γc."""
    return sp.expand(landau_potential().subs(r, 1))


def linearised_growth_rate() -> sp.Expr:
    """d(drift)/dψ at ψ = 0 of Eq. (48)."""
    return sp.diff(tdgl_rhs(), psi).subs(psi, 0)


def reduced_velocity() -> sp.Expr:
    """u̇ for u = ψ/ψ_eq (§8.4)."""
    return reduced_equation() * u / tau


def rg_operator_dimension() -> sp.Expr:
    """−(RG eigenvalue) of the ψ^{2n} coupling: [ψ] from ∫d^dx (∇ψ)² dimensionless with anomalous η."""
    n_, d_, eta_, x_ = (sp.Symbol(nm, positive=True) for nm in ("n", "d", "eta", "x"))
    psi_dim = sp.solve(sp.Eq(2 * x_ + 2 - eta_, d_), x_)[0]
    return sp.expand(-(d_ - 2 * n_ * psi_dim))


def dispersive_shift_second_order() -> sp.Expr:
    """χ of the Jaynes–Cummings coupling g(aσ⁺ + a†σ⁻) (ω_r = 0 frame, qubit splitting Δ): the exact
    2×2 block {|n, e⟩, |n + 1, g⟩} shifts |n, e⟩ by (√(Δ² + 4g²(n + 1)) − Δ)/2, expanded to O(g²); χ is half
    the change of the photon-addition energy between the qubit states."""
    gg, Dl = sp.symbols("g Delta", positive=True)

    def shift_e(n):  # level repulsion of |n, e⟩ by |n + 1, g⟩
        return sp.series((sp.sqrt(Dl**2 + 4 * gg**2 * (n + 1)) - Dl) / 2, gg, 0, 3).removeO()

    def shift_g(n):  # |n, g⟩ is pushed down by |n − 1, e⟩ (none for n = 0)
        return -shift_e(n - 1) if n > 0 else sp.Integer(0)

    return sp.simplify(((shift_e(1) - shift_e(0)) - (shift_g(1) - shift_g(0))) / 2)


def spin_half_frequency() -> sp.Expr:
    """(s_max − s_min)/ħ for eigenvalues ±s (ħ = 1)."""
    s_ = sp.Symbol("s", positive=True)
    return s_ - (-s_)


def functional_derivative() -> sp.Expr:
    """δF/δψ of Eq. (18) with (19) by the Euler–Lagrange operator (1-D; ∇²ψ → lap)."""
    x = sp.Symbol("x", real=True)
    f = sp.Function("psi")(x)
    density = kappa / 2 * sp.diff(f, x) ** 2 + landau_potential(f)
    (el,) = sp.euler_equations(density, f, x)
    lap = sp.Symbol("lap")
    return sp.expand(el.lhs.subs(sp.Derivative(f, (x, 2)), lap).subs(f, psi))


def k0_threshold() -> sp.Expr:
    return instability_threshold_gamma().subs(k, 0)


def decoherence_n_threshold() -> sp.Expr:
    """N at which NΓ0 = ω_S (Eq. (84) with Γ_D ∼ NΓ0)."""
    Nn, G0, wS = sp.symbols("Nn Gamma0 omega_S", positive=True)
    return sp.solve(sp.Eq(Nn * G0, wS), Nn)[0]


# --- Eq. (38) for ψ⁴, ψ⁶, ψ⁸ -------------------------------------------------------------------------

def operator_dimensions(dims=("16/5", "7/2", "9/2", "5", "6", "8"), powers=(2, 3, 4)) -> dict:
    """[ψ^{2n}] = n(d − 2 + η) − d at η = 0 (Eq. (38)), exactly, for n in ``powers``."""
    return {"instances": [{"n": n, "d": float(sp.Rational(x)),
                           "dimension": float(gaussian_operator_dimension(n, sp.Rational(x)))}
                          for n in powers for x in dims], "searched": len(dims) * len(powers), "exact": True}


# --- Eq. (19) below threshold, and the Curie–Weiss phases ---------------------------------------------

def landau_minima_below_threshold(ratios=("0", "3/10", "3/5", "9/10", "99/100")) -> dict:
    """Real stationary points of Eq. (19) and their curvature, for γ/γc < 1: the minima (V'' > 0)."""
    x = sp.Symbol("x", real=True)
    inst = []
    for rv in ratios:
        V = landau_potential(x).subs({r: sp.Rational(rv), lam: 1})
        pts = [z for z in sp.solve(sp.diff(V, x), x) if z.is_real]
        minima = tuple(float(z) for z in pts if sp.diff(V, x, 2).subs(x, z) > 0)
        inst.append({"gamma_ratio": float(sp.Rational(rv)), "minima": minima})
    return {"instances": inst, "searched": len(inst), "exact": True}


def curie_weiss_phases(betaJs=("3/10", "7/10", "19/20", "21/20", "3/2", "5/2")) -> dict:
    """Minima of the exact f(m) of Eq. (42) at h = 0 (J = 1): the stable roots of m = tanh(βJm) (30 digits)."""
    import mpmath

    inst = []
    with mpmath.workdps(30):  # roots of the mean-field equation
        for bj in betaJs:
            b = mpmath.mpf(sp.Rational(bj).p) / sp.Rational(bj).q
            roots = [mpmath.mpf(0)]
            if b > 1:
                m0 = mpmath.findroot(lambda m_: m_ - mpmath.tanh(b * m_), 0.9)
                roots = [-m0, mpmath.mpf(0), m0]
            # f''(m) = J(1 − βJ sech²(βJm)) > 0 at a minimum
            minima = tuple(float(m_) for m_ in roots if 1 - b * mpmath.sech(b * m_) ** 2 > 0)
            inst.append({"betaJ": float(b), "minima": minima})
    return {"instances": inst, "searched": len(inst), "exact": True}


# --- batch: Eqs. (42), (106)–(107), App. C.6, Eq. (25), §5.9, §6.3, Eq. (92) ----------------------------

def cw_free_energy_large_n(betaJs=("1/2", "3/2")) -> dict:
    """The exact large-N free energy per spin of H = −(J/2N)(Σσ)² (Laplace on the sector sum, binary
    entropy s(m)) against min_m f(m) of Eq. (42) (J = 1), both at 30 digits."""
    import mpmath

    inst = []
    with mpmath.workdps(30):  # both free energies to 30 digits
        for bj in betaJs:
            b = mpmath.mpf(sp.Rational(bj).p) / sp.Rational(bj).q
            s = lambda m_: -((1 + m_) / 2 * mpmath.log((1 + m_) / 2) + (1 - m_) / 2 * mpmath.log((1 - m_) / 2))
            g = lambda m_: -(m_**2 / 2 + s(m_) / b)  # free energy per spin at fixed m
            mstar = mpmath.findroot(lambda m_: m_ - mpmath.tanh(b * m_), 0.9) if b > 1 else mpmath.mpf(0)
            exact = g(mstar) if b > 1 else -mpmath.log(2) / b
            f42 = mstar**2 / 2 - mpmath.log(2 * mpmath.cosh(b * mstar)) / b
            inst.append({"betaJ": float(b), "exact": float(exact), "eq42": float(f42)})
    return {"instances": inst, "searched": len(inst), "exact": True}


def vsys_trace_instances(points=(("7/10", "4", "3/10", "6/5", "0"), ("7/10", "4", "3/10", "6/5", "1"),
                                 ("1/2", "9", "1/5", "2", "0"), ("1/2", "9", "1/5", "2", "1/2"))) -> dict:
    """Eq. (106) for Ŝ = σ_z with Ĥ_S = (ε/2)σ_z, exactly, against Eq. (107), at (g, N, Φ, β_eff, ε)."""
    e_ = sp.Symbol("epsilon", positive=True)
    b = sp.Symbol("beta_eff", positive=True)
    inst = []
    for gg, nn, pp, bb, ee in points:
        sub = {g: sp.Rational(gg), N: sp.Rational(nn), Phi: sp.Rational(pp), b: sp.Rational(bb)}
        v106 = vsys_from_trace(True).subs({**sub, e_: sp.Rational(ee)}) if ee != "0" else vsys_from_trace(False).subs(sub)
        inst.append({"epsilon": float(sp.Rational(ee)), "v106": float(sp.N(v106, 30)),
                     "v107": float(sp.N(vsys_eq107().subs(sub), 30))})
    return {"instances": inst, "searched": len(inst), "exact": True}


def vsys_expansion_coefficients(points=(("4/5", "3", "9/10"), ("1/5", "10", "3"), ("3/2", "1", "1/2"))) -> dict:
    """Φ² and Φ⁴ coefficients of the series of Eq. (107) at (g, N, β_eff)."""
    b = sp.Symbol("beta_eff", positive=True)
    e = vsys_expansion_quartic()
    inst = []
    for gg, nn, bb in points:
        sub = {g: sp.Rational(gg), N: sp.Rational(nn), b: sp.Rational(bb)}
        inst.append({"c2": float(e.coeff(Phi, 2).subs(sub)), "c4": float(e.coeff(Phi, 4).subs(sub))})
    return {"instances": inst, "searched": len(inst), "exact": True}


def fast_mode_quartic_coefficients() -> dict:
    """The x⁴ coefficient −κ4β³/24 generated by a fast variable X (β_eff = 1): a two-level X = ±1
    (κ4 = −2) and X ∈ {0, ±1} with P(±1) = p/2 (κ4 = p − 3p²) for p = 1/10, 1/5."""
    b, k4 = sp.symbols("beta_eff kappa4", positive=True)
    coeff = quartic_from_cumulant()
    cases = [("two-level ±1", sp.Integer(1) - 3 * sp.Integer(1) ** 2)]
    cases += [(f"{{0, ±1}}, p = {p}", fourth_cumulant_two_point(sp.Rational(p))) for p in ("1/10", "1/5")]
    return {"instances": [{"distribution": name, "c4": float(coeff.subs({k4: kv, b: 1}))} for name, kv in cases],
            "searched": len(cases), "exact": True}


def barrier_over_lambda(excesses=("1/100", "1/10", "1", "2", "3")) -> dict:
    """ΔE/λ = V(0) − V(ψ_eq) over λ for Eq. (19): (γ/γc − 1)²/4."""
    return {"instances": [{"excess": float(sp.Rational(x)),
                           "barrier_over_lambda": float(landau_barrier().subs({lam: 1, r: 1 + sp.Rational(x)}))}
                          for x in excesses], "searched": len(excesses), "exact": True}


def critical_decay_instances(amplitudes=("1/10000", "1/10", "1/2"), t_end="400") -> dict:
    """ψ(t)/ψ0 at γ = γc (Dλ = 1) from the exact ψ0/√(1 + 2ψ0²t)."""
    sol = critical_decay_law()
    p0 = sp.Symbol("psi0", positive=True)
    inst = []
    for a in amplitudes:
        v = sol.subs({p0: sp.Rational(a), D: 1, lam: 1, t: sp.Rational(t_end)}) / sp.Rational(a)
        inst.append({"psi0": float(sp.Rational(a)), "t": float(sp.Rational(t_end)), "ratio": float(v)})
    return {"instances": inst, "searched": len(inst), "exact": True}


def separatrix_positions(ratios=("3/2", "2", "3")) -> dict:
    """The unstable stationary point between the minima ±ψ_eq of Eq. (19): the real root of V' in
    (−ψ_eq, ψ_eq); by V(ψ) = V(−ψ) it is ψ = 0."""
    x = sp.Symbol("x", real=True)
    inst = []
    for rv in ratios:
        V = landau_potential(x).subs({r: sp.Rational(rv), lam: 1})
        pe = sp.sqrt(sp.Rational(rv) - 1)
        roots = [z for z in sp.solve(sp.diff(V, x), x) if z.is_real and -pe < z < pe]
        inst.append({"gamma_ratio": float(sp.Rational(rv)), "separatrix": float(roots[0])})
    return {"instances": inst, "searched": len(inst), "exact": True}


def collapse_time_instances(points=(("1/10", "1/5"), ("1/100", "1/2"), ("1/1000000", "1/2"), ("1/50", "1/5"))) -> dict:
    """Exact t_c to ψ_eq/√2 (τ = 1) against τ ln(ψ_eq/ε) of Eq. (92), at (ε, ψ_eq)."""
    tc = collapse_time_exact()
    inst = []
    for e_, p_ in points:
        sub = {eps: sp.Rational(e_), psi_eq: sp.Rational(p_), tau: 1}
        inst.append({"eps": float(sp.Rational(e_)), "psi_eq": float(sp.Rational(p_)),
                     "t_c": float(sp.N(tc.subs(sub), 30)),
                     "eq92": float(sp.N(sp.log(sp.Rational(p_) / sp.Rational(e_)), 30))})
    return {"instances": inst, "searched": len(inst), "exact": True}


# --- last batch: identities (proofs) and counterexamples of the remaining statements ---------------------

def cw_hamiltonian_identity():
    """Σ_ij σ_iσ_j = (Σσ)² = N²m²: −(J/2N)Σ_ijσ_iσ_j + (JN/2)m² for a symbolic N = 4 configuration."""
    s_ = sp.symbols("s1:5")
    n_ = 4
    double = sum(a * b for a in s_ for b in s_)
    mm = sum(s_) / n_
    return sp.expand(-J / (2 * n_) * double + J * n_ / 2 * mm**2)


def collective_variance_identity():
    """Var(N^{-1/2}Σ A_i) − (1/N)Σ_ij Cov(A_i, A_j) for a symbolic 3 × 3 covariance (Eq. (21))."""
    n_ = 3
    cov = sp.Matrix(n_, n_, lambda i, j: sp.Symbol(f"C{min(i, j)}{max(i, j)}"))
    w = sp.Matrix([1 / sp.sqrt(n_)] * n_)
    return sp.simplify((w.T * cov * w)[0] - sum(cov) / n_)


def branch_average_identity():
    """Tr[ρ_A A] − Σ|c_n|²⟨φ_n|A|φ_n⟩ for |Ψ⟩ = c0|0⟩|φ0⟩ + c1|1⟩|φ1⟩ (orthonormal |a_n⟩), Eq. (16)."""
    c0, c1 = sp.symbols("c0 c1")
    p, q = sp.symbols("p0:2"), sp.symbols("q0:2")
    A = sp.Matrix(2, 2, sp.symbols("a00 a01 a10 a11"))
    phi0, phi1 = sp.Matrix(p), sp.Matrix(q)
    rhoA = (c0 * sp.conjugate(c0)) * phi0 * phi0.H + (c1 * sp.conjugate(c1)) * phi1 * phi1.H
    rhs = c0 * sp.conjugate(c0) * (phi0.H * A * phi0)[0] + c1 * sp.conjugate(c1) * (phi1.H * A * phi1)[0]
    return sp.expand((rhoA * A).trace() - rhs)


def overlap_decay_rates(delta="4/5", modes=(1, 5, 20)) -> dict:
    """−ln|⟨φ_m|φ_n⟩|/N for N coherent displacements differing by δ (Eq. (58)): δ²/2 for every N."""
    dl = sp.Rational(delta)
    ov = coherent_overlap_modulus()
    d_ = sp.Symbol("delta", positive=True)
    inst = [{"N": n, "rate": float(-sp.log(ov.subs({N: n, d_: dl})) / n), "rate_one": float(-sp.log(ov.subs({N: 1, d_: dl})))}
            for n in modes]
    return {"instances": inst, "searched": len(inst), "exact": True}


def fp_flux_identity():
    """d/dt ∫_a^b W = −(J(b) − J(a)) for ∂_tW = −∂_xJ, J = −D(V'W + W'), for polynomial W and V with
    symbolic coefficients: ∫_a^b ∂_tW dx + J(b) − J(a), a proof object (vanishes identically)."""
    x, a_, b_ = sp.symbols("x a b")
    w0, w1, w2, v2, v4 = sp.symbols("w0 w1 w2 v2 v4")
    W = w0 + w1 * x + w2 * x**2
    V = v2 * x**2 + v4 * x**4
    Dk = sp.Symbol("D", positive=True)
    flux = -Dk * (sp.diff(V, x) * W + sp.diff(W, x))
    dWdt = -sp.diff(flux, x)
    return sp.expand(sp.integrate(dWdt, (x, a_, b_)) + (flux.subs(x, b_) - flux.subs(x, a_)))


def kramers_exponent() -> dict:
    """d ln Γ_K/d(ΔE/k_BT) of the overdamped Kramers rate (ω₀ω_b/2π) D e^{−ΔE/k_BT} (Eq. (5)): −1."""
    y, w0, wb, Dk = sp.symbols("y omega0 omega_b D", positive=True)
    rate = w0 * wb / (2 * sp.pi) * Dk * sp.exp(-y)
    return {"instances": [{"slope": float(sp.diff(sp.log(rate), y))}], "searched": 1, "exact": True}


def recoherence_rate_per_mode(betaJ="3/2") -> dict:
    """(1/N) ln[P(m = 0)/P(m_eq)] of the Curie–Weiss model for N → ∞ (Landau–Gibbs, 30 digits)."""
    import mpmath

    with mpmath.workdps(30):  # the mean-field magnetisation to 30 digits
        b = mpmath.mpf(sp.Rational(betaJ).p) / sp.Rational(betaJ).q
        meq = mpmath.findroot(lambda m_: m_ - mpmath.tanh(b * m_), 0.8)
        s = lambda m_: -((1 + m_) / 2 * mpmath.log((1 + m_) / 2) + (1 - m_) / 2 * mpmath.log((1 - m_) / 2))
        rate = -(b * meq**2 / 2 + s(meq) - mpmath.log(2))
    return {"instances": [{"betaJ": float(b), "rate_per_mode": float(rate)}], "searched": 1, "exact": True}


def metastable_minima_count(ratios=("9/10", "99/100", "101/100", "11/10", "3/2")) -> dict:
    """Local minima of Eq. (19) that are not global, near γc (exact stationary points and curvature)."""
    x = sp.Symbol("x", real=True)
    inst = []
    for rv in ratios:
        V = landau_potential(x).subs({r: sp.Rational(rv), lam: 1})
        pts = [z for z in sp.solve(sp.diff(V, x), x) if z.is_real and sp.diff(V, x, 2).subs(x, z) > 0]
        vmin = min(V.subs(x, z) for z in pts)
        inst.append({"gamma_ratio": float(sp.Rational(rv)), "metastable": sum(1 for z in pts if V.subs(x, z) > vmin)})
    return {"instances": inst, "searched": len(inst), "exact": True}


def polarisation_bound_examples() -> dict:
    """|⟨Ŝ⟩| against ħω_S = s_max − s_min in eigenstates of Ŝ = diag(1, 2) and Ŝ = diag(−1, 2)."""
    inst = []
    for spec in ((1, 2), (-1, 2)):
        for ev in spec:
            inst.append({"s_min": min(spec), "s_max": max(spec), "abs_S": abs(ev)})
    return {"instances": inst, "searched": len(inst), "exact": True}


def amplifier_counterexample() -> dict:
    """f(ψ; γ) = −(1 + e^{−γ})ψ − ψ³: amplifying (λ(γ) = −1 − e^{−γ} increases), dissipative, saturating;
    sup_γ λ(γ) (exact limit)."""
    gm = sp.Symbol("gamma", positive=True)
    lam_g = -1 - sp.exp(-gm)
    return {"instances": [{"amplifying": bool(sp.diff(lam_g, gm).is_positive), "saturating": True,
                           "sup_lambda": float(sp.limit(lam_g, gm, sp.oo))}], "searched": 1, "exact": True}


def stability_over_curvature(Gamma="7/10", ratios=("1/4", "1/2", "3/2", "2")) -> dict:
    """λ(γ) = ∂_ψ f|₀ over a(γ) = ∂²F/∂ψ²|₀ for f = −Γ∂F/∂ψ with Eq. (19) (λ = 1)."""
    Gm = sp.Rational(Gamma)
    stab = sp.diff(-Gm * sp.diff(landau_potential(), psi), psi).subs(psi, 0)
    a_ = sp.diff(landau_potential(), psi, 2).subs(psi, 0)
    return {"instances": [{"Gamma": float(Gm), "ratio": float((stab / a_).subs({lam: 1, r: sp.Rational(x)}))}
                          for x in ratios], "searched": len(ratios), "exact": True}


def cw_b_values(points=(("13/10", "3/5"), ("1/2", "2"))) -> dict:
    b_ = curie_weiss_coefficients()["b"]
    return {"instances": [{"b": float(b_.subs({J: sp.Rational(j), beta: sp.Rational(bb)}))} for j, bb in points],
            "searched": len(points), "exact": True}


def decoherence_residual(t_value="200") -> dict:
    """max |ρ_S(t) − diag(|c_n|²)| from ρ_nm(t) = ρ_nm(0)e^{−Γ(a_n − a_m)²t} (Γ = 3/10, a = 0, 7/10, 19/10)."""
    a_vals = [sp.Integer(0), sp.Rational(7, 10), sp.Rational(19, 10)]
    c = [sp.Rational(3, 5), sp.Rational(12, 25), sp.Rational(16, 25)]
    Gm, tt = sp.Rational(3, 10), sp.Rational(t_value)
    worst = max(abs(sp.N(c[i] * c[j] * sp.exp(-Gm * (a_vals[i] - a_vals[j]) ** 2 * tt), 30))
                for i in range(3) for j in range(3) if i != j)
    return {"instances": [{"residual": float(worst)}], "searched": 1, "exact": True}


def sqrt_n_identity():
    """gŜΣ_iÂ_i − g√NŜΦ with Φ = N^{-1/2}ΣÂ_i (Eq. (15)), N = 5: a proof object."""
    A = sp.symbols("A1:6")
    phi = sum(A) / sp.sqrt(5)
    return sp.simplify(sum(A) - sp.sqrt(5) * phi)


def klein_gordon_identity():
    """Euler–Lagrange equation of L = ½(ψ_t² − ψ_x²) − V(ψ) minus (ψ_tt − ψ_xx + V'(ψ)): a proof object."""
    tt, xx = sp.symbols("t x", real=True)
    f = sp.Function("psi")(tt, xx)
    target = sp.diff(f, tt, 2) - sp.diff(f, xx, 2) + sp.diff(landau_potential(), psi).subs(psi, f)
    return sp.simplify(klein_gordon_eom() - target)


def overdamped_limit_identity():
    """lim_{m→0} [mψ̈ + ψ̇ + DV'(ψ)] − [ψ̇ − (Eq. (48) drift)]: a proof object."""
    mi = sp.Symbol("m_inertia", positive=True)
    p = sp.Function("psi")(t)
    eq = mi * sp.diff(p, t, 2) + sp.diff(p, t) + D * sp.diff(landau_potential(), psi).subs(psi, p)
    return sp.simplify(sp.limit(eq, mi, 0) - (sp.diff(p, t) - tdgl_rhs().subs(psi, p)))


def keldysh_rotation_identity():
    """Ψ± = Ψ_cl ± Ψ_q/2 inverts Eq. (100), and S[Ψ+] − S[Ψ−] − Ψ_q S'(Ψ_cl) is O(Ψ_q³): both as one
    proof object (the inversion residuals plus the Ψ_q⁰ and Ψ_q¹ coefficients)."""
    p, m_, cl, q = sp.symbols("Psi_p Psi_m Psi_cl Psi_q")
    inv = sp.solve([sp.Eq(cl, (p + m_) / 2), sp.Eq(q, p - m_)], [p, m_])
    c = sp.Symbol("c")
    S_ = lambda x: x**2 / 2 + c * x**4
    diff = sp.expand(S_(cl + q / 2) - S_(cl - q / 2))
    return sp.simplify((inv[p] - (cl + q / 2)) ** 2 + (inv[m_] - (cl - q / 2)) ** 2 + diff.subs(q, 0) ** 2
                       + (sp.diff(diff, q).subs(q, 0) - sp.diff(S_(cl), cl)) ** 2)


def resonator_frequency_shift():
    """Photon-addition energy of Eq. (70) in each qubit state minus ω_r ± χ: a proof object (vanishes)."""
    wr, ch, n_ = sp.symbols("omega_r chi n", positive=True)
    E = lambda k_, s_: wr * k_ + ch * k_ * s_
    return sp.simplify((E(n_ + 1, 1) - E(n_, 1) - (wr + ch)) ** 2 + (E(n_ + 1, -1) - E(n_, -1) - (wr - ch)) ** 2)


def detuning_dependence() -> dict:
    """∂χ/∂Δ and ∂n̄c/∂Δ for χ = g²/Δ and n̄c = κ/(8χ): signs (exact)."""
    g_, Dl, kp = sp.symbols("g Delta kappa", positive=True)
    chi_ = g_**2 / Dl
    nbc = critical_photon_number().subs({chi: chi_, kappa_r: kp})
    return {"instances": [{"dchi_dDelta_negative": bool(sp.diff(chi_, Dl).is_negative),
                           "dnbarc_dDelta_positive": bool(sp.diff(nbc, Dl).is_positive)}], "searched": 1, "exact": True}


def ising_1d_correlation_lengths(Ks=("1/2", "1", "2", "3", "5")) -> dict:
    """ξ = −1/ln tanh K of the 1-D Ising chain (K = βJ), exactly: finite for every finite K."""
    return {"instances": [{"K": float(sp.Rational(k_)), "xi": float(sp.N(-1 / sp.log(sp.tanh(sp.Rational(k_))), 30))}
                          for k_ in Ks], "searched": len(Ks), "exact": True}


def max_polarisation_identity():
    """γ = g√N|⟨Ŝ⟩|/(ħω_S) at |⟨Ŝ⟩| = ħω_S minus g√N: a proof object."""
    return sp.simplify((g * sp.sqrt(N) * S / hbar_omega_S).subs(S, hbar_omega_S) - g * sp.sqrt(N))


def critical_condition_identity():
    """γ/γc − g√N|⟨Ŝ⟩|/λ with Eq. (28): a proof object (γ = γc ⇔ g√N|⟨Ŝ⟩| = λ, Eq. (29))."""
    return sp.simplify((g * sp.sqrt(N) * S / hbar_omega_S) / gamma_c_definition() - g * sp.sqrt(N) * S / lam)


def fluctuation_ratio_identity():
    """√(ħ/mω)/√(k_BT/mω²) − √(ħω/k_BT): a proof object (Eq. (83))."""
    hb, w, kT = sp.symbols("hbar omega k_BT", positive=True)
    return sp.simplify(fluctuation_ratio() - sp.sqrt(hb * w / kT))


def ising_1d_critical_points() -> dict:
    """Finite-temperature critical points of the 1-D Ising chain: the K > 0 with ξ = −1/ln tanh K infinite,
    i.e. solutions of tanh K = 1 (none: tanh K < 1 for every finite K)."""
    K = sp.Symbol("K", positive=True)
    sols = sp.solve(sp.Eq(sp.tanh(K), 1), K)
    return {"instances": [{"critical_points": len(sols), "scan": "all K > 0 (exact)"}], "searched": 1, "exact": True}


def alternative_collapse_time_exponents(fractions=("9/10", "1 - exp(-1)", "1/sqrt(2)"),
                                        excesses=("1/100", "1/1000"), eps_value="1/1000000000") -> dict:
    """Local exponent d ln t/d ln x (x = γ/γc − 1, Dλ = 1) of the exact time to u*·ψ_eq from ε, for the
    alternative definitions u* of §6.2, from t = (τ/2) ln[(u*²/(1 − u*²))(ψ_eq²/ε² − 1)] with τ = 1/x."""
    x = sp.Symbol("x", positive=True)
    e = sp.Rational(eps_value)
    inst = []
    for fr in fractions:
        uu = sp.sympify(fr)
        tt = sp.log(uu**2 / (1 - uu**2) * (x / e**2 - 1)) / (2 * x)
        slope = sp.diff(sp.log(tt), x) * x
        for x_ in excesses:
            inst.append({"fraction": float(uu), "excess": float(sp.Rational(x_)), "eps": float(e),
                         "slope": float(sp.N(slope.subs(x, sp.Rational(x_)), 20))})
    return {"instances": inst, "searched": len(inst), "exact": True}


# --- Eq. (34): the Markov limit of the memory integral, for two kernel conventions ------------------

def markov_limit_memory_integral(widths=("1/10", "1/100", "1/1000")) -> dict:
    """∫_0^t K_τ(t − s)ψ(s)ds / (γψ(t)) as τ → 0 for ψ(s) = e^{s} at t = 1, exactly, with a one-sided
    kernel K_τ(u) = (γ/τ)e^{−u/τ} (normalised on u ≥ 0) and with a symmetric one K_τ(u) = (γ/2τ)e^{−|u|/τ}
    (normalised on ℝ, half its weight outside [0, t])."""
    s_, w = sp.symbols("s w", positive=True)
    one_sided = sp.simplify(sp.integrate(sp.expand(sp.exp(-(1 - s_) / w) * sp.exp(s_)), (s_, 0, 1)) / w / sp.E)
    inst = []
    for kind, val in (("one-sided", one_sided), ("symmetric", one_sided / 2)):
        for w_ in widths:
            inst.append({"kernel": kind, "width": float(sp.Rational(w_)),
                         "ratio": float(sp.N(val.subs(w, sp.Rational(w_)), 30))})
    return {"instances": inst, "searched": len(inst), "exact": True}
