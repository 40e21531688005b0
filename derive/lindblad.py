"""Symbolic Lindblad dissipators: generic operators and coefficients of the master equation.

Conventions: D[L]ρ = LρL† − ½{L†L, ρ} (ħ = 1), dρ/dt = −i[H, ρ] + D[L]ρ.  Density-matrix
entries are independent symbols ``r_ij`` so that coefficients of one entry in the
equation of another can be read off exactly.

References
----------
H.-P. Breuer and F. Petruccione, The Theory of Open Quantum Systems (OUP, 2002), Sec. 3.2.
"""

from __future__ import annotations

import sympy as sp


def generic_hermitian(n: int, name: str = "a") -> tuple[sp.Matrix, dict]:
    """n×n Hermitian matrix with real diagonal ``name_ii`` and entries x_ij + i y_ij above it.

    Returns
    -------
    (Matrix, dict)
        The matrix and ``{(i, j): (x_ij, y_ij)}`` for i < j.
    """
    M = sp.zeros(n, n)
    entries = {}
    for i in range(n):
        M[i, i] = sp.Symbol(f"{name}_{i}{i}", real=True)
        for j in range(i + 1, n):
            x, y = sp.symbols(f"x{name}_{i}{j} y{name}_{i}{j}", real=True)
            entries[(i, j)] = (x, y)
            M[i, j] = x + sp.I * y
            M[j, i] = x - sp.I * y
    return M, entries


def generic_density(n: int) -> sp.Matrix:
    """n×n matrix of independent symbols r_ij (no Hermiticity imposed)."""
    return sp.Matrix(n, n, lambda i, j: sp.Symbol(f"r_{i}{j}"))


def dissipator(L: sp.Matrix, rho: sp.Matrix) -> sp.Matrix:
    """D[L]ρ = LρL† − ½(L†Lρ + ρL†L)."""
    Ld = L.H
    return L * rho * Ld - (Ld * L * rho + rho * Ld * L) / 2


def liouvillian(H: sp.Matrix, Ls: list[sp.Matrix], rho: sp.Matrix) -> sp.Matrix:
    """−i[H, ρ] + Σ_k D[L_k]ρ."""
    out = -sp.I * (H * rho - rho * H)
    for L in Ls:
        out += dissipator(L, rho)
    return out


def coherence_decay_coefficient(L: sp.Matrix, a: int, b: int) -> sp.Expr:
    """Coefficient of ρ_ab in (D[L]ρ)_ab (the diagonal Redfield element, = −Γ_ab)."""
    rho = generic_density(L.shape[0])
    return sp.expand(dissipator(L, rho)[a, b]).coeff(rho[a, b])


def coupling_coefficient(L: sp.Matrix, target: tuple[int, int], source: tuple[int, int]) -> sp.Expr:
    """Coefficient of ρ_source in (D[L]ρ)_target (an off-diagonal Redfield element)."""
    rho = generic_density(L.shape[0])
    return sp.expand(dissipator(L, rho)[target]).coeff(rho[source])


def superoperator_matrix(H: sp.Matrix, Ls: list[sp.Matrix]) -> sp.Matrix:
    """Matrix of the Liouvillian on vec(ρ) (row-major ordering of the entries r_ij)."""
    n = H.shape[0]
    rho = generic_density(n)
    rhs = liouvillian(H, Ls, rho)
    flat = [rho[i, j] for i in range(n) for j in range(n)]
    return sp.Matrix(n * n, n * n,
                     lambda p, q: sp.expand(rhs[p // n, p % n]).coeff(flat[q]))
