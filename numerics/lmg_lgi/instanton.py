"""Numerical routes for the instanton chain of ``lmg_lgi``: §5, Table 1, Fig. 3, App. G.

Independent of :mod:`derive.lmg_instanton`: ΔE(N) by the discrete Wronskian identity
(:func:`numerics.lmg.splitting_wronskian_value`, double precision, no eigenvalue difference),
S_inst by adaptive quadrature of Eq. (51) (SciPy), roots by Brent's method, least squares by
LAPACK (``numpy.linalg.lstsq``), k_BT/ħ from ``scipy.constants``.

References
----------
lmg_lgi (arXiv:2604.18638), §5, Table 1, Fig. 3, App. G.
"""

from __future__ import annotations

import functools
import math

import numpy as np
from scipy import constants as const
from scipy.integrate import quad
from scipy.optimize import brentq

from numerics import lmg


def thermal_rate(T_nK) -> float:
    """k_BT/ħ in rad/s (scipy.constants)."""
    return const.k * float(T_nK) * 1e-9 / const.hbar


@functools.cache
def action(gamma_over_j: float) -> float:
    """S_inst = ∫_0^{m*} ln(√(1 − z²)/(Γ/J)) dz by adaptive Gauss–Kronrod quadrature."""
    g = float(gamma_over_j)
    ms = math.sqrt(1 - g * g)
    val, _ = quad(lambda z: math.log(math.sqrt(1 - z * z) / g), 0.0, ms, epsabs=0, epsrel=1e-13, limit=200)
    return val


@functools.cache
def splittings(gamma_over_j: float, n_lo: int, n_hi: int) -> tuple[np.ndarray, np.ndarray]:
    """(N, ΔE(N)/J) for every integer N in [n_lo, n_hi] by the Wronskian identity."""
    ns = np.arange(int(n_lo), int(n_hi) + 1)
    return ns, np.array([lmg.splitting_wronskian_value(int(n), float(gamma_over_j)) for n in ns])


def fitted_prefactor(gamma_over_j, J, T_nK, n_lo, n_hi, weighting="log"):
    """C0/k_BT from a least-squares fit of Eq. (10) to ΔE(N) over [n_lo, n_hi] (lstsq)."""
    S = action(float(gamma_over_j))
    ns, de = splittings(float(gamma_over_j), int(n_lo), int(n_hi))
    basis = np.sqrt(ns) * np.exp(-ns * S)
    if weighting == "log":
        coef, *_ = np.linalg.lstsq(np.ones((len(ns), 1)), np.log(de / basis), rcond=None)
        c0_j = math.exp(coef[0])
    elif weighting == "linear":
        coef, *_ = np.linalg.lstsq(basis[:, None], de, rcond=None)
        c0_j = float(coef[0])
    else:
        raise ValueError(f"unknown fit weighting {weighting!r}")
    return {"value": c0_j * float(J) / thermal_rate(T_nK),
            "details": f"numpy lstsq ({weighting}) over N = {n_lo}…{n_hi}; ΔE by the Wronskian identity; "
                       "S_inst by quadrature"}


def ln_prefactor(c0_over_kt):
    return float(np.log(float(c0_over_kt)))


def _root(c: float, S: float) -> float:
    """Root of ln c + ½ ln N − N S = 0 above the maximum N = 1/(2S) (Brent)."""
    f = lambda n: math.log(c) + 0.5 * math.log(n) - n * S
    lo = 1 / (2 * S)
    if f(lo) < 0:
        raise ValueError(f"C0/k_BT = {c} too small: C0 N^½ e^(−N S) never reaches k_BT")
    hi = 2 * lo
    while f(hi) > 0:
        hi *= 2
    return brentq(f, lo, hi, xtol=1e-12, rtol=1e-15)


def analytic_crossover(c0_over_kt, gamma_over_j):
    return float(np.log(float(c0_over_kt))) / action(float(gamma_over_j))


def instanton_root(c0_over_kt, gamma_over_j):
    return _root(float(c0_over_kt), action(float(gamma_over_j)))


def error_factor(c0_over_kt, gamma_over_j):
    return instanton_root(c0_over_kt, gamma_over_j) / analytic_crossover(c0_over_kt, gamma_over_j)


