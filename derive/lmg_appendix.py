"""Exact derivations for Appendices A–F of the LMG Leggett–Garg paper (``lmg_lgi``).

SymPy (exact) and mpmath (high precision), functions of the declared inputs.  The independent
numerical routes live in :mod:`numerics.lmg_lgi.appendix` and never call this module.

Model: mean-field Bloch equations (8) from H_MF = −(Jm_z + h)σᶻ − Γσˣ (App. A), the damped
linearisation about the tilted fixed point (App. B), freeze-out exponents (App. C), the
macrorealist bound and the optimal interval (App. D), Model A (App. E) and its Kramers time
(App. F) on the free energy f(m) of Eq. (2).  ħ = k_B = 1, rates in rad/s.

References
----------
S. Mouslopoulos, arXiv:2604.18638 (manuscript ``002_9e6c3c1b1fdb9ba8.txt``), App. A–F.
"""

from __future__ import annotations

import functools
import itertools

import mpmath
import sympy as sp

from derive import lmg_lgi as D

J, Gamma, T, h, N = D.J, D.Gamma, D.T, D.h, D.N
m, m_star = D.m, D.m_star
MX, MY, MZ = sp.symbols("m_x m_y m_z", real=True)
G1, G2 = sp.symbols("Gamma_1 Gamma_2", real=True)


def _exact(x) -> sp.Rational:
    """A declared input (int/float) as the exact decimal it is printed as."""
    return sp.Rational(str(x))


# --- App. A -------------------------------------------------------------------------------

def pauli_commutator_residual():
    """[σˣ, σᶻ] + 2iσʸ (a matrix that must vanish; App. A)."""
    return {"proof": D.pauli_commutator_xz() + 2 * sp.I * D.SY, "exact": True,
            "details": "SymPy 2×2 matrices"}


def bloch_component(component: str) -> sp.Expr:
    """d⟨σ^α⟩/dt = i⟨[H_MF, σ^α]⟩ reduced on the Pauli basis (Eqs. (32)–(34))."""
    return D.bloch_rhs()[component]


# --- App. B -------------------------------------------------------------------------------

def tilted_fixed_point_residual():
    """Bloch right-hand side at (Γ/J, 0, √(1 − Γ²/J²)), h = 0, and |m_eq|² − 1 (Eq. (36))."""
    rhs = D.bloch_rhs()
    pt = {MX: Gamma / J, MY: 0, MZ: sp.sqrt(1 - Gamma**2 / J**2), h: 0}
    res = [sp.simplify(rhs[k].subs(pt)) for k in "xyz"]
    res.append(sp.simplify(pt[MX] ** 2 + pt[MZ] ** 2 - 1))
    return {"proof": sp.Matrix(res), "exact": True,
            "details": "F(m_eq) and |m_eq|² − 1 for symbolic 0 < Γ < J"}


def cross_term_coefficient():
    """∂ṁ_y/∂m_z at the tilted fixed point: −2J m_x^eq + 2Γ (App. B)."""
    rhs = D.bloch_rhs()
    c = sp.diff(rhs["y"], MZ).subs({MX: Gamma / J, MY: 0, MZ: sp.sqrt(1 - Gamma**2 / J**2), h: 0})
    return {"proof": sp.simplify(c), "exact": True, "details": f"∂ṁy/∂mz = {sp.simplify(c)}"}


def _damped_matrix() -> sp.Matrix:
    return D.linearised_matrix()


def linearised_spectrum_residual():
    """Characteristic polynomial of the damped linearisation minus (λ + Γ1)((λ + Γ2)² + (2Jm*)²):
    the printed spectrum {−Γ2 ± 2iJm*, −Γ1} (Eqs. (37)–(41))."""
    lam = sp.Symbol("lambda")
    cp = _damped_matrix().charpoly(lam).as_expr()
    printed = (lam + G1) * ((lam + G2) ** 2 + (2 * J * m_star) ** 2)
    return {"proof": sp.expand(cp - printed), "exact": True,
            "details": f"det(λ − A) = {sp.factor(cp)}"}


@functools.cache
def oscillation_frequency() -> sp.Expr:
    """Imaginary part of the complex pair of the damped linearisation, as a function of J, m*."""
    ims = [sp.simplify(sp.im(e)) for e in D.linearised_eigenvalues()]
    return max((x for x in ims if x != 0), key=lambda x: sp.N(x.subs({J: 1, m_star: sp.Rational(1, 2)})))


