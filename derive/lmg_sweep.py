"""Exact routes of §7 (Table 3), §7.1 and §7.2 of ``lmg_lgi``: barrier and Kramers estimate,
freeze-out exponents, spinodal window and the Landau–Zener sweep (SymPy exact, mpmath).

Conventions: ħ = k_B = 1; J in rad/s when a function takes ``J``, otherwise J = 1.  The
T → 0 mean-field landscape e(m) = Jm²/2 − √((Jm + h)² + Γ²) is the leading form of Eq. (2)
(the finite-T correction −T ln(1 + e^{−2E/T}) is below e^{−50} at the benchmark).  The
numerical routes are in :mod:`numerics.lmg_lgi.sweep` (independent implementations).

References
----------
lmg_lgi (arXiv:2604.18638), §7 Table 3, §7.1 (P1–P3), §7.2 (Eqs. (14)–(17), Remarks 8–9),
App. B, App. F.
"""

from __future__ import annotations

import functools
from fractions import Fraction

import mpmath
import sympy as sp

from derive.lmg_lgi import landau_zener_error, linearised_eigenvalues, nlevel_energies_mp, thermal_rate
from derive.lmg_mp import bisect_eigenvalue

DPS = 30  # digits: the gaps are 10⁻⁴ of ‖H‖ at N ≈ 370; 30 digits leave > 20 in each quantity


def _rat(x) -> sp.Rational:
    """A declared input as an exact rational (floats via their shortest repr)."""
    if isinstance(x, Fraction):
        return sp.Rational(x.numerator, x.denominator)
    if isinstance(x, sp.Basic):
        return x
    return sp.Rational(str(x))


def _frac(x) -> Fraction:
    return x if isinstance(x, Fraction) else Fraction(str(x))


# --- the T → 0 landscape and its barrier -------------------------------------------------

_m, _h, _J, _G = sp.symbols("m h J Gamma", real=True)


def _landscape():
    return _J * _m**2 / 2 - sp.sqrt((_J * _m + _h) ** 2 + _G**2)


@functools.cache
def barrier_per_spin(g) -> sp.Expr:
    """Δf0/J = [e(0) − e(m*)]/J at h = 0 with m* the positive root of e′(m) = 0 (exact)."""
    e = _landscape().subs({_h: 0, _J: 1, _G: _rat(g)})
    roots = [r for r in sp.solve(sp.diff(e, _m), _m) if r.is_positive]
    if len(roots) != 1:
        raise ValueError(f"ordered minimum not unique at Γ/J = {g}: {roots}")
    return sp.nsimplify(sp.simplify(e.subs(_m, 0) - e.subs(_m, roots[0])))


def _kt(T_nK) -> sp.Expr:
    return thermal_rate(_rat(T_nK) / 10**9)


def barrier_exponent(N, g, J, T_nK):
    """N Δf0/k_BT (Δf0 in rad/s, k_BT/ħ from the SI constants)."""
    v = sp.Integer(int(N)) * barrier_per_spin(g) * _rat(J) / _kt(T_nK)
    return {"value": sp.N(v, DPS), "details": f"Δf0/J = {barrier_per_spin(g)} (exact, T → 0 landscape)"}


@functools.cache
def normal_mode_frequency() -> sp.Expr:
    """ω0: imaginary part of the undamped linearised eigenvalues of Eq. (8) (App. B)."""
    G1, G2 = sp.symbols("Gamma_1 Gamma_2", real=True)
    ims = [sp.simplify(sp.im(e.subs({G1: 0, G2: 0}))) for e in linearised_eigenvalues()]
    pos = [w for w in ims if w != 0 and sp.simplify(w.subs({sp.Symbol("J", positive=True): 1})) != 0]
    w = max(pos, key=lambda e: float(e.subs({s: sp.Rational(1, 2) for s in e.free_symbols})))
    return sp.simplify(w)


def _omega0(g, J) -> sp.Expr:
    w = normal_mode_frequency()
    subs = {}
    for s in w.free_symbols:
        subs[s] = _rat(J) if s.name == "J" else sp.sqrt(1 - _rat(g) ** 2)  # m* = √(1 − g²), Eq. (3)
    return w.subs(subs)


def attempt_period_ms(g, J):
    """2π/ω0 in ms."""
    return sp.N(2000 * sp.pi / _omega0(g, J), DPS)


