"""Numerical checks for the LMG Leggett–Garg paper (paper key ``lmg_lgi``).

Independent of :mod:`derive.lmg_lgi`: quadrature of integrals as written, exact
diagonalisation with the shared engine :mod:`numerics.lmg` (LAPACK), finite
differences, ODE integration and root finding, never the closed forms.

Units: ħ = k_B = 1, energies in units of J unless a name ends in ``_rad_s``;
benchmark N = 370, Γ/J = 0.95, J = 37195.4 rad/s, T = 10 nK.

References
----------
S. Mouslopoulos, arXiv:2604.18638 (manuscript ``002_9e6c3c1b1fdb9ba8.txt``).
"""

from __future__ import annotations

import functools
import math

import mpmath
import numpy as np
import scipy.constants as const
from scipy.integrate import solve_ivp
from scipy.linalg import expm
from scipy.optimize import brentq, minimize_scalar

from numerics import lmg
from numerics.units import quantity

N_BENCH = 370
GAMMA_BENCH = 0.95
J_RAD_S = 37195.4
T_NK = 10.0
FIT_RANGE = (50, 500)        # §5: "fitting Eq. (10) to exact diagonalisation data in N ∈ [50, 500]"
TABLE1_GAMMAS = (0.99, 0.95, 0.90)


# ---------------------------------------------------------------------------------------
# Units
# ---------------------------------------------------------------------------------------

def thermal_rate_rad_s(T_nK: float = T_NK) -> float:
    """k_B T/ħ in rad/s via pint (CODATA constants of the pint registry).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2.
    """
    q = quantity(T_nK, "nK") * quantity(1.0, "boltzmann_constant") / quantity(1.0, "hbar")
    return float(q.to("1/s").magnitude)


def thermal_rate_scipy(T_nK: float = T_NK) -> float:
    """k_B T/ħ in rad/s from ``scipy.constants``.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2.
    """
    return const.k * T_nK * 1e-9 / const.hbar


def kbt_over_j() -> float:
    """k_B T in units of J at the benchmark."""
    return thermal_rate_scipy() / J_RAD_S


# ---------------------------------------------------------------------------------------
# §1–2 by explicit construction
# ---------------------------------------------------------------------------------------

def collective_form_residual(n: int = 6, seed: int = 11) -> float:
    """max |spin-sum H − collective H| on the full 2ⁿ space at seeded (J, Γ, h).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, Eq. (1).
    """
    rng = np.random.default_rng(seed)
    Jc, G, hh = rng.uniform(0.1, 2.0, 3)
    sx, sz = np.array([[0, 1], [1, 0]], float), np.diag([1.0, -1.0])

    def site(op, k):
        out = np.ones((1, 1))
        for i in range(n):
            out = np.kron(out, op if i == k else np.eye(2))
        return out

    Sz = sum(site(sz, k) for k in range(n))
    Sx = sum(site(sx, k) for k in range(n))
    H1 = -(Jc / (2 * n)) * Sz @ Sz - G * Sx - hh * Sz
    H2 = -(2 * Jc / n) * (Sz / 2) @ (Sz / 2) - 2 * G * (Sx / 2) - 2 * hh * (Sz / 2)
    return float(np.abs(H1 - H2).max())


def bec_jz2_coefficient_by_fock(n_atoms: int = 8, g11: float = 0.37, g12: float = 1.21) -> float:
    """Coefficient of J_z² in (g11/2)(n_a² + n_b²) + g12 n_a n_b on two-mode Fock states.

    The interaction is diagonal in |n_a, N − n_a⟩ with J_z = (n_a − n_b)/2; a quadratic
    fit of the energies against J_z returns the J_z² coefficient.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, BEC mapping.
    """
    na = np.arange(n_atoms + 1, dtype=float)
    nb = n_atoms - na
    E = g11 / 2 * (na**2 + nb**2) + g12 * na * nb
    return float(np.polyfit((na - nb) / 2, E, 2)[0])


def coherent_overlap_by_dicke_sum(n_spins: int, gamma_over_j: float, dps: int = 30) -> mpmath.mpf:
    """⟨P|R⟩ from the Dicke amplitudes of the two spin-coherent states (mpmath).

    |θ⟩ = Σ_k √C(N,k) cos^{N−k}(θ/2) sin^k(θ/2) |k down⟩, cos θ = m*; the mirror state
    swaps cos and sin.  The sum is evaluated term by term (no closed form used).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §1; §2 after Eq. (3).
    """
    with mpmath.workdps(dps):   # default 30 digits: terms ~ C(N,k)·x^N span hundreds of decades
        ms = mpmath.sqrt(1 - mpmath.mpf(gamma_over_j) ** 2)
        th = mpmath.acos(ms)
        c, s = mpmath.cos(th / 2), mpmath.sin(th / 2)
        tot = mpmath.fsum(mpmath.binomial(n_spins, k) * (c ** (n_spins - k) * s**k)
                          * (s ** (n_spins - k) * c**k) for k in range(n_spins + 1))
        return +tot


