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
from fractions import Fraction

import mpmath
import sympy as sp
from sympy.physics.quantum import TensorProduct

from derive.lmg_mp import inverse_iteration, sector_blocks, sector_eigenpair, solve_tridiagonal

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


def order_parameter() -> sp.Expr:
    """Positive non-trivial root of e′(m) = 0: m* = √(1 − Γ²/J²).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, Eq. (3).
    """
    roots = sp.solve(sp.diff(ground_energy_per_spin(), m), m)
    return next(r for r in roots if r != 0 and sp.simplify(r.subs({J: 2, Gamma: 1})) > 0)


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
    c_β = ½ Tr(i[H, σ^α] σ^β); then ⟨σ^β⟩ → m_β (mean-field factorisation).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §4, Eq. (8); App. A, Eqs. (32)–(34).
    """
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
    x = sp.Symbol("x", positive=True)
    lead = sp.limit(-sp.log(2 * sp.cosh(x)) + x, x, sp.oo)   # −ln(2cosh x) = −x + o(1)
    base = J * m_star**2 / 2 if at == "m*" else 0
    return base - E + T * lead


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
    """
    mx, my, mz, G1, G2 = sp.symbols("m_x m_y m_z Gamma_1 Gamma_2", real=True)
    rhs = bloch_rhs()
    F = sp.Matrix([rhs["x"], rhs["y"], rhs["z"]]).subs(h, 0)
    Jac = F.jacobian([mx, my, mz]).subs({mx: Gamma / J, my: 0, mz: m_star})
    Jac = Jac.subs(Gamma, J * sp.sqrt(1 - m_star**2))
    return sp.simplify(Jac - sp.diag(G2, G2, G1))


def linearised_eigenvalues() -> list[sp.Expr]:
    """Eigenvalues of :func:`linearised_matrix`: −Γ2 ± 2iJm*, −Γ1.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. B, Eqs. (40)–(41).
    """
    return list(linearised_matrix().eigenvals())


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