def example_eigenvalue(ex_J, ex_Gamma, ex_Gamma2, ex_Gamma1, part: str):
    """One eigenvalue of App. B's numerical example, exactly: the damped Jacobian of Eq. (8) at the
    tilted fixed point for the given J, Γ, Γ2, Γ1 ('im': ω0, 're_osc': Re of the pair, 're_long')."""
    Jv, Gv = _exact(ex_J), _exact(ex_Gamma)
    M = _damped_matrix().subs({J: Jv, m_star: sp.sqrt(1 - Gv**2 / Jv**2), G2: _exact(ex_Gamma2),
                               G1: _exact(ex_Gamma1)})
    ev = [sp.nsimplify(e) for e in M.eigenvals()]
    pair = [e for e in ev if sp.im(e) != 0]
    real = [e for e in ev if sp.im(e) == 0]
    v = {"im": max(sp.im(e) for e in pair), "re_osc": sp.re(pair[0]), "re_long": real[0]}[part]
    return {"value": sp.nsimplify(v), "exact": True, "details": f"eigenvalues {ev}"}


# --- App. C -------------------------------------------------------------------------------

def _leading_power(expr: sp.Expr, eps: sp.Symbol) -> sp.Expr:
    """lim_{ε→0+} d ln expr / d ln ε."""
    return sp.limit(sp.simplify(eps * sp.diff(sp.log(expr), eps)), eps, 0, "+")


@functools.cache
def relaxation_exponent(scenario: str) -> sp.Expr:
    """μ with τ_rel ∝ |ε|^{−μ} near ε = 0 (App. C, Table 4):

    * ``j``: τ_rel = 1/ω_J, ω_J² from the undamped Bloch equations about (1, 0, 0), J = Γ(1 − ε);
    * ``h``: τ_rel = 1/Δ(h), Δ the mean-field splitting N[e(m−) − e(m+)] of the T → 0 landscape
      (leading order by the envelope theorem), ε = h;
    * ``classical``: overdamped Model A, rate Γ_eff e″(m_min) at the minimum m = 0 of the T → 0
      landscape on the disordered side, J = Γ(1 − ε).
    """
    eps = sp.Symbol("epsilon", positive=True)
    if scenario == "j":
        w2 = D.disordered_frequency_squared().subs(J, Gamma * (1 - eps))
        return _leading_power(sp.sqrt(w2), eps)
    if scenario == "classical":
        rate = sp.diff(D.ground_energy_per_spin(), m, 2).subs(m, 0).subs(J, Gamma * (1 - eps))
        return _leading_power(rate, eps)
    if scenario == "h":
        y = J * m + h
        e = J * m**2 / 2 - sp.sqrt(y**2 + Gamma**2)
        ms = D.order_parameter()
        # splitting Δ(h) = N[e(m−(h); h) − e(m+(h); h)]; at the minima ∂e/∂m = 0, so by the
        # envelope theorem its Taylor coefficients in h start with ∂e/∂h at ±m*
        split0 = sp.simplify(e.subs(h, 0).subs(m, -ms) - e.subs(h, 0).subs(m, ms))
        slope = sp.simplify(sp.diff(e, h).subs(h, 0).subs(m, -ms) - sp.diff(e, h).subs(h, 0).subs(m, ms))
        if split0 != 0:
            return sp.Integer(0)
        series = split0 + slope * eps      # leading terms of Δ/N in ε = h
        return _leading_power(series, eps)
    raise ValueError(scenario)


def freeze_out_exponent(scenario: str):
    """t̂ ∝ τ_Q^{μ/(1+μ)} with μ of :func:`relaxation_exponent`."""
    mu = relaxation_exponent(scenario)
    return {"value": D.freeze_out_exponent(mu), "exact": True, "details": f"μ = {mu}"}


def relaxation_exponent_value(scenario: str):
    mu = relaxation_exponent(scenario)
    return {"value": mu, "exact": True, "details": f"lim d ln τ_rel⁻¹/d ln ε = {mu}"}


def h_quench_gap() -> sp.Expr:
    """Gap of the two-level bias model H_eff = −N m* h τᶻ − (ΔE/2) τˣ (the vacua |P⟩, |R⟩
    split by E± = ∓N h m*, tunnelling ΔE): E₊ − E₋ (App. C, Eq. (44))."""
    dE = sp.Symbol("DeltaE", positive=True)
    H = sp.Matrix([[-N * m_star * h, -dE / 2], [-dE / 2, N * m_star * h]])
    ev = list(H.eigenvals())
    return sp.simplify(sp.Max(*ev) - sp.Min(*ev)).rewrite(sp.sqrt)