def doublet_norms_by_construction(n_spins: int = 20, gamma_over_j: float = 0.95) -> tuple[float, float]:
    """Norms of (|P⟩ ± |R⟩)/√(2 ± 2S) with explicit Dicke-basis coherent states.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, Eq. (4).
    """
    ms = math.sqrt(1 - gamma_over_j**2)
    th = math.acos(ms)
    k = np.arange(n_spins + 1)
    binom = np.array([math.comb(n_spins, int(i)) for i in k], float)
    P = np.sqrt(binom) * np.cos(th / 2) ** (n_spins - k) * np.sin(th / 2) ** k
    R = P[::-1]
    S = float(P @ R)
    e0 = (P + R) / math.sqrt(2 + 2 * S)
    e1 = (P - R) / math.sqrt(2 - 2 * S)
    return float(e0 @ e0), float(e1 @ e1)


# ---------------------------------------------------------------------------------------
# Mean field by direct numerics
# ---------------------------------------------------------------------------------------

def free_energy_by_trace(m: float, J: float, Gamma: float, T: float, h: float = 0.0) -> float:
    """f(m) = J m²/2 − T ln Tr exp(−h_MF/T), trace of the 2×2 matrix exponential.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, Eq. (2).
    """
    hmf = -(J * m + h) * np.diag([1.0, -1.0]) - Gamma * np.array([[0.0, 1.0], [1.0, 0.0]])
    with mpmath.workdps(30):    # Tr e^{−h/T} ~ e^{30}: exponentiate in mpmath to avoid overflow
        w = np.linalg.eigvalsh(hmf)
        lnZ = mpmath.log(mpmath.fsum(mpmath.exp(-mpmath.mpf(x) / T) for x in w))
    return J * m**2 / 2 - T * float(lnZ)


def free_energy_matrix_trace(m: float, J: float, Gamma: float, T: float, h: float = 0.0) -> float:
    """Same as :func:`free_energy_by_trace` but with ``scipy.linalg.expm`` (moderate J/T).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, Eq. (2).
    """
    hmf = -(J * m + h) * np.diag([1.0, -1.0]) - Gamma * np.array([[0.0, 1.0], [1.0, 0.0]])
    return J * m**2 / 2 - T * math.log(np.trace(expm(-hmf / T)))


def _f_bench(mz: float, h: float = 0.0, T: float | None = None) -> float:
    """Eq. (2) at the benchmark (J = 1, Γ = 0.95, T = k_BT/J) by direct evaluation."""
    T = kbt_over_j() if T is None else T
    E = math.hypot(mz + h, GAMMA_BENCH)
    x = E / T
    return mz**2 / 2 - T * (x + math.log1p(math.exp(-2 * x)))   # ln(2cosh x), overflow-free


def order_parameter_by_minimisation(gamma_over_j: float, T: float = 1e-3) -> float:
    """argmin_{m>0} of Eq. (2) at h = 0, low T (bounded scalar minimisation).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, Eq. (3).
    """
    def f(mz):
        E = math.hypot(mz, gamma_over_j)
        return mz**2 / 2 - E - T * math.log1p(math.exp(-2 * E / T))   # −T ln(2cosh(E/T))

    return float(minimize_scalar(f, bounds=(1e-9, 1.0), method="bounded",
                                 options={"xatol": 1e-13}).x)


def order_parameter_by_self_consistency(gamma_over_j: float) -> float:
    """m > 0 solving m = ⟨σᶻ⟩ in the ground state of h_MF = −mσᶻ − (Γ/J)σˣ (numpy eigh, brentq).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, Eq. (3).
    """
    def sz(mz):
        _, v = np.linalg.eigh(np.array([[-mz, -gamma_over_j], [-gamma_over_j, mz]]))
        g = v[:, 0]
        return g[0] ** 2 - g[1] ** 2

    return brentq(lambda mz: mz - sz(mz), 1e-6, 1.0, xtol=1e-15)


def barrier_by_minimisation() -> dict:
    """Δf0 = f(0) − f(m_min) from Eq. (2) at the benchmark temperature, J = 1.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. F.
    """
    res = minimize_scalar(_f_bench, bounds=(0.05, 0.9), method="bounded", options={"xatol": 1e-12})
    df0 = _f_bench(0.0) - res.fun
    return {"m_min": float(res.x), "df0": df0, "df0_rad_s": df0 * J_RAD_S,
            "exponent": N_BENCH * df0 / kbt_over_j()}


def f_at(point: str, T: float) -> float:
    """f(0) or f(m*) of Eq. (2) at J = 1, Γ = 0.95, via math.cosh (small x only)."""
    ms = math.sqrt(1 - GAMMA_BENCH**2)
    mz = 0.0 if point == "0" else ms
    return free_energy_matrix_trace(mz, 1.0, GAMMA_BENCH, T)


def susceptibility_by_finite_difference(gamma_over_j: float, dh: float = 1e-6) -> float:
    """χ_MF = dm/dh at h = 0 from the self-consistency m = y/√(y² + Γ²), y = m + h (J = 1).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, after Remark 1.
    """
    def m_of(h):
        return brentq(lambda mz: mz - (mz + h) / math.hypot(mz + h, gamma_over_j), 0.01, 1.0,
                      xtol=1e-15)
    return (m_of(dh) - m_of(-dh)) / (2 * dh)


