"""Numerical routes of the K3 values, thresholds and LGI statements of ``lmg_lgi`` §7.3–7.4
(Remarks 10, 12, 14, Eqs. (20), (24), (30), Figs. 1 and 4) beyond :mod:`numerics.lmg_lgi.k3`.

LAPACK throughout (dense ``eigh`` of the whole (N+1)-dimensional Dicke sector, the parity-block
eigenpairs of :mod:`numerics.lmg`, ``eig`` of the n²×n² Liouvillian), SciPy's linear program
and root finders, seeded random instances.  Independent of :mod:`derive.lmg_lgi_k3`.
"""

from __future__ import annotations

import math
from functools import cache

import numpy as np
from scipy.optimize import brentq, linprog

from numerics import lmg
from numerics.lmg_lgi import k3 as K


def macrorealist_maximum_by_lp():
    """max Σ_a p_a K3(a) over probability vectors p on the 27 assignments a ∈ {−1, 0, 1}³
    (SciPy's HiGHS linear program): the largest K3 of any macrorealist mixture."""
    v = np.array([-1.0, 0.0, 1.0])
    a, b, c = (x.ravel() for x in np.meshgrid(v, v, v, indexing="ij"))
    k = a * b + b * c - a * c
    res = linprog(-k, A_eq=np.ones((1, k.size)), b_eq=[1.0], bounds=(0, None), method="highs")
    return {"value": float(-res.fun), "details": "HiGHS LP over mixtures of the 27 assignments"}


def thermal_instrument_numeric():
    """(½{Q, ρ_th})₀₁ as a function of (p0, p1, Q01), by numpy matrices."""
    def f(p0, p1, Q01):
        Q = np.array([[0.0, Q01], [Q01, 0.0]])
        rho = np.diag([p0, p1])
        return float((0.5 * (Q @ rho + rho @ Q))[0, 1])
    return f


def luders_instances(count: int = 60, seed: int = 20260410):
    """Random dichotomic Q = U diag(±1) U† (dimension 2–6) and random density matrices."""
    rng = np.random.default_rng(seed)
    out = []
    for i in range(count):
        n = 2 + i % 5
        U, _ = np.linalg.qr(rng.normal(size=(n, n)) + 1j * rng.normal(size=(n, n)))
        ev = rng.choice([-1.0, 1.0], size=n)
        ev[0], ev[-1] = 1.0, -1.0
        G = rng.normal(size=(n, n)) + 1j * rng.normal(size=(n, n))
        rho = G @ G.conj().T
        out.append({"Q": U @ np.diag(ev) @ U.conj().T, "rho": rho / np.trace(rho).real})
    return {"instances": out, "searched": count}


@cache
def _dense(N, g):
    E, V = lmg.spectrum_dense(int(N), float(g))
    return E, V, lmg.m_values(int(N))


def instrument_min_eigenvalue(N, g):
    """Lowest eigenvalue of ½{Q, ρ0} in the complete sector (dense eigh of the 371×371 operator)
    and in the 5-level model."""
    E, V, m = _dense(N, g)
    v0 = V[:, 0]
    rho = np.outer(v0, v0)
    Q = np.diag(np.sign(m))
    full = np.linalg.eigvalsh(0.5 * (Q @ rho + rho @ Q)).min()
    md = K.model(int(N), float(g), 5)
    r5 = np.zeros((5, 5))
    r5[0, 0] = 1.0
    five = np.linalg.eigvalsh(0.5 * (md["Q"] @ r5 + r5 @ md["Q"])).min()
    return {"instances": [{"model": "complete Dicke sector (dense eigh)", "min_eigenvalue": float(full)},
                          {"model": "5-level", "min_eigenvalue": float(five)}], "searched": 2}


def _post_weights(N, g, post_state):
    E, V, m = _dense(N, g)
    v0 = V[:, 0]
    branches = [np.where(m > 0, v0, 0.0), np.where(m < 0, v0, 0.0)]
    rho = sum(np.outer(b, b) for b in branches)
    w = np.einsum("ik,ij,jk->k", V[:, :10], rho, V[:, :10])
    return w / np.trace(rho) if post_state == "renormalised" else w


