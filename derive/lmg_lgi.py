"""Exact derivations for the LMG Leggett–Garg paper (paper key ``lmg_lgi``).

Model (Eq. (1)): H = −(J/2N)(Σσᶻ)² − ΓΣσˣ − hΣσᶻ = −(2J/N)J_z² − 2ΓJ_x − 2hJ_z,
ħ = k_B = 1, energies in rad/s.  Benchmark: N = 370, Γ/J = 0.95,
J = 37195.4 rad/s, T = 10 nK.

Everything here is SymPy (exact) or exact rationals; the independent numerical
checks live in :mod:`numerics.lmg_lgi` and never call this module.

References
----------
S. Mouslopoulos, "Classically forbidden signatures of quantum coherence in the
mesoscopic Lipkin–Meshkov–Glick model", arXiv:2604.18638 (manuscript
``002_9e6c3c1b1fdb9ba8.txt``).
"""

from __future__ import annotations

import functools
import itertools
from fractions import Fraction

import gmpy2
import mpmath
import sympy as sp
from sympy.physics.quantum import TensorProduct

from derive.lmg_mp import (
    as_mpf,
    bisect_eigenvalue,
    expm,
    inverse_iteration,
    kept_tuple,
    sector_blocks,
    sector_eigenpair,
    solve_tridiagonal,
    weighted_gram,
)

z = sp.Symbol("z", positive=True)
m_star = sp.Symbol("m_star", positive=True)
J, Gamma, T, h, N = sp.symbols("J Gamma T h N", positive=True)
m = sp.Symbol("m", real=True)
t = sp.Symbol("t", real=True)

#: Benchmark of §2 as exact numbers.
N_BENCH = 370
GAMMA_OVER_J = sp.Rational(19, 20)
J_RAD_S = sp.Rational("37195.4")
#: SI-2019 exact constants: k_B in J/K, h in J s (ħ = h/2π).
K_B = sp.Rational("1.380649e-23")
H_PLANCK = sp.Rational("6.62607015e-34")
T_KELVIN = sp.Rational(1, 10**8)     # 10 nK

SX = sp.Matrix([[0, 1], [1, 0]])
SY = sp.Matrix([[0, -sp.I], [sp.I, 0]])
SZ = sp.Matrix([[1, 0], [0, -1]])


# ---------------------------------------------------------------------------------------
# WKB instanton action (App. G)
# ---------------------------------------------------------------------------------------

@functools.cache
def instanton_action() -> sp.Expr:
    """Intensive WKB instanton action, Eq. (51), integrated exactly.

    S_inst = ∫_0^{m*} ln( J √(1 − z²) / Γ ) dz, with Γ/J = √(1 − m*²) (Eq. 4).

    Notes
    -----
    Step 1: substitute J/Γ = 1/√(1 − m*²) so the integrand depends on z and m* only.
    Step 2: integrate by parts with SymPy; the result is returned unsimplified
    so that the equivalence with the printed closed form is decided separately.

    References
    ----------
    lmg_lgi, App. G, Eqs. (51)–(52).
    """
    integrand = sp.log(sp.sqrt(1 - z**2) / sp.sqrt(1 - m_star**2))
    return sp.integrate(integrand, (z, 0, m_star))


def m_star_of(gamma_over_j: sp.Expr) -> sp.Expr:
    """Mean-field order parameter m* = √(1 − Γ²/J²) (Eq. 4)."""
    return sp.sqrt(1 - sp.sympify(gamma_over_j) ** 2)


def instanton_action_at(gamma_over_j: str) -> sp.Expr:
    """Exact S_inst at a rational Γ/J given as a decimal string (e.g. ``"0.95"``)."""
    return instanton_action().subs(m_star, m_star_of(sp.Rational(gamma_over_j)))


def wkb_antiderivative_residual() -> sp.Expr:
    """d/dz [z ln(J√(1−z²)/Γ) − z + artanh z] − ln(J√(1−z²)/Γ), simplified (App. G).

    Zero means the printed antiderivative of the integration by parts is right.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. G, after Eq. (51).
    """
    integrand = sp.log(J * sp.sqrt(1 - z**2) / Gamma)
    anti = z * integrand - z + sp.atanh(z)
    return sp.simplify(sp.diff(anti, z) - integrand)


def wkb_momentum_cosh() -> sp.Expr:
    """cosh φ(z) with φ = ln x, x = (J/Γ)√(1 − z²) (App. G), as a rational function.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. G.
    """
    x = J * sp.sqrt(1 - z**2) / Gamma
    return sp.simplify((x + 1 / x) / 2)


# ---------------------------------------------------------------------------------------
# §1–2: Hamiltonian, BEC mapping, units, coherent-state overlap
# ---------------------------------------------------------------------------------------

def _site_operator(op: sp.Matrix, site: int, n: int) -> sp.Matrix:
    mats = [op if k == site else sp.eye(2) for k in range(n)]
    out = mats[0]
    for M in mats[1:]:
        out = TensorProduct(out, M)
    return out


@functools.cache
def collective_form_difference(n: int = 3) -> sp.Matrix:
    """Eq. (1) as a spin sum minus its collective form, on the full 2ⁿ-dim space.

    Notes
    -----
    Ĵ_α = ½Σσ̂ᵅ; returns −(J/2n)(Σσᶻ)² − ΓΣσˣ − hΣσᶻ − [−(2J/n)J_z² − 2ΓJ_x − 2hJ_z],
    which is the zero matrix when the two printed forms agree.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, Eq. (1).
    """
    Sz = sum((_site_operator(SZ, k, n) for k in range(n)), sp.zeros(2**n))
    Sx = sum((_site_operator(SX, k, n) for k in range(n)), sp.zeros(2**n))
    spin_sum = -(J / (2 * n)) * Sz**2 - Gamma * Sx - h * Sz
    Jz, Jx = Sz / 2, Sx / 2
    collective = -(2 * J / n) * Jz**2 - 2 * Gamma * Jx - 2 * h * Jz
    return sp.simplify(spin_sum - collective)


def bec_jz2_coefficient() -> sp.Expr:
    """Coefficient of J_z² in the two-mode contact interaction (g11/2)(n_a² + n_b²) + g12 n_a n_b.

    Notes
    -----
    n_a = N/2 + J_z, n_b = N/2 − J_z (Schwinger bosons).  Matching −(2J/N)J_z² of
    Eq. (1) gives J = (N/2)(g12 − g11) in this (standard, ½Σ g_ij n_i n_j) convention.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, BEC mapping after Eq. (1), footnote 1.
    """
    g11, g12, Jz = sp.symbols("g11 g12 J_z")
    na, nb = N / 2 + Jz, N / 2 - Jz
    H = g11 / 2 * (na**2 + nb**2) + g12 * na * nb
    return sp.expand(H).coeff(Jz, 2)


def bec_coupling() -> sp.Expr:
    """J from matching −(2J/N)J_z² to :func:`bec_jz2_coefficient`: J = N(g12 − g11)/2.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, BEC mapping after Eq. (1).
    """
    return sp.expand(-N * bec_jz2_coefficient() / 2)


def thermal_rate(T_kelvin: sp.Expr = T_KELVIN) -> sp.Expr:
    """k_B T/ħ in rad/s, exact from the SI-2019 defining constants (ħ = h/2π).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2 (k_BT = 1310 rad/s at T = 10 nK).
    """
    return K_B * T_kelvin * 2 * sp.pi / H_PLANCK


def coherent_state_overlap() -> sp.Expr:
    """⟨P|R⟩ for N-spin product coherent states at m_z = ±m, simplified (§1, Eq. (3)).

    Notes
    -----
    One spin at polar angle θ, cos θ = m: (cos θ/2, sin θ/2); its mirror image at
    π − θ: (sin θ/2, cos θ/2).  The one-spin overlap is 2 sin(θ/2)cos(θ/2) = sin θ
    = √(1 − m²); N independent spins give its N-th power.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §1; §2 after Eq. (3).
    """
    theta = sp.acos(m_star)
    one = sp.cos(theta / 2) * sp.sin(theta / 2) + sp.sin(theta / 2) * sp.cos(theta / 2)
    return sp.simplify(sp.expand_trig(one)) ** N


def overlap_benchmark() -> sp.Expr:
    """S = (Γ/J)^N at N = 370, Γ/J = 19/20 (exact rational).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2 after Eq. (3).
    """
    return GAMMA_OVER_J ** N_BENCH


def doublet_norm_squared() -> sp.Expr:
    """⟨E0|E0⟩ and ⟨E1|E1⟩ for Eq. (4) with ⟨P|P⟩ = ⟨R|R⟩ = 1, ⟨P|R⟩ = S real.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, Eq. (4).
    """
    S = sp.Symbol("S", positive=True)
    e0 = (1 + 1 + 2 * S) / (2 + 2 * S)
    e1 = (1 + 1 - 2 * S) / (2 - 2 * S)
    return sp.simplify(e0), sp.simplify(e1)


# ---------------------------------------------------------------------------------------
# Mean field (Eqs. (2), (4), (5))
# ---------------------------------------------------------------------------------------

def mean_field_free_energy() -> sp.Expr:
    """f(m) = J m²/2 − T ln Tr exp(−h_MF/T), h_MF = −(Jm + h)σᶻ − Γσˣ (Eq. (2)).

    Notes
    -----
    Hartree decoupling of Eq. (1): (Σσᶻ)² → 2Nm Σσᶻ − N²m², so the energy per spin is
    J m²/2 + h_MF.  The trace is the sum over the eigenvalues ±√((Jm+h)² + Γ²) of −h_MF.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, Eq. (2).
    """
    h_mf = -(J * m + h) * SZ - Gamma * SX
    lam = list(h_mf.eigenvals())
    Z = sum(sp.exp(-ev / T) for ev in lam)
    return J * m**2 / 2 - T * sp.log(sp.simplify(Z.rewrite(sp.cosh)))


