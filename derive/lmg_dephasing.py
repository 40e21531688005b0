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
from derive.lmg_mp import sector_blocks, sector_eigenpair

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


@functools.cache
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
    """
    with mpmath.workdps(dps):
        de, ee, me = sector_blocks(n_spins, gam, +1)
        do, eo, mo = sector_blocks(n_spins, gam, -1)
        E0, a = sector_eigenpair(de, ee, 0, dps)
        E1, b = sector_eigenpair(do, eo, 0, dps)
        E2 = sector_eigenpair(de, ee, 1, dps)[0] if with_e2 and len(de) > 1 else None
        jz2 = tuple(mpmath.fsum(x * x * mk * mk for x, mk in zip(v, ms))
                    for v, ms in ((a, me), (b, mo)))
        shift = len(me) - len(mo)               # even N: the even sector starts at m = 0
        X = abs(mpmath.fsum(x * y * mk for x, y, mk in zip(a[shift:], b, mo)))
    return DoubletHP(E=(E0, E1, E2), jz2=jz2, X=X, dps=dps)


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
    hp = doublet_high_precision(n_spins, gam)
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
    """(N_peak, R_max) by integer ternary search on a unimodal R(N), then a ±2 check."""
    while hi - lo > 4:
        m1, m2 = lo + (hi - lo) // 3, hi - (hi - lo) // 3
        if ratio_high_precision(m1, gam) < ratio_high_precision(m2, gam):
            lo = m1
        else:
            hi = m2
    best = max(range(lo - 2, hi + 3), key=lambda k: ratio_high_precision(k, gam))
    return best, ratio_high_precision(best, gam)


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


def degenerate_rate_over_mean_field_limit() -> sp.Expr:
    """lim 2γX²/(γ G_MF) with X = N m*/2 − δ (Eqs. (29)–(30))."""
    delta = sp.Symbol("delta", real=True)
    return sp.limit(2 * (N * m / 2 - delta) ** 2 / geometric_factor_mean_field(), N, sp.oo)


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
    hp = doublet_high_precision(n_spins, gam)
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
