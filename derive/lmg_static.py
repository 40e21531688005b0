"""Exact derivations of §1–§4, §6 Remarks 5–6 and App. H of ``lmg_lgi`` (the static model,
the N = 2 solution, mean field and the decoherence rates), as functions of the declared inputs.

SymPy (exact) and mpmath (high precision) only; the spectrum comes from the parity-sector
Sturm bisection of :mod:`derive.lmg_mp` via :func:`derive.lmg_lgi.nlevel_model_mp`.  The
independent numerical routes live in :mod:`numerics.lmg_lgi.static` and never call this
module.  Units: ħ = k_B = 1, energies in units of J unless a name says rad/s.

References
----------
S. Mouslopoulos, arXiv:2604.18638 (manuscript ``002_9e6c3c1b1fdb9ba8.txt``), §1–§4, §6, App. H.
"""

from __future__ import annotations

import functools
from fractions import Fraction

import mpmath
import sympy as sp

from derive import lmg_lgi as L
from derive.lmg_mp import inverse_iteration, sector_blocks, sector_eigenpair, solve_tridiagonal

DPS = 30  # ΔE/‖H‖ ~ 1e-4 and e^{−N S} ~ 1e-9: 30 digits leave > 20 correct ones


def _frac(x) -> Fraction:
    return x if isinstance(x, Fraction) else Fraction(str(x))


def _rat(x) -> sp.Rational:
    f = _frac(x)
    return sp.Rational(f.numerator, f.denominator)


def _kt_rad(T_nK) -> mpmath.mpf:
    """k_BT/ħ in rad/s from the SI-2019 defining constants (exact rational × π)."""
    return mpmath.mpf(sp.N(L.thermal_rate(_rat(T_nK) / 10**9), 40))


# --- §1–§2: scales of the benchmark ---------------------------------------------------------

def tunnel_splitting_rad(N, g, J):
    """ΔE = E1 − E0 of Eq. (1) at h = 0 in rad/s (30-digit parity sectors, × J)."""
    E = L.nlevel_energies_mp(int(N), _frac(g), 2)
    with mpmath.workdps(DPS):
        return (E[1] - E[0]) * mpmath.mpf(J)


def thermal_rate_rad(T_nK):
    """k_BT/ħ in rad/s at T = ``T_nK`` nK (SI-2019 exact k_B and h)."""
    return _kt_rad(T_nK)


def inverse_gap_ms(N, g, J):
    """ħ/ΔE in ms."""
    return 1000 / tunnel_splitting_rad(N, g, J)


def dicke_dimension(N):
    """dim of the symmetric sector of N spins ½: 2j + 1 with j = N/2."""
    j = sp.Rational(int(N), 2)
    return sp.Integer(2 * j + 1)


def coherent_overlap(N, g):
    """S = ⟨P|R⟩ of the two spin-coherent states at ±m*, m* = √(1 − (Γ/J)²): the closed form of
    :func:`derive.lmg_lgi.coherent_state_overlap` at the inputs (exact, then 30 digits)."""
    S = L.coherent_state_overlap().subs({L.m_star: sp.sqrt(1 - _rat(g) ** 2), L.N: int(N)})
    return sp.N(sp.nsimplify(S), DPS)


def coherent_overlap_expression():
    """⟨P|R⟩ as a function of N and m* (symbols ``N``, ``m_star``)."""
    return L.coherent_state_overlap()


def doublet_norm_proof():
    """⟨E0|E0⟩ − 1 and ⟨E1|E1⟩ − 1 for Eq. (4) with ⟨P|R⟩ = S real: a proof object (zero)."""
    n0, n1 = L.doublet_norm_squared()
    return {"proof": sp.Matrix([n0 - 1, n1 - 1]), "details": "⟨P|P⟩ = ⟨R|R⟩ = 1, ⟨P|R⟩ = S (SymPy)"}


def level_boltzmann_exponent(N, g, J, T_nK, k=2):
    """ΔE_k0/k_BT, ΔE_k0 = E_k − E0 (30-digit parity sectors)."""
    E = L.nlevel_energies_mp(int(N), _frac(g), k + 1)
    with mpmath.workdps(DPS):
        return (E[k] - E[0]) * mpmath.mpf(J) / _kt_rad(T_nK)