def bloch_invariant_drift(seed: int = 5, t_end: float = 20.0) -> dict:
    """Integrate Eq. (8) from a seeded state; max drift of |m|² and e = −m_z²/2 − hm_z − Γm_x.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §4, Eq. (8).
    """
    rng = np.random.default_rng(seed)
    G, hh = 0.95, 0.01
    v = rng.normal(size=3)
    v /= np.linalg.norm(v)

    def rhs(_, m):
        mx, my, mz = m
        return [2 * (mz + hh) * my, -2 * (mz + hh) * mx + 2 * G * mz, -2 * G * my]

    sol = solve_ivp(rhs, (0, t_end), v, method="DOP853", rtol=1e-12, atol=1e-12, dense_output=False)
    mx, my, mz = sol.y
    r2 = mx**2 + my**2 + mz**2
    e = -mz**2 / 2 - hh * mz - G * mx
    return {"seed": seed, "r2_drift": float(np.abs(r2 - r2[0]).max()),
            "e_drift": float(np.abs(e - e[0]).max())}


def bloch_rhs_by_matrix_commutator(m: tuple[float, float, float], J: float, Gamma: float,
                                   h: float) -> np.ndarray:
    """(ṁ_x, ṁ_y, ṁ_z) = Tr(ρ i[H_MF, σ]) with ρ = (1 + m·σ)/2, numpy matrices.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. A.
    """
    sx = np.array([[0, 1], [1, 0]], complex)
    sy = np.array([[0, -1j], [1j, 0]])
    sz = np.diag([1.0 + 0j, -1.0])
    H = -(J * m[2] + h) * sz - Gamma * sx
    rho = (np.eye(2) + m[0] * sx + m[1] * sy + m[2] * sz) / 2
    return np.array([np.trace(rho @ (1j * (H @ s - s @ H))).real for s in (sx, sy, sz)])


def boltzmann_flux_residual(D_rule: str = "einstein", n: int = 2001) -> float:
    """max |Γ_eff f′P + D P′| / max|Γ_eff f′P| on a grid, P = e^{−Nf/T}, benchmark f.

    ``D_rule``: ``"einstein"`` uses D = Γ_eff T/N; ``"no_N"`` uses D = Γ_eff T.
    Finite differences (5-point stencil) of the benchmark free energy at N = 37
    (so that P is resolvable on the grid).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §4, Eq. (9); App. E.
    """
    Nn, T, Geff = 37, kbt_over_j(), 1.0
    D = Geff * T / Nn if D_rule == "einstein" else Geff * T
    x = np.linspace(-0.6, 0.6, n)
    dx = x[1] - x[0]
    f = np.array([_f_bench(v) for v in x])
    P = np.exp(-Nn * (f - f.min()) / T)

    def d(y):
        out = np.gradient(y, dx, edge_order=2)
        return out

    flux = Geff * d(f) * P + D * d(P)
    scale = np.abs(Geff * d(f) * P).max()
    return float(np.abs(flux[5:-5]).max() / scale)


# ---------------------------------------------------------------------------------------
# Exact diagonalisation (numerics.lmg)
# ---------------------------------------------------------------------------------------

@functools.cache
def benchmark_spectrum() -> dict:
    """Lowest four levels, Q01, ⟨J_z²⟩ at N = 370, Γ/J = 0.95 (LAPACK, parity blocks).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §1–2, Remark 1, Remark 8.
    """
    E, V, par = lmg.lowest_eigenpairs_parity(N_BENCH, GAMMA_BENCH, k=4)
    v0, v1 = V[:, 0], V[:, 1]
    q01 = lmg.expectation(v0, lmg.sgn_jz_diag(N_BENCH), v1)
    jz2 = (lmg.expectation(v0, lmg.jz2_diag(N_BENCH), v0), lmg.expectation(v1, lmg.jz2_diag(N_BENCH), v1))
    split = lmg.splitting_wronskian(N_BENCH, GAMMA_BENCH).value
    return {"E": tuple(float(x) for x in E), "splitting": split, "Q01": abs(q01), "jz2": jz2,
            "parity": tuple(int(p) for p in par)}


def susceptibility_by_field_derivative(n_spins: int = N_BENCH, gamma_over_j: float = GAMMA_BENCH,
                                       dh: float = 2e-7) -> float:
    """χ = d⟨2J_z/N⟩/dh at h = 0: Richardson-extrapolated central differences of the
    ground state of the full tridiagonal H(h) (LAPACK, h ≠ 0 breaks parity).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §2, after Eq. (5).
    """
    def mz(hh):
        _, V = lmg.lowest_eigenpairs(n_spins, gamma_over_j, k=1, h=hh, use_parity=False)
        return 2 * lmg.expectation(V[:, 0], lmg.jz_diag(n_spins), V[:, 0]) / n_spins

    d1 = (mz(dh) - mz(-dh)) / (2 * dh)
    d2 = (mz(2 * dh) - mz(-2 * dh)) / (4 * dh)
    return (4 * d1 - d2) / 3