def ground_energy_per_spin() -> sp.Expr:
    """T → 0 limit of Eq. (2) at h = 0: e(m) = J m²/2 − √(J²m² + Γ²).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, Eq. (2); App. F.
    """
    return J * m**2 / 2 - sp.sqrt(J**2 * m**2 + Gamma**2)


@functools.cache
def order_parameter() -> sp.Expr:
    """Positive non-trivial root of e′(m) = 0: m* = √(1 − Γ²/J²).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, Eq. (3).
    """
    roots = sp.solve(sp.diff(ground_energy_per_spin(), m), m)
    return next(r for r in roots if r != 0 and sp.simplify(r.subs({J: 2, Gamma: 1})) > 0)


@functools.cache
def ordered_curvature() -> sp.Expr:
    """e″(0) at h = 0, T → 0: J − J²/Γ (negative ⇔ m = 0 is a maximum ⇔ Γ < J).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2 (Γc = J).
    """
    return sp.simplify(sp.diff(ground_energy_per_spin(), m, 2).subs(m, 0))


def mean_field_susceptibility() -> sp.Expr:
    """χ_MF = ∂m/∂h at h = 0 in the ordered phase (T → 0), from m = y/E, y = Jm + h.

    Notes
    -----
    dm/dy = Γ²/E³ with E = √(y² + Γ²) = J at the ordered minimum, and dy = J dm + dh,
    so χ = (Γ²/J³)/(1 − Γ²/J²).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, after Remark 1.
    """
    E = J
    dm_dy = Gamma**2 / E**3
    return sp.simplify(dm_dy / (1 - J * dm_dy))


def two_level_susceptibility() -> sp.Expr:
    """χ_eff from H_eff = −Nm*hτᶻ − (ΔE/2)τˣ: d(m*⟨τᶻ⟩)/dh at h = 0 (Eq. (5)).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, Eq. (5).
    """
    dE = sp.Symbol("DeltaE", positive=True)
    Hm = sp.Matrix([[-N * m_star * h, -dE / 2], [-dE / 2, N * m_star * h]])
    e_gs = min(Hm.eigenvals(), key=lambda e: e.subs({N: 1, m_star: 1, h: 1, dE: 1}))
    tau_z = -sp.diff(e_gs, h) / (N * m_star)       # Hellmann–Feynman: ∂E/∂h = −Nm*⟨τᶻ⟩
    return sp.simplify(sp.diff(m_star * tau_z, h).subs(h, 0))


# ---------------------------------------------------------------------------------------
# §3: N = 2
# ---------------------------------------------------------------------------------------

def n2_hamiltonian() -> sp.Matrix:
    """H = −J J_z² − 2ΓJ_x for N = 2 (spin 1) in the Dicke basis m = 1, 0, −1.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §3.
    """
    r = sp.sqrt(2) / 2
    Jx = sp.Matrix([[0, r, 0], [r, 0, r], [0, r, 0]])
    Jz = sp.diag(1, 0, -1)
    return -J * Jz**2 - 2 * Gamma * Jx


def n2_odd_state_energy() -> sp.Expr:
    """⟨a|H|a⟩ with |a⟩ = (|1⟩ − |−1⟩)/√2, after checking H|a⟩ ∝ |a⟩.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §3.
    """
    a = sp.Matrix([1, 0, -1]) / sp.sqrt(2)
    Ha = n2_hamiltonian() * a
    E = sp.simplify((a.T * Ha)[0])
    assert sp.simplify(Ha - E * a) == sp.zeros(3, 1)
    return E


def n2_even_block() -> sp.Matrix:
    """H in the even basis |s⟩ = (|1⟩ + |−1⟩)/√2, |0⟩.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §3.
    """
    s = sp.Matrix([1, 0, 1]) / sp.sqrt(2)
    o = sp.Matrix([0, 1, 0])
    B = sp.Matrix.hstack(s, o)
    return sp.simplify(B.T * n2_hamiltonian() * B)


def n2_even_eigenvalues() -> list[sp.Expr]:
    """Eigenvalues of the even block, ascending (E−, E+).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §3.
    """
    ev = list(n2_even_block().eigenvals())
    return sorted(ev, key=lambda e: float(e.subs({J: 1, Gamma: 1})))


def n2_splitting() -> sp.Expr:
    """ΔE_{N=2} = E_odd − E− (Eq. (7)).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §3, Eq. (7).
    """
    return sp.simplify(n2_odd_state_energy() - n2_even_eigenvalues()[0])


def n2_splitting_small_gamma() -> sp.Expr:
    """Leading term of ΔE_{N=2} for Γ ≪ J.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §3, Eq. (7).
    """
    eps = sp.Symbol("epsilon", positive=True)
    ser = sp.series(n2_splitting().subs(Gamma, eps * J), eps, 0, 3).removeO()
    return sp.simplify(ser.subs(eps, Gamma / J))


def n2_ground_state_residual() -> sp.Matrix:
    """(H_even − E−)(cos φ/2, sin φ/2)ᵀ with tan φ = 4Γ/J; zero iff Eq. (6) is right.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §3, Eq. (6).
    """
    phi = sp.atan(4 * Gamma / J)
    v = sp.Matrix([sp.cos(phi / 2), sp.sin(phi / 2)])
    res = (n2_even_block() - n2_even_eigenvalues()[0] * sp.eye(2)) * v
    return sp.simplify(res.applyfunc(lambda e: sp.simplify(sp.expand_trig(e))))


# ---------------------------------------------------------------------------------------
# §4, App. A: Bloch equations, Fokker–Planck, barrier
# ---------------------------------------------------------------------------------------

def pauli_commutator_xz() -> sp.Matrix:
    """[σˣ, σᶻ].

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. A.
    """
    return SX * SZ - SZ * SX


def bloch_rhs() -> dict[str, sp.Expr]:
    """d⟨σ^α⟩/dt = i⟨[H_MF, σ^α]⟩ for H_MF = −(Jm_z + h)σᶻ − Γσˣ, as functions of m.

    Notes
    -----
    The commutators are reduced on the Pauli basis: i[H, σ^α] = Σ_β c_β σ^β with
    c_β = ½ Tr(i[H, σ^α] σ^β); then ⟨σ^β⟩ → m_β (mean-field factorisation).  Derived once
    per process (:func:`_bloch_rhs`); each call returns a new dict of the same expressions.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §4, Eq. (8); App. A, Eqs. (32)–(34).
    """
    return dict(_bloch_rhs())


@functools.cache
def _bloch_rhs() -> dict[str, sp.Expr]:
    """:func:`bloch_rhs`, memoised (the dict is never handed out)."""
    mx, my, mz = sp.symbols("m_x m_y m_z", real=True)
    H = -(J * mz + h) * SZ - Gamma * SX
    mvec = {"x": mx, "y": my, "z": mz}
    paulis = {"x": SX, "y": SY, "z": SZ}
    out = {}
    for a, sa in paulis.items():
        gen = sp.I * (H * sa - sa * H)
        out[a] = sp.simplify(sum(sp.Rational(1, 2) * (gen * sb).trace() * mvec[b]
                                 for b, sb in paulis.items()))
    return out


def bloch_invariants_rates() -> tuple[sp.Expr, sp.Expr]:
    """d|m|²/dt and d e/dt along Eq. (8), e = −J m_z²/2 − h m_z − Γ m_x (both 0).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §4, after Eq. (8).
    """
    mx, my, mz = sp.symbols("m_x m_y m_z", real=True)
    rhs = bloch_rhs()
    r2 = 2 * (mx * rhs["x"] + my * rhs["y"] + mz * rhs["z"])
    e = -J * mz**2 / 2 - h * mz - Gamma * mx
    de = sp.diff(e, mx) * rhs["x"] + sp.diff(e, mz) * rhs["z"]
    return sp.simplify(r2), sp.simplify(de)


def stationary_flux(D: sp.Expr) -> sp.Expr:
    """Probability flux of Eq. (9) for P = exp(−N f(m)/T), f arbitrary, diffusion D.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §4, Eq. (9); App. E, Eq. (49).
    """
    Geff = sp.Symbol("Gamma_eff", positive=True)
    f = sp.Function("f")
    P = sp.exp(-N * f(m) / T)
    return sp.simplify(Geff * sp.diff(f(m), m) * P + D * sp.diff(P, m))


def fokker_planck_mismatch() -> sp.Expr:
    """Kramers–Moyal FP of Eqs. (46)–(47) minus Eq. (49): −∂(aP) + D∂²P − [∂(Γ_eff f′P) + D∂²P].

    Notes
    -----
    For dm = a dt + √(2D) dW the forward equation is ∂_tP = −∂_m(aP) + D∂²_mP; with the drift
    a = −Γ_eff f′(m) of Eq. (46) this must equal Eq. (49) identically (returns 0).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. E, Eqs. (46)–(49).
    """
    Geff, D = sp.symbols("Gamma_eff D", positive=True)
    f, P = sp.Function("f"), sp.Function("P")
    a = -Geff * sp.diff(f(m), m)
    kramers_moyal = -sp.diff(a * P(m), m) + D * sp.diff(P(m), m, 2)
    printed = sp.diff(Geff * sp.diff(f(m), m) * P(m), m) + D * sp.diff(P(m), m, 2)
    return sp.simplify(kramers_moyal - printed)