def level_boltzmann_factor(N, g, J, T_nK, k=2):
    """e^{−ΔE_k0/k_BT} (Remark 1's 'thermal population of |E2⟩')."""
    with mpmath.workdps(DPS):
        return mpmath.exp(-level_boltzmann_exponent(N, g, J, T_nK, k))


# --- mean-field landscape (Eq. (2)) ----------------------------------------------------------

@functools.cache
def _f_mp():
    """Eq. (2) (derived, SymPy) as an mpmath function f(m, J, Γ, T, h)."""
    return sp.lambdify((L.m, L.J, L.Gamma, L.T, L.h), L.mean_field_free_energy(), "mpmath")


def _barrier_per_spin(g, T):
    """Δf0 = f(0) − f(m_T) of Eq. (2) at h = 0, J = 1, temperature T (in J), with m_T the
    minimiser (root of f′ found from m* = √(1 − g²))."""
    f = _f_mp()
    G = mpmath.mpf(_frac(g).numerator) / _frac(g).denominator
    fm = lambda x: f(x, 1, G, T, 0)  # noqa: E731
    mT = mpmath.findroot(lambda x: mpmath.diff(fm, x), mpmath.sqrt(1 - G**2))
    return fm(0) - fm(mT), mT


def kramers_exponent(N, g, J, T_nK):
    """NΔf0/k_BT from Eq. (2) at the inputs' temperature (30 digits)."""
    with mpmath.workdps(DPS):
        T = _kt_rad(T_nK) / mpmath.mpf(J)
        df0, _ = _barrier_per_spin(g, T)
        return int(N) * df0 / T


def kramers_time_s(N, g, J, T_nK):
    """τ_K = (2π/ω0) e^{NΔf0/k_BT} (Remark 9's attempt period) with ω0 = 2Jm* in s."""
    with mpmath.workdps(DPS):
        G = mpmath.mpf(_frac(g).numerator) / _frac(g).denominator
        omega0 = 2 * mpmath.mpf(J) * mpmath.sqrt(1 - G**2)
        return 2 * mpmath.pi / omega0 * mpmath.exp(kramers_exponent(N, g, J, T_nK))


def critical_point_instances():
    """The T → 0 minimiser of Eq. (2) on both sides of Γ = J (exact SymPy): for each Γ/J the
    largest m ≥ 0 with e′(m) = 0, e″(m) > 0."""
    out = []
    for g in (sp.Rational(1, 2), sp.Rational(9, 10), sp.Rational(99, 100), sp.Rational(999, 1000),
              sp.Rational(1001, 1000), sp.Rational(101, 100), sp.Rational(11, 10), sp.Rational(3, 2)):
        e = L.ground_energy_per_spin().subs({L.J: 1, L.Gamma: g})
        de, d2 = sp.diff(e, L.m), sp.diff(e, L.m, 2)
        roots = [r for r in sp.solve(de, L.m) if r.is_real and r >= 0]
        minima = [r for r in roots if sp.simplify(d2.subs(L.m, r)) > 0]
        out.append({"g": float(g), "m_min": float(max(minima))})
    return {"instances": out, "details": "exact roots of e′(m) = 0 of Eq. (2) at T → 0 (SymPy)"}


def collective_form_proof():
    """Spin-sum form of Eq. (1) minus its collective form on 3 spins (SymPy; must vanish)."""
    return {"proof": L.collective_form_difference(3), "details": "8×8, symbolic J, Γ, h"}


def bec_coupling_instances():
    """J from matching −(2J/N)J_z² to the two-mode contact interaction, per convention:
    'half' = ½Σ_ij g_ij n_i n_j (the standard one), 'no_half' = Σ_ij g_ij n_i n_j."""
    g11, g12, Jz = sp.symbols("g11 g12 J_z")
    na, nb = L.N / 2 + Jz, L.N / 2 - Jz
    out = []
    for conv, scale in (("half", sp.Rational(1, 2)), ("no_half", 1)):
        H = scale * (g11 * (na**2 + nb**2) + 2 * g12 * na * nb)
        coeff = sp.expand(H).coeff(Jz, 2)
        Jmap = sp.solve(sp.Eq(-2 * sp.Symbol("Jc") / L.N, coeff), sp.Symbol("Jc"))[0]
        out.append({"convention": conv, "ratio": float(sp.simplify(Jmap / (L.N * (g12 - g11))))})
    return {"instances": out}