def root_shift(c0_over_kt, gamma_over_j, rel):
    S, c, r = action(float(gamma_over_j)), float(c0_over_kt), float(rel)
    n0 = _root(c, S)
    return max(abs(_root(c * (1 + r), S) - n0), abs(_root(c * (1 - r), S) - n0))


def _row(c0, g):
    S = action(float(g))
    root = _root(float(c0), S)
    an = math.log(float(c0)) / S
    return {"gamma_over_j": float(g), "S_inst": S, "analytic": an, "root": root, "factor": root / an,
            "validity_ratio": root * S / (0.5 * math.log(root))}


def table1_rows(c0_099, c0_095, c0_090, g_099, g_095, g_090):
    return [_row(c, g) for c, g in ((c0_099, g_099), (c0_095, g_095), (c0_090, g_090))]


def analytic_failure_rows(c0_over_kt, gamma_over_j):
    return [_row(c0_over_kt, gamma_over_j)]


def c0_over_hbar_omega0(c0_over_kt, gamma_over_j, J, T_nK):
    g = float(gamma_over_j)
    return float(c0_over_kt) * thermal_rate(T_nK) / (2 * float(J) * math.sqrt(1 - g * g))


def omega0_threshold(c0_over_hbar_omega0, T_nK):
    return thermal_rate(T_nK) / float(c0_over_hbar_omega0)


def ln_c0_at_omega0(c0_over_hbar_omega0, omega0, T_nK):
    return math.log(float(c0_over_hbar_omega0) * float(omega0) / thermal_rate(T_nK))


def splitting_over_kt(N, g, J, T_nK):
    """ΔE/k_BT at N (Wronskian identity)."""
    return lmg.splitting_wronskian(int(N), float(g)).value * float(J) / thermal_rate(T_nK)


def prefactor_sequence(g, actions):
    """C0(N)/J = ΔE e^(N S_inst)/√N at N = a/S_inst for a in ``actions`` (log-Wronskian,
    quadrature S_inst)."""
    S = action(float(g))
    sizes = [int(round(a / S)) for a in actions]
    out = [math.exp(lmg.splitting_wronskian(int(n), float(g)).log_value + n * S) / math.sqrt(n) for n in sizes]
    return [{"N": sizes, "c0_over_j": out}]


def wkb_factor_two_instances(samples=6, seed=5):
    """(N/2)∫_{−m*}^{m*} f dz against N ∫_0^{m*} f dz, f = ln(√(1 − z²)/(Γ/J)), at seeded (Γ/J, N)."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(int(samples)):
        g, n = float(rng.uniform(0.3, 0.999)), int(rng.integers(10, 2000))
        ms = math.sqrt(1 - g * g)
        f = lambda z, g=g: math.log(math.sqrt(1 - z * z) / g)
        full, _ = quad(f, -ms, ms, epsabs=0, epsrel=1e-13, limit=200)
        half, _ = quad(f, 0.0, ms, epsabs=0, epsrel=1e-13, limit=200)
        out.append({"gamma_over_j": g, "N": n, "full_barrier": n / 2 * full, "n_s_inst": n * half})
    return out


def wkb_antiderivative_instances(samples=12, seed=4, h=1e-5):
    """d/dz[z ln(J√(1−z²)/Γ) − z + artanh z] by central differences against the integrand."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(int(samples)):
        J, G, z = float(rng.uniform(1, 2)), float(rng.uniform(0.3, 0.9)), float(rng.uniform(0.05, 0.9))
        f = lambda x, J=J, G=G: math.log(J * math.sqrt(1 - x * x) / G)
        F = lambda x, f=f: x * f(x) - x + math.atanh(x)
        out.append({"J": J, "Gamma": G, "z": z, "dF": (F(z + h) - F(z - h)) / (2 * h), "f": f(z)})
    return out


def wkb_momentum_cosh():
    """cosh φ with φ = ln x, x = (J/Γ)√(1 − z²), evaluated directly (a callable)."""
    return lambda J, Gamma, z: math.cosh(math.log(J * math.sqrt(1 - z * z) / Gamma))


def instanton_action_of_m_star():
    """S_inst as a function of m* by quadrature of Eq. (51) (a callable)."""
    return lambda m_star: action(math.sqrt(1 - float(m_star) ** 2))