def einstein_diffusion() -> sp.Expr:
    """The D making the Boltzmann flux vanish: D = Γ_eff T/N (Eq. (48)).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §4; App. E, Eq. (48).
    """
    Dsym = sp.Symbol("D", positive=True)
    return sp.solve(sp.Eq(stationary_flux(Dsym), 0), Dsym)[0]


def bias_log_ratio_slope() -> sp.Expr:
    """d/dh [ln P(m+) − ln P(m−)] at h = 0 for P ∝ e^{−Nf/T}, T → 0 landscape.

    Notes
    -----
    Envelope theorem: the minima shift with h but f is stationary there, so only
    ∂f/∂h = −y/E at m = ±m* enters: −(±m*).  Returns N(m* + m*)/T = 2Nm*/T.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §4 (P_stat(m+)/P_stat(m−)).
    """
    y = J * m + h
    E = sp.sqrt(y**2 + Gamma**2)
    e = J * m**2 / 2 - E
    dfdh = sp.diff(e, h).subs(h, 0)
    ms = order_parameter()
    return sp.simplify(-N / T * (dfdh.subs(m, ms) - dfdh.subs(m, -ms)))


def bias_log_ratio_cubic() -> sp.Expr:
    """h³ coefficient of ln P(m+)/P(m−) · T/N (T → 0 landscape) at Γ/J = 19/20, J = 1.

    Non-zero means the printed e^{2Nm*h/T} is exact only to first order in h.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §4 (P_stat(m+)/P_stat(m−)).
    """
    y = m + h
    g = GAMMA_OVER_J
    E = sp.sqrt(y**2 + g**2)
    e = m**2 / 2 - E
    hh = sp.Symbol("hh")
    ms = sp.sqrt(1 - g**2)
    # perturbative minimum m(h) = ms + a1 h + a2 h² + a3 h³, solved order by order
    a = sp.symbols("a1:4")
    mh = ms + a[0] * hh + a[1] * hh**2 + a[2] * hh**3
    de = sp.series(sp.diff(e, m).subs({m: mh, h: hh}), hh, 0, 4).removeO()
    sol = sp.solve([de.coeff(hh, k) for k in (1, 2, 3)], a, dict=True)[0]
    fplus = sp.series(e.subs({m: mh.subs(sol), h: hh}), hh, 0, 4).removeO()
    fminus = fplus.subs(hh, -hh)            # f(m−; h) = f(m+; −h) by symmetry
    return sp.nsimplify(sp.simplify(sp.expand(-(fplus - fminus)).coeff(hh, 3)))


@functools.cache
def barrier_zero_temperature() -> sp.Expr:
    """Δf0 = f(0) − f(m*) in the T → 0 landscape: J(1 − Γ/J)²/2.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. F.
    """
    e = ground_energy_per_spin()
    return sp.factor(sp.simplify(e.subs(m, 0) - e.subs(m, order_parameter())))


def free_energy_low_T(at: str) -> sp.Expr:
    """Leading large-x (T → 0) form of f(0) or f(m*) from Eq. (2), h = 0.

    Notes
    -----
    −T ln(2 cosh x) = −T x − T ln(1 + e^{−2x}) with x = E/T: the ln 2 of 2cosh cancels
    against the −ln 2 of ln cosh x ≈ x − ln 2, so the leading form has no T ln 2 term.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. F.
    """
    E = Gamma if at == "0" else J
    base = J * m_star**2 / 2 if at == "m*" else 0
    return base - E + T * _log_cosh_remainder_limit()


@functools.cache
def _log_cosh_remainder_limit() -> sp.Expr:
    """lim_{x→∞} [−ln(2 cosh x) + x] (SymPy limit): −ln(2cosh x) = −x + o(1)."""
    x = sp.Symbol("x", positive=True)
    return sp.limit(-sp.log(2 * sp.cosh(x)) + x, x, sp.oo)


def kramers_by_laplace() -> sp.Expr:
    """Laplace's method on the MFPT double integral of Eq. (49): τ e^{−NΔf0/T} to leading order.

    Notes
    -----
    τ = (1/D)∫dy e^{U(y)} ∫_y dz e^{−U(z)}, U = Nf/T.  The outer integral is dominated by the
    barrier top (U ≈ U(0) − N b y²/2T, b = |f″(0)|), the inner by the well (U ≈ U(m*) +
    N a z²/2T, a = f″(m*)); both Gaussian integrals are done exactly, D = Γ_eff T/N.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. F, Eq. (50); Gardiner, Handbook of Stochastic Methods, §5.2.7.
    """
    a, b, Geff, y = sp.symbols("a b Gamma_eff y", positive=True)
    outer = sp.integrate(sp.exp(-N * b * y**2 / (2 * T)), (y, -sp.oo, sp.oo))
    inner = sp.integrate(sp.exp(-N * a * y**2 / (2 * T)), (y, -sp.oo, sp.oo))
    D = Geff * T / N
    return sp.simplify(outer * inner / D)


def kramers_prefactor_substituted() -> sp.Expr:
    """2πT/(D·N√(f″f″)) with D = Γ_eff T/N: the N cancels (Eq. (50)).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. F, Eq. (50).
    """
    Geff, fpp = sp.symbols("Gamma_eff fpp", positive=True)
    D = Geff * T / N
    return sp.simplify(2 * sp.pi * T / (D * N * sp.sqrt(fpp)))


# ---------------------------------------------------------------------------------------
# App. B, C: linearisation and freeze-out exponents
# ---------------------------------------------------------------------------------------

def linearised_matrix() -> sp.Matrix:
    """Jacobian of Eq. (8) at (Γ/J, 0, m*), h = 0, plus the damping −Γ2 (x, y), −Γ1 (z).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. B, Eqs. (36)–(39).

    Notes
    -----
    Derived once per process (:func:`_linearised_matrix`); each call returns a new (mutable)
    copy of the same matrix.
    """
    return sp.Matrix(_linearised_matrix())


@functools.cache
def _linearised_matrix() -> sp.ImmutableMatrix:
    """:func:`linearised_matrix`, memoised as an immutable matrix."""
    mx, my, mz, G1, G2 = sp.symbols("m_x m_y m_z Gamma_1 Gamma_2", real=True)
    rhs = bloch_rhs()
    F = sp.Matrix([rhs["x"], rhs["y"], rhs["z"]]).subs(h, 0)
    Jac = F.jacobian([mx, my, mz]).subs({mx: Gamma / J, my: 0, mz: m_star})
    Jac = Jac.subs(Gamma, J * sp.sqrt(1 - m_star**2))
    return sp.ImmutableMatrix(sp.simplify(Jac - sp.diag(G2, G2, G1)))


def linearised_eigenvalues() -> list[sp.Expr]:
    """Eigenvalues of :func:`linearised_matrix`: −Γ2 ± 2iJm*, −Γ1 (computed once per process).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. B, Eqs. (40)–(41).
    """
    return list(_linearised_eigenvalues())


@functools.cache
def _linearised_eigenvalues() -> tuple[sp.Expr, ...]:
    """The eigenvalues of :func:`_linearised_matrix`, memoised."""
    return tuple(_linearised_matrix().eigenvals())


def linearised_example() -> list[sp.Expr]:
    """Eigenvalues at J = 1, Γ = 1/2, Γ2 = 1/10, Γ1 = 1/100 (App. B example).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. B, numerical example.
    """
    G1, G2 = sp.symbols("Gamma_1 Gamma_2", real=True)
    M = linearised_matrix().subs({J: 1, m_star: sp.sqrt(3) / 2, G2: sp.Rational(1, 10),
                                  G1: sp.Rational(1, 100)})
    return list(M.eigenvals())


@functools.cache
def disordered_frequency_squared() -> sp.Expr:
    """ω_J² of δm_z about (1, 0, 0), h = 0 (App. C): 4Γ(Γ − J).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. C, before Eq. (43).
    """
    mx, my, mz = sp.symbols("m_x m_y m_z", real=True)
    rhs = bloch_rhs()
    F = sp.Matrix([rhs["y"], rhs["z"]]).subs(h, 0)
    A = F.jacobian([my, mz]).subs({mx: 1, my: 0, mz: 0})
    return sp.simplify(-(A * A)[1, 1])


def freeze_out_exponent(mu: sp.Expr) -> sp.Expr:
    """Kibble–Zurek t̂ ∝ τ_Q^{μ/(1+μ)}.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. C, Eqs. (43), (45); Table 4.
    """
    mu = sp.sympify(mu)
    return mu / (1 + mu)


def spinodal() -> dict[str, sp.Expr]:
    """Spinodal of the T → 0 landscape e(m) = Jm²/2 − √((Jm+h)² + Γ²) (Remark 9).

    Notes
    -----
    e′ = Jm − J y/E = 0 and e″ = J − J²Γ²/E³ = 0 with y = Jm + h, E = √(y² + Γ²):
    E³ = JΓ², m = y/E and h = y − Jm = y(1 − J/E), on the branch y < 0 (the well at
    negative m disappears for h > 0).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §7.2, Remark 9.
    """
    E = (J * Gamma**2) ** sp.Rational(1, 3)
    y = -sp.sqrt(E**2 - Gamma**2)
    return {"E": E, "y": y, "m": y / E, "h": sp.simplify(y * (1 - J / E))}


def spinodal_at(gamma_over_j: sp.Expr = GAMMA_OVER_J) -> dict[str, sp.Expr]:
    """:func:`spinodal` at J = 1 and the given Γ/J (exact).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §7.2, Remark 9.
    """
    return {k: v.subs({J: 1, Gamma: gamma_over_j}) for k, v in spinodal().items()}


