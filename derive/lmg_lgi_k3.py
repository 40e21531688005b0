"""Derivation routes of the K3 values, thresholds and LGI statements of ``lmg_lgi`` §7.3–7.4
(Remarks 10, 12, 14, Eqs. (20), (24), (30), Figs. 1 and 4) that the shared routes of
:mod:`derive.lmg_lgi` do not cover.

Exact where the statement is algebraic (SymPy); otherwise the parity-sector model by Sturm
bisection and inverse iteration in double precision (:func:`derive.lmg_k3_series.model_doubles`),
the Taylor-series channel of :mod:`derive.lmg_k3_series` for K3 values and thresholds, and the
same Sturm bisection over the complete odd sector for the all-level coherent sum.  No LAPACK, no
``numerics``.  Units ħ = 1, rad/s; conventions of :mod:`derive.lmg_lgi`.
"""

from __future__ import annotations

import functools
import itertools
import math

import mpmath
import sympy as sp

from derive import lmg_k3_series as S
from derive.lmg_lgi import (
    _frac,
    k3_two_level_at,
    lgi_threshold_mp,
    luders_minus_anticommutator,
    thermal_rate,
    threshold_two_level,
    threshold_xi_at,
)
from derive.lmg_mp import sector_blocks

# --- §7.3: the macrorealist maximum for a trichotomic Q --------------------------------------


def macrorealist_maximum_trichotomic():
    """max of K3 = Q1Q2 + Q2Q3 − Q1Q3 over every definite assignment Q_i ∈ {−1, 0, +1}
    (exact integers): K3 is linear in each Q_i, so mixtures cannot exceed the vertices."""
    return sp.Integer(max(a * b + b * c - a * c for a, b, c in itertools.product((-1, 0, 1), repeat=3)))


# --- Remark 10 -----------------------------------------------------------------------------

def luders_identity_proof():
    """P₊ρP₊ − P₋ρP₋ − ½{Q, ρ} for every dichotomic Q = P₊ − P₋ of dimension 2–4 (each split of
    the eigenvalues ±1) and a generic Hermitian ρ: a list of matrices that must vanish."""
    cases = [[1, -1], [1, 1, -1], [1, -1, -1], [1, 1, -1, -1], [1, 1, 1, -1], [1, -1, -1, -1]]
    return {"proof": [luders_minus_anticommutator(ev) for ev in cases],
            "details": "SymPy, generic Hermitian ρ, Q = diag(±1) of dimension 2–4"}


def instrument_min_eigenvalue(N, g):
    """½{Q, ρ0} = ½(|q⟩⟨E0| + |E0⟩⟨q|) with q = Q|E0⟩ ⊥ |E0⟩ (Q00 = 0) has the eigenvalues
    ±½‖q‖, and ‖q‖² = ⟨E0|Q²|E0⟩ = 1 − p0 (Q² = I − |0⟩⟨0|): min eigenvalue −½√(1 − p0)."""
    p0 = S.model_float(N, g, 10)["P0"][0][0]
    return {"instances": [{"model": "complete Dicke sector (closed form)",
                           "min_eigenvalue": float(-mpmath.sqrt(1 - p0) / 2)}], "searched": 1}


def _post_state_weight(N, g, k, post_state):
    m = S.model_float(N, g, 10)
    p0 = m["P0"][0][0]
    q = m["Q"][k][0]
    # ⟨E_k|P±|E0⟩ = ½(δ_k0(1 − p0) ± Q_k0) for odd k, ½(1 − p0) for k = 0 (Q00 = 0)
    w = (1 - p0) ** 2 / 2 if k == 0 else q * q / 2
    return w / (1 - p0) if post_state == "renormalised" else w


def post_state_doublet_weight(N, g, post_state):
    """Weight of ρ_post = P₊ρ0P₊ + P₋ρ0P₋ (P± = (I − |0⟩⟨0| ± Q)/2) in {E0, E1}:
    (1 − p0)²/2 + Q01²/2, or that over Tr ρ_post = 1 − p0 (reading ``renormalised``)."""
    return _post_state_weight(N, g, 0, post_state) + _post_state_weight(N, g, 1, post_state)