@functools.cache
def splittings(gamma_over_j: float, method: str = "wronskian",
               n_range: tuple[int, int] = FIT_RANGE) -> tuple[np.ndarray, np.ndarray]:
    """(N, ΔE(N)/J) for every integer N in ``n_range`` by exact diagonalisation.

    ``method``: ``"wronskian"`` (:func:`numerics.lmg.splitting_wronskian`) or
    ``"sectors"`` (difference of the two parity-block ground energies,
    :func:`numerics.lmg.splitting_double`).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §5, Eq. (10).
    """
    Ns = np.arange(n_range[0], n_range[1] + 1)
    if method == "wronskian":
        dE = [lmg.splitting_wronskian_value(int(n), gamma_over_j) for n in Ns]
    else:
        out = []
        for n in Ns:
            r = lmg.splitting_double(int(n), gamma_over_j, rel_tol=1e-5)
            if not r.decided:
                raise ArithmeticError(f"double precision does not resolve ΔE at N={n}")
            out.append(r.value)
        dE = out
    return Ns, np.array(dE, float)


def instanton_action_float(gamma_over_j: float) -> float:
    """S_inst by quadrature of Eq. (51) (double precision result)."""
    return float(instanton_action_by_quadrature(gamma_over_j))


@functools.cache
def prefactor_fit(gamma_over_j: float, method: str = "wronskian") -> dict:
    """One-parameter fit of ΔE(N) = C0 N^{1/2} e^{−N S_inst} over N ∈ [50, 500].

    Least squares on ln ΔE (every integer N): ln C0 = mean(ln ΔE − ½ ln N + N S_inst).

    Returns
    -------
    dict
        ``c0_over_kt``, ``ln_c0_over_kt`` (C0 in units of k_BT, J = 37195.4 rad/s,
        T = 10 nK), ``pointwise`` (min, max) of C0(N)/k_BT over the range (the span any
        weighting of the fit can reach), ``linear_ls`` (least squares on ΔE itself).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §5, Table 1.
    """
    S = instanton_action_float(gamma_over_j)
    Ns, dE = splittings(gamma_over_j, method)
    r = np.log(dE) - 0.5 * np.log(Ns) + Ns * S
    kt = kbt_over_j()
    basis = np.sqrt(Ns) * np.exp(-Ns * S)
    c_lin = float(basis @ dE / (basis @ basis))
    return {"c0_over_kt": math.exp(r.mean()) / kt, "ln_c0_over_kt": r.mean() - math.log(kt),
            "pointwise": (math.exp(r.min()) / kt, math.exp(r.max()) / kt),
            "linear_ls": c_lin / kt, "S": S, "method": method}


def instanton_root(gamma_over_j: float, ln_c0_over_kt: float) -> float:
    """Root N of ln(C0/k_BT) + ½ ln N − N S_inst = 0 on the decreasing branch (brentq).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §5, Table 1.
    """
    S = instanton_action_float(gamma_over_j)
    g = lambda n: ln_c0_over_kt + 0.5 * math.log(n) - n * S
    lo = max(1.0 / (2 * S), 1.0)          # maximum of g; the physical root lies above it
    hi = lo * 2
    while g(hi) > 0:
        hi *= 2
    return brentq(g, lo, hi, xtol=1e-10)


def table1_row(gamma_over_j: float, method: str = "wronskian") -> dict:
    """Fitted C0, analytic N_c, instanton root, ±5% C0 root shifts, validity ratio.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §5, Eq. (11), Table 1.
    """
    fit = prefactor_fit(gamma_over_j, method)
    c, S = fit["ln_c0_over_kt"], fit["S"]
    root = instanton_root(gamma_over_j, c)
    plus = instanton_root(gamma_over_j, c + math.log(1.05)) - root
    minus = instanton_root(gamma_over_j, c + math.log(0.95)) - root
    analytic = c / S
    return {**fit, "analytic": analytic, "root": root, "error_factor": root / analytic,
            "delta_plus": plus, "delta_minus": minus,
            "validity_ratio": root * S / (0.5 * math.log(root))}


def _splitting(n: int, gamma_over_j: float, method: str) -> float:
    if method == "wronskian":
        return lmg.splitting_wronskian(n, gamma_over_j).value
    r = lmg.splitting(n, gamma_over_j, rel_tol=1e-9)
    return float(r.value)


def crossover_by_diagonalisation(gamma_over_j: float, kt_over_j: float | None = None,
                                 method: str = "wronskian") -> float:
    """N where ΔE(N) = k_BT: bracket by integer N, then log-linear interpolation.

    ``method``: ``"wronskian"`` or ``"sectors"`` (certified sector difference,
    :func:`numerics.lmg.splitting`).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §1, §5, Table 1.
    """
    kt = kbt_over_j() if kt_over_j is None else kt_over_j
    dE = lambda n: _splitting(int(n), gamma_over_j, method)
    hi = 16
    while dE(hi) > kt:
        hi *= 2
    lo = hi // 2
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if dE(mid) > kt else (lo, mid)
    a, b = math.log(dE(lo)), math.log(dE(hi))
    return lo + (a - math.log(kt)) / (a - b)


# ---------------------------------------------------------------------------------------
# Spinodal, linearisation, exponents by root finding / finite differences
# ---------------------------------------------------------------------------------------

def _fp(mz, h, T, g=GAMMA_BENCH):
    """f′(m) of Eq. (2) with J = 1 (the derivative of −T ln 2cosh(E/T) is −(y/E) tanh(E/T))."""
    E = math.hypot(mz + h, g)
    return mz - (mz + h) / E * math.tanh(E / T)


