"""Figures of the lmg_dephasing audit (see :mod:`claims.core.figure`)."""

from __future__ import annotations

import functools

import numpy as np

from claims.core.figure import new_figure, note, titled

# ---------------------------------------------------------------------------------------
# lmg_dephasing: R(N) = G_MF/G_eig → 2
# ---------------------------------------------------------------------------------------

#: Table 3 of the lmg_dephasing manuscript (N, R as printed), overlaid for comparison.
DEPHASING_TABLE3 = ((100, 1.917), (200, 2.354), (300, 2.402), (370, 2.351), (500, 2.246),
                    (1000, 2.103), (2000, 2.048))
RATIO_NS = (20, 30, 40, 60, 80, 100, 130, 160, 200, 250, 300, 370, 450, 550, 700, 850, 1000,
            1400, 2000, 3000, 4000, 6000, 8000, 16000, 32000, 64000, 100000)


@functools.cache
def _ratio_data():
    from numerics import lmg_dephasing as LD

    rs = np.array([LD.ratio_by_diagonalisation(n) for n in RATIO_NS])
    return rs, LD.ratio_limit_by_extrapolation()


@titled('Dephasing-rate ratio R(N) → 2 and its rate of approach')
def dephasing_ratio_vs_n():
    """R(N) = G_MF/G_eig at Γ/J = 0.95 by exact diagonalisation, approaching 2 from above;
    right: R − R∞ on log–log axes with the fitted rate of approach R = R∞ + a/N + b/N²."""
    rs, ex = _ratio_data()
    ns = np.array(RATIO_NS, dtype=float)
    fig, (ax, bx) = new_figure(2)
    ax.semilogx(ns, rs, "o-", ms=3.5, lw=1.2, label="exact diagonalisation")
    tn, tr = zip(*DEPHASING_TABLE3, strict=True)
    ax.semilogx(tn, tr, "s", mfc="none", mec="C3", ms=7, label="manuscript Table 3")
    ax.axhline(2.0, color="k", ls="--", lw=1, label="R = 2 (N → ∞)")
    ax.set_xlabel("N")
    ax.set_ylabel("R = G_MF / G_eig")
    ax.set_title("Dephasing-rate ratio, Γ/J = 0.95", fontsize=10)
    ax.legend(loc="lower right")
    big = ns >= 1000
    d = rs - ex.limit
    bx.loglog(ns[big], d[big], "o", ms=4,
              label=f"R(N) − R∞, R∞ = {ex.limit:.6f} ± {ex.sigma:.1g}")
    nn = np.geomspace(ns[big][0], ns[-1], 100)
    bx.loglog(nn, ex.a / nn + ex.b / nn**2, "-", color="C1",
              label=f"fit a/N + b/N²: a = {ex.a:.1f}, b = {ex.b:.3g}\n"
                    f"log–log slope {ex.slope:.4f} (two largest N)")
    bx.set_xlabel("N")
    bx.set_ylabel("R − R∞")
    bx.set_title("Rate of approach to the limit", fontsize=10)
    bx.legend(loc="upper right")
    note(fig, "numerics.lmg_dephasing (LAPACK stebz/stein on the parity blocks)")
    return fig

#: Every figure of this paper (the report test renders them all).
ALL = (dephasing_ratio_vs_n,)
