"""K3 and LGI thresholds of the n-level LMG models as functions of the model's inputs (NumPy).

The numerical route of the K3 quantities of §7.3–7.4, Remarks 10–14 and the conclusion of
``lmg_lgi``: the lowest ``n_levels`` eigenpairs by LAPACK (``numerics.lmg``, parity blocks),
the n²×n² Liouvillian propagated by its eigen-decomposition (spectral propagation, every time
from one diagonalisation of each of its two superparity blocks), thresholds by SciPy's Brent
root finder on a geometric bracket scan.  Independent of :func:`derive.lmg_lgi.lgi_k3_mp`
(mpmath Sturm bisection and Padé matrix exponential); conventions and the three protocol
readings are documented there.
"""

from __future__ import annotations

import math
from functools import cache

import numpy as np
from scipy.optimize import brentq

from numerics import lmg
from numerics._trace import memo


@cache
def model(N: int, g: float, n_levels: int) -> dict:
    """Energies (J units), parities and the matrices J_z, J_z² (full space), sgn J_z
    (sgn(0) = 0) and |0⟩⟨0| between the lowest ``n_levels`` eigenstates."""
    E, V, par = lmg.lowest_eigenpairs_parity(int(N), float(g), k=int(n_levels))
    m = lmg.m_values(int(N))
    q = np.sign(m)
    p0 = (m == 0).astype(float)

    def proj(d):
        return V.T @ (d[:, None] * V)

    return {"E": E, "par": par, "Jz": proj(m), "Jz2": proj(m**2), "Q": proj(q), "P0": proj(p0)}


def _liouvillian(H, A, A2, gamma):
    n = H.shape[0]
    eye = np.eye(n)
    return (-1j * (np.kron(H, eye) - np.kron(eye, H.T))
            + gamma * (np.kron(A, A.T) - 0.5 * np.kron(A2, eye) - 0.5 * np.kron(eye, A2.T)))


#: Largest element of L between the two superparity blocks, relative to the largest element
#: of L, that :func:`_spectral` accepts as rounding of the parity-basis projections (~1e-17).
SUPERPARITY_TOL = 1e-12


def _superparity_blocks(par) -> list[np.ndarray]:
    """Positions in vec(ρ) (row-major, i·n + j) of the ρ_ij with p_i p_j = +1 and with −1
    (empty sets left out)."""
    s = np.outer(par, par).reshape(-1)
    return [b for b in (np.flatnonzero(s > 0), np.flatnonzero(s < 0)) if b.size]


def _spectral(L, t, par=None):
    """X ↦ exp(L t) X from the eigen-decomposition of L (numpy ``eig``, LAPACK inverse).

    Given the parities ``par`` of the states (H diagonal, the jump operator parity-odd, its
    square even), L conserves the superparity p_i p_j of ρ_ij, so it is block-diagonal on
    :func:`_superparity_blocks` and each block is decomposed on its own (two matrices of half
    the size: about a quarter of the work of one ``eig`` of L).  The elements of L between
    the blocks are zero up to the rounding of the parity-basis projections; they are checked
    to be below ``SUPERPARITY_TOL``·max|L| and left out.
    """
    if par is None:
        blocks = [np.arange(L.shape[0])]
    else:
        blocks = _superparity_blocks(par)
        if len(blocks) == 2:
            a, b = blocks
            cross = max(np.abs(L[np.ix_(a, b)]).max(), np.abs(L[np.ix_(b, a)]).max())
            if cross > SUPERPARITY_TOL * np.abs(L).max():
                raise ArithmeticError(f"L couples the superparity blocks ({cross:.3g}): "
                                      "the states are not parity eigenstates")
    parts = []
    for b in blocks:
        w, R = np.linalg.eig(L[np.ix_(b, b)])
        parts.append((b, np.exp(w * t), R, np.linalg.inv(R)))

    def ev(X):
        x = X.reshape(-1)
        out = np.empty(x.size, dtype=complex)
        for b, decay, R, Rinv in parts:
            out[b] = R @ (decay * (Rinv @ x[b]))
        return out.reshape(X.shape)

    return ev


