"""Numerical checks for the basis-dependent decoherence paper (paper key ``lmg_dephasing``).

Independent of :mod:`derive.lmg_dephasing`: exact diagonalisation in double precision
(LAPACK through :mod:`numerics.lmg`), numerical minimisation of the mean-field energy,
dense Lindblad superoperators built with Kronecker products and diagonalised with
LAPACK, ODE integration, and seeded random searches.

Conventions: H = −(2J/N) J_z² − 2Γ J_x (J = 1 unless stated), L = √γ J_z,
D[L]ρ = LρL† − ½{L†L, ρ}, ħ = 1, vec(ρ) row-major (vec(AρB) = (A ⊗ Bᵀ) vec ρ).

References
----------
S. Mouslopoulos, "Which coherence decoheres? Basis-dependent decoherence rates in
symmetry-broken collective spin systems" (manuscript ``003_391ba59f5db62018.txt``).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
from scipy.optimize import brentq, minimize_scalar

from numerics import lmg
from numerics._trace import memo

GAMMA_BENCH = 0.95
J_RAD_S = 37195.4
KBT_RAD_S = 1310.0
GAMMA_PHI = 0.05
#: System sizes of the extrapolation of R(N) → N = ∞ (geometric ladder up to 10⁵).
EXTRAPOLATION_NS = (1000, 2000, 4000, 8000, 16000, 32000, 64000, 100000)


# ---------------------------------------------------------------------------------------
# Exact diagonalisation
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DoubletED:
    """Lowest three levels by exact diagonalisation (energies in units of J).

    Attributes
    ----------
    E : ndarray (3,)
    jz2 : ndarray (2,)
        ⟨E_i|J_z²|E_i⟩ for the even ground E0 and odd E1.
    jz : ndarray (2,)
        ⟨E_i|J_z|E_i⟩ (zero by parity; kept to show it).
    X : float
        ⟨E0|J_z|E1⟩ (sign fixed positive).
    jz2_cross : float
        ⟨E0|J_z²|E1⟩ (zero by parity).
    parity : ndarray (3,)
    """

    N: int
    E: np.ndarray
    jz2: np.ndarray
    jz: np.ndarray
    X: float
    jz2_cross: float
    parity: np.ndarray

    @property
    def g_eig(self) -> float:
        return 0.5 * float(self.jz2[0] + self.jz2[1])

    @property
    def splitting(self) -> float:
        return float(self.E[1] - self.E[0])


@functools.cache
def doublet_by_diagonalisation(n_spins: int, Gamma: float = GAMMA_BENCH) -> DoubletED:
    """Lowest three parity eigenstates of the tridiagonal H (LAPACK stebz/stein)."""
    E, V, par = lmg.lowest_eigenpairs_parity(n_spins, Gamma, k=3)
    mz = lmg.jz_diag(n_spins)
    jz2 = np.array([np.sum(V[:, i] ** 2 * mz**2) for i in range(2)])
    jz = np.array([np.sum(V[:, i] ** 2 * mz) for i in range(2)])
    X = abs(float(np.sum(V[:, 0] * V[:, 1] * mz)))
    cross = float(np.sum(V[:, 0] * V[:, 1] * mz**2))
    return DoubletED(n_spins, E, jz2, jz, X, cross, par)


@functools.cache
def order_parameter_by_minimisation(Gamma: float = GAMMA_BENCH) -> float:
    """m* minimising the spin-coherent energy per spin e(m) = −(m²/2 + Γ√(1 − m²)).

    Notes
    -----
    A bounded scalar minimisation locates the minimum to ~1e-8 (the energy is flat
    there); the stationarity condition e'(m) = −m + Γ m/√(1 − m²) = 0 is then solved by
    bracketed root finding (Brent) inside a ±10⁻⁴ bracket around it, to machine precision.
    """
    coarse = minimize_scalar(lambda x: -(x**2 / 2 + Gamma * math.sqrt(1 - x**2)),
                             bounds=(1e-6, 1.0 - 1e-12), method="bounded",
                             options={"xatol": 1e-9}).x
    slope = lambda x: -x + Gamma * x / math.sqrt(1 - x**2)
    return float(brentq(slope, max(coarse - 1e-4, 1e-9), min(coarse + 1e-4, 1 - 1e-15), xtol=1e-16,
                        rtol=4 * np.finfo(float).eps))


def geometric_factor_mean_field_numeric(n_spins: int, Gamma: float = GAMMA_BENCH) -> float:
    """G_MF = 2(N m*/2)² with m* from numerical minimisation (Eq. (10))."""
    return 2.0 * (n_spins * order_parameter_by_minimisation(Gamma) / 2) ** 2


def ratio_by_diagonalisation(n_spins: int, Gamma: float = GAMMA_BENCH) -> float:
    """R = G_MF/G_eig with G_eig from exact diagonalisation."""
    return geometric_factor_mean_field_numeric(n_spins, Gamma) / doublet_by_diagonalisation(
        n_spins, Gamma).g_eig


# ---------------------------------------------------------------------------------------
# Extrapolation N → ∞
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Extrapolation:
    """Fit R(N) = R∞ + a/N + b/N² over ``ns``."""

    limit: float
    sigma: float
    a: float
    b: float
    slope: float
    ns: tuple
    values: tuple
    detail: str


def _polyfit_inverse_n(ns, vals, terms: int):
    x = 1.0 / np.asarray(ns, float)
    A = np.vander(x, terms + 1, increasing=True)
    coef, *_ = np.linalg.lstsq(A, np.asarray(vals), rcond=None)
    return coef


@functools.cache
def ratio_limit_by_extrapolation(Gamma: float = GAMMA_BENCH,
                                 ns: tuple = EXTRAPOLATION_NS) -> Extrapolation:
    """Extrapolate R(N) from exact diagonalisation to N = ∞.

    Notes
    -----
    R∞ from a least-squares fit R = R∞ + a/N + b/N² on the five largest sizes; its
    uncertainty is the spread of the intercept over three fits (that one, cubic in 1/N on
    all sizes, linear on the three largest), a model-dependence error, plus the largest
    residual.  ``slope`` is the log–log slope of R − R∞ between the two
    largest sizes (−1 for a 1/N approach).
    """
    vals = tuple(ratio_by_diagonalisation(n, Gamma) for n in ns)
    main = _polyfit_inverse_n(ns[-5:], vals[-5:], 2)
    alternatives = (_polyfit_inverse_n(ns, vals, 3), _polyfit_inverse_n(ns[-3:], vals[-3:], 1))
    ints = [main[0]] + [alt[0] for alt in alternatives]
    resid = np.asarray(vals[-5:]) - np.polyval(main[::-1], 1.0 / np.asarray(ns[-5:], float))
    sigma = float(max(ints) - min(ints) + np.max(np.abs(resid)))
    c = float(main[0])
    slope = math.log((vals[-1] - c) / (vals[-2] - c)) / math.log(ns[-1] / ns[-2])
    detail = (f"exact diagonalisation (LAPACK stebz/stein on the parity blocks) at Γ/J = {Gamma}, "
              f"N = {', '.join(map(str, ns))}; R(N) = "
              + ", ".join(f"{v:.6f}" for v in vals)
              + f"; fit R = R∞ + a/N + b/N² on the five largest N: R∞ = {c:.8f}, "
              f"a = {main[1]:.2f}, b = {main[2]:.3g}; intercepts of the main fit, a cubic fit "
              f"on all N and a linear fit on the three largest: "
              f"{', '.join(f'{i:.8f}' for i in ints)} (uncertainty = their spread + max residual); "
              f"log-log slope of R − R∞ between the two largest N: {slope:.4f} (1/N approach)")
    return Extrapolation(c, sigma, float(main[1]), float(main[2]), slope, tuple(ns), vals, detail)


def table3_row_by_diagonalisation(n_spins: int, Gamma: float = GAMMA_BENCH) -> dict:
    """Table 3 columns from double-precision exact diagonalisation (see derive.table3_row)."""
    d = doublet_by_diagonalisation(n_spins, Gamma)
    de = d.splitting * J_RAD_S
    g_mf = geometric_factor_mean_field_numeric(n_spins, Gamma)
    return {
        "de_kbt": de / KBT_RAD_S,
        "g_mf": g_mf,
        "g_eig": d.g_eig,
        "r": g_mf / d.g_eig,
        "gap": float((d.E[2] - d.E[0]) / (d.E[1] - d.E[0])),
        "secular": 2 * de / (GAMMA_PHI * d.g_eig),
    }


# ---------------------------------------------------------------------------------------
# Scans of R(N): crossing of 2, peak, monotonicity
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RatioScan:
    ns: np.ndarray
    r: np.ndarray
    crossing: tuple      # (last N with R < 2, first N with R > 2)
    peak_n: int
    peak_r: float
    increasing_before_peak: bool
    decreasing_after_peak: bool


@functools.cache
def ratio_scan_by_diagonalisation(n_max: int = 700, Gamma: float = GAMMA_BENCH) -> RatioScan:
    """R(N) for every N = 2 … n_max by exact diagonalisation."""
    ns = np.arange(2, n_max + 1)
    r = np.array([ratio_by_diagonalisation(int(n), Gamma) for n in ns])
    above = np.nonzero(r > 2)[0]
    first = int(ns[above[0]])
    k = int(np.argmax(r))
    return RatioScan(ns, r, (first - 1, first), int(ns[k]), float(r[k]),
                     bool(np.all(np.diff(r[: k + 1]) > 0)), bool(np.all(np.diff(r[k:]) < 0)))


# ---------------------------------------------------------------------------------------
# Pointer states, leakage, depletion (Secs. 3.1, 3.4, App. B)
# ---------------------------------------------------------------------------------------

def pointer_quantities_by_diagonalisation(n_spins: int, Gamma: float = GAMMA_BENCH) -> dict:
    """Pointer-state rate factor, protection factors, leakage, depletion from ED.

    Returns
    -------
    dict
        ``pointer`` = G_eig + X² (Eq. (12) for |L⟩⟨R|: ⟨L|J_z|L⟩ = X = −⟨R|J_z|R⟩),
        ``protection`` = (G_eig + X²)/G_eig, ``overestimate`` = G_MF/(G_eig + X²) − 1,
        ``below`` = 1 − (G_eig + X²)/G_MF, ``leak0``, ``leak1``, ``leak_avg`` (fractions of
        ⟨E_i|J_z²|E_i⟩ carried by states outside the doublet), ``delta`` = N m*/2 − X,
        ``X``, ``g_mf``, ``g_eig``, ``enhancement`` = R/2.
    """
    d = doublet_by_diagonalisation(n_spins, Gamma)
    g_mf = geometric_factor_mean_field_numeric(n_spins, Gamma)
    X2 = d.X**2
    pointer = d.g_eig + X2
    return {
        "X": d.X, "g_mf": g_mf, "g_eig": d.g_eig, "pointer": pointer,
        "protection": pointer / d.g_eig, "overestimate": g_mf / pointer - 1,
        "below": 1 - pointer / g_mf,
        "leak0": 1 - X2 / d.jz2[0], "leak1": 1 - X2 / d.jz2[1], "leak_avg": 1 - X2 / d.g_eig,
        "delta": n_spins * order_parameter_by_minimisation(Gamma) / 2 - d.X,
        "enhancement": g_mf / d.g_eig / 2,
    }


def pointer_state_squeezing(n_spins: int, Gamma: float = GAMMA_BENCH) -> dict:
    """Kitagawa–Ueda ξ_S² = 4 min Var(J_⊥)/N of |L⟩ = (|E0⟩ + |E1⟩)/√2, and Var_L(J_z)."""
    d = doublet_by_diagonalisation(n_spins, Gamma)
    _E, V, _ = lmg.lowest_eigenpairs_parity(n_spins, Gamma, k=2)
    L = (V[:, 0] + V[:, 1]) / math.sqrt(2)
    mz = lmg.jz_diag(n_spins)
    off = lmg.jx_offdiag(n_spins)
    jx = lmg.expectation(L, (None, off), L)
    jz = float(np.sum(L**2 * mz))
    # J_y is imaginary antisymmetric: ⟨J_y⟩ = 0 for a real state, so Var(J_y) = ⟨J_y²⟩;
    # J_y ⟂ ⟨J⟩ = (⟨J_x⟩, 0, ⟨J_z⟩), hence min Var(J_⊥) ≤ Var(J_y) and ξ_S² ≤ 4 Var(J_y)/N
    jy2 = _jy2(L, off)
    var_z = float(np.sum(L**2 * mz**2)) - jz**2
    return {"xi2_upper": 4 * jy2 / n_spins, "var_y": jy2, "var_z": var_z,
            "scs_var_z": n_spins * (1 - (1 - Gamma**2)) / 4, "mean": (jx, 0.0, jz), "X": d.X}


def _jy2(v: np.ndarray, off: np.ndarray) -> float:
    """⟨v|J_y²|v⟩ for real v: ‖J_y v‖² with (J_y v)_k = −i(off_{k−1} v_{k−1} − off_k v_{k+1})."""
    w = np.zeros_like(v)
    w[1:] += off * v[:-1]
    w[:-1] -= off * v[1:]
    return float(np.sum(w**2))


# ---------------------------------------------------------------------------------------
# Dense Lindblad superoperators (numpy), for Eq. (12), Corollaries 1–2, App. B, App. C
# ---------------------------------------------------------------------------------------

def liouvillian_matrix(H: np.ndarray, Ls: list) -> np.ndarray:
    """Matrix of ρ ↦ −i[H, ρ] + Σ D[L]ρ on row-major vec(ρ): vec(AρB) = (A ⊗ Bᵀ) vec ρ."""
    n = H.shape[0]
    eye = np.eye(n)
    S = -1j * (np.kron(H, eye) - np.kron(eye, H.T))
    for L in Ls:
        LdL = L.conj().T @ L
        S = S + np.kron(L, L.conj()) - 0.5 * (np.kron(LdL, eye) + np.kron(eye, LdL.T))
    return S


def redfield_rate_by_superoperator(gamma: float, Jz2_a: float, Jz2_b: float, Jz_a: float,
                                   Jz_b: float) -> float:
    """Γ_ab read off the numerical Liouvillian of L = √γ J_z on a 4-level space.

    J_z has ⟨a|J_z|a⟩ = Jz_a, ⟨b|J_z|b⟩ = Jz_b, a fixed ⟨a|J_z|b⟩ = 0.3 and couplings to
    two further levels c, d chosen so that ⟨a|J_z²|a⟩ = Jz2_a, ⟨b|J_z²|b⟩ = Jz2_b
    (requires Jz2 ≥ Jz² + 0.09 + 0.04).  Γ_ab = −Re S[(a,b),(a,b)].
    """
    Jz = np.zeros((4, 4))
    Jz[0, 0], Jz[1, 1], Jz[2, 2], Jz[3, 3] = Jz_a, Jz_b, 0.7, -0.4
    Jz[0, 1] = Jz[1, 0] = 0.3
    Jz[2, 3] = Jz[3, 2] = 0.2
    Jz[0, 2] = Jz[2, 0] = math.sqrt(Jz2_a - Jz_a**2 - 0.09)
    Jz[1, 3] = Jz[3, 1] = math.sqrt(Jz2_b - Jz_b**2 - 0.09)
    S = liouvillian_matrix(np.zeros((4, 4)), [math.sqrt(gamma) * Jz])
    k = 0 * 4 + 1
    return float(-S[k, k].real)


def _random_parity_model(rng: np.random.Generator, n: int):
    """Random H, odd A and unitary P with P H P† = H, P A P† = −A (P² = 1 or a phase).

    P = U diag(s) U† with random signs s (times a random global phase), H = block-diagonal
    in the P eigenbasis (random Hermitian blocks), A = off-diagonal between the blocks.
    """
    s = rng.choice([-1.0, 1.0], size=n)
    s[0], s[-1] = 1.0, -1.0
    Z = rng.normal(size=(n, n)) + 1j * rng.normal(size=(n, n))
    U, _ = np.linalg.qr(Z)
    B = rng.normal(size=(n, n)) + 1j * rng.normal(size=(n, n))
    B = B + B.conj().T
    same = np.equal.outer(s, s)
    H0 = np.where(same, B, 0)
    C = rng.normal(size=(n, n)) + 1j * rng.normal(size=(n, n))
    C = C + C.conj().T
    A0 = np.where(same, 0, C)
    phase = np.exp(1j * rng.uniform(0, 2 * np.pi))
    P = phase * (U * s) @ U.conj().T
    return U @ H0 @ U.conj().T, U @ A0 @ U.conj().T, P


def _eigenstate_expectations(H: np.ndarray, A: np.ndarray):
    """|⟨E_i|A|E_i⟩|/‖A‖ and its rounding bound 10·n·eps·‖H‖/gap_i for every level."""
    w, V = np.linalg.eigh(H)
    n = w.size
    gap = np.full(n, np.inf)
    gap[1:] = np.minimum(gap[1:], np.diff(w))
    gap[:-1] = np.minimum(gap[:-1], np.diff(w))
    vals = np.abs(np.einsum("ik,ij,jk->k", V.conj(), A, V)) / np.linalg.norm(A, 2)
    with np.errstate(divide="ignore"):
        bound = 10 * n * np.finfo(float).eps * max(np.abs(w).max(), 1.0) / gap
    return vals, np.maximum(bound, 10 * n * np.finfo(float).eps)


def parity_proposition_search(seed: int = 20260403, examples: int = 200) -> dict:
    """Seeded search for a non-degenerate eigenstate with ⟨E|A|E⟩ ≠ 0 (Proposition, Sec. 6).

    Random models of dimension 2–12 (:func:`_random_parity_model`) plus random LMG
    instances (N = 1–60, Γ/J ∈ (0.05, 2), A = J_z, P = exp(iπJ_x)).  A value counts as a
    counterexample only if it exceeds its rounding bound 10·n·eps·‖H‖/gap (the
    eigenvector of a level at distance gap from its neighbour is determined only to that
    accuracy in double precision; a 'gap' of 0 is a degenerate level, outside the
    Proposition).  Returns the largest ratio value/bound and the largest value.
    """
    rng = np.random.default_rng(seed)
    worst_ratio, worst_val, where = 0.0, 0.0, ""
    models = [_random_parity_model(rng, int(rng.integers(2, 13)))[:2] for _ in range(examples)]
    for _ in range(examples // 3):
        n_spins, G = int(rng.integers(1, 61)), float(rng.uniform(0.05, 2.0))
        models.append((lmg.hamiltonian_dense(n_spins, G), np.diag(lmg.jz_diag(n_spins))))
    for k, (H, A) in enumerate(models):
        vals, bound = _eigenstate_expectations(H, A)
        i = int(np.argmax(vals / bound))
        if vals[i] / bound[i] > worst_ratio:
            worst_ratio, where = float(vals[i] / bound[i]), f"model #{k}, dim {H.shape[0]}, level {i}"
        worst_val = max(worst_val, float(vals.max()))
    return {"worst_ratio": worst_ratio, "worst_value": worst_val, "where": where, "seed": seed,
            "examples": len(models)}


def corollary1_search(seed: int = 20260404, examples: int = 200) -> dict:
    """Population → coherence elements of the numerical Liouvillian of L = A (parity-odd).

    In the eigenbasis of random parity models: the largest |S[(a,b),(a,a)]|, |S[(a,b),(b,b)]|
    over opposite-parity pairs (Corollary 1: zero) and over same-parity pairs (the paper:
    'in general ≠ 0').
    """
    rng = np.random.default_rng(seed)
    opp, same, ex = 0.0, 0.0, ""
    for k in range(examples):
        n = int(rng.integers(3, 7))
        H, A, P = _random_parity_model(rng, n)
        w, V = np.linalg.eigh(H)
        A_e = V.conj().T @ A @ V
        par = np.round(np.real(np.diag(V.conj().T @ P @ V)) / np.real(
            np.diag(V.conj().T @ P @ V))[0]).astype(int)   # relative parity ±1
        S = liouvillian_matrix(np.diag(w), [A_e])
        for a in range(n):
            for b in range(n):
                if a == b:
                    continue
                big = max(abs(S[a * n + b, a * n + a]), abs(S[a * n + b, b * n + b]))
                big /= np.linalg.norm(A_e, 2) ** 2
                if par[a] != par[b]:
                    opp = max(opp, float(big))
                elif big > same:
                    same, ex = float(big), f"model #{k}, dim {n}, levels ({a}, {b})"
    return {"opposite_max": opp, "same_max": same, "same_example": ex, "seed": seed}


def corollary2_coupling_by_vectors(n_spins: int = 370, Gamma: float = GAMMA_BENCH) -> float:
    """⟨E0|D[J_z](|E1⟩⟨E0|)|E1⟩ from the ED eigenvectors: the ρ_10 → ρ_01 element / γ."""
    _E, V, _ = lmg.lowest_eigenpairs_parity(n_spins, Gamma, k=2)
    mz = lmg.jz_diag(n_spins)
    e0, e1 = V[:, 0], V[:, 1]
    l01 = float(np.sum(e0 * mz * e1))
    l2_01 = float(np.sum(e0 * mz**2 * e1))
    return l01 * l01 - 0.5 * (l2_01 * float(e0 @ e1) + float(e0 @ e1) * l2_01)


def parity_operator_by_expm(n_spins: int) -> dict:
    """P = expm(iπJ_x) numerically: P², Hermiticity, spectrum, P J_z P† + J_z, [H, P]."""
    from scipy.linalg import expm
    off = lmg.jx_offdiag(n_spins)
    Jx = np.diag(off, 1) + np.diag(off, -1)
    P = expm(1j * np.pi * Jx)
    Jz = np.diag(lmg.jz_diag(n_spins))
    H = lmg.hamiltonian_dense(n_spins, 0.73)
    ev = np.linalg.eigvals(P)
    return {
        "P2": P @ P, "hermitian_defect": float(np.abs(P - P.conj().T).max()),
        "spectrum": sorted({complex(round(z.real, 9), round(z.imag, 9)) for z in ev},
                           key=lambda z: (z.real, z.imag)),
        "jz_defect": float(np.abs(P @ Jz @ P.conj().T + Jz).max()),
        "h_defect": float(np.abs(P @ H - H @ P).max()),
        "unitary_defect": float(np.abs(P @ P.conj().T - np.eye(n_spins + 1)).max()),
    }


def doublet_lindbladian_spectrum_by_diagonalisation(n_spins: int, Gamma: float = GAMMA_BENCH,
                                                    gamma: float = GAMMA_PHI) -> np.ndarray:
    """Eigenvalues of the doublet-restricted dissipator D[√γ P_D J_z P_D] (H dropped: degenerate).

    P_D J_z P_D is taken from the ED eigenvectors (2×2 matrix ⟨E_i|J_z|E_k⟩), the 4×4
    superoperator built with Kronecker products and diagonalised by LAPACK.
    """
    _E, V, _ = lmg.lowest_eigenpairs_parity(n_spins, Gamma, k=2)
    jz = V.T @ (lmg.jz_diag(n_spins)[:, None] * V)
    S = liouvillian_matrix(np.zeros((2, 2)), [math.sqrt(gamma) * jz])
    return np.sort(np.linalg.eigvals(S).real)


def pointer_two_level_liouvillian(Delta: float, Gamma_L: float) -> np.ndarray:
    """4×4 Liouvillian in the pointer basis: H = −(Δ/2)σ_x, L = √(Γ_L/2) σ_z."""
    sx = np.array([[0, 1], [1, 0]], complex)
    sz = np.diag([1.0, -1.0]).astype(complex)
    return liouvillian_matrix(-Delta / 2 * sx, [math.sqrt(Gamma_L / 2) * sz])


def two_channel_by_integration(Delta: float, Gamma_L: float, t_max: float) -> dict:
    """Integrate the pointer-doublet master equation (scipy expm of the Liouvillian).

    Starts from ρ_LR = (1 + i)/4, ρ_LL − ρ_RR = 0.3 and fits: Re ρ_LR(t) against
    e^{−Γ_L t}; the envelope of (Im ρ_LR, w) from the Liouvillian eigenvalues.
    """
    from scipy.linalg import expm
    S = pointer_two_level_liouvillian(Delta, Gamma_L)
    rho0 = np.array([[0.65, 0.25 + 0.25j], [0.25 - 0.25j, 0.35]])
    ts = np.linspace(0, t_max, 9)[1:]
    re_rel = []
    for t in ts:
        r = (expm(S * t) @ rho0.reshape(-1)).reshape(2, 2)
        re_rel.append(abs(r[0, 1].real - 0.25 * math.exp(-Gamma_L * t)) / (0.25 * math.exp(-Gamma_L * t)))
    lam = np.linalg.eigvals(S)
    return {"re_pure_exponential_error": float(max(re_rel)), "eigenvalues": np.sort_complex(lam)}


def universality_counterexample(n_spins: int = 2000, Gamma: float = GAMMA_BENCH) -> dict:
    """Pointer/eigenstate rate ratio for the parity-odd L = J_y (conditions (i)–(ii) hold).

    Γ_LR/Γ_01 = [½(⟨L|J_y²|L⟩ + ⟨R|J_y²|R⟩) − ⟨L|J_y|L⟩⟨R|J_y|R⟩] / ½(⟨E0|J_y²|E0⟩ + ⟨E1|J_y²|E1⟩)
    from ED eigenvectors; J_y is imaginary, so ⟨ψ|J_y|ψ⟩ = 0 for the real pointer states.
    Also returns the same ratio for L = J_z.
    """
    _E, V, _ = lmg.lowest_eigenpairs_parity(n_spins, Gamma, k=2)
    off = lmg.jx_offdiag(n_spins)
    mz = lmg.jz_diag(n_spins)
    Lp, Rp = (V[:, 0] + V[:, 1]) / math.sqrt(2), (V[:, 0] - V[:, 1]) / math.sqrt(2)
    y_eig = 0.5 * (_jy2(V[:, 0], off) + _jy2(V[:, 1], off))
    y_ptr = 0.5 * (_jy2(Lp, off) + _jy2(Rp, off))      # ⟨J_y⟩ = 0 in real states
    z_eig = 0.5 * float(np.sum((V[:, 0] ** 2 + V[:, 1] ** 2) * mz**2))
    z_ptr = 0.5 * float(np.sum((Lp**2 + Rp**2) * mz**2)) - float(np.sum(Lp**2 * mz)) * float(
        np.sum(Rp**2 * mz))
    return {"ratio_jy": y_ptr / y_eig, "ratio_jz": z_ptr / z_eig, "N": n_spins}


def pointer_coherence_relation_search(seed: int = 20260405, examples: int = 200) -> dict:
    """Random 2×2 density matrices with ρ_00 = ρ_11, Re ρ_01 = 0: max |ρ_LR + ρ_01|."""
    rng = np.random.default_rng(seed)
    worst = 0.0
    Lv, Rv = np.array([1, 1]) / math.sqrt(2), np.array([1, -1]) / math.sqrt(2)
    for _ in range(examples):
        b = rng.uniform(-0.5, 0.5)
        rho = np.array([[0.5, 1j * b], [-1j * b, 0.5]])
        worst = max(worst, abs(Lv @ rho @ Rv + rho[0, 1]))
    return {"worst": float(worst), "seed": seed, "examples": examples}


# ---------------------------------------------------------------------------------------
# Benchmark scales and small independent checks
# ---------------------------------------------------------------------------------------

def temperature_nanokelvin_scipy() -> float:
    """T = ħ·1310 rad/s / k_B in nK with scipy.constants."""
    from scipy import constants
    return constants.hbar * KBT_RAD_S / constants.k * 1e9


def spin_coherent_state(n_spins: int, cos_theta: float) -> np.ndarray:
    """|θ⟩ in the Dicke basis (m ascending): amplitudes √C(N, j+m) cos^{j+m}(θ/2) sin^{j−m}(θ/2)."""
    from scipy.special import gammaln
    k = np.arange(n_spins + 1)                     # k = j + m
    th = math.acos(cos_theta)
    logamp = 0.5 * (gammaln(n_spins + 1) - gammaln(k + 1) - gammaln(n_spins - k + 1))
    with np.errstate(divide="ignore"):
        logamp = logamp + k * math.log(math.cos(th / 2)) + (n_spins - k) * math.log(math.sin(th / 2))
    return np.exp(logamp)


def vacuum_overlap_by_vectors(n_spins: int = 370, Gamma: float = GAMMA_BENCH) -> float:
    """⟨θ|π − θ⟩ from the Dicke-basis vectors of the two spin-coherent vacua."""
    ms = math.sqrt(1 - Gamma**2)
    return float(spin_coherent_state(n_spins, ms) @ spin_coherent_state(n_spins, -ms))


def scs_second_moment_by_vectors(n_spins: int, m_star: float) -> float:
    """⟨θ|J_z²|θ⟩ with cos θ = m*, from the Dicke-basis vector."""
    v = spin_coherent_state(n_spins, m_star)
    return float(np.sum(v**2 * lmg.jz2_diag(n_spins)))


def instanton_action_by_quadrature(Gamma: float = GAMMA_BENCH) -> float:
    """S_inst = ∫_0^{m*} ln(√(1 − z²)/Γ) dz by tanh-sinh quadrature (companion Eq. (51))."""
    import mpmath
    with mpmath.workdps(30):
        ms = mpmath.sqrt(1 - mpmath.mpf(Gamma) ** 2)
        return float(mpmath.quad(lambda z: mpmath.log(mpmath.sqrt(1 - z**2) / mpmath.mpf(Gamma)),
                                 [0, ms]))


def doublet_mode_rates_numeric(n_spins: int = 370, Gamma: float = GAMMA_BENCH,
                               gamma: float = GAMMA_PHI) -> dict:
    """D(σ)/σ for the Pauli matrices under the ED-projected L = √γ P_D J_z P_D (None if not an eigenvector)."""
    _E, V, _ = lmg.lowest_eigenpairs_parity(n_spins, Gamma, k=2)
    jz = V.T @ (lmg.jz_diag(n_spins)[:, None] * V)
    S = liouvillian_matrix(np.zeros((2, 2)), [math.sqrt(gamma) * jz])
    paulis = {"identity": np.eye(2), "sigma_x": np.array([[0, 1], [1, 0]]),
              "sigma_y": np.array([[0, -1j], [1j, 0]]), "sigma_z": np.diag([1.0, -1.0])}
    out = {}
    for name, s in paulis.items():
        img = S @ s.reshape(-1)
        lam = (np.vdot(s.reshape(-1), img) / np.vdot(s.reshape(-1), s.reshape(-1))).real
        resid = np.linalg.norm(img - lam * s.reshape(-1)) / max(abs(lam), 1.0)
        out[name] = float(lam) if resid < 1e-9 else None
    return out


def pointer_population_difference_search(seed: int = 20260406, examples: int = 200) -> float:
    """max |(ρ_LL − ρ_RR) − 2 Re ρ_01| over random 2×2 density matrices (seeded)."""
    rng = np.random.default_rng(seed)
    worst = 0.0
    Lv, Rv = np.array([1, 1]) / math.sqrt(2), np.array([1, -1]) / math.sqrt(2)
    for _ in range(examples):
        Z = rng.normal(size=(2, 2)) + 1j * rng.normal(size=(2, 2))
        rho = Z @ Z.conj().T
        rho /= np.trace(rho).real
        diff = (Lv @ rho @ Lv - Rv @ rho @ Rv).real - 2 * rho[0, 1].real
        worst = max(worst, abs(diff))
    return worst


def pointer_magnetisation_scan(n_max: int = 700, Gamma: float = GAMMA_BENCH) -> dict:
    """X(N) versus N m*/2 for N = 2 … n_max: where the pointer magnetisation is below mean field."""
    ms = order_parameter_by_minimisation(Gamma)
    above = [n for n in range(2, n_max + 1) if doublet_by_diagonalisation(n, Gamma).X > n * ms / 2]
    return {"above": above, "n_max": n_max}


def leakage_scan(ns=(100, 200, 300, 370, 500, 1000, 2000, 5000, 10000), Gamma: float = GAMMA_BENCH) -> dict:
    """Leakage fractions of E0, E1 and the ratio X²/leakage (internal dephasing over leakage)."""
    rows = []
    for n in ns:
        d = doublet_by_diagonalisation(n, Gamma)
        leak = d.g_eig - d.X**2
        rows.append((n, 1 - d.X**2 / d.jz2[0], 1 - d.X**2 / d.jz2[1], d.X**2 / leak))
    return {"rows": rows}


@functools.cache
def dense_spectrum(n_spins: int, Gamma: float = GAMMA_BENCH):
    """All eigenpairs of the tridiagonal H (LAPACK stemr via scipy), cached (App. A checks).

    Returns (E ascending, V columns); the full set, unlike the doublet routines.
    """
    from scipy.linalg import eigh_tridiagonal
    d, e, _ = lmg.hamiltonian_tridiagonal(n_spins, Gamma)
    return eigh_tridiagonal(d, e)


def eigh_default_lapack_routines() -> tuple:
    """LAPACK routines that ``scipy.linalg.eigh`` requests for a real symmetric matrix by default.

    Records the names passed to ``get_lapack_funcs`` inside ``scipy.linalg._decomp`` during
    one call on a 4×4 matrix (the module attribute is restored afterwards).
    """
    import scipy.linalg as sla
    from scipy.linalg import _decomp
    seen = []
    original = _decomp.get_lapack_funcs

    def spy(names, *args, **kwargs):
        seen.extend([names] if isinstance(names, str) else list(names))
        return original(names, *args, **kwargs)

    _decomp.get_lapack_funcs = spy
    try:
        sla.eigh(np.diag([1.0, 2.0, 3.0, 4.0]) + 0.1)
    finally:
        _decomp.get_lapack_funcs = original
    return tuple(seen)


def dicke_model_search(n_spins: int = 4, n_max: int = 24, couplings=(0.8, 1.5)) -> dict:
    """⟨E|J_x|E⟩ and ⟨E|a + a†|E⟩ over the eigenstates of the truncated Dicke model.

    H = a†a + J_z + (2λ/√N)(a + a†)J_x (ω = ω0 = 1; superradiant for λ > ½).  Returns the
    largest value relative to its double-precision rounding bound (see
    :func:`_eigenstate_expectations`); > 1 would be a counterexample.
    """
    j = n_spins / 2
    mz = np.arange(n_spins + 1) - j
    off = 0.5 * np.sqrt((j - mz[:-1]) * (j + mz[:-1] + 1))
    Jx = np.diag(off, 1) + np.diag(off, -1)
    a = np.diag(np.sqrt(np.arange(1, n_max + 1)), 1)
    eye_s, eye_b = np.eye(n_spins + 1), np.eye(n_max + 1)
    worst, worst_val = 0.0, 0.0
    for lam in couplings:
        H = (np.kron(a.T @ a, eye_s) + np.kron(eye_b, np.diag(mz))
             + 2 * lam / math.sqrt(n_spins) * np.kron(a + a.T, Jx))
        for A in (np.kron(eye_b, Jx), np.kron(a + a.T, eye_s)):
            vals, bound = _eigenstate_expectations(H, A)
            finite = np.isfinite(bound)
            worst = max(worst, float(np.max(vals[finite] / bound[finite])))
            worst_val = max(worst_val, float(np.max(vals[finite])))
    return {"worst_ratio": worst, "worst_value": worst_val, "couplings": couplings,
            "n_spins": n_spins, "n_max": n_max}


# =======================================================================================
# Routes of the claim table: module-level functions of the paper's declared inputs
# (N, g = Γ/J, J and k_BT in rad/s, γ in s⁻¹).  Every eigenpair here comes from the FULL
# (N+1)-dimensional tridiagonal H (LAPACK stebz/stein through scipy), never from the parity
# sectors, so no parity property is assumed; quantities that a near-degenerate doublet
# would mix (very large N) are taken in basis-invariant form on the doublet subspace.
# =======================================================================================

@functools.cache
def full_lowest(N: int, g: float, k: int = 3):
    """Lowest k eigenpairs of the full tridiagonal H (J = 1): (E, V columns, m)."""
    from scipy.linalg import eigh_tridiagonal
    d, e, m = lmg.hamiltonian_tridiagonal(int(N), float(g))
    E, V = eigh_tridiagonal(d, e, select="i", select_range=(0, k - 1))
    return E, V, m


@functools.cache
def full_doublet(N: int, g: float) -> dict:
    """Doublet quantities from the full-matrix eigenvectors.

    G_eig = ½ tr(P J_z² P) and X = half the eigenvalue spread of the doublet-projected J_z
    (both invariant under any rotation within the doublet); also the raw elements.
    """
    E, V, m = full_lowest(int(N), float(g), 3)
    v0, v1 = V[:, 0], V[:, 1]
    jz = np.array([[v0 @ (m * v0), v0 @ (m * v1)], [v1 @ (m * v0), v1 @ (m * v1)]])
    jz2 = np.array([v0 @ (m * m * v0), v1 @ (m * m * v1)])
    w = np.linalg.eigvalsh(jz)
    return {"E": E, "jz": jz, "jz2": jz2, "g_eig": 0.5 * float(jz2.sum()),
            "X": 0.5 * float(w[1] - w[0]), "X_raw": float(jz[0, 1]), "v0": v0, "v1": v1, "m": m}


def g_mf_by_minimisation(N, g) -> float:
    """G_MF = 2(N m*/2)² with m* from numerical minimisation of the mean-field energy."""
    return 2.0 * (int(N) * order_parameter_by_minimisation(float(g)) / 2) ** 2


def g_eig_full_ed(N, g) -> float:
    return full_doublet(int(N), float(g))["g_eig"]


def ratio_full_ed(N, g) -> float:
    return g_mf_by_minimisation(N, g) / g_eig_full_ed(N, g)


def splitting_over_kbt_full_ed(N, g, J_rad_s, kBT_rad_s) -> float:
    E = full_doublet(int(N), float(g))["E"]
    return float(E[1] - E[0]) * float(J_rad_s) / float(kBT_rad_s)


def splitting_rad_s_full_ed(N, g, J_rad_s) -> float:
    E = full_doublet(int(N), float(g))["E"]
    return float(E[1] - E[0]) * float(J_rad_s)


def gap_ratio_full_ed(N, g) -> float:
    E = full_doublet(int(N), float(g))["E"]
    return float((E[2] - E[0]) / (E[1] - E[0]))


def secular_ratio_full_ed(N, g, J_rad_s, gamma_phi) -> float:
    d = full_doublet(int(N), float(g))
    return 2 * float(d["E"][1] - d["E"][0]) * float(J_rad_s) / (float(gamma_phi) * d["g_eig"])


def _pq_full(N, g) -> dict:
    d = full_doublet(int(N), float(g))
    gmf = g_mf_by_minimisation(N, g)
    X2 = d["X"] ** 2
    ptr = d["g_eig"] + X2
    return {"pointer": ptr, "protection": ptr / d["g_eig"], "overestimate": gmf / ptr - 1,
            "below": 1 - ptr / gmf, "enhancement": gmf / d["g_eig"] / 2,
            "delta": int(N) * order_parameter_by_minimisation(float(g)) / 2 - d["X"], "X": d["X"],
            "leak_avg": 1 - X2 / d["g_eig"], "leak_abs": d["g_eig"] - X2,
            "leak0": 1 - X2 / d["jz2"][0], "leak1": 1 - X2 / d["jz2"][1], "g_mf": gmf,
            "g_eig": d["g_eig"]}


def pointer_factor_full_ed(N, g):
    return _pq_full(N, g)["pointer"]


def protection_factor_full_ed(N, g):
    return _pq_full(N, g)["protection"]


def mean_field_overestimate_full_ed(N, g):
    return _pq_full(N, g)["overestimate"]


def exact_rate_below_full_ed(N, g):
    return _pq_full(N, g)["below"]


def enhancement_full_ed(N, g):
    return _pq_full(N, g)["enhancement"]


def depletion_full_ed(N, g):
    return _pq_full(N, g)["delta"]


def pointer_magnetisation_full_ed(N, g):
    return _pq_full(N, g)["X"]


def leakage_fraction_full_ed(N, g):
    return _pq_full(N, g)["leak_avg"]


def leakage_absolute_full_ed(N, g):
    return _pq_full(N, g)["leak_abs"]


def doublet_decay_rate_by_superoperator(N, g, gamma_phi) -> float:
    """−(non-zero eigenvalue) of the 4×4 superoperator of D[√γ P J_z P] (full-ED projection)."""
    d = full_doublet(int(N), float(g))
    S = liouvillian_matrix(np.zeros((2, 2)), [math.sqrt(float(gamma_phi)) * d["jz"]])
    lam = np.linalg.eigvals(S).real
    return float(-lam.min())


@functools.cache
def ratio_scan_full_ed(g, n_max: int = 700) -> tuple:
    """(N array, R array) for every N = 2 … n_max from the full matrix."""
    ns = np.arange(2, n_max + 1)
    return ns, np.array([ratio_full_ed(int(n), g) for n in ns])


def ratio_peak_position_scan(g) -> int:
    ns, r = ratio_scan_full_ed(float(g))
    return int(ns[int(np.argmax(r))])


def ratio_peak_value_scan(g) -> float:
    ns, r = ratio_scan_full_ed(float(g))
    return float(r.max())


def enhancement_peak_scan(g) -> float:
    return ratio_peak_value_scan(g) / 2


def ratio_crossing_scan(g) -> int:
    ns, r = ratio_scan_full_ed(float(g))
    return int(ns[int(np.nonzero(r > 2)[0][0])])


LIMIT_NS = (4000, 8000, 16000, 32000, 64000, 100000)


def ratio_limit_by_fit(g) -> dict:
    """R∞ from R(N) = R∞ + a/N + b/N² on the full-matrix G_eig at N = 4·10³ … 10⁵."""
    vals = [ratio_full_ed(n, g) for n in LIMIT_NS]
    main = _polyfit_inverse_n(LIMIT_NS, vals, 2)
    alt = _polyfit_inverse_n(LIMIT_NS[-3:], vals[-3:], 1)
    return {"value": float(main[0]), "uncertainty": float(abs(main[0] - alt[0]) + 1e-7),
            "details": f"fit on N = {LIMIT_NS}: R∞ = {main[0]:.8f}, a = {main[1]:.2f}"}


def _richardson(fn, ns=(32000, 64000, 100000)) -> dict:
    v = [fn(n) for n in ns]
    lim = (v[2] * ns[2] - v[1] * ns[1]) / (ns[2] - ns[1])
    alt = (v[1] * ns[1] - v[0] * ns[0]) / (ns[1] - ns[0])
    return {"value": float(lim), "uncertainty": float(abs(lim - alt) + 1e-9),
            "details": f"Richardson from N = {ns}: values {', '.join(f'{x:.7f}' for x in v)}"}


def second_moment_ratio_by_extrapolation(g) -> dict:
    """lim G_eig/X² from the full-matrix doublet (Richardson in 1/N)."""
    return _richardson(lambda n: full_doublet(n, float(g))["g_eig"] / full_doublet(n, float(g))["X"] ** 2)


def degenerate_rate_limit_by_extrapolation(g) -> dict:
    """lim 2X²/G_MF from the full-matrix doublet (Richardson in 1/N)."""
    return _richardson(lambda n: 2 * full_doublet(n, float(g))["X"] ** 2 / g_mf_by_minimisation(n, g))


def convergence_exponent_by_slope(g) -> dict:
    """log–log slope of R − 2 between N = 6.4·10⁴ and 10⁵ (full matrix)."""
    a, b, c = 32000, 64000, 100000
    ra, rb, rc = (ratio_full_ed(n, g) - 2 for n in (a, b, c))
    s = math.log(rc / rb) / math.log(c / b)
    s_prev = math.log(rb / ra) / math.log(b / a)
    return {"value": s, "uncertainty": abs(s - s_prev) + 1e-3,
            "details": f"R − 2 = {ra:.3e}, {rb:.3e}, {rc:.3e} at N = {a}, {b}, {c}; slopes "
                       f"{s_prev:.4f}, {s:.4f} (uncertainty: their difference)"}


def temperature_nk_scipy(kBT_rad_s) -> float:
    from scipy import constants
    return constants.hbar * float(kBT_rad_s) / constants.k * 1e9


def vacuum_overlap_by_state_vectors(N, g) -> float:
    ms = math.sqrt(1 - float(g) ** 2)
    return float(spin_coherent_state(int(N), ms) @ spin_coherent_state(int(N), -ms))


def tunnelling_scale_by_quadrature(N, g) -> float:
    return math.exp(-int(N) * instanton_action_by_quadrature(float(g)))


def tunnelling_over_overlap_numeric(N, g) -> float:
    return tunnelling_scale_by_quadrature(N, g) / vacuum_overlap_by_state_vectors(N, g)


def scs_variance_error_by_vectors(N, g) -> float:
    ms = order_parameter_by_minimisation(float(g))
    return scs_second_moment_by_vectors(int(N), ms) / (g_mf_by_minimisation(N, g) / 2) - 1


# ---------------------------------------------------------------------------------------
# The companion's Leggett–Garg thresholds: full-matrix levels, superoperator eig, brentq
# ---------------------------------------------------------------------------------------

def _levels_model(N, g, J_rad_s, n):
    E, V, m = full_lowest(int(N), float(g), max(n, 3))
    V = V[:, :n]
    A = V.T @ (m[:, None] * V)
    Q = V.T @ (np.sign(m)[:, None] * V)
    H = np.diag((E[:n] - E[0]) * float(J_rad_s))
    return H, A, Q


def _k3_by_eig(H, A, Q, gamma):
    """Stationary K3 = 2C(τ) − C(2τ) by eigen-decomposition of the full n²×n² superoperator
    (numpy eig, no parity sector), C(t) = Tr[Q E_t(½{Q, ρ0})], ρ0 = |E0⟩⟨E0|, τ = π/(3ΔE)."""
    n = H.shape[0]
    S = liouvillian_matrix(H.astype(complex), [math.sqrt(gamma) * A.astype(complex)])
    lam, W = np.linalg.eig(S)
    rho0 = np.zeros((n, n), complex)
    rho0[0, 0] = 1
    c0 = np.linalg.solve(W, (0.5 * (Q @ rho0 + rho0 @ Q)).reshape(-1))
    qv = Q.T.reshape(-1)                     # Tr[Q ρ] = Σ_ab Q_ba ρ_ab
    tau = math.pi / (3 * (H[1, 1] - H[0, 0]))
    c = [float((qv @ (W @ (np.exp(lam * t) * c0))).real) for t in (tau, 2 * tau)]
    return 2 * c[0] - c[1]


@memo
def lgi_threshold_levels_by_eigendecomposition(N, g, J_rad_s, n_levels: int = 5) -> float:
    """γ at which the n-level K3 = 1: superoperator eigen-decomposition (numpy), brentq in γ."""
    from scipy.optimize import brentq as _brentq
    H, A, Q = _levels_model(N, g, J_rad_s, n_levels)
    scale = H[1, 1] / g_eig_full_ed(N, g)        # ΔE/⟨J_z²⟩: the root lies within 10^±2 of it
    return float(_brentq(lambda x: _k3_by_eig(H, A, Q, x) - 1, scale / 100, scale * 100,
                         xtol=1e-15 * scale, rtol=1e-13))


@memo
def lgi_two_level_threshold_by_eigendecomposition(N, g, J_rad_s, rate: str = "eigenstate") -> float:
    """Two-level model (H = diag(0, ΔE), coherence rate γG, Q = Q01σ_x): eigen-decomposition, brentq."""
    from scipy.optimize import brentq as _brentq
    H5, A5, Q5 = _levels_model(N, g, J_rad_s, 2)
    G = g_eig_full_ed(N, g) if rate == "eigenstate" else g_mf_by_minimisation(N, g)
    H = np.diag([0.0, H5[1, 1]])
    A = math.sqrt(G / 2) * np.diag([1.0, -1.0])
    Q = abs(Q5[0, 1]) * np.array([[0.0, 1.0], [1.0, 0.0]])
    scale = H[1, 1] / G
    return float(_brentq(lambda x: _k3_by_eig(H, A, Q, x) - 1, scale / 100, scale * 100,
                         xtol=1e-15 * scale, rtol=1e-13))


def lgi_threshold_level_a_by_eigendecomposition(N, g, J_rad_s):
    return lgi_two_level_threshold_by_eigendecomposition(N, g, J_rad_s, "mean-field")


def lgi_threshold_level_b_by_eigendecomposition(N, g, J_rad_s):
    return lgi_two_level_threshold_by_eigendecomposition(N, g, J_rad_s, "eigenstate")


def lgi_ratio_b_over_a_by_eigendecomposition(N, g, J_rad_s):
    return lgi_threshold_level_b_by_eigendecomposition(N, g, J_rad_s) / lgi_threshold_level_a_by_eigendecomposition(N, g, J_rad_s)


def lgi_ratio_c_over_b_by_eigendecomposition(N, g, J_rad_s, n_levels: int = 5):
    return lgi_threshold_levels_by_eigendecomposition(N, g, J_rad_s, n_levels) / lgi_threshold_level_b_by_eigendecomposition(N, g, J_rad_s)


def lgi_ratio_c_over_a_by_eigendecomposition(N, g, J_rad_s, n_levels: int = 5):
    return lgi_threshold_levels_by_eigendecomposition(N, g, J_rad_s, n_levels) / lgi_threshold_level_a_by_eigendecomposition(N, g, J_rad_s)


# ---------------------------------------------------------------------------------------
# Property routes (numerical side): candidate instances from the full matrix, dense
# superoperators, ODE integration and seeded searches; the judge evaluates the statement.
# ---------------------------------------------------------------------------------------

def _sizes(N, large: bool = True) -> list:
    """The Table 3 sizes, with the paper's benchmark N taken from the input."""
    return sorted({int(N), 100, 200, 300, 500} | ({1000, 2000} if large else set()))


