"""Figures of the oqt audit (see :mod:`claims.core.figure`)."""

from __future__ import annotations

import functools
import math

import numpy as np

from claims.core.figure import new_figure, note, titled

# ---------------------------------------------------------------------------------------
# oqt: entropy of the counterexample versus time
# ---------------------------------------------------------------------------------------

def _entropy_path(spectrum, rho0, times):
    from numerics import oqt

    E = np.asarray(spectrum, dtype=float)
    chi = oqt.window_chi(E, np.diag(rho0).real)
    sup = oqt.eq6_liouvillian(E, chi)
    return chi, np.array([oqt.entropy(oqt.evolve(sup, rho0, t)) for t in times])


@functools.cache
def _oqt_entropy_data():
    import sympy as sp

    from derive.oqt import ENTROPY_CASE

    times = np.linspace(0.0, 6.0, 241)
    E = np.array(ENTROPY_CASE["E"], float)
    amps = np.array([float(sp.sympify(a)) for a in ENTROPY_CASE["amps"]])
    chi, s = _entropy_path(E, np.outer(amps, amps).astype(complex), times)
    mixed = np.eye(4, dtype=complex) / 4  # maximally mixed over E = 0, 1, 2, 3: S = ln 4
    chi_m, s_m = _entropy_path((0.0, 1.0, 2.0, 3.0), mixed, times)
    return times, (E, amps, chi, s), (chi_m, s_m)


@titled('OQT: entropy of the counterexample versus time')
def oqt_entropy_counterexample():
    """Von Neumann entropy S(t) of the ensemble under the OQT master equation, Eq. (6)
    (αN/ħ = 1, window rule for χ_E), against the claimed Ṡ ≥ 0. Left: identical pure members
    √(1/8)|0⟩ + √(3/4)|2⟩ + √(1/8)|4⟩ on the ladder 0…4, whose window [1, 3] satisfies Eq. (4)
    (Tr χ_E H = E = 2): S rises above ln 3 and falls back; right: four levels E = 0, 1, 2, 3
    started maximally mixed, whose entropy falls from ln 4 to ln D = ln 2."""
    times, (E, amps, chi, s), (chi_m, s_m) = _oqt_entropy_data()
    fig, (ax, bx) = new_figure(2)
    D = int(np.count_nonzero(chi))
    ax.plot(times, s, "-", color="C3", lw=1.8, label="S(t)")
    ax.axhline(math.log(D), color="k", ls="--", lw=1, label=f"H_χ = ln {D}")
    k = int(np.argmax(s))
    ax.plot([times[k]], [s[k]], "v", color="k", ms=7,
            label=f"max S = {s[k]:.3f} (t = {times[k]:.2f})")
    ax.set_title("ψ0 = √(1/8)|0⟩ + √(3/4)|2⟩ + √(1/8)|4⟩, E = 0…4 (Eq. (4) holds)", fontsize=8)
    ax.set_ylim(top=1.6 * max(float(s.max()), math.log(max(D, 1)) + 0.05))
    ax.legend(loc="upper right", fontsize=7.5)
    ax.set_xlabel("t (units of ħ/(αN))")
    ax.set_ylabel("S = −Tr ρ ln ρ")
    D = int(np.count_nonzero(chi_m))
    bx.plot(times, s_m, "-", color="C0", lw=1.8, label="S(t), ρ0 = 𝟙/4")
    bx.axhline(math.log(4), color="0.5", ls=":", lw=1, label="ln 4")
    bx.axhline(math.log(D), color="k", ls="--", lw=1, label=f"H_χ = ln {D} (steady state)")
    bx.set_xlabel("t (units of ħ/(αN))")
    bx.set_title("Mixed start above the window entropy", fontsize=9)
    bx.legend(loc="upper right")
    note(fig, "numerics.oqt: window_chi, eq6_liouvillian, evolve, entropy")
    return fig


# ---------------------------------------------------------------------------------------
# oqt: stochastic ensemble versus master equation
# ---------------------------------------------------------------------------------------

SSE_SEED = 20260101
SSE_TRAJ = 400


@functools.cache
def _sse_data():
    from numerics import sse

    H = np.diag([0.0, 1.0, 2.0]).astype(complex)
    chi = np.array([0.0, 0.5, 0.5])
    tr = sse.oqt_transitions(chi, 0.5)
    channels = tr.channels()
    psi0 = np.sqrt(np.array([0.6, 0.4, 0.0])).astype(complex)
    fine, coarse = sse.simulate(H, [], psi0, t_final=4.0, dt=4e-3, n_traj=SSE_TRAJ,
                                seed=SSE_SEED, n_record=11, transitions=tr)
    stats = []
    for r in range(len(fine.times)):
        stats.append(sse.extrapolated(sse.projectors(fine, r), sse.projectors(coarse, r)))
    mean = np.array([m for m, _ in stats])
    se = np.array([s for _, s in stats])
    tt = np.linspace(0.0, 4.0, 81)
    rho = sse.master_equation_states(H, channels, np.outer(psi0, psi0.conj()), tt)
    return fine.times, mean, se, tt, rho


@titled('OQT: stochastic ensemble versus master equation')
def sse_vs_master():
    """Stochastic Schrödinger ensemble (Eq. (5), 400 Euler–Maruyama trajectories, Talay–Tubaro
    extrapolated, seed shown) against the master equation, Eq. (6): populations ρ00, ρ11 and
    the coherence |ρ01|; error bars are ±2 standard errors of the ensemble mean."""
    t, mean, se, tt, rho = _sse_data()
    fig, (ax,) = new_figure(1, 7.6, 3.9)
    for k, ((i, j), name) in enumerate((((0, 0), "ρ00"), ((1, 1), "ρ11"), ((2, 2), "ρ22"),
                                        ((0, 1), "|ρ01|"))):
        c = f"C{k}"
        exact = np.abs(rho[:, i, j]) if i != j else rho[:, i, j].real
        ens = np.abs(mean[:, i, j]) if i != j else mean[:, i, j].real
        ax.plot(tt, exact, "-", color=c, lw=1.4, label=f"{name}: master equation")
        ax.errorbar(t, ens, yerr=2 * se[:, i, j], fmt="o", color=c, ms=4, capsize=2.5,
                    label=f"{name}: ensemble ± 2 SE")
    ax.set_xlabel("t (units of ħ/(αN))")
    ax.set_ylabel("density-matrix element")
    ax.set_title("OQT: stochastic ensemble versus master equation (3 levels)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7.5)
    note(fig, f"numerics.sse.simulate, {SSE_TRAJ} trajectories, dt = 4e-3, seed {SSE_SEED}")
    return fig

#: Every figure of this paper (the report test renders them all).
ALL = (oqt_entropy_counterexample, sse_vs_master,)