def k3(N: int, g: float, J: float, gamma: float, n_levels: int = 5, protocol: str = "stationary",
       sgn0: int = 0, q_levels: int | None = None, dissipator: str = "projected") -> float:
    """K3 at τ* = π/(3ΔE) of the n-level model (see derive.lmg_lgi.lgi_k3_mp)."""
    mdl = model(int(N), float(g), int(n_levels))
    n = len(mdl["E"])
    E = (mdl["E"] - mdl["E"][0]) * float(J)
    tau = math.pi / (3.0 * E[1])
    H = np.diag(E)
    A = mdl["Jz"]
    A2 = A @ A if dissipator == "projected" else mdl["Jz2"]
    Q = mdl["Q"] + sgn0 * mdl["P0"]
    if q_levels is not None:
        Q = Q.copy()
        Q[q_levels:, :] = 0.0
        Q[:, q_levels:] = 0.0
    rho0 = np.zeros((n, n))
    rho0[0, 0] = 1.0
    ev = _spectral(_liouvillian(H, A, A2, float(gamma)), tau, mdl["par"])

    def corr(rho):
        once = ev(0.5 * (Q @ rho + rho @ Q))
        return np.real(np.trace(Q @ once)), np.real(np.trace(Q @ ev(once)))

    c12, c13 = corr(rho0)
    if protocol == "stationary":
        return float(2 * c12 - c13)
    if protocol == "listing":
        rho2 = ev(rho0)
    elif protocol == "text":
        eye = np.eye(n)
        P0 = 0.0 if sgn0 else mdl["P0"]
        Pp, Pm = 0.5 * (eye - P0 + Q), 0.5 * (eye - P0 - Q)
        rho2 = ev(Pp @ rho0 @ Pp + Pm @ rho0 @ Pm)
    else:
        raise ValueError(f"unknown protocol {protocol!r}")
    c23, _ = corr(rho2)
    return float(c12 + c23 - c13)


@memo
def threshold(N: int, g: float, J: float, n_levels: int = 5, protocol: str = "stationary",
              sgn0: int = 0, q_levels: int | None = None, dissipator: str = "projected") -> float:
    """γ with K3(τ*) = 1: the first sign change on a geometric grid over [10⁻³, 10²] s⁻¹ with
    four points a decade (finer than the derivation's doubling), then Brent's method."""
    def f(x):
        return k3(N, g, J, x, n_levels, protocol, sgn0, q_levels, dissipator) - 1.0
    grid = np.geomspace(1e-3, 1e2, 21)
    # the grid is scanned in order and the scan stops at the first sign change: the points
    # beyond it cannot change the bracket, so they are not evaluated
    fa = f(grid[0])
    for a, b in zip(grid[:-1], grid[1:]):
        fb = f(b)
        if fa > 0 >= fb:
            return brentq(f, a, b, xtol=1e-15, rtol=1e-14)
        fa = fb
    raise ValueError("K3 − 1 has no sign change on [1e-3, 1e2] s⁻¹")


# --------------------------------------------------------------------------------------
# Route functions of the declared inputs (numerical side of claims/papers/lmg_lgi)
# --------------------------------------------------------------------------------------

def threshold_five_level(N, g, J):
    """Level C threshold (5-level, stationary) by spectral propagation + Brent."""
    return threshold(N, g, J, 5)


def k3_five_level(N, g, J, gamma_phi, protocol="stationary"):
    return k3(N, g, J, gamma_phi, 5, protocol)


def higher_odd_state_factor(N, g, J):
    """Threshold with the full Q over the threshold with Q kept on the doublet only."""
    return threshold(N, g, J, 5) / threshold(N, g, J, 5, q_levels=2)