# --- App. D -------------------------------------------------------------------------------

def dichotomic_assignments():
    """The 2³ definite assignments (Q1, Q2, Q3) ∈ {−1, +1}³ (App. D's enumeration); K3 is
    linear in the joint distribution, so its maximum over any mixture is attained on them."""
    return {"instances": [tuple(x) for x in itertools.product((-1, 1), repeat=3)], "exact": True}


def optimal_interval_slopes():
    """dK3/dx at x = ΔEΔt = π/3 for Eq. (21), K3 ∝ 2e^{−ax}cos x − e^{−2ax}cos 2x, a = ħ/(ΔE T2),
    at a grid of finite T2 (a > 0), exactly (scaled by e^{aπ/3} > 0); a negative slope puts the
    optimum below π/3."""
    x, a = sp.symbols("x a", positive=True)
    K = 2 * sp.exp(-a * x) * sp.cos(x) - sp.exp(-2 * a * x) * sp.cos(2 * x)
    # the slope times e^{aπ/3} > 0 (same sign, no underflow at short T2)
    slope = sp.simplify(sp.expand(sp.diff(K, x).subs(x, sp.pi / 3) * sp.exp(a * sp.pi / 3)))
    out = []
    for k in range(-3, 4):
        for mant in (1, 3):
            av = sp.Rational(mant) * sp.Integer(10) ** k
            out.append({"a": float(av), "slope_at_pi_over_3": float(sp.N(slope.subs(a, av), 30))})
    return {"instances": out, "exact": True, "details": f"e^(aπ/3) dK/dx|π/3 = {slope}"}


# --- App. E, F ----------------------------------------------------------------------------

def einstein_residual():
    """D solving zero Boltzmann flux for P ∝ e^{−Nf/T}, minus Γ_eff T/N (Eq. (48))."""
    Geff = sp.Symbol("Gamma_eff", positive=True)
    return {"proof": sp.simplify(D.einstein_diffusion() - Geff * T / N), "exact": True,
            "details": f"D = {D.einstein_diffusion()}"}


def fokker_planck_residual():
    """Kramers–Moyal forward equation of Eqs. (46)–(47) minus Eq. (49), and the Einstein D."""
    Geff = sp.Symbol("Gamma_eff", positive=True)
    return {"proof": sp.Matrix([D.fokker_planck_mismatch(),
                                sp.simplify(D.einstein_diffusion() - Geff * T / N)]), "exact": True}


def _kt(T_nK) -> sp.Expr:
    return D.thermal_rate(sp.Rational(T_nK) / 10**9)


def j_over_t(J, T_nK):
    return {"value": sp.N(_exact(J) / _kt(T_nK), 30), "details": "k_BT/ħ from the SI-2019 constants"}


def gamma_over_t(g, J, T_nK):
    return {"value": sp.N(_exact(g) * _exact(J) / _kt(T_nK), 30)}


def m_star_squared(g):
    return {"value": 1 - _exact(g) ** 2, "exact": True}


def _barrier(g, J, T_nK):
    """Δf0 = f(0) − f(m*) of Eq. (2) at h = 0, T = k_BT: the T → 0 closed form J(1 − Γ/J)²/2
    plus the exact finite-T remainder −T[ln(1 + e^{−2Γ/T}) − ln(1 + e^{−2J/T})] at m* = √(1 − Γ²/J²).

    Valid for k_BT ≪ Γ (the paper's regime, Γ/T ≈ 27): the finite-T minimum moves from m* only by
    O(e^{−2J/T}), which changes f(m*) at second order."""
    Jv, Gv, Tv = _exact(J), _exact(g) * _exact(J), _kt(T_nK)
    b0 = D.barrier_zero_temperature().subs({D.J: Jv, D.Gamma: Gv})
    with mpmath.workdps(40):
        t = mpmath.mpf(sp.N(Tv, 40))
        rem = -t * (mpmath.log1p(mpmath.exp(-2 * mpmath.mpf(sp.N(Gv, 40)) / t))
                    - mpmath.log1p(mpmath.exp(-2 * mpmath.mpf(sp.N(Jv, 40)) / t)))
        return mpmath.mpf(sp.N(b0, 40)) + rem, t


