"""Stochastic Schrödinger equations: an ensemble integrator and the master equation to compare.

The integrator is a vectorised Euler–Maruyama scheme (strong order ½, weak
order 1) for norm-preserving nonlinear SSEs of the form

    d|ψ⟩ = −iH|ψ⟩dt + Σ_c dĜ_c|ψ⟩,

with two kinds of channel c (ħ = 1, real independent Wiener increments):

* ``"thermal"`` (Eq. (1) of the ``oqt`` paper, generic operator L):
  D [L − ⟨L⟩] dW + J [⟨L†⟩L − ½L†L − ½⟨L⟩⟨L†⟩] dt;
* ``"collapse"`` (Eq. (7), Hermitian L, rate γ): √γ (L − ⟨L⟩) dW − (γ/2)(L − ⟨L⟩)² dt.

The state is never renormalised, so the norm drift measures the scheme and the
equation.  Expectations are the normalised ones, ⟨X⟩ = ⟨ψ|X|ψ⟩/⟨ψ|ψ⟩.
Ensemble averages of |ψ⟩⟨ψ| come with standard errors, and
:func:`master_equation_states` integrates the GKSL equation the ensemble is
said to follow by exponentiating its Liouvillian (no stochastic input).

References
----------
P. E. Kloeden and E. Platen, *Numerical solution of SDEs* (Springer, 1992), §9–10;
A. Mukherjee, arXiv:2504.16197, Eqs. (1), (2), (5)–(8).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.linalg as sla

from numerics import _domain


@dataclass(frozen=True)
class Channel:
    """One noise channel: operator ``L`` (d×d), stochastic coupling ``D``, deterministic ``J``.

    For ``kind="collapse"`` L must be Hermitian and the FDR form D = √J is used.
    """

    L: np.ndarray
    D: float
    J: float
    kind: str = "thermal"


@dataclass(frozen=True)
class Transitions:
    """All d² channels L_μν = |μ⟩⟨ν| of Eq. (1) at once, with couplings J[μ, ν], D[μ, ν].

    Equivalent to the list of :class:`Channel` objects with those operators, but
    evaluated in O(d²) per trajectory: ⟨L_μν⟩ = ψ_μ* ψ_ν / N.
    """

    J: np.ndarray
    D: np.ndarray

    def channels(self) -> list[Channel]:
        d = self.J.shape[0]
        out = []
        for mu in range(d):
            for nu in range(d):
                L = np.zeros((d, d), dtype=complex)
                L[mu, nu] = 1.0
                out.append(Channel(L, float(self.D[mu, nu]), float(self.J[mu, nu])))
        return out


def _transition_increment(psi, norm, tr: Transitions, dW, dt):
    """Σ_μν dĜ^{μν}|ψ⟩ of Eq. (1) for L_μν = |μ⟩⟨ν| (components written out).

    Drift component μ: ψ_μ Σ_ν J_μν|ψ_ν|²/N − ½ψ_μ Σ_κ J_κμ − ½ψ_μ Σ_κν J_κν|ψ_κ|²|ψ_ν|²/N²;
    noise: X ψ − ψ (ψ†Xψ)/N with X_μν = D_μν dW_μν.
    """
    k, d = psi.shape
    w = np.abs(psi) ** 2 / norm[:, None]  # |ψ_μ|²/N
    drift = (
        psi * _mv(w, tr.J)
        - 0.5 * psi * tr.J.sum(axis=0)[None, :]
        - 0.5 * psi * np.einsum("ka,ab,kb->k", w, tr.J, w)[:, None]
    )
    X = tr.D[None, :, :] * dW.reshape(k, d, d)
    Xp = np.einsum("kab,kb->ka", X, psi)
    noise = Xp - psi * (np.einsum("ka,ka->k", psi.conj(), Xp) / norm)[:, None]
    return drift * dt + noise


@dataclass(frozen=True)
class Ensemble:
    """Recorded trajectories: ``psi[r, k, :]`` is trajectory k at time ``times[r]``."""

    times: np.ndarray
    psi: np.ndarray
    seed: int
    dt: float

    @property
    def norms(self) -> np.ndarray:
        return np.einsum("rkd,rkd->rk", self.psi.conj(), self.psi).real


def _mv(psi: np.ndarray, M: np.ndarray) -> np.ndarray:
    """Row-wise M·ψ_k for a batch (K, d).  An explicit einsum, not BLAS: with tiny inner
    dimensions a threaded BLAS call is far slower on a loaded machine."""
    return np.einsum("ij,kj->ki", M, psi, optimize=False)


def _stack(channels: list[Channel], kind: str):
    sel = [c for c in channels if c.kind == kind]
    if not sel:
        return None
    L = np.array([c.L for c in sel], dtype=complex)
    c, d, _ = L.shape
    LdL = np.einsum("cji,cjk->cik", L.conj(), L)
    # stacked so that one product gives (K, c*d)
    return (
        L.reshape(c * d, d),
        LdL.reshape(c * d, d),
        np.array([x.D for x in sel]),
        np.array([x.J for x in sel]),
        c,
        d,
    )


def _increment(psi, H, th, co, tr, dW, dt):
    """Euler–Maruyama increment for a batch of states ``psi`` (K, d); ``dW`` holds the
    thermal, collapse and transition increments in that order."""
    k = psi.shape[0]
    norm = np.einsum("kd,kd->k", psi.conj(), psi).real
    d_psi = -1j * _mv(psi, H) * dt
    n_th = 0 if th is None else th[4]
    n_co = 0 if co is None else co[4]
    dW_th, dW_co = dW[:, :n_th], dW[:, n_th : n_th + n_co]
    if tr is not None:
        d_psi += _transition_increment(psi, norm, tr, dW[:, n_th + n_co :], dt)
    if th is not None:
        Ls, LdLs, D, J, c, d = th
        Lp = _mv(psi, Ls).reshape(k, c, d)
        ell = (psi.conj()[:, None, :] * Lp).sum(-1) / norm[:, None]
        LdLp = _mv(psi, LdLs).reshape(k, c, d)
        drift = (
            ell.conj()[..., None] * Lp
            - 0.5 * LdLp
            - 0.5 * (np.abs(ell) ** 2)[..., None] * psi[:, None, :]
        )
        noise = Lp - ell[..., None] * psi[:, None, :]
        d_psi += (J[None, :, None] * drift).sum(1) * dt + ((D * dW_th)[..., None] * noise).sum(1)
    if co is not None:
        Ls, _, _, g, c, d = co
        Lp = _mv(psi, Ls).reshape(k, c, d)
        p = ((psi.conj()[:, None, :] * Lp).sum(-1) / norm[:, None]).real
        shifted = Lp - p[..., None] * psi[:, None, :]  # (L − ⟨L⟩)ψ
        Lc = Ls.reshape(c, d, d)
        Lsh = np.einsum("cij,kcj->kci", Lc, shifted, optimize=False)
        sq = Lsh - p[..., None] * shifted  # (L − ⟨L⟩)²ψ
        d_psi += -0.5 * dt * (g[None, :, None] * sq).sum(1) + (
            (np.sqrt(g) * dW_co)[..., None] * shifted
        ).sum(1)
    return d_psi


def simulate(
    H: np.ndarray,
    channels: list[Channel],
    psi0: np.ndarray,
    t_final: float,
    dt: float,
    n_traj: int,
    seed: int,
    n_record: int = 5,
    transitions: Transitions | None = None,
) -> tuple[Ensemble, Ensemble]:
    """Integrate ``n_traj`` trajectories from ``psi0``: fine steps ``dt`` and coarse steps 2·dt
    driven by the same Brownian paths.

    Returns
    -------
    fine, coarse
        The two ensembles.  Since Euler–Maruyama is of weak order 1, the
        per-trajectory combination 2·f(fine) − f(coarse) removes the O(dt) bias of
        any ensemble average (Talay–Tubaro extrapolation); see :func:`extrapolated`.

    Notes
    -----
    Every trajectory starts from the same ``psi0``; the Wiener increments are
    drawn from ``numpy.random.default_rng(seed)``.  States are recorded at
    ``n_record`` equally spaced times including 0 and ``t_final``.
    """
    _domain.array("sse.simulate", square=True, H=H)
    _domain.array("sse.simulate", psi0=psi0)
    _domain.positive("sse.simulate", t_final=t_final, dt=dt)
    _domain.integer("sse.simulate", 2, n_traj=n_traj, n_record=n_record)
    _domain.integer("sse.simulate", 0, seed=seed)
    rng = np.random.default_rng(seed)
    th, co = _stack(channels, "thermal"), _stack(channels, "collapse")
    n_th = 0 if th is None else th[4]
    n_co = 0 if co is None else co[4]
    n_tr = 0 if transitions is None else transitions.J.size
    n_steps = 2 * int(round(t_final / (2 * dt)))
    rec_steps = 2 * (np.linspace(0, n_steps // 2, n_record).round().astype(int))
    fine = np.tile(np.asarray(psi0, dtype=complex), (n_traj, 1))
    coarse = fine.copy()
    out_f = np.empty((n_record, n_traj, fine.shape[1]), dtype=complex)
    out_c = np.empty_like(out_f)
    r, dW_prev = 0, None
    for step in range(n_steps + 1):
        while r < n_record and rec_steps[r] == step:
            out_f[r], out_c[r] = fine, coarse
            r += 1
        if step == n_steps:
            break
        dW = rng.standard_normal((n_traj, n_th + n_co + n_tr)) * np.sqrt(dt)
        fine = fine + _increment(fine, H, th, co, transitions, dW, dt)
        if step % 2 == 1:
            coarse = coarse + _increment(coarse, H, th, co, transitions, dW + dW_prev, 2 * dt)
        dW_prev = dW
    times = rec_steps * dt
    return Ensemble(times, out_f, seed, dt), Ensemble(times, out_c, seed, 2 * dt)


def extrapolated(fine: np.ndarray, coarse: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and standard error over trajectories (axis 0) of 2·fine − coarse."""
    _domain.array("sse.extrapolated", fine=fine, coarse=coarse)
    y = 2 * fine - coarse
    k = y.shape[0]
    if np.iscomplexobj(y):
        se = np.hypot(y.real.std(axis=0, ddof=1), y.imag.std(axis=0, ddof=1)) / np.sqrt(k)
    else:
        se = y.std(axis=0, ddof=1) / np.sqrt(k)
    return y.mean(axis=0), se