def post_state_leak(N, g, k, post_state):
    """⟨E_k|ρ_post|E_k⟩ = Q_k0²/2 for odd k (or over Tr ρ_post)."""
    return _post_state_weight(N, g, k, post_state)


def thermal_immunity_instances(N, g, J, gamma_phi):
    """K3(ρ_th) − K3(|E0⟩⟨E0|) for ρ_th = (1 − p1)|E0⟩⟨E0| + p1|E1⟩⟨E1| in the two-level and
    the five-level model (stationary K3, Taylor-series channel)."""
    out = []
    for n in (2, 5):
        pure = S.k3_stationary(N, g, J, gamma_phi, n)
        for p1 in (1 / (1 + math.e), 0.5):
            out.append({"n_levels": n, "p1": p1, "dk3": S.k3_stationary(N, g, J, gamma_phi, n, (1 - p1, p1)) - pure})
    return {"instances": out, "searched": len(out)}


# --- Eq. (20) --------------------------------------------------------------------------------

def parity_diagonal_proof():
    """⟨ψ|sgn J_z|ψ⟩ = Σ_{m>0} (ψ_m² − ψ_{−m}²) = 0 for a parity eigenvector ψ_{−m} = pψ_m,
    p = ±1 (symbolic components, m = 1…6; the m = 0 term carries sgn 0 = 0)."""
    v = sp.symbols("v1:7", real=True)
    return {"proof": [sp.expand(sum(x**2 - (p * x) ** 2 for x in v)) for p in (1, -1)],
            "details": "SymPy: Σ sgn(m)|ψ_m|² for ψ_{−m} = ±ψ_m"}


# --- §7.4, Fig. 1, Remark 14: the ten-level values (Taylor-series channel) ---------------------

def threshold_n_levels(N, g, J, n_levels, dissipator="projected"):
    """γ with stationary K3(τ*) = 1 in the n-level model."""
    return {"value": S.threshold(N, g, J, n_levels, dissipator=dissipator),
            "details": "Sturm-bisection sector model (doubles), Taylor-series channel, Illinois root on ln γ"}


def higher_odd_state_factor(N, g, J):
    """The 5-level threshold with Q = sgn J_z over the one with Q kept on {E0, E1} only (the odd
    states above the doublet switched off in the observable, the dynamics unchanged)."""
    return S.threshold(N, g, J, 5) / S.threshold(N, g, J, 5, q_levels=2)


def two_level_share_of_bc_gap(N, g, J):
    """(γ_2,exact − γ_B)/(γ_C − γ_B): the part of the Level B → C gap already in the exact
    (non-secular) two-level model (A = P J_z P, A² = P J_z² P full space); γ_B from Eq. (26)."""
    b = float(threshold_two_level(N, g, J, "B"))
    return (S.threshold(N, g, J, 2, dissipator="full") - b) / (S.threshold(N, g, J, 5) - b)


def k3_n_levels(N, g, J, gamma_phi, n_levels):
    return S.k3_stationary(N, g, J, gamma_phi, n_levels)


def threshold_5v10(N, g, J):
    """(γ5 − γ10)/γ5, the relative difference of the 5- and 10-level thresholds."""
    a, b = S.threshold(N, g, J, 5), S.threshold(N, g, J, 10)
    return (a - b) / a


def k3_5v10_max(N, g, J, points):
    """max over γ ∈ [0, 1] s⁻¹ (``points`` equally spaced) of |K3_5 − K3_10|/K3_10."""
    gs = [i / (points - 1) for i in range(points)]
    worst = 0.0
    for x in gs:
        k10 = S.k3_stationary(N, g, J, x, 10)
        worst = max(worst, abs(S.k3_stationary(N, g, J, x, 5) - k10) / k10)
    return worst


def k3_spread(N, g, J, gamma_phi):
    """(max − min)/min of the stationary K3 of the 3-, 5- and 10-level models."""
    k = [S.k3_stationary(N, g, J, gamma_phi, n) for n in (3, 5, 10)]
    return (max(k) - min(k)) / min(k)