def _fpp(mz, h, T, d=1e-6, g=GAMMA_BENCH):
    return (_fp(mz + d, h, T, g) - _fp(mz - d, h, T, g)) / (2 * d)


def spinodal_by_root_finding(T: float | None = None, gamma_over_j: float = GAMMA_BENCH) -> dict:
    """h_sp: the largest h at which f′ = 0 still has a root with m < 0 (Eq. (2), J = 1).

    For h > 0 the metastable well on m < 0 exists while f′ has a sign change there; the fold
    is where the local maximum of f′ on m < 0 touches zero: solve max_{m∈(−0.9,0)} f′ = 0
    for h by brentq (then f′ = f″ = 0 at the maximiser).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §7.2, Remark 9.
    """
    T = kbt_over_j() if T is None else T

    g = gamma_over_j

    def fold_gap(h):
        res = minimize_scalar(lambda mz: -_fp(mz, h, T, g), bounds=(-0.999, -1e-4),
                              method="bounded", options={"xatol": 1e-13})
        return -res.fun, float(res.x)

    h_sp = brentq(lambda h: fold_gap(h)[0], 1e-9, 0.9, xtol=1e-15)
    m_sp = fold_gap(h_sp)[1]
    y = m_sp + h_sp
    return {"h": h_sp, "m": m_sp, "y": abs(y), "E": math.hypot(y, g),
            "h_rad_s": h_sp * J_RAD_S}


def saddle_node_exponent_by_fit() -> float:
    """Slope of ln f″(m_min(h)) against ln(h_sp − h) close to the spinodal (metastable well).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §7.1, P3.
    """
    T = kbt_over_j()
    sp_ = spinodal_by_root_finding(T)
    xs, ys = [], []
    for eps in np.geomspace(1e-7, 1e-5, 6):
        hh = sp_["h"] - eps
        m_min = brentq(lambda mz, hh=hh: _fp(mz, hh, T), -0.9, sp_["m"], xtol=1e-15)
        xs.append(math.log(eps))
        ys.append(math.log(_fpp(m_min, hh, T, d=1e-7)))
    return float(np.polyfit(xs, ys, 1)[0])


def jacobian_by_finite_differences(point, J: float, Gamma: float, h: float = 0.0, d: float = 1e-7):
    """Numerical Jacobian of Eq. (8) at ``point`` (central differences).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. B, C.
    """
    def F(mv):
        mx, my, mz = mv
        return np.array([2 * (J * mz + h) * my, -2 * (J * mz + h) * mx + 2 * Gamma * mz,
                         -2 * Gamma * my])
    p = np.asarray(point, float)
    cols = [(F(p + d * e) - F(p - d * e)) / (2 * d) for e in np.eye(3)]
    return np.array(cols).T


def linearised_example_eigenvalues() -> np.ndarray:
    """App. B example: J = 1, Γ = 0.5, Γ2 = 0.1, Γ1 = 0.01, damped Jacobian eigenvalues.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. B.
    """
    J, G = 1.0, 0.5
    ms = math.sqrt(1 - G**2)
    A = jacobian_by_finite_differences((G / J, 0.0, ms), J, G) - np.diag([0.1, 0.1, 0.01])
    return np.linalg.eigvals(A)


def disordered_frequency_squared_numeric(J: float, Gamma: float) -> float:
    """ω_J² = −(A²)_zz of the (δm_y, δm_z) Jacobian block at (1, 0, 0).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. C.
    """
    A = jacobian_by_finite_differences((1.0, 0.0, 0.0), J, Gamma)[1:, 1:]
    return float(-(A @ A)[1, 1])


def freeze_out_exponent_by_solving(mu: float) -> float:
    """Slope d ln t̂/d ln τ_Q of the Zurek condition t̂ = τ_rel(ε = t̂/τ_Q) = |ε|^{−μ}.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. C, Table 4.
    """
    taus = np.geomspace(1e2, 1e6, 5)
    that = [brentq(lambda tt, tq=tq: tt - (tt / tq) ** (-mu), 1e-12, tq) for tq in taus]
    return float(np.polyfit(np.log(taus), np.log(that), 1)[0])


def landau_zener_by_integration(dE: float, alpha: float, tauQ: float,
                                steps_per_unit_phase: int = 200) -> float:
    """Adiabatic error probability of H(t) = (α t/τ_Q)τᶻ + (ΔE/2)τˣ by time stepping (ħ = 1).

    Start in the instantaneous ground state at t = −L, propagate with the exponential
    midpoint rule (exact 2×2 exponentials), return the weight on the instantaneous
    excited state at t = +L.  Measuring in the adiabatic basis removes the slowly
    decaying finite-sweep oscillations of the diabatic populations.  The step propagators
    are multiplied together by :func:`_su2_product` (vectorised pairwise reduction, the
    same product as stepping ψ one step at a time).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §7.2, Eq. (17).
    """
    A, V = alpha / tauQ, dE / 2
    L = 30 * max(V / A, 1 / math.sqrt(A))
    w_max = math.hypot(A * L, V)
    n = int(2 * L * w_max * steps_per_unit_phase / (2 * math.pi)) + 1
    ts = np.linspace(-L, L, n + 1)
    dt = ts[1] - ts[0]
    a = A * 0.5 * (ts[1:] + ts[:-1])
    w = np.hypot(a, V)
    c, s = np.cos(w * dt), np.sin(w * dt) / w
    # step k: exp(−i dt (a_k τᶻ + V τˣ)) = c_k − i s_k (a_k τᶻ + V τˣ) = [[α_k, β_k], [−β̄_k, ᾱ_k]]
    al, be = _su2_product(c - 1j * s * a, -1j * s * V)
    U = np.array([[al, be], [-np.conj(be), np.conj(al)]])
    psi = U @ _adiabatic_states(-A * L, V)[:, 0]
    excited = _adiabatic_states(A * L, V)[:, 1]
    return float(abs(excited @ psi) ** 2)


