"""Small self-contained computations behind report figures, where no engine exists yet.

Only what :mod:`claims.plots` needs and the engines in :mod:`numerics` do not
provide: the Leggett–Garg K3(γ_φ) curves of the LMG benchmark in truncated
energy-eigenstate bases (a Lindblad engine ``numerics/lindblad.py`` is being
written; switch the plot to it when it lands).

Conventions (``lmg_lgi`` §7, Eq. (18); Remark 11): H = −(2J/N)J_z² − 2ΓJ_x at N = 370,
Γ/J = 0.95, J = 37195.4 rad/s; collective dephasing L = √γ_φ J_z; Q = sgn(J_z);
ρ0 = |E0⟩⟨E0|; C_ij = Tr[Q e^{𝓛(t_j − t_i)}(½{Q, ρ(t_i)})] (Eq. (18)) at the paper's
interval τ = π/(3ΔE) (0.80 ms; the optimum without dephasing), K3 = C12 + C23 − C13 with
ρ(t2) = e^{𝓛τ}ρ0, or the stationary form 2C12 − C13 of the App. I code.  In an n-level truncation H, J_z and Q
are projected on the lowest n eigenstates and the dissipator uses the projected
J_z (so the truncated generator is itself of Lindblad form).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
from scipy.linalg import expm
from scipy.optimize import brentq

from numerics import lmg

N_BENCH = 370
GAMMA_BENCH = 0.95
J_RAD_S = 37195.4
TAU_MAX = 3.0e-3  # s: the first K3 maximum sits near π/(3ΔE) ≈ 0.8 ms


@functools.cache
def lmg_levels(n_levels: int, N: int = N_BENCH, Gamma: float = GAMMA_BENCH):
    """Lowest ``n_levels`` energies (rad/s, from E0), J_z and sgn(J_z) in that eigenbasis, parities."""
    E, V, par = lmg.lowest_eigenpairs_parity(N, Gamma, k=n_levels)
    m = lmg.jz_diag(N)
    jz = V.T @ (m[:, None] * V)
    q = V.T @ (np.sign(m)[:, None] * V)
    return (E - E[0]) * J_RAD_S, jz, q, np.asarray(par)


@dataclass(frozen=True)
class Correlator:
    """C(t) = Σ_k a_k e^{λ_k t} for one truncation and one γ_φ."""

    a: np.ndarray
    lam: np.ndarray

    def __call__(self, t):
        t = np.asarray(t, dtype=float)
        return np.real(np.exp(np.multiply.outer(t, self.lam)) @ self.a)

    def k3(self, tau):
        return 2 * self(tau) - self(2 * np.asarray(tau))


def correlator(n: int, gamma_phi: float, n_basis: int | None = None) -> Correlator:
    """C(t) in the lowest ``n`` levels, by diagonalising the Liouvillian on parity-odd operators.

    Notes
    -----
    ½{Q, ρ0} is parity-odd (Q odd, ρ0 even) and the generator conserves operator parity
    (H even, J_z odd enters twice), so only the odd block (i, j of opposite parity) is needed.
    """
    E, jz, q, par = lmg_levels(n_basis or n)
    E, jz, q, par = E[:n], jz[:n, :n], q[:n, :n], par[:n]
    idx = np.array([i * n + j for i in range(n) for j in range(n) if par[i] != par[j]])
    eye, H, jz2 = np.eye(n), np.diag(E), jz @ jz
    # row-major vec: vec(A X B) = (A ⊗ Bᵀ) vec(X)
    sup = (-1j * (np.kron(H, eye) - np.kron(eye, H))
           + gamma_phi * (np.kron(jz, jz.T) - 0.5 * np.kron(jz2, eye) - 0.5 * np.kron(eye, jz2.T)))
    M = sup[np.ix_(idx, idx)]
    pairs = [(k // n, k % n) for k in idx]
    x0 = np.array([0.5 * (q[i, 0] * (j == 0) + (i == 0) * q[0, j]) for i, j in pairs], dtype=complex)
    qv = np.array([q[j, i] for i, j in pairs], dtype=complex)  # Tr[Q X] = Σ_ij Q_ji X_ij
    lam, S = np.linalg.eig(M)
    coef = np.linalg.solve(S, x0)
    return Correlator((qv @ S) * coef, lam)


def tau_opt() -> float:
    """The paper's interval τ = π/(3ΔE) (s), ΔE the doublet splitting in rad/s."""
    return math.pi / (3 * lmg_levels(2)[0][1])


@functools.cache
def propagators(n: int, gamma_phi: float) -> tuple[np.ndarray, np.ndarray, tuple]:
    """e^{𝓛τ} and e^{2𝓛τ} (row-major vec) in the lowest ``n`` levels at τ = π/(3ΔE)."""
    E, jz, q, _ = lmg_levels(n)
    eye, H, jz2 = np.eye(n), np.diag(E), jz @ jz
    sup = (-1j * (np.kron(H, eye) - np.kron(eye, H))
           + gamma_phi * (np.kron(jz, jz.T) - 0.5 * np.kron(jz2, eye) - 0.5 * np.kron(eye, jz2.T)))
    p1 = expm(sup * tau_opt())
    return p1, p1 @ p1, (q, n)