def free_energy_expression():
    """Eq. (2) from the Hartree decoupling of Eq. (1) (SymPy)."""
    return L.mean_field_free_energy()


def order_parameter_expression():
    """m* of the T → 0 landscape (SymPy)."""
    return L.order_parameter()


def precession_frequency_expression():
    """ω0: the imaginary part of the undamped eigenvalues of the linearised Eq. (8)."""
    G1, G2 = sp.symbols("Gamma_1 Gamma_2", real=True)
    w = [sp.im(e.subs({G1: 0, G2: 0})) for e in L.linearised_eigenvalues()]
    return sp.simplify(max(w, key=lambda e: float(e.subs({L.J: 1, L.m_star: sp.Rational(1, 2)}))))


def mean_field_susceptibility_instances():
    """(J − Γ)χ_MF (J = 1) from the exact χ_MF at Γ/J → 1⁻."""
    chi = L.mean_field_susceptibility()
    gs = [sp.Rational(99, 100), sp.Rational(999, 1000), sp.Rational(9999, 10000), sp.Rational(99999, 100000)]
    scaled = [float(((1 - g) * chi).subs({L.J: 1, L.Gamma: g})) for g in gs]
    return {"instances": [{"g": [float(g) for g in gs], "scaled": scaled}]}


def two_level_susceptibility_expression():
    """χ_eff of H_eff = −Nm*hτᶻ − (ΔE/2)τˣ (SymPy, Hellmann–Feynman)."""
    return L.two_level_susceptibility()


@functools.cache
def _ground_and_resolvent(N: int, g: Fraction):
    """(E0, E1, ⟨E0|J_z(H − E0)⁻¹J_z|E0⟩, ⟨E1|J_z|E0⟩²) from the parity sectors (J = 1)."""
    with mpmath.workdps(DPS):
        blocks = {p: sector_blocks(N, g, p) for p in (+1, -1)}
        lows = {p: sector_eigenpair(d, e, 0, DPS)[0] for p, (d, e, _) in blocks.items()}
        pg = min(lows, key=lambda p: lows[p])
        po = -pg
        d, e, ms = blocks[pg]
        c = inverse_iteration(d, e, lows[pg])
        do, eo, mo = blocks[po]
        amp = dict(zip(ms, c))
        rhs = [mk * amp.get(mk, 0) for mk in mo]          # J_z maps |m, p⟩ → m|m, −p⟩
        x = solve_tridiagonal(do, eo, lows[pg], rhs)
        res = mpmath.fsum(a * b for a, b in zip(rhs, x))
        v1 = inverse_iteration(do, eo, lows[po])
        jz01 = mpmath.fsum(a * b for a, b in zip(rhs, v1))
        return lows[pg], lows[po], res, jz01**2


def susceptibility_exact(N, g):
    """χ = ∂⟨2J_z/N⟩/∂h at h = 0 of the ground state: (8/N)⟨E0|J_z(H − E0)⁻¹J_z|E0⟩ (second
    order in −2hJ_z; the resolvent on the opposite-parity sector, Thomas solve), in 1/J."""
    _, _, res, _ = _ground_and_resolvent(int(N), _frac(g))
    return 8 * res / int(N)


def susceptibility_two_level(N, g):
    """The two-level estimate of Eq. (5), 2Nm*²/ΔE, with the exact ΔE (1/J)."""
    E0, E1, _, _ = _ground_and_resolvent(int(N), _frac(g))
    ms2 = 1 - mpmath.mpf(_frac(g).numerator) ** 2 / mpmath.mpf(_frac(g).denominator) ** 2
    return 2 * int(N) * ms2 / (E1 - E0)


def susceptibility_overestimate(N, g):
    """χ_two-level/χ_exact − 1."""
    return susceptibility_two_level(N, g) / susceptibility_exact(N, g) - 1