@cache
def _doublet(N, g):
    """(ΔE in J, ⟨J_z²⟩0, ⟨J_z²⟩1, p0, E2 − E1 in J) from the dense LAPACK diagonalisation
    of the whole (N+1)-dimensional Dicke sector (numpy.linalg.eigh)."""
    E, V = lmg.spectrum_dense(int(N), float(g))
    m = lmg.m_values(int(N))
    # the dense doublet may be any rotation of the parity pair: use the parity-symmetric
    # and antisymmetric combinations of the two lowest columns (equal weights at ±m)
    v0, v1 = V[:, 0], V[:, 1]
    a = (v0 + v0[::-1]) + (v1 + v1[::-1])
    b = (v0 - v0[::-1]) + (v1 - v1[::-1])
    a, b = a / np.linalg.norm(a), b / np.linalg.norm(b)
    jz2 = (float(np.sum(m**2 * a**2)), float(np.sum(m**2 * b**2)))
    p0 = float(a[m == 0][0] ** 2) if np.any(m == 0) else 0.0
    return {"dE": float(E[1] - E[0]), "jz2": jz2, "p0": p0, "E21": float(E[2] - E[1])}


def level_ab_ratio(N, g):
    """Ratio of the two-level thresholds (Eq. (22) = 1 solved by Brent) with T2 = 1/(γΓ_coll)
    and with T2 = 1/(γΓ_phys); Γ_coll = 2(N m*/2)² from m* = √(1 − g²)."""
    d = _doublet(N, g)
    gphys = 0.5 * sum(d["jz2"])
    mstar = math.sqrt(1.0 - float(g) ** 2)
    gcoll = 2.0 * (N * mstar / 2.0) ** 2
    q2 = 0.94  # Q01² enters both levels identically; its value cancels in the ratio

    def thr(rate):
        f = lambda x: q2 * (math.exp(-x) + 0.5 * math.exp(-2 * x)) - 1.0  # noqa: E731
        return brentq(f, 1e-9, 10.0, xtol=1e-15) / rate

    return thr(gphys) / thr(gcoll)


def t2_phys_ms(N, g, gamma_phi):
    d = _doublet(N, g)
    return 1e3 / (float(gamma_phi) * 0.5 * sum(d["jz2"]))


def secular_rate_s(N, g, gamma_phi):
    return float(gamma_phi) * 0.5 * sum(_doublet(N, g)["jz2"])


def t1_correction_share(N, g, gamma_phi, T1):
    return 0.5 / float(T1) / secular_rate_s(N, g, gamma_phi)


def optimal_interval_ms(N, g, J):
    return 1e3 * math.pi / (3.0 * _doublet(N, g)["dE"] * float(J))


def coherence_margin(N, g, J, gamma_phi):
    return t2_phys_ms(N, g, gamma_phi) / optimal_interval_ms(N, g, J)


def m0_weight(N, g):
    return _doublet(N, g)["p0"]


def _kt(T_nK):
    from scipy import constants as const

    return const.k * float(T_nK) * 1e-9 / const.hbar


def higher_level_population(N, g, J, T_nK):
    return math.exp(-_doublet(N, g)["E21"] * float(J) / _kt(T_nK))


def thermal_excited_population():
    """|E1⟩ population of the Gibbs state of a doublet with ΔE = k_BT (scipy expm)."""
    import scipy.linalg as sla

    rho = sla.expm(-np.diag([0.0, 1.0]))
    return float(rho[1, 1] / np.trace(rho))


def goldilocks_size(g, J, T_nK):
    """Smallest even N with ΔE(N) ≤ k_BT: scan of even N with the Wronskian splitting."""
    kt = _kt(T_nK) / float(J)
    for n in range(20, 2001, 2):
        if lmg.splitting_wronskian_value(n, float(g)) <= kt:
            return n
    raise ValueError("no even N ≤ 2000 with ΔE ≤ k_BT")


def lgi_protocol_instances(N, g, J, gamma_phi):
    out = []
    for reading in ("listing", "text"):
        row = {"reading": reading}
        for s in (0, 1):
            row[f"k3_seq_sgn0_{s}"] = k3(N, g, J, gamma_phi, 5, reading, s)
            row[f"k3_stat_sgn0_{s}"] = k3(N, g, J, gamma_phi, 5, "stationary", s)
        row["c12"] = _c12(N, g, J, gamma_phi)
        out.append(row)
    return {"instances": out, "searched": len(out)}