def liouvillian(H: np.ndarray, channels: list[Channel]) -> np.ndarray:
    """Column-stacked Liouvillian of dρ/dt = −i[H, ρ] + Σ_c J_c (LρL† − ½{L†L, ρ}).

    Uses vec(AXB) = (Bᵀ ⊗ A) vec(X); J_c is the rate of channel c (for a
    collapse channel, γ).
    """
    _domain.array("sse.liouvillian", square=True, H=H)
    d = H.shape[0]
    eye = np.eye(d)
    sup = -1j * (np.kron(eye, H) - np.kron(H.T, eye))
    for c in channels:
        L = np.asarray(c.L, dtype=complex)
        LdL = L.conj().T @ L
        sup = sup + c.J * (
            np.kron(L.conj(), L) - 0.5 * np.kron(eye, LdL) - 0.5 * np.kron(LdL.T, eye)
        )
    return sup


def master_equation_states(
    H: np.ndarray, channels: list[Channel], rho0: np.ndarray, times: np.ndarray
) -> np.ndarray:
    """ρ(t) at ``times`` from the matrix exponential of the Liouvillian."""
    _domain.array("sse.master_equation_states", square=True, H=H, rho0=rho0)
    _domain.array("sse.master_equation_states", times=times)
    sup = liouvillian(H, channels)
    d = rho0.shape[0]
    v0 = np.asarray(rho0, dtype=complex).reshape(-1, order="F")
    return np.array([(sla.expm(sup * t) @ v0).reshape(d, d, order="F") for t in times])