def kramers_estimate_s(N, g, J, T_nK, period_ms=None, exponent=None):
    """τ_K ≈ (2π/ω0) e^{NΔf0/k_BT} in s (Remark 9's estimate); ``period_ms`` and ``exponent``
    replace the computed factors when given (the printed ones, for a consistency check)."""
    p = attempt_period_ms(g, J) if period_ms is None else _rat(period_ms)
    x = barrier_exponent(N, g, J, T_nK)["value"] if exponent is None else _rat(exponent)
    return sp.N(p / 1000 * sp.exp(x), DPS)


def kramers_prefactor() -> sp.Expr:
    """τ_K e^{−NΔf0/k_BT} by Laplace's method on the MFPT double integral of Eq. (49) with the
    Einstein relation D = Γ_eff k_BT/N, written in fpp = f″(m*)|f″(0)| (Eq. (50))."""
    a, b, Geff, y, N, T, fpp = sp.symbols("a b Gamma_eff y N T fpp", positive=True)
    outer = sp.integrate(sp.exp(-N * b * y**2 / (2 * T)), (y, -sp.oo, sp.oo))
    inner = sp.integrate(sp.exp(-N * a * y**2 / (2 * T)), (y, -sp.oo, sp.oo))
    D = Geff * T / N
    pref = sp.simplify(outer * inner / D)
    return sp.simplify(sp.powsimp(pref.subs(a, fpp / b), force=True))


# --- exponents ----------------------------------------------------------------------------

_MU = sp.Symbol("mu", positive=True)


@functools.cache
def _freeze_out_law() -> sp.Expr:
    """d ln t̂/d ln τ_Q as a function of the symbol μ: the Zurek condition t̂ = c (t̂/τ_Q)^{−μ}
    solved for t̂ and differentiated (symbolic in μ, so derived once per process)."""
    tq, th, c = sp.symbols("tau_Q t_hat c", positive=True)
    sol = sp.solve(sp.Eq(th, c * (th / tq) ** (-_MU)), th)[0]
    return sp.simplify(tq * sp.diff(sp.log(sol), tq))


def freeze_out_exponent(mu):
    """d ln t̂/d ln τ_Q from the Zurek condition t̂ = τ_rel(ε(t̂)), τ_rel = |ε|^{−μ}, ε = t/τ_Q
    (solved symbolically in μ, :func:`_freeze_out_law`, then μ substituted)."""
    return sp.nsimplify(_freeze_out_law().subs(_MU, sp.nsimplify(mu)))


def _vanishing_order(expr, var, at, limit=6) -> int:
    for k in range(limit):
        if sp.simplify(sp.diff(expr, var, k).subs(var, at)) != 0:
            return k
    raise ValueError("no non-vanishing derivative found")


@functools.cache
def relaxation_exponent(kind):
    """μ with 1/τ_rel ∝ ε^μ at the LMG pitchfork (ε = 1 − Γ/J → 0⁺, ordered side):
    ``overdamped`` τ_rel = 1/e″(m*) (gradient flow), ``underdamped`` τ_rel = 1/ω0 (App. B)."""
    eps = sp.Symbol("epsilon", positive=True)
    g = 1 - eps
    if kind == "overdamped":
        e = _landscape().subs({_h: 0, _J: 1, _G: g})
        ms = [r for r in sp.solve(sp.diff(e, _m), _m) if r.subs(eps, sp.Rational(1, 10)) > 0][0]
        rate = sp.simplify(sp.diff(e, _m, 2).subs(_m, ms))
    else:
        rate = _omega0(g, 1)
    return sp.nsimplify(sp.limit(eps * sp.diff(sp.log(rate), eps), eps, 0, "+"))


@functools.cache
def spinodal_conditions() -> dict:
    """Solve e′ = e″ = 0 on the metastable branch (y = Jm + h < 0 for h > 0), Remark 9.

    e′ = J(m − y/E) and e″ = J − J²Γ²/E³ with E = √(y² + Γ²): e″ = 0 fixes E, then
    y = −√(E² − Γ²), m = y/E and h = y − Jm.  Returns E, y_sp = |y|, m and h.
    """
    J, G, E = sp.symbols("J Gamma E", positive=True)
    y = sp.Symbol("y", real=True)
    Es = [r for r in sp.solve(sp.Eq(J - J**2 * G**2 / E**3, 0), E) if r.is_positive]
    Esp = sp.simplify(Es[0])
    ys = [r for r in sp.solve(sp.Eq(y**2 + G**2, Esp**2), y)]
    yneg = [r for r in ys if sp.N(r.subs({J: 1, G: sp.Rational(1, 2)})) < 0][0]
    msp = sp.simplify(yneg / Esp)
    hsp = sp.simplify(yneg - J * msp)
    return {"E": Esp, "y": sp.simplify(-yneg), "m": msp, "h": hsp}


