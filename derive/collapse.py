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


def landau_minimum() -> sp.Expr:
    """Positive stationary point of V for r > 1: V'(ψ)/ψ = 0 ⇒ ψ² = r − 1."""
    roots = sp.solve(sp.Eq(sp.diff(landau_potential(), psi) / psi, 0), psi)
    (pos,) = [x for x in roots if x.subs(r, 2).is_positive]
    return sp.simplify(pos)


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
    e = sp.Poly(curie_weiss_expansion(), m, h)
    c2, c4, c11 = e.coeff_monomial(m**2), e.coeff_monomial(m**4), e.coeff_monomial(m * h)
    return {"a": sp.factor(2 * c2), "b": sp.factor(4 * c4), "linear": sp.factor(c11),
            "quartic_f": sp.factor(c4), "quadratic_f": sp.factor(c2)}


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

def tdgl_rhs() -> sp.Expr:
    """Homogeneous deterministic TDGL, Eq. (48): −D[λ(1 − r)ψ + λψ³]."""
    return -D * sp.diff(landau_potential(), psi)


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


def coherence_pressure_dispersive() -> sp.Expr:
    """γ = Γ_meas/Γ_deph = (8χ²n̄/κ)/(κ/2), Eq. (73)."""
    return sp.simplify((8 * chi**2 * nbar / kappa_r) / (kappa_r / 2))


def critical_photon_number() -> sp.Expr:
    """Solve 16χ²n̄/κ² = N_eff^{-1/2} with N_eff = (κ/2χ)², Eqs. (74)–(75)."""
    neff = (kappa_r / (2 * chi)) ** 2
    return sp.solve(sp.Eq(coherence_pressure_dispersive(), 1 / sp.sqrt(neff)), nbar)[0]


def neff_dispersive() -> sp.Expr:
    """N_eff = (κ/2χ)² (§8.5.3)."""
    return (kappa_r / (2 * chi)) ** 2


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
