"""Derivations for the instanton chain of ``lmg_lgi``: §5, Eqs. (10)–(11), Table 1, App. G.

Derivation side (the numerical routes live in :mod:`numerics.lmg_lgi.instanton` and never
call this module):

* S_inst from the exact SymPy integral of Eq. (51) (:func:`derive.lmg_lgi.instanton_action`);
* ΔE(N) = E_odd − E_even from the two parity blocks of H = −(2J/N)J_z² − 2ΓJ_x, their
  ground energies by Sturm-sequence multisection finished by Newton's iteration on the
  LDLᵀ pivots and certified by Sturm counts to 4 ulps (no LAPACK, vectorised over N, double
  precision: ΔE/|E0| ≳ 10⁻¹¹ wherever it is used);
* the instanton root of C0 N^½ e^(−N S_inst) = k_BT in closed form by the Lambert W function,
  N_c = −W₋₁(−2S_inst (k_BT/C0)²)/(2S_inst);
* k_BT/ħ exact from the SI-2019 constants (:func:`derive.lmg_lgi.thermal_rate`).

Units: ħ = k_B = 1; energies in units of J unless a J in rad/s is given.

References
----------
lmg_lgi (arXiv:2604.18638), §5, Table 1, Fig. 3, App. G.
"""

from __future__ import annotations

import functools
import math
from fractions import Fraction

import mpmath
import numpy as np
import sympy as sp

from derive import lmg_lgi as D

DPS = 30  # digits of the closed-form S_inst and of the Lambert-W root
NEWTON_FROM = 1e-5  # relative bracket width at which the multisection hands over to Newton
PAD = 1e6  # diagonal of the padding rows: decoupled, far above every block spectrum (|H| ≲ N/J)


# --- S_inst (App. G, Eqs. (51)–(52)) ---------------------------------------------------------

@functools.cache
def _action_of_m_star() -> sp.Expr:
    """Eq. (51) integrated exactly by SymPy, as a function of m* (Γ/J = √(1 − m*²))."""
    return D.instanton_action()


@functools.cache
def instanton_action_value(gamma_over_j) -> mpmath.mpf:
    """S_inst at Γ/J from the exact integral of Eq. (51), evaluated to 30 digits (memoised per
    Γ/J: every quantity of a Table 1 row asks for it)."""
    with mpmath.workdps(DPS):
        g = mpmath.mpf(gamma_over_j)
        ms = mpmath.sqrt(1 - g * g)
        val = sp.N(_action_of_m_star().subs(D.m_star, sp.Float(str(ms), DPS + 5)), DPS + 5)
        return mpmath.mpf(str(sp.re(val)))


def thermal_rate_rad_s(T_nK) -> mpmath.mpf:
    """k_BT/ħ in rad/s at T in nK, exact SI-2019 constants."""
    kt = D.thermal_rate(sp.Rational(Fraction(T_nK)) / 10**9)
    return mpmath.mpf(str(sp.N(kt, DPS)))


# --- ΔE(N) from Sturm counts of the parity blocks (fit range) -------------------------------