def proposition_search_instances(seed: int = 20260403, examples: int = 150) -> dict:
    """Every eigenstate of seeded random parity models and random LMG instances:
    |⟨E|A|E⟩|/‖A‖ with its double-precision bound 10·n·eps·‖H‖/gap and the gap."""
    rng = np.random.default_rng(seed)
    models = [_random_parity_model(rng, int(rng.integers(2, 13)))[:2] for _ in range(examples)]
    for _ in range(examples // 3):
        n_spins, G = int(rng.integers(1, 61)), float(rng.uniform(0.05, 2.0))
        models.append((lmg.hamiltonian_dense(n_spins, G), np.diag(lmg.jz_diag(n_spins))))
    out = []
    for k, (H, A) in enumerate(models):
        vals, bound = _eigenstate_expectations(H, A)
        w = np.linalg.eigvalsh(H)
        gap = np.full(w.size, np.inf)
        gap[1:] = np.minimum(gap[1:], np.diff(w))
        gap[:-1] = np.minimum(gap[:-1], np.diff(w))
        i = int(np.argmax(vals / bound))
        out.append({"model": k, "dim": H.shape[0], "value": float(vals[i]), "bound": float(bound[i]),
                    "gap": float(gap[i]) / max(float(np.abs(w).max()), 1.0)})
    return {"instances": out, "searched": sum(H.shape[0] for H, _ in models)}


def lmg_parity_commutation_instances() -> list:
    """scipy expm(iπJ_x) for N = 1 … 12 against H at Γ/J = 0.73: [H, P] and P J_z P† + J_z."""
    out = []
    for n in range(1, 13):
        r = parity_operator_by_expm(n)
        out.append({"N": n, "h_defect": r["h_defect"], "jz_defect": r["jz_defect"]})
    return out


def lmg_parity_operator_instances_expm() -> list:
    """scipy expm(iπJ_x), N = 1 … 12: P² = s·1 (s, defect), Hermiticity defect, spectrum."""
    out = []
    for n in range(1, 13):
        r = parity_operator_by_expm(n)
        s = complex(r["P2"][0, 0])
        out.append({"N": n, "P2": s, "P2_defect": float(np.abs(r["P2"] - s * np.eye(n + 1)).max()),
                    "herm_defect": r["hermitian_defect"], "spectrum": r["spectrum"]})
    return out


def _parity_operator_spectral(n: int) -> np.ndarray:
    """P = exp(iπJ_x) on the spin-n/2 Dicke space as U e^{iπw} Uᵀ from numpy's eigh of the real
    symmetric J_x (exact exponential of a Hermitian matrix; ~25× faster than scipy's Padé
    ``expm`` at N = 370, equal to it within 1e-13)."""
    off = lmg.jx_offdiag(n)
    w, U = np.linalg.eigh(np.diag(off, 1) + np.diag(off, -1))
    return (U * np.exp(1j * np.pi * w)) @ U.T


def doublet_parity_instances_dense(N, g) -> list:
    """⟨E0|P|E0⟩, ⟨E1|P|E1⟩ with P = exp(iπJ_x) (:func:`_parity_operator_spectral`) and
    Π = ∏σ_x = e^{−iπN/2}P, from the dense eigenvectors of the full H (numpy eigh), at the
    paper's N and every even N = 2 … 40."""
    out = []
    for n in sorted({int(N)} | set(range(2, 41, 2))):
        P = _parity_operator_spectral(n)
        Pi = np.exp(-1j * np.pi * n / 2) * P
        _w, V = np.linalg.eigh(lmg.hamiltonian_dense(n, float(g)))
        for name, op in (("P", P), ("Pi", Pi)):
            out.append({"N": n, "op": name, "p0": complex(V[:, 0] @ op @ V[:, 0]),
                        "p1": complex(V[:, 1] @ op @ V[:, 1])})
    return out


def corollary1_opposite_instances(seed: int = 20260404, examples: int = 200) -> list:
    rng = np.random.default_rng(seed)
    out = []
    for k in range(examples):
        n = int(rng.integers(3, 7))
        H, A, P = _random_parity_model(rng, n)
        w, V = np.linalg.eigh(H)
        A_e = V.conj().T @ A @ V
        pd = np.diag(V.conj().T @ P @ V)
        S = liouvillian_matrix(np.diag(w), [A_e])
        nrm = np.linalg.norm(A_e, 2) ** 2
        for a in range(n):
            for b in range(n):
                if a != b and abs(pd[a] - pd[b]) > 1e-6:
                    out.append({"model": k, "value": float(max(abs(S[a * n + b, a * n + a]),
                                                               abs(S[a * n + b, b * n + b])) / nrm)})
    return out


def corollary1_same_instances_search() -> list:
    r = corollary1_search()
    return [{"value": r["same_max"], "where": r["same_example"]}]


def corollary2_coupling_by_full_vectors(N, g) -> list:
    """⟨E0|D[J_z](|E1⟩⟨E0|)|E1⟩ (the ρ_10 → ρ_01 element per γ) from the full-matrix vectors."""
    d = full_doublet(int(N), float(g))
    v0, v1, m = d["v0"], d["v1"], d["m"]
    l01 = float(v0 @ (m * v1))
    l2_01 = float(v0 @ (m * m * v1))
    ov = float(v0 @ v1)
    return [{"N": int(N), "X": abs(l01), "coupling": l01 * l01 - l2_01 * ov}]


def eq8_instances(seed: int = 20260405, examples: int = 200) -> list:
    """Random 2×2 density matrices (some with ρ00 = ρ11, Re ρ01 = 0, some general): ρ_LR, ρ_01."""
    rng = np.random.default_rng(seed)
    Lv, Rv = np.array([1, 1]) / math.sqrt(2), np.array([1, -1]) / math.sqrt(2)
    out = []
    for k in range(examples):
        if k % 2:
            b = rng.uniform(-0.5, 0.5)
            rho = np.array([[0.5, 1j * b], [-1j * b, 0.5]])
        else:
            Z = rng.normal(size=(2, 2)) + 1j * rng.normal(size=(2, 2))
            rho = Z @ Z.conj().T
            rho /= np.trace(rho).real
        out.append({"rho00": float(rho[0, 0].real), "rho11": float(rho[1, 1].real),
                    "re01": float(rho[0, 1].real), "rho_LR": complex(Lv @ rho @ Rv),
                    "rho_01": complex(rho[0, 1])})
    return out


EQ20_NS = (10, 50, 100, 200, 300, 500, 700, 1000)  # with the input N added


def _mixing_bound(n: int, g) -> float:
    """Double-precision accuracy of the doublet eigenvectors: angle ≲ 10(N+1)·eps·‖H‖/ΔE."""
    d, e, _ = lmg.hamiltonian_tridiagonal(int(n), float(g))
    norm = float(np.abs(d).max() + 2 * np.abs(e).max())
    E = full_doublet(int(n), float(g))["E"]
    return 10 * (int(n) + 1) * EPS * norm / float(E[1] - E[0])


EPS = float(np.finfo(float).eps)


def _resolved(N, g) -> list:
    """The sizes of the identity checks at which double precision resolves the doublet
    (eigenvector angle bound below 10⁻⁶); larger N would test rounding, not the identity."""
    return [n for n in sorted(set(EQ20_NS) | {int(N)}) if _mixing_bound(n, g) < 1e-6]


def eq20_instances(N, g) -> list:
    """⟨L|J_z²|L⟩ against ½(⟨E0|J_z²|E0⟩ + ⟨E1|J_z²|E1⟩), L = (E0 + E1)/√2, full-matrix vectors."""
    out = []
    for n in _resolved(N, g):
        d = full_doublet(n, float(g))
        L = (d["v0"] + d["v1"]) / math.sqrt(2)
        out.append({"N": n, "lhs": float(L @ (d["m"] ** 2 * L)), "rhs": d["g_eig"],
                    "bound": _mixing_bound(n, g) * d["g_eig"]})
    return out


def pointer_magnetisation_instances(N, g) -> list:
    """⟨L|J_z|L⟩ against ⟨E0|J_z|E1⟩ (same full-matrix vectors, whatever their signs)."""
    out = []
    for n in _resolved(N, g):
        d = full_doublet(n, float(g))
        L = (d["v0"] + d["v1"]) / math.sqrt(2)
        out.append({"N": n, "lhs": float(L @ (d["m"] * L)), "rhs": d["X_raw"],
                    "bound": _mixing_bound(n, g) * d["X"]})
    return out


def pointer_offdiagonal_instances(N, g) -> list:
    out = []
    for n in _resolved(N, g):
        d = full_doublet(n, float(g))
        L, R = (d["v0"] + d["v1"]) / math.sqrt(2), (d["v0"] - d["v1"]) / math.sqrt(2)
        out.append({"N": n, "lhs": float(L @ (d["m"] * R)), "rhs": 0.0, "scale": float(n),
                    "bound": _mixing_bound(n, g) * d["X"]})
    return out


def small_n_ratio_instances(g) -> list:
    return [{"N": n, "R": ratio_full_ed(n, g)} for n in range(2, 100)]


def ratio_decrease_instances(g) -> list:
    """Consecutive pairs from the peak to N = 700 (every N) and along N = 10³ … 10⁵."""
    ns, r = ratio_scan_full_ed(float(g))
    k = int(np.argmax(r))
    out = [{"N": int(ns[i]), "N_next": int(ns[i + 1]), "R": float(r[i]), "R_next": float(r[i + 1]),
            "after_peak": True} for i in range(k, len(ns) - 1)]
    ladder = [700, 1000, 2000, 4000, 10000, 100000]
    rl = [ratio_full_ed(n, g) for n in ladder]
    out += [{"N": a, "N_next": b, "R": x, "R_next": y, "after_peak": True}
            for a, b, x, y in zip(ladder, ladder[1:], rl, rl[1:])]
    return out


def ratio_exceeds_two_instances(g) -> list:
    ns, r = ratio_scan_full_ed(float(g))
    out = [{"N": int(n), "R": float(x)} for n, x in zip(ns, r)]
    out += [{"N": n, "R": ratio_full_ed(n, g)} for n in (1000, 2000, 10000, 100000)]
    return out


def eq21_sign_instances(N, g) -> list:
    """SCS correction ⟨θ|J_z²|θ⟩ − N²m*²/4 (Dicke-basis SCS vector) and G_eig − N²m*²/4 (full ED)."""
    ms = order_parameter_by_minimisation(float(g))
    out = []
    for n in sorted(set(range(2, 151)) | set(_sizes(N))):
        ref = (n * ms / 2) ** 2
        out.append({"N": n, "scs_corr": scs_second_moment_by_vectors(n, ms) - ref,
                    "eig_corr": g_eig_full_ed(n, g) - ref})
    return out


def doublet_dissipator_eigenvalues_numeric(N, g, gamma_phi) -> list:
    d = full_doublet(int(N), float(g))
    S = liouvillian_matrix(np.zeros((2, 2)), [math.sqrt(float(gamma_phi)) * d["jz"]])
    return [{"eigs": sorted(float(x) for x in np.linalg.eigvals(S).real)}]


def doublet_mode_instances_numeric(N, g, gamma_phi) -> list:
    d = full_doublet(int(N), float(g))
    # orient the doublet basis so that it is (E0, E1) up to signs (full ED resolves N ≤ 10³)
    S = liouvillian_matrix(np.zeros((2, 2)), [math.sqrt(float(gamma_phi)) * d["jz"]])
    paulis = {"identity": np.eye(2), "sigma_x": np.array([[0, 1], [1, 0]]),
              "sigma_y": np.array([[0, -1j], [1j, 0]]), "sigma_z": np.diag([1.0, -1.0])}
    out = {}
    for name, s in paulis.items():
        img = S @ s.reshape(-1)
        lam = (np.vdot(s.reshape(-1), img) / np.vdot(s.reshape(-1), s.reshape(-1))).real
        resid = np.linalg.norm(img - lam * s.reshape(-1)) / max(abs(lam), float(np.abs(S).max()))
        out[name] = float(lam) if resid < 1e-9 else None
    return [out]


def pointer_population_difference_instances(seed: int = 20260406, examples: int = 200) -> list:
    rng = np.random.default_rng(seed)
    Lv, Rv = np.array([1, 1]) / math.sqrt(2), np.array([1, -1]) / math.sqrt(2)
    out = []
    for _ in range(examples):
        Z = rng.normal(size=(2, 2)) + 1j * rng.normal(size=(2, 2))
        rho = Z @ Z.conj().T
        rho /= np.trace(rho).real
        out.append({"lhs": float((Lv @ rho @ Lv - Rv @ rho @ Rv).real), "rhs": float(2 * rho[0, 1].real),
                    "scale": 1.0})
    return out


def pointer_eigenvector_instances(N, g) -> list:
    """Eigenvectors of the full-ED doublet-projected J_z: overlaps with (1, ±1)/√2."""
    d = full_doublet(int(N), float(g))
    w, U = np.linalg.eigh(d["jz"])
    out = []
    for k in range(2):
        best = max(abs(U[:, k] @ np.array([1, s]) / math.sqrt(2)) for s in (1, -1))
        out.append({"eigenvalue_over_X": float(w[k] / d["X"]), "overlap": float(best)})
    return out


def degenerate_rate_ratio_instances(N, g) -> list:
    return [{"N": n, "ratio": 2 * full_doublet(n, float(g))["X"] ** 2 / g_mf_by_minimisation(n, g)}
            for n in _sizes(N) + [10000, 100000]]


def two_channel_decoupling_instances() -> list:
    """Re ρ_LR(t)/Re ρ_LR(0) against e^{−Γ_L t} by expm of the pointer-doublet Liouvillian."""
    out = []
    for Delta, GL in ((1.0, 0.3), (5.0, 2.0), (1.0, 10.0)):
        r = two_channel_by_integration(Delta, GL, 2.0 / GL)
        out.append({"Delta": Delta, "Gamma_L": GL, "error": r["re_pure_exponential_error"]})
    return out


def remark1_instances_numeric() -> list:
    S = pointer_two_level_liouvillian(1.0, 0.0)
    E_v = np.array([[0, 1j], [-1j, 0]])
    E_w = np.array([[0.5, 0], [0, -0.5]])
    img_w = (S @ E_w.reshape(-1)).reshape(2, 2)
    img_v = (S @ E_v.reshape(-1)).reshape(2, 2)
    return [{"dv_dw": float(img_w[0, 1].imag), "dw_dv": float((img_v[0, 0] - img_v[1, 1]).real)}]


def overdamped_instances_numeric() -> list:
    """Liouvillian eigenvalues of the (v, w) channel, Δ = 1, Γ_L = 4 … 100 (LAPACK)."""
    out = []
    for gl in (4.0, 6.0, 10.0, 20.0, 50.0, 100.0):
        lam = np.linalg.eigvals(pointer_two_level_liouvillian(1.0, gl))
        rs = [complex(z) for z in lam if abs(z) > 1e-9 and abs(z.real + gl) > 1e-6 * gl]
        out.append({"Delta": 1.0, "Gamma_L": gl, "roots": rs, "slow": -max(r.real for r in rs)})
    return out


def underdamped_instances_numeric() -> list:
    out = []
    for Delta, gl in ((10.0, 3.0), (2.0, 3.9), (5.0, 0.5), (40.0, 13.0)):
        lam = np.linalg.eigvals(pointer_two_level_liouvillian(Delta, gl))
        for z in lam:
            if abs(z.imag) > 1e-9:
                out.append({"Delta": Delta, "Gamma_L": gl, "re": float(z.real)})
    return out


def benchmark_regime_instance(N, g, J_rad_s, gamma_phi) -> list:
    return [{"Gamma_L": float(gamma_phi) * g_mf_by_minimisation(N, g),
             "two_Delta": 2 * splitting_rad_s_full_ed(N, g, J_rad_s)}]


def leakage_instances(N, g) -> list:
    return [{"N": n, "leak0": _pq_full(n, g)["leak0"], "leak1": _pq_full(n, g)["leak1"]}
            for n in _sizes(N, False)]


def leakage_slope_instances(g) -> list:
    """log–log slope of X²/leakage between consecutive large N (full matrix, invariant X)."""
    ns = (10000, 20000, 50000, 100000)
    vals = [full_doublet(n, float(g))["X"] ** 2 / _pq_full(n, g)["leak_abs"] for n in ns]
    return [{"N": a, "N_next": b, "slope": math.log(y / x) / math.log(b / a)}
            for a, b, x, y in zip(ns, ns[1:], vals, vals[1:])]


def depletion_sign_instances(N, g) -> list:
    return [{"N": n, "delta": depletion_full_ed(n, g)} for n in _sizes(N)]


def tridiagonal_instances() -> list:
    out = []
    for n in (4, 8, 13):
        off = lmg.jx_offdiag(n)
        Jx = np.diag(off, 1) + np.diag(off, -1)
        Jz = np.diag(lmg.jz_diag(n))
        H = -(2 / n) * Jz @ Jz - 2 * 0.7 * Jx
        out.append({"N": n, "band": float(np.abs(np.triu(H, 2)).max())})
    return out


def secular_ratio_instances(g, J_rad_s, gamma_phi) -> list:
    """2ΔE/(γG_eig) at N = 10³, 2·10³, 10⁴ (ΔE by the Wronskian identity, G_eig full matrix)."""
    out = []
    for n in (1000, 2000, 10000):
        w = lmg.splitting_wronskian(n, float(g))
        out.append({"N": n, "ratio": 2 * float(w.value_mp) * float(J_rad_s)
                    / (float(gamma_phi) * g_eig_full_ed(n, g))})
    return out


def gap_ratio_instances(N, g) -> list:
    return [{"N": n, "gap": gap_ratio_full_ed(n, g)} for n in _sizes(N, False)]


def completeness_instances(N, g) -> list:
    out = []
    for n in _sizes(N, False):
        _E, V = dense_spectrum(n, float(g))
        mz = lmg.jz_diag(n)
        col = V.T @ (mz * V[:, 0])
        out.append({"N": n, "lhs": float(col @ col), "rhs": float(np.sum(V[:, 0] ** 2 * mz**2)),
                    "scale": float(n * n)})
    return out


def flip_symmetry_instances(N, g) -> list:
    """min(‖v − Fv‖, ‖v + Fv‖) over every eigenvector of the full dense spectrum (F: m → −m)."""
    out = []
    for n in _sizes(N, False):
        _E, V = dense_spectrum(n, float(g))
        d = np.minimum(np.abs(V - V[::-1]).max(axis=0), np.abs(V + V[::-1]).max(axis=0))
        out.append({"N": n, "lhs": float(d.max()), "rhs": 0.0, "scale": 1e-1})
    return out


def approximation_errors_instance(N, g) -> list:
    q = _pq_full(N, g)
    return [{"N": int(N), "depletion": 1 - q["X"] ** 2 / (q["g_mf"] / 2),
             "scs_variance": scs_variance_error_by_vectors(N, g)}]


def depletion_vs_corrections_instances(N, g) -> list:
    delta = depletion_full_ed(N, g)
    rel = delta / (int(N) * order_parameter_by_minimisation(float(g)) / 2)
    out = []
    for cname, c in (("splitting scale e^-NS", tunnelling_scale_by_quadrature(N, g)),
                     ("vacuum overlap g^N", vacuum_overlap_by_state_vectors(N, g))):
        for sname, s in (("relative", rel), ("absolute", delta)):
            out.append({"N": int(N), "shift": sname, "correction": cname, "decades": math.log10(s / c)})
    return out


def depletion_vs_tunnelling_instances(N, g) -> list:
    ms = order_parameter_by_minimisation(float(g))
    return [{"N": n, "relative_depletion": depletion_full_ed(n, g) / (n * ms / 2),
             "scale": tunnelling_scale_by_quadrature(n, g)} for n in _sizes(N)]


def cross_term_instance(N, g) -> list:
    d = depletion_full_ed(N, g)
    ms = order_parameter_by_minimisation(float(g))
    return [{"N": int(N), "cross": int(N) * ms * d, "square": d * d}]


def lapack_driver_instances_runtime() -> list:
    import scipy.linalg as sla
    from scipy.linalg import _decomp
    out = []
    for driver in (None, "evd"):
        seen = []
        original = _decomp.get_lapack_funcs

        def spy(names, *args, **kwargs):
            seen.extend([names] if isinstance(names, str) else list(names))
            return original(names, *args, **kwargs)
        _decomp.get_lapack_funcs = spy
        try:
            sla.eigh(np.diag([1.0, 2.0, 3.0, 4.0]) + 0.1, driver=driver)
        finally:
            _decomp.get_lapack_funcs = original
        out.append({"driver": driver or "default", "routines": tuple("d" + s for s in seen)})
    return out


def pointer_coherence_eigen_instance(N, g, gamma_phi) -> list:
    d = full_doublet(int(N), float(g))
    S = liouvillian_matrix(np.zeros((2, 2)), [math.sqrt(float(gamma_phi)) * d["jz"]])
    w, U = np.linalg.eigh(d["jz"])
    op = np.outer(U[:, 1], U[:, 0])         # |L⟩⟨R| in the J_z-pointer basis of the full-ED doublet
    img = (S @ op.reshape(-1)).reshape(2, 2)
    lam = complex(np.vdot(op.reshape(-1), img.reshape(-1)))
    rate = 2 * float(gamma_phi) * d["X"] ** 2
    return [{"lhs": float(np.linalg.norm(img - lam * op)), "rhs": 0.0, "scale": rate,
             "rate_ratio": float(-lam.real / rate)}]


def dicke_instances() -> list:
    out = []
    for lam in (0.3, 0.8, 1.5):
        r = dicke_model_search(couplings=(lam,))
        out.append({"lambda": lam, "value": r["worst_value"], "bound": r["worst_value"] / max(r["worst_ratio"], 1e-300),
                    "gap": 1.0})
    return out


def real_eigenvector_instances(N, g) -> list:
    out = []
    for n in (100, int(N)):
        H = lmg.hamiltonian_dense(n, float(g))
        E, V = np.linalg.eigh(H)
        out.append({"N": n, "real_symmetric": bool(np.isrealobj(H) and np.array_equal(H, H.T)),
                    "resid": float(np.abs(H @ V - V * E).max() / np.abs(E).max())})
    return out


def universality_instances(g, n_large: int = 2000) -> list:
    """(G_L + X_L²)/G_L for L = J_z and L = J_y from the full-matrix doublet; X_L is half the
    eigenvalue spread of the doublet-projected L (the pointer basis L itself selects)."""
    d = full_doublet(n_large, float(g))
    off = lmg.jx_offdiag(n_large)
    v = np.stack([d["v0"], d["v1"]], axis=1)
    Jy_v = np.zeros_like(v, dtype=complex)     # J_y = (J+ − J−)/2i, J+|m⟩ ∝ |m+1⟩
    Jy_v[1:] += off[:, None] * v[:-1] / 2j
    Jy_v[:-1] -= off[:, None] * v[1:] / 2j
    py = v.T @ Jy_v
    gy = 0.5 * float(np.sum(np.abs(Jy_v) ** 2))
    wy = np.linalg.eigvalsh(py)
    xy = 0.5 * float(wy[1] - wy[0])
    out = [{"L": "Jz", "N": n_large, "parity_odd": True, "ratio": (d["g_eig"] + d["X"] ** 2) / d["g_eig"]},
           {"L": "Jy", "N": n_large, "parity_odd": True, "ratio": (gy + xy**2) / gy}]
    return out


def squeezing_instance(N, g) -> list:
    """Kitagawa–Ueda bound ξ² ≤ 4Var(J_y)/N for L = (E0 + E1)/√2 from the full-matrix vectors."""
    d = full_doublet(int(N), float(g))
    L = (d["v0"] + d["v1"]) / math.sqrt(2)
    return [{"N": int(N), "xi2_upper": 4 * _jy2(L, lmg.jx_offdiag(int(N))) / int(N)}]


# -- callables for the closed-form (Expression) claims: evaluated at seeded points ---------
def redfield_rate_function():
    """Γ_ab(γ, ⟨a|J_z²|a⟩, ⟨b|J_z²|b⟩, ⟨a|J_z|a⟩, ⟨b|J_z|b⟩) read off a numerical Liouvillian."""
    return redfield_rate_by_superoperator


def _mean_field_rate(N, m_star):
    jz = np.diag([N * m_star / 2, -N * m_star / 2])
    S = liouvillian_matrix(np.zeros((2, 2)), [jz])
    return float(-S[1, 1].real)


def mean_field_rate_function():
    """Γ_LR/γ of the 2×2 Liouvillian with L = diag(±N m*/2): −Re S[(L,R),(L,R)]."""
    return _mean_field_rate


def order_parameter_squared_function():
    """Γ ↦ m*(Γ)² by numerical minimisation of the spin-coherent energy."""
    return lambda Gamma: order_parameter_by_minimisation(Gamma) ** 2


def eigenstate_rate_function():
    return lambda Jz2_a, Jz2_b: redfield_rate_by_superoperator(1.0, Jz2_a, Jz2_b, 0.0, 0.0)


def pointer_rate_function():
    return lambda G_eig, X: redfield_rate_by_superoperator(1.0, G_eig, G_eig, X, -X)