def spinodal_formula(key):
    """One of E_sp, m_sp, h_sp as a closed form in J, Γ."""
    return spinodal_conditions()[key]


def spinodal_value(g, key):
    """y_sp, m_sp or h_sp at J = 1 and Γ/J = g (exact, evaluated to DPS digits)."""
    e = spinodal_conditions()[key]
    return sp.N(e.subs({s: (1 if s.name == "J" else _rat(g)) for s in e.free_symbols}), DPS)


def spinodal_field_rad(g, J):
    """h_sp in rad/s."""
    return spinodal_value(g, "h") * _rat(J)


def saddle_node_exponent(g):
    """μ at the spinodal: e″ at the metastable minimum ∝ (h_sp − h)^μ along the branch e′ = 0.

    On the branch, parametrised by y: h(y) = y − Jy/E(y) and e″(y) = J − J²Γ²/E(y)³.  At
    y_sp, e″ vanishes to order k and h_sp − h to order l (h′ = e″/J): μ = k/l.
    """
    y = sp.Symbol("y", real=True)
    G = _rat(g)
    E = sp.sqrt(y**2 + G**2)
    h = y - y / E
    curv = 1 - G**2 / E**3
    ysp = -spinodal_conditions()["y"].subs({s: (1 if s.name == "J" else G) for s in
                                            spinodal_conditions()["y"].free_symbols})
    k = _vanishing_order(curv, y, ysp)
    hsp = h.subs(y, ysp)
    l_ = _vanishing_order(hsp - h, y, ysp)
    return sp.Rational(k, l_)


# --- spectrum at h = 0 (parity sectors, mpmath) ----------------------------------------------

def _levels(N, g):
    return nlevel_energies_mp(int(N), _frac(g), 3)


def gap_j(N, g, upper, lower):
    """E_upper − E_lower in units of J (lowest levels, ascending)."""
    E = _levels(N, g)
    return E[int(upper)] - E[int(lower)]


def gap_ratio(N, g):
    """(E2 − E1)/(E1 − E0)."""
    E = _levels(N, g)
    with mpmath.workdps(DPS):
        return (E[2] - E[1]) / (E[1] - E[0])


def _m_star(g):
    return mpmath.sqrt(1 - mpmath.mpf(_frac(g).numerator) ** 2 / _frac(g).denominator ** 2)


def gap_over_field_scale(N, g, J, factor):
    """ΔE/(factor·N m*) in rad/s (factor 2: P3's linear-gap field; 1: the minimum sweep)."""
    with mpmath.workdps(DPS):
        return gap_j(N, g, 1, 0) * mpmath.mpf(J) / (int(factor) * int(N) * _m_star(g))


def inverse_gap_ms(N, g, J):
    """ħ/ΔE in ms."""
    with mpmath.workdps(DPS):
        return 1000 / (gap_j(N, g, 1, 0) * mpmath.mpf(J))


def window_factor(N, g, J):
    """h_sp / (ΔE/(N m*)): the span of the sweep window of Eq. (16)."""
    with mpmath.workdps(DPS):
        return mpmath.mpf(str(spinodal_field_rad(g, J))) / gap_over_field_scale(N, g, J, 1)


# --- the gap in a longitudinal field (full Dicke space, mpmath) ------------------------------

def _lowest_two_with_field(N, g, h):
    """Lowest two eigenvalues of H = −(2/N)J_z² − 2ΓJ_x − 2hJ_z (J = 1) by Sturm bisection."""
    N = int(N)
    j = mpmath.mpf(N) / 2
    G = mpmath.mpf(_frac(g).numerator) / _frac(g).denominator
    ms = [-j + k for k in range(N + 1)]
    d = [-2 * m * m / N - 2 * h * m for m in ms]
    e2 = [G * G * (j - m) * (j + m + 1) for m in ms[:-1]]
    r = max(abs(x) for x in d) + 2 * G * (j + 1)
    tol = r * mpmath.mpf(10) ** (-(mpmath.mp.dps - 4))
    return [bisect_eigenvalue(d, e2, k, -r, r, tol) for k in (0, 1)]