def saddle_node_exponent() -> sp.Expr:
    """μ at the spinodal: e″(m_min(h)) ∝ (h_sp − h)^μ.  Returns μ = 1/2.

    Notes
    -----
    Near a fold e′(m; h) ≈ a(m − m_sp)² + b(h − h_sp), so m_min − m_sp ∝ √(h_sp − h)
    and e″(m_min) = 2a(m_min − m_sp) ∝ (h_sp − h)^{1/2}; τ_rel = 1/e″.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §7.1, P3.
    """
    a, b, dh = sp.symbols("a b delta", positive=True)
    dm = sp.solve(sp.Eq(a * m**2 - b * dh, 0), m)
    dm = next(r for r in dm if r.subs({a: 1, b: 1, dh: 1}) > 0)
    curv = 2 * a * dm
    return sp.simplify(sp.diff(sp.log(curv), dh) * dh)


# ---------------------------------------------------------------------------------------
# §7.2: Landau–Zener
# ---------------------------------------------------------------------------------------

def landau_zener_error() -> sp.Expr:
    """Eq. (17): Zener P = exp(−πV²/|A|) with V = ΔE/2, A = α/τ_Q (ħ = 1).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §7.2, Eqs. (15)–(17).
    """
    dE, tauQ, alpha = sp.symbols("DeltaE tau_Q alpha", positive=True)
    V, A = dE / 2, alpha / tauQ
    return sp.exp(-sp.pi * V**2 / A)


def zener_time() -> sp.Expr:
    """Zener interaction time 1/√|A| with A = Nm*Δh/τ_Q (ħ = 1).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §7.1, P3; Table 3 caption.
    """
    tauQ, dh = sp.symbols("tau_Q Delta_h", positive=True)
    return 1 / sp.sqrt(N * m_star * dh / tauQ)


# ---------------------------------------------------------------------------------------
# Two-level LGI thresholds (Eqs. (22)–(23), used by the abstract's A/B levels)
# ---------------------------------------------------------------------------------------

def lgi_xi(q2: sp.Expr) -> sp.Expr:
    """ξ solving Q01²(ξ + ξ²/2) = 1 on (0, 1): ξ = −1 + √(1 + 2/Q01²).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §7.3, Eq. (23).
    """
    xi = sp.Symbol("xi", positive=True)
    return sp.solve(sp.Eq(q2 * (xi + xi**2 / 2), 1), xi)[0]


def lgi_t2_threshold_in_hbar_over_dE(q2: sp.Expr) -> sp.Expr:
    """T2 ΔE/ħ at the K3 = 1 threshold: π/(3 ln(1/ξ)) (Eq. (23)).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §7.3, Eq. (23).
    """
    return sp.pi / (3 * sp.log(1 / lgi_xi(q2)))


def k3_two_level(q2: sp.Expr, x: sp.Expr) -> sp.Expr:
    """Eq. (22) with x = πħ/(3ΔE T2): Q01²(e^{−x} + e^{−2x}/2).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §7.3, Eq. (22).
    """
    return q2 * (sp.exp(-x) + sp.exp(-2 * x) / 2)


def as_fraction(x: sp.Rational) -> Fraction:
    """An exact SymPy rational as a Fraction."""
    return Fraction(int(x.p), int(x.q))


# ---------------------------------------------------------------------------------------
# High-precision ground doublet (parity blocks, Sturm bisection, inverse iteration)
# ---------------------------------------------------------------------------------------

#: 30 digits: ΔE/‖H‖ ~ 1e-4 at N = 370 and χ needs (H − E0)⁻¹ on the odd block, whose
#: smallest pivot is ΔE; 30 digits leave > 20 correct digits in every quantity used.
DOUBLET_DPS = 30