def _su2_product(alpha: np.ndarray, beta: np.ndarray) -> tuple[complex, complex]:
    """(α, β) of U_{n−1} ⋯ U_1 U_0 for U_k = [[α_k, β_k], [−β̄_k, ᾱ_k]] (later steps left).

    Matrices of this form are closed under multiplication,
    [[α₁, β₁], [−β̄₁, ᾱ₁]]·[[α₂, β₂], [−β̄₂, ᾱ₂]] has α = α₁α₂ − β₁β̄₂, β = α₁β₂ + β₁ᾱ₂, so
    neighbouring pairs are multiplied as whole arrays, halving the count each round
    (an odd count is padded with the identity at the end); rounding grows with log n
    instead of n.
    """
    alpha, beta = np.asarray(alpha, dtype=complex), np.asarray(beta, dtype=complex)
    while alpha.size > 1:
        if alpha.size % 2:
            alpha, beta = np.append(alpha, 1.0), np.append(beta, 0.0)
        a1, b1, a2, b2 = alpha[1::2], beta[1::2], alpha[0::2], beta[0::2]
        alpha, beta = a1 * a2 - b1 * np.conj(b2), a1 * b2 + b1 * np.conj(a2)
    return complex(alpha[0]), complex(beta[0])


def _adiabatic_states(a: float, V: float) -> np.ndarray:
    """Columns: ground and excited eigenvectors of aτᶻ + Vτˣ."""
    return np.linalg.eigh(np.array([[a, V], [V, -a]]))[1]


# ---------------------------------------------------------------------------------------
# WKB integral by quadrature
# ---------------------------------------------------------------------------------------

def instanton_action_by_quadrature(gamma_over_j: float | str, m: float | None = None,
                                   dps: int = 30) -> mpmath.mpf:
    """S_inst = ∫_0^{m*} ln(J√(1 − z²)/Γ) dz by tanh-sinh quadrature.

    ``gamma_over_j`` fixes m* = √(1 − (Γ/J)²); alternatively give ``m`` directly
    (then Γ/J = √(1 − m²)).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. G, Eq. (51).
    """
    with mpmath.workdps(dps):  # 30 digits: S_inst is small (~1e-3), tabulated to 6 digits
        if m is not None:
            ms = mpmath.mpf(m)
            g = mpmath.sqrt(1 - ms**2)
        else:
            g = mpmath.mpf(gamma_over_j)
            ms = mpmath.sqrt(1 - g**2)
        val = mpmath.quad(lambda zz: mpmath.log(mpmath.sqrt(1 - zz**2) / g), [0, ms])
        return +val


def wkb_full_barrier_integral(gamma_over_j: float, n_spins: int, dps: int = 30) -> mpmath.mpf:
    """(N/2)∫_{−m*}^{m*} ln(J√(1 − z²)/Γ) dz by quadrature (App. G, spin J = N/2).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. G.
    """
    with mpmath.workdps(dps):   # default 30 digits, as instanton_action_by_quadrature
        g = mpmath.mpf(gamma_over_j)
        ms = mpmath.sqrt(1 - g**2)
        return mpmath.mpf(n_spins) / 2 * mpmath.quad(
            lambda zz: mpmath.log(mpmath.sqrt(1 - zz**2) / g), [-ms, 0, ms])


# ---------------------------------------------------------------------------------------
# Five-level LGI correlator (abstract / §1 level C), two independent propagators
# ---------------------------------------------------------------------------------------

@functools.cache
def truncated_model(n_levels: int = 5, n_spins: int = N_BENCH, gamma_over_j: float = GAMMA_BENCH):
    """Lowest ``n_levels`` eigenstates of H: (E, P J_z P, P sgn(J_z) P) in the energy basis (J = 1).

    The projected operators are real symmetric; sgn(0) = 0 (the m = 0 Dicke state).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §7.3–7.4, App. I.
    """
    E, V = lmg.lowest_eigenpairs(n_spins, gamma_over_j, k=n_levels)
    m = lmg.jz_diag(n_spins)
    jz = V.T @ (m[:, None] * V)
    q = V.T @ (lmg.sgn_jz_diag(n_spins)[:, None] * V)
    return np.asarray(E, float), jz, q


def _lindblad_rhs(E, jz, g):
    H = np.diag(E - E[0])
    jz2 = jz @ jz

    def rhs(_, y):
        n = len(E)
        r = y.reshape(n, n)
        d = -1j * (H @ r - r @ H) + g * (jz @ r @ jz - 0.5 * (jz2 @ r + r @ jz2))
        return d.ravel()
    return rhs


