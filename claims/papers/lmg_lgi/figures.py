"""Figures of the lmg_lgi audit (see :mod:`claims.core.figure`)."""

from __future__ import annotations

import functools
import math

import numpy as np

from claims.core.figure import new_figure, note, titled

# ---------------------------------------------------------------------------------------
# lmg_lgi: ln ΔE versus N against the instanton slope
# ---------------------------------------------------------------------------------------

SPLITTING_GAMMAS = (0.95, 0.90)
SPLITTING_NS = tuple(range(40, 1001, 40))


@functools.cache
def _splitting_data():
    from numerics import lmg

    out = {}
    for g in SPLITTING_GAMMAS:
        lnde = np.array([float(lmg.splitting_wronskian(n, g).log_value) for n in SPLITTING_NS])
        out[g] = (lnde, lmg.instanton_action(g))
    return out


@titled('ln ΔE versus N against the instanton slope')
def splitting_vs_n():
    """ln(ΔE/J) of the ground doublet versus N (exact, Wronskian route) against the instanton
    slope −S_inst; right: the local slope −d ln ΔE/dN tending to S_inst."""
    data = _splitting_data()
    ns = np.array(SPLITTING_NS, dtype=float)
    fig, (ax, bx) = new_figure(2)
    for k, (g, (lnde, s)) in enumerate(data.items()):
        c = f"C{k}"
        ax.plot(ns, lnde, "o", ms=3.5, color=c, label=f"Γ/J = {g}: exact")
        ax.plot(ns, lnde[-1] - s * (ns - ns[-1]), "--", color=c, lw=1,
                label=f"slope −S_inst = −{s:.6f}")
        mid = 0.5 * (ns[1:] + ns[:-1])
        local = -np.diff(lnde) / np.diff(ns)
        bx.plot(mid, local, "o", ms=3.5, color=c, label=f"Γ/J = {g}")
        bx.axhline(s, color=c, ls="--", lw=1, label=f"S_inst = {s:.6f}")
    ax.set_xlabel("N")
    ax.set_ylabel("ln(ΔE / J)")
    ax.set_title("Tunnel splitting of the ground doublet", fontsize=10)
    ax.legend(loc="lower left")
    bx.set_xlabel("N")
    bx.set_ylabel("−d ln ΔE / dN")
    bx.set_title("Local slope approaching S_inst (dashed)", fontsize=10)
    bx.legend(loc="center right")
    note(fig, "numerics.lmg.splitting_wronskian; S_inst = artanh m* − m*")
    return fig


# ---------------------------------------------------------------------------------------
# lmg_lgi: K3(γ_φ) for truncations, classical bound and thresholds
# ---------------------------------------------------------------------------------------

K3_GAMMAS = tuple(float(x) for x in np.round(np.linspace(0.0, 0.6, 25), 4))
K3_FINE = tuple(float(x) for x in np.round(np.linspace(0.0, 0.6, 61), 4))
K3_TRUNCATIONS = (2, 5, 10)
K3_LARGE = 20  # the largest basis, shown at a few γ_φ
K3_LARGE_GAMMAS = (0.0, 0.05, 0.15, 0.3, 0.45, 0.6)
#: Thresholds as printed in lmg_lgi (Remark 11, Eq. (24), Fig. 1), s⁻¹.
K3_STATED_THRESHOLDS = (("A", 0.050), ("B", 0.117), ("C, 5-level", 0.289))


@functools.cache
def _k3_model(n_levels: int):
    """H (rad/s, from E0), A = P J_z P, Q = P sgn(J_z) P, ρ0 = |E0⟩⟨E0| and the level
    parities in the lowest ``n_levels`` eigenstates (``numerics.lmg``), and τ = π/(3ΔE)."""
    from numerics import lmg

    p = _k3_point()
    E, V, par = lmg.lowest_eigenpairs_parity(p["N"], p["g"], k=n_levels)
    m = lmg.jz_diag(p["N"])
    H = np.diag((E - E[0]) * p["J"])
    A = V.T @ (m[:, None] * V)
    Q = V.T @ (np.sign(m)[:, None] * V)
    rho0 = np.zeros((n_levels, n_levels))
    rho0[0, 0] = 1.0
    return H, A, Q, rho0, np.asarray(par), math.pi / (3.0 * H[1, 1])


def _k3_point() -> dict:
    from claims.papers.lmg_lgi.inputs import INPUTS

    return {"N": int(INPUTS["N"].value), "g": float(INPUTS["g"].value),
            "J": float(INPUTS["J"].value)}