def barrier_rad_s(g, J, T_nK):
    b, _ = _barrier(g, J, T_nK)
    return {"value": b, "details": "J(1 − Γ/J)²/2 + exact e^{−2Γ/T} remainder (mpmath, 40 digits)"}


def barrier_exponent(N, g, J, T_nK):
    b, t = _barrier(g, J, T_nK)
    return {"value": int(N) * b / t}


def boltzmann_factor(N, g, J, T_nK):
    b, t = _barrier(g, J, T_nK)
    return {"value": mpmath.exp(int(N) * b / t)}


def attempt_period_ms(g, J):
    """2π/ω0 with ω0 = 2Jm* (Eq. (40)), in ms."""
    w0 = 2 * _exact(J) * D.m_star_of(_exact(g))
    return {"value": sp.N(2 * sp.pi / w0 * 1000, 30)}


def _tau_k(N, g, J, T_nK):
    b, t = _barrier(g, J, T_nK)
    w0 = mpmath.mpf(sp.N(2 * _exact(J) * D.m_star_of(_exact(g)), 40))
    return 2 * mpmath.pi / w0 * mpmath.exp(int(N) * b / t)


def kramers_time_s(N, g, J, T_nK):
    """τ_K = (2π/ω0) e^{NΔf0/k_BT}: App. E's attempt period times the Boltzmann factor (s)."""
    return {"value": _tau_k(N, g, J, T_nK)}


def exponent_unit_shift_factor(N, g, J, T_nK):
    """τ_K with NΔf0/k_BT shifted by one unit over τ_K: the factor an O(1) shift changes τ_K by."""
    b, t = _barrier(g, J, T_nK)
    w0 = mpmath.mpf(sp.N(2 * _exact(J) * D.m_star_of(_exact(g)), 40))
    x = int(N) * b / t
    return {"value": (2 * mpmath.pi / w0 * mpmath.exp(x + 1)) / (2 * mpmath.pi / w0 * mpmath.exp(x))}


def kramers_range_instances(N, g, J, T_nK):
    """τ_K e^{∓1}: the range after an O(1) shift of the exponent (s)."""
    t = _tau_k(N, g, J, T_nK)
    return {"instances": [{"lo_s": float(t / mpmath.e), "hi_s": float(t * mpmath.e)}], "exact": True}


def kramers_range_lower_over_tau_q(N, g, J, T_nK, tau_Q_ms):
    """τ_K e^{−1}/τ_Q: how far the lower end of the range lies above the sweep time."""
    t = _tau_k(N, g, J, T_nK)
    return {"value": t / mpmath.e / (mpmath.mpf(str(tau_Q_ms)) / 1000)}


def kramers_prefactor() -> sp.Expr:
    """2πT/(D·N√(f″f″)) with D = Γ_eff T/N (Eq. (50)); fpp = f″(m*)|f″(0)|."""
    return D.kramers_prefactor_substituted()


def kramers_laplace_residual():
    """Laplace's method on the MFPT double integral of Eq. (49) minus the printed prefactor."""
    a, b, Geff = sp.symbols("a b Gamma_eff", positive=True)
    return {"proof": sp.simplify(D.kramers_by_laplace() - 2 * sp.pi / (Geff * sp.sqrt(a * b))),
            "exact": True, "details": f"τ e^(−NΔf0/T) = {D.kramers_by_laplace()}"}


def free_energy_leading(at: str) -> sp.Expr:
    """Leading large-argument form of f(0) ('0') or f(m*) ('m*') of Eq. (2), h = 0."""
    return D.free_energy_low_T(at)


def barrier_leading() -> sp.Expr:
    """Δf0 of the T → 0 landscape, with m*² written out."""
    return D.barrier_zero_temperature()


def barrier_sign():
    """Δf0 > 0 in the ordered phase: Δf0 of the T → 0 landscape at Γ = J(1 − u), 0 < u < 1."""
    u = sp.Symbol("u", positive=True)
    b = sp.simplify(D.barrier_zero_temperature().subs(Gamma, J * (1 - u)))
    return {"proof": sp.simplify(b > 0), "exact": True, "details": f"Δf0 = {b} at Γ = J(1 − u)"}