def susceptibility_overestimate_without_higher_levels(N, g):
    """χ_two-level/χ_doublet − 1, χ_doublet = (8/N)|⟨E1|J_z|E0⟩|²/ΔE: the exact susceptibility
    with every state above E1 removed from the sum over states (multi-level contributions off)."""
    E0, E1, _, jz01sq = _ground_and_resolvent(int(N), _frac(g))
    chi_doublet = 8 * jz01sq / (int(N) * (E1 - E0))
    return susceptibility_two_level(N, g) / chi_doublet - 1


# --- §3: N = 2 --------------------------------------------------------------------------------

def n2_odd_energy():
    return L.n2_odd_state_energy()


def n2_lower_even_level():
    return L.n2_even_eigenvalues()[0]


def n2_upper_even_level():
    return L.n2_even_eigenvalues()[1]


def n2_tunnel_splitting():
    return L.n2_splitting()


def n2_tunnel_splitting_small_gamma():
    return L.n2_splitting_small_gamma()


_N2_POINTS = [(sp.Rational(a), sp.Rational(b)) for a, b in
              (("1", "1/1000"), ("1", "1/10"), ("1", "1"), ("1", "10"), ("3/2", "7/13"), ("1/5", "3"),
               ("2", "1/100"), ("5/7", "5/7"))]


def n2_ground_parity_instances():
    """Ground level of the N = 2 Hamiltonian and its parity at rational (J, Γ), exact."""
    H = L.n2_hamiltonian()
    out = []
    for Jv, Gv in _N2_POINTS:
        Hn = H.subs({L.J: Jv, L.Gamma: Gv})
        ev = sorted(Hn.eigenvects(), key=lambda t: float(t[0]))
        E0, _, vecs = ev[0]
        v = vecs[0]
        even = sp.simplify(v[0] - v[2]) == 0
        out.append({"J": float(Jv), "Gamma": float(Gv), "E_gs": float(E0),
                    "E_minus_plus_J": float(sp.N(L.n2_even_eigenvalues()[0].subs({L.J: Jv, L.Gamma: Gv}) + Jv, 30)),
                    "gs_even": bool(even)})
    return {"instances": out}


def n2_ground_state_proof():
    """⟨0|GS⟩/⟨s|GS⟩ − tan(φ/2), tan φ = 4Γ/J, from the even block (must vanish)."""
    B, Em = L.n2_even_block(), L.n2_even_eigenvalues()[0]
    ratio = sp.simplify((-B[0, 0] + Em) / B[0, 1])
    phi = sp.atan(4 * L.Gamma / L.J)
    return {"proof": sp.simplify(ratio - sp.sin(phi) / (1 + sp.cos(phi)))}


def n2_pmacro_instances():
    """P_macro = |⟨s|GS⟩|² and cos²(φ/2) at rational Γ/J (exact eigenvectors)."""
    B = L.n2_even_block()
    out = []
    for r in (sp.Rational(1, 10**k) for k in range(1, 6)):
        Bn = B.subs({L.J: 1, L.Gamma: r})
        E0, _, vecs = min(Bn.eigenvects(), key=lambda t: float(t[0]))
        v = vecs[0] / sp.sqrt((vecs[0].T * vecs[0])[0])
        phi = sp.atan(4 * r)
        out.append({"r": float(r), "p": float(sp.N(v[0] ** 2, 30)), "cos2": float(sp.N(sp.cos(phi / 2) ** 2, 30))})
    return {"instances": out}


def n2_spectrum_proof():
    """det(H − λ) at λ = −J, ½(−J ± √(J² + 16Γ²)): all three vanish (the closed-form spectrum)."""
    lam = sp.Symbol("lam")
    cp = (L.n2_hamiltonian() - lam * sp.eye(3)).det()
    R = sp.sqrt(L.J**2 + 16 * L.Gamma**2)
    roots = [-L.J, (-L.J - R) / 2, (-L.J + R) / 2]
    return {"proof": sp.Matrix([sp.expand(cp.subs(lam, r)) for r in roots])}


# --- §4: Bloch equations, Fokker–Planck ----------------------------------------------------------