def _c12(N, g, J, gamma_phi):
    mdl = model(int(N), float(g), 5)
    E = (mdl["E"] - mdl["E"][0]) * float(J)
    tau = math.pi / (3.0 * E[1])
    A = mdl["Jz"]
    ev = _spectral(_liouvillian(np.diag(E), A, A @ A, float(gamma_phi)), tau, mdl["par"])
    rho0 = np.zeros((5, 5))
    rho0[0, 0] = 1.0
    Q = mdl["Q"]
    return float(np.real(np.trace(Q @ ev(0.5 * (Q @ rho0 + rho0 @ Q)))))


def protocol_difference(N, g, J, gamma_phi, k3_sequential):
    return k3(N, g, J, gamma_phi, 5, "stationary") - float(k3_sequential)


def protocol_difference_share(N, g, J, gamma_phi, diff):
    return float(diff) / k3(N, g, J, gamma_phi, 5, "stationary")


def kz_exponent(z, nu):
    """Freeze-out exponent by solving t̂ = (t̂/τ_Q)^{−zν} numerically (Brent, in log t̂) at
    τ_Q = 10², …, 10⁸ and fitting the log–log slope."""
    taus = np.logspace(2, 8, 13)
    zn = float(z) * float(nu)
    hats = [math.exp(brentq(lambda y, tq=tq: y + zn * (y - math.log(tq)), -50.0, 50.0, xtol=1e-14))
            for tq in taus]
    slope = np.polyfit(np.log(taus), np.log(hats), 1)[0]
    return float(slope)


def macrorealist_mixtures(samples: int = 2000, seed: int = 20260417):
    """Seeded random joint distributions over the 27 assignments (Dirichlet weights, some
    concentrated on few assignments), a search for a macrorealist model with K3 > 1."""
    import itertools

    rng = np.random.default_rng(seed)
    keys = list(itertools.product((-1, 0, 1), repeat=3))
    out = []
    for i in range(samples):
        alpha = 0.05 if i % 2 else 1.0
        w = rng.dirichlet(np.full(len(keys), alpha))
        out.append({"weights": {k: float(p) for k, p in zip(keys, w)}})
    return {"instances": out, "searched": samples}


# --- two-level analytic levels A and B: root finding on Eq. (22) -------------------------

def _q01sq(N, g):
    return float(model(int(N), float(g), 2)["Q"][0, 1] ** 2)


def q01_squared(N, g):
    """Q01² from the dense diagonalisation of the whole Dicke sector (numpy eigh)."""
    E, V = lmg.spectrum_dense(int(N), float(g))
    m = lmg.m_values(int(N))
    v0, v1 = V[:, 0], V[:, 1]
    a = (v0 + v0[::-1]) + (v1 + v1[::-1])
    b = (v0 - v0[::-1]) + (v1 - v1[::-1])
    a, b = a / np.linalg.norm(a), b / np.linalg.norm(b)
    return float((a @ (np.sign(m) * b)) ** 2)


def two_level_ceiling(N, g):
    """γ = 0 K3 of the 2-level model by propagation (cos terms at τ* evaluated numerically)."""
    return k3(N, g, 1.0, 0.0, n_levels=2)


def _two_level_k3(x, q2):
    return q2 * (math.exp(-x) + 0.5 * math.exp(-2 * x))


def threshold_xi_of_model(N, g):
    q2 = q01_squared(N, g)
    return brentq(lambda xi: q2 * (xi + xi * xi / 2) - 1.0, 1e-12, 1.0, xtol=1e-15)


def _x_threshold(N, g):
    """x = πħ/(3ΔE T2) at which Eq. (22) = 1, by Brent on x."""
    q2 = q01_squared(N, g)
    return brentq(lambda x: _two_level_k3(x, q2) - 1.0, 1e-12, 10.0, xtol=1e-15)


