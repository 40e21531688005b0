"""Numerical routes of §7 (Table 3), §7.1 and §7.2 of ``lmg_lgi`` (NumPy/SciPy): the barrier by
minimising Eq. (2), ω0 from a finite-difference Jacobian, the spinodal by root finding, the
exponents by log–log fits, the spectrum by LAPACK and the Landau–Zener sweep by time stepping.

Independent of :mod:`derive.lmg_sweep` (SymPy/mpmath).  ħ = k_B = 1; J in rad/s when a function
takes ``J``, otherwise J = 1.

References
----------
lmg_lgi (arXiv:2604.18638), §7 Table 3, §7.1, §7.2 (Eqs. (14)–(17), Remarks 8–9), App. B, F.
"""

from __future__ import annotations

import math
from functools import cache

import numpy as np
from scipy.constants import hbar
from scipy.constants import k as k_boltzmann
from scipy.integrate import quad
from scipy.linalg import eigh_tridiagonal
from scipy.optimize import brentq, minimize_scalar

from numerics import lmg
from numerics.lmg_lgi import jacobian_by_finite_differences, landau_zener_by_integration


def _kt_rad_s(T_nK) -> float:
    return k_boltzmann * float(T_nK) * 1e-9 / hbar


def _f(mz, g, T, h=0.0):
    """Eq. (2) per spin at J = 1: m²/2 − T ln 2cosh(E/T), E = √((m + h)² + g²), overflow-free."""
    E = math.hypot(mz + h, g)
    return mz**2 / 2 - E - T * math.log1p(math.exp(-2 * E / T))


def _fp(mz, g, T, h=0.0):
    E = math.hypot(mz + h, g)
    return mz - (mz + h) / E * math.tanh(E / T)


def barrier_exponent(N, g, J, T_nK):
    """N Δf0/k_BT with Δf0 = f(0) − min f from Eq. (2) at T = k_BT/J (bounded Brent)."""
    T = _kt_rad_s(T_nK) / float(J)
    res = minimize_scalar(lambda x: _f(x, float(g), T), bounds=(1e-6, 1.0), method="bounded",
                          options={"xatol": 1e-12})
    df0 = _f(0.0, float(g), T) - res.fun
    return {"value": int(N) * df0 / T, "details": f"min of Eq. (2) at m = {res.x:.9f}, T = {T:.5g} J"}


def _m_star(g) -> float:
    """m > 0 with m = ⟨σᶻ⟩ in the ground state of −mσᶻ − gσˣ (numpy eigh, brentq on
    1 − ⟨σᶻ⟩/m, which stays well conditioned near g → 1)."""
    def ratio(x):
        _, v = np.linalg.eigh(np.array([[-x, -g], [-g, x]]))
        return (v[0, 0] ** 2 - v[1, 0] ** 2) / x
    return brentq(lambda x: 1 - ratio(x), 1e-6, 1.0, xtol=1e-15)


def _omega0(g, J) -> float:
    g = float(g)
    ms = _m_star(g)
    lam = np.linalg.eigvals(jacobian_by_finite_differences((g, 0.0, ms), 1.0, g))
    return float(np.abs(lam.imag).max()) * float(J)


def attempt_period_ms(g, J):
    """2π/ω0 in ms, ω0 from the finite-difference Jacobian of Eq. (8) at the tilted fixed point."""
    return 2000 * math.pi / _omega0(g, J)


def kramers_estimate_s(N, g, J, T_nK, period_ms=None, exponent=None):
    """τ_K ≈ (2π/ω0) e^{NΔf0/k_BT} in s; the printed factors replace the computed ones when given."""
    p = attempt_period_ms(g, J) if period_ms is None else float(period_ms)
    x = barrier_exponent(N, g, J, T_nK)["value"] if exponent is None else float(exponent)
    return p / 1000 * math.exp(x)