@functools.cache
def doublet_mp(n_spins: int = N_BENCH, gam: sp.Rational = GAMMA_OVER_J,
               dps: int = DOUBLET_DPS) -> dict:
    """Ground doublet and derived quantities at ``dps`` digits (J = 1, energies in J).

    Returns
    -------
    dict
        ``E`` (E0, E1, E2, E3): lowest two levels of each parity block, sorted;
        ``jz2`` (⟨E0|J_z²|E0⟩, ⟨E1|J_z²|E1⟩); ``Q01`` = ⟨E0|sgn J_z|E1⟩; ``X`` = ⟨E0|J_z|E1⟩;
        ``chi`` = ∂⟨m_z⟩/∂h at h = 0 (m_z = 2J_z/N), in 1/J.

    Notes
    -----
    In the parity bases sgn J_z and J_z map |m,+⟩ → |m,−⟩ (times 1 and m), |0⟩ → 0.
    Second-order perturbation theory in −2hJ_z gives
    χ = (8/N)⟨E0|J_z (H − E0)⁻¹ J_z|E0⟩, the resolvent restricted to the odd block
    (J_z|E0⟩ is odd; the odd block has no eigenvalue at E0), solved by Thomas.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §1–2 (Q01, χ), Remark 1, Remark 8.
    """
    with mpmath.workdps(dps):
        if n_spins % 2:
            raise ValueError("doublet_mp is implemented for even N")
        de, ee, _ = sector_blocks(n_spins, as_fraction(gam), +1)  # m = 0, 1, …, |0⟩ alone
        do, eo, _ = sector_blocks(n_spins, as_fraction(gam), -1)  # m = 1, 2, …
        Ee = [sector_eigenpair(de, ee, k, dps)[0] for k in (0, 1)]
        Eo = [sector_eigenpair(do, eo, k, dps)[0] for k in (0, 1)]
        c = inverse_iteration(de, ee, Ee[0])
        dv = inverse_iteration(do, eo, Eo[0])
        c, dv = [x * mpmath.sign(mpmath.fsum(c)) for x in c], [x * mpmath.sign(mpmath.fsum(dv)) for x in dv]
        ms = range(1, n_spins // 2 + 1)
        q01 = mpmath.fsum(c[k] * dv[k - 1] for k in ms)
        X = mpmath.fsum(k * c[k] * dv[k - 1] for k in ms)
        jz2 = (mpmath.fsum(k * k * c[k] ** 2 for k in ms), mpmath.fsum(k * k * x**2 for k, x in zip(ms, dv)))
        rhs = [k * c[k] for k in ms]
        x = solve_tridiagonal(do, eo, Ee[0], rhs)
        chi = 8 * mpmath.fsum(a * b for a, b in zip(rhs, x)) / n_spins
        return {"E": tuple(sorted(Ee + Eo)), "jz2": jz2, "Q01": q01, "X": X, "chi": chi, "dps": dps}


# ======================================================================================
# Open-system pieces (formerly derive/lindblad_lgi.py): LGI bound, instruments, two-level
# formulas, decoherence rates of App. H (exact SymPy / integer arithmetic).
# lmg_lgi manuscript: App. D, Eqs. (18)–(19), (21)–(23), (27)–(29), App. H Eqs. (53)–(59).
# ======================================================================================

# ----------------------------------------------------------------------------------------
# App. D: the macrorealist bound by enumeration
# ----------------------------------------------------------------------------------------


def k3_assignment_maximum(values=(-1, 1)) -> int:
    """max over Q1, Q2, Q3 ∈ ``values`` of Q1Q2 + Q2Q3 − Q1Q3 (exact enumeration)."""
    return max(a * b + b * c - a * c for a, b, c in itertools.product(values, repeat=3))


def k3_assignment_count(values=(-1, 1)) -> int:
    """Number of assignments enumerated (|values|³)."""
    return len(values) ** 3


# ----------------------------------------------------------------------------------------
# Instruments
# ----------------------------------------------------------------------------------------

def _generic_hermitian(n: int, name: str = "r") -> sp.Matrix:
    """n×n Hermitian matrix of independent real symbols."""
    M = sp.zeros(n, n)
    for i in range(n):
        M[i, i] = sp.Symbol(f"{name}{i}{i}", real=True)
        for j in range(i + 1, n):
            x, y = sp.symbols(f"{name}{i}{j}x {name}{i}{j}y", real=True)
            M[i, j], M[j, i] = x + sp.I * y, x - sp.I * y
    return M


def luders_minus_anticommutator(eigenvalues) -> sp.Matrix:
    """P₊ρP₊ − P₋ρP₋ − ½{Q, ρ} for Q = diag(eigenvalues) and a generic Hermitian ρ.

    Q is written in its own eigenbasis (no loss of generality for a Hermitian Q);
    P_± project onto the eigenvalues ±1.
    """
    ev = list(eigenvalues)
    n = len(ev)
    Q = sp.diag(*ev)
    Pp = sp.diag(*[1 if e == 1 else 0 for e in ev])
    Pm = sp.diag(*[1 if e == -1 else 0 for e in ev])
    rho = _generic_hermitian(n)
    return sp.simplify(Pp * rho * Pp - Pm * rho * Pm - (Q * rho + rho * Q) / 2)


def thermal_instrument_offdiagonal() -> sp.Expr:
    """(½{Q, ρ_th})₀₁ for ρ_th = diag(p0, p1), Q = [[0, Q01], [Q01, 0]] (Eq. (19))."""
    p0, p1, q = sp.symbols("p0 p1 Q01", real=True)
    Q = sp.Matrix([[0, q], [q, 0]])
    rho = sp.diag(p0, p1)
    return sp.factor(((Q * rho + rho * Q) / 2)[0, 1])


# ----------------------------------------------------------------------------------------
# Coherent multi-level correlator (Eq. (25))
# ----------------------------------------------------------------------------------------

def coherent_k3_two_level_factor() -> sp.Expr:
    """2cos(ωτ) − cos(2ωτ) at ωτ = π/3: the per-level factor of Eq. (25) for k = 1."""
    x = sp.pi / 3
    return sp.nsimplify(2 * sp.cos(x) - sp.cos(2 * x))


def coherent_correlator_three_level() -> sp.Expr:
    """C(t) = Re⟨0|Q(t)Q|0⟩ for a three-level H = diag(0, w1, w3), Q real symmetric, Q00 = 0.

    Computed from the definition C = Tr[Q U(½{Q, ρ0})U†] and returned simplified; equals
    Σ_k Q_k0² cos(w_k t) (the form behind Eq. (25)).
    """
    t, w1, w3 = sp.symbols("t w1 w3", real=True)
    q10, q30, q13, q11, q33 = sp.symbols("q10 q30 q13 q11 q33", real=True)
    Q = sp.Matrix([[0, q10, q30], [q10, q11, q13], [q30, q13, q33]])
    U = sp.diag(1, sp.exp(-sp.I * w1 * t), sp.exp(-sp.I * w3 * t))
    rho0 = sp.diag(1, 0, 0)
    X = (Q * rho0 + rho0 * Q) / 2
    C = (Q * U * X * U.H).trace()
    return sp.simplify(sp.re(sp.expand_complex(C)))


# ----------------------------------------------------------------------------------------
# Two-level formula, Eqs. (22)–(23)
# ----------------------------------------------------------------------------------------

def two_level_k3(q2, x):
    """K3max = Q01² (e^{−x} + ½ e^{−2x}) with x = πħ/(3ΔE T2) (Eq. (22))."""
    return q2 * (sp.exp(-x) + sp.exp(-2 * x) / 2)


def threshold_xi(q2) -> sp.Expr:
    """Root ξ ∈ (0, 1) of Q01²(ξ + ξ²/2) = 1: ξ = −1 + √(1 + 2/Q01²)."""
    xi = sp.Symbol("xi", positive=True)
    roots = [r for r in sp.solve(sp.Eq(q2 * (xi + xi**2 / 2), 1), xi)]
    return sp.simplify(roots[0])


@functools.cache
def _threshold_xi_root() -> tuple[sp.Symbol, sp.Expr]:
    """:func:`threshold_xi` solved once for a symbolic Q01² = q > 0: (q, ξ(q))."""
    q = sp.Symbol("q", positive=True)
    return q, threshold_xi(q)


def threshold_xi_at(q2, dps: int = 30) -> sp.Expr:
    """ξ at a numeric Q01² to ``dps`` digits: the root of :func:`threshold_xi` solved once
    symbolically (:func:`_threshold_xi_root`), evaluated at ``Float(str(q2), dps)`` — the value of
    ``N(threshold_xi(Float(str(q2), dps)), dps)`` (bit-identical at 30 digits on 30 seeded Q01²)
    without solving the quadratic again at every point (≈ 0.2 s a solve)."""
    q, root = _threshold_xi_root()
    return sp.N(root.subs(q, sp.Float(str(q2), dps)), dps)


def threshold_t2_in_units_of_inverse_gap(q2) -> sp.Expr:
    """T2 ΔE/ħ at the two-level threshold: π / (3 ln(1/ξ))."""
    return sp.pi / (3 * sp.log(1 / threshold_xi(q2)))


# ----------------------------------------------------------------------------------------
# Secular decay rates, Eqs. (27)–(29), and App. H
# ----------------------------------------------------------------------------------------

def secular_rate(jz2_a, jz2_b, jz_a, jz_b):
    """Γ_ab/γ = ½(⟨a|J_z²|a⟩ + ⟨b|J_z²|b⟩) − ⟨a|J_z|a⟩⟨b|J_z|b⟩ (Eq. (27))."""
    return sp.Rational(1, 2) * (jz2_a + jz2_b) - jz_a * jz_b


def collective_rate_mean_field() -> sp.Expr:
    """Γ_coll/γ for |P⟩, |R⟩ with J_z → ±N m*/2 (Eqs. (58)–(59)): N² m*² / 2."""
    N, m = sp.symbols("N m_star", positive=True)
    z = N * m / 2
    return sp.factor(secular_rate(z**2, z**2, z, -z))


def local_rate_per_spin() -> sp.Expr:
    """−d/dt ln⟨n|ρ|n'⟩ at t = 0 per spin for L = √γ σ_z, spin-coherent |n⟩, |n'⟩ (App. H).

    |n⟩ has ⟨σ_z⟩ = m, |n'⟩ has ⟨σ_z⟩ = −m (same azimuth); ρ = |n⟩⟨n'|.  The dissipator
    γ(σρσ − ρ) is projected on |n⟩⟨n'| exactly (σ_z² = 1).  Result in units of γ.
    """
    m = sp.Symbol("m", real=True)
    c, s = sp.sqrt((1 + m) / 2), sp.sqrt((1 - m) / 2)
    n1 = sp.Matrix([c, s])
    n2 = sp.Matrix([s, c])  # ⟨σ_z⟩ = −m
    sz = sp.diag(1, -1)
    rho = n1 * n2.T
    D = sz * rho * sz - rho
    proj = (n1.T * D * n2)[0] / ((n1.T * n1)[0] * (n2.T * n2)[0])
    return sp.simplify(-proj)


def local_rate_total() -> sp.Expr:
    """1/(γ T2_local) for N independent spins: N(1 + m*²) (Eq. (57))."""
    N = sp.Symbol("N", positive=True)
    m = sp.Symbol("m", real=True)
    return N * local_rate_per_spin().subs(m, sp.Symbol("m_star", positive=True))


def m_star_squared(gamma_over_j: Fraction) -> Fraction:
    """m*² = 1 − (Γ/J)², exact."""
    return 1 - Fraction(gamma_over_j) ** 2


# ======================================================================================
# n-level Leggett–Garg correlators as functions of the model's inputs (mpmath, no LAPACK)
# ======================================================================================
#
# The derivation route of every K3 and threshold quantity of §7.3–7.4, Remarks 10–14 and
# the conclusion.  Model: the lowest ``n_levels`` eigenstates of H = −(2J/N)J_z² − 2ΓJ_x
# (parity sectors, Sturm bisection + inverse iteration at 30 digits, derive.lmg_mp), energies
# in rad/s (× J), jump operator √γ A with A = P J_z P and A² either (P J_z P)² ("projected",
# the paper's Listing 1) or P J_z² P ("full": the full-space ⟨E_i|J_z²|E_j⟩, the operator
# the two-level formula of Eq. (26) uses).  Q = sgn(J_z) with sgn(0) = ``sgn0``, optionally
# kept only on the lowest ``q_levels`` states.  The channel is exp(tL) by mpmath's Padé
# matrix exponential of the n²×n² generator (restricted to an operator-parity sector
# whenever the operators allow it).  Correlators C_ij = ½Tr[Q E_{ti→tj}({Q, ρ(ti)})], Eq. (18).
#
# Protocols (the three readings of K3 the manuscript uses):
#   "stationary"  K3 = 2C12 − C13, ρ(t1) = ρ(t2) = ρ0 (re-preparation; Listing 1's K3);
#   "listing"     C12 + C23 − C13 with ρ(t2) = E_τ(ρ0), the unmeasured evolved state
#                 (Listing 1's K3_sequential, App. I);
#   "text"        C12 + C23 − C13 with ρ(t2) = E_τ(P+ρ0P+ + P−ρ0P−), the evolved
#                 post-measurement state (§7.3 after Eq. (18) and Remark 10).

LGI_DPS = 20          # 20 digits: K3 and thresholds are judged to ≤ 8 printed digits


def _frac(x) -> Fraction:
    return x if isinstance(x, Fraction) else Fraction(x)


@functools.cache
def _sector_state(N: int, gam: Fraction, parity: int, k: int, dps: int) -> tuple:
    """(E_k, ((m, ψ_m), ...)): the k-th level of one parity sector (J = 1) at ``dps`` digits by
    Sturm bisection and Newton (:func:`derive.lmg_mp.bisect_eigenvalue`, tolerance
    r·10^−(dps−6)) and its vector by inverse iteration, the largest component made positive.
    Memoised: the models of several ``n_levels`` at one (N, Γ/J, dps) share their levels."""
    d, e, e2, r, ms = _sector_bounded(N, gam, parity, dps)
    lam = _sector_energy(N, gam, parity, k, dps)
    with mpmath.workdps(dps):
        v = inverse_iteration(d, e, lam)
        big = max(range(len(v)), key=lambda i: abs(v[i]))
        if v[big] < 0:   # the sign flip is exact: −x, as x·sign(v_big) would give
            v = [-x for x in v]
        return lam, tuple(zip(ms, v))


@functools.cache
def _sector_energy(N: int, gam: Fraction, parity: int, k: int, dps: int):
    """E_k of one parity sector (J = 1) at ``dps`` digits by Sturm bisection and Newton
    (:func:`derive.lmg_mp.bisect_eigenvalue`, tolerance r·10^−(dps−6)): the eigenvalue of
    :func:`_sector_state`, which takes it from here (memoised: the energy-only callers and
    the models with vectors share it)."""
    d, e, e2, r, ms = _sector_bounded(N, gam, parity, dps)
    with mpmath.workdps(dps):
        return bisect_eigenvalue(d, e2, k, -r, r, r * mpmath.mpf(10) ** (-(dps - 6)))


@functools.cache
def _sector_bounded(N: int, gam: Fraction, parity: int, dps: int) -> tuple:
    """(d, e, e², r, m labels) of one parity sector at ``dps`` digits, r = max|d| + 2 max|e| the
    bound of its spectrum (computed once per sector, for all its levels)."""
    with mpmath.workdps(dps):
        d, e, ms = sector_blocks(N, gam, parity)
        with gmpy2.context(precision=mpmath.mp.prec, round=gmpy2.RoundToNearest):
            e2g = [x * x for x in e.mpfr]   # x·x rounded as mpmath's x * x
        e2 = [as_mpf(x) for x in e2g]
        r = max(abs(x) for x in d) + 2 * max(abs(x) for x in e)
        # immutable, keeping their MPFR originals (the Sturm and Thomas loops take those)
        return kept_tuple(d, d.mpfr), kept_tuple(e, e.mpfr), kept_tuple(e2, e2g), r, tuple(ms)


@functools.cache
def nlevel_model_mp(N: int, g, n_levels: int, dps: int = DOUBLET_DPS) -> dict:
    """Lowest ``n_levels`` eigenpairs of H (J = 1) from the parity sectors, and the matrices
    of J_z, J_z² (full space) and sgn J_z (split as the m ≠ 0 part and the |0⟩⟨0| weight)
    between them, all as mpmath numbers at ``dps`` digits.

    Returns
    -------
    dict
        ``E`` energies (J units, ascending), ``par`` (+1/−1), ``Jz``, ``Jz2``, ``Q``
        (sgn with sgn(0) = 0) and ``P0`` (the |m=0⟩⟨m=0| element) as nested lists.
    """
    with mpmath.workdps(dps):
        gam = _frac(g)
        ke, ko = (n_levels + 1) // 2 + 1, n_levels // 2 + 1
        states = []
        for parity, k_count in ((+1, ke), (-1, ko)):
            for k in range(k_count):
                lam, v = _sector_state(N, gam, parity, k, dps)
                states.append((lam, parity, dict(v)))
        states.sort(key=lambda s: s[0])
        states = states[:n_levels]

        # ⟨a|f(J_z)|b⟩ = Σ_{m>0} f(m) ψ_a(m) ψ_b(m) (both sectors have every m > 0; the m = 0
        # term is absent from J_z, J_z², sgn J_z), non-zero only between the parities f allows
        n = len(states)
        pos = [m for m in states[0][2] if m != 0]
        vecs = [[s[2][m] for m in pos] for s in states]
        same = [[a[1] == b[1] for b in states] for a in states]
        other = [[not x for x in row] for row in same]
        Jz = weighted_gram(vecs, pos, other)
        Jz2 = weighted_gram(vecs, [m * m for m in pos], same)
        Q = weighted_gram(vecs, [1] * len(pos), other)
        P0 = [[(a[2].get(0, 0) * b[2].get(0, 0) if a[1] == b[1] == 1 else mpmath.mpf(0))
               for b in states] for a in states]
        return {"E": [s[0] for s in states], "par": [s[1] for s in states], "Jz": Jz,
                "Jz2": Jz2, "Q": Q, "P0": P0, "n": n}


@functools.cache
def _nlevel_energies(N: int, g, n_levels: int, dps: int) -> tuple:
    with mpmath.workdps(dps):
        gam = _frac(g)
        ke, ko = (n_levels + 1) // 2 + 1, n_levels // 2 + 1
        E = [_sector_energy(N, gam, parity, k, dps)
             for parity, k_count in ((+1, ke), (-1, ko)) for k in range(k_count)]
        return tuple(sorted(E)[:n_levels])


def nlevel_energies_mp(N: int, g, n_levels: int, dps: int = DOUBLET_DPS) -> list:
    """``nlevel_model_mp(N, g, n_levels, dps)["E"]`` without the eigenvectors and the matrices:
    the same sector eigenvalues (:func:`_sector_energy`, shared with the model), the same
    levels per sector and the same ascending selection, so the energies are identical."""
    return list(_nlevel_energies(int(N), g, int(n_levels), int(dps)))


def _mp_matrix(rows) -> mpmath.matrix:
    return mpmath.matrix([[mpmath.mpf(x) for x in r] for r in rows])


def _generator_mp(H, A, A2, gamma, idx):
    """Rows/columns ``idx`` (row-major pairs) of L(ρ) = −i[H, ρ] + γ(AρA − ½{A², ρ})."""
    n = H.rows
    L = mpmath.matrix(len(idx), len(idx))
    pos = {p: i for i, p in enumerate(idx)}
    for r, (a, b) in enumerate(idx):
        for c, (x, y) in enumerate(idx):
            v = mpmath.mpf(0)
            if b == y:
                v += -1j * H[a, x] - gamma * A2[a, x] / 2
            if a == x:
                v += 1j * H[y, b] - gamma * A2[y, b] / 2
            v += gamma * A[a, x] * A[y, b]
            if v != 0:
                L[r, c] = v
    del pos, n
    return L


def _sector_pairs(par, odd):
    n = len(par)
    return [(a, b) for a in range(n) for b in range(n) if (par[a] * par[b] < 0) == odd]


def _apply(P, idx, X):
    """E(X) for X supported on the pairs ``idx`` (P = exp(tL) restricted to them)."""
    v = mpmath.matrix([X[a, b] for a, b in idx])
    w = P * v
    Y = mpmath.matrix(X.rows, X.cols)
    for i, (a, b) in enumerate(idx):
        Y[a, b] = w[i]
    return Y


def _trace_prod(Q, X):
    return mpmath.re(mpmath.fsum(Q[i, j] * X[j, i] for i in range(Q.rows) for j in range(Q.rows)))


@functools.cache
def lgi_k3_mp(N: int, g, J, gamma, n_levels: int = 5, protocol: str = "stationary",
              sgn0: int = 0, q_levels: int | None = None, dissipator: str = "projected",
              dps: int = LGI_DPS):
    """K3 of the n-level model at τ* = π/(3ΔE) (ħ = 1, rad/s), by the mp exponential of the
    generator (:func:`derive.lmg_mp.expm`: mpmath's Taylor method with MPFR products).

    References
    ----------
    lmg_lgi (arXiv:2604.18638) Eq. (18), Remark 10, Remark 14, Listing 1 (App. I).
    """
    mdl = nlevel_model_mp(N, _frac(g), n_levels)
    with mpmath.workdps(dps):
        n, par = mdl["n"], mdl["par"]
        Jr = mpmath.mpf(J)
        E = [(x - mdl["E"][0]) * Jr for x in mdl["E"]]
        tau = mpmath.pi / (3 * E[1])
        H = mpmath.diag(E)
        A = _mp_matrix(mdl["Jz"])
        A2 = A * A if dissipator == "projected" else _mp_matrix(mdl["Jz2"])
        Q = _mp_matrix(mdl["Q"]) + sgn0 * _mp_matrix(mdl["P0"])
        if q_levels is not None:
            for i in range(n):
                for j in range(n):
                    if i >= q_levels or j >= q_levels:
                        Q[i, j] = 0
        rho0 = mpmath.matrix(n, n)
        rho0[0, 0] = 1
        gam = mpmath.mpf(gamma)
        odd_ok = sgn0 == 0
        sectors = {}

        def prop(odd):
            key = odd if odd_ok else None
            if key not in sectors:
                idx = _sector_pairs(par, odd) if odd_ok else [(a, b) for a in range(n) for b in range(n)]
                sectors[key] = (idx, expm(_generator_mp(H, A, A2, gam, idx) * tau))
            return sectors[key]

        def evolve(X, odd):
            idx, P = prop(odd)
            return _apply(P, idx, X)

        inst = (Q * rho0 + rho0 * Q) / 2
        once = evolve(inst, True)
        c12 = _trace_prod(Q, once)
        c13 = _trace_prod(Q, evolve(once, True))
        if protocol == "stationary":
            return 2 * c12 - c13
        eye = mpmath.eye(n)
        if protocol == "listing":
            rho_t2 = evolve(rho0, False)
        elif protocol == "text":
            P0 = _mp_matrix(mdl["P0"])
            if q_levels is not None:
                raise ValueError("the text's protocol is defined for the full observable")
            if sgn0:
                Pp, Pm = (eye + Q) / 2, (eye - Q) / 2
            else:
                Pp, Pm = (eye - P0 + Q) / 2, (eye - P0 - Q) / 2
            rho_t2 = evolve(Pp * rho0 * Pp + Pm * rho0 * Pm, False)
        else:
            raise ValueError(f"unknown protocol {protocol!r}")
        c23 = _trace_prod(Q, evolve((Q * rho_t2 + rho_t2 * Q) / 2, True))
        return c12 + c23 - c13


def lgi_correlators_mp(N: int, g, J, gamma, n_levels: int = 5, protocol: str = "text",
                       sgn0: int = 0) -> dict:
    """(C12, C23, C13) of one protocol (for |C23 − C12|)."""
    k3 = lgi_k3_mp(N, g, J, gamma, n_levels, protocol, sgn0)
    stat = lgi_k3_mp(N, g, J, gamma, n_levels, "stationary", sgn0)
    # K3_seq − K3_stat = C23 − C12
    return {"k3": k3, "c23_minus_c12": k3 - stat}


def lgi_threshold_mp(N: int, g, J, n_levels: int = 5, protocol: str = "stationary",
                     sgn0: int = 0, q_levels: int | None = None, dissipator: str = "projected",
                     dps: int = LGI_DPS):
    """γ at which K3(τ*) = 1: a doubling scan from γ = 1/100 s⁻¹ brackets the crossing,
    then mpmath's Anderson–Björck bracketing solver refines it."""
    with mpmath.workdps(dps):
        def f(x):
            return lgi_k3_mp(N, g, J, x, n_levels, protocol, sgn0, q_levels, dissipator, dps) - 1
        lo = mpmath.mpf(1) / 100
        flo = f(lo)
        if flo <= 0:
            raise ValueError("K3 ≤ 1 already at γ = 0.01 s⁻¹: no threshold bracket")
        hi = 2 * lo
        while f(hi) > 0:
            lo, hi = hi, 2 * hi
            if hi > 100:
                raise ValueError("K3 > 1 up to γ = 100 s⁻¹: no threshold bracket")
        return mpmath.findroot(f, (lo, hi), solver="anderson", tol=mpmath.mpf(10) ** (-(dps - 4)))


# --------------------------------------------------------------------------------------
# Route functions of the declared inputs (derivation side of claims/papers/lmg_lgi)
# --------------------------------------------------------------------------------------

def threshold_five_level(N, g, J):
    """Level C: γ at which the 5-level stationary K3(τ*) = 1 (Eq. (24)), s⁻¹."""
    return {"value": lgi_threshold_mp(N, g, J, 5), "details": "mpmath/MPFR: Sturm bisection + Taylor expm, Anderson root"}


def k3_five_level(N, g, J, gamma_phi, protocol="stationary"):
    """5-level K3(τ*) at γ = ``gamma_phi`` under one protocol reading."""
    return lgi_k3_mp(N, g, J, gamma_phi, 5, protocol)


def higher_odd_state_factor(N, g, J):
    """Factor by which the odd states above the doublet raise the 5-level threshold: the
    threshold with Q = sgn J_z divided by the threshold with Q kept only on {E0, E1}
    (the named mechanism switched off; the dynamics unchanged)."""
    return lgi_threshold_mp(N, g, J, 5) / lgi_threshold_mp(N, g, J, 5, q_levels=2)


def _doublet_rates(N, g):
    mdl = nlevel_model_mp(int(N), _frac(g), 3)
    r = {"E": mdl["E"]}
    with mpmath.workdps(DOUBLET_DPS):
        gphys = (mdl["Jz2"][0][0] + mdl["Jz2"][1][1]) / 2
        gam = mpmath.mpf(_frac(g).numerator) / _frac(g).denominator
        gcoll = mpmath.mpf(N) ** 2 * (1 - gam**2) / 2
        return r, gphys, gcoll


def level_ab_ratio(N, g):
    """Level B / Level A threshold = Γ_coll/Γ_phys = (N²m*²/2)/(½(⟨J_z²⟩0 + ⟨J_z²⟩1)), Eqs. (26)–(29)
    (both levels share Q01² and ΔE in Eq. (22), so the threshold ratio is the rate ratio)."""
    _, gphys, gcoll = _doublet_rates(N, g)
    return gcoll / gphys


def t2_phys_ms(N, g, gamma_phi):
    """T2phys = 1/(γ Γ_phys) (Eq. (26)) in ms."""
    _, gphys, _ = _doublet_rates(N, g)
    return 1000 / (mpmath.mpf(gamma_phi) * gphys)


def secular_rate_s(N, g, gamma_phi):
    """γ Γ01 = γ ½(⟨J_z²⟩0 + ⟨J_z²⟩1) in s⁻¹ (Eq. (26))."""
    _, gphys, _ = _doublet_rates(N, g)
    return mpmath.mpf(gamma_phi) * gphys


def t1_correction_share(N, g, gamma_phi, T1):
    """1/(2T1) as a fraction of γΓ01 (Remark 10)."""
    return 1 / (2 * mpmath.mpf(T1)) / secular_rate_s(N, g, gamma_phi)


def optimal_interval_ms(N, g, J):
    """Δt* = π/(3ΔE) in ms (ΔE from the 30-digit doublet, × J in rad/s)."""
    r, _, _ = _doublet_rates(N, g)
    with mpmath.workdps(DOUBLET_DPS):
        return 1000 * mpmath.pi / (3 * (r["E"][1] - r["E"][0]) * mpmath.mpf(J))


def coherence_margin(N, g, J, gamma_phi):
    """T2phys/Δt* = 3ΔE/(π γ Γ_phys) (abstract, Remark 13)."""
    return t2_phys_ms(N, g, gamma_phi) / optimal_interval_ms(N, g, J)


def m0_weight(N, g):
    """p0 = |⟨m=0|E0⟩|² (§7.3)."""
    return nlevel_model_mp(int(N), _frac(g), 1)["P0"][0][0]


def higher_level_population(N, g, J, T_nK):
    """e^{−(E2 − E1)/k_BT} with k_BT/ħ from the SI constants (Remark 10)."""
    r, _, _ = _doublet_rates(N, g)
    kt = thermal_rate(sp.Rational(_frac(T_nK).numerator, _frac(T_nK).denominator) / 10**9)
    with mpmath.workdps(DOUBLET_DPS):
        return mpmath.exp(-(r["E"][2] - r["E"][1]) * mpmath.mpf(J) / mpmath.mpf(sp.N(kt, 40)))


def thermal_excited_population():
    """1/(1 + e): the |E1⟩ population of the doublet at ΔE = k_BT (Remark 10)."""
    return 1 / (1 + sp.E)


def goldilocks_size(g, J, T_nK):
    """Smallest even N with ΔE(N) ≤ k_BT (30-digit doublet; bisection over even N)."""
    kt = mpmath.mpf(sp.N(thermal_rate(sp.Rational(_frac(T_nK).numerator, _frac(T_nK).denominator) / 10**9), 40))
    gam = sp.Rational(_frac(g).numerator, _frac(g).denominator)

    def dE(n):
        E = nlevel_energies_mp(2 * n, _frac(g), 2, dps=LGI_DPS)
        return (E[1] - E[0]) * mpmath.mpf(J)

    del gam
    lo, hi = 50, 600  # N/2: ΔE(100) > k_BT > ΔE(1200) near Γ/J = 0.95, T = 10 nK
    if not (dE(lo) > kt > dE(hi)):
        raise ValueError("k_BT not bracketed by ΔE(N) on N ∈ [20, 2000]")
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if dE(mid) > kt else (lo, mid)
    return 2 * hi


def lgi_protocol_instances(N, g, J, gamma_phi):
    """For each sequential reading: K3, the stationary K3, and the same with sgn(0) = +1
    (Q² = I: the m = 0 weight switched off), by the mpmath route."""
    out = []
    for reading in ("listing", "text"):
        row = {"reading": reading}
        for s in (0, 1):
            row[f"k3_seq_sgn0_{s}"] = float(lgi_k3_mp(N, g, J, gamma_phi, 5, reading, s))
            row[f"k3_stat_sgn0_{s}"] = float(lgi_k3_mp(N, g, J, gamma_phi, 5, "stationary", s))
        row["c12"] = float(_c12_mp(N, g, J, gamma_phi))
        out.append(row)
    return {"instances": out, "searched": len(out)}


def _c12_mp(N, g, J, gamma_phi):
    """C12 = ½(K3_stationary + C13) is not needed: C12 from its definition (mpmath)."""
    k3 = lgi_k3_mp(N, g, J, gamma_phi, 5, "stationary")
    # K3 = 2C12 − C13 and C13 = 2C12 − K3: evaluate C12 directly from K3 at two γ-free pieces
    mdl = nlevel_model_mp(int(N), _frac(g), 5)
    with mpmath.workdps(LGI_DPS):
        n, par = mdl["n"], mdl["par"]
        E = [(x - mdl["E"][0]) * mpmath.mpf(J) for x in mdl["E"]]
        tau = mpmath.pi / (3 * E[1])
        A = _mp_matrix(mdl["Jz"])
        Q = _mp_matrix(mdl["Q"])
        idx = _sector_pairs(par, True)
        P = expm(_generator_mp(mpmath.diag(E), A, A * A, mpmath.mpf(gamma_phi), idx) * tau)
        rho0 = mpmath.matrix(n, n)
        rho0[0, 0] = 1
        c12 = _trace_prod(Q, _apply(P, idx, (Q * rho0 + rho0 * Q) / 2))
    del k3
    return c12


def protocol_difference(N, g, J, gamma_phi, k3_sequential):
    """K3_stationary − K3_sequential (the sequential value bound to its quantity, or to the
    printed one for the consistency check)."""
    return lgi_k3_mp(N, g, J, gamma_phi, 5, "stationary") - mpmath.mpf(k3_sequential)


def protocol_difference_share(N, g, J, gamma_phi, diff):
    """(K3_stationary − K3_sequential)/K3_stationary, the difference bound to its quantity
    (or to the printed one for the consistency check)."""
    return mpmath.mpf(diff) / lgi_k3_mp(N, g, J, gamma_phi, 5, "stationary")


@functools.cache
def _kz_law() -> tuple[sp.Symbol, sp.Expr]:
    """d ln t̂/d ln τ_Q of the Zurek condition t̂ = c (t̂/τ_Q)^{−zν}, solved for t̂ with zν a
    symbol (so solved once per process, not at every point): (zν, the exponent)."""
    tq, th, c = sp.symbols("tau_Q t_hat c", positive=True)
    zn = sp.Symbol("znu", positive=True)
    sol = sp.solve(sp.Eq(th, c * (th / tq) ** (-zn)), th)[0]
    return zn, sp.simplify(tq * sp.diff(sp.log(sol), tq))


def kz_exponent(z, nu):
    """Freeze-out exponent: t̂ = τ(ε(t̂)) with τ ∝ |ε|^{−zν}, ε = t/τ_Q ⇒ t̂ ∝ τ_Q^{zν/(1+zν)}
    (solved symbolically, not assumed: :func:`_kz_law`)."""
    zn, expo = _kz_law()
    zz, nn = (sp.Rational(str(x)) if not isinstance(x, Fraction) else sp.Rational(x.numerator, x.denominator)
              for x in (z, nu))
    return sp.nsimplify(expo.subs(zn, zz * nn))


def macrorealist_assignments():
    """Every definite assignment (Q1, Q2, Q3) ∈ {−1, 0, +1}³ (App. D's enumeration, extended
    to the trichotomic sgn): the extreme points of the macrorealist polytope, on which the
    linear K3 takes its maximum."""
    return [tuple(x) for x in itertools.product((-1, 0, 1), repeat=3)]


# --- the two-level analytic levels A and B (Eqs. (21)–(23), (26), (29)) ------------------

def q01_squared(N, g):
    """Q01² = ⟨E0|sgn J_z|E1⟩² (30-digit parity-sector eigenvectors)."""
    return nlevel_model_mp(int(N), _frac(g), 2)["Q"][0][1] ** 2


def two_level_ceiling(N, g):
    """K3max = Q01² × 3/2 (Eq. (22) at T2 → ∞)."""
    return q01_squared(N, g) * 3 / 2


def threshold_xi_of_model(N, g):
    """ξ = −1 + √(1 + 2/Q01²) (Eq. (23)) with Q01² of the model."""
    with mpmath.workdps(DOUBLET_DPS):
        return -1 + mpmath.sqrt(1 + 2 / q01_squared(N, g))


def t2_threshold_in_inverse_gap(N, g):
    """T2 ΔE/ħ at the two-level threshold: π/(3 ln(1/ξ)) (Eq. (23))."""
    with mpmath.workdps(DOUBLET_DPS):
        return mpmath.pi / (3 * mpmath.log(1 / threshold_xi_of_model(N, g)))


def _gap_rad(N, g, J):
    E = nlevel_energies_mp(int(N), _frac(g), 2)
    return (E[1] - E[0]) * mpmath.mpf(J)


def t2_coll_threshold_ms(N, g, J):
    """T2coll at the Level-A threshold in ms: (π/(3 ln(1/ξ)))/ΔE."""
    return 1000 * t2_threshold_in_inverse_gap(N, g) / _gap_rad(N, g, J)


def _level_rate(N, g, level):
    _, gphys, gcoll = _doublet_rates(N, g)
    return gcoll if level == "A" else gphys


def threshold_two_level(N, g, J, level):
    """γ_A (Γ_coll = N²m*²/2) or γ_B (Γ_phys = ½(⟨J_z²⟩0 + ⟨J_z²⟩1)): γ = ΔE/(Γ T2ΔE)."""
    return _gap_rad(N, g, J) / (_level_rate(N, g, level) * t2_threshold_in_inverse_gap(N, g))


def k3_two_level_at(N, g, J, gamma_phi, level):
    """Eq. (22) with T2 = 1/(γΓ) of level A or B, at γ = ``gamma_phi``."""
    with mpmath.workdps(DOUBLET_DPS):
        x = mpmath.pi * mpmath.mpf(gamma_phi) * _level_rate(N, g, level) / (3 * _gap_rad(N, g, J))
        return q01_squared(N, g) * (mpmath.exp(-x) + mpmath.exp(-2 * x) / 2)


def level_b_underestimate(N, g, J, gamma_phi):
    """(K3_C − K3_B)/K3_C at γ = ``gamma_phi`` (the Level-B formula against the 5-level model)."""
    c = lgi_k3_mp(N, g, J, gamma_phi, 5, "stationary")
    return (c - k3_two_level_at(N, g, J, gamma_phi, "B")) / c


def level_ca_ratio(N, g, J):
    """Level C / Level A threshold."""
    return lgi_threshold_mp(N, g, J, 5) / threshold_two_level(N, g, J, "A")


def level_cb_ratio(N, g, J):
    """Level C / Level B threshold (the printed 'further 2.47×')."""
    return lgi_threshold_mp(N, g, J, 5) / threshold_two_level(N, g, J, "B")


def q00_dichotomic(N, g):
    """⟨E0|Q|E0⟩ with sgn(0) = +1: the m = 0 weight p0 (the ±m weights cancel by parity)."""
    return m0_weight(N, g)


def trichotomic_bound(N, g):
    """1 + 2p0."""
    return 1 + 2 * m0_weight(N, g)


def coherent_jz(N, g):
    """⟨P|J_z|P⟩ = N m*/2 for the spin-coherent state at m_z = m* = √(1 − (Γ/J)²)."""
    gg = sp.Rational(str(g)) if not isinstance(g, Fraction) else sp.Rational(g.numerator, g.denominator)
    return sp.Integer(N) * sp.sqrt(1 - gg**2) / 2


def coherent_distance_penalty(N, g):
    """(N m*/2)² = N²m*²/4, the cross-term coefficient of Eq. (29)."""
    return coherent_jz(N, g) ** 2


def t2_phys_in_inverse_gap(N, g, J, gamma_phi):
    """T2phys ΔE/ħ = ΔE/(γΓ_phys)."""
    _, gphys, _ = _doublet_rates(N, g)
    return _gap_rad(N, g, J) / (mpmath.mpf(gamma_phi) * gphys)


def secular_rate_per_gamma(N, g):
    """Γ_phys/γ = ½(⟨E0|J_z²|E0⟩ + ⟨E1|J_z²|E1⟩) (Eq. (28))."""
    return _doublet_rates(N, g)[1]


def collective_rate_per_gamma(N, g):
    """Γ_coll/γ = N²m*²/2 (Eq. (29))."""
    return 2 * coherent_distance_penalty(N, g)


def two_level_coefficient(N, g, J):
    """πΓ01/(3ΔE) per unit γ (s): the exponent coefficient of Eq. (22) at level B."""
    _, gphys, _ = _doublet_rates(N, g)
    return mpmath.pi * gphys / (3 * _gap_rad(N, g, J))


def cross_term_factor(N, g):
    """The factor by which the cross-term alone raises the mean-field rate of Eq. (27):
    Γ_MF/(Γ_MF − cross) for the spin-coherent states |P⟩, |R⟩ at ±m*, with their exact moments
    ⟨J_z⟩ = ±Nm*/2 and ⟨J_z²⟩ = (Nm*/2)² + N(1 − m*²)/4 (the paper's mechanism switched off:
    the cross-term removed, nothing else changed)."""
    gg = sp.Rational(str(g)) if not isinstance(g, Fraction) else sp.Rational(g.numerator, g.denominator)
    ms2 = 1 - gg**2
    jz = sp.Integer(N) * sp.sqrt(ms2) / 2
    jz2 = jz**2 + sp.Integer(N) * (1 - ms2) / 4
    cross = jz**2   # −⟨P|J_z|P⟩⟨R|J_z|R⟩
    return sp.nsimplify((jz2 + cross) / jz2)


# --- Remarks 12 and 14: per-level data, n-level thresholds, the exact two-level model -----

def threshold_n_levels(N, g, J, n_levels, dissipator="projected"):
    """γ with K3(τ*) = 1 in the n-level model (stationary protocol)."""
    return lgi_threshold_mp(N, g, J, n_levels, dissipator=dissipator)


def k3_n_levels(N, g, J, gamma_phi, n_levels):
    return lgi_k3_mp(N, g, J, gamma_phi, n_levels, "stationary")


def ratio_n2_to_level_b(N, g, J):
    return lgi_threshold_mp(N, g, J, 2) / threshold_two_level(N, g, J, "B")


def two_level_share_of_bc_gap(N, g, J):
    """(γ_2,exact − γ_B)/(γ_C − γ_B): the part of the Level B → C gap already present in the exact
    (non-secular) two-level model, A = P J_z P, A² → P J_z² P (full-space ⟨E_i|J_z²|E_j⟩)."""
    b = threshold_two_level(N, g, J, "B")
    return (lgi_threshold_mp(N, g, J, 2, dissipator="full") - b) / (lgi_threshold_mp(N, g, J, 5) - b)


def level_gap_ratio(N, g, k):
    """(E_k − E_0)/(E_1 − E_0)."""
    E = nlevel_energies_mp(int(N), _frac(g), 10)
    return (E[k] - E[0]) / (E[1] - E[0])


def upper_doublet_gap(N, g):
    """(E_3 − E_2)/(E_1 − E_0)."""
    E = nlevel_energies_mp(int(N), _frac(g), 4)
    return (E[3] - E[2]) / (E[1] - E[0])


def q_k0_squared(N, g, k):
    return nlevel_model_mp(int(N), _frac(g), 10)["Q"][k][0] ** 2


def q_k0_abs(N, g, k):
    return abs(nlevel_model_mp(int(N), _frac(g), 10)["Q"][k][0])


def coherent_contribution(N, g, k):
    """ΔK3^(k) = Q_k0²[2cos(ΔE_k0τ*) − cos(2ΔE_k0τ*)], τ* = π/(3ΔE10) (Eq. (25))."""
    with mpmath.workdps(DOUBLET_DPS):
        x = level_gap_ratio(N, g, k) * mpmath.pi / 3
        return q_k0_squared(N, g, k) * (2 * mpmath.cos(x) - mpmath.cos(2 * x))


def coherent_share(N, g, k):
    """ΔK3^(k) as a fraction of the two-level ceiling ΔK3^(1)."""
    return coherent_contribution(N, g, k) / coherent_contribution(N, g, 1)


def jz2_level(N, g, i):
    """⟨E_i|J_z²|E_i⟩ (full space)."""
    return nlevel_model_mp(int(N), _frac(g), 2)["Jz2"][i][i]


def jz_offdiagonal_squared(N, g):
    """|⟨E0|J_z|E1⟩|²."""
    return nlevel_model_mp(int(N), _frac(g), 2)["Jz"][0][1] ** 2


def t2_at_threshold_over_interval(N, g, J, gamma_phi):
    """T2phys(γ)/Δt*."""
    return t2_phys_ms(N, g, gamma_phi) / optimal_interval_ms(N, g, J)


def t2_coll_ms(N, g, gamma_phi):
    """T2coll = 1/(γΓ_coll) = 2/(γN²m*²) in ms."""
    return 1000 / (mpmath.mpf(gamma_phi) * mpmath.mpf(sp.N(collective_rate_per_gamma(N, g), 30)))