def gap_linearity_instances(N, g, J, points=4):
    """The lowest gap Δ(h) against 2N m* h at ``points`` fields spread geometrically over the
    sweep window ΔE/(N m*) ≤ h ≤ h_sp of Eq. (16) (Sturm bisection in mpmath, 16 digits)."""
    with mpmath.workdps(16):   # 16 digits: the gaps to ~1e-10 of themselves (≥ 10⁻² of ‖H‖)
        lo = gap_over_field_scale(N, g, J, 1)
        hi = mpmath.mpf(str(spinodal_field_rad(g, J)))
        out = []
        for i in range(int(points)):
            hr = lo * (hi / lo) ** (mpmath.mpf(i) / (int(points) - 1))
            E = _lowest_two_with_field(N, g, hr / mpmath.mpf(J))
            out.append({"h_rad_s": float(hr), "gap_rad_s": float((E[1] - E[0]) * mpmath.mpf(J)),
                        "linear_rad_s": float(2 * int(N) * _m_star(g) * hr)})
    return {"instances": out, "searched": len(out),
            "details": "Sturm bisection of the (N+1)-dim tridiagonal H(h), 16 digits"}


# --- Landau–Zener ---------------------------------------------------------------------------

def zener_time() -> sp.Expr:
    """t_Z = |∫ e^{iAt²} dt|/√π with A = N m* Δh/τ_Q (Eq. (15)): the time over which the
    first-order diabatic transition amplitude V∫e^{iAt²}dt builds up (the only time scale of
    the sweep when V → 0)."""
    tq, N, ms, dh, t = sp.symbols("tau_Q N m_star Delta_h t", positive=True)
    A = sp.Symbol("A", positive=True)
    amp = sp.integrate(sp.exp(sp.I * A * t**2), (t, -sp.oo, sp.oo))
    tz = sp.simplify(sp.Abs(amp) / sp.sqrt(sp.pi))
    return sp.simplify(tz.subs(A, N * ms * dh / tq))


def zener_time_exponent():
    """d ln t_Z/d ln τ_Q."""
    tz = zener_time()
    tq = next(s for s in tz.free_symbols if s.name == "tau_Q")
    return sp.simplify(tq * sp.diff(sp.log(tz), tq))


def landau_zener_formula() -> sp.Expr:
    """Eq. (17): Zener's P = exp(−πV²/|A|) with V = ΔE/2, A = α/τ_Q (ħ = 1)."""
    return landau_zener_error()


def landau_zener_factor():
    """c in −ln P = πΔE²τ_Q/(c α), from Eq. (17)'s substitution V = ΔE/2."""
    P = landau_zener_error()
    s = {x.name: x for x in P.free_symbols}
    return sp.simplify(sp.pi * s["DeltaE"] ** 2 * s["tau_Q"] / (s["alpha"] * -sp.log(P)))


# --- properties of Table 3 -------------------------------------------------------------------

def critical_slowing_proof():
    """τ_rel → ∞ as Γ → J⁻ (ε = 1 − Γ/J → 0⁺) for both mean-field relaxation times, 1/ω0 and
    1/e″(m*)."""
    eps = sp.Symbol("epsilon", positive=True)
    e = _landscape().subs({_h: 0, _J: 1, _G: 1 - eps})
    ms = [r for r in sp.solve(sp.diff(e, _m), _m) if r.subs(eps, sp.Rational(1, 10)) > 0][0]
    curv = sp.simplify(sp.diff(e, _m, 2).subs(_m, ms))
    w0 = _omega0(1 - eps, 1)
    return {"proof": sp.And(sp.Eq(sp.limit(1 / w0, eps, 0, "+"), sp.oo),
                            sp.Eq(sp.limit(1 / curv, eps, 0, "+"), sp.oo)),
            "details": f"1/ω0 = 1/({sp.factor(w0)}), 1/e″(m*) = 1/({sp.factor(curv)}), ε = 1 − Γ/J"}


def _quantum_acf_instance(n, g):
    """Ground-state ACF Re⟨E0|J_z(t)J_z|E0⟩ of the n-spin LMG (J = 1) from mpmath's symmetric
    eigensolver at 20 digits, sampled over two periods of the lowest gap."""
    with mpmath.workdps(20):
        j = mpmath.mpf(n) / 2
        G = mpmath.mpf(_frac(g).numerator) / _frac(g).denominator
        ms = [-j + k for k in range(n + 1)]
        H = mpmath.zeros(n + 1)
        for a, m in enumerate(ms):
            H[a, a] = -2 * m * m / n
            if a < n:
                H[a, a + 1] = H[a + 1, a] = -G * mpmath.sqrt((j - m) * (j + m + 1))
        E, V = mpmath.eigsy(H)
        order = sorted(range(n + 1), key=lambda i: E[i])
        E = [E[i] for i in order]
        w = [mpmath.fsum(ms[a] * V[a, order[0]] * V[a, i] for a in range(n + 1)) ** 2 for i in order]
        period = 2 * mpmath.pi / (E[1] - E[0])
        ts = [2 * period * k / 200 for k in range(201)]
        acf = [float(mpmath.fsum(wk * mpmath.cos((ek - E[0]) * t) for wk, ek in zip(w, E))) for t in ts]
    return {"kind": "quantum", "N": n, "g": float(_frac(g)), "acf": acf}


