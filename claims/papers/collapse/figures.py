"""Figures of the collapse audit (see :mod:`claims.core.figure`)."""

from __future__ import annotations

import functools
import math

import numpy as np

from claims.core.figure import new_figure, titled

# ---------------------------------------------------------------------------------------
# collapse: the TDGL trajectory and the points the paper names
# ---------------------------------------------------------------------------------------

@functools.cache
def _tdgl_data():
    from numerics import tdgl

    r, eps = 2.0, 1e-3  # D = λ = 1: ψ_eq = √(r − 1) = 1, τ_grow = 1/(Dλ(r − 1)) = 1
    drift = tdgl.landau_drift(1.0, 1.0, r)
    t = np.linspace(0.0, 12.0, 2401)
    psi = tdgl.integrate_deterministic(drift, eps, t)
    psi_eq = math.sqrt(r - 1.0)
    marks = {
        "ψ_eq/√2 (paper's τ_c, 'half-maximum')": tdgl.time_to_reach(drift, eps, psi_eq / math.sqrt(2), 50.0),
        "ψ_eq/2 (half-maximum of ψ)": tdgl.time_to_reach(drift, eps, psi_eq / 2, 50.0),
        "ψ_eq/√3 (inflection = peak signal)": tdgl.time_to_reach(drift, eps, psi_eq / math.sqrt(3), 50.0),
    }
    return t, psi, psi_eq, drift, marks


@titled('TDGL trajectory: half-maximum, inflection, peak signal')
def tdgl_trajectory():
    """Homogeneous TDGL ψ(t) from ψ(0) = 10⁻³ ψ_eq (r = γ/γ_c = 2, D = λ = 1) with the points
    the collapse paper names: ψ_eq/√2 (its τ_c, called the half-maximum and the inflection),
    the half-maximum ψ_eq/2, and the inflection ψ_eq/√3 where the signal S = |dψ/dt| peaks."""
    t, psi, psi_eq, drift, marks = _tdgl_data()
    sig = np.abs(drift(psi))
    fig, (ax,) = new_figure(1, 7.6, 4.8)
    ax.plot(t, psi / psi_eq, "-", color="C0", lw=1.8, label="ψ(t)/ψ_eq (DOP853)")
    bx = ax.twinx()
    bx.plot(t, sig / sig.max(), "-", color="C2", lw=1.2, alpha=0.8, label="signal S = |dψ/dt| (scaled)")
    bx.set_ylabel("S / S_max", color="C2")
    bx.set_ylim(0, 1.08)
    bx.grid(False)
    k = int(np.argmax(sig))
    styles = ("C3", "C1", "C4")
    for (name, tm), c in zip(marks.items(), styles, strict=True):
        y = float(np.interp(tm, t, psi)) / psi_eq
        ax.plot([tm], [y], "o", color=c, ms=7, mec="k", zorder=5, label=f"{name}: t = {tm:.3f}")
        ax.axvline(tm, color=c, ls=":", lw=1)
    ax.plot([t[k]], [psi[k] / psi_eq], "x", color="k", ms=9, zorder=6,
            label=f"numerical max of S: t = {t[k]:.3f}, ψ/ψ_eq = {psi[k] / psi_eq:.4f}")
    ax.set_xlim(3.5, 10.5)
    ax.set_ylim(0, 1.08)
    ax.set_xlabel("t / τ_grow")
    ax.set_ylabel("ψ / ψ_eq")
    ax.set_title("TDGL collapse trajectory and its named points")
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = bx.get_legend_handles_labels()
    fig.legend(h1 + h2, l1 + l2, loc="outside lower center", ncols=2, fontsize=7.5)
    ax.text(0.99, 0.1, "numerics.tdgl.integrate_deterministic / time_to_reach", fontsize=7,
            color="0.45", ha="right", transform=ax.transAxes)  # the legend holds the bottom
    return fig

#: Every figure of this paper (the report test renders them all).
ALL = (tdgl_trajectory,)