def _propagate_ode(rho, E, jz, g, t):
    sol = solve_ivp(_lindblad_rhs(E, jz, g), (0.0, t), rho.astype(complex).ravel(), method="DOP853",
                    rtol=1e-11, atol=1e-13)
    n = len(E)
    return sol.y[:, -1].reshape(n, n)


@functools.cache
def _liouvillian_eig(n_levels: int, g: float):
    """Eigen-decomposition (w, R, R⁻¹) of the n-level Liouvillian superoperator (column stacking)."""
    E, jz, _ = truncated_model(n_levels)
    n = len(E)
    I = np.eye(n)
    H = np.diag(E - E[0])
    jz2 = jz @ jz
    L = (-1j * (np.kron(I, H) - np.kron(H.T, I))
         + g * (np.kron(jz.T, jz) - 0.5 * np.kron(I, jz2) - 0.5 * np.kron(jz2.T, I)))
    w, R = np.linalg.eig(L)
    return w, R, np.linalg.inv(R)


def _propagate_spectral(rho, E, jz, g, t):
    """exp(𝓛t)ρ = R e^{wt} R⁻¹ vec(ρ) from the Liouvillian eigen-decomposition."""
    n = len(E)
    w, R, Ri = _liouvillian_eig(n, g)
    out = R @ (np.exp(w * t) * (Ri @ rho.astype(complex).reshape(-1, order="F")))
    return out.reshape(n, n, order="F")


def _correlators(gamma_phi: float, n_levels: int, method: str) -> dict:
    """C12, C13 from ρ0 = |E0⟩⟨E0| and C23 from ρ(t2) = e^{𝓛Δt}ρ0 (no measurement at t1)."""
    E, jz, q = truncated_model(n_levels)
    g = gamma_phi / J_RAD_S
    dt = math.pi / (3 * (E[1] - E[0]))
    prop = _propagate_ode if method == "ode" else _propagate_spectral
    rho0 = np.zeros((n_levels, n_levels))
    rho0[0, 0] = 1.0
    inst = lambda r: 0.5 * (q @ r + r @ q)
    r1 = prop(inst(rho0), E, jz, g, dt)
    c12 = np.trace(q @ r1).real
    c13 = np.trace(q @ prop(r1, E, jz, g, dt)).real
    rho_dt = prop(rho0, E, jz, g, dt)
    c23 = np.trace(q @ prop(inst(rho_dt), E, jz, g, dt)).real
    return {"C12": float(c12), "C13": float(c13), "C23": float(c23)}


def k3_stationary(gamma_phi: float, n_levels: int = 5, method: str = "ode") -> float:
    """K3 = 2C12 − C13 of Q = sgn(J_z): the re-preparation protocol of §7.3 (ρ(t1) = ρ(t2) = ρ0).

    n-level truncation, Lüders instrument ½{Q, ρ}, ρ0 = |E0⟩⟨E0|, Δt = πħ/(3ΔE), collective
    dephasing L = √γ P J_z P with γ in s⁻¹ (converted to units of J);
    C_ij = Tr(Q e^{𝓛(t_j−t_i)}[½{Q, ρ(t_i)}]).  ``method``: ``"ode"`` (DOP853 on ρ) or
    ``"spectral"`` (Liouvillian eigen-decomposition).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §7.3, Eq. (18); App. I.
    """
    c = _correlators(gamma_phi, n_levels, method)
    return 2 * c["C12"] - c["C13"]


def k3_sequential(gamma_phi: float, n_levels: int = 5, method: str = "ode") -> float:
    """K3 = C12 + C23 − C13 with a single preparation at t1 and no re-preparation: C23 from
    ρ(t2) = e^{𝓛Δt}ρ0 evolved without the t1 measurement (App. I ``K3_sequential``).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §7.3, Remark 10; App. I.
    """
    c = _correlators(gamma_phi, n_levels, method)
    return c["C12"] + c["C23"] - c["C13"]


@functools.cache
def k3_threshold(n_levels: int = 5, method: str = "ode", protocol: str = "stationary") -> float:
    """γϕ (s⁻¹) at which K3 of ``protocol`` (``"stationary"`` or ``"sequential"``) crosses 1.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), §7.4, Eq. (24).
    """
    f = k3_stationary if protocol == "stationary" else k3_sequential
    return brentq(lambda g: f(g, n_levels, method) - 1.0, 0.05, 1.0, xtol=1e-10)


# ---------------------------------------------------------------------------------------
# Model A Langevin simulation (App. E, Eqs. (46)–(49))
# ---------------------------------------------------------------------------------------