def t2_threshold_in_inverse_gap(N, g):
    return math.pi / (3.0 * _x_threshold(N, g))


def t2_coll_threshold_ms(N, g, J):
    return 1e3 * t2_threshold_in_inverse_gap(N, g) / (_doublet(N, g)["dE"] * float(J))


def _rate(N, g, level):
    if level == "A":
        return 2.0 * (N * math.sqrt(1.0 - float(g) ** 2) / 2.0) ** 2
    return 0.5 * sum(_doublet(N, g)["jz2"])


def threshold_two_level(N, g, J, level):
    """γ solving Eq. (22) = 1 with T2 = 1/(γΓ_level), by Brent on γ."""
    dE = _doublet(N, g)["dE"] * float(J)
    q2 = q01_squared(N, g)
    rate = _rate(N, g, level)
    return brentq(lambda gm: _two_level_k3(math.pi * gm * rate / (3 * dE), q2) - 1.0, 1e-6, 100.0,
                  xtol=1e-15)


def k3_two_level_at(N, g, J, gamma_phi, level):
    dE = _doublet(N, g)["dE"] * float(J)
    return _two_level_k3(math.pi * float(gamma_phi) * _rate(N, g, level) / (3 * dE), q01_squared(N, g))


def level_b_underestimate(N, g, J, gamma_phi):
    c = k3(N, g, J, gamma_phi, 5)
    return (c - k3_two_level_at(N, g, J, gamma_phi, "B")) / c


def level_ca_ratio(N, g, J):
    return threshold(N, g, J, 5) / threshold_two_level(N, g, J, "A")


def level_cb_ratio(N, g, J):
    return threshold(N, g, J, 5) / threshold_two_level(N, g, J, "B")


def q00_dichotomic(N, g):
    """⟨E0|sgn'(J_z)|E0⟩ with sgn'(0) = +1, from the dense ground state."""
    E, V = lmg.spectrum_dense(int(N), float(g))
    m = lmg.m_values(int(N))
    v0, v1 = V[:, 0], V[:, 1]
    a = (v0 + v0[::-1]) + (v1 + v1[::-1])
    a = a / np.linalg.norm(a)
    return float(a @ (np.where(m >= 0, 1.0, -1.0) * a))


def trichotomic_bound(N, g):
    return 1.0 + 2.0 * _doublet(N, g)["p0"]


def _coherent_weights(N, g):
    """|⟨m|θ⟩|² of the spin-coherent state with cos θ = m* (binomial, in log space)."""
    from scipy.special import gammaln

    mstar = math.sqrt(1.0 - float(g) ** 2)
    k = np.arange(int(N) + 1)  # number of up spins; m = k − N/2
    lc, ls = math.log((1 + mstar) / 2), math.log((1 - mstar) / 2)
    logw = gammaln(N + 1) - gammaln(k + 1) - gammaln(N - k + 1) + k * lc + (N - k) * ls
    w = np.exp(logw - logw.max())
    return k - N / 2.0, w / w.sum()


def coherent_jz(N, g):
    m, w = _coherent_weights(N, g)
    return float(np.sum(m * w))


def coherent_distance_penalty(N, g):
    return coherent_jz(N, g) ** 2


def t2_phys_in_inverse_gap(N, g, J, gamma_phi):
    return _doublet(N, g)["dE"] * float(J) / secular_rate_s(N, g, gamma_phi)


def secular_rate_per_gamma(N, g):
    return 0.5 * sum(_doublet(N, g)["jz2"])


def collective_rate_per_gamma(N, g):
    """2(⟨P|J_z|P⟩)² with ⟨J_z⟩ of the numerically built spin-coherent state."""
    return 2.0 * coherent_jz(N, g) ** 2


def two_level_coefficient(N, g, J):
    return math.pi * secular_rate_per_gamma(N, g) / (3.0 * _doublet(N, g)["dE"] * float(J))