def oscillation_proof():
    """Classical: the undamped linearised eigenvalues about the ordered minimum are ±iω0 with
    ω0 > 0 for J > 0, 0 < m* ≤ 1 (App. B), so with damping Γ2 < ω0 the mean-field ACF oscillates
    (a proof).  Quantum: the ground-state ACF of small LMG chains, exact to 20 digits (instances, exact to 20 digits)."""
    w = normal_mode_frequency()
    pos = {s: sp.Symbol(s.name, positive=True) for s in w.free_symbols}
    inst = [_quantum_acf_instance(n, g) for n, g in ((4, "1/2"), (6, "7/10"), (10, "9/10"))]
    return {"proof": sp.Gt(w.subs(pos), 0), "instances": inst, "searched": len(inst)}


def lz_slow_sweep_proof(N, g, J, T_nK):
    """Quantum: P_error of Eq. (17) → 0 as τ_Q → ∞ (ΔE, α > 0), a proof.  Classical: the frozen
    fraction e^{−τ_Q/τ_K} with τ_K ≈ (2π/ω0)e^{NΔf0/k_BT} at τ_Q ∼ ms (1 and 3 ms)."""
    P = landau_zener_error()
    tq = next(s for s in P.free_symbols if s.name == "tau_Q")
    tk = kramers_estimate_s(N, g, J, T_nK)
    taus = [sp.Rational(1, 1000), sp.Rational(3, 1000)]
    classical = {"kind": "classical", "tau_Q": [float(t) for t in taus],
                 "P": [float(sp.exp(-t / tk)) for t in taus]}
    return {"proof": sp.Eq(sp.limit(P, tq, sp.oo), 0), "instances": [classical], "searched": 1}


# --- §7.1 P3 / §7.2: the conditions of the sweep window --------------------------------------

def window_lower_end_over_linear_field(N, g, J):
    """(ΔE/(N m*)) / (ΔE/(2N m*)): the lower end of the sweep window of Eq. (16) over the field
    above which the gap is said to grow linearly (§7.1 P3)."""
    with mpmath.workdps(DPS):
        return gap_over_field_scale(N, g, J, 1) / gap_over_field_scale(N, g, J, 2)


def adiabaticity_instances(N, g, J, points=5, slower=10):
    """P_error of Eq. (17) at τ_Q = ``slower`` × ħ/ΔE (the least τ_Q that 'τ_Q ≫ ħ/ΔE' admits, ≫
    read as a factor 10) for sweep amplitudes spread geometrically over the window
    ΔE/(N m*) ≤ Δh ≤ h_sp of Eq. (16); α = N m* Δh."""
    with mpmath.workdps(DPS):
        dE = gap_j(N, g, 1, 0) * mpmath.mpf(J)
        tq = int(slower) / dE
        lo = gap_over_field_scale(N, g, J, 1)
        hi = mpmath.mpf(str(spinodal_field_rad(g, J)))
        out = []
        for i in range(int(points)):
            dh = lo * (hi / lo) ** (mpmath.mpf(i) / (int(points) - 1))
            alpha = int(N) * _m_star(g) * dh
            P = mpmath.exp(-mpmath.pi * dE**2 * tq / (4 * alpha))
            out.append({"delta_h_rad_s": float(dh), "tau_Q_ms": float(1000 * tq), "P": float(P)})
    return {"instances": out, "searched": len(out), "details": "Eq. (17) with the exact ΔE and h_sp"}


def kramers_over_t2(N, g, J, T_nK, gamma_phi):
    """τ_K/T2phys: Remark 9's Kramers estimate over T2phys = 1/(γΓ_phys) (Eq. (26))."""
    from derive.lmg_lgi import t2_phys_ms

    with mpmath.workdps(DPS):
        return mpmath.mpf(str(kramers_estimate_s(N, g, J, T_nK))) / (t2_phys_ms(N, g, gamma_phi) / 1000)