def k3_fixed(n: int, gamma_phi: float, protocol: str = "sequential") -> float:
    """K3 at τ = π/(3ΔE) in the lowest ``n`` levels.

    ``"sequential"``: K3 = C12 + C23 − C13 as the paper defines it (Eq. (18)), the state at
    t2 being ρ0 evolved for τ without the t1 measurement; ``"stationary"``: 2C12 − C13
    (C23 = C12, the App. I code's assumption).
    """
    p1, p2, (q, n) = propagators(n, gamma_phi)
    rho0 = np.zeros((n, n), dtype=complex)
    rho0[0, 0] = 1.0

    def instrument(rho):  # ½{Q, ρ}, vectorised row-major
        return (0.5 * (q @ rho + rho @ q)).reshape(-1)

    def corr(prop, rho):
        return float(np.real(np.trace(q @ (prop @ instrument(rho)).reshape(n, n))))

    c12, c13 = corr(p1, rho0), corr(p2, rho0)
    if protocol == "stationary":
        return 2 * c12 - c13
    rho_t2 = (p1 @ rho0.reshape(-1)).reshape(n, n)
    return c12 + corr(p1, rho_t2) - c13


@functools.cache
def k3_curve(n: int, gammas: tuple[float, ...], protocol: str = "sequential") -> np.ndarray:
    return np.array([k3_fixed(n, g, protocol) for g in gammas])


@functools.cache
def k3_threshold(n: int, gammas: tuple[float, ...], protocol: str = "sequential") -> float:
    """γ_φ at which K3 first falls to 1 (the classical bound) on the grid ``gammas``,
    refined by Brent's method inside the bracketing grid interval; NaN when it never does."""
    k = k3_curve(n, gammas, protocol) - 1.0
    for i in range(len(gammas) - 1):
        if k[i] > 0 >= k[i + 1]:
            return float(brentq(lambda g: k3_fixed(n, g, protocol) - 1.0, gammas[i],
                                gammas[i + 1], xtol=1e-5))
    return float("nan")


@functools.cache
def k3_untruncated_coherent(N: int = N_BENCH, Gamma: float = GAMMA_BENCH) -> float:
    """K3 at τ = π/(3ΔE) and γ_φ = 0 in the full (N+1)-dimensional space, exactly.

    Notes
    -----
    Without dephasing C(t) = Σ_j |⟨E_j|Q|E0⟩|² cos((E_j − E0) t) over every eigenstate
    (dense diagonalisation, ``numerics.lmg.spectrum_dense``): the untruncated reference the
    truncations approach at γ_φ = 0.
    """
    E, V = lmg.spectrum_dense(N, Gamma)
    q0 = V.T @ (np.sign(lmg.jz_diag(N)) * V[:, 0])
    w, omega = q0**2, (E - E[0]) * J_RAD_S

    tau = tau_opt()
    return float(2 * w @ np.cos(omega * tau) - w @ np.cos(2 * omega * tau))


@functools.cache
def eigenstate_rate_coefficients(N: int = N_BENCH, Gamma: float = GAMMA_BENCH) -> tuple[float, float, float]:
    """(ΔE in rad/s, G_eig = ½(⟨E0|J_z²|E0⟩ + ⟨E1|J_z²|E1⟩) in the full space, Q01²)."""
    E, V, _ = lmg.lowest_eigenpairs_parity(N, Gamma, k=2)
    m = lmg.jz_diag(N)
    g_eig = 0.5 * float(V[:, 0] @ (m**2 * V[:, 0]) + V[:, 1] @ (m**2 * V[:, 1]))
    q01 = float(V[:, 0] @ (np.sign(m) * V[:, 1]))
    return float(E[1] - E[0]) * J_RAD_S, g_eig, q01**2


def k3_two_level(gamma_phi: float, level: str = "B") -> float:
    """Levels A and B of lmg_lgi Remark 11: the two-level form
    C(τ) = Q01² e^{−Γ τ} cos(ΔE τ) at τ = π/(3ΔE), with Γ = γ_φ G_eig (B: the exact
    eigenstate rate, Eq. (26)) or Γ = γ_φ G_MF, G_MF = N² m*²/2 (A: mean-field, Eq. (13))."""
    de, g_eig, q2 = eigenstate_rate_coefficients()
    g = g_eig if level == "B" else N_BENCH**2 * lmg.m_star(GAMMA_BENCH) ** 2 / 2
    rate, tau = gamma_phi * g, tau_opt()
    return float(q2 * (2 * np.exp(-rate * tau) * np.cos(de * tau)
                       - np.exp(-2 * rate * tau) * np.cos(2 * de * tau)))


def k3_two_level_threshold(level: str = "B") -> float:
    """γ_φ where the level-A/B K3 falls to 1."""
    return float(brentq(lambda g: k3_two_level(g, level) - 1.0, 1e-4, 5.0, xtol=1e-6))