def _k3_truncated(n_levels: int, gamma_phi: float, protocol: str = "sequential") -> float:
    """K3 at τ = π/(3ΔE) in the lowest ``n_levels`` levels by the Lindblad engine:
    ``"sequential"`` C12 + C23 − C13 with ρ(t2) = e^{𝓛τ}ρ0 (Eq. (18)), ``"stationary"``
    2C12 − C13 (the App. I code's form)."""
    from numerics import lindblad as LB

    H, A, Q, rho0, _par, tau = _k3_model(n_levels)
    prop = LB.DenseLiouvillian(H, A, float(gamma_phi))
    if protocol == "stationary":
        return LB.k3_stationary(prop, Q, rho0, tau)
    return LB.k3_sequential(prop, Q, rho0, tau, lambda rho: rho)["K3"]


def _k3_threshold(n_levels: int, gammas, protocol: str = "sequential") -> float:
    """γ_φ where K3 first falls to 1 on the grid ``gammas``, refined by Brent's method
    (``numerics.lindblad.threshold_brentq``) in the bracketing interval; NaN if it never does."""
    from numerics import lindblad as LB

    k = [_k3_truncated(n_levels, g, protocol) - 1.0 for g in gammas]
    for i in range(len(gammas) - 1):
        if k[i] > 0 >= k[i + 1]:
            return LB.threshold_brentq(lambda g: _k3_truncated(n_levels, g, protocol),
                                       gammas[i], gammas[i + 1], xtol=1e-5)
    return float("nan")


@functools.cache
def _two_level_scan(level: str):
    """Levels A and B of Remark 11 as a two-level Lindblad model (``DenseK3Scan``):
    H = diag(0, ΔE), Q = Q01 σx, A = √(G/2) σz, so the coherence decays at γ_φ G with
    G = G_MF = N² m*²/2 (A, mean-field) or G_eig = ½(⟨E0|J_z²|E0⟩ + ⟨E1|J_z²|E1⟩) (B)."""
    from numerics import lindblad as LB
    from numerics import lmg

    p = _k3_point()
    E, V, _ = lmg.lowest_eigenpairs_parity(p["N"], p["g"], k=2)
    m = lmg.jz_diag(p["N"])
    de = float(E[1] - E[0]) * p["J"]
    q01 = float(V[:, 0] @ (np.sign(m) * V[:, 1]))
    if level == "A":
        rate = p["N"] ** 2 * lmg.m_star(p["g"]) ** 2 / 2
    else:
        rate = 0.5 * float(V[:, 0] @ (m**2 * V[:, 0]) + V[:, 1] @ (m**2 * V[:, 1]))
    H = np.diag([0.0, de])
    A = math.sqrt(rate / 2.0) * np.diag([1.0, -1.0])
    Q = q01 * np.array([[0.0, 1.0], [1.0, 0.0]])
    return LB.DenseK3Scan(H, A, Q, np.diag([1.0, 0.0]), math.pi / (3.0 * de))


@functools.cache
def _k3_untruncated_coherent() -> float:
    """K3 at τ = π/(3ΔE) and γ_φ = 0 in the whole (N+1)-dimensional space: the unitary
    evolution by the engine's Chebyshev propagator (``numerics.lindblad.unitary_chebyshev``)
    of the tridiagonal H, C(t) = Re[e^{iE0 t}⟨Qψ0|e^{−iHt}|Qψ0⟩]."""
    from numerics import lindblad as LB
    from numerics import lmg

    p = _k3_point()
    d, o, _m = lmg.hamiltonian_tridiagonal(p["N"], p["g"])
    E, V = lmg.spectrum_dense(p["N"], p["g"])
    d, o, E, psi = d * p["J"], o * p["J"], E * p["J"], V[:, 0]
    qpsi = np.sign(lmg.jz_diag(p["N"])) * psi
    tau = _k3_model(2)[-1]

    def c(t):
        u = LB.unitary_chebyshev(d, o, qpsi, t, float(E[0]), float(E[-1]))
        return float(np.real(np.exp(1j * E[0] * t) * (qpsi @ u)))

    return 2.0 * c(tau) - c(2.0 * tau)