def _blocks(ns: np.ndarray, g: float, parity: int):
    """Parity blocks (J = 1) of every N in ``ns`` padded to one length (padding decoupled
    far above the spectrum).  Basis (|m⟩ + p|−m⟩)/√2, m > 0, and |0⟩ (even sector, even N)."""
    size = max(int(n // 2) + 1 for n in ns)
    d = np.full((len(ns), size), PAD)
    e2 = np.zeros((len(ns), size))
    for row, n in enumerate(ns):
        n = int(n)
        j = n / 2
        first = 0.0 if (n % 2 == 0 and parity > 0) else (1.0 if n % 2 == 0 else 0.5)
        ms = first + np.arange(int(j - first) + 1)
        dd = -2 * ms**2 / n
        ee = -g * np.sqrt((j - ms[:-1]) * (j + ms[:-1] + 1))
        if n % 2 == 0 and parity > 0:
            ee[0] *= math.sqrt(2)
        if n % 2 == 1:
            dd[0] -= parity * g * (j + 0.5)
        d[row, :len(dd)] = dd
        e2[row, :len(ee)] = ee**2
    return d, e2


def _sturm_count(d: np.ndarray, e2: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Eigenvalues below x of each row's tridiagonal (x: one column of shifts per row); the rows
    in order of decreasing block size (padding only after a block's last element).

    The pivots q_k = d_k − x − e²_{k−1}/q_{k−1} (a zero pivot replaced by −tiny), column by
    column over all rows and shifts at once.  Column k is run only for the rows whose block
    reaches it: on the padding the pivots are PAD − x > 0, never counted.  The zero test is a
    check only: should a pivot come out exactly zero, the count is redone with the replacement
    at every column (:func:`_sturm_count_guarded`), so the count is the guarded recurrence's in
    every case."""
    active = np.count_nonzero(d < PAD / 2, axis=0)   # rows (a prefix) with a block at column k
    dt, e2t = np.ascontiguousarray(d.T), np.ascontiguousarray(e2.T)
    xt = np.ascontiguousarray(x.T)   # (shift, row): the rows are the long, contiguous axis
    q = dt[0] - xt
    count = (q < 0).astype(int)
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        for k in range(1, d.shape[1]):
            if not q.all():
                return _sturm_count_guarded(d, e2, x)
            m = active[k]
            q = (dt[k, :m] - xt[:, :m]) - e2t[k - 1, :m] / q[:, :m]
            count[:, :m] += q < 0
    return count.T


def _sturm_count_guarded(d: np.ndarray, e2: np.ndarray, x: np.ndarray) -> np.ndarray:
    """:func:`_sturm_count` with the zero-pivot test at every column (all rows, padding too)."""
    tiny = np.finfo(float).tiny
    q = d[:, :1] - x
    count = (q < 0).astype(int)
    with np.errstate(over="ignore"):   # e²/(−tiny) after a zero pivot: −inf, as it should
        for k in range(1, d.shape[1]):
            q = np.where(q == 0, -tiny, q)
            q = d[:, k:k + 1] - x - e2[:, k - 1:k] / q
            count += q < 0
    return count


def _multisect(d, e2, lo, hi, probes: int, rel: float):
    """Multisection passes on Sturm counts until every bracket [lo, hi] of the lowest eigenvalue
    (count 0 at lo, ≥ 1 at hi) is at most ``rel``·|hi| or 4 ulps wide (80 passes at most): each
    pass counts at ``probes`` interior points of every bracket and keeps the sub-interval where
    the count turns from 0 to ≥ 1 (Sylvester inertia)."""
    frac = np.arange(1, probes + 1) / (probes + 1)
    rows = np.arange(len(lo))
    for _ in range(80):
        x = lo[:, None] + (hi - lo)[:, None] * frac[None, :]
        below = _sturm_count(d, e2, x) >= 1  # monotone in x along each row
        first = np.where(below.any(axis=1), below.argmax(axis=1), probes)
        new_hi = np.where(first < probes, x[rows, np.minimum(first, probes - 1)], hi)
        new_lo = np.where(first > 0, x[rows, np.maximum(first - 1, 0)], lo)
        lo, hi = new_lo, new_hi
        if np.all(hi - lo <= np.maximum(rel * np.abs(hi), 4 * np.spacing(np.abs(hi)))):
            break
    return lo, hi


def _log_det_slope(d: np.ndarray, e2: np.ndarray, x: np.ndarray) -> np.ndarray:
    """d ln|det(T − x)|/dx = Σ_k q_k'/q_k of each row's block (rows by decreasing block size,
    the padding columns left out): q_k = d_k − x − e²_{k−1}/q_{k−1},
    q_k' = −1 + (e²_{k−1}/q_{k−1})(q_{k−1}'/q_{k−1}); negative below the lowest eigenvalue."""
    active = np.count_nonzero(d < PAD / 2, axis=0)
    dt, e2t = np.ascontiguousarray(d.T), np.ascontiguousarray(e2.T)
    q = dt[0] - x
    t = -1 / q
    slope = t.copy()
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        for k in range(1, d.shape[1]):
            m = active[k]
            r = e2t[k - 1, :m] / q[:m]
            q = (dt[k, :m] - x[:m]) - r
            t = (r * t[:m] - 1) / q
            slope[:m] += t
    return slope


def _newton_from_below(d, e2, lo, hi, steps: int = 30) -> np.ndarray:
    """Newton's iteration on det(T − x) from x = lo (below the lowest eigenvalue λ0 of each row):
    det(T − x) has real roots only, so from the left the iterates increase monotonically to λ0
    and converge quadratically.  A row stops when its step is at most 2 ulps (the value
    x + step), or is not positive, not finite or would leave the bracket [lo, hi] (rounding at
    the root; the value x).  The result is a candidate only: see :func:`_lowest_eigenvalues`."""
    x = lo.copy()
    going = np.ones(len(x), dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        for _ in range(steps):
            step = -1 / _log_det_slope(d, e2, x)
            nxt = x + step
            good = going & np.isfinite(step) & (step > 0) & (nxt <= hi)
            x = np.where(good, nxt, x)
            going = good & (step > 2 * np.spacing(np.abs(x)))
            if not going.any():
                break
    return x


def _lowest_eigenvalues(d: np.ndarray, e2: np.ndarray, probes: int | None = None) -> np.ndarray:
    """Lowest eigenvalue of each row's tridiagonal (no LAPACK): multisection on Sturm counts
    (:func:`_multisect`) to a bracket of 10⁻⁵ relative width, then Newton's iteration on
    det(T − x) from the bracket's lower end (:func:`_newton_from_below`).  Each Newton value x
    is certified by Sturm counts (none below x − 2 ulps, at least one below x + 2 ulps: the
    4-ulp bracket the multisection alone would end with); a row that fails is finished by
    multisection to 4 ulps from its bracket.  By default about 2000 probes a pass are shared
    among the rows (few rows: many probes, few passes of the sequential recurrence).  The rows
    are processed in order of decreasing block size (see :func:`_sturm_count`) and returned in
    the given order."""
    if probes is None:
        probes = max(3, min(255, 2048 // len(d)))
    order = np.argsort(-np.count_nonzero(d < PAD / 2, axis=1), kind="stable")
    d, e2 = d[order], e2[order]
    real = np.where(d < PAD / 2, np.abs(d), 0.0)
    lo = -(real.max(axis=1) + 2 * np.sqrt(e2.max(axis=1)))  # Gershgorin
    hi = d[:, 0].copy()  # λ_min ≤ d_0 (Rayleigh quotient of the first basis vector)
    lo, hi = _multisect(d, e2, lo, hi, probes, NEWTON_FROM)
    lam = _newton_from_below(d, e2, lo, hi)
    ulp = np.spacing(np.abs(lam))
    counts = _sturm_count(d, e2, np.stack([lam - 2 * ulp, lam + 2 * ulp], axis=1))
    lo = np.where(counts[:, 0] == 0, np.maximum(lo, lam - 2 * ulp), lo)
    hi = np.where(counts[:, 1] >= 1, np.minimum(hi, lam + 2 * ulp), hi)
    rest = np.flatnonzero((counts[:, 0] != 0) | (counts[:, 1] < 1))   # keeps the size order
    if rest.size:
        a, b = _multisect(d[rest], e2[rest], lo[rest], hi[rest], probes, 0.0)
        lam[rest] = (a + b) / 2
    out = np.empty(len(order))
    out[order] = lam
    return out


@functools.cache
def splittings_by_sectors(gamma_over_j: float, n_lo: int, n_hi: int) -> tuple[np.ndarray, np.ndarray]:
    """(N, ΔE(N)/J) for every integer N in [n_lo, n_hi]: odd minus even block ground energy."""
    ns = np.arange(int(n_lo), int(n_hi) + 1)
    ev = _lowest_eigenvalues(*_blocks(ns, float(gamma_over_j), +1))
    od = _lowest_eigenvalues(*_blocks(ns, float(gamma_over_j), -1))
    return ns, od - ev


def fitted_prefactor(gamma_over_j, J, T_nK, n_lo, n_hi, weighting="log"):
    """C0/k_BT from fitting ΔE = C0 N^½ e^(−N S_inst) to ΔE(N), N ∈ [n_lo, n_hi] (§5).

    ``weighting``: ``"log"`` — least squares on ln ΔE, ln C0 = mean(ln ΔE − ½ ln N + N S);
    ``"linear"`` — least squares on ΔE itself, C0 = Σ bΔE/Σ b², b = N^½ e^(−N S).
    """
    S = float(instanton_action_value(gamma_over_j))
    ns, de = splittings_by_sectors(float(gamma_over_j), int(n_lo), int(n_hi))
    if weighting == "log":
        c0_j = math.exp(math.fsum(math.log(x) - 0.5 * math.log(n) + n * S for n, x in zip(ns, de)) / len(ns))
    elif weighting == "linear":
        b = [math.sqrt(n) * math.exp(-n * S) for n in ns]
        c0_j = math.fsum(x * y for x, y in zip(b, de)) / math.fsum(x * x for x in b)
    else:
        raise ValueError(f"unknown fit weighting {weighting!r}")
    return {"value": c0_j * float(J) / float(thermal_rate_rad_s(T_nK)),
            "details": f"{weighting} least squares over N = {n_lo}…{n_hi}; ΔE by Sturm multisection "
                       "and certified Newton on the parity blocks; S_inst closed form"}


# --- Eq. (11), the instanton root, Table 1 -------------------------------------------------

def ln_prefactor(c0_over_kt):
    """ln(C0/k_BT)."""
    with mpmath.workdps(DPS):
        return mpmath.log(mpmath.mpf(c0_over_kt))


def analytic_crossover(c0_over_kt, gamma_over_j):
    """Eq. (11): N_c ≈ ln(C0/k_BT)/S_inst."""
    with mpmath.workdps(DPS):
        return mpmath.log(mpmath.mpf(c0_over_kt)) / instanton_action_value(gamma_over_j)


def _root(c, S):
    """N with c N^½ e^(−N S) = 1 on the decreasing branch: −W₋₁(−2S/c²)/(2S)."""
    with mpmath.workdps(DPS):
        arg = -2 * S / mpmath.mpf(c) ** 2
        if arg < -1 / mpmath.e:
            raise ValueError(f"C0/k_BT = {c} too small: C0 N^½ e^(−N S) never reaches k_BT")
        return -mpmath.re(mpmath.lambertw(arg, -1)) / (2 * S)


def instanton_root(c0_over_kt, gamma_over_j):
    """Root of C0 N^½ e^(−N S_inst) = k_BT (Table 1 "instanton root"), by Lambert W."""
    return _root(c0_over_kt, instanton_action_value(gamma_over_j))


def error_factor(c0_over_kt, gamma_over_j):
    """Instanton root / analytic estimate (Table 1 "×… error")."""
    return instanton_root(c0_over_kt, gamma_over_j) / analytic_crossover(c0_over_kt, gamma_over_j)


def root_shift(c0_over_kt, gamma_over_j, rel):
    """δN_c: the larger shift of the root when C0 is varied by ±rel (Table 1 caption)."""
    S = instanton_action_value(gamma_over_j)
    with mpmath.workdps(DPS):
        c, r = mpmath.mpf(c0_over_kt), mpmath.mpf(rel)
        n0 = _root(c, S)
        return max(abs(_root(c * (1 + r), S) - n0), abs(_root(c * (1 - r), S) - n0))


def _row(c0, g):
    S = instanton_action_value(g)
    root, an = _root(c0, S), mpmath.log(mpmath.mpf(c0)) / S
    return {"gamma_over_j": float(g), "S_inst": float(S), "analytic": float(an), "root": float(root),
            "factor": float(root / an), "validity_ratio": float(root * S / (mpmath.log(root) / 2))}


def table1_rows(c0_099, c0_095, c0_090, g_099, g_095, g_090):
    """The three Table 1 rows (analytic estimate, root, factor, N_cS_inst/(½ ln N_c))."""
    return [_row(c, g) for c, g in ((c0_099, g_099), (c0_095, g_095), (c0_090, g_090))]


def analytic_failure_rows(c0_over_kt, gamma_over_j):
    """The row(s) at Γ/J ≳ 0.98 on which §5 says Eq. (11) fails (instances)."""
    return [_row(c0_over_kt, gamma_over_j)]


# --- Remark 2: C0 against ħω0 = 2ħJm* --------------------------------------------------------

def c0_over_hbar_omega0(c0_over_kt, gamma_over_j, J, T_nK):
    """C0/ħω0 with ω0 = 2Jm*, m* = √(1 − (Γ/J)²)."""
    with mpmath.workdps(DPS):
        g = mpmath.mpf(gamma_over_j)
        return mpmath.mpf(c0_over_kt) * thermal_rate_rad_s(T_nK) / (2 * mpmath.mpf(J) * mpmath.sqrt(1 - g * g))


def omega0_threshold(c0_over_hbar_omega0, T_nK):
    """ω0 (rad/s) above which ln(C0/k_BT) > 0, C0 = c ħω0: ω0 = k_BT/(ħc)."""
    return thermal_rate_rad_s(T_nK) / mpmath.mpf(c0_over_hbar_omega0)


def ln_c0_at_omega0(c0_over_hbar_omega0, omega0, T_nK):
    """ln(C0/k_BT) at a given ω0 (rad/s), C0 = c ħω0 (c independent of J at fixed Γ/J)."""
    with mpmath.workdps(DPS):
        return mpmath.log(mpmath.mpf(c0_over_hbar_omega0) * mpmath.mpf(omega0) / thermal_rate_rad_s(T_nK))


# --- ΔE at one N (Table 1 caption, App. G) ----------------------------------------------------

def splitting_over_kt(N, g, J, T_nK):
    """ΔE/k_BT at N (30-digit parity-sector ground energies)."""
    E = D.nlevel_energies_mp(int(N), Fraction(g), 2)
    return (E[1] - E[0]) * mpmath.mpf(J) / thermal_rate_rad_s(T_nK)


# --- Eq. (10) at large N: the N^½ prefactor ---------------------------------------------------

def prefactor_sequence(g, actions):
    """C0(N)/J = ΔE e^(N S_inst)/√N at N = a/S_inst for a in ``actions`` (N S_inst ≤ 20: ΔE/|E0|
    ≳ 10⁻¹¹, so the double-precision ground energies of the parity blocks to 4 ulps
    (:func:`_lowest_eigenvalues`) give ΔE to ≲ 10⁻³ relative; closed-form S_inst)."""
    S = float(instanton_action_value(g))
    ns = np.array([int(round(a / S)) for a in actions])
    ev = _lowest_eigenvalues(*_blocks(ns, float(g), +1))
    od = _lowest_eigenvalues(*_blocks(ns, float(g), -1))
    out = [float((b - a) * math.exp(n * S) / math.sqrt(n)) for n, a, b in zip(ns, ev, od)]
    return [{"N": [int(n) for n in ns], "c0_over_j": out}]


# --- App. G: the factor two and the antiderivative -----------------------------------------

def wkb_even_integrand():
    """f(−z) − f(z) for f = ln(J√(1 − z²)/Γ): zero, so (N/2)∫_{−m*}^{m*} f = N∫_0^{m*} f = N S_inst."""
    zr = sp.Symbol("z", real=True)
    f = sp.log(D.J * sp.sqrt(1 - zr**2) / D.Gamma)
    return sp.simplify(f.subs(zr, -zr) - f) + sp.simplify(D.N / 2 * 2 - D.N)