def secular_deviation(N, g, J, gamma_phi):
    """|1 − Re λ/(−γΓ01)|: λ the 10-level Liouvillian eigenvalue of the E0–E1 coherence (inverse
    iteration), Γ01 = ½(⟨E0|J_z²|E0⟩ + ⟨E1|J_z²|E1⟩) full space (Eq. (26))."""
    m = S.model_float(N, g, 10)
    rate = float(gamma_phi) * float((m["Jz2"][0][0] + m["Jz2"][1][1]) / 2)
    dE = float((m["E"][1] - m["E"][0])) * float(J)
    lam = S.coherence_eigenvalue(N, g, J, gamma_phi, 10, complex(-rate, dE))
    return abs(1 + lam.real / rate)


def projection_truncation(N, g):
    """1 − Σ_{i=0,1}(PJ_zP)²_ii / Σ_{i=0,1}⟨E_i|J_z²|E_i⟩ in the 5-level projection."""
    m = S.model_float(N, g, 5)
    A = m["Jz"]
    proj = sum(A[i][k] * A[k][i] for i in (0, 1) for k in range(5))
    return 1 - proj / (m["Jz2"][0][0] + m["Jz2"][1][1])


# --- Remark 12: coherent ceilings (Eq. (25)) ---------------------------------------------------

def _coherent_term(E, q, k):
    x = (E[k] - E[0]) / (E[1] - E[0]) * mpmath.pi / 3
    return q[k] ** 2 * (2 * mpmath.cos(x) - mpmath.cos(2 * x))


def coherent_ceiling_n_levels(N, g, n_levels):
    """γ = 0 stationary K3(τ*) of the n-level model: Σ over its odd states of Eq. (25)."""
    m = S.model_float(N, g, int(n_levels))
    q = [m["Q"][k][0] for k in range(len(m["E"]))]
    return mpmath.fsum(_coherent_term(m["E"], q, k) for k in range(1, len(q)) if m["par"][k] < 0)


@functools.cache
def _complete_odd_weights(N, g):
    """(ΔE10, [(E_k − E0, Q_k0²) for every odd state k]) of the complete Dicke sector: E0 and its
    vector from the even block, every odd eigenpair by Sturm bisection + inverse iteration
    (doubles); Q|E0⟩ has the odd-block components a_m (m > 0) of |E0⟩."""
    with mpmath.workdps(20):
        de, ee, ms_e = sector_blocks(int(N), _frac(g), +1)
        do, eo, ms_o = sector_blocks(int(N), _frac(g), -1)
    de, ee, do, eo = ([float(x) for x in v] for v in (de, ee, do, eo))
    e0 = S._sturm_lowest(de, ee, 1)[0]
    a = S._inverse_vector(de, ee, e0)
    a_pos = dict(zip([float(x) for x in ms_e], a))
    psi = [a_pos[float(m)] for m in ms_o]   # (|m⟩ − |−m⟩)/√2 components of Q|E0⟩
    lams = S._sturm_all(do, eo)
    out = [(lam - e0, sum(x * y for x, y in zip(S._inverse_vector(do, eo, lam), psi)) ** 2) for lam in lams]
    return out[0][0], out


def coherent_ceiling_complete(N, g):
    """Σ over all odd states of the complete sector of Q_k0²[2cos(ω_kτ*) − cos(2ω_kτ*)]."""
    d10, w = _complete_odd_weights(int(N), g)
    t = math.pi / (3 * d10)
    return math.fsum(q2 * (2 * math.cos(om * t) - math.cos(2 * om * t)) for om, q2 in w)


def coherent_tail_share(N, g, k_from):
    """Σ_{k ≥ k_from} ΔK3^(k) / ΔK3^(1): complete coherent sum minus the terms k < k_from."""
    d10, w = _complete_odd_weights(int(N), g)
    t = math.pi / (3 * d10)
    terms = [q2 * (2 * math.cos(om * t) - math.cos(2 * om * t)) for om, q2 in w]
    # odd states in ascending order are E1, E3, E5, ...: the i-th has k = 2i + 1
    return math.fsum(terms[i] for i in range(len(terms)) if 2 * i + 1 >= k_from) / terms[0]


# --- Remark 14 ---------------------------------------------------------------------------------

def upper_gap_rad(N, g, J):
    """E3 − E2 in rad/s."""
    E = S.model_float(N, g, 4)["E"]
    return (E[3] - E[2]) * mpmath.mpf(J)


