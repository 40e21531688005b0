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
def _k3_data():
    from numerics import plotdata as P

    curves = {n: P.k3_curve(n, K3_GAMMAS) for n in K3_TRUNCATIONS}
    thresholds = {n: P.k3_threshold(n, K3_GAMMAS) for n in K3_TRUNCATIONS}
    large = P.k3_curve(K3_LARGE, K3_LARGE_GAMMAS)
    stationary = (P.k3_curve(5, K3_GAMMAS, "stationary"),
                  P.k3_threshold(5, K3_GAMMAS, "stationary"))
    levels = {lv: (np.array([P.k3_two_level(g, lv) for g in K3_FINE]), P.k3_two_level_threshold(lv))
              for lv in "AB"}
    return curves, thresholds, large, stationary, levels, P.k3_untruncated_coherent(), P.tau_opt()


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
    note(fig, "numerics.plotdata (truncated Lindblad, matrix exponential); "
               "a Lindblad engine will replace it")
    return fig

#: Every figure of this paper (the report test renders them all).
ALL = (splitting_vs_n, k3_vs_dephasing,)
