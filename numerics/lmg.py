"""Lipkin–Meshkov–Glick (LMG) engine in the symmetric Dicke sector.

Exact diagonalisation of

    H = −(2J/N) J_z² − 2Γ J_x − 2h J_z        (ħ = 1)

on the (N+1)-dimensional spin-j = N/2 multiplet, with

* O(N·k) lowest eigenpairs of the tridiagonal matrix (LAPACK ``stebz``/``stein``),
* the exact parity (m → −m) block decomposition at h = 0,
* the ground-doublet tunnel splitting ΔE = E1 − E0 with a certified error bar: double
  precision when it resolves ΔE, otherwise Newton/Sturm refinement of each parity
  sector's ground energy in mpmath at a precision chosen from the error estimate,
* an independent, precision-free route to ΔE (a discrete Wronskian/Herring identity,
  :func:`splitting_wronskian`) that works in double precision up to N ~ 10⁶.

Notes
-----
Conventions used throughout the module:

* Basis |m⟩, m = −j, …, j ascending (index ``i = m + j``); ``m`` arrays are floats, exact
  half-integers for odd N.
* J_± are the standard ladder operators, ⟨m+1|J_+|m⟩ = √(j(j+1) − m(m+1)) = √((j−m)(j+m+1))
  (the factored form is used: it is an exact integer product). J_x = (J_+ + J_−)/2.
* So H is real symmetric tridiagonal: diagonal −(2J/N) m² − 2h m, off-diagonal
  −Γ √((j−m)(j+m+1)) between m and m+1.
* Parity: the reflection R|m⟩ = |−m⟩ commutes with H at h = 0; P = exp(iπJ_x) acts as R up
  to a global phase, so "even/odd" below means R = ±1. Sector bases are ordered by
  ascending m ≥ 0: even {|0⟩ (even N only), (|m⟩+|−m⟩)/√2}, odd {(|m⟩−|−m⟩)/√2}.
* Ordering theorem (used, and tested): for h = 0, Γ ≠ 0 the two sector spectra strictly
  interlace. For even N the odd block is the even block with its first row/column deleted
  (Cauchy interlacing of an irreducible tridiagonal); for odd N the blocks differ by the
  rank-one term ∓2Γ(j+½)|½⟩⟨½|. Hence for Γ > 0 the full spectrum alternates
  e₁ < o₁ < e₂ < o₂ < …: E0 is the even-sector ground, E1 the odd-sector ground, ΔE > 0.
* Parity eigenvectors are returned with all components of the sector ground states
  positive (Perron–Frobenius for Γ > 0); in general the largest-|component| of the sector
  vector (equivalently of the m ≥ 0 half) is made positive. Non-parity eigenvectors
  (h ≠ 0) have their largest-|component| positive.
* Model parameters given as Python floats are taken as exact binary numbers when
  lifted to mpmath.

References
----------
.. [1] "Classically forbidden signatures of quantum coherence in the mesoscopic
   Lipkin–Meshkov–Glick model" (paper key ``lmg_lgi``), /work/shared/manuscripts/
   002_9e6c3c1b1fdb9ba8.txt, Eq. (1) (Hamiltonian), App. G (instanton action).
.. [2] "Which coherence decoheres? Basis-dependent decoherence rates in symmetry-broken
   collective spin systems" (paper key ``lmg_dephasing``), /work/shared/manuscripts/
   003_391ba59f5db62018.txt, Sec. 6 (parity proposition).
.. [3] W. Kahan, "Accurate eigenvalues of a symmetric tri-diagonal matrix", Stanford
   CS report CS41 (1966) — backward stability of the Sturm/LDLᵀ pivot recurrence.
.. [4] I. S. Dhillon and B. N. Parlett, "Orthogonal eigenvectors and relative gaps",
   SIAM J. Matrix Anal. Appl. 25, 858 (2004) — twisted factorisations.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

import mpmath
import numpy as np
from scipy.linalg import eigh_tridiagonal
from scipy.linalg.lapack import dpttrf

from numerics import _domain

__all__ = [
    "Doublet",
    "SplittingResult",
    "WronskianSplitting",
    "doublet",
    "expectation",
    "apply_operator",
    "hamiltonian_dense",
    "hamiltonian_tridiagonal",
    "instanton_action",
    "jx_offdiag",
    "jz2_diag",
    "jz_diag",
    "lowest_eigenpairs",
    "lowest_eigenpairs_parity",
    "m_star",
    "m_values",
    "parity_sectors",
    "sector_to_full",
    "sgn_jz_diag",
    "spectrum_dense",
    "splitting",
    "splitting_double",
    "splitting_wronskian",
]

EPS = float(np.finfo(float).eps)

#: Absolute error of one double-precision sector eigenvalue, in units of eps·‖T‖₁:
#: ``stebz`` stops on an interval of width eps·‖T‖₁ (its default abstol) and its Sturm
#: counts are exact for a matrix perturbed entrywise by ≲ 2.5 eps (Kahan [3]).
DOUBLE_EIG_ERR_FACTOR = 4.0
#: Rounding floor of one mpmath sector eigenvalue, in units of u·‖T‖₁ (u = 2^(1−prec)):
#: the same backward-error bound with a safety factor > 3.
MP_EIG_ERR_FACTOR = 8.0
#: Extra decimal digits on top of (cancellation digits + requested digits): covers the
#: factor MP_EIG_ERR_FACTOR, the two eigenvalues, and the ΔE prediction being off by ~10³.
DPS_MARGIN = 5
#: Extra digits of the verification pass that re-does the refinement to check the error bar.
VERIFY_EXTRA_DPS = 10
#: Lowest precision ever used for the mpmath route (below it double precision is as good).
MIN_DPS = 20
MAX_NEWTON_ITERATIONS = 200


# ----------------------------------------------------------------------------------------
# Operator pieces in the Dicke basis
# ----------------------------------------------------------------------------------------

def _check_N(N: int) -> int:
    if int(N) != N or N < 1:
        raise ValueError(f"N must be a positive integer, got {N!r}")
    return int(N)


def m_values(N: int) -> np.ndarray:
    """Dicke quantum numbers m = −N/2, …, N/2 (ascending, float, exact half-integers)."""
    _domain.spins("lmg.m_values", N, 1)
    N = _check_N(N)
    return np.arange(N + 1, dtype=float) - N / 2


def _ladder_squared(N: int) -> np.ndarray:
    """(j − m)(j + m + 1) for m = −j, …, j−1: |⟨m+1|J_+|m⟩|², exact integers as floats."""
    m = m_values(N)[:-1]
    j = N / 2
    return (j - m) * (j + m + 1)


def jz_diag(N: int) -> np.ndarray:
    """Diagonal of J_z in the Dicke basis (= m)."""
    return m_values(N)


def jz2_diag(N: int) -> np.ndarray:
    """Diagonal of J_z² in the Dicke basis (= m²)."""
    return m_values(N) ** 2


def sgn_jz_diag(N: int) -> np.ndarray:
    """Diagonal of sgn(J_z) with the convention sgn(0) = 0."""
    return np.sign(m_values(N))


def jx_offdiag(N: int) -> np.ndarray:
    """Off-diagonal ⟨m+1|J_x|m⟩ = ½√((j−m)(j+m+1)), m = −j … j−1 (J_x has zero diagonal)."""
    return 0.5 * np.sqrt(_ladder_squared(N))


def apply_operator(op, vec: np.ndarray) -> np.ndarray:
    """Apply an operator given as diagonal, ``(diag, offdiag)`` tridiagonal or dense matrix.

    Parameters
    ----------
    op : array_like or tuple
        1-D array: diagonal operator. ``(diag, off)``: real symmetric tridiagonal (``diag``
        may be ``None`` for zero diagonal). 2-D array: dense matrix.
    vec : ndarray
        Vector (n,) or matrix of column vectors (n, k).
    """
    x = np.asarray(vec)
    if isinstance(op, tuple):
        diag, off = op
        off = np.asarray(off)
        y = np.zeros_like(x, dtype=np.result_type(x, off, float))
        if diag is not None:
            y += _bcast(np.asarray(diag), x) * x
        y[:-1] += _bcast(off, x) * x[1:]
        y[1:] += _bcast(off, x) * x[:-1]
        return y
    op = np.asarray(op)
    if op.ndim == 1:
        return _bcast(op, x) * x
    return op @ x


def _bcast(coeff: np.ndarray, x: np.ndarray) -> np.ndarray:
    return coeff[:, None] if x.ndim == 2 else coeff


def expectation(vec_a, op_diag_or_tridiag, vec_b):
    """Matrix element ⟨a|O|b⟩ (conjugating ``vec_a``).

    Parameters
    ----------
    vec_a, vec_b : ndarray
        Vectors (n,) or column stacks (n, k); for stacks the matrix ⟨a_i|O|b_j⟩ is returned.
    op_diag_or_tridiag : array_like or tuple
        See :func:`apply_operator`, e.g. ``jz_diag(N)``, ``jz2_diag(N)``, ``sgn_jz_diag(N)``
        or ``(None, jx_offdiag(N))`` for J_x.

    Returns
    -------
    float or complex or ndarray
    """
    a = np.asarray(vec_a)
    y = apply_operator(op_diag_or_tridiag, vec_b)
    res = a.conj().T @ y
    return res.item() if np.ndim(res) == 0 else res


# ----------------------------------------------------------------------------------------
# Hamiltonian
# ----------------------------------------------------------------------------------------

def hamiltonian_tridiagonal(N: int, Gamma: float, J: float = 1.0,
                            h: float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(diag, offdiag, m) of H in the Dicke basis, m ascending.

    Parameters
    ----------
    N : int
        Number of spins (j = N/2, dimension N + 1).
    Gamma, J, h : float
        Transverse field, Kac-normalised coupling, longitudinal field (same units).

    Returns
    -------
    diag : ndarray (N+1,)
        −(2J/N) m² − 2h m.
    offdiag : ndarray (N,)
        ⟨m+1|H|m⟩ = −Γ √((j−m)(j+m+1)).
    m : ndarray (N+1,)

    Notes
    -----
    H = −(2J/N) J_z² − 2Γ J_x − 2h J_z, Eq. (1) of [1] with Ĵ = ½Σσ̂.

    References
    ----------
    .. [1] ``lmg_lgi``, /work/shared/manuscripts/002_9e6c3c1b1fdb9ba8.txt, Eq. (1).
    """
    _domain.spins("lmg.hamiltonian_tridiagonal", N, 1)
    _domain.real("lmg.hamiltonian_tridiagonal", Gamma=Gamma, h=h)
    _domain.positive("lmg.hamiltonian_tridiagonal", J=J)
    N = _check_N(N)
    m = m_values(N)
    diag = -(2.0 * J / N) * m**2 - 2.0 * h * m
    off = -Gamma * np.sqrt(_ladder_squared(N))
    return diag, off, m