def gamma01_threshold_instances(N, g, J):
    """The n = 3 → n = 4 change of Γ01 = ½((PJ_zP)²00 + (PJ_zP)²11) and the two-level threshold
    γ = ln(1/ξ)·3ΔE/(πΓ01) it gives (Eq. (23)): does raising Γ01 raise the threshold?"""
    rows = []
    for n in (3, 4):
        m = S.model_float(N, g, n)
        A = m["Jz"]
        g01 = sum(A[i][k] * A[k][i] for i in (0, 1) for k in range(n)) / 2
        q2 = m["Q"][1][0] ** 2
        dE = (m["E"][1] - m["E"][0]) * mpmath.mpf(J)
        xi = mpmath.mpf(threshold_xi_at(q2, 30))
        rows.append((float(g01), float(mpmath.log(1 / xi) * 3 * dE / (mpmath.pi * g01))))
    return {"instances": [{"gamma01": rows, "thresholds": [r[1] for r in rows]}], "searched": 1}


def state_added_at_n5(N, g):
    """The state the n = 5 basis adds to the n = 4 one: its index (E4), parity and Q_k0."""
    m = S.model_float(N, g, 5)
    return {"instances": [{"index": 4, "parity": int(m["par"][4]), "q_k0": float(m["Q"][4][0]),
                           "n4_parities": [int(p) for p in m["par"][:4]]}], "searched": 1}


# --- Eq. (30) ------------------------------------------------------------------------------------

def eq30_size(N, gamma_phi, threshold):
    """N·√(γ_thresh/γ), Eq. (30) at γ = ``gamma_phi`` (threshold bound to its quantity or print)."""
    return mpmath.mpf(N) * mpmath.sqrt(mpmath.mpf(threshold) / mpmath.mpf(gamma_phi))


def size_bound_instances(N, g, J, gamma_phi, threshold):
    """The 5-level stationary K3(τ*(N)) at γ = ``gamma_phi`` for even N at ½, ¾ and 1 of the
    Eq. (30) bound (ΔE(N) and τ* recomputed at each N): does the violation persist?"""
    top = float(eq30_size(N, gamma_phi, threshold))
    out = []
    for f in (0.5, 0.75, 1.0):
        n = 2 * int(f * top / 2)
        out.append({"N": n, "bound": top, "k3": float(lgi_k3_at_size(n, g, J, gamma_phi))})
    return {"instances": out, "searched": len(out)}


def lgi_k3_at_size(N, g, J, gamma_phi):
    """5-level stationary K3 at size N (double-precision Sturm model, Taylor-series channel)."""
    return S.k3_stationary(N, g, J, gamma_phi, 5, model=S.model_doubles(int(N), g, 5))


def threshold_five_level_mp(N, g, J):
    return lgi_threshold_mp(N, g, J, 5)


# --- §7.4: 'a convergent approximation' ----------------------------------------------------------

def truncation_instances(N, g, J, gamma_phi):
    """The 5-level stationary K3 against larger models: the 10- and 12-level K3 at γ = ``gamma_phi``
    (Taylor-series channel) and, at γ = 0, the complete sector's coherent sum (Eq. (25), all states)."""
    k5 = S.k3_stationary(N, g, J, gamma_phi, 5)
    out = [{"gamma": float(gamma_phi), "reference": f"{n}-level", "k3_5": k5,
            "k3_ref": S.k3_stationary(N, g, J, gamma_phi, n)} for n in (10, 12)]
    out.append({"gamma": 0.0, "reference": "complete sector", "k3_5": S.k3_stationary(N, g, J, 0.0, 5),
                "k3_ref": coherent_ceiling_complete(N, g)})
    return {"instances": out, "searched": len(out)}


# --- Remark 10: the protocol readings (Taylor-series channel on all n² pairs) ----------------

def k3_five_level(N, g, J, gamma_phi, protocol="stationary"):
    """5-level K3(τ*) at γ = ``gamma_phi`` under one protocol reading."""
    return S.k3_protocol(N, g, J, gamma_phi, 5, protocol)