def cross_term_factor(N, g):
    """Γ_MF/(Γ_MF − cross) with the moments of the numerically built coherent states."""
    m, w = _coherent_weights(N, g)
    jz, jz2 = float(np.sum(m * w)), float(np.sum(m * m * w))
    cross = jz * jz  # ⟨R|J_z|R⟩ = −⟨P|J_z|P⟩ by the m → −m mirror
    return (jz2 + cross) / jz2


# --- Remarks 12 and 14 ---------------------------------------------------------------------

def threshold_n_levels(N, g, J, n_levels, dissipator="projected"):
    return threshold(N, g, J, n_levels, dissipator=dissipator)


def k3_n_levels(N, g, J, gamma_phi, n_levels):
    return k3(N, g, J, gamma_phi, n_levels)


def ratio_n2_to_level_b(N, g, J):
    return threshold(N, g, J, 2) / threshold_two_level(N, g, J, "B")


def two_level_share_of_bc_gap(N, g, J):
    b = threshold_two_level(N, g, J, "B")
    return (threshold(N, g, J, 2, dissipator="full") - b) / (threshold(N, g, J, 5) - b)


@cache
def _dense_levels(N, g):
    """Energies and Q_k0 of the lowest ten states from numpy's dense eigh of the whole sector."""
    E, V = lmg.spectrum_dense(int(N), float(g))
    m = lmg.m_values(int(N))
    v0, v1 = V[:, 0], V[:, 1]
    a = (v0 + v0[::-1]) + (v1 + v1[::-1])
    a = a / np.linalg.norm(a)
    q = V[:, :10].T @ (np.sign(m) * a)
    return E[:10], q


def level_gap_ratio(N, g, k):
    E, _ = _dense_levels(N, g)
    return float((E[k] - E[0]) / (E[1] - E[0]))


def upper_doublet_gap(N, g):
    E, _ = _dense_levels(N, g)
    return float((E[3] - E[2]) / (E[1] - E[0]))


def q_k0_squared(N, g, k):
    return float(_dense_levels(N, g)[1][k] ** 2)


def q_k0_abs(N, g, k):
    return float(abs(_dense_levels(N, g)[1][k]))


def coherent_contribution(N, g, k):
    """γ = 0 stationary K3 of the two-state model {E0, E_k} (H = diag(0, E_k − E0), Q = Q_k0 σx)
    at τ* = π/(3ΔE10), by spectral propagation of its Liouvillian."""
    E, q = _dense_levels(N, g)
    tau = math.pi / (3.0 * (E[1] - E[0]))
    H = np.diag([0.0, E[k] - E[0]])
    Q = np.array([[0.0, q[k]], [q[k], 0.0]])
    ev = _spectral(_liouvillian(H, np.zeros((2, 2)), np.zeros((2, 2)), 0.0), tau)
    rho0 = np.diag([1.0, 0.0])
    once = ev(0.5 * (Q @ rho0 + rho0 @ Q))
    return float(2 * np.real(np.trace(Q @ once)) - np.real(np.trace(Q @ ev(once))))


def coherent_share(N, g, k):
    return coherent_contribution(N, g, k) / coherent_contribution(N, g, 1)


def jz2_level(N, g, i):
    return _doublet(N, g)["jz2"][i]


def jz_offdiagonal_squared(N, g):
    E, V = lmg.spectrum_dense(int(N), float(g))
    m = lmg.m_values(int(N))
    v0, v1 = V[:, 0], V[:, 1]
    a = (v0 + v0[::-1]) + (v1 + v1[::-1])
    b = (v0 - v0[::-1]) + (v1 - v1[::-1])
    a, b = a / np.linalg.norm(a), b / np.linalg.norm(b)
    return float((a @ (m * b)) ** 2)


def t2_at_threshold_over_interval(N, g, J, gamma_phi):
    return t2_phys_ms(N, g, gamma_phi) / optimal_interval_ms(N, g, J)


def t2_coll_ms(N, g, gamma_phi):
    return 1e3 / (float(gamma_phi) * collective_rate_per_gamma(N, g))