def langevin_well_variance(seed: int = 2026, walkers: int = 20000, dt: float = 0.05,
                           steps: int = 2000) -> dict:
    """Euler–Maruyama simulation of Eq. (46) in the m > 0 well versus the Boltzmann variance.

    dm = −Γ_eff f′(m) dt + √(2D) dW with Γ_eff = 1 (time in 1/J), D = Γ_eff k_BT/N (Eq. (48)),
    f of Eq. (2) at the benchmark (J = 1, Γ = 0.95, T = k_BT/J, N = 370).  Walkers start at
    m*; after 10 relaxation times the sample variance is compared with the variance of
    e^{−Nf/T} restricted to m > 0 (quadrature).

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. E, Eqs. (46)–(49).
    """
    T, n = kbt_over_j(), N_BENCH
    D = T / n
    rng = np.random.default_rng(seed)
    ms = math.sqrt(1 - GAMMA_BENCH**2)
    m = np.full(walkers, ms)

    def fprime(x):
        E = np.hypot(x, GAMMA_BENCH)
        return x - x / E * np.tanh(E / T)

    for _ in range(steps):
        m += -fprime(m) * dt + math.sqrt(2 * D * dt) * rng.standard_normal(walkers)
    sim = float(m.var())
    sigma = sim * math.sqrt(2 / (walkers - 1))
    with mpmath.workdps(30):    # 30 digits: the weight spans e^(−50) across the quadrature range
        w = lambda x: mpmath.exp(-n * (_f_bench(float(x)) - _f_bench(ms)) / T)
        Z = mpmath.quad(w, [0.05, ms, 0.9])
        mu = mpmath.quad(lambda x: x * w(x), [0.05, ms, 0.9]) / Z
        var = mpmath.quad(lambda x: (x - mu) ** 2 * w(x), [0.05, ms, 0.9]) / Z
    return {"seed": seed, "simulated": sim, "sigma": sigma, "boltzmann": float(var),
            "euler_bias": float(var) * 0.5 * ms**2 * dt}


# ---------------------------------------------------------------------------------------
# Mean first-passage time of Eq. (49) versus the Kramers formula (App. F, Eq. (50))
# ---------------------------------------------------------------------------------------

def _f_bench_array(x: np.ndarray) -> np.ndarray:
    T = kbt_over_j()
    E = np.hypot(x, GAMMA_BENCH)
    return x**2 / 2 - E - T * np.log1p(np.exp(-2 * E / T))


def kramers_time_over_exponential(n_spins: int) -> float:
    """Eq. (50) with Γ_eff = 1 (time in 1/J), divided by e^{NΔf0/k_BT}: 2π/√(f″(m*)|f″(0)|).

    The curvatures are taken from Eq. (2) by central differences.
    """
    ms = order_parameter_by_self_consistency(GAMMA_BENCH)
    d = 1e-4
    fpp = lambda x: (_f_bench(x + d) - 2 * _f_bench(x) + _f_bench(x - d)) / d**2
    return 2 * math.pi / math.sqrt(fpp(ms) * abs(fpp(0.0)))


def mfpt_by_grid_quadrature(n_spins: int, points: int = 400001) -> float:
    """Exact MFPT of Eq. (49) from m* to −m* (reflecting wall at m = 1), over e^{NΔf0/k_BT}.

    τ = (1/D)∫_{−m*}^{m*} dy e^{U(y)} ∫_y^1 dz e^{−U(z)}, U = N f/k_BT, D = k_BT/N (Γ_eff = 1),
    by cumulative trapezoidal quadrature on a uniform grid, with U measured from U(m*)
    and the outer weight from U(0) so nothing overflows.

    References
    ----------
    lmg_lgi (arXiv:2604.18638), App. F, Eqs. (49)–(50); Gardiner, Handbook of Stochastic
    Methods, §5.2.7.
    """
    from scipy.integrate import cumulative_trapezoid, trapezoid
    T = kbt_over_j()
    ms = order_parameter_by_self_consistency(GAMMA_BENCH)
    x = np.linspace(-ms, 1.0, points)
    f = _f_bench_array(x)
    f_min, f_top = _f_bench(ms), _f_bench(0.0)
    w_in = np.exp(-n_spins * (f - f_min) / T)
    inner = trapezoid(w_in, x) - cumulative_trapezoid(w_in, x, initial=0.0)     # ∫_y^1
    sel = x <= ms
    outer = trapezoid(np.exp(n_spins * (f[sel] - f_top) / T) * inner[sel], x[sel])
    D = T / n_spins
    return float(outer / D)


def mfpt_by_backward_equation(n_spins: int, points: int = 40001) -> float:
    """Same MFPT from the backward equation D τ″ − f′ τ′ = −1, τ(−m*) = 0, τ′(1) = 0 (sparse
    central differences), divided by e^{NΔf0/k_BT}.  Double precision limits it to N ≲ 500."""
    import scipy.sparse as sps
    from scipy.sparse.linalg import spsolve
    T = kbt_over_j()
    ms = order_parameter_by_self_consistency(GAMMA_BENCH)
    x = np.linspace(-ms, 1.0, points)
    h = x[1] - x[0]
    D = T / n_spins
    a = np.array([_fp(v, 0.0, T) for v in x])
    lower, upper = D / h**2 + a / (2 * h), D / h**2 - a / (2 * h)
    A = sps.diags([lower[1:], np.full(points, -2 * D / h**2), upper[:-1]], [-1, 0, 1], format="lil")
    b = -np.ones(points)
    A[0, :] = 0
    A[0, 0], b[0] = 1.0, 0.0
    A[points - 1, points - 2] = 2 * D / h**2          # ghost point: τ′(1) = 0
    tau = spsolve(A.tocsr(), b)
    return float(np.interp(ms, x, tau)) / math.exp(n_spins * (_f_bench(0.0) - _f_bench(ms)) / T)