def hamiltonian_dense(N: int, Gamma: float, J: float = 1.0, h: float = 0.0) -> np.ndarray:
    """Dense (N+1)×(N+1) H (small N only: tests and cross-checks)."""
    diag, off, _ = hamiltonian_tridiagonal(N, Gamma, J, h)
    return np.diag(diag) + np.diag(off, 1) + np.diag(off, -1)


def _fix_sign_columns(V: np.ndarray) -> np.ndarray:
    """Make the largest-|component| of each column positive (first one on exact ties)."""
    if V.size == 0:
        return V
    idx = np.argmax(np.abs(V), axis=0)
    signs = np.sign(V[idx, np.arange(V.shape[1])])
    signs[signs == 0] = 1.0
    return V * signs


def spectrum_dense(N: int, Gamma: float, J: float = 1.0,
                   h: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """All eigenpairs by ``numpy.linalg.eigh`` (small N cross-checks).

    Returns
    -------
    E : ndarray (N+1,), ascending
    V : ndarray (N+1, N+1), columns, largest-|component| positive

    Both arrays are read-only: one diagonalisation per (N, Γ, J, h) is kept (the last
    :data:`DENSE_CACHE_SIZE`) and shared by every caller.
    """
    _domain.spins("lmg.spectrum_dense", N, 1)   # the input checks come before the cache:
    _domain.real("lmg.spectrum_dense", Gamma=Gamma, h=h)   # True or 3.0 must not hit 1 or 3
    _domain.positive("lmg.spectrum_dense", J=J)
    return _spectrum_dense(int(N), float(Gamma), float(J), float(h))


#: How many dense spectra :func:`spectrum_dense` keeps (≈ 1 MB each at N = 370).
DENSE_CACHE_SIZE = 64


@functools.lru_cache(maxsize=DENSE_CACHE_SIZE)
def _spectrum_dense(N: int, Gamma: float, J: float, h: float) -> tuple[np.ndarray, np.ndarray]:
    """:func:`spectrum_dense` on checked, normalised inputs (the cache key)."""
    E, V = np.linalg.eigh(hamiltonian_dense(N, Gamma, J, h))
    V = _fix_sign_columns(V)
    E.flags.writeable = False
    V.flags.writeable = False
    return E, V


# ----------------------------------------------------------------------------------------
# Parity sectors
# ----------------------------------------------------------------------------------------

def parity_sectors(N: int, Gamma: float, J: float = 1.0) -> dict:
    """Tridiagonal blocks of H (h = 0) in the even/odd sectors of R: m → −m.

    Returns
    -------
    dict
        ``'even'``, ``'odd'``: ``(diag, off)`` of each block, basis ordered by ascending
        m ≥ 0; ``'m_even'``, ``'m_odd'``: the m ≥ 0 label of each sector basis state;
        ``'embed_even'``, ``'embed_odd'``: ``(idx_plus, idx_minus, c_plus, c_minus)``
        so that the full Dicke vector of a sector vector v is
        ``full[idx_plus] += c_plus*v; full[idx_minus] += c_minus*v`` (see
        :func:`sector_to_full`); ``'N'``; ``'norm1'``: the 1-norms of the two blocks.

    Notes
    -----
    With |m, ±⟩ = (|m⟩ ± |−m⟩)/√2 and H symmetric under m → −m,
    ⟨m,s|H|m',s⟩ = ⟨m|H|m'⟩ + s⟨m|H|−m'⟩ for m, m' > 0. The second term is non-zero only
    for m + m' = 1:

    * even N: the m ≥ 1 block is shared by both sectors; the even sector has the extra
      state |0⟩ with ⟨0|H|1,+⟩ = √2⟨0|H|1⟩ and the odd sector has no m = 0 state;
    * odd N: m = m' = ½ gives the diagonal shift s⟨½|H|−½⟩ = −sΓ(j+½) on the first
      element: even gets d(½) − Γ(j+½), odd gets d(½) + Γ(j+½).
    """
    _domain.spins("lmg.parity_sectors", N, 1)
    _domain.real("lmg.parity_sectors", Gamma=Gamma)
    _domain.positive("lmg.parity_sectors", J=J)
    N = _check_N(N)
    diag, off, m = hamiltonian_tridiagonal(N, Gamma, J, 0.0)
    i0 = (N + 1) // 2        # full index of the smallest m ≥ 0 (m = 0 or ½)
    d_pos, e_pos, m_pos = diag[i0:], off[i0:], m[i0:]
    n_pos = m_pos.size
    idx_plus = np.arange(i0, N + 1)
    idx_minus = N - idx_plus  # index of −m
    s2 = 1.0 / math.sqrt(2.0)
    if N % 2 == 0:
        d_even, e_even = d_pos.copy(), e_pos.copy()
        e_even[0] *= math.sqrt(2.0)
        d_odd, e_odd = d_pos[1:].copy(), e_pos[1:].copy()
        c_plus = np.full(n_pos, s2)
        c_plus[0] = 1.0
        c_minus = np.full(n_pos, s2)
        c_minus[0] = 0.0
        embed_even = (idx_plus, idx_minus, c_plus, c_minus)
        embed_odd = (idx_plus[1:], idx_minus[1:], np.full(n_pos - 1, s2), np.full(n_pos - 1, -s2))
        m_even, m_odd = m_pos, m_pos[1:]
    else:
        c_mid = -Gamma * (N / 2 + 0.5)  # ⟨½|H|−½⟩ = −Γ√(j(j+1)+¼) = −Γ(j+½)
        d_even, d_odd = d_pos.copy(), d_pos.copy()
        d_even[0] += c_mid
        d_odd[0] -= c_mid
        e_even, e_odd = e_pos.copy(), e_pos.copy()
        embed_even = (idx_plus, idx_minus, np.full(n_pos, s2), np.full(n_pos, s2))
        embed_odd = (idx_plus, idx_minus, np.full(n_pos, s2), np.full(n_pos, -s2))
        m_even, m_odd = m_pos, m_pos
    return {
        "even": (d_even, e_even),
        "odd": (d_odd, e_odd),
        "m_even": m_even,
        "m_odd": m_odd,
        "embed_even": embed_even,
        "embed_odd": embed_odd,
        "N": N,
        "norm1": {"even": _norm1(d_even, e_even), "odd": _norm1(d_odd, e_odd)},
    }


def _norm1(d: np.ndarray, e: np.ndarray) -> float:
    """1-norm (max column sum) of a symmetric tridiagonal matrix."""
    col = np.abs(d).astype(float)
    col[:-1] += np.abs(e)
    col[1:] += np.abs(e)
    return float(col.max()) if col.size else 0.0


def sector_to_full(vec: np.ndarray, parity: str, N: int) -> np.ndarray:
    """Map sector vector(s) (n_s,) or (n_s, k) back to the full Dicke basis (N+1, ...)."""
    _domain.spins("lmg.sector_to_full", N, 1)
    _domain.one_of("lmg.sector_to_full", "parity", parity, ("even", "odd"))
    idx_p, idx_m, c_p, c_m = _embedding(N, parity)
    v = np.asarray(vec)
    full = np.zeros((N + 1,) + v.shape[1:], dtype=v.dtype)
    np.add.at(full, idx_p, _bcast(c_p, v) * v)
    np.add.at(full, idx_m, _bcast(c_m, v) * v)
    return full


def _embedding(N: int, parity: str):
    N = _check_N(N)
    i0 = (N + 1) // 2
    idx_plus = np.arange(i0, N + 1)
    idx_minus = N - idx_plus
    n = idx_plus.size
    s2 = 1.0 / math.sqrt(2.0)
    if parity not in ("even", "odd"):
        raise ValueError("parity must be 'even' or 'odd'")
    sgn = 1.0 if parity == "even" else -1.0
    c_p, c_m = np.full(n, s2), np.full(n, sgn * s2)
    if N % 2 == 0:
        if parity == "even":
            c_p[0], c_m[0] = 1.0, 0.0
        else:
            idx_plus, idx_minus, c_p, c_m = idx_plus[1:], idx_minus[1:], c_p[1:], c_m[1:]
    return idx_plus, idx_minus, c_p, c_m


def _sector_lowest(d: np.ndarray, e: np.ndarray, k: int, vectors: bool = True):
    """Lowest k eigenpairs of one block (stebz + stein), sector-vector sign fixed."""
    k = min(k, d.size)
    if k == 0:
        return np.empty(0), np.empty((d.size, 0))
    res = eigh_tridiagonal(d, e, eigvals_only=not vectors, select="i",
                           select_range=(0, k - 1))
    if not vectors:
        return res, None
    w, v = res
    return w, _fix_sign_columns(v)


# ----------------------------------------------------------------------------------------
# Lowest eigenpairs
# ----------------------------------------------------------------------------------------

def lowest_eigenpairs_parity(N: int, Gamma: float, k: int = 2,
                             J: float = 1.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Lowest k eigenpairs at h = 0 as parity eigenstates, with their parities.

    Returns
    -------
    E : ndarray (k,)
        Energies in the exact order of the interlacing theorem (see module Notes), made
        non-decreasing with ``np.maximum.accumulate`` (changes a value only when rounding
        inverted a pair whose true order is known, and then by ≤ its rounding error).
    V : ndarray (N+1, k)
        Dicke-basis columns; sector vectors have their largest-|component| positive.
    parity : ndarray (k,) of int
        +1 (even) or −1 (odd).

    Notes
    -----
    For Γ ≠ 0 the spectrum alternates parity (even first, except odd N with Γ < 0), so only
    ⌈k/2⌉ and ⌊k/2⌋ eigenpairs are requested from the two blocks.
    """
    _domain.spins("lmg.lowest_eigenpairs_parity", N, 1)
    _domain.integer("lmg.lowest_eigenpairs_parity", 1, k=k)
    _domain.real("lmg.lowest_eigenpairs_parity", Gamma=Gamma)
    _domain.positive("lmg.lowest_eigenpairs_parity", J=J)
    N = _check_N(N)
    if not 1 <= k <= N + 1:
        raise ValueError(f"need 1 <= k <= N+1, got k={k}")
    sec = parity_sectors(N, Gamma, J)
    if Gamma == 0.0:
        return _lowest_parity_sorted(N, sec, k)
    first = "odd" if (N % 2 == 1 and Gamma < 0) else "even"
    second = "even" if first == "odd" else "odd"
    k1, k2 = (k + 1) // 2, k // 2
    w1, v1 = _sector_lowest(*sec[first], k1)
    w2, v2 = _sector_lowest(*sec[second], k2)
    E = np.empty(k)
    V = np.empty((N + 1, k))
    par = np.empty(k, dtype=int)
    E[0::2], E[1::2] = w1, w2
    V[:, 0::2] = sector_to_full(v1, first, N)
    V[:, 1::2] = sector_to_full(v2, second, N)
    par[0::2] = 1 if first == "even" else -1
    par[1::2] = -par[0]
    return np.maximum.accumulate(E), V, par


def _lowest_parity_sorted(N: int, sec: dict, k: int):
    """Γ = 0: degenerate ±m pairs, no interlacing order; sort (even first on ties)."""
    we, ve = _sector_lowest(*sec["even"], k)
    wo, vo = _sector_lowest(*sec["odd"], k)
    E = np.concatenate([we, wo])
    V = np.concatenate([sector_to_full(ve, "even", N), sector_to_full(vo, "odd", N)], axis=1)
    par = np.concatenate([np.ones(we.size, int), -np.ones(wo.size, int)])
    order = np.lexsort((-par, E))[:k]
    return E[order], V[:, order], par[order]


def lowest_eigenpairs(N: int, Gamma: float, k: int = 2, J: float = 1.0,
                      h: float = 0.0, *,
                      use_parity: bool | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Lowest k eigenvalues (ascending) and eigenvectors (columns, Dicke basis, (N+1)×k).

    Uses ``scipy.linalg.eigh_tridiagonal(select='i')`` (LAPACK bisection ``stebz`` +
    inverse iteration ``stein``), memory O(N k), time O(N k).

    Parameters
    ----------
    N, Gamma, J, h : see :func:`hamiltonian_tridiagonal`
    k : int
        Number of eigenpairs.
    use_parity : bool, optional
        Default: ``True`` when h == 0. Then the two parity blocks are diagonalised
        separately (:func:`lowest_eigenpairs_parity`), which returns clean parity
        eigenstates even when the doublet splitting is far below double-precision
        resolution (the full-matrix route would return an arbitrary rotation of the
        doublet there).

    Returns
    -------
    E : ndarray (k,)
    V : ndarray (N+1, k)

    Notes
    -----
    Sign convention: parity eigenstates have the largest-|component| of their m ≥ 0 half
    positive (ground states of both sectors: every component at m > 0 positive); other
    eigenvectors have their largest-|component| positive. Eigenvalues of different
    eigenvectors agree with the exact ones to ≈ 4 eps‖H‖₁ each.
    """
    _domain.spins("lmg.lowest_eigenpairs", N, 1)
    _domain.integer("lmg.lowest_eigenpairs", 1, k=k)
    _domain.real("lmg.lowest_eigenpairs", Gamma=Gamma, h=h)
    _domain.positive("lmg.lowest_eigenpairs", J=J)
    N = _check_N(N)
    if use_parity is None:
        use_parity = h == 0.0
    if use_parity:
        if h != 0.0:
            raise ValueError("parity is a symmetry only at h = 0")
        E, V, _ = lowest_eigenpairs_parity(N, Gamma, k, J)
        return E, V
    if not 1 <= k <= N + 1:
        raise ValueError(f"need 1 <= k <= N+1, got k={k}")
    diag, off, _ = hamiltonian_tridiagonal(N, Gamma, J, h)
    return _sector_lowest(diag, off, k)


# ----------------------------------------------------------------------------------------
# Semiclassical reference quantities
# ----------------------------------------------------------------------------------------

def m_star(Gamma: float, J: float = 1.0) -> float:
    """Mean-field order parameter m* = √(1 − Γ²/J²) (ordered phase |Γ| < J)."""
    _domain.field_ratio("lmg.m_star", Gamma, J, closed=True)
    return math.sqrt(1.0 - (Gamma / J) ** 2)


def instanton_action(Gamma: float, J: float = 1.0) -> float:
    """Intensive instanton action S_inst = artanh(m*) − m*, [1] Eq. (52).

    References
    ----------
    .. [1] ``lmg_lgi``, App. G, Eqs. (51)–(52).
    """
    _domain.field_ratio("lmg.instanton_action", Gamma, J)
    ms = m_star(Gamma, J)
    return math.atanh(ms) - ms


# ----------------------------------------------------------------------------------------
# Splitting: double precision and mpmath refinement
# ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SplittingResult:
    """Outcome of :func:`splitting`.

    Attributes
    ----------
    value : float or mpmath.mpf or None
        ΔE = E1 − E0 (E_odd − E_even), ``None`` when ``decided`` is False.
    abs_error_estimate : float or mpmath.mpf or None
        Absolute error bound (see :func:`splitting` Notes).
    method : str
        ``'double'`` or ``'mpmath dps=<dps>'`` (the precision of the reported value).
    dps : int or None
        Decimal precision of the reported value (None for double).
    decided : bool
    reason : str
        How the value was decided, or why it could not be.
    E_even, E_odd : float or mpmath.mpf or None
        The two sector ground energies behind ``value``.
    tried_dps : tuple of int
        Every mpmath precision that was run.
    """

    value: object
    abs_error_estimate: object
    method: str
    dps: int | None
    decided: bool
    reason: str
    E_even: object = None
    E_odd: object = None
    tried_dps: tuple = field(default_factory=tuple)

    @property
    def rel_error_estimate(self) -> float:
        """|error| / |value| as a float (inf if undecided)."""
        if not self.decided or self.value == 0:
            return math.inf
        return float(abs(self.abs_error_estimate) / abs(self.value))

    @property
    def significant_digits(self) -> int:
        """Number of significant digits the error bar supports (0 if undecided)."""
        r = self.rel_error_estimate
        if not math.isfinite(r):
            return 0
        return max(0, int(math.floor(-math.log10(r)))) if r > 0 else 99


def _double_sector_grounds(sec: dict) -> dict:
    """Ground energy of each parity block in double precision, with absolute error bars."""
    out = {}
    for p in ("even", "odd"):
        d, e = sec[p]
        w, _ = _sector_lowest(d, e, 1, vectors=False)
        out[p] = float(w[0])
        out[p + "_err"] = DOUBLE_EIG_ERR_FACTOR * EPS * sec["norm1"][p]
    return out


def _double_result(dbl: dict, rel_tol: float) -> SplittingResult:
    val = dbl["odd"] - dbl["even"]
    err = dbl["even_err"] + dbl["odd_err"]
    ok = val > 0 and err <= rel_tol * val
    reason = ("double precision resolves ΔE to rel_tol" if ok else
              f"double precision: ΔE_d = {val:.3e} ± {err:.1e} does not reach "
              f"rel_tol {rel_tol:.0e}")
    return SplittingResult(val if ok else None, err, "double", None, ok, reason,
                           dbl["even"], dbl["odd"])


def splitting_double(N: int, Gamma: float, J: float = 1.0, *,
                     rel_tol: float = 1e-10) -> SplittingResult:
    """The double-precision route of :func:`splitting` alone (no escalation).

    Returns
    -------
    SplittingResult
        ``abs_error_estimate`` = 4 eps(‖T_even‖₁ + ‖T_odd‖₁) is always set; ``value`` is
        ``None`` (``decided=False``) unless the bar is ≤ rel_tol·ΔE_d. ``E_even``/``E_odd``
        hold the two double-precision sector ground energies in either case.
    """
    _domain.doublet("lmg.splitting_double", N, Gamma, J)
    _domain.positive("lmg.splitting_double", rel_tol=rel_tol)
    N = _check_splitting_args(N, Gamma)
    return _double_result(_double_sector_grounds(parity_sectors(N, Gamma, J)), rel_tol)


def _check_splitting_args(N: int, Gamma: float) -> int:
    N = _check_N(N)
    if not Gamma > 0:
        # For Γ < 0 and odd N the roles of the sectors swap; Γ = 0 is exactly degenerate.
        raise ValueError("the doublet (E0 even, E1 odd) is defined here for Gamma > 0, "
                         f"got {Gamma}")
    return N


def _sector_mp(N: int, Gamma: float, J: float, parity: str):
    """Diagonal and squared off-diagonal of a parity block as mpf at the current precision.

    Built from exact integers (m², (j−m)(j+m+1)) and the binary values of J and Γ, so each
    entry carries one rounding of the working precision.
    """
    G, Jm, Nm = mpmath.mpf(Gamma), mpmath.mpf(J), mpmath.mpf(N)
    two_m = list(range(N % 2, N + 1, 2))                  # 2m for m ≥ 0, ascending
    D = [-(2 * Jm / Nm) * (mpmath.mpf(t) / 2) ** 2 for t in two_m]
    E2 = [G**2 * mpmath.mpf((N - t) * (N + t + 2)) / 4 for t in two_m[:-1]]
    if N % 2 == 0:
        if parity == "even":
            E2[0] *= 2                                    # ⟨0|H|1,+⟩ = √2⟨0|H|1⟩
        else:
            D, E2 = D[1:], E2[1:]                        # no m = 0 state
    else:
        c_mid = G * (Nm + 1) / 2                          # −⟨½|H|−½⟩ = Γ(j+½)
        D[0] = D[0] - c_mid if parity == "even" else D[0] + c_mid
    return D, E2


def _newton_sum(D, E2, lam):
    """Σ q_i'/q_i = (d/dλ) ln det(T − λ) from the LDLᵀ pivot recurrence, and #q_i < 0.

    q_0 = d_0 − λ, q_i = d_i − λ − e²_{i−1}/q_{i−1}; q_i' = −1 + e²_{i−1} q_{i−1}'/q²_{i−1}.
    An exactly zero pivot is replaced by a tiny one (standard Sturm-sequence practice).
    """
    tiny = mpmath.mpf(2) ** (-4 * mpmath.mp.prec)
    q = D[0] - lam
    if q == 0:
        q = tiny
    dq = mpmath.mpf(-1)
    s = dq / q
    neg = int(q < 0)
    for i in range(1, len(D)):
        t = E2[i - 1] / q
        dq = t * dq / q - 1
        q = D[i] - lam - t
        if q == 0:
            q = tiny
        s += dq / q
        neg += q < 0
    return s, neg


def _sturm_count(D, E2, lam) -> int:
    """Number of eigenvalues of the block below ``lam`` (negative LDLᵀ pivots of T − λ)."""
    tiny = mpmath.mpf(2) ** (-4 * mpmath.mp.prec)
    q = D[0] - lam
    if q == 0:
        q = tiny
    neg = int(q < 0)
    for i in range(1, len(D)):
        q = D[i] - lam - E2[i - 1] / q
        if q == 0:
            q = tiny
        neg += q < 0
    return neg


@dataclass(frozen=True)
class _MpGround:
    lam: object          # mpf
    err: object          # mpf, certified half-width of the Sturm bracket
    certified: bool
    iterations: int
    message: str


def _refine_ground_mp(N, Gamma, J, parity, dps, start, norm1) -> _MpGround:
    """Lowest eigenvalue of one parity block to ~u‖T‖₁ at ``dps`` digits, Sturm-certified.

    Newton on det(T − λ) started below the lowest root: for a polynomial with only real
    roots the iterates then increase monotonically to the smallest root. The result is
    certified by Sturm counts: #eig < λ−δ = 0 and #eig < λ+δ = 1 with δ the error bar.
    """
    with mpmath.workdps(dps):
        D, E2 = _sector_mp(N, Gamma, J, parity)
        u = mpmath.mpf(2) ** (1 - mpmath.mp.prec)
        floor = MP_EIG_ERR_FACTOR * u * mpmath.mpf(norm1)
        lam = mpmath.mpf(start)
        step = mpmath.inf
        it = 0
        for it in range(1, MAX_NEWTON_ITERATIONS + 1):
            s, _ = _newton_sum(D, E2, lam)
            step = -1 / s
            lam = lam + step
            if abs(step) <= 2 * floor:
                break
        else:
            return _MpGround(lam, mpmath.inf, False, it, "Newton did not converge")
        err = 2 * abs(step) + floor
        below = _sturm_count(D, E2, lam - err)
        upto = _sturm_count(D, E2, lam + err)
        ok = below == 0 and upto == 1
        msg = "" if ok else (f"Sturm counts {below}, {upto} (want 0, 1) around "
                             f"λ ± {mpmath.nstr(err, 3)}")
        return _MpGround(+lam, +err, ok, it, msg)


def _mp_splitting_at(N, Gamma, J, dps, starts, sec, verify):
    """ΔE at ``dps`` digits (and a verification pass at dps + VERIFY_EXTRA_DPS).

    Returns (value, err, dps_reported, E_even, E_odd, failure_message or "").
    """
    g = {}
    for p in ("even", "odd"):
        g[p] = _refine_ground_mp(N, Gamma, J, p, dps, starts[p], sec["norm1"][p])
        if not g[p].certified:
            return None, None, dps, None, None, f"{p} sector at dps={dps}: {g[p].message}"
    with mpmath.workdps(dps):
        value = g["odd"].lam - g["even"].lam
        err = g["odd"].err + g["even"].err
    if not verify:
        return value, err, dps, g["even"].lam, g["odd"].lam, ""
    # Precision raised by VERIFY_EXTRA_DPS: an independent re-run whose disagreement with
    # the first pass tests the a-priori error bar (and becomes the bar if it is larger).
    dps_v = dps + VERIFY_EXTRA_DPS
    gv = {}
    for p in ("even", "odd"):
        with mpmath.workdps(dps_v):
            start = g[p].lam - 2 * g[p].err       # stay below the root (monotone Newton)
        gv[p] = _refine_ground_mp(N, Gamma, J, p, dps_v, start, sec["norm1"][p])
        if not gv[p].certified:
            return None, None, dps_v, None, None, f"{p} sector at dps={dps_v}: {gv[p].message}"
    with mpmath.workdps(dps_v):
        value_v = gv["odd"].lam - gv["even"].lam
        err_v = gv["odd"].err + gv["even"].err
        disagreement = abs(value_v - value)
        if disagreement > err + err_v:
            return None, None, dps_v, None, None, (
                f"error bar failed verification: |ΔE(dps={dps_v}) − ΔE(dps={dps})| = "
                f"{mpmath.nstr(disagreement, 3)} > {mpmath.nstr(err + err_v, 3)}")
        err_final = max(err_v, disagreement)
    return value_v, err_final, dps_v, gv["even"].lam, gv["odd"].lam, ""


def _initial_dps(N, Gamma, J, rel_tol, sec, dbl) -> int:
    """Precision for the first mpmath pass: cancellation digits + requested digits + margin.

    The cancellation digits log10(‖T‖₁/ΔE) need a prediction of ΔE: the Wronskian route
    (double precision, no cancellation) when it succeeds, else the double-precision error
    bar (ΔE < err there, so the pass may have to be escalated).
    """
    norm = max(sec["norm1"].values())
    try:
        pred = splitting_wronskian(N, Gamma, J, _sec=sec).log_value / math.log(10)
    except (ValueError, ArithmeticError):
        pred = math.log10(dbl["even_err"] + dbl["odd_err"])
    cancel = math.log10(norm) - pred
    return max(MIN_DPS, math.ceil(cancel - math.log10(rel_tol)) + DPS_MARGIN)


def _next_dps(cur, dps_rep, value, err, fail, rel_tol) -> tuple[int | None, str]:
    """(None, "") if the pass at ``cur`` decided ΔE, else (precision to try next, why)."""
    if fail:
        # an uncertified/unverified pass: retry with 10 more digits
        return cur + 10, fail
    if value <= err:
        # nothing resolved: the cancellation exceeds ~cur digits, double the precision
        return 2 * cur, (f"at dps={dps_rep} ΔE is not resolved: {mpmath.nstr(value, 3)} "
                         f"± {mpmath.nstr(err, 3)}")
    if err <= rel_tol * value:
        return None, ""
    # resolved but not to rel_tol: raise by the missing digits (+3 for the bar's own slack)
    missing = math.log10(float(err / (rel_tol * value)))
    return cur + math.ceil(missing) + 3, (f"at dps={dps_rep} relative error "
                                          f"{float(err / value):.2e} > rel_tol {rel_tol:.1e}")


def splitting(N: int, Gamma: float, J: float = 1.0, *, rel_tol: float = 1e-10,
              max_dps: int = 400, dps: int | None = None,
              verify: bool = True) -> SplittingResult:
    """Ground-doublet splitting ΔE = E1 − E0 (odd minus even sector ground), with error bar.

    Parameters
    ----------
    N : int
    Gamma : float
        Must be > 0.
    J : float
    rel_tol : float
        Required relative accuracy: decided only if error ≤ rel_tol·|ΔE|.
    max_dps : int
        Highest mpmath precision the escalation may use.
    dps : int, optional
        Skip the double route and compute at exactly this precision (no escalation);
        used to check consistency across precisions. With ``verify`` the reported value
        comes from the verification pass at dps + 10.
    verify : bool
        Re-run the refinement at dps + 10 (starting from the first result) and require
        agreement within the error bars; the larger of the new bar and the observed
        disagreement is reported. Without escalation beyond ``max_dps``: the main pass
        then runs at ≤ max_dps − 10.

    Returns
    -------
    SplittingResult

    Notes
    -----
    1. Double precision: ΔE_d = E_odd − E_even from the two blocks (``stebz``), each with
       absolute error ≤ 4 eps‖T‖₁ [3]. Returned if this bar is ≤ rel_tol·ΔE_d.
    2. Otherwise each block's ground energy is refined in mpmath (scoped ``workdps``) by
       Newton on det(T − λ) via the pivot recurrence, from below the root, and certified
       by two Sturm counts. The bar of each energy is the half-width δ of that bracket,
       δ = 2|last Newton step| + 8 u‖T‖₁, u = 2^(1−prec) (the recurrence is backward
       stable: computed counts are exact for T perturbed entrywise by O(u) [3]).
    3. The precision is chosen from the predicted cancellation, then raised by exactly the
       digits the error bar says are missing, up to ``max_dps``. If that cannot reach
       ``rel_tol``, or a certification/verification fails, ``decided=False`` and
       ``value=None`` with the reason.

    By the interlacing theorem (module Notes) the exact ΔE is > 0 for Γ > 0.
    """
    _domain.doublet("lmg.splitting", N, Gamma, J)
    _domain.positive("lmg.splitting", rel_tol=rel_tol)
    _domain.integer("lmg.splitting", 1, max_dps=max_dps, **({} if dps is None else {"dps": dps}))
    N = _check_splitting_args(N, Gamma)
    sec = parity_sectors(N, Gamma, J)
    dbl = _double_sector_grounds(sec)
    if dps is None:
        res_d = _double_result(dbl, rel_tol)
        if res_d.decided:
            return res_d
    starts = {p: dbl[p] - 2 * dbl[p + "_err"] for p in ("even", "odd")}   # below the roots
    # the verification pass runs VERIFY_EXTRA_DPS above the main pass: keep it ≤ max_dps
    top = max_dps - (VERIFY_EXTRA_DPS if verify else 0)
    cur = dps
    if dps is None:
        predicted = _initial_dps(N, Gamma, J, rel_tol, sec, dbl)
        if predicted > top:
            # the predicted cancellation alone exceeds the allowed precision: do not spend
            # time on passes that cannot decide
            return SplittingResult(None, None, "undecided", None, False,
                                   f"predicted precision dps≈{predicted} (ΔE cancellation + "
                                   f"requested digits) exceeds max_dps={max_dps}")
        cur = predicted
    tried = []
    while True:
        tried.append(cur)
        value, err, dps_rep, Ee, Eo, fail = _mp_splitting_at(N, Gamma, J, cur, starts, sec, verify)
        need, why = _next_dps(cur, dps_rep, value, err, fail, rel_tol)
        if need is None:
            return SplittingResult(value, err, f"mpmath dps={dps_rep}", dps_rep, True,
                                   f"Newton/Sturm-certified sector ground energies at "
                                   f"dps={dps_rep}" + (f" (verified against dps={cur})"
                                                       if verify else ""),
                                   Ee, Eo, tuple(tried))
        if dps is not None or cur >= top:
            return SplittingResult(None, None if fail else err, "undecided", dps_rep, False,
                                   why if dps is not None else f"{why}; max_dps={max_dps} reached",
                                   None, None, tuple(tried))
        cur = min(need, top)


# ----------------------------------------------------------------------------------------
# Wronskian (Herring) route: ΔE without cancellation, double precision
# ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class WronskianSplitting:
    """ΔE from the discrete Wronskian identity (see :func:`splitting_wronskian`).

    Attributes
    ----------
    log_value : float
        ln ΔE (always finite; ΔE itself underflows double precision beyond N ≈ 7·10⁴ at
        Γ/J = 0.95).
    value : float
        exp(log_value) (may be 0.0 by underflow); ``value_mp`` is the mpf version.
    rel_error_estimate : float
        Sensitivity to the eigenvalue errors plus accumulated rounding of the log sums.
    method : str
    """

    log_value: float
    value: float
    rel_error_estimate: float
    method: str = "wronskian-double"

    @property
    def value_mp(self):
        """ΔE as an mpf (no underflow)."""
        return mpmath.exp(mpmath.mpf(self.log_value))


def _pivots(D: np.ndarray, e: np.ndarray) -> tuple[np.ndarray, int]:
    """LDLᵀ pivots of the symmetric tridiagonals with diagonals the rows of ``D`` and the
    common off-diagonal ``e``, in one LAPACK ``dpttrf`` call: the rows are chained with a
    zero coupling between them, where the recurrence restarts exactly (q = d − 0²/q), so
    every row's pivots are those of its own factorisation.  ``info`` ≠ 0 if any is not
    positive definite; one-element rows handled here."""
    r, m = D.shape
    if m == 1:
        return D.copy(), int(np.any(D[:, 0] <= 0))
    E = np.zeros((r, m))
    E[:, :-1] = e
    q, _, info = dpttrf(D.reshape(-1), E.reshape(-1)[:-1])
    return q.reshape(r, m), info


def _log_ground_vectors(d, e, lams, k):
    """ln|a_i| of the normalised positive ground vector from two stable pivot sweeps, one row
    per trial eigenvalue in ``lams``.

    Left of the peak ``k`` the ratios a_{i+1}/a_i = −q_i/e_i come from the LDLᵀ pivots q of
    the leading block of T − λ (LAPACK ``dpttrf``, positive definite there because the
    ground vector grows monotonically towards its peak); right of it from the pivots of the
    reversed trailing block. Both sweeps run in the growing direction of the solution, so
    exponentially small components keep full relative accuracy (twisted factorisation [4]).
    The sweeps of all λ run as one chained factorisation per side (:func:`_pivots`).
    """
    n = d.size
    lams = np.asarray(lams, dtype=float)[:, None]
    la = np.zeros((lams.size, n))
    if k > 0:
        q, info = _pivots(d[:k] - lams, e[:k - 1])
        ratios = -q / e[:k]
        if info != 0 or np.any(ratios <= 0):
            raise ArithmeticError("left pivot sweep not positive definite")
        la[:, :k] = -np.cumsum(np.log(ratios)[:, ::-1], axis=1)[:, ::-1]
    if k < n - 1:
        p, info = _pivots(d[k + 1:][::-1] - lams, e[k + 1:][::-1])
        ratios = -p[:, ::-1] / e[k:]                    # a_{i−1}/a_i, i = k+1 … n−1
        if info != 0 or np.any(ratios <= 0):
            raise ArithmeticError("right pivot sweep not positive definite")
        la[:, k + 1:] = -np.cumsum(np.log(ratios), axis=1)
    mx = la.max(axis=1, keepdims=True)
    return la - (mx + 0.5 * np.log(np.sum(np.exp(2.0 * (la - mx)), axis=1, keepdims=True)))


def _log_splitting_from(sec, la, lb) -> float:
    """ln ΔE of the Wronskian identity from the sector ground vectors' ln|a|, ln|b|."""
    N = sec["N"]
    (de, ee), (do, eo) = sec["even"], sec["odd"]
    shared = la[1:] if N % 2 == 0 else la
    log_s = _logsumexp(shared + lb)
    coupling = -ee[0] if N % 2 == 0 else do[0] - de[0]
    if not coupling > 0:
        raise ArithmeticError("coupling of the sectors is not positive (need Gamma > 0)")
    return math.log(coupling) + la[0] + lb[0] - log_s


def _logsumexp(x: np.ndarray) -> float:
    mx = float(x.max())
    return mx + math.log(float(np.sum(np.exp(x - mx))))


def splitting_wronskian(N: int, Gamma: float, J: float = 1.0, *, _sec=None) -> WronskianSplitting:
    """ΔE from a discrete Wronskian identity, in double precision, for any N.

    Parameters
    ----------
    N : int
        N ≥ 2 (N = 1 has no tunnelling region; use :func:`splitting`).
    Gamma : float
        > 0.
    J : float

    Returns
    -------
    WronskianSplitting

    Notes
    -----
    Let a (even block) and b (odd block) be the normalised sector ground vectors.
    Contracting the two eigen-equations on the basis they share, all of the common
    tridiagonal part cancels and only the block difference survives (exact identity):

    * even N:  ΔE = −√2⟨0|H|1⟩ · a(0) b(1) / Σ_{m≥1} a(m) b(m),
    * odd N:   ΔE = 2Γ(j+½) · a(½) b(½) / Σ_{m≥½} a(m) b(m).

    a(0), b(1) ~ e^{−N S_inst/2} are computed in log form with full relative accuracy by
    pivot sweeps in the stable direction (:func:`_log_ground_vectors`), so there is no
    cancellation: the relative error is ~(ln ΔE sensitivity to the ~eps‖T‖ eigenvalue
    errors) + (rounding of the log sums), estimated explicitly. This route is independent
    of the Newton/Sturm route of :func:`splitting` (different identity, different
    arithmetic); the two agree to ~1e-11 at N = 10⁴.
    """
    _domain.doublet("lmg.splitting_wronskian", N, Gamma, J)
    N = _check_splitting_args(N, Gamma)
    if N < 2:
        raise ValueError("splitting_wronskian needs N >= 2")
    sec = _sec if _sec is not None else parity_sectors(N, Gamma, J)
    we, ve = _sector_lowest(*sec["even"], 1)
    wo, vo = _sector_lowest(*sec["odd"], 1)
    k_e, k_o = int(np.argmax(ve[:, 0])), int(np.argmax(vo[:, 0]))
    lam_e, lam_o = float(we[0]), float(wo[0])
    # sensitivity to the eigenvalue errors (each ≤ 4 eps‖T‖₁): all four corner shifts; each
    # sector's vector is swept once per distinct shift (rows −, 0, +), reused across corners
    de_ = DOUBLE_EIG_ERR_FACTOR * EPS * sec["norm1"]["even"]
    do_ = DOUBLE_EIG_ERR_FACTOR * EPS * sec["norm1"]["odd"]
    shifts = np.array([-1.0, 0.0, 1.0])
    la = _log_ground_vectors(*sec["even"], lam_e + shifts * de_, k_e)
    lb = _log_ground_vectors(*sec["odd"], lam_o + shifts * do_, k_o)
    log_de = _log_splitting_from(sec, la[1], lb[1])
    sens = max(abs(_log_splitting_from(sec, la[i], lb[j]) - log_de) for i in (0, 2) for j in (0, 2))
    n = sec["even"][0].size
    rounding = 4 * EPS * n + EPS * abs(log_de) * (math.log2(n) + 2)
    rel = math.expm1(sens + rounding)
    return WronskianSplitting(log_de, math.exp(log_de) if log_de > -745 else 0.0, rel)


def splitting_wronskian_value(N: int, Gamma: float, J: float = 1.0) -> float:
    """``splitting_wronskian(N, Gamma, J).value`` without its error estimate.

    The same identity and arithmetic (sector ground pairs by ``eigh_tridiagonal``, one pivot
    sweep per side at the unshifted eigenvalue): the row of the sweep that
    :func:`splitting_wronskian` takes for ΔE, computed alone, so the value is bit-identical
    (the chained factorisation restarts exactly at each row, the log sums run row by row)
    and the four corner sweeps of the sensitivity estimate are skipped (≈ 1.7× faster).
    For the routes that use ΔE only (the fits over N ranges)."""
    _domain.doublet("lmg.splitting_wronskian", N, Gamma, J)
    N = _check_splitting_args(N, Gamma)
    if N < 2:
        raise ValueError("splitting_wronskian needs N >= 2")
    sec = parity_sectors(N, Gamma, J)
    we, ve = _sector_lowest(*sec["even"], 1)
    wo, vo = _sector_lowest(*sec["odd"], 1)
    k_e, k_o = int(np.argmax(ve[:, 0])), int(np.argmax(vo[:, 0]))
    la = _log_ground_vectors(*sec["even"], np.array([float(we[0])]), k_e)
    lb = _log_ground_vectors(*sec["odd"], np.array([float(wo[0])]), k_o)
    log_de = _log_splitting_from(sec, la[0], lb[0])
    return math.exp(log_de) if log_de > -745 else 0.0


# ----------------------------------------------------------------------------------------
# The ground doublet
# ----------------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class Doublet:
    """Ground doublet of the LMG model at h = 0 (see :func:`doublet`).

    Attributes
    ----------
    E : ndarray (k,)
        Lowest k energies, ascending; E[0] even-parity, E[1] odd-parity.
    vecs : ndarray (N+1, k)
        Dicke-basis eigenvectors (columns), parity eigenstates.
    splitting : float or mpmath.mpf or None
        E1 − E0 (``None`` only if every route was undecided).
    splitting_method : str
        ``'double'``, ``'mpmath dps=..'`` or ``'wronskian-double (...)'`` (fallback).
    splitting_error_estimate : float or mpmath.mpf or None
        Absolute.
    m : ndarray (N+1,)
    parity : ndarray (k,) of int
        ±1.
    splitting_result : SplittingResult or WronskianSplitting
    """

    E: np.ndarray
    vecs: np.ndarray
    splitting: object
    splitting_method: str
    splitting_error_estimate: object
    m: np.ndarray
    parity: np.ndarray
    splitting_result: object = None


def doublet(N: int, Gamma: float, J: float = 1.0, k: int = 2, *, rel_tol: float = 1e-10,
            max_dps: int = 400) -> Doublet:
    """Lowest k parity eigenstates and the doublet splitting ΔE = E1 − E0 (Γ > 0, h = 0).

    Parameters
    ----------
    N, Gamma, J : see :func:`hamiltonian_tridiagonal`; Gamma > 0.
    k : int
        ≥ 2 states.
    rel_tol, max_dps : passed to :func:`splitting`.

    Returns
    -------
    Doublet

    Notes
    -----
    E0 is the even-sector ground, E1 the odd-sector ground (interlacing theorem, module
    Notes). When :func:`splitting` refined the energies in mpmath, E[0] and E[1] are those
    refined values rounded to double (so E[1] ≥ E[0] exactly). If :func:`splitting` is
    undecided (precision beyond ``max_dps``) the Wronskian route supplies ΔE and its
    error estimate, and ``splitting_method`` says so.
    """
    _domain.doublet("lmg.doublet", N, Gamma, J)
    _domain.integer("lmg.doublet", 2, k=k)
    _domain.positive("lmg.doublet", rel_tol=rel_tol)
    _domain.integer("lmg.doublet", 1, max_dps=max_dps)
    N = _check_splitting_args(N, Gamma)
    if k < 2:
        raise ValueError("a doublet needs k >= 2")
    E, V, par = lowest_eigenpairs_parity(N, Gamma, k, J)
    res = splitting(N, Gamma, J, rel_tol=rel_tol, max_dps=max_dps)
    E = E.copy()
    if res.decided:
        value, err, method = res.value, res.abs_error_estimate, res.method
        E[0], E[1] = float(res.E_even), float(res.E_odd)
    else:
        try:
            w = splitting_wronskian(N, Gamma, J)
        except (ValueError, ArithmeticError) as exc:
            value, err, method = None, None, f"undecided ({res.reason}; wronskian: {exc})"
        else:
            value, err = w.value_mp, w.value_mp * w.rel_error_estimate
            method = f"{w.method} (splitting() undecided: {res.reason})"
            res = w
    return Doublet(E=np.maximum.accumulate(E), vecs=V, splitting=value, splitting_method=method,
                   splitting_error_estimate=err, m=m_values(N), parity=par,
                   splitting_result=res)