def normal_mode_frequency():
    """ω0(J, m*) as a callable: the largest |Im λ| of the finite-difference Jacobian at (Γ/J, 0, m*)."""
    def f(J, m_star):
        G = J * math.sqrt(1 - m_star**2)
        lam = np.linalg.eigvals(jacobian_by_finite_differences((G / J, 0.0, m_star), J, G))
        return float(np.abs(lam.imag).max())
    return f


def kramers_prefactor():
    """τ e^{−NΔf0/T} as a callable of (Γ_eff, fpp): the two Gaussian integrals of the MFPT
    (barrier top, well) by quadrature with D = Γ_eff T/N, at two very different (N, T); raises
    if they differ (the N- and T-independence is part of the statement)."""
    def f(Gamma_eff, fpp):
        vals = []
        for n, T, split in ((40.0, 0.3, 2.0), (4000.0, 0.01, 0.7)):
            a, b = math.sqrt(fpp) * split, math.sqrt(fpp) / split
            outer = quad(lambda y: math.exp(-n * b * y * y / (2 * T)), -np.inf, np.inf, epsabs=0, epsrel=1e-13)[0]
            inner = quad(lambda z: math.exp(-n * a * z * z / (2 * T)), -np.inf, np.inf, epsabs=0, epsrel=1e-13)[0]
            vals.append(outer * inner * n / (Gamma_eff * T))
        if abs(vals[0] - vals[1]) > 1e-9 * abs(vals[0]):
            raise ValueError(f"prefactor depends on N, T: {vals}")
        return vals[0]
    return f


# --- exponents by fits -----------------------------------------------------------------------

def freeze_out_exponent(mu):
    """Slope of ln t̂ against ln τ_Q, t̂ solving t̂ = (t̂/τ_Q)^{−μ} (Brent in ln t̂), τ_Q = 10²…10⁸."""
    mu = float(mu)
    taus = np.logspace(2, 8, 7)
    hats = [brentq(lambda y, tq=tq: y + mu * (y - math.log(tq)), -60.0, 60.0, xtol=1e-14) for tq in taus]
    return float(np.polyfit(np.log(taus), hats, 1)[0])


def relaxation_exponent(kind):
    """Slope of ln(1/τ_rel) against ln ε, ε = 1 − Γ/J = 10⁻⁶…10⁻⁴ (T → 0 landscape, J = 1):
    ``overdamped`` 1/τ = f″ at the numerical minimum (central differences), ``underdamped``
    1/τ = ω0 from the finite-difference Jacobian (corrections O(ε) to the slope)."""
    eps = np.geomspace(1e-6, 1e-4, 5)
    rates = []
    for e in eps:
        g = 1.0 - e
        if kind == "overdamped":
            T = 1e-4
            res = minimize_scalar(lambda x, g=g: _f(x, g, T), bounds=(1e-5, 0.2), method="bounded",
                                  options={"xatol": 1e-14})
            d = 1e-7
            rates.append((_fp(res.x + d, g, T) - _fp(res.x - d, g, T)) / (2 * d))
        else:
            rates.append(_omega0(g, 1.0))
    return float(np.polyfit(np.log(eps), np.log(rates), 1)[0])


def spinodal(g, T=1e-3):
    """The fold of Eq. (2) (J = 1): the largest h at which f′ still has a root with m < 0, i.e.
    max_{m<0} f′ = 0, solved for h by Brent; y_sp = |m + h|, E_sp = √(y² + g²)."""
    g = float(g)

    def fold_gap(h):
        res = minimize_scalar(lambda x: -_fp(x, g, T, h), bounds=(-0.999, -1e-4), method="bounded",
                              options={"xatol": 1e-13})
        return -res.fun, float(res.x)

    h_sp = brentq(lambda h: fold_gap(h)[0], 1e-9, 0.9, xtol=1e-15)
    m_sp = fold_gap(h_sp)[1]
    y = m_sp + h_sp
    return {"h": h_sp, "m": m_sp, "y": abs(y), "E": math.hypot(y, g)}


