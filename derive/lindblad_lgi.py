"""Exact pieces of the LMG Leggett–Garg analysis: LGI bound, instruments, two-level formulas,
decoherence rates of App. H.

All functions are exact (SymPy / integer arithmetic); the benchmark numbers enter only as
exact rationals where a claim needs a number.

References
----------
lmg_lgi manuscript: App. D (classical bound), Eqs. (18)–(19) (instrument), Eqs. (21)–(23)
(two-level formula and threshold), Eqs. (27)–(29) (secular rates), App. H Eqs. (53)–(59).
"""

from __future__ import annotations

import itertools
from fractions import Fraction

import sympy as sp

# ----------------------------------------------------------------------------------------
# App. D: the macrorealist bound by enumeration
# ----------------------------------------------------------------------------------------


def k3_assignment_maximum(values=(-1, 1)) -> int:
    """max over Q1, Q2, Q3 ∈ ``values`` of Q1Q2 + Q2Q3 − Q1Q3 (exact enumeration)."""
    return max(a * b + b * c - a * c for a, b, c in itertools.product(values, repeat=3))


def k3_assignment_count(values=(-1, 1)) -> int:
    """Number of assignments enumerated (|values|³)."""
    return len(values) ** 3


# ----------------------------------------------------------------------------------------
# Instruments
# ----------------------------------------------------------------------------------------

def _generic_hermitian(n: int, name: str = "r") -> sp.Matrix:
    """n×n Hermitian matrix of independent real symbols."""
    M = sp.zeros(n, n)
    for i in range(n):
        M[i, i] = sp.Symbol(f"{name}{i}{i}", real=True)
        for j in range(i + 1, n):
            x, y = sp.symbols(f"{name}{i}{j}x {name}{i}{j}y", real=True)
            M[i, j], M[j, i] = x + sp.I * y, x - sp.I * y
    return M


def luders_minus_anticommutator(eigenvalues) -> sp.Matrix:
    """P₊ρP₊ − P₋ρP₋ − ½{Q, ρ} for Q = diag(eigenvalues) and a generic Hermitian ρ.

    Q is written in its own eigenbasis (no loss of generality for a Hermitian Q);
    P_± project onto the eigenvalues ±1.
    """
    ev = list(eigenvalues)
    n = len(ev)
    Q = sp.diag(*ev)
    Pp = sp.diag(*[1 if e == 1 else 0 for e in ev])
    Pm = sp.diag(*[1 if e == -1 else 0 for e in ev])
    rho = _generic_hermitian(n)
    return sp.simplify(Pp * rho * Pp - Pm * rho * Pm - (Q * rho + rho * Q) / 2)


def thermal_instrument_offdiagonal() -> sp.Expr:
    """(½{Q, ρ_th})₀₁ for ρ_th = diag(p0, p1), Q = [[0, Q01], [Q01, 0]] (Eq. (19))."""
    p0, p1, q = sp.symbols("p0 p1 Q01", real=True)
    Q = sp.Matrix([[0, q], [q, 0]])
    rho = sp.diag(p0, p1)
    return sp.factor(((Q * rho + rho * Q) / 2)[0, 1])


# ----------------------------------------------------------------------------------------
# Coherent multi-level correlator (Eq. (25))
# ----------------------------------------------------------------------------------------

def coherent_k3_two_level_factor() -> sp.Expr:
    """2cos(ωτ) − cos(2ωτ) at ωτ = π/3: the per-level factor of Eq. (25) for k = 1."""
    x = sp.pi / 3
    return sp.nsimplify(2 * sp.cos(x) - sp.cos(2 * x))


def coherent_correlator_three_level() -> sp.Expr:
    """C(t) = Re⟨0|Q(t)Q|0⟩ for a three-level H = diag(0, w1, w3), Q real symmetric, Q00 = 0.

    Computed from the definition C = Tr[Q U(½{Q, ρ0})U†] and returned simplified; equals
    Σ_k Q_k0² cos(w_k t) (the form behind Eq. (25)).
    """
    t, w1, w3 = sp.symbols("t w1 w3", real=True)
    q10, q30, q13, q11, q33 = sp.symbols("q10 q30 q13 q11 q33", real=True)
    Q = sp.Matrix([[0, q10, q30], [q10, q11, q13], [q30, q13, q33]])
    U = sp.diag(1, sp.exp(-sp.I * w1 * t), sp.exp(-sp.I * w3 * t))
    rho0 = sp.diag(1, 0, 0)
    X = (Q * rho0 + rho0 * Q) / 2
    C = (Q * U * X * U.H).trace()
    return sp.simplify(sp.re(sp.expand_complex(C)))


