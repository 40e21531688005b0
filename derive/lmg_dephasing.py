"""Exact and high-precision derivations for the basis-dependent decoherence paper
(paper key ``lmg_dephasing``).

Model (the paper's Eq. (3), recovered in the manuscripts' INDEX.md from the surviving text
and the companion paper): H = −(2J/N) J_z² − 2Γ J_x on the (N+1)-dimensional symmetric
Dicke sector, collective dephasing D[L]ρ = LρL† − ½{L†L, ρ} with L = √γ J_z (Eq. (9)).
Units: ħ = 1, energies in units of J unless stated; J = 37195.4 rad/s at the benchmark.

Symbolic pieces (SymPy): the Redfield coefficient from the dissipator, the geometric
factors and their limits, the parity operator, the degenerate-doublet Lindbladian and
the two-channel pointer-doublet dynamics.  High-precision pieces (mpmath): the lowest
eigenpairs of the tridiagonal H by Sturm bisection and inverse iteration, a construction
independent of LAPACK.

References
----------
S. Mouslopoulos, "Which coherence decoheres? Basis-dependent decoherence rates in
symmetry-broken collective spin systems" (manuscript ``003_391ba59f5db62018.txt``);
companion: arXiv:2604.18638 (``002_9e6c3c1b1fdb9ba8.txt``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from fractions import Fraction

import mpmath
import sympy as sp

from derive import lindblad

# ---------------------------------------------------------------------------------------
# Benchmark (paper Sec. 2, companion Table 1): exact rationals, never floats
# ---------------------------------------------------------------------------------------

GAMMA_BENCH = Fraction(19, 20)          # Γ/J = 0.95
J_RAD_S = Fraction("37195.4")           # J in rad/s
KBT_RAD_S = Fraction(1310)              # k_B T = ΔE(N = 370) in rad/s (ħ = 1)
GAMMA_PHI = Fraction(1, 20)             # γ = 0.05 s⁻¹
#: Working precision of the high-precision eigen-construction.  30 digits: the doublet
#: splitting at N = 2000 is ~1e-9 of ‖H‖ ~ 4e3, so 30 digits leave > 15 correct digits.
EIG_DPS = 30

N, m, g = sp.symbols("N m_star Gamma", positive=True)
gamma = sp.Symbol("gamma", positive=True)


# ---------------------------------------------------------------------------------------
# Mean field
# ---------------------------------------------------------------------------------------

def mean_field_energy_per_spin() -> sp.Expr:
    """Spin-coherent energy per spin e(m) = −(J m²/2 + Γ√(1 − m²)) with J = 1.

    Notes
    -----
    ⟨J_z⟩ = N m/2, ⟨J_x⟩ = N√(1 − m²)/2 in the product state; the Kac term's O(1)
    variance is dropped (it is O(1/N) per spin).
    """
    return -(m**2 / 2 + g * sp.sqrt(1 - m**2))


def order_parameter_squared() -> sp.Expr:
    """m*² from de/dm = 0 on the ordered branch (m ≠ 0): m*² = 1 − Γ²/J²."""
    de = sp.diff(mean_field_energy_per_spin(), m)
    roots = sp.solve(sp.Eq(sp.simplify(de / m), 0), m)
    return sp.simplify(roots[0] ** 2)


def geometric_factor_mean_field() -> sp.Expr:
    """G_MF/... from Eq. (12) with ⟨L|J_z|L⟩ = −⟨R|J_z|R⟩ = N m*/2 and ⟨J_z²⟩ → (N m*/2)².

    Returns
    -------
    sympy.Expr
        Γ_LR/γ = ½(2(N m*/2)²) − (N m*/2)(−N m*/2) = N² m*²/2 (Eq. (10)).
    """
    jz = N * m / 2
    return redfield_factor(jz**2, jz**2, jz, -jz)


def redfield_factor(jz2_a, jz2_b, jz_a, jz_b) -> sp.Expr:
    """Γ_ab/γ for L = √γ J_z from the symbolic Redfield coefficient (Eq. (12))."""
    a2, b2, a1, b1 = sp.symbols("Jz2_a Jz2_b Jz_a Jz_b", real=True)
    expr = redfield_coefficient() / gamma
    return sp.expand(expr.subs({a2: jz2_a, b2: jz2_b, a1: jz_a, b1: jz_b}))


@functools.cache
def redfield_coefficient() -> sp.Expr:
    """Diagonal Redfield coefficient Γ_ab of |a⟩⟨b| under L = √γ J_z, from the dissipator.

    Returns
    -------
    sympy.Expr
        In the symbols ``gamma, Jz2_a, Jz2_b, Jz_a, Jz_b`` (⟨a|J_z²|a⟩, ⟨a|J_z|a⟩, ...).

    Notes
    -----
    1. Take a generic Hermitian J_z on a 4-level space {a, b, c, d} (c, d stand for the
       rest of the Hilbert space; more levels only add terms of the same form).
    2. (D[L]ρ)_ab = −Γ_ab ρ_ab + (terms in other elements): read off −Γ_ab as the
       coefficient of ρ_ab (:func:`derive.lindblad.coherence_decay_coefficient`).
    3. Eliminate the off-diagonal elements with ⟨a|J_z²|a⟩ = Σ_c |⟨a|J_z|c⟩|².

    References
    ----------
    lmg_dephasing, Sec. 3.1, Eq. (12); Breuer & Petruccione (2002), Sec. 3.3.
    """
    Lz, entries = lindblad.generic_hermitian(4, "z")
    gam = sp.expand(-lindblad.coherence_decay_coefficient(sp.sqrt(gamma) * Lz, 0, 1))
    a2, b2, a1, b1 = sp.symbols("Jz2_a Jz2_b Jz_a Jz_b", real=True)
    sq = (Lz * Lz).applyfunc(sp.expand)
    for row, target, (i, j) in ((0, a2, (0, 2)), (1, b2, (1, 2))):
        x = entries[(i, j)][0]          # eliminate |⟨a|J_z|c⟩|² in favour of ⟨a|J_z²|a⟩
        rest = sp.expand(sq[row, row] - x**2)
        gam = sp.expand(gam.subs(x**2, target - rest))
    return sp.expand(gam.subs({Lz[0, 0]: a1, Lz[1, 1]: b1}))


# ---------------------------------------------------------------------------------------
# The thermodynamic limit of R = G_MF / G_eig
# ---------------------------------------------------------------------------------------

def eigenstate_factor_asymptotic() -> sp.Expr:
    """G_eig = ⟨L|J_z²|L⟩ = X² + leakage with X = N m*/2 − δ, leakage = ℓ N (Eqs. 20, 25, 31).

    Notes
    -----
    Parity (Sec. 6) gives ⟨E_i|J_z|E_i⟩ = 0 and ⟨E0|J_z²|E1⟩ = 0, so Eq. (12) gives
    Γ_01/γ = ½(⟨E0|J_z²|E0⟩ + ⟨E1|J_z²|E1⟩) = ⟨L|J_z²|L⟩.  The collective spin's relative
    fluctuations are O(1/N): the pointer magnetisation is X = N m*/2 − δ with δ = O(1)
    (Bogoliubov depletion) and the leakage Σ_{n≥2}|⟨n|J_z|L⟩|² is O(N).  δ, ℓ are kept
    as free symbols: the limit must not depend on them.
    """
    delta, ell = sp.symbols("delta ell", real=True)
    X = N * m / 2 - delta
    return sp.expand(redfield_factor(X**2 + ell * N, X**2 + ell * N, 0, 0))


def ratio_limit() -> sp.Expr:
    """lim_{N→∞} G_MF/G_eig, exactly (Eqs. (22)–(23))."""
    r = geometric_factor_mean_field() / eigenstate_factor_asymptotic()
    return sp.limit(r, N, sp.oo)


def ratio_leading_correction() -> sp.Expr:
    """Coefficient a of R − 2 = a/N + O(1/N²): a = 8δ/m* − 8ℓ/m*²."""
    r = geometric_factor_mean_field() / eigenstate_factor_asymptotic()
    eps = sp.Symbol("epsilon", positive=True)
    ser = sp.series(r.subs(N, 1 / eps), eps, 0, 2).removeO()
    return sp.simplify(ser.coeff(eps, 1))


# ---------------------------------------------------------------------------------------
# High-precision lowest eigenpairs of the tridiagonal H (Sturm bisection + inverse iteration)
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DoubletHP:
    """Lowest three levels of H at high precision (energies in units of J).

    Attributes
    ----------
    E : tuple of mpf
        E0 < E1 < E2.
    jz2 : tuple of mpf
        ⟨E_i|J_z²|E_i⟩, i = 0, 1.
    X : mpf
        |⟨E0|J_z|E1⟩|.
    dps : int
    """

    E: tuple
    jz2: tuple
    X: object
    dps: int


def _tridiagonal_mp(n_spins: int, gam: Fraction):
    """Exact-rational-based mp diagonal and off-diagonal of H (J = 1)."""
    j = mpmath.mpf(n_spins) / 2
    ms = [mpmath.mpf(k) - j for k in range(n_spins + 1)]
    G = mpmath.mpf(gam.numerator) / gam.denominator
    d = [-2 * mk**2 / n_spins for mk in ms]
    e = [-G * mpmath.sqrt((j - mk) * (j + mk + 1)) for mk in ms[:-1]]
    return d, e, ms


def _sturm_count(d, e2, x) -> int:
    """Number of eigenvalues of the tridiagonal below x (LDLᵀ pivot signs)."""
    count, q = 0, mpmath.mpf(1)
    tiny = mpmath.mpf(10) ** (-2 * mpmath.mp.dps)
    for k in range(len(d)):
        q = d[k] - x - (e2[k - 1] / q if k else 0)
        if q == 0:
            q = -tiny
        if q < 0:
            count += 1
    return count


def _bisect_eigenvalue(d, e2, k: int, lo, hi, tol):
    """k-th smallest eigenvalue (0-based) by bisection on Sturm counts."""
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if _sturm_count(d, e2, mid) > k:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2


def _inverse_iteration(d, e, lam, steps: int = 3):
    """Eigenvector of the tridiagonal at the (accurate) eigenvalue lam (Thomas solves)."""
    n = len(d)
    shift = lam + mpmath.mpf(10) ** (-(mpmath.mp.dps - 8))
    v = [mpmath.mpf(1)] * n
    for _ in range(steps):
        c, w = [mpmath.mpf(0)] * n, [mpmath.mpf(0)] * n
        piv = d[0] - shift
        c[0], w[0] = e[0] / piv, v[0] / piv
        for k in range(1, n):
            piv = d[k] - shift - e[k - 1] * c[k - 1]
            c[k] = e[k] / piv if k < n - 1 else 0
            w[k] = (v[k] - e[k - 1] * w[k - 1]) / piv
        for k in range(n - 2, -1, -1):
            w[k] -= c[k] * w[k + 1]
        nrm = mpmath.sqrt(mpmath.fsum(x * x for x in w))
        v = [x / nrm for x in w]
    return v


@functools.cache
def doublet_high_precision(n_spins: int, gam: Fraction = GAMMA_BENCH,
                           dps: int = EIG_DPS) -> DoubletHP:
    """E0, E1, E2, ⟨E_i|J_z²|E_i⟩ and X = ⟨E0|J_z|E1⟩ at ``dps`` digits.

    Notes
    -----
    Eigenvalues by bisection on Sturm counts from the Gershgorin interval to 10^(−dps+6)
    relative; eigenvectors by three inverse-iteration sweeps (Thomas algorithm) at a
    shift 10^(−dps+8) away from the eigenvalue, so the doublet partner is suppressed by
    ΔE/10^(−dps+8) per sweep.  No LAPACK, no double precision anywhere.
    """
    with mpmath.workdps(dps):
        d, e, ms = _tridiagonal_mp(n_spins, gam)
        e2 = [x * x for x in e]
        r = max(abs(x) for x in d) + 2 * max(abs(x) for x in e)
        tol = r * mpmath.mpf(10) ** (-(dps - 6))
        E = tuple(_bisect_eigenvalue(d, e2, k, -r, r, tol) for k in range(3))
        v0, v1 = (_inverse_iteration(d, e, E[k]) for k in range(2))
        jz2 = tuple(mpmath.fsum(x * x * mk * mk for x, mk in zip(v, ms)) for v in (v0, v1))
        X = abs(mpmath.fsum(a * b * mk for a, b, mk in zip(v0, v1, ms)))
    return DoubletHP(E=E, jz2=jz2, X=X, dps=dps)


def geometric_factor_mean_field_at(n_spins: int, gam: Fraction = GAMMA_BENCH) -> Fraction:
    """G_MF = N² m*²/2 = N²(1 − Γ²/J²)/2, exact rational."""
    return Fraction(n_spins**2) * (1 - gam**2) / 2


def eigenstate_factor_at(n_spins: int, gam: Fraction = GAMMA_BENCH):
    """G_eig = ½(⟨E0|J_z²|E0⟩ + ⟨E1|J_z²|E1⟩) from the high-precision construction."""
    hp = doublet_high_precision(n_spins, gam)
    with mpmath.workdps(hp.dps):
        return (hp.jz2[0] + hp.jz2[1]) / 2


# ---------------------------------------------------------------------------------------
# Table 3 from the high-precision construction
# ---------------------------------------------------------------------------------------

def table3_row(n_spins: int, gam: Fraction = GAMMA_BENCH) -> dict:
    """All Table 3 columns at N (J = 37195.4 rad/s, k_B T = 1310 rad/s, γ = 0.05 s⁻¹).

    Returns
    -------
    dict
        ``de_kbt`` = ΔE/k_BT, ``g_mf`` (exact Fraction), ``g_eig``, ``r`` = G_MF/G_eig,
        ``gap`` = (E2 − E0)/(E1 − E0), ``secular`` = 2ΔE/(γ G_eig) (ΔE in rad/s, γ in s⁻¹,
        ħ = 1), all mpf at the construction's precision except ``g_mf``.
    """
    hp = doublet_high_precision(n_spins, gam)
    g_mf = geometric_factor_mean_field_at(n_spins, gam)
    with mpmath.workdps(hp.dps):
        E0, E1, E2 = hp.E
        de = (E1 - E0) * mpmath.mpf(J_RAD_S.numerator) / J_RAD_S.denominator
        g_eig = (hp.jz2[0] + hp.jz2[1]) / 2
        return {
            "de_kbt": de / int(KBT_RAD_S),
            "g_mf": g_mf,
            "g_eig": g_eig,
            "r": mpmath.mpf(g_mf.numerator) / g_mf.denominator / g_eig,
            "gap": (E2 - E0) / (E1 - E0),
            "secular": 2 * de / (mpmath.mpf(GAMMA_PHI.numerator) / GAMMA_PHI.denominator * g_eig),
        }