@functools.cache
def _k3_data():
    curves = {n: np.array([_k3_truncated(n, g) for g in K3_GAMMAS]) for n in K3_TRUNCATIONS}
    thresholds = {n: _k3_threshold(n, K3_GAMMAS) for n in K3_TRUNCATIONS}
    large = np.array([_k3_truncated(K3_LARGE, g) for g in K3_LARGE_GAMMAS])
    stationary = (np.array([_k3_truncated(5, g, "stationary") for g in K3_GAMMAS]),
                  _k3_threshold(5, K3_GAMMAS, "stationary"))
    levels = {}
    for lv in "AB":
        scan = _two_level_scan(lv)
        levels[lv] = (scan.k3_many(K3_FINE), scan.threshold(1e-4, 5.0, xtol=1e-6))
    return (curves, thresholds, large, stationary, levels, _k3_untruncated_coherent(),
            _k3_model(2)[-1])


@titled('K3(γ_φ): truncations, classical bound, thresholds')
def k3_vs_dephasing():
    """Leggett–Garg K3 = C12 + C23 − C13 (Eq. (18)) at the paper's interval τ = π/(3ΔE) versus
    the dephasing rate γ_φ (N = 370, Γ/J = 0.95): Lindblad dynamics in the 2-, 5- and 10-level
    truncations and a 20-level basis, the untruncated value at γ_φ = 0 (all 371 levels), the
    5-level stationary form 2C12 − C13 of the paper's code, the two-level formulas of levels A
    (mean-field rate) and B (eigenstate rate), the classical bound K3 = 1, the computed
    thresholds (where each curve reaches 1) and the stated ones (dotted)."""
    curves, thresholds, large, (stat5, stat5_th), levels, full0, tau = _k3_data()
    g = np.array(K3_GAMMAS)
    fig, (ax,) = new_figure(1, 10.0, 4.9)
    for k, n in enumerate(K3_TRUNCATIONS):
        th = thresholds[n]
        ax.plot(g, curves[n], "-", color=f"C{k}", lw=1.6,
                label=f"{n}-level Lindblad" + (f"; threshold {th:.3f}" if math.isfinite(th) else ""))
        if math.isfinite(th):
            ax.plot([th], [1.0], "o", color=f"C{k}", ms=6, mec="k")
    ax.plot(K3_LARGE_GAMMAS, large, "k*", ms=8, label=f"{K3_LARGE}-level Lindblad")
    ax.plot([0.0], [full0], "D", color="C4", mec="k", ms=7,
            label=f"untruncated (371 levels), γ_φ = 0: {full0:.4f}")
    ax.plot(g, stat5, ":", color="C1", lw=1.8,
            label=f"5-level, stationary 2C12 − C13 (paper's code); threshold {stat5_th:.3f}")
    ax.plot([stat5_th], [1.0], "o", color="C1", mfc="w", ms=6)
    for lv, c in (("A", "C5"), ("B", "C6")):
        vals, th = levels[lv]
        name = "mean-field rate" if lv == "A" else "eigenstate rate Γ01"
        ax.plot(K3_FINE, vals, "--", color=c, lw=1.2,
                label=f"level {lv}: 2-level formula, {name}; threshold {th:.3f}")
        ax.plot([th], [1.0], "s", color=c, ms=6, mec="k")
    ax.axhline(1.0, color="C3", lw=1.5, label="classical (macrorealist) bound K3 = 1")
    for name, th in K3_STATED_THRESHOLDS:
        ax.axvline(th, color="0.35", ls=":", lw=1)
        ax.text(th, 0.98, f"stated {name}: {th} s⁻¹ ", rotation=90, fontsize=7, color="0.3",
                ha="right", va="top", transform=ax.get_xaxis_transform())
    ax.set_xlim(-0.01, max(K3_GAMMAS) + 0.01)
    ax.set_ylim(0.75, 1.5)
    ax.set_xlabel(f"dephasing rate γ_φ (s⁻¹), L = √γ_φ J_z;  τ = π/(3ΔE) = {tau * 1e3:.3f} ms")
    ax.set_ylabel("K3")
    ax.set_title("Leggett–Garg K3 of the LMG benchmark (N = 370, Γ/J = 0.95)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7.5)
    note(fig, "numerics.lindblad: DenseLiouvillian (truncations), DenseK3Scan (levels A, B), "
              "unitary_chebyshev (untruncated, γ_φ = 0); numerics.lmg eigenpairs")
    return fig

#: Every figure of this paper (the report test renders them all).
ALL = (splitting_vs_n, k3_vs_dephasing,)