def spinodal_formula(key):
    """E_sp, m_sp or h_sp as a callable of (J, Γ) (the fold found numerically at T = 10⁻³J)."""
    def f(J, Gamma):
        s = spinodal(Gamma / J)
        return s[key] * (1.0 if key == "m" else J)
    return f


def spinodal_value(g, T_nK, J, key):
    """y_sp, m_sp or h_sp (J = 1) at the paper's temperature k_BT/J."""
    return spinodal(g, _kt_rad_s(T_nK) / float(J))[key]


def spinodal_field_rad(g, T_nK, J):
    """h_sp in rad/s."""
    return spinodal_value(g, T_nK, J, "h") * float(J)


def saddle_node_exponent(g):
    """Slope of ln f″(m_min(h)) against ln(h_sp − h) for h_sp − h = 10⁻⁷…10⁻⁵ (metastable well,
    T = 10⁻³ J): corrections O(√(h_sp − h))."""
    T = 1e-3
    s = spinodal(g, T)
    xs, ys = [], []
    for eps in np.geomspace(1e-7, 1e-5, 6):
        hh = s["h"] - eps
        m_min = brentq(lambda x: _fp(x, float(g), T, hh), -0.99, s["m"], xtol=1e-15)
        d = 1e-7
        xs.append(math.log(eps))
        ys.append(math.log((_fp(m_min + d, float(g), T, hh) - _fp(m_min - d, float(g), T, hh)) / (2 * d)))
    return float(np.polyfit(xs, ys, 1)[0])


# --- spectrum (LAPACK) -------------------------------------------------------------------------

@cache
def _levels(N, g):
    E, _, _ = lmg.lowest_eigenpairs_parity(int(N), float(g), k=3)
    return E


def gap_j(N, g, upper, lower):
    E = _levels(N, g)
    return float(E[int(upper)] - E[int(lower)])


def gap_ratio(N, g):
    E = _levels(N, g)
    return float((E[2] - E[1]) / (E[1] - E[0]))


def gap_over_field_scale(N, g, J, factor):
    return gap_j(N, g, 1, 0) * float(J) / (int(factor) * int(N) * _m_star(float(g)))


def inverse_gap_ms(N, g, J):
    return 1000.0 / (gap_j(N, g, 1, 0) * float(J))


def window_factor(N, g, J, T_nK):
    return spinodal_field_rad(g, T_nK, J) / gap_over_field_scale(N, g, J, 1)


def gap_linearity_instances(N, g, J, T_nK, points=4):
    """Lowest gap of H(h) = −(2/N)J_z² − 2ΓJ_x − 2hJ_z (LAPACK, full Dicke space) against
    2N m* h at fields spread geometrically over ΔE/(N m*) ≤ h ≤ h_sp."""
    lo = gap_over_field_scale(N, g, J, 1)
    hi = spinodal_field_rad(g, T_nK, J)
    out = []
    for hr in np.geomspace(lo, hi, int(points)):
        d, e, _ = lmg.hamiltonian_tridiagonal(int(N), float(g), 1.0, hr / float(J))
        w = eigh_tridiagonal(d, e, eigvals_only=True, select="i", select_range=(0, 1))
        out.append({"h_rad_s": float(hr), "gap_rad_s": float((w[1] - w[0]) * float(J)),
                    "linear_rad_s": float(2 * int(N) * _m_star(float(g)) * hr)})
    return {"instances": out, "searched": len(out), "details": "scipy eigh_tridiagonal of H(h)"}


# --- Landau–Zener ------------------------------------------------------------------------------

def zener_time():
    """t_Z(τ_Q, N, m*, Δh) as a callable: from a time-stepped weak-coupling sweep
    H = Atτᶻ + Vτˣ (A = N m* Δh/τ_Q, V = 10⁻²√A), the transition probability 1 − P_adiabatic-error
    ≈ V²|∫e^{iAt²}dt|² = πV² t_Z²."""
    def f(tau_Q, N, m_star, Delta_h):
        A = N * m_star * Delta_h / tau_Q
        V = 1e-2 * math.sqrt(A)
        p_stay = landau_zener_by_integration(2 * V, A, 1.0, steps_per_unit_phase=400)
        return math.sqrt((1 - p_stay) / math.pi) / V
    return f