def post_state_doublet_weight(N, g, post_state):
    """Weight of ρ_post = P₊ρ0P₊ + P₋ρ0P₋ in {E0, E1}, built in the Dicke basis (dense eigh)."""
    w = _post_weights(N, g, post_state)
    return float(w[0] + w[1])


def post_state_leak(N, g, k, post_state):
    return float(_post_weights(N, g, post_state)[k])


def _k3_populations(N, g, J, gamma, n, p):
    md = K.model(int(N), float(g), n)
    E = (md["E"] - md["E"][0]) * float(J)
    tau = math.pi / (3.0 * E[1])
    A = md["Jz"]
    ev = K._spectral(K._liouvillian(np.diag(E), A, A @ A, float(gamma)), tau, md["par"])
    rho = np.diag(np.r_[p, np.zeros(n - len(p))])
    Q = md["Q"]
    once = ev(0.5 * (Q @ rho + rho @ Q))
    return float(2 * np.real(np.trace(Q @ once)) - np.real(np.trace(Q @ ev(once))))


def thermal_immunity_instances(N, g, J, gamma_phi):
    """K3(ρ_th) − K3(|E0⟩⟨E0|) in the 2- and 5-level models (LAPACK spectral propagation)."""
    out = []
    for n in (2, 5):
        pure = _k3_populations(N, g, J, gamma_phi, n, [1.0])
        for p1 in (1 / (1 + math.e), 0.5):
            out.append({"n_levels": n, "p1": p1,
                        "dk3": _k3_populations(N, g, J, gamma_phi, n, [1 - p1, p1]) - pure})
    return {"instances": out, "searched": len(out)}


def parity_diagonal_instances(N, g):
    """⟨E_i|sgn J_z|E_i⟩ for i = 0, 1 from the dense eigh eigenvectors (no parity imposed)."""
    E, V, m = _dense(N, g)
    return {"instances": [{"i": i, "q_ii": float(V[:, i] @ (np.sign(m) * V[:, i]))} for i in (0, 1)],
            "searched": 2}


def threshold_5v10(N, g, J):
    a, b = K.threshold(N, g, J, 5), K.threshold(N, g, J, 10)
    return (a - b) / a


def k3_5v10_max(N, g, J, points):
    gs = np.linspace(0.0, 1.0, points)
    k10 = [K.k3(N, g, J, x, 10) for x in gs]
    return float(max(abs(K.k3(N, g, J, x, 5) - b) / b for x, b in zip(gs, k10)))


def k3_spread(N, g, J, gamma_phi):
    k = [K.k3(N, g, J, gamma_phi, n) for n in (3, 5, 10)]
    return (max(k) - min(k)) / min(k)


def secular_deviation(N, g, J, gamma_phi):
    """|1 − Re λ/(−γΓ01)| with λ from numpy eig of the 10-level Liouvillian (the eigenvalue
    nearest −γΓ01 + iΔE), Γ01 from the dense full-space ⟨E_i|J_z²|E_i⟩."""
    md = K.model(int(N), float(g), 10)
    E = (md["E"] - md["E"][0]) * float(J)
    A = md["Jz"]
    w = np.linalg.eigvals(K._liouvillian(np.diag(E), A, A @ A, float(gamma_phi)))
    _, V, m = _dense(N, g)
    rate = float(gamma_phi) * 0.5 * float(V[:, 0] @ (m**2 * V[:, 0]) + V[:, 1] @ (m**2 * V[:, 1]))
    lam = w[np.argmin(np.abs(w - complex(-rate, E[1])))]
    return float(abs(1 + lam.real / rate))


def projection_truncation(N, g):
    md = K.model(int(N), float(g), 5)
    A = md["Jz"]
    return float(1 - np.trace((A @ A)[:2, :2]) / np.trace(md["Jz2"][:2, :2]))