def optimal_interval_shift(xi):
    """1 − x_opt/(π/3) at Eq. (23)'s threshold T2 = πħ/(3ΔE ln(1/ξ)), i.e. a = ħ/(ΔE T2) =
    (3/π) ln(1/ξ): x_opt the root of dK3/dx = 0 of Eq. (21) next to π/3 (mpmath, 30 digits)."""
    with mpmath.workdps(30):
        a = 3 * mpmath.log(1 / mpmath.mpf(xi)) / mpmath.pi
        dk = lambda x: (-2 * a * mpmath.exp(-a * x) * mpmath.cos(x) - 2 * mpmath.exp(-a * x) * mpmath.sin(x)
                        + 2 * a * mpmath.exp(-2 * a * x) * mpmath.cos(2 * x)
                        + 2 * mpmath.exp(-2 * a * x) * mpmath.sin(2 * x))
        x = mpmath.findroot(dk, (mpmath.mpf("0.05"), mpmath.pi / 3), solver="anderson")
        return {"value": 1 - x / (mpmath.pi / 3),
                "details": f"a = {mpmath.nstr(a, 6)}, x_opt = {mpmath.nstr(x, 8)} (root of dK3/dx)"}


def _noise(acf_noise, g2, g1):
    return {"fdt": sp.diag(2 * g2, 2 * g2, 2 * g1), "isotropic": sp.eye(3),
            "transverse": sp.diag(1, 1, 0)}[acf_noise]


def acf_baseline_share(ex_J, ex_Gamma, ex_Gamma2, ex_Gamma1, acf_noise):
    """B0/C_zz(0) of Eq. (42): the weight of the slow e^{−Γ1Δt} mode in the stationary ACF of δm_z
    for the linear system (37)–(39) driven by white noise (reading ``acf_noise``).

    Exact: the stationary covariance C solves the Lyapunov equation AC + CAᵀ + Q = 0 (SymPy linear
    solve); by the regression theorem C_zz(Δt) = [e^{AΔt}C]_zz, whose e^{−Γ1Δt} coefficient is
    u·C e_z with u the left eigenvector of A for −Γ1 normalised to u_z = 1 (e_z is its right
    eigenvector: the (δm_x, δm_y) block does not see δm_z)."""
    Jv, Gv, g2, g1 = (_exact(x) for x in (ex_J, ex_Gamma, ex_Gamma2, ex_Gamma1))
    A = _damped_matrix().subs({J: Jv, m_star: sp.sqrt(1 - Gv**2 / Jv**2), G2: g2, G1: g1})
    c = sp.symbols("c0:6")
    C = sp.Matrix([[c[0], c[1], c[2]], [c[1], c[3], c[4]], [c[2], c[4], c[5]]])
    eqs = A * C + C * A.T + _noise(acf_noise, g2, g1)
    sol = sp.solve([eqs[i, j] for i in range(3) for j in range(i, 3)], c, dict=True)[0]
    C = C.subs(sol)
    ux, uy = sp.symbols("u_x u_y")
    u = sp.Matrix([[ux, uy, 1]])
    left = sp.solve(list(u * A + g1 * u), [ux, uy], dict=True)[0]
    share = sp.nsimplify(sp.simplify((u.subs(left) * C[:, 2])[0] / C[2, 2]))
    return {"value": share, "exact": True, "details": f"C_zz(0) = {sp.nsimplify(sp.simplify(C[2, 2]))}"}


def linearised_row_residual(row: str):
    """Row ``row`` of the damped Jacobian of Eq. (8) at the tilted fixed point minus the printed
    Eqs. (37) (x), (38) (y), (39) (z), with Γ = J√(1 − m*²)."""
    Gm = J * sp.sqrt(1 - m_star**2)
    printed = {"x": [-G2, 2 * J * m_star, 0], "y": [-2 * J * m_star, -G2, 0], "z": [0, -2 * Gm, -G1]}[row]
    k = "xyz".index(row)
    res = sp.simplify(_damped_matrix()[k, :] - sp.Matrix([printed]))
    return {"proof": res, "exact": True, "details": f"derived row {row}: {list(_damped_matrix()[k, :])}"}


def frequency_limit(limit: str):
    """ω0/J of the damped linearisation in the deep ordered phase (m* → 1, 'ordered') or at
    criticality (m* → 0, 'critical'), by SymPy limits."""
    w = oscillation_frequency() / J
    return {"value": sp.limit(w, m_star, 1 if limit == "ordered" else 0), "exact": True}


def barrier_critical_limit():
    """lim_{Γ→J} Δf0/J of the T → 0 landscape (App. F: Δf0 → 0 at the critical point)."""
    return {"value": sp.limit(D.barrier_zero_temperature() / J, Gamma, J), "exact": True}