def zener_time_exponent():
    """Slope of ln t_Z against ln τ_Q from the time-stepped weak-coupling sweeps."""
    tz = zener_time()
    taus = (0.5, 2.0, 8.0)
    vals = [tz(t, 1.0, 1.0, 1.0) for t in taus]
    return float(np.polyfit(np.log(taus), np.log(vals), 1)[0])


def landau_zener_formula():
    """P_error(ΔE, τ_Q, α) by time stepping the two-level sweep of Eq. (15)."""
    def f(DeltaE, tau_Q, alpha):
        return landau_zener_by_integration(float(DeltaE), float(alpha), float(tau_Q))
    return f


def landau_zener_factor():
    """c = πΔE²τ_Q/(α(−ln P)) from the time-stepped sweep at ΔE = 0.8, α = 1.5, τ_Q = 2."""
    dE, al, tq = 0.8, 1.5, 2.0
    p = landau_zener_by_integration(dE, al, tq)
    return math.pi * dE**2 * tq / (al * -math.log(p))


# --- instances for the Table 3 properties ----------------------------------------------------

def critical_slowing_instances():
    """τ_rel = 1/ω0 and 1/f″(m*) along Γ/J → 1⁻ (ε = 10⁻¹…10⁻⁷), numerically."""
    eps = np.geomspace(1e-1, 1e-5, 5)
    taus_w, taus_c = [], []
    for e in eps:
        g = 1.0 - e
        taus_w.append(1 / _omega0(g, 1.0))
        T = 1e-4
        res = minimize_scalar(lambda x, g=g: _f(x, g, T), bounds=(1e-8, 1.0), method="bounded",
                              options={"xatol": 1e-14})
        d = min(1e-6, res.x / 10)
        taus_c.append(2 * d / (_fp(res.x + d, g, T) - _fp(res.x - d, g, T)))
    return [{"time": "1/omega0", "eps": list(map(float, eps)), "tau": taus_w},
            {"time": "1/f''(m*)", "eps": list(map(float, eps)), "tau": taus_c}]


def oscillation_instances(samples=40, seed=20260417):
    """Classical: damped Jacobian eigenvalues about the ordered minimum at seeded (J, Γ < J,
    Γ2, Γ1); quantum: the ground-state ACF ⟨E0|J_z(t)J_z|E0⟩ of small LMG chains (N = 6…40)."""
    rng = np.random.default_rng(int(seed))
    out = []
    for _ in range(int(samples)):
        J = rng.uniform(0.3, 3.0)
        G = J * rng.uniform(0.05, 0.98)
        ms = math.sqrt(1 - (G / J) ** 2)
        g2 = rng.uniform(0, 1) * 2 * J * ms * rng.choice([0.5, 1.5])
        g1 = rng.uniform(0, 1) * g2
        lam = np.linalg.eigvals(jacobian_by_finite_differences((G / J, 0.0, ms), J, G) - np.diag([g2, g2, g1]))
        out.append({"kind": "classical", "J": J, "Gamma": G, "Gamma2": g2, "omega0": 2 * J * ms,
                    "eigenvalues": [complex(x) for x in lam]})
    for n in range(6, 41, 6):
        g = rng.uniform(0.3, 0.9)
        H = lmg.hamiltonian_dense(n, g)
        E, V = np.linalg.eigh(H)
        m = lmg.m_values(n)
        w = (V.T @ (m * V[:, 0])) ** 2
        ts = np.linspace(0, 4 * math.pi / max(E[1] - E[0], 1e-300), 400)
        acf = [float(np.sum(w * np.cos((E - E[0]) * t))) for t in ts]
        out.append({"kind": "quantum", "N": n, "g": g, "acf": acf})
    return {"instances": out, "searched": len(out)}


