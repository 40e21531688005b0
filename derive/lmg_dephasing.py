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

import gmpy2
import mpmath
import sympy as sp

from derive import lindblad
from derive._domain import memo
from derive.lmg_mp import as_mpf as _mpf
from derive.lmg_mp import expm, fsum_mpfr, sector_blocks, sector_blocks_mpfr, sector_eigenpair_mpfr

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


@functools.cache
def geometric_factor_mean_field() -> sp.Expr:
    """G_MF = Γ_LR/γ from Eq. (12) with ⟨L|J_z|L⟩ = −⟨R|J_z|R⟩ = N m*/2, ⟨J_z²⟩ → (N m*/2)².

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

@functools.cache
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


@functools.cache
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


def doublet_high_precision(n_spins: int, gam: Fraction = GAMMA_BENCH,
                           dps: int = EIG_DPS, with_e2: bool = True) -> DoubletHP:
    """E0, E1, E2, ⟨E_i|J_z²|E_i⟩ and X = ⟨E0|J_z|E1⟩ at ``dps`` digits.

    Notes
    -----
    H commutes with m → −m, so E0 (even) and E1 (odd) are the ground states of the two
    parity sectors (:func:`derive.lmg_mp.sector_blocks`) and E2 the second even level (the sector spectra
    interlace).  Each is found by bisection on Sturm counts from the Gershgorin interval
    to 10^(−dps+6) relative, the vectors by three inverse-iteration sweeps (Thomas
    algorithm) at a shift 10^(−dps+8) from the eigenvalue.  No LAPACK, no double
    precision.  In the sector bases ⟨J_z²⟩ = Σ m² v_m² and ⟨E0|J_z|E1⟩ = Σ_{m>0} m a_m b_m.
    The doublet and E2 are memoised apart (E2 is a bisection of its own on the same even block),
    so a caller that needs no E2 (``with_e2=False``) shares the doublet with one that does.
    """
    E0, E1, jz2, X = _doublet_levels_hp(n_spins, gam, dps)
    E2 = _second_even_level_hp(n_spins, gam, dps) if with_e2 else None
    return DoubletHP(E=(E0, E1, E2), jz2=jz2, X=X, dps=dps)


@functools.cache
def _doublet_levels_hp(n_spins: int, gam: Fraction, dps: int) -> tuple:
    """(E0, E1, (⟨E0|J_z²|E0⟩, ⟨E1|J_z²|E1⟩), X) of :func:`doublet_high_precision`."""
    with mpmath.workdps(dps):
        # in MPFR throughout (derive.lmg_mp: every operation rounded as mpmath's at this
        # precision, the sums as mpmath.fsum's), converted to mpmath numbers at the end only
        de, ee, te = sector_blocks_mpfr(n_spins, gam, +1)
        do, eo, to = sector_blocks_mpfr(n_spins, gam, -1)
        E0, a = sector_eigenpair_mpfr(de, ee, 0, dps)
        E1, b = sector_eigenpair_mpfr(do, eo, 0, dps)
        with gmpy2.context(precision=mpmath.mp.prec, round=gmpy2.RoundToNearest):
            me = [gmpy2.mpfr(t) / 2 for t in te]      # m = 2m/2, exact
            mo = [gmpy2.mpfr(t) / 2 for t in to]
            # Σ m² v_m², each term rounded as ((v·v)·m)·m
            jz2 = tuple(fsum_mpfr([x * x * mk * mk for x, mk in zip(v, ms)]) for v, ms in ((a, me), (b, mo)))
            shift = len(me) - len(mo)               # even N: the even sector starts at m = 0
            X = abs(fsum_mpfr([x * y * mk for x, y, mk in zip(a[shift:], b, mo)]))
            return _mpf(E0), _mpf(E1), jz2, X


@functools.cache
def _second_even_level_hp(n_spins: int, gam: Fraction, dps: int):
    """E2 of :func:`doublet_high_precision` (None when the even sector has one level)."""
    with mpmath.workdps(dps):
        de, ee, _ = sector_blocks_mpfr(n_spins, gam, +1)
        if len(de) <= 1:
            return None
        E2 = sector_eigenpair_mpfr(de, ee, 1, dps)[0]
        with gmpy2.context(precision=mpmath.mp.prec, round=gmpy2.RoundToNearest):
            return _mpf(E2)


def geometric_factor_mean_field_at(n_spins: int, gam: Fraction = GAMMA_BENCH) -> Fraction:
    """G_MF = N² m*²/2 = N²(1 − Γ²/J²)/2, exact rational."""
    return Fraction(n_spins**2) * (1 - gam**2) / 2


def eigenstate_factor_at(n_spins: int, gam: Fraction = GAMMA_BENCH):
    """G_eig = ½(⟨E0|J_z²|E0⟩ + ⟨E1|J_z²|E1⟩) from the high-precision construction."""
    hp = doublet_high_precision(n_spins, gam, with_e2=False)
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


# ---------------------------------------------------------------------------------------
# Parity (Sec. 6): proposition, corollaries, the LMG parity operator
# ---------------------------------------------------------------------------------------

def parity_proposition_proof() -> bool:
    """⟨E|A|E⟩ = 0 for P|E⟩ = p|E⟩, |p| = 1, P A P† = −A (Sec. 6, Eq. (32)).

    Notes
    -----
    Write x = ⟨E|A|E⟩.  Inserting P†P = 1 on both sides, x = ⟨E|P†(P A P†)P|E⟩
    = −|p|² x = −x, so 2x = 0.  The step uses only P|E⟩ = p|E⟩, which every
    non-degenerate eigenstate of an H with [H, P] = 0 satisfies.  Solved exactly here
    with p = e^{iφ} symbolic.
    """
    x = sp.Symbol("x")
    phi = sp.Symbol("phi", real=True)
    p = sp.exp(sp.I * phi)
    sol = sp.solve(sp.Eq(x, sp.simplify(sp.conjugate(p) * p) * (-x)), x)
    return sol == [0]


def dicke_flip(n_spins: int) -> sp.Matrix:
    """Reflection F|m⟩ = |−m⟩ in the Dicke basis (m ascending)."""
    d = n_spins + 1
    return sp.Matrix(d, d, lambda i, k: 1 if i + k == n_spins else 0)


def lmg_matrices_exact(n_spins: int):
    """Exact SymPy H (symbolic Γ, J = 1), J_z and J_x in the Dicke basis."""
    j = sp.Rational(n_spins, 2)
    ms = [sp.Rational(k) - j for k in range(n_spins + 1)]
    Jz = sp.diag(*ms)
    Jx = sp.zeros(n_spins + 1, n_spins + 1)
    for k, mk in enumerate(ms[:-1]):
        Jx[k + 1, k] = Jx[k, k + 1] = sp.sqrt((j - mk) * (j + mk + 1)) / 2
    H = -sp.Rational(2, n_spins) * Jz**2 - 2 * g * Jx
    return H, Jz, Jx


def lmg_parity_exact(n_spins: int) -> dict:
    """Exact facts about P = exp(iπJ_x) on spin j = N/2 (Sec. 6, 'Note on the LMG implementation').

    Notes
    -----
    P = Σ_m e^{iπm}|m_x⟩⟨m_x| (spectral theorem for J_x), so spec P = {e^{iπm}} and
    P² = e^{2πim} = e^{2πij} (m − j is an integer): P² = (−1)^N, spec P = {±1} for even
    N, {±i} for odd N.  For small N the matrix exponential is also taken exactly (SymPy)
    and P J_z P† = −J_z, [H, P] = 0 (symbolic Γ) are checked on the exact matrices.
    """
    H, Jz, Jx = lmg_matrices_exact(n_spins)
    P = (sp.I * sp.pi * Jx).exp().applyfunc(sp.simplify)
    j = sp.Rational(n_spins, 2)
    spectrum = sorted({sp.nsimplify(sp.exp(sp.I * sp.pi * (k - j))) for k in range(n_spins + 1)},
                      key=str)
    zero = sp.zeros(*H.shape)
    return {
        "H_commutes": (P * H - H * P).applyfunc(sp.simplify) == zero,
        "Jz_odd": (P * Jz * P.H).applyfunc(sp.simplify) == -Jz,
        "P_squared": sp.simplify(sp.exp(2 * sp.I * sp.pi * j)),
        "P_squared_matrix": (P * P).applyfunc(sp.simplify) == sp.exp(2 * sp.I * sp.pi * j) * sp.eye(n_spins + 1),
        "P_spectrum": spectrum,
        "P_hermitian": P.H == P,
        "P_is_phase_times_flip": P == sp.exp(sp.I * sp.pi * j) * dicke_flip(n_spins),
    }


def parity_block_dissipator():
    """Generic parity-odd L on {a+, c+, b−, d−} (only opposite-parity entries).

    Returns
    -------
    (Matrix, dict)
        L and the entry symbols.  Basis order: a (even), b (odd), c (even), d (odd).
    """
    L, entries = lindblad.generic_hermitian(4, "l")
    parity = (1, -1, 1, -1)
    subs = {}
    for i in range(4):
        subs[L[i, i]] = 0                                   # diagonal of an odd operator
        for k in range(i + 1, 4):
            if parity[i] == parity[k]:
                x, y = entries[(i, k)]
                subs[x], subs[y] = 0, 0                     # same parity: no matrix element
    return L.subs(subs), entries


def corollary1_couplings() -> dict:
    """Population → coherence Redfield elements for L parity-odd (Corollary 1, Eq. (33)).

    Returns
    -------
    dict
        ``opposite``: coefficients of ρ_aa and ρ_bb in (D[L]ρ)_ab (a even, b odd);
        ``same``: coefficient of ρ_aa in (D[L]ρ)_ac (a, c both even).
    """
    return dict(_corollary1_couplings_once())  # a fresh dict of the expressions derived once


@functools.cache
def _corollary1_couplings_once() -> dict:
    L, _ = parity_block_dissipator()
    Ls = sp.sqrt(gamma) * L
    return {
        "opposite": (lindblad.coupling_coefficient(Ls, (0, 1), (0, 0)),
                     lindblad.coupling_coefficient(Ls, (0, 1), (1, 1))),
        "same": sp.simplify(lindblad.coupling_coefficient(Ls, (0, 2), (0, 0))),
    }


def corollary2_coupling() -> sp.Expr:
    """Coefficient of ρ_10 in (D[L]ρ)_01 for L = √γ J_z on the doublet (Corollary 2).

    With parity, J_z restricted to {E0, E1} is X σ_x (X real): the coefficient is γX².
    """
    X = sp.Symbol("X", positive=True)
    L = sp.sqrt(gamma) * sp.Matrix([[0, X], [X, 0]])
    return lindblad.coupling_coefficient(L, (0, 1), (1, 0))


def pointer_coherence_relation() -> sp.Expr:
    """ρ_LR + ρ_01 for |L⟩, |R⟩ = (|E0⟩ ± |E1⟩)/√2 under ρ_00 = ρ_11, Re ρ_01 = 0 (Eq. (8)).

    Returns 0 when the paper's 'equal in magnitude, opposite in sign' holds.
    """
    r00, r11 = sp.symbols("rho00 rho11", real=True)
    a, b = sp.symbols("re01 im01", real=True)
    rho = sp.Matrix([[r00, a + sp.I * b], [a - sp.I * b, r11]])
    Lv = sp.Matrix([1, 1]) / sp.sqrt(2)
    Rv = sp.Matrix([1, -1]) / sp.sqrt(2)
    rho_LR = (Lv.T * rho * Rv)[0, 0]
    general = sp.expand(rho_LR)
    return sp.simplify(general.subs({r11: r00, a: 0}) + sp.I * b)


def pointer_coherence_general() -> sp.Expr:
    """ρ_LR in terms of the eigenbasis entries (Eq. (8), exact identity)."""
    r00, r11 = sp.symbols("rho00 rho11", real=True)
    a, b = sp.symbols("re01 im01", real=True)
    rho = sp.Matrix([[r00, a + sp.I * b], [a - sp.I * b, r11]])
    Lv = sp.Matrix([1, 1]) / sp.sqrt(2)
    Rv = sp.Matrix([1, -1]) / sp.sqrt(2)
    return sp.expand((Lv.T * rho * Rv)[0, 0])


# ---------------------------------------------------------------------------------------
# Degenerate doublet (Sec. 3.4, App. C) and the two-channel pointer dynamics (App. B)
# ---------------------------------------------------------------------------------------

def degenerate_doublet_spectrum() -> dict:
    """Eigenvalues (with multiplicity) of ρ ↦ D[√γ X σ_x]ρ on 2×2 matrices (Eqs. (27)–(28))."""
    return dict(_degenerate_doublet_spectrum_once())  # a fresh dict of the eigenvalues derived once


@functools.cache
def _degenerate_doublet_spectrum_once() -> dict:
    X = sp.Symbol("X", positive=True)
    L = sp.sqrt(gamma) * X * sp.Matrix([[0, 1], [1, 0]])
    S = lindblad.superoperator_matrix(sp.zeros(2, 2), [L])
    return S.eigenvals()


def pointer_basis_dissipator_eigenvectors() -> list:
    """Eigenvectors of the doublet-projected J_z = X σ_x: (|E0⟩ ± |E1⟩)/√2 (Sec. 3.4)."""
    X = sp.Symbol("X", positive=True)
    return (X * sp.Matrix([[0, 1], [1, 0]])).eigenvects()


def two_channel_system():
    """Bloch-type equations for u = Re ρ_LR, v = Im ρ_LR, w = ρ_LL − ρ_RR (App. B, Eq. (44)).

    Returns
    -------
    (Matrix, tuple)
        The 3×3 generator M (d/dt (u, v, w) = M (u, v, w)) and the symbols (Δ, Γ_L).

    Notes
    -----
    Pointer basis {L, R}; H = −(Δ/2)σ_x (E0 = (L + R)/√2 is the lower, even level);
    SCS approximation ⟨L|J_z|L⟩ = −⟨R|J_z|R⟩ = N m*/2, so L = √γ (N m*/2) σ_z and the
    coherence rate is Γ_L = 2γ(N m*/2)² = γ G_MF.  Derived from the symbolic Liouvillian.
    """
    Delta, GL = sp.symbols("Delta Gamma_L", positive=True)
    H = -Delta / 2 * sp.Matrix([[0, 1], [1, 0]])
    L = sp.sqrt(GL / 2) * sp.Matrix([[1, 0], [0, -1]])
    u, v, w, s = sp.symbols("u v w s", real=True)
    rho = sp.Matrix([[(s + w) / 2, u + sp.I * v], [u - sp.I * v, (s - w) / 2]])
    drho = lindblad.liouvillian(H, [L], rho).applyfunc(sp.expand)
    rates = [sp.re(drho[0, 1]), sp.im(drho[0, 1]), sp.expand(drho[0, 0] - drho[1, 1])]
    M = sp.Matrix(3, 3, lambda i, k: sp.expand(rates[i]).coeff((u, v, w)[k]))
    return M, (Delta, GL)


def two_channel_characteristic_polynomial() -> sp.Expr:
    """det(λ − M_vw) of the coupled (v, w) block (Eq. (46)): λ² + Γ_L λ + Δ²."""
    M, _ = two_channel_system()
    lam = sp.Symbol("lambda")
    return sp.expand((lam * sp.eye(2) - M[1:, 1:]).det())


def two_channel_roots() -> list:
    """Roots of Eq. (46) (Eq. (47))."""
    lam = sp.Symbol("lambda")
    return sp.solve(two_channel_characteristic_polynomial(), lam)


def overdamped_slow_rate() -> sp.Expr:
    """Leading slow decay rate for Γ_L ≫ 2Δ (Eq. (48)): Δ²/Γ_L."""
    Delta, GL = sp.symbols("Delta Gamma_L", positive=True)
    slow = max(two_channel_roots(), key=lambda r: sp.limit(r.subs(Delta, 1), GL, sp.oo))
    eps = sp.Symbol("epsilon", positive=True)
    return sp.simplify(sp.series(-slow.subs(Delta, eps * GL), eps, 0, 3).removeO().subs(eps, Delta / GL))


def underdamped_envelope_rate() -> sp.Expr:
    """−Re λ for Γ_L < 2Δ (Eqs. (49)–(51)): Γ_L/2."""
    Delta, GL = sp.symbols("Delta Gamma_L", positive=True)
    r = two_channel_roots()[0]
    return sp.simplify(-sp.re(r.subs(Delta, GL)))  # at Δ = Γ_L (< 2Δ) the root is complex


# ---------------------------------------------------------------------------------------
# Pointer states, leakage, depletion, crossing and peak (high-precision construction)
# ---------------------------------------------------------------------------------------

def pointer_quantities(n_spins: int, gam: Fraction = GAMMA_BENCH) -> dict:
    """Eq. (12) applied to |L⟩⟨R| and the derived percentages, from the mp construction.

    Notes
    -----
    |L⟩, |R⟩ = (|E0⟩ ± |E1⟩)/√2.  Parity: ⟨E_i|J_z|E_i⟩ = 0 and ⟨E0|J_z²|E1⟩ = 0, so
    ⟨L|J_z|L⟩ = −⟨R|J_z|R⟩ = X and ⟨L|J_z²|L⟩ = ⟨R|J_z²|R⟩ = G_eig (Eq. (20)); Eq. (12)
    gives Γ_LR/γ = G_eig + X² (Eq. (14)).  The leakage of |E_i⟩ is the part of
    ⟨E_i|J_z²|E_i⟩ = Σ_n |⟨n|J_z|E_i⟩|² not carried by the doublet partner (X²).
    """
    hp = doublet_high_precision(n_spins, gam, with_e2=False)
    g_mf = geometric_factor_mean_field_at(n_spins, gam)
    with mpmath.workdps(hp.dps):
        gmf = mpmath.mpf(g_mf.numerator) / g_mf.denominator
        X2 = hp.X**2
        g_eig = (hp.jz2[0] + hp.jz2[1]) / 2
        pointer = g_eig + X2
        m_star = mpmath.sqrt(1 - (mpmath.mpf(gam.numerator) / gam.denominator) ** 2)
        return {
            "X": hp.X, "g_mf": gmf, "g_eig": g_eig, "pointer": pointer,
            "protection": pointer / g_eig, "overestimate": gmf / pointer - 1,
            "below": 1 - pointer / gmf,
            "leak0": 1 - X2 / hp.jz2[0], "leak1": 1 - X2 / hp.jz2[1], "leak_avg": 1 - X2 / g_eig,
            "delta": n_spins * m_star / 2 - hp.X, "enhancement": gmf / g_eig / 2,
        }


def ratio_high_precision(n_spins: int, gam: Fraction = GAMMA_BENCH, dps: int = 20):
    """R(N) = G_MF/G_eig from the mp construction (20 digits suffice below N ~ 10³)."""
    hp = doublet_high_precision(n_spins, gam, dps, with_e2=False)
    g_mf = geometric_factor_mean_field_at(n_spins, gam)
    with mpmath.workdps(dps):
        return mpmath.mpf(g_mf.numerator) / g_mf.denominator / ((hp.jz2[0] + hp.jz2[1]) / 2)


def ratio_crossing(lo: int = 20, hi: int = 300, gam: Fraction = GAMMA_BENCH) -> tuple:
    """(last N with R < 2, first N with R > 2) by bisection on integers (R increasing there)."""
    assert ratio_high_precision(lo, gam) < 2 < ratio_high_precision(hi, gam)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if ratio_high_precision(mid, gam) < 2:
            lo = mid
        else:
            hi = mid
    return lo, hi


def ratio_peak(lo: int = 150, hi: int = 450, gam: Fraction = GAMMA_BENCH) -> tuple:
    """(N_peak, R_max) by integer golden-section search on a unimodal R(N) (one new R per step,
    the other inner point kept), then every N within ±2 of the final bracket."""
    values: dict[int, object] = {}

    def R(k):
        if k not in values:
            values[k] = ratio_high_precision(k, gam)
        return values[k]

    inv_phi = (5 ** 0.5 - 1) / 2
    c, d = hi - round(inv_phi * (hi - lo)), lo + round(inv_phi * (hi - lo))
    while hi - lo > 4:
        if c >= d:  # rounding met the points: re-place them
            c, d = hi - round(inv_phi * (hi - lo)), lo + round(inv_phi * (hi - lo))
            if c >= d:
                break
        if R(c) < R(d):   # the peak is right of c
            lo, c = c, d
            d = lo + round(inv_phi * (hi - lo))
        else:             # the peak is left of d
            hi, d = d, c
            c = hi - round(inv_phi * (hi - lo))
    best = max(range(lo - 2, hi + 3), key=R)
    return best, R(best)


# ---------------------------------------------------------------------------------------
# Second moments, limits, benchmark scales
# ---------------------------------------------------------------------------------------

def scs_second_moment() -> sp.Expr:
    """⟨J_z²⟩ in the product state with ⟨σ_z^i⟩ = m* for all N spins (Eq. (21)).

    J_z = ½Σσ_z^i: ⟨J_z²⟩ = ¼[Σ_i ⟨(σ_z^i)²⟩ + Σ_{i≠k} ⟨σ_z^i⟩⟨σ_z^k⟩] = ¼[N + N(N − 1)m*²].
    """
    return sp.expand((N + N * (N - 1) * m**2) / 4)


def half_squared_distance() -> sp.Expr:
    """½(⟨L|J_z|L⟩ − ⟨R|J_z|R⟩)² with the SCS means ±N m*/2 (Sec. 3.3)."""
    return sp.expand(sp.Rational(1, 2) * (N * m / 2 - (-N * m / 2)) ** 2)


@functools.cache
def degenerate_rate_over_mean_field_limit() -> sp.Expr:
    """lim 2γX²/(γ G_MF) with X = N m*/2 − δ (Eqs. (29)–(30))."""
    delta = sp.Symbol("delta", real=True)
    return sp.limit(2 * (N * m / 2 - delta) ** 2 / geometric_factor_mean_field(), N, sp.oo)


@functools.cache
def second_moment_ratio_limit() -> sp.Expr:
    """lim G_eig/⟨J_z⟩_L² = lim ⟨L|J_z²|L⟩/X² (Sec. 3.3: 'ratio approaches 1, not 2')."""
    delta = sp.Symbol("delta", real=True)
    return sp.limit(eigenstate_factor_asymptotic() / (N * m / 2 - delta) ** 2, N, sp.oo)


def temperature_nanokelvin() -> Fraction:
    """T = ħ·(1310 rad/s)/k_B in nK with the exact SI k_B and CODATA 2018 ħ."""
    hbar = Fraction("1.054571817e-34")   # J s (CODATA 2018; h exact, ħ = h/2π rounded)
    k_B = Fraction("1.380649e-23")       # J/K, exact in the 2019 SI
    return hbar * KBT_RAD_S / k_B * 10**9


def vacuum_overlap(n_spins: int = 370, gam: Fraction = GAMMA_BENCH) -> Fraction:
    """⟨θ|π − θ⟩ of the two spin-coherent vacua, cos θ = m*: (sin θ)^N = (Γ/J)^N exactly.

    ⟨θ|θ'⟩ = [cos(θ/2)cos(θ'/2) + sin(θ/2)sin(θ'/2)]^N and θ' = π − θ gives
    [2 sin(θ/2)cos(θ/2)]^N = sin^N θ = (1 − m*²)^{N/2} = (Γ/J)^N (companion, Sec. 3).
    """
    return gam**n_spins


def tunnelling_scale(n_spins: int = 370, gam: Fraction = GAMMA_BENCH):
    """e^{−N S_inst} with S_inst = artanh(m*) − m* (companion Eq. (52)), 30 digits."""
    with mpmath.workdps(30):
        ms = mpmath.sqrt(1 - (mpmath.mpf(gam.numerator) / gam.denominator) ** 2)
        return mpmath.exp(-n_spins * (mpmath.atanh(ms) - ms))


def splitting_rad_s(n_spins: int = 370, gam: Fraction = GAMMA_BENCH):
    """ΔE = (E1 − E0)·37195.4 rad/s from the mp construction."""
    hp = doublet_high_precision(n_spins, gam, with_e2=False)
    with mpmath.workdps(hp.dps):
        return (hp.E[1] - hp.E[0]) * mpmath.mpf(J_RAD_S.numerator) / J_RAD_S.denominator


def doublet_mode_rates() -> dict:
    """Action of ρ ↦ D[√γ X σ_x]ρ on the Pauli basis of the doublet (App. C, Eqs. (56)–(61)).

    Returns
    -------
    dict
        ``{name: λ}`` with D(σ) = λσ for σ ∈ {1, σ_x, σ_y, σ_z} (None if σ is not an
        eigenvector).  In the eigenbasis {E0, E1}: σ_x ∝ Re ρ_01, σ_y ∝ Im ρ_01,
        σ_z ∝ ρ_00 − ρ_11.
    """
    return dict(_doublet_mode_rates_once())  # a fresh dict of the rates derived once


@functools.cache
def _doublet_mode_rates_once() -> dict:
    X = sp.Symbol("X", positive=True)
    sx = sp.Matrix([[0, 1], [1, 0]])
    paulis = {"identity": sp.eye(2), "sigma_x": sx, "sigma_y": sp.Matrix([[0, -sp.I], [sp.I, 0]]),
              "sigma_z": sp.Matrix([[1, 0], [0, -1]])}
    out = {}
    for name, s in paulis.items():
        img = lindblad.dissipator(sp.sqrt(gamma) * X * sx, s).applyfunc(sp.simplify)
        ratio = {sp.simplify(img[i] / s[i]) for i in range(4) if s[i] != 0}
        zero_elsewhere = all(img[i] == 0 for i in range(4) if s[i] == 0)
        out[name] = ratio.pop() if len(ratio) == 1 and zero_elsewhere else None
    return out


def pointer_population_difference() -> sp.Expr:
    """ρ_LL − ρ_RR in terms of the eigenbasis entries (App. C, Eq. (66)): 2 Re ρ_01."""
    r00, r11 = sp.symbols("rho00 rho11", real=True)
    a, b = sp.symbols("re01 im01", real=True)
    rho = sp.Matrix([[r00, a + sp.I * b], [a - sp.I * b, r11]])
    Lv = sp.Matrix([1, 1]) / sp.sqrt(2)
    Rv = sp.Matrix([1, -1]) / sp.sqrt(2)
    return sp.simplify((Lv.T * rho * Lv)[0, 0] - (Rv.T * rho * Rv)[0, 0])


def scs_variance_relative_error(n_spins: int = 370, gam: Fraction = GAMMA_BENCH) -> Fraction:
    """Approximation 2 error: [N(1 − m*²)/4]/[N²m*²/4] = (1 − m*²)/(N m*²), exact rational."""
    ms2 = 1 - gam**2
    return (1 - ms2) / (n_spins * ms2)


def dicke_parity_exact(n_spins: int = 2, n_max: int = 4) -> dict:
    """Exact check of the Proposition's hypotheses for the truncated Dicke model (Sec. 6, last paragraph).

    H = ω a†a + ω0 J_z + (2λ/√N)(a + a†)J_x (symbolic ω, ω0, λ), Fock cutoff n_max;
    Π = (−1)^{a†a} e^{iπ(J_z + j)} (diagonal).  Returns whether [H, Π] = 0 and Π J_x Π† = −J_x,
    Π (a + a†) Π† = −(a + a†) hold exactly on the truncated space.
    """
    w, w0, lam = sp.symbols("omega omega0 lambda", positive=True)
    j = sp.Rational(n_spins, 2)
    ms = [sp.Rational(k) - j for k in range(n_spins + 1)]
    Jz = sp.diag(*ms)
    Jx = sp.zeros(n_spins + 1, n_spins + 1)
    for k, mk in enumerate(ms[:-1]):
        Jx[k + 1, k] = Jx[k, k + 1] = sp.sqrt((j - mk) * (j + mk + 1)) / 2
    a = sp.zeros(n_max + 1, n_max + 1)
    for n in range(1, n_max + 1):
        a[n - 1, n] = sp.sqrt(n)
    num = a.T * a
    from sympy.physics.quantum import TensorProduct as kron
    eye_s, eye_b = sp.eye(n_spins + 1), sp.eye(n_max + 1)
    H = (w * kron(num, eye_s) + w0 * kron(eye_b, Jz)
         + 2 * lam / sp.sqrt(n_spins) * kron(a + a.T, Jx))
    Pi = kron(sp.diag(*[(-1) ** n for n in range(n_max + 1)]),
              sp.diag(*[(-1) ** int(mk + j) for mk in ms]))
    X = kron(eye_b, Jx)
    Q = kron(a + a.T, eye_s)
    return {"H_commutes": (Pi * H - H * Pi).applyfunc(sp.simplify) == sp.zeros(*H.shape),
            "Jx_odd": Pi * X * Pi.T == -X, "field_odd": Pi * Q * Pi.T == -Q}


# =======================================================================================
# Routes of the claim table: module-level functions of the paper's declared inputs
# (N spins, g = Γ/J, J in rad/s, k_BT in rad/s, γ in s⁻¹).  No manuscript number is
# captured here; the high-precision construction is the parity-sector solver of
# derive.lmg_mp (Sturm bisection + inverse iteration, mpmath).
# =======================================================================================

def _fr(x) -> Fraction:
    """An input as an exact rational (Fractions pass through, floats by their decimal print)."""
    if isinstance(x, Fraction):
        return x
    if isinstance(x, int):
        return Fraction(x)
    return Fraction(str(x))


def _mpq(x):
    q = _fr(x)
    return mpmath.mpf(q.numerator) / q.denominator


def _pq(N, g) -> dict:
    return pointer_quantities(int(N), _fr(g))


def g_mf_exact(N, g) -> Fraction:
    """G_MF = N² m*²/2 = N²(1 − g²)/2, exact (Eq. (10))."""
    return geometric_factor_mean_field_at(int(N), _fr(g))


def g_eig_mp(N, g):
    """G_eig = ½(⟨E0|J_z²|E0⟩ + ⟨E1|J_z²|E1⟩), parity-sector construction (Eq. (11))."""
    return _pq(N, g)["g_eig"]


def ratio_mp(N, g):
    """R = G_MF/G_eig (Eq. (1))."""
    return table3_row(int(N), _fr(g))["r"]


def splitting_over_kbt_mp(N, g, J_rad_s, kBT_rad_s):
    """ΔE/k_BT with ΔE = (E1 − E0)·J (Table 3, column 2)."""
    hp = doublet_high_precision(int(N), _fr(g), with_e2=False)
    with mpmath.workdps(hp.dps):
        return (hp.E[1] - hp.E[0]) * _mpq(J_rad_s) / _mpq(kBT_rad_s)


def splitting_rad_s_mp(N, g, J_rad_s):
    """ΔE = (E1 − E0)·J in rad/s."""
    hp = doublet_high_precision(int(N), _fr(g), with_e2=False)
    with mpmath.workdps(hp.dps):
        return (hp.E[1] - hp.E[0]) * _mpq(J_rad_s)


def gap_ratio_mp(N, g):
    """(E2 − E0)/(E1 − E0) (Table 3)."""
    return table3_row(int(N), _fr(g))["gap"]


def secular_ratio_mp(N, g, J_rad_s, gamma_phi):
    """2ΔE/(γ G_eig) (Table 3, last column; ħ = 1)."""
    hp = doublet_high_precision(int(N), _fr(g), with_e2=False)
    with mpmath.workdps(hp.dps):
        de = (hp.E[1] - hp.E[0]) * _mpq(J_rad_s)
        return 2 * de / (_mpq(gamma_phi) * (hp.jz2[0] + hp.jz2[1]) / 2)


def pointer_factor_mp(N, g):
    """Γ_LR/γ = G_eig + X² for the exact pointer states (Eq. (14))."""
    return _pq(N, g)["pointer"]


def protection_factor_mp(N, g):
    """(G_eig + X²)/G_eig, the exact basis-dependent protection factor (Eq. (2))."""
    return _pq(N, g)["protection"]


def mean_field_overestimate_mp(N, g):
    """G_MF/(G_eig + X²) − 1: how much the mean-field rate exceeds the exact pointer rate."""
    return _pq(N, g)["overestimate"]


def exact_rate_below_mp(N, g):
    """1 − (G_eig + X²)/G_MF: how far the exact pointer rate lies below the mean-field rate."""
    return _pq(N, g)["below"]


def enhancement_mp(N, g):
    """𝒜 = R/2 (Eqs. (17)–(19)); also (γG_MF/2)/(γG_eig), the envelope factor of Eq. (52)."""
    return _pq(N, g)["enhancement"]


def depletion_mp(N, g):
    """δ = N m*/2 − X, the Bogoliubov depletion of the pointer magnetisation."""
    return _pq(N, g)["delta"]


def pointer_magnetisation_mp(N, g):
    """X = |⟨E0|J_z|E1⟩|."""
    return _pq(N, g)["X"]


def leakage_fraction_mp(N, g):
    """1 − X²/G_eig: the doublet-averaged share of ⟨J_z²⟩ carried by states outside the doublet."""
    return _pq(N, g)["leak_avg"]


def leakage_absolute_mp(N, g):
    """G_eig − X² (the average leakage Σ_{n≥2}|⟨n|J_z|E_i⟩|², averaged over i = 0, 1)."""
    q = _pq(N, g)
    return q["g_eig"] - q["X"] ** 2


def doublet_decay_rate_mp(N, g, gamma_phi):
    """2γX² in s⁻¹: the doubly-degenerate non-zero eigenvalue of the doublet dissipator (Eq. (28))."""
    q = _pq(N, g)
    return 2 * _mpq(gamma_phi) * q["X"] ** 2


def ratio_peak_mp(g) -> tuple:
    """(N_peak, R_max) by integer ternary search on R(N) (mp construction)."""
    return _ratio_peak_cached(_fr(g))


@functools.cache
def _ratio_peak_cached(gam: Fraction) -> tuple:
    # R increases up to its peak, which lies between the crossing of 2 and four times it
    _lo, first = ratio_crossing(gam=gam)
    n, r = ratio_peak(lo=first, hi=4 * first, gam=gam)
    return n, r


def ratio_peak_position_mp(g) -> int:
    """N at which R(N) is largest."""
    return ratio_peak_mp(g)[0]


def ratio_peak_value_mp(g):
    """max_N R(N)."""
    return ratio_peak_mp(g)[1]


def enhancement_peak_mp(g):
    """𝒜 = R/2 at the peak of R(N)."""
    return ratio_peak_mp(g)[1] / 2


def ratio_crossing_mp(g) -> int:
    """First N with R(N) > 2 (integer bisection; R increases there)."""
    return ratio_crossing(gam=_fr(g))[1]


def ratio_limit_sympy():
    """lim_{N→∞} G_MF/G_eig with X = N m*/2 − δ, leakage ℓN (δ, ℓ free): exactly 2."""
    return ratio_limit()


def second_moment_ratio_limit_sympy():
    """lim ⟨L|J_z²|L⟩/⟨L|J_z|L⟩² = lim G_eig/X²: exactly 1."""
    return second_moment_ratio_limit()


def degenerate_rate_limit_sympy():
    """lim 2γX²/(γ G_MF): exactly 1."""
    return degenerate_rate_over_mean_field_limit()


@functools.cache
def convergence_exponent_sympy():
    """Exponent p of R − 2 ∝ N^p from the series of the symbolic ratio (a ≠ 0 generically)."""
    r = geometric_factor_mean_field() / eigenstate_factor_asymptotic()
    eps = sp.Symbol("epsilon", positive=True)
    ser = sp.series(r.subs(N, 1 / eps) - sp.limit(r, N, sp.oo), eps, 0, 3).removeO()
    lead = min(sp.Poly(ser, eps).monoms())[0] if ser != 0 else None
    return -sp.Integer(lead)


def temperature_nk_exact(kBT_rad_s) -> Fraction:
    """T = ħ k_BT/k_B in nK, CODATA 2018 ħ and the exact SI k_B."""
    hbar = Fraction("1.054571817e-34")
    k_B = Fraction("1.380649e-23")
    return hbar * _fr(kBT_rad_s) / k_B * 10**9


def vacuum_overlap_exact(N, g) -> Fraction:
    """⟨θ|π − θ⟩ = (sin θ)^N = g^N for cos θ = m*, exact."""
    return _fr(g) ** int(N)


def tunnelling_scale_mp(N, g):
    """e^{−N S_inst}, S_inst = artanh(m*) − m* (closed form of the companion's instanton action)."""
    with mpmath.workdps(30):
        ms = mpmath.sqrt(1 - _mpq(g) ** 2)
        return mpmath.exp(-int(N) * (mpmath.atanh(ms) - ms))


def tunnelling_over_overlap_mp(N, g):
    """e^{−N S_inst}/g^N."""
    with mpmath.workdps(30):
        return tunnelling_scale_mp(N, g) / _mpq(g) ** int(N)


def scs_variance_error_exact(N, g) -> Fraction:
    """[N(1 − m*²)/4]/[N² m*²/4] = g²/(N(1 − g²)), exact (Approximation 2)."""
    gg = _fr(g) ** 2
    return gg / (int(N) * (1 - gg))


# ---------------------------------------------------------------------------------------
# The companion's Leggett–Garg thresholds (lmg_lgi §7, restated in §7.2 here), from the
# definitions: Q = sgn(J_z) (sgn 0 = 0), ρ0 = |E0⟩⟨E0|, τ = π/(3ΔE), C(t) = Tr[Q E_t(½{Q, ρ0})],
# stationary K3 = 2C(τ) − C(2τ); threshold: the γ at which K3 = 1.
# Level A: two-level model whose coherence decays at γG_MF; Level B: at γG_eig (closed form
# below); Level C: the n-level model on the lowest n eigenstates, L = √γ P J_z P (mp expm,
# mpmath's Taylor method with MPFR products: derive.lmg_mp.expm).
# ---------------------------------------------------------------------------------------

def _unfold_sector(vec, ms, parity: int, n_spins: int) -> dict:
    """Sector vector → {m: amplitude} on the full Dicke basis (m → −m symmetric/antisymmetric)."""
    out = {}
    r2 = mpmath.sqrt(2)
    for x, mk in zip(vec, ms):
        if mk == 0:
            out[mpmath.mpf(0)] = x
        else:
            out[mk] = x / r2
            out[-mk] = parity * x / r2
    return out


@functools.cache
def lowest_levels_mp(N, g, n_levels: int, dps: int = 25) -> tuple:
    """Lowest n_levels energies (units of J) and full-basis vectors {m: amplitude} (mp sectors)."""
    gam = _fr(g)
    found = []
    with mpmath.workdps(dps):
        from derive.lmg_mp import bisect_eigenvalue, inverse_iteration
        for parity in (+1, -1):
            d, e, ms = sector_blocks(int(N), gam, parity)
            e2 = [x * x for x in e]
            r = max(abs(x) for x in d) + 2 * max([abs(x) for x in e] + [mpmath.mpf(0)])
            for k in range(min((n_levels + 1) // 2 + 1, len(d))):
                lam = bisect_eigenvalue(d, e2, k, -r, r, r * mpmath.mpf(10) ** (-(dps - 6)))
                found.append((lam, parity, d, e, ms))
        found.sort(key=lambda t: t[0])  # stable: the order of the eigenvalues, sector by sector
        # the vectors of the kept levels only (each from its own eigenvalue: the candidates
        # beyond n_levels, bisected to be sure of the ordering, need none)
        levels = []
        for lam, parity, d, e, ms in found[:n_levels]:
            v = inverse_iteration(d, e, lam) if len(d) > 1 else [mpmath.mpf(1)]
            levels.append((lam, _unfold_sector(v, ms, parity, int(N)), parity))
    return tuple(levels)


def _projected(levels, fn, dps):
    with mpmath.workdps(dps):
        n = len(levels)
        M = mpmath.matrix(n, n)
        for i in range(n):
            for k in range(i, n):
                vi, vk = levels[i][1], levels[k][1]
                s = mpmath.fsum(vi[m] * vk.get(m, 0) * fn(m) for m in vi)
                M[i, k] = M[k, i] = s
        return M


@memo
def lgi_two_level_threshold_closed(N, g, J_rad_s, rate: str = "eigenstate"):
    """Closed-form two-level threshold: Q01²(ξ + ξ²/2) = 1, ξ = e^{−γGτ}, τ = π/(3ΔE).

    γ* = 3ΔE ln(1/ξ*)/(π G), ξ* = √(1 + 2/Q01²) − 1; G = G_eig (Level B) or G_MF (Level A).
    """
    dps = 25
    lv = lowest_levels_mp(N, g, 2, dps)
    with mpmath.workdps(dps):
        q01 = _projected(lv, lambda m: mpmath.sign(m), dps)[0, 1]
        jz2 = _projected(lv, lambda m: m * m, dps)
        G = (jz2[0, 0] + jz2[1, 1]) / 2 if rate == "eigenstate" else _mpq(g_mf_exact(N, g))
        de = (lv[1][0] - lv[0][0]) * _mpq(J_rad_s)
        xi = mpmath.sqrt(1 + 2 / q01**2) - 1
        return 3 * de * mpmath.log(1 / xi) / (mpmath.pi * G)


def lgi_threshold_level_a_closed(N, g, J_rad_s):
    """Level A (mean-field rate γG_MF) two-level threshold, s⁻¹."""
    return lgi_two_level_threshold_closed(N, g, J_rad_s, "mean-field")


def lgi_threshold_level_b_closed(N, g, J_rad_s):
    """Level B (eigenstate rate γG_eig) two-level threshold, s⁻¹."""
    return lgi_two_level_threshold_closed(N, g, J_rad_s, "eigenstate")


def _k3_operators_mp(levels, J_rad_s, dps):
    """J_z, Q = sgn(J_z), J_z² projected on the levels and the energies (rad/s): the pieces of
    the n-level model that do not depend on γ (computed once per root search)."""
    with mpmath.workdps(dps):
        A = _projected(levels, lambda m: m, dps)
        Q = _projected(levels, lambda m: mpmath.sign(m), dps)
        E = [(lv[0] - levels[0][0]) * _mpq(J_rad_s) for lv in levels]
        return A, Q, A * A, E


def _k3_levels_mp(levels, J_rad_s, gamma, dps, operators=None):
    """Stationary K3 of the n-level model by mp matrix exponentials of the superoperator
    (:func:`derive.lmg_mp.expm`)."""
    with mpmath.workdps(dps):
        n = len(levels)
        A, Q, A2, E = operators or _k3_operators_mp(levels, J_rad_s, dps)
        gm = mpmath.mpf(gamma)
        # the odd-operator sector (a, b of opposite parity) carries ½{Q, ρ0} and is invariant
        idx = [(a, b) for a in range(n) for b in range(n) if levels[a][2] != levels[b][2]]
        S = mpmath.matrix(len(idx), len(idx))
        for row, (a, b) in enumerate(idx):
            S[row, row] += -1j * (E[a] - E[b])
            for col, (c, d) in enumerate(idx):
                v = gm * A[a, c] * A[d, b]
                if d == b:
                    v -= gm * A2[a, c] / 2
                if c == a:
                    v -= gm * A2[d, b] / 2
                if v:
                    S[row, col] += v
        rho = mpmath.matrix(len(idx), 1)
        for k, (a, b) in enumerate(idx):   # ½{Q, ρ0}, ρ0 = |0⟩⟨0|
            rho[k] = ((Q[a, 0] if b == 0 else 0) + (Q[0, b] if a == 0 else 0)) / 2
        tau = mpmath.pi / (3 * (E[1] - E[0]))

        U = expm(S * tau)                   # E_2τ = E_τ E_τ: one exponential per γ
        r1 = U * rho
        r2 = U * r1

        def corr(r):
            return mpmath.re(mpmath.fsum(Q[b, a] * r[k] for k, (a, b) in enumerate(idx)))
        return 2 * corr(r1) - corr(r2)


@memo
def lgi_threshold_levels_mp(N, g, J_rad_s, n_levels: int = 5):
    """γ at which the n-level stationary K3 = 1 (Illinois root of mp K3(γ) − 1), s⁻¹."""
    dps = 16
    lv = lowest_levels_mp(N, g, n_levels, 25)
    with mpmath.workdps(dps):
        # the natural rate scale ΔE/⟨J_z²⟩ brackets the root by two decades either way
        jz2 = _projected(lv[:2], lambda m: m * m, dps)
        scale = (lv[1][0] - lv[0][0]) * _mpq(J_rad_s) / ((jz2[0, 0] + jz2[1, 1]) / 2)
        ops = _k3_operators_mp(lv, J_rad_s, dps)
        # Illinois on u = ln γ: K3 is smoother in ln γ over the four decades (11 evaluations, not 17);
        # stopped at a relative 1e-14 in γ (two digits inside the working precision)
        seen = {}

        def f(u):  # the bracket's ends are evaluated once, for the check and for the solver
            if u not in seen:
                seen[u] = _k3_levels_mp(lv, J_rad_s, mpmath.exp(u), dps, ops) - 1
            return seen[u]

        # the root sits near scale/2 (γ_B ≈ 0.22 scale, and the multi-level factor is O(1)):
        # a one-decade bracket either way, widened to two decades if K3 − 1 keeps its sign
        for width in (10, 100):
            lo, hi = mpmath.log(scale / width), mpmath.log(scale * width)
            if f(lo) > 0 > f(hi):
                break
        else:
            raise ValueError(f"K3 − 1 has no sign change on [{scale / 100}, {scale * 100}] s⁻¹")
        u = mpmath.findroot(f, (lo, hi), solver="illinois", tol=mpmath.mpf(10) ** -14, maxsteps=200,
                            verify=False)
        return mpmath.exp(u)


def lgi_ratio_b_over_a_closed(N, g, J_rad_s):
    """γ_B/γ_A (the companion's 2.35×; equals G_MF/G_eig)."""
    return lgi_threshold_level_b_closed(N, g, J_rad_s) / lgi_threshold_level_a_closed(N, g, J_rad_s)


def lgi_ratio_c_over_b_mp(N, g, J_rad_s, n_levels: int = 5):
    """γ_C/γ_B (the companion's 2.47×)."""
    return lgi_threshold_levels_mp(N, g, J_rad_s, n_levels) / lgi_threshold_level_b_closed(N, g, J_rad_s)


def lgi_ratio_c_over_a_mp(N, g, J_rad_s, n_levels: int = 5):
    """γ_C/γ_A (the companion's 5.8× total)."""
    return lgi_threshold_levels_mp(N, g, J_rad_s, n_levels) / lgi_threshold_level_a_closed(N, g, J_rad_s)


# ---------------------------------------------------------------------------------------
# Property routes (derivation side): SymPy proof objects, or instances computed exactly /
# at high precision on which the judge evaluates the paper's statement.
# ---------------------------------------------------------------------------------------

def _sizes(N, large: bool = True) -> list:
    """The Table 3 sizes, with the paper's benchmark N taken from the input."""
    return sorted({int(N), 100, 200, 300, 500} | ({1000, 2000} if large else set()))


def _parity_vectors(n_spins: int):
    """Generic real vectors on the Dicke basis, one even (a_m = a_−m), one odd (b_m = −b_−m)."""
    j = sp.Rational(n_spins, 2)
    ms = [sp.Rational(k) - j for k in range(n_spins + 1)]
    a = {mk: sp.Symbol(f"a_{abs(mk)}".replace("/", "_"), real=True) for mk in ms}
    b = {mk: (sp.sign(mk) * sp.Symbol(f"b_{abs(mk)}".replace("/", "_"), real=True)) for mk in ms}
    return ms, a, b


def proposition_proof():
    """x = ⟨E|A|E⟩ with P|E⟩ = p|E⟩, |p| = 1, PAP† = −A: x = −|p|²x has the single solution 0."""
    x = sp.Symbol("x")
    phi = sp.Symbol("phi", real=True)
    p = sp.exp(sp.I * phi)
    sols = sp.solveset(sp.Eq(x, -sp.simplify(sp.conjugate(p) * p) * x), x, domain=sp.S.Complexes)
    return sp.Eq(sols, sp.FiniteSet(0))


def lmg_parity_commutation_proof():
    """[P, H] and P J_z P† + J_z for P = exp(iπJ_x), N = 1…4, symbolic Γ: all must vanish."""
    out = []
    for n in (1, 2, 3, 4):
        H, Jz, Jx = lmg_matrices_exact(n)
        P = (sp.I * sp.pi * Jx).exp().applyfunc(sp.simplify)
        out += [(P * H - H * P).applyfunc(sp.simplify), (P * Jz * P.H + Jz).applyfunc(sp.simplify)]
    return {"proof": out}


def lmg_parity_operator_instances_exact():
    """P = exp(iπJ_x) taken exactly (SymPy) for N = 1…4: P² = s·1, Hermiticity, spectrum."""
    # fresh instances of the ones computed once (the P_even and P_odd quantities both read them)
    return [dict(x, spectrum=list(x["spectrum"])) for x in _lmg_parity_operator_instances_exact_once()]


@functools.cache
def _lmg_parity_operator_instances_exact_once():
    out = []
    for n in (1, 2, 3, 4):
        _H, _Jz, Jx = lmg_matrices_exact(n)
        P = (sp.I * sp.pi * Jx).exp().applyfunc(sp.simplify)
        P2 = (P * P).applyfunc(sp.simplify)
        s = P2[0, 0]
        spec = sorted({complex(sp.N(k)) for k in P.eigenvals()}, key=lambda z: (z.real, z.imag))
        out.append({"N": n, "P2": complex(sp.N(s)),
                    "P2_defect": float(max(abs(complex(sp.N(z))) for z in (P2 - s * sp.eye(n + 1)))),
                    "herm_defect": float(max(abs(complex(sp.N(z))) for z in (P - P.H))),
                    "spectrum": [complex(round(z.real, 9), round(z.imag, 9)) for z in spec]})
    return out


def doublet_parity_instances_mp(N, g):
    """⟨E0|·|E0⟩, ⟨E1|·|E1⟩ for P = exp(iπJ_x) = e^{iπN/2}F and Π = ∏σ_x = F (F: m → −m).

    E0, E1 are the lowest levels of the full spectrum located by Sturm counts in each
    sector (mp): the F-eigenvalue of each is read off from the sector it lies in.
    At the paper's N and at every even N from 2 to 40 (the Note's 'even N').
    """
    out = []
    for n in sorted({int(N)} | set(range(2, 41, 2))):
        lv = lowest_levels_mp(n, g, 2, 20)
        f0, f1 = lv[0][2], lv[1][2]
        phase = complex(sp.N(sp.exp(sp.I * sp.pi * sp.Rational(n, 2))))
        out.append({"N": n, "op": "P", "p0": phase * f0, "p1": phase * f1})
        out.append({"N": n, "op": "Pi", "p0": complex(f0), "p1": complex(f1)})
    return out


def corollary1_opposite_proof():
    """Coefficients of ρ_aa, ρ_bb in (D[L]ρ)_ab for a parity-odd L, a even, b odd: both 0."""
    return {"proof": list(corollary1_couplings()["opposite"])}


def corollary1_same_instances():
    """|coefficient of ρ_aa in (D[L]ρ)_ac| (a, c even) at a rational point of the L entries."""
    c = corollary1_couplings()["same"]
    pt = {s: sp.Rational(k + 2, 7) for k, s in enumerate(sorted(c.free_symbols, key=str))}
    pt[gamma] = 1
    return [{"value": float(abs(sp.N(c.subs(pt))))}]


def corollary2_coupling_route(N, g):
    """Coefficient of ρ_10 in (D[L]ρ)_01 (symbolic: γX²) with X from the mp construction, per γ."""
    coef = corollary2_coupling()
    X = pointer_magnetisation_mp(N, g)
    val = coef.subs({gamma: 1, sp.Symbol("X", positive=True): sp.Float(mpmath.nstr(X, 25), 25)})
    return {"proof": sp.simplify(coef - gamma * sp.Symbol("X", positive=True) ** 2),
            "instances": [{"N": int(N), "X": float(X), "coupling": float(val)}]}


def eq8_relation_proof():
    """ρ_LR + ρ_01 under ρ_00 = ρ_11 and Re ρ_01 = 0: 0 (Eq. (8))."""
    return pointer_coherence_relation()


def eq20_cross_term_proof():
    """⟨L|J_z²|L⟩ − ½(⟨E0|J_z²|E0⟩ + ⟨E1|J_z²|E1⟩) = ⟨E0|J_z²|E1⟩ for generic even/odd real
    vectors (N = 2…7): Σ m² a_m b_m, which must vanish identically."""
    out = []
    for n in range(2, 8):
        ms, a, b = _parity_vectors(n)
        L = {mk: (a[mk] + b[mk]) / sp.sqrt(2) for mk in ms}
        lhs = sum(mk**2 * L[mk] ** 2 for mk in ms)
        avg = sum(mk**2 * (a[mk] ** 2 + b[mk] ** 2) for mk in ms) / 2
        out.append(sp.expand(lhs - avg))
    return {"proof": out}


def pointer_magnetisation_proof():
    """⟨L|J_z|L⟩ − ⟨E0|J_z|E1⟩ for generic even/odd real vectors (N = 2…7): must vanish."""
    out = []
    for n in range(2, 8):
        ms, a, b = _parity_vectors(n)
        lhs = sum(mk * ((a[mk] + b[mk]) / sp.sqrt(2)) ** 2 for mk in ms)
        x = sum(mk * a[mk] * b[mk] for mk in ms)
        out.append(sp.expand(lhs - x))
    return {"proof": out}


def pointer_offdiagonal_proof():
    """⟨L|J_z|R⟩ for generic even/odd real vectors (N = 2…7): must vanish."""
    out = []
    for n in range(2, 8):
        ms, a, b = _parity_vectors(n)
        out.append(sp.expand(sum(mk * (a[mk] + b[mk]) * (a[mk] - b[mk]) for mk in ms) / 2))
    return {"proof": out}


def ratio_instances_mp(g, ns):
    """{N, R} from the mp construction at the given sizes."""
    return [{"N": int(n), "R": float(ratio_high_precision(int(n), _fr(g)))} for n in ns]


def small_n_ratio_instances_mp(g):
    """R(N) for N = 2 … 99 (below Table 3's first row: 'very small N')."""
    return ratio_instances_mp(g, range(2, 100, 3))


def ratio_decrease_instances_mp(N, g):
    """Consecutive pairs (R(N), R(N')) along a ladder from the peak to N = 2000 (mp)."""
    n0 = ratio_peak_position_mp(g)
    ladder = sorted({n0, n0 + 1, 700} | {k for k in _sizes(N) if k > n0 + 1})
    r = [float(ratio_high_precision(n, _fr(g))) for n in ladder]
    return [{"N": a, "N_next": b, "R": x, "R_next": y, "after_peak": a >= n0}
            for a, b, x, y in zip(ladder, ladder[1:], r, r[1:])]


def ratio_exceeds_two_instances_mp(N, g):
    """R(N) at every N = 2 … 150 and along a ladder to 2000 (mp)."""
    ns = sorted(set(range(2, 151, 4)) | set(_sizes(N)) | {700})
    return ratio_instances_mp(g, ns)


def eq21_sign_instances_mp(N, g):
    """SCS correction N(1 − m*²)/4 and eigenstate correction G_eig − N²m*²/4, N = 2 … 150 and a ladder."""
    out = []
    gam = _fr(g)
    for n in sorted(set(range(2, 151, 4)) | set(_sizes(N))):
        ms2 = 1 - gam**2
        eig = eigenstate_factor_at(n, gam) - _mpq(Fraction(n * n) * ms2 / 4)
        out.append({"N": n, "scs_corr": float(Fraction(n) * (1 - ms2) / 4), "eig_corr": float(eig)})
    return out


def doublet_dissipator_eigenvalues_exact(N, g, gamma_phi):
    """Eigenvalues of ρ ↦ D[√γ X σ_x]ρ (SymPy, with multiplicity) at X from the mp construction."""
    X = sp.Symbol("X", positive=True)
    ev = degenerate_doublet_spectrum()
    x = sp.Float(mpmath.nstr(pointer_magnetisation_mp(N, g), 20), 20)
    vals = []
    for k, mult in ev.items():
        vals += [float(k.subs({X: x, gamma: sp.Rational(_fr(gamma_phi))}))] * mult
    return [{"eigs": sorted(vals)}]


def doublet_mode_instances_exact(N, g, gamma_phi):
    """D(σ)/σ for σ ∈ {1, σ_x, σ_y, σ_z} under D[√γ X σ_x] (SymPy), X from the mp construction."""
    X = sp.Symbol("X", positive=True)
    x = sp.Float(mpmath.nstr(pointer_magnetisation_mp(N, g), 20), 20)
    r = doublet_mode_rates()
    return [{k: (None if v is None else float(v.subs({X: x, gamma: sp.Rational(_fr(gamma_phi))})))
             for k, v in r.items()}]


def pointer_population_difference_proof():
    """(ρ_LL − ρ_RR) − 2 Re ρ_01: 0 (App. C, Eq. (66))."""
    return pointer_population_difference() - 2 * sp.Symbol("re01", real=True)


def pointer_eigenvector_instances_exact():
    """Eigenvectors of Xσ_x (SymPy): overlaps with (1, ±1)/√2."""
    X = sp.Symbol("X", positive=True)
    out = []
    for val, _m, vecs in pointer_basis_dissipator_eigenvectors():
        v = vecs[0] / vecs[0].norm()
        best = max(abs(float(sp.N((v.T * w)[0, 0]))) for w in
                   (sp.Matrix([1, 1]) / sp.sqrt(2), sp.Matrix([1, -1]) / sp.sqrt(2)))
        out.append({"eigenvalue_over_X": float(sp.N(val / X)), "overlap": best})
    return out


def degenerate_rate_ratio_instances_mp(N, g):
    """2X²/G_MF at the Table 3 sizes (mp)."""
    out = []
    for n in _sizes(N):
        q = pointer_quantities(n, _fr(g))
        out.append({"N": n, "ratio": float(2 * q["X"] ** 2 / q["g_mf"])})
    return out


def two_channel_decoupling_proof():
    """Row and column of u = Re ρ_LR in the generator of (u, v, w): only −Γ_L on the diagonal."""
    M, (_Delta, GL) = two_channel_system()
    return {"proof": [M[0, 0] + GL, M[0, 1], M[0, 2], M[1, 0], M[2, 0]]}


def remark1_instances_exact():
    """The (v, w) couplings of the symbolic generator at Δ = 1."""
    M, (Delta, _GL) = two_channel_system()
    return [{"dv_dw": float(M[1, 2].subs(Delta, 1)), "dw_dv": float(M[2, 1].subs(Delta, 1))}]


def overdamped_instances_exact():
    """Roots of λ² + Γ_Lλ + Δ² at Δ = 1, Γ_L = 4 … 100: reality, sign and the slow rate vs Δ²/Γ_L."""
    lam = sp.Symbol("lambda")
    out = []
    for gl in (4, 6, 10, 20, 50, 100):
        roots = sp.Poly(two_channel_characteristic_polynomial().subs(
            {sp.Symbol("Delta", positive=True): 1, sp.Symbol("Gamma_L", positive=True): gl}), lam).nroots(n=30)
        rs = [complex(r) for r in roots]
        out.append({"Delta": 1.0, "Gamma_L": float(gl), "roots": rs,
                    "slow": -max(r.real for r in rs)})
    return out


def underdamped_envelope_proof():
    """Re λ + Γ_L/2 for the roots of Eq. (46) with Δ = Γ_L(1 + t)/2, t > 0 (Γ_L < 2Δ): 0."""
    Delta, GL = sp.symbols("Delta Gamma_L", positive=True)
    t = sp.Symbol("t", positive=True)
    return {"proof": [sp.simplify(sp.re(sp.expand_complex(r.subs(Delta, GL * (1 + t) / 2))) + GL / 2)
            for r in two_channel_roots()]}


def benchmark_regime_instance_mp(N, g, J_rad_s, gamma_phi):
    """Γ_L = γG_MF against 2ΔE at the benchmark (mp)."""
    return [{"Gamma_L": float(_mpq(gamma_phi) * _mpq(g_mf_exact(N, g))),
             "two_Delta": float(2 * splitting_rad_s_mp(N, g, J_rad_s))}]


def leakage_instances_mp(N, g):
    """Leakage fractions of E0 and E1 at the Table 3 sizes N = 100 … 500 (mp)."""
    return [{"N": n, "leak0": float(pointer_quantities(n, _fr(g))["leak0"]),
             "leak1": float(pointer_quantities(n, _fr(g))["leak1"])} for n in _sizes(N, False)]


def leakage_linear_proof():
    """lim (X²/leakage)/N with X = N m*/2 − δ, leakage ℓN: m*²/(4ℓ), finite and non-zero."""
    delta, ell = sp.symbols("delta ell", positive=True)
    ratio = (N * m / 2 - delta) ** 2 / (ell * N)
    return sp.limit(ratio / N, N, sp.oo) - m**2 / (4 * ell)


def depletion_sign_instances_mp(N, g):
    """δ = N m*/2 − X at the Table 3 sizes (mp)."""
    return [{"N": n, "delta": float(depletion_mp(n, g))} for n in _sizes(N)]


def tridiagonal_proof():
    """Entries of the exact H (N = 6, symbolic Γ) beyond the first off-diagonals: all 0."""
    H, _, _ = lmg_matrices_exact(6)
    return {"proof": [H[i, k] for i in range(7) for k in range(7) if abs(i - k) > 1]}


def secular_ratio_instances_mp(g, J_rad_s, gamma_phi):
    """2ΔE/(γG_eig) at N = 1000, 2000 (mp)."""
    return [{"N": n, "ratio": float(secular_ratio_mp(n, g, J_rad_s, gamma_phi))} for n in (1000, 2000)]


def gap_ratio_instances_mp(N, g):
    return [{"N": n, "gap": float(gap_ratio_mp(n, g))} for n in _sizes(N, False)]


@functools.cache
def completeness_proof():
    """Σ_n ⟨0|A|n⟩⟨n|A|0⟩ − ⟨0|A²|0⟩ in a generic orthonormal basis (Cayley transform, dim 3).

    Notes
    -----
    V = (1 − K)(1 + K)⁻¹ with K antisymmetric is orthogonal; (1 + K)⁻¹ = adj(1 + K)/δ with
    δ = det(1 + K) = 1 + s1² + s2² + s3² > 0, so V = W/δ with W = (1 − K) adj(1 + K) polynomial.
    With B = VᵀAV = WᵀAW/δ² and VᵀA²V = WᵀA²W/δ², the difference is
    [Σ_k (WᵀAW)_0k (WᵀAW)_k0 − δ²(WᵀA²W)_00]/δ⁴: its numerator is expanded as a polynomial in
    s, m (exact; zero iff the identity holds), instead of simplifying the rational function.
    Parameter-free: derived once per process.
    """
    s = sp.symbols("s1:4", real=True)
    K = sp.Matrix([[0, s[0], s[1]], [-s[0], 0, s[2]], [-s[1], -s[2], 0]])
    one = sp.eye(3)
    W = ((one - K) * (one + K).adjugate()).applyfunc(sp.expand)
    delta = sp.expand((one + K).det())
    A = sp.diag(*sp.symbols("m1:4", real=True))
    B = W.T * A * W
    numerator = sp.expand(sum(B[0, k] * B[k, 0] for k in range(3)) - delta**2 * (W.T * A * A * W)[0, 0])
    return numerator / delta**4


def flip_symmetry_proof():
    """F H F − H for the exact H (N = 2…6, symbolic Γ): 0, so eigenvectors of a simple
    spectrum are F-symmetric or antisymmetric."""
    out = []
    for n in range(2, 7):
        H, _, _ = lmg_matrices_exact(n)
        F = dicke_flip(n)
        out.append((F * H * F - H).applyfunc(sp.simplify))
    return {"proof": out}


def approximation_errors_instance_mp(N, g):
    """Relative errors of the two SCS approximations at N: Bogoliubov depletion 1 − X²/(N m*/2)²
    (depletion on) against the SCS variance (1 − m*²)/(N m*²) (the depletion switched off)."""
    q = _pq(N, g)
    return [{"N": int(N), "depletion": float(1 - q["X"] ** 2 / (q["g_mf"] / 2)),
             "scs_variance": float(scs_variance_error_exact(N, g))}]


def depletion_vs_corrections_instances_mp(N, g):
    """The Bogoliubov shift against the two small corrections of App. B.5, under each reading:
    shift relative (δ/(N m*/2)) or absolute (δ); correction the splitting scale e^{−N S_inst}
    or the vacuum overlap g^N.  Returns decades = log10(shift/correction)."""
    delta = depletion_mp(N, g)
    with mpmath.workdps(30):
        rel = delta / (int(N) * mpmath.sqrt(1 - _mpq(g) ** 2) / 2)
        out = []
        for corr_name, corr in (("splitting scale e^-NS", tunnelling_scale_mp(N, g)),
                                ("vacuum overlap g^N", _mpq(vacuum_overlap_exact(N, g)))):
            for shift_name, shift in (("relative", rel), ("absolute", delta)):
                out.append({"N": int(N), "shift": shift_name, "correction": corr_name,
                            "decades": float(mpmath.log10(shift / corr))})
    return out


def depletion_vs_tunnelling_instances_mp(N, g):
    """Relative depletion δ/(N m*/2) against e^{−N S_inst} at every Table 3 size (mp)."""
    out = []
    for n in _sizes(N):
        with mpmath.workdps(30):
            rel = depletion_mp(n, g) / (n * mpmath.sqrt(1 - _mpq(g) ** 2) / 2)
        out.append({"N": n, "relative_depletion": float(rel), "scale": float(tunnelling_scale_mp(n, g))})
    return out


def cross_term_instance_mp(N, g):
    """N m* δ against δ² in X² = N²m*²/4 − N m* δ + δ² (mp)."""
    d = depletion_mp(N, g)
    with mpmath.workdps(30):
        ms = mpmath.sqrt(1 - _mpq(g) ** 2)
        return [{"N": int(N), "cross": float(int(N) * ms * d), "square": float(d * d)}]


def lapack_driver_instances_doc():
    """What scipy.linalg.eigh's docstring documents: the default driver, and 'evd' → dsyevd."""
    import re

    import scipy.linalg as sla
    doc = " ".join((sla.eigh.__doc__ or "").split())
    mm = re.search(r'default for standard problems is "(\w+)"', doc)
    default = mm.group(1) if mm else "?"
    return [{"driver": "default", "routines": ("dsy" + default[1:],)},
            {"driver": "evd", "routines": ("dsyevd",)}]


def pointer_coherence_eigen_proof():
    """D[√γ Xσ_x](|L⟩⟨R|) + 2γX²|L⟩⟨R|: the zero matrix."""
    X = sp.Symbol("X", positive=True)
    sx = sp.Matrix([[0, 1], [1, 0]])
    Lv, Rv = sp.Matrix([1, 1]) / sp.sqrt(2), sp.Matrix([1, -1]) / sp.sqrt(2)
    op = Lv * Rv.T
    return (lindblad.dissipator(sp.sqrt(gamma) * X * sx, op) + 2 * gamma * X**2 * op).applyfunc(sp.simplify)


def dicke_hypotheses_proof():
    """[H, Π], ΠJ_xΠ† + J_x, Π(a + a†)Π† + (a + a†) for the truncated Dicke model: zero matrices."""
    w, w0, lam = sp.symbols("omega omega0 lambda", positive=True)
    n_spins, n_max = 2, 4
    j = sp.Rational(n_spins, 2)
    ms = [sp.Rational(k) - j for k in range(n_spins + 1)]
    Jz = sp.diag(*ms)
    Jx = sp.zeros(n_spins + 1, n_spins + 1)
    for k, mk in enumerate(ms[:-1]):
        Jx[k + 1, k] = Jx[k, k + 1] = sp.sqrt((j - mk) * (j + mk + 1)) / 2
    a = sp.zeros(n_max + 1, n_max + 1)
    for k in range(1, n_max + 1):
        a[k - 1, k] = sp.sqrt(k)
    from sympy.physics.quantum import TensorProduct as kron
    eye_s, eye_b = sp.eye(n_spins + 1), sp.eye(n_max + 1)
    H = w * kron(a.T * a, eye_s) + w0 * kron(eye_b, Jz) + 2 * lam / sp.sqrt(n_spins) * kron(a + a.T, Jx)
    Pi = kron(sp.diag(*[(-1) ** k for k in range(n_max + 1)]), sp.diag(*[(-1) ** int(mk + j) for mk in ms]))
    X, Qf = kron(eye_b, Jx), kron(a + a.T, eye_s)
    return {"proof": [(Pi * H - H * Pi).applyfunc(sp.simplify), Pi * X * Pi.T + X, Pi * Qf * Pi.T + Qf]}


def real_hamiltonian_proof():
    """H − Hᵀ and Im H for the exact H (N = 6, symbolic real Γ): zero."""
    H, _, _ = lmg_matrices_exact(6)
    return {"proof": [H - H.T, H.applyfunc(sp.im)]}


def _jy_elements(v0: dict, v1: dict, n_spins: int):
    """(⟨v0|J_y²|v0⟩, ⟨v1|J_y²|v1⟩, |⟨v0|J_y|v1⟩|) for real full-basis vectors {m: amplitude}.

    2i (J_y v)(m) = c(m−1) v(m−1) − c(m) v(m+1), c(m) = √((j − m)(j + m + 1)); in MPFR at
    mpmath's working precision (each product, difference and square root rounded as mpmath
    rounds it, the sums as mpmath.fsum's: :func:`derive.lmg_mp.fsum_mpfr`), digit for digit the
    mpmath loop kept in the tests (tests/test_lmg_dephasing.py).
    """
    with gmpy2.context(precision=mpmath.mp.prec, round=gmpy2.RoundToNearest):
        ms_all = [mpmath.mpf(k) - mpmath.mpf(n_spins) / 2 for k in range(n_spins + 1)]  # every m
        # c(m_k) = √((N − k)(k + 1)) at m_k = k − N/2: an exact integer under the root
        c = [gmpy2.sqrt(gmpy2.mpfr((n_spins - k) * (k + 1))) for k in range(n_spins + 1)]

        def column(v):   # amplitudes on every m (an odd vector has no m = 0 key: zero there)
            return [_g_exact(v[mk]) if mk in v else None for mk in ms_all]

        def jy_times(u):   # a term beyond the ladder's ends, or at an absent key, is a zero
            out = []
            for k in range(n_spins + 1):
                a = c[k - 1] * u[k - 1] if k >= 1 and u[k - 1] is not None else None
                b = c[k] * u[k + 1] if k + 1 <= n_spins and u[k + 1] is not None else None
                out.append(a - b if a is not None and b is not None else (a if b is None else -b))
            return out
        u0, u1 = column(v0), column(v1)
        w0, w1 = jy_times(u0), jy_times(u1)
        y00 = fsum_mpfr([x * x for x in w0 if x is not None]) / 4
        y11 = fsum_mpfr([x * x for x in w1 if x is not None]) / 4
        # the terms of ⟨v0|J_y|v1⟩ in v0's key order (mpmath.fsum's order, where it runs)
        half = mpmath.mpf(n_spins) / 2
        at = [int(mk + half) for mk in v0]
        y01 = abs(fsum_mpfr([u0[k] * w1[k] for k in at if w1[k] is not None])) / 2
    return y00, y11, y01


def _g_exact(x):
    """An mpmath real as an MPFR number, exactly (the context's precision, or the mantissa's
    where that is longer)."""
    sign, man, exp, bc = x._mpf_
    if not man:
        return gmpy2.mpfr(0)
    if bc > gmpy2.get_context().precision:  # a vector from more digits than the context's
        with gmpy2.context(precision=bc):
            return gmpy2.mul_2exp(gmpy2.mpfr(-man if sign else man), exp)
    return gmpy2.mul_2exp(gmpy2.mpfr(-man if sign else man), exp)


def universality_instances_mp(g, n_large: int = 2000):
    """Exact pointer/eigenstate rate ratio (G_L + X_L²)/G_L in the pointer basis that L itself
    selects (eigenvectors of the doublet-projected L), for the parity-odd L = J_z and L = J_y.

    G_L = ½(⟨E0|L²|E0⟩ + ⟨E1|L²|E1⟩), X_L = |⟨E0|L|E1⟩| (mp sector vectors unfolded).
    """
    lv = lowest_levels_mp(n_large, g, 2, 25)
    v0, v1 = lv[0][1], lv[1][1]
    with mpmath.workdps(25):
        z00 = mpmath.fsum(v0[mk] ** 2 * mk * mk for mk in v0)
        z11 = mpmath.fsum(v1[mk] ** 2 * mk * mk for mk in v1)
        z01 = abs(mpmath.fsum(v0[mk] * v1.get(mk, 0) * mk for mk in v0))
        y00, y11, y01 = _jy_elements(v0, v1, n_large)
        out = []
        for name, a, b, x in (("Jz", z00, z11, z01), ("Jy", y00, y11, y01)):
            G = (a + b) / 2
            out.append({"L": name, "N": n_large, "parity_odd": True, "ratio": float((G + x * x) / G)})
    return out


def eigenstate_rate_form():
    """Γ_01/γ from Eq. (12) with ⟨E0|J_z|E0⟩ = ⟨E1|J_z|E1⟩ = 0 (Eq. (13))."""
    return redfield_factor(*sp.symbols("Jz2_a Jz2_b"), 0, 0)


def pointer_rate_form():
    """Γ_LR/γ from Eq. (12) with ⟨L|J_z²|L⟩ = ⟨R|J_z²|R⟩ = G_eig, ⟨L|J_z|L⟩ = −⟨R|J_z|R⟩ = X (Eq. (14))."""
    G, X = sp.Symbol("G_eig"), sp.Symbol("X")
    return redfield_factor(G, G, X, -X)