@dataclass(frozen=True)
class Comparison:
    """Ensemble average vs master equation at one time."""

    time: float
    max_abs_diff: float
    max_z: float  # largest |difference| / standard error over the matrix entries
    max_se: float


def projectors(ens: Ensemble, r: int) -> np.ndarray:
    """|ψ_k⟩⟨ψ_k| for every trajectory k at record ``r`` (not normalised, as in the paper)."""
    _domain.integer("sse.projectors", 0, len(ens.times) - 1, r=r)
    p = ens.psi[r]
    return np.einsum("ki,kj->kij", p, p.conj())


def compare_with_master(
    fine: Ensemble, coarse: Ensemble, H: np.ndarray, channels: list[Channel]
) -> list[Comparison]:
    """Compare the extrapolated E[|ψ⟩⟨ψ|] with the master-equation ρ(t) at every recorded t > 0.

    ``channels`` must list every channel of the simulation (use
    :meth:`Transitions.channels` for the transition channels).
    """
    psi0 = fine.psi[0, 0]
    rhos = master_equation_states(H, channels, np.outer(psi0, psi0.conj()), fine.times)
    out = []
    for r in range(1, len(fine.times)):
        mean, se = extrapolated(projectors(fine, r), projectors(coarse, r))
        diff = np.abs(mean - rhos[r])
        out.append(
            Comparison(
                float(fine.times[r]),
                float(diff.max()),
                float((diff / np.maximum(se, 1e-300)).max()),
                float(se.max()),
            )
        )
    return out


def oqt_transitions(chi: np.ndarray, rate: float, D_scale: float = 1.0) -> Transitions:
    """Eq. (5): J^{μν} = rate·χ_μ for every ν, D^{μν} = D_scale·√J^{μν}.

    ``D_scale = 1`` is the fluctuation–dissipation relation (D^{μν})² = J^{μν}.
    """
    _domain.array("sse.oqt_transitions", chi=chi)
    _domain.nonnegative("sse.oqt_transitions", rate=rate, **{"min(chi)": float(np.min(chi))})
    _domain.real("sse.oqt_transitions", D_scale=D_scale)
    d = len(chi)
    J = rate * np.repeat(np.asarray(chi, dtype=float)[:, None], d, axis=1)
    return Transitions(J, D_scale * np.sqrt(J))