@cache
def _lz_quantum_instance():
    taus = (1.0, 4.0, 16.0)   # τ_Q in units of ħα/ΔE² (ΔE = α = 1)
    return {"kind": "quantum", "tau_Q": list(taus), "P": [landau_zener_by_integration(1.0, 1.0, t) for t in taus]}


def lz_limit_instances(N, g, J, T_nK):
    """Quantum: the time-stepped P_error(τ_Q) of Eq. (15) at τ_Q = 1, 4, 16 ħα/ΔE²; classical:
    the frozen fraction e^{−τ_Q/τ_K} of the non-ergodic model at τ_Q ∼ ms (1 and 3 ms)."""
    tk = kramers_estimate_s(N, g, J, T_nK)
    taus = [1e-3, 3e-3]
    return {"instances": [_lz_quantum_instance(),
                          {"kind": "classical", "tau_Q": taus, "P": [math.exp(-t / tk) for t in taus]}],
            "searched": 2}



# --- §7.1 P3 / §7.2: the conditions of the sweep window --------------------------------------

def window_lower_end_over_linear_field(N, g, J):
    """The window's lower end ΔE/(N m*) over ΔE/(2N m*) (LAPACK gap, numerical m*)."""
    return gap_over_field_scale(N, g, J, 1) / gap_over_field_scale(N, g, J, 2)


def _lz_error(V, A, window=10.0, steps_per_phase=50):
    """Adiabatic error of H = Atτᶻ + Vτˣ (ħ = 1) by exponential-midpoint steps over
    |t| ≤ window·max(V/A, 1/√A), measured in the instantaneous eigenbasis (accuracy ~10⁻³)."""
    L = window * max(V / A, 1 / math.sqrt(A))
    n = int(2 * L * math.hypot(A * L, V) * steps_per_phase / (2 * math.pi)) + 1
    ts = np.linspace(-L, L, n + 1)
    dt = ts[1] - ts[0]
    psi = np.linalg.eigh(np.array([[-A * L, V], [V, A * L]]))[1][:, 0].astype(complex)
    for a in A * 0.5 * (ts[1:] + ts[:-1]):
        w = math.hypot(a, V)
        c, s = math.cos(w * dt), math.sin(w * dt) / w
        psi = np.array([(c - 1j * s * a) * psi[0] - 1j * s * V * psi[1],
                        -1j * s * V * psi[0] + (c + 1j * s * a) * psi[1]])
    excited = np.linalg.eigh(np.array([[A * L, V], [V, -A * L]]))[1][:, 1]
    return float(abs(excited @ psi) ** 2)


def adiabaticity_instances(N, g, J, T_nK, points=5, slower=10):
    """The sweep of Eq. (15) time-stepped at τ_Q = ``slower`` × ħ/ΔE for Δh spread over
    ΔE/(N m*) ≤ Δh ≤ h_sp (units ħ = ΔE = 1: V = ½, A = N m* Δh/(ΔE² τ_Q))."""
    dE = gap_j(N, g, 1, 0) * float(J)
    lo = gap_over_field_scale(N, g, J, 1)
    hi = spinodal_field_rad(g, T_nK, J)
    tq = float(slower)                      # in units of ħ/ΔE
    out = []
    for dh in np.geomspace(lo, hi, int(points)):
        A = int(N) * _m_star(float(g)) * dh / dE / tq
        out.append({"delta_h_rad_s": float(dh), "tau_Q_ms": 1000 * tq / dE, "P": _lz_error(0.5, A)})
    return {"instances": out, "searched": len(out), "details": "exponential-midpoint two-level sweeps"}


def kramers_over_t2(N, g, J, T_nK, gamma_phi):
    """τ_K/T2phys (T2phys from the dense-LAPACK doublet of numerics.lmg_lgi.k3)."""
    from numerics.lmg_lgi.k3 import t2_phys_ms

    return kramers_estimate_s(N, g, J, T_nK) / (t2_phys_ms(N, g, gamma_phi) / 1000)