# ----------------------------------------------------------------------------------------
# Two-level formula, Eqs. (22)–(23)
# ----------------------------------------------------------------------------------------

def two_level_k3(q2, x):
    """K3max = Q01² (e^{−x} + ½ e^{−2x}) with x = πħ/(3ΔE T2) (Eq. (22))."""
    return q2 * (sp.exp(-x) + sp.exp(-2 * x) / 2)


def threshold_xi(q2) -> sp.Expr:
    """Root ξ ∈ (0, 1) of Q01²(ξ + ξ²/2) = 1: ξ = −1 + √(1 + 2/Q01²)."""
    xi = sp.Symbol("xi", positive=True)
    roots = [r for r in sp.solve(sp.Eq(q2 * (xi + xi**2 / 2), 1), xi)]
    return sp.simplify(roots[0])


def threshold_t2_in_units_of_inverse_gap(q2) -> sp.Expr:
    """T2 ΔE/ħ at the two-level threshold: π / (3 ln(1/ξ))."""
    return sp.pi / (3 * sp.log(1 / threshold_xi(q2)))


# ----------------------------------------------------------------------------------------
# Secular decay rates, Eqs. (27)–(29), and App. H
# ----------------------------------------------------------------------------------------

def secular_rate(jz2_a, jz2_b, jz_a, jz_b):
    """Γ_ab/γ = ½(⟨a|J_z²|a⟩ + ⟨b|J_z²|b⟩) − ⟨a|J_z|a⟩⟨b|J_z|b⟩ (Eq. (27))."""
    return sp.Rational(1, 2) * (jz2_a + jz2_b) - jz_a * jz_b


def collective_rate_mean_field() -> sp.Expr:
    """Γ_coll/γ for |P⟩, |R⟩ with J_z → ±N m*/2 (Eqs. (58)–(59)): N² m*² / 2."""
    N, m = sp.symbols("N m_star", positive=True)
    z = N * m / 2
    return sp.factor(secular_rate(z**2, z**2, z, -z))


def local_rate_per_spin() -> sp.Expr:
    """−d/dt ln⟨n|ρ|n'⟩ at t = 0 per spin for L = √γ σ_z, spin-coherent |n⟩, |n'⟩ (App. H).

    |n⟩ has ⟨σ_z⟩ = m, |n'⟩ has ⟨σ_z⟩ = −m (same azimuth); ρ = |n⟩⟨n'|.  The dissipator
    γ(σρσ − ρ) is projected on |n⟩⟨n'| exactly (σ_z² = 1).  Result in units of γ.
    """
    m = sp.Symbol("m", real=True)
    c, s = sp.sqrt((1 + m) / 2), sp.sqrt((1 - m) / 2)
    n1 = sp.Matrix([c, s])
    n2 = sp.Matrix([s, c])  # ⟨σ_z⟩ = −m
    sz = sp.diag(1, -1)
    rho = n1 * n2.T
    D = sz * rho * sz - rho
    proj = (n1.T * D * n2)[0] / ((n1.T * n1)[0] * (n2.T * n2)[0])
    return sp.simplify(-proj)


def local_rate_total() -> sp.Expr:
    """1/(γ T2_local) for N independent spins: N(1 + m*²) (Eq. (57))."""
    N = sp.Symbol("N", positive=True)
    m = sp.Symbol("m", real=True)
    return N * local_rate_per_spin().subs(m, sp.Symbol("m_star", positive=True))


def m_star_squared(gamma_over_j: Fraction) -> Fraction:
    """m*² = 1 − (Γ/J)², exact."""
    return 1 - Fraction(gamma_over_j) ** 2