def lgi_protocol_instances(N, g, J, gamma_phi):
    """For each sequential reading: K3, the stationary K3, and both with sgn(0) = +1 (Q² = I:
    the m = 0 weight switched off), and C12."""
    out = []
    for reading in ("listing", "text"):
        row = {"reading": reading}
        for s0 in (0, 1):
            row[f"k3_seq_sgn0_{s0}"] = S.k3_protocol(N, g, J, gamma_phi, 5, reading, s0)
            row[f"k3_stat_sgn0_{s0}"] = S.k3_protocol(N, g, J, gamma_phi, 5, "stationary", s0)
        row["c12"] = S.k3_protocol(N, g, J, gamma_phi, 5, "stationary", 0, parts=True)["c12"]
        out.append(row)
    return {"instances": out, "searched": len(out)}


def protocol_difference(N, g, J, gamma_phi, k3_sequential):
    """K3_stationary − K3_sequential (the sequential value bound to its quantity or its print)."""
    return S.k3_protocol(N, g, J, gamma_phi, 5, "stationary") - float(k3_sequential)


def protocol_difference_share(N, g, J, gamma_phi, diff):
    """(K3_stationary − K3_sequential)/K3_stationary (the difference bound to its quantity or print)."""
    return float(diff) / S.k3_protocol(N, g, J, gamma_phi, 5, "stationary")


# --- Remark 12: per-level data of the ten-level Sturm model --------------------------------------

def level_gap_ratio(N, g, k):
    """(E_k − E_0)/(E_1 − E_0)."""
    E = S.model_float(N, g, 10)["E"]
    return (E[k] - E[0]) / (E[1] - E[0])


def q_k0_squared(N, g, k):
    return S.model_float(N, g, 10)["Q"][k][0] ** 2


def q_k0_abs(N, g, k):
    return abs(S.model_float(N, g, 10)["Q"][k][0])


def coherent_contribution(N, g, k):
    """ΔK3^(k) = Q_k0²[2cos(ΔE_k0τ*) − cos(2ΔE_k0τ*)], τ* = π/(3ΔE10) (Eq. (25))."""
    x = level_gap_ratio(N, g, k) * math.pi / 3
    return q_k0_squared(N, g, k) * (2 * math.cos(x) - math.cos(2 * x))


def coherent_share(N, g, k):
    """ΔK3^(k)/ΔK3^(1)."""
    return coherent_contribution(N, g, k) / coherent_contribution(N, g, 1)


# --- threshold ratios and the Level-B comparison on the fast route -----------------------------

def level_ca_ratio(N, g, J):
    """Level C / Level A threshold (Level C on the Taylor-series route, Level A Eq. (23))."""
    return S.threshold(N, g, J, 5) / float(threshold_two_level(N, g, J, "A"))


def level_cb_ratio(N, g, J):
    """Level C / Level B threshold (the printed 'further 2.47×')."""
    return S.threshold(N, g, J, 5) / float(threshold_two_level(N, g, J, "B"))


def level_b_underestimate(N, g, J, gamma_phi):
    """(K3_C − K3_B)/K3_C at γ = ``gamma_phi`` (Eq. (22) with T2phys against the 5-level model)."""
    c = S.k3_stationary(N, g, J, gamma_phi, 5)
    return (c - float(k3_two_level_at(N, g, J, gamma_phi, "B"))) / c


def goldilocks_size(g, J, T_nK):
    """Smallest even N with ΔE(N) ≤ k_BT: bisection over even N, ΔE from the double-precision Sturm
    model (k_BT/ħ from the SI constants, derive.lmg_lgi.thermal_rate)."""
    kt = float(sp.N(thermal_rate(sp.Rational(_frac(T_nK).numerator, _frac(T_nK).denominator) / 10**9), 20))

    def dE(n):
        E = S.levels_doubles(2 * n, g, 2)
        return (E[1] - E[0]) * float(J)

    lo, hi = 50, 600  # N/2: ΔE(100) > k_BT > ΔE(1200) near Γ/J = 0.95, T = 10 nK
    if not (dE(lo) > kt > dE(hi)):
        raise ValueError("k_BT not bracketed by ΔE(N) on N ∈ [100, 1200]")
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if dE(mid) > kt else (lo, mid)
    return 2 * hi