def bloch_instances():
    """(ṁx, ṁy, ṁz) of the mean-field commutator (SymPy) at rational points (exact)."""
    rhs = L.bloch_rhs()
    mx, my, mz = sp.symbols("m_x m_y m_z", real=True)
    pts = [("1/3", "-2/5", "3/7", "1", "1/2", "1/10"), ("-1", "1/2", "1/4", "2", "3/2", "-1/3"),
           ("0", "1", "-1", "1/7", "5", "2"), ("2/9", "0", "4/5", "3", "1/9", "0")]
    out = []
    for p in pts:
        a, b, c, Jv, Gv, hv = (sp.Rational(x) for x in p)
        sub = {mx: a, my: b, mz: c, L.J: Jv, L.Gamma: Gv, L.h: hv}
        out.append({"m": (float(a), float(b), float(c)), "J": float(Jv), "Gamma": float(Gv), "h": float(hv),
                    "rhs": tuple(float(rhs[k].subs(sub)) for k in ("x", "y", "z"))})
    return {"instances": out}


def bloch_invariants_proof():
    """d|m|²/dt and de/dt along the mean-field equations (SymPy; must vanish)."""
    return {"proof": sp.Matrix(list(L.bloch_invariants_rates()))}


def einstein_relation_proof():
    """Flux of Eq. (9) for P ∝ e^{−Nf/T} with D = Γ_eff T/N (SymPy; must vanish)."""
    Geff = sp.Symbol("Gamma_eff", positive=True)
    return {"proof": L.stationary_flux(Geff * L.T / L.N)}


def stationary_ratio_instances(N, g, J, T_nK):
    """ln[P(m+)/P(m−)] = N[f(−m*) − f(m*)]/T of Eq. (2) at small and finite h against 2Nm*h/T
    (m± ≡ ±m*, as the text defines them; 30 digits)."""
    f = _f_mp()
    out = []
    with mpmath.workdps(DPS):
        T = _kt_rad(T_nK) / mpmath.mpf(J)
        G = mpmath.mpf(_frac(g).numerator) / _frac(g).denominator
        ms = mpmath.sqrt(1 - G**2)
        for h in ("1e-5", "1e-4", "3e-4", "3e-3", "1e-2", "3e-2"):
            hv = mpmath.mpf(h)
            lr = int(N) * (f(-ms, 1, G, T, hv) - f(ms, 1, G, T, hv)) / T
            out.append({"h": float(hv), "log_ratio": float(lr), "linear": float(2 * int(N) * ms * hv / T)})
    return {"instances": out}


# --- §6 Remark 5, App. H -----------------------------------------------------------------------

def local_rate_expression():
    """1/(γ T2_local) = N(1 + m*²) (Eq. (57), spin-coherent states)."""
    return L.local_rate_total()


def local_rate_polarised_expression():
    """Eq. (57) at m* → 1."""
    return sp.limit(L.local_rate_total(), sp.Symbol("m_star", positive=True), 1)


def collective_rate_expression():
    """Γ_coll/γ for J_z → ±Nm*/2 (Eqs. (58)–(59))."""
    return L.collective_rate_mean_field()


def t2_local_ms(N, g, gamma_phi):
    """T2_local = 1/(γ N(1 + m*²)) in ms, m*² = 1 − (Γ/J)² (exact rationals)."""
    rate = L.local_rate_total().subs({sp.Symbol("N", positive=True): int(N),
                                      sp.Symbol("m_star", positive=True): sp.sqrt(1 - _rat(g) ** 2)})
    return sp.nsimplify(1000 / (_rat(gamma_phi) * rate))


def cross_term_instances(N, g):
    """The A → B factor Γ_coll/Γ_phys split into the cross-term factor (the cross-term removed
    alone, coherent states) and the rest; with the eigenstate cross-term ⟨E0|J_z|E0⟩⟨E1|J_z|E1⟩
    (zero by parity) relative to Γ_phys."""
    cross = mpmath.mpf(sp.N(L.cross_term_factor(N, g), DPS))
    ratio = L.level_ab_ratio(N, g)
    mdl = L.nlevel_model_mp(int(N), _frac(g), 2)
    gphys = (mdl["Jz2"][0][0] + mdl["Jz2"][1][1]) / 2
    eig_cross = abs(mdl["Jz"][0][0] * mdl["Jz"][1][1]) / gphys
    return {"instances": [{"cross": float(cross), "rest": float(ratio / cross), "ratio": float(ratio),
                           "eigen_cross": float(eig_cross)}]}