def coherent_ceiling_n_levels(N, g, J, n_levels):
    """γ = 0 stationary K3 of the n-level model by spectral propagation."""
    return K.k3(N, g, J, 0.0, int(n_levels))


def _coherent_terms(N, g):
    E, V, m = _dense(N, g)
    q = V.T @ (np.sign(m) * V[:, 0])
    t = math.pi / (3 * (E[1] - E[0]))
    w = E - E[0]
    return q**2 * (2 * np.cos(w * t) - np.cos(2 * w * t)), q


def coherent_ceiling_complete(N, g):
    """Σ_k Q_k0²[2cos(ω_kτ*) − cos(2ω_kτ*)] over all 371 dense eigenstates."""
    return float(np.sum(_coherent_terms(N, g)[0]))


def coherent_tail_share(N, g, k_from):
    terms, _ = _coherent_terms(N, g)
    return float(np.sum(terms[k_from:]) / terms[1])


def upper_gap_rad(N, g, J):
    E, _, _ = _dense(N, g)
    return float((E[3] - E[2]) * float(J))


def gamma01_threshold_instances(N, g, J):
    """Γ01 of the 3- and 4-level projections and the two-level threshold each gives, by Brent's
    root of Eq. (22)'s K3(γ) − 1 (numerical, not the ξ closed form)."""
    rows = []
    for n in (3, 4):
        md = K.model(int(N), float(g), n)
        A = md["Jz"]
        g01 = 0.5 * float(np.trace((A @ A)[:2, :2]))
        q2 = float(md["Q"][1, 0] ** 2)
        dE = float(md["E"][1] - md["E"][0]) * float(J)
        t = math.pi / (3 * dE)

        def f(x):
            return q2 * (2 * math.exp(-x * g01 * t) * math.cos(dE * t)
                         - math.exp(-2 * x * g01 * t) * math.cos(2 * dE * t)) - 1
        rows.append((g01, brentq(f, 1e-6, 10.0, xtol=1e-15)))
    return {"instances": [{"gamma01": rows, "thresholds": [r[1] for r in rows]}], "searched": 1}


def state_added_at_n5(N, g):
    E, V, par = lmg.lowest_eigenpairs_parity(int(N), float(g), k=5)
    m = lmg.m_values(int(N))
    q = float(V[:, 4] @ (np.sign(m) * V[:, 0]))
    return {"instances": [{"index": 4, "parity": int(par[4]), "q_k0": q,
                           "n4_parities": [int(p) for p in par[:4]]}], "searched": 1}


def eq30_size(N, gamma_phi, threshold):
    """The size at which γ_thresh·(N/N')² falls to γ (Brent's root of the N² scaling)."""
    return brentq(lambda n: float(threshold) * (float(N) / n) ** 2 - float(gamma_phi), 1.0, 1e6, xtol=1e-10)


def size_bound_instances(N, g, J, gamma_phi, threshold):
    """5-level K3(τ*(N)) at γ for even N at ½, ¾ and 1 of the Eq. (30) bound (LAPACK)."""
    top = eq30_size(N, gamma_phi, threshold)
    out = []
    for f in (0.5, 0.75, 1.0):
        n = 2 * int(f * top / 2)
        out.append({"N": n, "bound": top, "k3": K.k3(n, float(g), float(J), float(gamma_phi), 5)})
    return {"instances": out, "searched": len(out)}


def truncation_instances(N, g, J, gamma_phi):
    """The 5-level K3 against the 10- and 20-level K3 at γ (LAPACK spectral propagation) and,
    at γ = 0, the complete sector (dense eigh)."""
    k5 = K.k3(N, g, J, gamma_phi, 5)
    out = [{"gamma": float(gamma_phi), "reference": f"{n}-level", "k3_5": k5,
            "k3_ref": K.k3(N, g, J, gamma_phi, n)} for n in (10, 20)]
    out.append({"gamma": 0.0, "reference": "complete sector", "k3_5": K.k3(N, g, J, 0.0, 5),
                "k3_ref": coherent_ceiling_complete(N, g)})
    return {"instances": out, "searched": len(out)}