def finite_temperature_shift(g, J, T_nK):
    """|m_T − m*|/m*: the minimiser of Eq. (2) at T (root of f′, 40 digits) against m* = √(1 − g²)."""
    with mpmath.workdps(40):  # the shift is ~e^{−2J/T} ≈ 1e-25: below double precision
        T = _kt_rad(T_nK) / mpmath.mpf(J)
        _, mT = _barrier_per_spin(g, T)
        G = mpmath.mpf(_frac(g).numerator) / _frac(g).denominator
        ms = mpmath.sqrt(1 - G**2)
        return {"instances": [{"T_over_J": float(T), "shift_rel": float(abs(mT - ms) / ms)}]}


def level_gap_ratio(N, g, k=2):
    """ΔE_k0/ΔE_10 from the lowest k + 1 levels (30-digit parity sectors)."""
    E = L.nlevel_energies_mp(int(N), _frac(g), k + 1)
    with mpmath.workdps(DPS):
        return (E[k] - E[0]) / (E[1] - E[0])


@functools.cache
def _splitting_mp(N: int, g: Fraction, dps: int = 20):
    """ΔE/J: lowest eigenvalue of each parity sector by Sturm bisection (no eigenvectors)."""
    from derive.lmg_mp import bisect_eigenvalue

    with mpmath.workdps(dps):
        lows = []
        for p in (+1, -1):
            d, e, _ = sector_blocks(N, g, p)
            e2 = [x * x for x in e]
            r = max(abs(x) for x in d) + 2 * max(abs(x) for x in e)
            lows.append(bisect_eigenvalue(d, e2, 0, -r, r, r * mpmath.mpf(10) ** (-(dps - 6))))
        return abs(lows[0] - lows[1])


def goldilocks_window(g, J, T_nK):
    """The even-N window k_BT ≤ ΔE(N) ≤ 3k_BT of §9.2 (the definition Remark 6 refers to):
    smallest even N with ΔE ≤ 3k_BT and largest even N with ΔE ≥ k_BT.  ln ΔE is nearly linear
    in N (Eq. (10)): regula falsi on ln ΔE over even N, then the bracket is closed on integers
    (20-digit Sturm bisection of the parity sectors; ΔE decreases with N in the ordered phase)."""
    kt = _kt_rad(T_nK) / mpmath.mpf(J)
    gf = _frac(g)

    def ln_dE(half):
        return mpmath.log(_splitting_mp(2 * half, gf))

    def first_below(level, lo=20, hi=100):
        target = mpmath.log(level)
        flo, fhi = ln_dE(lo) - target, ln_dE(hi) - target
        if flo <= 0:
            raise ValueError("ΔE(40) is already below the level")
        while fhi > 0:  # widen the bracket upwards (N ≤ 3200)
            if hi >= 1600:
                raise ValueError("ΔE(N) stays above the level up to N = 3200")
            lo, flo, hi = hi, fhi, 2 * hi
            fhi = ln_dE(hi) - target
        while hi - lo > 1:
            guess = lo + int(mpmath.floor(flo / (flo - fhi) * (hi - lo)))
            for mid in (min(max(guess, lo + 1), hi - 1), min(max(guess + 1, lo + 1), hi - 1)):
                fm = ln_dE(mid) - target
                if fm > 0:
                    lo, flo = mid, fm
                else:
                    hi, fhi = mid, fm
                if hi - lo <= 1:
                    break
        return hi

    n_lo = 2 * first_below(3 * kt)
    n_hi = 2 * (first_below(kt) - 1)
    return {"instances": [{"n_lo": n_lo, "n_hi": n_hi}],
            "details": f"k_BT ≤ ΔE ≤ 3k_BT for even N in [{n_lo}, {n_hi}]"}
