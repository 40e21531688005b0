"""Numerical checks for the objective-quantum-thermalization paper (paper key ``oqt``).

Independent of :mod:`derive.oqt`: the master equations are integrated by
exponentiating Liouvillians assembled channel by channel (never the closed-form
reset solution), the stochastic equations are simulated (:mod:`numerics.sse`),
and universal statements are attacked by seeded or derandomised
counterexample searches (hypothesis ``find`` with ``derandomize=True``, or
exhaustive enumeration in a stated order, which returns the smallest case).

Conventions: ħ = 1 and α𝒩 = 1 unless stated; energy basis; L_μν = |μ⟩⟨ν|.

References
----------
A. Mukherjee, arXiv:2504.16197 (manuscript ``001_72cbdd6588fdbaef.txt``), Eqs. (1)–(8).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from functools import cache

import numpy as np
import scipy.linalg as sla
from hypothesis import HealthCheck, find, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from numerics import sse

SEARCH = settings(
    derandomize=True,
    database=None,
    max_examples=300,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


# ---------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------


def window_chi(E: np.ndarray, p: np.ndarray, tol: float = 1e-12) -> np.ndarray:
    """Window rule of Eq. (5): uniform weight on levels with |E_μ − E| ≤ √V (floating point)."""
    E, p = np.asarray(E, float), np.asarray(p, float)
    m = p @ E
    s = np.sqrt(max(p @ E**2 - m**2, 0.0))
    inside = np.abs(E - m) <= s + tol
    return inside / inside.sum()


def eq2_channels(J: np.ndarray) -> list[sse.Channel]:
    """Eq. (2) as a list of GKSL channels L_μν = |μ⟩⟨ν| with rates J[μ, ν] (zero rates dropped)."""
    d = J.shape[0]
    out = []
    for mu, nu in itertools.product(range(d), repeat=2):
        if J[mu, nu] != 0:
            L = np.zeros((d, d), complex)
            L[mu, nu] = 1
            out.append(sse.Channel(L, np.sqrt(J[mu, nu]), float(J[mu, nu])))
    return out


def eq6_liouvillian(E: np.ndarray, chi: np.ndarray, rate: float = 1.0) -> np.ndarray:
    """Eq. (6) via Eq. (2) with J^{μν} = rate·χ_μ, assembled channel by channel."""
    d = len(E)
    return sse.liouvillian(
        np.diag(np.asarray(E, float)).astype(complex),
        eq2_channels(rate * np.repeat(np.asarray(chi, float)[:, None], d, 1)),
    )


def evolve(sup: np.ndarray, rho0: np.ndarray, t: float) -> np.ndarray:
    d = rho0.shape[0]
    return (sla.expm(sup * t) @ rho0.reshape(-1, order="F")).reshape(d, d, order="F")


def entropy(rho: np.ndarray) -> float:
    w = np.linalg.eigvalsh((rho + rho.conj().T) / 2)
    w = w[w > 1e-15]
    return float(-(w * np.log(w)).sum())


def random_state(d: int, rng: np.random.Generator, rank: int | None = None) -> np.ndarray:
    """Random density matrix of the given rank (full rank by default)."""
    r = d if rank is None else rank
    G = rng.standard_normal((d, r)) + 1j * rng.standard_normal((d, r))
    rho = G @ G.conj().T
    return rho / np.trace(rho).real


def random_hermitian(d: int, rng: np.random.Generator) -> np.ndarray:
    G = rng.standard_normal((d, d)) + 1j * rng.standard_normal((d, d))
    return (G + G.conj().T) / 2


def _fmt(x) -> str:
    return np.array2string(np.asarray(x), precision=4, suppress_small=True, separator=", ")


# ---------------------------------------------------------------------------
# Stochastic simulation of Eq. (1): norm and ensemble vs master equation
# ---------------------------------------------------------------------------

SIM_SEED = 20250422
SIM = dict(t_final=1.0, dt=2e-3, n_traj=3000)


@cache
def eq1_model() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """3 levels E = (0, 1, 2), generic seeded couplings J^{μν} ∈ [0.2, 1], a seeded initial state."""
    rng = np.random.default_rng(SIM_SEED)
    J = rng.uniform(0.2, 1.0, (3, 3))
    psi0 = rng.standard_normal(3) + 1j * rng.standard_normal(3)
    return np.diag([0.0, 1.0, 2.0]).astype(complex), J, psi0 / np.linalg.norm(psi0)


@cache
def eq1_ensembles(D_scale: float = 1.0):
    """Fine/coarse Euler–Maruyama ensembles of Eq. (1) with D^{μν} = D_scale·√J^{μν}."""
    H, J, psi0 = eq1_model()
    tr = sse.Transitions(J, D_scale * np.sqrt(J))
    return sse.simulate(H, [], psi0, seed=SIM_SEED, transitions=tr, **SIM)


@dataclass(frozen=True)
class NormDrift:
    mean: float  # extrapolated E[N(T)] − 1
    se: float
    rms_fine: float  # pathwise rms of N(T) − 1 at dt
    rms_coarse: float  # at 2·dt
    violated_mean: float  # with D² = J/2 (FDR violated)
    violated_se: float


@cache
def norm_drift_by_simulation() -> NormDrift:
    """Norm drift of Eq. (1) along simulated trajectories, with and without the FDR."""
    f, c = eq1_ensembles(1.0)
    m, se = sse.extrapolated(f.norms[-1], c.norms[-1])
    fv, cv = eq1_ensembles(float(np.sqrt(0.5)))
    mv, sev = sse.extrapolated(fv.norms[-1], cv.norms[-1])
    rms = lambda e: float(np.sqrt(np.mean((e.norms[-1] - 1) ** 2)))
    return NormDrift(float(m - 1), float(se), rms(f), rms(c), float(mv - 1), float(sev))


@cache
def eq1_vs_master() -> list[sse.Comparison]:
    """Extrapolated E[|ψ⟩⟨ψ|] of Eq. (1) against Eq. (2) integrated by its Liouvillian."""
    H, J, _ = eq1_model()
    f, c = eq1_ensembles(1.0)
    return sse.compare_with_master(f, c, H, eq2_channels(J))


def norm_increment_one_step(psi: np.ndarray, L: np.ndarray, J: float, D: float) -> float:
    """E[ΔN]/dt of one Euler–Maruyama step of a single channel of Eq. (1), dt → 0.

    The step ψ → ψ + a dt + b dW is quadratic in the Gaussian dW, so its exact
    mean is 2Re⟨ψ|a⟩dt + |b|²dt + |a|²dt²; the dt → 0 rate is 2Re⟨ψ|a⟩ + |b|².
    """
    n = np.vdot(psi, psi).real
    ell = np.vdot(psi, L @ psi) / n
    a = J * (np.conj(ell) * (L @ psi) - 0.5 * (L.conj().T @ L @ psi) - 0.5 * abs(ell) ** 2 * psi)
    b = D * (L @ psi - ell * psi)
    return float(2 * np.vdot(psi, a).real + np.vdot(b, b).real)


@cache
def fdr_roots_by_root_finding(n_cases: int = 30, seed: int = 7) -> np.ndarray:
    """D*²/J where D* solves E[dN] = 0 for random states, channels and couplings."""
    from scipy.optimize import brentq

    rng = np.random.default_rng(seed)
    ratios = []
    for _ in range(n_cases):
        d = int(rng.integers(2, 5))
        psi = rng.standard_normal(d) + 1j * rng.standard_normal(d)
        mu, nu = rng.integers(0, d, 2)
        L = np.zeros((d, d), complex)
        L[mu, nu] = 1  # the variance of L is non-zero for a generic ψ, so the root is simple
        J = float(rng.uniform(0.1, 10))
        Dstar = brentq(
            lambda D, psi=psi, L=L, J=J: norm_increment_one_step(psi, L, J, D),
            1e-6,
            1e3,
            xtol=1e-14,
        )
        ratios.append(Dstar**2 / J)
    return np.array(ratios)


@cache
def fdr_scaling_exponent(seed: int = 11) -> float:
    """Slope of log D* against log 𝒩 when J = 𝒩·J₀, D* from E[dN] = 0 (root finding)."""
    from scipy.optimize import brentq

    rng = np.random.default_rng(seed)
    psi = rng.standard_normal(3) + 1j * rng.standard_normal(3)
    L = np.zeros((3, 3), complex)
    L[0, 2] = 1
    Ns = np.array([1.0, 10.0, 100.0, 1000.0])
    Ds = [
        brentq(lambda D, n=n: norm_increment_one_step(psi, L, 0.3 * n, D), 1e-8, 1e4, xtol=1e-14)
        for n in Ns
    ]
    return float(np.polyfit(np.log(Ns), np.log(Ds), 1)[0])


# ---------------------------------------------------------------------------
# Entropy under Eq. (6) with the window rule: derandomised counterexample search
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EntropyCase:
    spectrum: tuple
    weights: tuple  # integer weights of the initial populations (or |amplitudes|²)
    pure: bool
    t: float

    def rho0(self) -> np.ndarray:
        p = np.array(self.weights, float) / sum(self.weights)
        if self.pure:
            psi = np.sqrt(p)
            return np.outer(psi, psi).astype(complex)
        return np.diag(p).astype(complex)

    def describe(self) -> str:
        p = [f"{w}/{sum(self.weights)}" for w in self.weights]
        if self.pure:
            amps = " + ".join(f"√({q})|{i}⟩" for i, q in enumerate(p) if q[0] != "0")
            state = f"pure ψ0 = {amps}"
        else:
            state = f"mixed ρ0 = diag({', '.join(p)})"
        return f"spectrum {self.spectrum}, {state}"


ENTROPY_DT = 1e-3


def entropy_step(case: EntropyCase) -> tuple[np.ndarray, float, float]:
    """χ (window rule from ρ0) and S at t and t + dt under Eq. (6) integrated numerically."""
    rho0 = case.rho0()
    chi = window_chi(np.array(case.spectrum, float), np.diag(rho0).real)
    sup = eq6_liouvillian(np.array(case.spectrum, float), chi)
    s0 = entropy(evolve(sup, rho0, case.t))
    s1 = entropy(evolve(sup, rho0, case.t + ENTROPY_DT))
    return chi, s0, s1


@st.composite
def entropy_cases(draw, pure_only: bool = True) -> EntropyCase:
    """Spectra of 2–3 distinct small integers, integer weights, t on a grid.

    With ``pure_only`` the ensemble consists of identically prepared pure members
    |ψ0⟩ (the paper's setting, where the window rule is unambiguous); otherwise
    mixed diagonal ρ0 are drawn too, with the window taken from ρ0.
    """
    d = draw(st.integers(2, 3))
    spectrum = tuple(sorted(draw(st.lists(st.integers(0, 4), min_size=d, max_size=d, unique=True))))
    pure = True if pure_only else draw(st.booleans())
    weights = tuple(draw(st.lists(st.integers(0 if pure else 1, 4), min_size=d, max_size=d)))
    if sum(weights) == 0:
        weights = (1,) + weights[1:]
    t = draw(st.sampled_from([0.0, 0.5, 1.0, 2.0]))
    return EntropyCase(spectrum, weights, pure, t)


def entropy_decreases(case: EntropyCase) -> bool:
    _, s0, s1 = entropy_step(case)
    return s1 < s0 - 1e-9


@cache
def entropy_counterexample() -> tuple[EntropyCase | None, str]:
    """Smallest (after shrinking) case where the ensemble entropy decreases under Eq. (6)."""
    try:
        case = find(entropy_cases(), entropy_decreases, settings=SEARCH)
    except NoSuchExample:
        return None, "no decrease found in 300 derandomised examples"
    chi, s0, s1 = entropy_step(case)
    return case, (
        f"{case.describe()}; window rule gives χ_E = diag{_fmt(chi)}; with α𝒩/ħ = 1, "
        f"S(t = {case.t:g}) = {s0:.6f} > S(t + {ENTROPY_DT:g}) = {s1:.6f} "
        f"(Eq. (6) integrated by its Liouvillian; hypothesis find, derandomize=True)"
    )


def entropy_rate_cases_search(predicate) -> tuple[EntropyCase | None, str]:
    """Derandomised search for an ensemble state ρ(t) (pure members at t = 0) satisfying
    ``predicate(case, χ, Ṡ, S)`` at time ``case.t``."""

    def pred(case):
        chi, s0, s1 = entropy_step(case)
        return predicate(case, chi, (s1 - s0) / ENTROPY_DT, s0)

    try:
        case = find(entropy_cases(), pred, settings=SEARCH)
    except NoSuchExample:
        return None, "none found"
    chi, s0, s1 = entropy_step(case)
    D = int(round(1 / chi.max()))
    return case, (
        f"{case.describe()}; χ_E = diag{_fmt(chi)} (D = {D}, H_χ = log D = {np.log(D):.6f}); "
        f"at t = {case.t:g}: S = {s0:.6f}, Ṡ ≈ {(s1 - s0) / ENTROPY_DT:.6f} (finite difference, "
        "dt = "
        f"{ENTROPY_DT:g}; hypothesis find, derandomize=True)"
    )


def pure_member_entropy_path(
    E=(0.0, 1.0), p=(2 / 3, 1 / 3), times=(0.0, 1.0, 2.0, 8.0)
) -> list[float]:
    """S(t) of the ensemble started in the pure state √p (window rule), Eq. (6) integrated numerically."""
    psi = np.sqrt(np.array(p))
    rho0 = np.outer(psi, psi).astype(complex)
    chi = window_chi(np.array(E), np.array(p))
    sup = eq6_liouvillian(np.array(E), chi)
    return [entropy(evolve(sup, rho0, t)) for t in times]


# ---------------------------------------------------------------------------
# Itô convention, Schrödinger limit
# ---------------------------------------------------------------------------


@cache
def wiener_increment_moments(dt: float = 1e-3, n: int = 200_000, seed: int = 3) -> dict:
    """Sample moments of two independent increments dW, dW' ~ N(0, dt) (seeded)."""
    rng = np.random.default_rng(seed)
    w = rng.standard_normal((n, 2)) * np.sqrt(dt)
    sq, cross = w[:, 0] ** 2 / dt, w[:, 0] * w[:, 1] / dt
    return {
        "sq": sq.mean(),
        "se_sq": sq.std(ddof=1) / np.sqrt(n),
        "cross": cross.mean(),
        "se_cross": cross.std(ddof=1) / np.sqrt(n),
        "mean": w[:, 0].mean() / np.sqrt(dt),
        "n": n,
        "seed": seed,
    }


def schrodinger_limit_by_simulation(seed: int = 5) -> float:
    """max |ψ_EM(T) − e^{−iHT}ψ0| for Eq. (1) with all dĜ = 0 (Euler–Maruyama, dt = 1e-4)."""
    rng = np.random.default_rng(seed)
    H = random_hermitian(3, rng)
    psi0 = rng.standard_normal(3) + 1j * rng.standard_normal(3)
    psi0 /= np.linalg.norm(psi0)
    f, c = sse.simulate(H, [], psi0, 1.0, 1e-4, 2, seed)
    exact = sla.expm(-1j * H) @ psi0
    return float(np.abs(2 * f.psi[-1, 0] - c.psi[-1, 0] - exact).max())


# ---------------------------------------------------------------------------
# Constraints on Eq. (2): numerical checks at seeded random points
# ---------------------------------------------------------------------------


def _apply(sup: np.ndarray, rho: np.ndarray) -> np.ndarray:
    d = rho.shape[0]
    return (sup @ rho.reshape(-1, order="F")).reshape(d, d, order="F")


@cache
def constraint_residuals(n: int = 40, seed: int = 17) -> dict:
    """Largest deviations of the paper's Ĉ_χ, C_E and ansatz forms from the Liouvillian of Eq. (2)."""
    rng = np.random.default_rng(seed)
    worst = dict(C_chi=0.0, C_E=0.0, ansatz_chi=0.0, ansatz_E=0.0, eq3=0.0, eq4=0.0)
    for _ in range(n):
        d = int(rng.integers(2, 6))
        J = rng.uniform(0, 2, (d, d))
        chi = rng.dirichlet(np.ones(d))
        E = rng.normal(size=d)
        rho = random_state(d, rng)
        sup = sse.liouvillian(np.zeros((d, d), complex), eq2_channels(J))
        C = sum(
            J[m, v] * chi[v] * (np.diag(np.eye(d)[m]) - np.diag(np.eye(d)[v]))
            for m in range(d)
            for v in range(d)
        )
        worst["C_chi"] = max(worst["C_chi"], np.abs(_apply(sup, np.diag(chi)) - C).max())
        rate = np.trace(np.diag(E) @ _apply(sup, rho)).real
        CE = sum(J[m, v] * rho[v, v].real * (E[m] - E[v]) for m in range(d) for v in range(d))
        worst["C_E"] = max(worst["C_E"], abs(rate - CE))
        A, B = rng.uniform(0.1, 2, d), rng.uniform(0.1, 2, d)
        supAB = sse.liouvillian(np.zeros((d, d), complex), eq2_channels(np.outer(A, B)))
        form_chi = sum(
            A[m] * chi[v] * B[v] * (np.diag(np.eye(d)[m]) - np.diag(np.eye(d)[v]))
            for m in range(d)
            for v in range(d)
        )
        worst["ansatz_chi"] = max(
            worst["ansatz_chi"], np.abs(_apply(supAB, np.diag(chi)) - form_chi).max()
        )
        form_E = sum(
            A[m] * B[v] * (E[m] - E[v]) * rho[v, v].real for m in range(d) for v in range(d)
        )
        rateAB = np.trace(np.diag(E) @ _apply(supAB, rho)).real
        worst["ansatz_E"] = max(worst["ansatz_E"], abs(rateAB - form_E))
        sup1 = sse.liouvillian(np.zeros((d, d), complex), eq2_channels(np.outer(A, np.ones(d))))
        Z = A.sum()
        worst["eq3"] = max(
            worst["eq3"], np.abs(np.diag(_apply(sup1, np.diag(chi))).real - Z * (A / Z - chi)).max()
        )
        rate1 = np.trace(np.diag(E) @ _apply(sup1, rho)).real
        worst["eq4"] = max(worst["eq4"], abs(rate1 - Z * (E @ A / Z - E @ np.diag(rho).real)))
    worst.update(n=n, seed=seed)
    return worst


@cache
def nonconstant_b_search() -> tuple[tuple, float, float]:
    """Exhaustive search (lexicographic) over B ∈ {1, 2, 3}³, spectrum (0, 1, 2), χ uniform,
    J^{μν} = χ_μB^μB^ν: first non-constant B with χ stationary and dE/dt = 0 on the energy shell.

    Returns (B, |L(χ)|_max, max |dE/dt| over 20 seeded random states with Tr[ρH] = Tr[χH]).
    """
    E = np.array([0.0, 1.0, 2.0])
    chi = np.ones(3) / 3
    rng = np.random.default_rng(23)
    shell = []
    while len(shell) < 20:  # states with ⟨H⟩ = 1: mix a random state with its reflection
        r = random_state(3, rng)
        refl = r[::-1, ::-1]
        shell.append((r + refl) / 2)
    for B in itertools.product((1, 2, 3), repeat=3):
        if len(set(B)) == 1:
            continue
        J = chi[:, None] * np.outer(B, B)
        sup = sse.liouvillian(np.diag(E).astype(complex), eq2_channels(J))
        stat = np.abs(_apply(sup, np.diag(chi).astype(complex))).max()
        dE = max(abs(np.trace(np.diag(E) @ _apply(sup, r)).real) for r in shell)
        if stat < 1e-12 and dE < 1e-12:
            return B, float(stat), float(dE)
    return (), np.nan, np.nan


@cache
def energy_off_shell_rate(seed: int = 29) -> tuple[float, float]:
    """With B = 1 (J^{μν} = χ_μ), dE/dt for a state with Tr[ρH] ≠ Tr[χH], and for one on the shell."""
    rng = np.random.default_rng(seed)
    E = np.array([0.0, 1.0, 2.0])
    chi = np.array([0.2, 0.5, 0.3])
    sup = eq6_liouvillian(E, chi)
    off = random_state(3, rng)
    on = np.diag(chi).astype(complex) + 0.1 * np.array([[0, 1, 0], [1, 0, 0], [0, 0, 0]])
    rate = lambda r: float(np.trace(np.diag(E) @ _apply(sup, r)).real)
    return rate(off), rate(on)


@cache
def energy_after_integration(
    E=(0.0, 1.0, 2.0), chi=(0.2, 0.5, 0.3), times=(0.5, 2.0, 10.0)
) -> list[float]:
    """E(t) − E(0) for a state starting on the shell Tr[ρH] = Tr[χH] (B = 1), integrated numerically."""
    rng = np.random.default_rng(31)
    E, chi = np.array(E), np.array(chi)
    # a pure state with the populations of χ: on the shell, far from χ
    psi = np.sqrt(chi) * np.exp(1j * rng.uniform(0, 2 * np.pi, 3))
    rho0 = np.outer(psi, psi.conj())
    sup = eq6_liouvillian(E, chi)
    e0 = np.trace(np.diag(E) @ rho0).real
    return [float(np.trace(np.diag(E) @ evolve(sup, rho0, t)).real - e0) for t in times]


# ---------------------------------------------------------------------------
# Canonical and microcanonical choices
# ---------------------------------------------------------------------------


def canonical_beta(E: np.ndarray, target: float) -> float:
    """β with ⟨H⟩_β = target by bracketing root finding (β may be negative)."""
    from scipy.optimize import brentq

    def mean(b):
        w = np.exp(-b * (E - E.min()) if b >= 0 else -b * (E - E.max()))
        return w @ E / w.sum() - target

    return brentq(mean, -200.0, 200.0, xtol=1e-13)


@cache
def canonical_existence_search(n: int = 200, seed: int = 37) -> int:
    """Number of seeded random (spectrum, energy in (E_min, E_max)) pairs with no finite β."""
    from scipy.optimize import brentq  # noqa: F401  (root finding inside canonical_beta)

    rng = np.random.default_rng(seed)
    missing = 0
    for _ in range(n):
        E = np.sort(rng.normal(size=int(rng.integers(2, 7))))
        target = rng.uniform(E.min() + 1e-3, E.max() - 1e-3)
        try:
            canonical_beta(E, target)
        except ValueError:
            missing += 1
    return missing


def canonical_eigenstate_report(E=(0.0, 1.0, 2.0)) -> list[tuple[int, float | None, float]]:
    """For each eigenstate |i⟩: β matching E_i (None if no finite β) and the population left in |i⟩
    after t = 5 under Eq. (6) with χ = χ_β (numerical integration)."""
    E = np.array(E)
    out = []
    for i, e in enumerate(E):
        try:
            b = canonical_beta(E, e)
            if abs(b) > 199:  # the bracket's end: only the limit β → ±∞ reaches this energy
                raise ValueError("infinite β")
            w = np.exp(-b * (E - E.min()))
            chi = w / w.sum()
        except ValueError:
            b, chi = None, np.eye(len(E))[i]  # the limit β → ±∞
        rho = evolve(eq6_liouvillian(E, chi), np.diag(np.eye(len(E))[i]).astype(complex), 5.0)
        out.append((i, b, float(rho[i, i].real)))
    return out


@cache
def microcanonical_eigenstate_stability(n: int = 50, seed: int = 41) -> float:
    """Largest ‖ρ(t) − |i⟩⟨i|‖ for non-degenerate eigenstates under Eq. (6) + window rule."""
    rng = np.random.default_rng(seed)
    worst = 0.0
    for _ in range(n):
        d = int(rng.integers(2, 6))
        E = np.sort(rng.normal(size=d))
        i = int(rng.integers(0, d))
        p = np.eye(d)[i]
        chi = window_chi(E, p)
        rho = evolve(
            eq6_liouvillian(E, chi), np.diag(p).astype(complex), float(rng.uniform(0.1, 10))
        )
        worst = max(worst, float(np.abs(rho - np.diag(p)).max()))
    return worst


@cache
def window_moment_search() -> dict:
    """Exhaustive search over spectra {0..3}^d (d = 2, 3, distinct, sorted) and integer amplitude
    weights in {0..3}: first pure state whose window χ_E changes the mean energy, and first whose χ_E
    keeps the mean but changes the variance.  Moments after t = 30 of Eq. (6) integrated numerically."""
    found: dict = {}
    for d in (2, 3):
        for spec in itertools.combinations(range(4), d):
            for w in itertools.product(range(4), repeat=d):
                if sum(w) == 0 or ("energy" in found and "variance" in found):
                    continue
                E, p = np.array(spec, float), np.array(w, float) / sum(w)
                m, V = p @ E, p @ E**2 - (p @ E) ** 2
                psi = np.sqrt(p)
                chi = window_chi(E, p)
                rho = evolve(eq6_liouvillian(E, chi), np.outer(psi, psi).astype(complex), 30.0)
                q = np.diag(rho).real
                m1, V1 = q @ E, q @ E**2 - (q @ E) ** 2
                if "energy" not in found and abs(m1 - m) > 1e-6:
                    found["energy"] = (spec, w, m, m1, chi)
                if "variance" not in found and abs(m1 - m) < 1e-9 and abs(V1 - V) > 1e-6:
                    found["variance"] = (spec, w, V, V1, chi)
    return found


def describe_pure(spec, w) -> str:
    s = sum(w)
    amps = " + ".join(f"√({x}/{s})|{i}⟩" for i, x in enumerate(w) if x)
    return f"spectrum {tuple(spec)}, ψ0 = {amps}"


# ---------------------------------------------------------------------------
# Eq. (5)–(6): generator, distances, recurrences, relative entropy
# ---------------------------------------------------------------------------


def eq6_as_written(E: np.ndarray, chi: np.ndarray, a: float, Nn: float, hbar: float) -> np.ndarray:
    """Superoperator of Eq. (6) exactly as printed: ħρ̇ = −i[H, ρ] + α𝒩(Σχ_μ LρL† − ρ)."""
    d = len(E)
    eye = np.eye(d)
    H = np.diag(E).astype(complex)
    sup = -1j * (np.kron(eye, H) - np.kron(H.T, eye))
    # vec(LρL†) = (L̄ ⊗ L) vec ρ with L = |μ⟩⟨ν| real: L̄ = L
    jump = sum(chi[m] * np.kron(_L(m, v, d), _L(m, v, d)) for m in range(d) for v in range(d))
    return (sup + a * Nn * (jump - np.eye(d * d))) / hbar


def _L(m: int, v: int, d: int) -> np.ndarray:
    L = np.zeros((d, d))
    L[m, v] = 1
    return L


@cache
def eq6_vs_eq2_difference(n: int = 20, seed: int = 43) -> float:
    """max |Eq. (2) with J^{μν} = (α𝒩/ħ)χ_μ  −  Eq. (6) as printed| over seeded random inputs."""
    rng = np.random.default_rng(seed)
    worst = 0.0
    for _ in range(n):
        d = int(rng.integers(2, 5))
        E, chi = rng.normal(size=d), rng.dirichlet(np.ones(d))
        a, Nn, hbar = rng.uniform(0.1, 3, 3)
        sup2 = sse.liouvillian(
            np.diag(E).astype(complex) / hbar,
            eq2_channels(a * Nn / hbar * np.repeat(chi[:, None], d, 1)),
        )
        worst = max(worst, float(np.abs(sup2 - eq6_as_written(E, chi, a, Nn, hbar)).max()))
    return worst


def distance_decay_rates(
    alpha: float, N: float, hbar: float, seed: int = 47
) -> tuple[float, float]:
    """Fitted decay rates of D_χ = Tr[(ρ−χ)²] and of the trace distance ½‖ρ−χ‖₁ under Eq. (6)."""
    rng = np.random.default_rng(seed)
    d = 3
    E = rng.normal(size=d)
    chi = rng.dirichlet(np.ones(d))
    rho0 = random_state(d, rng)
    sup = eq6_as_written(E, chi, alpha, N, hbar)
    t1, t2 = 0.0, 0.7 * hbar / (alpha * N)
    X = np.diag(chi)
    r1, r2 = evolve(sup, rho0, t1), evolve(sup, rho0, t2)
    hs = lambda r: np.trace((r - X) @ (r - X)).real
    tr = lambda r: 0.5 * np.abs(np.linalg.eigvalsh(r - X)).sum()
    return (float(np.log(hs(r1) / hs(r2)) / (t2 - t1)), float(np.log(tr(r1) / tr(r2)) / (t2 - t1)))


@cache
def distance_exponential_check(n: int = 20, seed: int = 53) -> float:
    """max over seeded cases and t ∈ (0, 5] of |D_χ(t)/(D_χ(0)e^{−2t}) − 1| (α𝒩/ħ = 1)."""
    rng = np.random.default_rng(seed)
    worst = 0.0
    for _ in range(n):
        d = int(rng.integers(2, 5))
        E, chi, rho0 = rng.normal(size=d), rng.dirichlet(np.ones(d)), random_state(d, rng)
        sup = eq6_liouvillian(E, chi)
        X = np.diag(chi)
        D0 = np.trace((rho0 - X) @ (rho0 - X)).real
        for t in (0.3, 1.0, 2.5, 5.0):
            r = evolve(sup, rho0, t)
            worst = max(worst, abs(np.trace((r - X) @ (r - X)).real / (D0 * np.exp(-2 * t)) - 1))
    return worst


@cache
def recurrence_search(n: int = 20, seed: int = 59) -> float:
    """min over seeded cases and t ∈ [1, 200] of ‖ρ(t) − ρ0‖_HS / ‖ρ0 − χ‖_HS (α𝒩/ħ = 1)."""
    rng = np.random.default_rng(seed)
    best = np.inf
    for _ in range(n):
        d = int(rng.integers(2, 5))
        E, rho0 = rng.normal(size=d) * 5, random_state(d, rng)
        chi = rng.dirichlet(np.ones(d))
        sup = eq6_liouvillian(E, chi)
        gap = np.linalg.norm(rho0 - np.diag(chi))
        w, V = np.linalg.eig(sup)  # diagonalise once, then ρ(t) = V e^{wt} V⁻¹ vec ρ0
        c0 = np.linalg.solve(V, rho0.reshape(-1, order="F"))
        ts = np.linspace(1, 200, 2000)
        vecs = (V @ (np.exp(np.outer(w, ts)) * c0[:, None])).T
        dist = np.linalg.norm(vecs - rho0.reshape(-1, order="F")[None, :], axis=1)
        best = min(best, float(dist.min() / gap))
    return float(best)


def relative_entropy(a: np.ndarray, b: np.ndarray) -> float:
    """Umegaki D[a‖b] = Tr a log a − Tr a log b (b full rank)."""
    wa, va = np.linalg.eigh(a)
    wb, vb = np.linalg.eigh(b)
    la = va @ np.diag(np.log(np.clip(wa, 1e-300, None)) * (wa > 1e-15)) @ va.conj().T
    lb = vb @ np.diag(np.log(wb)) @ vb.conj().T
    return float(np.trace(a @ la).real - np.trace(a @ lb).real)


@cache
def entropy_identity_and_monotonicity(n: int = 30, seed: int = 61) -> dict:
    """Seeded checks: (i) Ṡ (finite difference) vs D[χ‖ρ] + H_χ − S; (ii) D[χ‖ρ(t)] ≥ 0 and
    non-increasing on a time grid; (iii) H_χ = log D for window χ of random spectra."""
    rng = np.random.default_rng(seed)
    ident, mono_viol, neg, logd = 0.0, 0.0, 0.0, 0.0
    for _ in range(n):
        d = int(rng.integers(2, 5))
        E, rho0 = rng.normal(size=d), random_state(d, rng)
        chi = rng.dirichlet(np.ones(d))
        sup = eq6_liouvillian(E, chi)
        h = 1e-5
        sdot = (entropy(evolve(sup, rho0, h)) - entropy(evolve(sup, rho0, -h))) / (2 * h)
        X = np.diag(chi)
        pred = relative_entropy(X, rho0) + entropy(X) - entropy(rho0)
        ident = max(ident, abs(sdot - pred))
        rels = [relative_entropy(X, evolve(sup, rho0, t)) for t in np.linspace(0, 4, 21)]
        neg = min(neg, min(rels))
        mono_viol = max(mono_viol, max(np.diff(rels)))
        p = rng.dirichlet(np.ones(d))
        w = window_chi(E, p)
        logd = max(logd, abs(entropy(np.diag(w)) - np.log(np.count_nonzero(w))))
    return dict(identity=ident, min_rel=neg, max_increase=mono_viol, logD=logd, n=n, seed=seed)


@cache
def member_purity_by_simulation() -> float:
    """Largest 1 − Tr[Ψ̂²] over trajectories of Eq. (5) at T (Ψ̂ = |ψ⟩⟨ψ|/⟨ψ|ψ⟩)."""
    f, _ = eq5_ensembles()
    p = f.psi[-1]
    p = p / np.linalg.norm(p, axis=1)[:, None]
    outer = np.einsum("ki,kj->kij", p, p.conj())
    purity = np.einsum("kij,kji->k", outer, outer).real
    return float(np.max(np.abs(1 - purity)))


EQ5_E = np.array([0.0, 1.0, 3.0])
EQ5_AMPS = np.array([1.0, 1.0, 1.0]) / np.sqrt(3)


@cache
def eq5_ensembles():
    """Eq. (5) for E = (0, 1, 3), ψ0 = (|0⟩ + |1⟩ + |2⟩)/√3, window rule, α𝒩/ħ = 1."""
    E = EQ5_E
    psi0 = EQ5_AMPS.astype(complex)
    chi = window_chi(E, np.abs(psi0) ** 2)
    tr = sse.oqt_transitions(chi, 1.0)
    return sse.simulate(
        np.diag(E).astype(complex), [], psi0, 1.0, 2e-3, 2000, SIM_SEED + 5, transitions=tr
    )


# ---------------------------------------------------------------------------
# Conserved quantities, no signalling
# ---------------------------------------------------------------------------


@cache
def commuting_charge_rate(n: int = 30, seed: int = 67) -> float:
    """max |d⟨S⟩/dt| for S block-diagonal on sectors and transitions only inside sectors."""
    rng = np.random.default_rng(seed)
    worst = 0.0
    for _ in range(n):
        d = int(rng.integers(3, 7))
        sector = rng.integers(0, 2, d)
        s_vals = np.where(sector == 0, 0.0, rng.normal() + 2)
        S = np.diag(s_vals)
        J = rng.uniform(0, 1, (d, d)) * (sector[:, None] == sector[None, :])
        assert all(
            np.allclose(S @ _L(m, v, d), _L(m, v, d) @ S)
            for m in range(d)
            for v in range(d)
            if J[m, v] > 0
        )
        sup = sse.liouvillian(np.diag(rng.normal(size=d)).astype(complex), eq2_channels(J))
        rho = random_state(d, rng)
        worst = max(worst, abs(np.trace(S @ _apply(sup, rho))))
    return float(worst)


def partial_trace_A(rho: np.ndarray, dA: int, dB: int) -> np.ndarray:
    return np.einsum("abac->bc", rho.reshape(dA, dB, dA, dB))


@cache
def bob_state_change(n: int = 30, seed: int = 71) -> float:
    """max ‖Tr_A[∂ρ_AB/∂t]‖ for random bipartite states (also after Bob's random local unitary)
    and Alice-local Eq. (6) generators."""
    rng = np.random.default_rng(seed)
    worst = 0.0
    for _ in range(n):
        dA, dB = int(rng.integers(2, 5)), int(rng.integers(2, 4))
        E, chi = rng.normal(size=dA), rng.dirichlet(np.ones(dA))
        psi = rng.standard_normal(dA * dB) + 1j * rng.standard_normal(dA * dB)
        rho = np.outer(psi, psi.conj()) / np.vdot(psi, psi).real
        UB = sla.expm(-1j * random_hermitian(dB, rng))
        for r in (rho, np.kron(np.eye(dA), UB) @ rho @ np.kron(np.eye(dA), UB).conj().T):
            sup = sse.liouvillian(
                np.kron(np.diag(E), np.eye(dB)).astype(complex),
                [
                    sse.Channel(np.kron(c.L, np.eye(dB)), c.D, c.J)
                    for c in eq2_channels(np.repeat(chi[:, None], dA, 1))
                ],
            )
            rdot = _apply(sup, r)
            worst = max(worst, float(np.abs(partial_trace_A(rdot, dA, dB)).max()))
    return worst


@cache
def per_member_signal_by_integration(t: float = 20.0) -> tuple[np.ndarray, np.ndarray]:
    """Alice's populations at time t, each member evolved by Eq. (6) with its own window:
    without Bob's measurement (members (|0,0⟩ + |2,1⟩)/√2) and after Bob's σ_z measurement."""
    E = np.array([0.0, 1.0, 2.0])
    dB = 2
    psi = np.zeros(3 * dB, complex)
    psi[0 * dB + 0] = psi[2 * dB + 1] = 1 / np.sqrt(2)
    rhoAB = np.outer(psi, psi.conj())
    rhoA = partial_trace_B(rhoAB, 3, dB)
    chi = window_chi(E, np.diag(rhoA).real)
    no_meas = np.diag(evolve(eq6_liouvillian(E, chi), rhoA, t)).real
    after = np.zeros(3)
    for b in range(dB):
        proj = np.kron(np.eye(3), np.diag(np.eye(dB)[b]))
        r = proj @ rhoAB @ proj
        pb = np.trace(r).real
        rA = partial_trace_B(r / pb, 3, dB)
        chi_b = window_chi(E, np.diag(rA).real)
        after += pb * np.diag(evolve(eq6_liouvillian(E, chi_b), rA, t)).real
    return no_meas, after


def partial_trace_B(rho: np.ndarray, dA: int, dB: int) -> np.ndarray:
    return np.einsum("abcb->ac", rho.reshape(dA, dB, dA, dB))


# ---------------------------------------------------------------------------
# SUI model, Eqs. (7)–(8)
# ---------------------------------------------------------------------------


def eq8_as_written(
    H: np.ndarray, projectors: list, chi: np.ndarray, Jc: float, a: float
) -> np.ndarray:
    """Superoperator of Eq. (8) as printed (𝒩 = ħ = 1): −i[H,ρ] + 𝒥Λ_R(ρ) + αΛ_χ(ρ)."""
    d = H.shape[0]
    eye = np.eye(d)
    sup = -1j * (np.kron(eye, H) - np.kron(H.T, eye))
    sup = sup + Jc * (sum(np.kron(P.conj(), P) for P in projectors) - np.eye(d * d))
    sup = sup + a * (
        sum(chi[m] * np.kron(_L(m, v, d), _L(m, v, d)) for m in range(d) for v in range(d))
        - np.eye(d * d)
    )
    return sup


SUI_SEED = SIM_SEED + 7


@cache
def sui_model():
    """3 levels E = (0, 1, 2), collapse basis rotated from the energy basis (seeded unitary),
    ψ0 seeded, window rule, 𝒥 = 1.5, α = 0.7 (𝒩 = ħ = 1)."""
    rng = np.random.default_rng(SUI_SEED)
    E = np.array([0.0, 1.0, 2.0])
    U = sla.expm(-1j * 0.6 * random_hermitian(3, rng))
    projectors = [np.outer(U[:, k], U[:, k].conj()) for k in range(3)]
    psi0 = rng.standard_normal(3) + 1j * rng.standard_normal(3)
    psi0 /= np.linalg.norm(psi0)
    chi = window_chi(E, np.abs(psi0) ** 2)
    return np.diag(E).astype(complex), projectors, chi, psi0, 1.5, 0.7


@cache
def sui_ensembles():
    H, projectors, chi, psi0, Jc, a = sui_model()
    channels = [sse.Channel(P, np.sqrt(Jc), Jc, kind="collapse") for P in projectors]
    return sse.simulate(
        H, channels, psi0, 1.0, 2e-3, 2000, SUI_SEED, transitions=sse.oqt_transitions(chi, a)
    )


@cache
def sui_simulation_report() -> dict:
    """Norm drift and ensemble-vs-Eq. (8) comparison for the SUI simulation."""
    H, projectors, chi, psi0, Jc, a = sui_model()
    f, c = sui_ensembles()
    m, se = sse.extrapolated(f.norms[-1], c.norms[-1])
    sup = eq8_as_written(H, projectors, chi, Jc, a)
    rho0 = np.outer(psi0, psi0.conj())
    zs = []
    for r in range(1, len(f.times)):
        mean, s = sse.extrapolated(sse.projectors(f, r), sse.projectors(c, r))
        diff = np.abs(mean - evolve(sup, rho0, f.times[r]))
        zs.append((float(f.times[r]), float(diff.max()), float((diff / s).max()), float(s.max())))
    return dict(norm_mean=float(m - 1), norm_se=float(se), comparisons=zs)


BORN_AMPS = np.array([0.5, np.sqrt(0.2), np.sqrt(0.55)], complex) * np.exp(
    1j * np.array([0.0, 1.0, 2.0])
)
BORN_SEED = SIM_SEED + 11


@cache
def born_ensemble():
    """SUV collapse alone (H = 0, dĜ_χ = 0), collapse onto the 3 basis states, γ = 2, T = 4,
    dt = 5e-3, 1500 trajectories (seed ``BORN_SEED``)."""
    amps = BORN_AMPS / np.linalg.norm(BORN_AMPS)
    projectors = [np.diag(np.eye(3)[k]).astype(complex) for k in range(3)]
    channels = [sse.Channel(P, np.sqrt(2.0), 2.0, kind="collapse") for P in projectors]
    return sse.simulate(
        np.zeros((3, 3), complex), channels, amps, 4.0, 5e-3, 1500, BORN_SEED, n_record=2
    )


@cache
def born_by_simulation() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Outcome frequencies of :func:`born_ensemble` (the basis state holding more than half the
    weight at T) vs |α_k|², with binomial standard errors."""
    f, _ = born_ensemble()
    p = np.abs(f.psi[-1]) ** 2
    p = p / p.sum(axis=1)[:, None]
    freq = (p > 0.5).mean(axis=0)
    se = np.sqrt(freq * (1 - freq) / p.shape[0])
    return freq, se, np.abs(f.psi[0, 0]) ** 2


@cache
def collapse_weights_drift() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """E[p_k(T)] (extrapolated, normalised weights) ± SE vs p_k(0) under SUV collapse alone."""
    f, c = born_ensemble()
    w = lambda e: np.abs(e.psi[-1]) ** 2 / e.norms[-1][:, None]  # noqa: E731
    m, se = sse.extrapolated(w(f), w(c))
    return m, se, np.abs(f.psi[0, 0]) ** 2


@cache
def energy_weights_drift() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Eq. (5) ensemble: E[p_μ(T)] ± SE vs p_μ(0) and the Eq. (6) prediction at T."""
    f, c = eq5_ensembles()
    w = lambda e: np.abs(e.psi[-1]) ** 2 / e.norms[-1][:, None]  # noqa: E731
    m, se = sse.extrapolated(w(f), w(c))
    chi = window_chi(EQ5_E, np.abs(EQ5_AMPS) ** 2)
    rho0 = np.outer(EQ5_AMPS, EQ5_AMPS).astype(complex)
    pred = np.diag(evolve(eq6_as_written(EQ5_E, chi, 1.0, 1.0, 1.0), rho0, f.times[-1])).real
    return m, se, np.abs(EQ5_AMPS) ** 2, pred


@cache
def unitary_invariants(n: int = 20, seed: int = 97) -> float:
    """max change of the energy populations and of Tr ρ² under e^{−iHt} (seeded H, ρ, t)."""
    rng = np.random.default_rng(seed)
    worst = 0.0
    for _ in range(n):
        d = int(rng.integers(2, 6))
        E = rng.normal(size=d)
        rho0 = random_state(d, rng, rank=1)
        sup = sse.liouvillian(np.diag(E).astype(complex), [])
        rho = evolve(sup, rho0, float(rng.uniform(0, 20)))
        worst = max(
            worst,
            float(np.abs(np.diag(rho) - np.diag(rho0)).max()),
            abs(np.trace(rho @ rho).real - 1),
        )
    return worst


def sui_steady_states(H, projectors, chi, ratios) -> list[np.ndarray]:
    """Null vectors (trace one) of Eq. (8) for 𝒥/α in ``ratios`` (α = 1); checks uniqueness."""
    out = []
    for r in ratios:
        sup = eq8_as_written(H, projectors, chi, r, 1.0)
        ns = sla.null_space(sup, rcond=1e-10)
        if ns.shape[1] != 1:
            raise ArithmeticError(f"steady state not unique: null space of dimension {ns.shape[1]}")
        d = H.shape[0]
        rho = ns[:, 0].reshape(d, d, order="F")
        out.append(rho / np.trace(rho))
    return out


@cache
def sui_interpolation_search() -> dict:
    """ψ0 = (|0⟩ + |2⟩)/√2 on E = (0, 1, 2), collapse basis = energy basis: ρ_∞ for 𝒥/α from 10⁻³
    to 10³ vs ρ_B = diag(1/2, 0, 1/2) and χ_E; and, for the rotated collapse basis of
    :func:`sui_model`, the spread of ρ_∞ over random initial states with the same window."""
    E = np.array([0.0, 1.0, 2.0])
    psi = np.array([1, 0, 1]) / np.sqrt(2)
    chi = window_chi(E, psi**2)
    P = [np.diag(np.eye(3)[k]).astype(complex) for k in range(3)]
    ratios = (1e-3, 1.0, 1e3)
    steady = sui_steady_states(np.diag(E).astype(complex), P, chi, ratios)
    rhoB = np.diag(psi**2)
    return dict(
        chi=chi,
        ratios=ratios,
        dist_B=[float(np.abs(s - rhoB).max()) for s in steady],
        dist_chi=[float(np.abs(s - np.diag(chi)).max()) for s in steady],
    )


@cache
def sui_energy_rate_numeric(Delta: float = 1.0, Jc: float = 1.0, h: float = 1e-6) -> float:
    """dE/dt at the ground state of H = −(Δ/2)σ_x under 𝒥Λ_R with σ_z projectors (finite difference)."""
    H = -Delta / 2 * np.array([[0, 1], [1, 0]], complex)
    w, v = np.linalg.eigh(H)
    rho0 = np.outer(v[:, 0], v[:, 0].conj())
    P = [np.diag([1.0, 0]).astype(complex), np.diag([0, 1.0]).astype(complex)]
    sup = eq8_as_written(H, P, np.array([0.5, 0.5]), Jc, 0.0)
    e = lambda t: np.trace(H @ evolve(sup, rho0, t)).real
    return float((e(h) - e(-h)) / (2 * h))


# ---------------------------------------------------------------------------
# Further checks used by several claims
# ---------------------------------------------------------------------------


def _variance(E: np.ndarray, rho: np.ndarray) -> float:
    """Energy variance Tr[ρH²] − Tr[ρH]² for H = diag(E)."""
    return float((np.trace(np.diag(E**2) @ rho) - np.trace(np.diag(E) @ rho) ** 2).real)


@cache
def variance_rate_check(n: int = 30, seed: int = 73) -> float:
    """max |V̇ (finite difference of Eq. (2), J^{μν} = χ_μ) − (ΣE²χ − ΣE²ρ)| over seeded states
    on the energy shell Tr[ρH] = Tr[χH] (χ fitted to each state: χ = ρ's populations, mixed with a
    mean-preserving perturbation)."""
    rng = np.random.default_rng(seed)
    worst = 0.0
    for _ in range(n):
        E = np.array([0.0, 1.0, 2.0]) + rng.normal(scale=0.1, size=3)
        rho = random_state(3, rng)
        p = np.diag(rho).real
        # a mean-preserving change of the populations: direction orthogonal to (1, 1, 1) and E
        v = np.cross(np.ones(3), E)
        step = 0.5 * min(p[v < 0] / -v[v < 0]) if np.any(v < 0) else 0.1
        chi = p + step * v
        sup = eq6_liouvillian(E, chi)
        h = 1e-5
        vdot = (_variance(E, evolve(sup, rho, h)) - _variance(E, evolve(sup, rho, -h))) / (2 * h)
        worst = max(worst, abs(vdot - (E**2 @ chi - E**2 @ p)))
    return float(worst)


@cache
def canonical_variance_case(beta: float = 0.7, t: float = 3.0) -> tuple[float, float]:
    """Qubit E = (0, 1), χ_β, ψ0 with χ_β's populations and a coherence: (|V(t) − V(0)|, ‖ρ(t) − χ‖)."""
    E = np.array([0.0, 1.0])
    chi = np.exp(-beta * E) / np.exp(-beta * E).sum()
    psi = np.sqrt(chi).astype(complex)
    rho0 = np.outer(psi, psi.conj())
    rho = evolve(eq6_liouvillian(E, chi), rho0, t)
    dist = float(np.abs(rho - np.diag(chi)).max())
    return float(abs(_variance(E, rho) - _variance(E, rho0))), dist


@cache
def stationary_state_numeric(n: int = 20, seed: int = 79) -> float:
    """max |null vector of Eq. (6) − χ| over seeded (E, χ); raises if the steady state is not unique."""
    rng = np.random.default_rng(seed)
    worst = 0.0
    for _ in range(n):
        d = int(rng.integers(2, 6))
        E, chi = rng.normal(size=d), rng.dirichlet(np.ones(d))
        ns = sla.null_space(eq6_liouvillian(E, chi), rcond=1e-10)
        if ns.shape[1] != 1:
            raise ArithmeticError("steady state of Eq. (6) not unique")
        rho = ns[:, 0].reshape(d, d, order="F")
        worst = max(worst, float(np.abs(rho / np.trace(rho) - np.diag(chi)).max()))
    return worst


def projector_drift(psi: np.ndarray, J: np.ndarray, D: np.ndarray) -> np.ndarray:
    """E[dΨ]/dt = aψ† + ψa† + Σ_k b_k b_k† for Eq. (1) (Gaussian moments, floating point)."""
    d = len(psi)
    n = np.vdot(psi, psi).real
    out = np.zeros((d, d), complex)
    for m, v in itertools.product(range(d), repeat=2):
        L = _L(m, v, d).astype(complex)
        ell = np.vdot(psi, L @ psi) / n
        a = J[m, v] * (np.conj(ell) * (L @ psi) - 0.5 * (L.T @ L @ psi) - 0.5 * abs(ell) ** 2 * psi)
        b = D[m, v] * (L @ psi - ell * psi)
        out += np.outer(a, psi.conj()) + np.outer(psi, a.conj()) + np.outer(b, b.conj())
    return out


@cache
def projector_drift_residual(D_scale: float, n: int = 20, seed: int = 83) -> float:
    """max |E[dΨ]/dt − GKSL(Ψ)| over seeded ψ, J, with D = D_scale·√J."""
    rng = np.random.default_rng(seed)
    worst = 0.0
    for _ in range(n):
        d = int(rng.integers(2, 5))
        J = rng.uniform(0.1, 2, (d, d))
        psi = rng.standard_normal(d) + 1j * rng.standard_normal(d)
        psi /= np.linalg.norm(psi)
        gksl = _apply(
            sse.liouvillian(np.zeros((d, d), complex), eq2_channels(J)), np.outer(psi, psi.conj())
        )
        worst = max(
            worst, float(np.abs(projector_drift(psi, J, D_scale * np.sqrt(J)) - gksl).max())
        )
    return worst


@cache
def eq5_report() -> dict:
    """Eq. (5) simulation: norm drift (extrapolated, ± SE) and comparison with Eq. (6) as printed."""
    f, c = eq5_ensembles()
    m, se = sse.extrapolated(f.norms[-1], c.norms[-1])
    E = EQ5_E
    chi = window_chi(E, np.abs(EQ5_AMPS) ** 2)
    sup = eq6_as_written(E, chi, 1.0, 1.0, 1.0)
    rho0 = np.outer(EQ5_AMPS, EQ5_AMPS).astype(complex)
    zs = []
    for r in range(1, len(f.times)):
        mean, s = sse.extrapolated(sse.projectors(f, r), sse.projectors(c, r))
        diff = np.abs(mean - evolve(sup, rho0, f.times[r]))
        zs.append((float(f.times[r]), float(diff.max()), float((diff / s).max()), float(s.max())))
    return dict(norm_mean=float(m - 1), norm_se=float(se), comparisons=zs, chi=chi)


def joint_window_chi(E: np.ndarray, S: np.ndarray, p: np.ndarray) -> np.ndarray:
    """χ_(E,S) in floating point: both windows at once."""
    inside = (window_chi(E, p) > 0) & (window_chi(S, p) > 0)
    return inside / inside.sum()


@cache
def charge_window_search() -> tuple | None:
    """Exhaustive search: H = 0 (one energy shell), charge values S ⊂ {0..3} (2–3 levels), integer
    amplitude weights {0..3}; first pure state whose ⟨S⟩ changes under Eq. (6) with χ_(E,S)."""
    for d in (2, 3):
        for svals in itertools.combinations(range(4), d):
            for w in itertools.product(range(4), repeat=d):
                if sum(w) == 0:
                    continue
                S, p = np.array(svals, float), np.array(w, float) / sum(w)
                E = np.zeros(d)
                chi = joint_window_chi(E, S, p)
                psi = np.sqrt(p)
                rho = evolve(eq6_liouvillian(E, chi), np.outer(psi, psi).astype(complex), 30.0)
                s0, s1 = p @ S, np.diag(rho).real @ S
                if abs(s1 - s0) > 1e-6:
                    return svals, w, s0, s1, chi
    return None


@cache
def coherence_decay_numeric(n: int = 20, seed: int = 89) -> float:
    """max |fitted coherence decay rate − ½(Γ_μ + Γ_ν)| for Eq. (2) with random J (H = 0)."""
    rng = np.random.default_rng(seed)
    worst = 0.0
    for _ in range(n):
        d = int(rng.integers(2, 5))
        J = rng.uniform(0, 1, (d, d))
        sup = sse.liouvillian(np.zeros((d, d), complex), eq2_channels(J))
        rho0 = np.zeros((d, d), complex)
        rho0[0, 1] = 1.0
        r = evolve(sup, rho0, 1.0)
        rate = -np.log(abs(r[0, 1]))
        worst = max(worst, abs(rate - 0.5 * (J[:, 0].sum() + J[:, 1].sum())))
    return float(worst)


def eq5_dimensions_pint() -> tuple[str, str]:
    """Dimensions of 𝒜 = α𝒩/ħ and of √𝒜·dW with pint (α in eV, ħ in J·s, dW in √s)."""
    import pint

    ureg = pint.UnitRegistry()
    A = (1.0 * ureg.eV * 1e3 / ureg.hbar).to_base_units()
    noise = (A**0.5 * (1.0 * ureg.s) ** 0.5).to_base_units()
    return str(A.dimensionality), str(noise.dimensionality)


def energy_rate_numeric(J: np.ndarray, E: np.ndarray, rho: np.ndarray, h: float = 1e-6) -> float:
    """dE/dt under Eq. (2) by a central difference of the integrated state."""
    sup = sse.liouvillian(np.diag(E).astype(complex), eq2_channels(J))
    e = lambda t: np.trace(np.diag(E) @ evolve(sup, rho, t)).real
    return float((e(h) - e(-h)) / (2 * h))


# ---------------------------------------------------------------------------
# Hypothesis strategies: bipartite states and local operators
# ---------------------------------------------------------------------------

_unit = st.floats(-1.0, 1.0, allow_nan=False, allow_infinity=False)


@st.composite
def matrices(draw, rows: int, cols: int) -> np.ndarray:
    """Complex rows×cols matrices with entries in the unit square."""
    re = draw(st.lists(_unit, min_size=rows * cols, max_size=rows * cols))
    im = draw(st.lists(_unit, min_size=rows * cols, max_size=rows * cols))
    return (np.array(re) + 1j * np.array(im)).reshape(rows, cols)


@dataclass(frozen=True)
class BipartiteCase:
    dA: int
    dB: int
    rho: np.ndarray  # state on A ⊗ B
    E: np.ndarray  # Alice's spectrum
    chi: np.ndarray  # Alice's window distribution
    O_B: np.ndarray  # Bob's local observable


@st.composite
def bipartite_cases(draw) -> BipartiteCase:
    """Pure or mixed (rank 1..d) states on C^dA ⊗ C^dB, Alice's spectrum and χ, Bob's observable."""
    dA, dB = draw(st.integers(2, 3)), draw(st.integers(2, 3))
    d = dA * dB
    rank = draw(st.integers(1, d))
    G = draw(matrices(d, rank))
    if np.linalg.norm(G) < 1e-3:
        G = G + np.eye(d, rank)
    rho = G @ G.conj().T
    rho /= np.trace(rho).real
    E = np.array(draw(st.lists(st.integers(0, 4), min_size=dA, max_size=dA)), float)
    w = np.array(draw(st.lists(st.integers(0, 3), min_size=dA, max_size=dA)), float)
    chi = w / w.sum() if w.sum() > 0 else np.ones(dA) / dA
    M = draw(matrices(dB, dB))
    return BipartiteCase(dA, dB, rho, E, chi, M + M.conj().T)


def bob_expectation_rate(case: BipartiteCase) -> float:
    """d⟨1 ⊗ O_B⟩/dt under Alice-local Eq. (6) (generic GKSL channels L_μν ⊗ 1, H_A ⊗ 1)."""
    dA, dB = case.dA, case.dB
    channels = [
        sse.Channel(np.kron(c.L, np.eye(dB)), c.D, c.J)
        for c in eq2_channels(np.repeat(case.chi[:, None], dA, 1))
    ]
    sup = sse.liouvillian(np.kron(np.diag(case.E), np.eye(dB)).astype(complex), channels)
    return float(np.trace(np.kron(np.eye(dA), case.O_B) @ _apply(sup, case.rho)).real)


@cache
def signalling_search() -> str | None:
    """hypothesis.find for a bipartite case where Bob's expectation values move (None if none)."""
    try:
        case = find(
            bipartite_cases(),
            lambda c: abs(bob_expectation_rate(c)) > 1e-10,
            settings=settings(SEARCH, max_examples=100),
        )
    except NoSuchExample:
        return None
    return f"d_A = {case.dA}, d_B = {case.dB}, rate {bob_expectation_rate(case):.3g}"


@st.composite
def spectra_and_states(draw) -> tuple[np.ndarray, np.ndarray]:
    """Spectra of 1–6 levels (integers, degeneracies allowed) and populations (integer weights)."""
    d = draw(st.integers(1, 6))
    E = np.array(draw(st.lists(st.integers(-5, 5), min_size=d, max_size=d)), float)
    w = np.array(draw(st.lists(st.integers(0, 5), min_size=d, max_size=d)), float)
    if w.sum() == 0:
        w[0] = 1
    return E, w / w.sum()


@cache
def empty_window_search() -> str | None:
    """hypothesis.find for a state whose window [E − √V, E + √V] holds no eigenvalue."""

    def empty(case):
        E, p = case
        m = p @ E
        s = np.sqrt(max(p @ E**2 - m**2, 0.0))
        return not np.any(np.abs(E - m) <= s + 1e-12)

    try:
        E, p = find(spectra_and_states(), empty, settings=SEARCH)
    except NoSuchExample:
        return None
    return f"spectrum {E}, populations {p}"


@cache
def sui_uniqueness(ratios=(1e-3, 1.0, 1e3)) -> list[float]:
    """For the rotated collapse basis of :func:`sui_model`: null-space dimension check and the
    largest distance between ρ_∞ and the state reached from two different initial states at t = 60."""
    H, projectors, chi, psi0, Jc, a = sui_model()
    out = []
    rng = np.random.default_rng(SUI_SEED + 1)
    for r in ratios:
        (rho_inf,) = sui_steady_states(H, projectors, chi, (r,))
        sup = eq8_as_written(H, projectors, chi, r, 1.0)
        far = max(
            float(np.abs(evolve(sup, random_state(3, rng), 60.0) - rho_inf).max()) for _ in range(3)
        )
        out.append(far)
    return out


# ---------------------------------------------------------------------------
# Instance searches for the claim table: each returns {"instances": [...], "searched": n};
# the judge re-evaluates the paper's statement and assumptions on every instance itself.
# Instances are plain dicts: real arrays as lists, complex ones as {"re": [...], "im": [...]}.
# ---------------------------------------------------------------------------


def _c(z) -> dict:
    z = np.asarray(z, complex)
    return {"re": z.real.tolist(), "im": z.imag.tolist()}


def _found(instances: list, searched: int | None = None) -> dict:
    return {"instances": instances, "searched": len(instances) if searched is None else searched}


def _rand_psi(d, rng):
    v = rng.standard_normal(d) + 1j * rng.standard_normal(d)
    return v / np.linalg.norm(v)


def norm_instances(n: int = 40, seed: int = 101) -> dict:
    """Seeded (d, J, D = √J, ψ) on the paper's transition operators, and the same with one
    coupling off the FDR (D² = J/2): the judge decides which keep the norm."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        d = int(rng.integers(2, 5))
        J = rng.uniform(0.1, 2.0, (d, d))
        out.append({"J": J.tolist(), "D": np.sqrt(J).tolist(), "psi": _c(_rand_psi(d, rng)),
                    "E": rng.normal(size=d).tolist()})
    return _found(out)


def fdr_norm_kernel(d: int = 3, seed: int = 3) -> np.ndarray:
    """Null space of c ↦ dN/dt (c = J − D², paper's operators L_μν) from the drift evaluated
    numerically at seeded states (singular value decomposition of the sampled linear map)."""
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(4 * d * d):
        psi = _rand_psi(d, rng)
        row = []
        for m, v in itertools.product(range(d), repeat=2):
            L = _L(m, v, d).astype(complex)
            # drift of N per unit (J − D²) in channel (m, v): −(⟨L†L⟩ − |⟨L⟩|²) (the J-part)
            row.append(norm_increment_one_step(psi, L, 1.0, 0.0))
        rows.append(row)
    _, s, Vt = np.linalg.svd(np.array(rows))
    return Vt[np.sum(s > 1e-10 * s[0]):]


def fdr_necessity_search(d: int = 3, seed: int = 3) -> dict:
    """Norm-preserving couplings off the FDR: J − D² in the numerical null space of the drift
    (each basis vector, and a seeded combination), plus FDR instances (which satisfy linearity)."""
    K = fdr_norm_kernel(d, seed)
    rng = np.random.default_rng(seed + 1)
    out = []
    vecs = list(K) + [rng.standard_normal(len(K)) @ K]
    for c in vecs:
        c = c.reshape(d, d) / np.abs(c).max()
        J = 1.0 + np.abs(c)
        out.append({"J": J.tolist(), "D": np.sqrt(J - c).tolist()})
    for _ in range(6):
        J = rng.uniform(0.1, 2.0, (d, d))
        out.append({"J": J.tolist(), "D": np.sqrt(J).tolist()})
    return _found(out)


def fdr_scaling_by_root_finding(J0: float = 0.3) -> dict:
    """D* solving E[dN] = 0 for J = 𝒩·J₀ on the channel L_02 (root finding), 𝒩 = 1 … 1000, for
    both readings of 'both terms proportional to 𝒩' (the coupling D, or its rate D²)."""
    from scipy.optimize import brentq

    rng = np.random.default_rng(11)
    psi = _rand_psi(3, rng)
    L = _L(0, 2, 3).astype(complex)
    Ns = [1.0, 10.0, 100.0, 1000.0]
    Ds = [brentq(lambda D, n=n: norm_increment_one_step(psi, L, J0 * n, D), 1e-8, 1e4,
                 xtol=1e-15, rtol=1e-15) for n in Ns]
    return _found([{"reading": r, "N": Ns, "J0": J0, "D": Ds} for r in ("coupling", "rate")])


def identity_instances(identity: str, n: int = 25, seed: int = 7) -> dict:
    """Seeded random instances for one of the paper's identities (the judge evaluates it)."""
    rng = np.random.default_rng(seed + sum(map(ord, identity)))
    out = []
    for _ in range(n):
        d = int(rng.integers(2, 5))
        E = rng.normal(size=d)
        chi = rng.dirichlet(np.ones(d))
        rho = random_state(d, rng)
        x = {"identity": identity, "E": E.tolist(), "chi": chi.tolist(), "rho": _c(rho)}
        if identity in ("C_chi", "C_E", "coherence_decay"):
            x["J"] = rng.uniform(0, 2, (d, d)).tolist()
        if identity in ("ansatz", "eq3", "eq4"):
            x["A"], x["B"] = rng.uniform(0.1, 2, d).tolist(), rng.uniform(0.1, 2, d).tolist()
        if identity == "variance":  # Eq. (4): a χ with the state's energy (mean-preserving shift)
            p = np.diag(rho).real
            v = np.cross(np.ones(3), E[:3]) if d == 3 else None
            if v is None:
                d, E = 3, rng.normal(size=3)
                rho = random_state(3, rng)
                p = np.diag(rho).real
                v = np.cross(np.ones(3), E)
            neg = v < 0
            step = 0.5 * min(p[neg] / -v[neg]) if np.any(neg) else 0.1
            x.update(E=E.tolist(), rho=_c(rho), chi=(p + step * v).tolist())
        if identity == "eq6_from_eq5":
            x.update(alpha=float(rng.uniform(0.1, 3)), N=float(rng.uniform(1, 50)),
                     hbar=float(rng.uniform(0.5, 2)))
        if identity in ("log_d", "window_sum"):
            x["p"] = rng.dirichlet(np.ones(d)).tolist()
        if identity == "unitary":
            x.update(psi=_c(_rand_psi(d, rng)), t=float(rng.uniform(0, 20)))
        if identity == "conserved":
            sector = rng.integers(0, 2, d)
            x["S"] = np.where(sector == 0, 0.0, 2.0 + rng.normal()).tolist()
            x["J"] = (rng.uniform(0, 1, (d, d)) * (sector[:, None] == sector[None, :])).tolist()
        if identity == "canonical":
            x["beta"] = float(rng.normal(scale=2))
        out.append(x)
    return _found(out)


def shell_instances(n: int = 20, seed: int = 29) -> dict:
    """States on and off the shell Tr[ρH] = Tr[χH] with J^{μν} = χ_μ (B = 1)."""
    rng = np.random.default_rng(seed)
    out = []
    for k in range(n):
        d = 3
        E = np.sort(rng.normal(size=d))
        chi = rng.dirichlet(np.ones(d))
        rho = random_state(d, rng)
        if k % 2:  # on the shell: a pure state with χ's populations and random phases
            psi = np.sqrt(chi) * np.exp(1j * rng.uniform(0, 2 * np.pi, d))
            rho = np.outer(psi, psi.conj())
        out.append({"E": E.tolist(), "chi": chi.tolist(), "rho": _c(rho)})
    return _found(out)


def nonconstant_b_instances() -> dict:
    """Exhaustive lexicographic search over B ∈ {1, 2, 3}³ on spectrum (0, 1, 2) and χ uniform, and
    a one-parameter scan on the generic spectrum (0, 1, 3), χ = (1/2, 1/3, 1/6): every B whose
    J^{μν} = χ_μB^μB^ν keeps χ stationary and conserves energy where B = 1 does."""
    out = []
    E, chi = np.array([0.0, 1.0, 2.0]), np.ones(3) / 3
    searched = 0
    for B in itertools.product((1, 2, 3), repeat=3):
        searched += 1
        J = chi[:, None] * np.outer(B, B)
        sup = sse.liouvillian(np.diag(E).astype(complex), eq2_channels(J))
        if np.abs(_apply(sup, np.diag(chi).astype(complex))).max() < 1e-12:
            out.append({"E": E.tolist(), "chi": chi.tolist(), "B": list(map(float, B))})
    # generic spectrum: B = (1, b1, b2) with χ stationary and C_E ∝ gap, found by least squares
    E2, chi2 = np.array([0.0, 1.0, 3.0]), np.array([0.5, 1 / 3, 1 / 6])
    from scipy.optimize import least_squares

    def resid(b):
        B = np.array([1.0, *b])
        J = chi2[:, None] * np.outer(B, B)
        flows = [sum(J[m, v] * chi2[v] - J[v, m] * chi2[m] for v in range(3)) for m in range(3)]
        # C_E coefficient of each population ∝ (E_ν − Tr χH): ratios equal
        coef = [sum(J[m, v] * (E2[m] - E2[v]) for m in range(3)) for v in range(3)]
        gap = E2 - chi2 @ E2
        return np.array(flows + [coef[0] * gap[1] - coef[1] * gap[0], coef[0] * gap[2] - coef[2] * gap[0]])

    for start in ((2.0, 2.0), (3.0, 1.0), (1.5, 0.5)):
        searched += 1
        r = least_squares(resid, start, bounds=(1e-3, 50), xtol=1e-15, ftol=1e-15, gtol=1e-15)
        if np.abs(r.fun).max() < 1e-12 and np.ptp([1.0, *r.x]) > 1e-6:
            out.append({"E": E2.tolist(), "chi": chi2.tolist(), "B": [1.0, *map(float, r.x)]})
    return _found(out, searched)


def window_pure_search(max_level: int = 3, max_weight: int = 3) -> dict:
    """Exhaustive: spectra ⊂ {0..max_level} (2–3 distinct levels, sorted), integer amplitude
    weights in {0..max_weight}: all identical-pure-member ensembles (the judge applies the window)."""
    out = []
    for d in (2, 3):
        for spec in itertools.combinations(range(max_level + 1), d):
            for w in itertools.product(range(max_weight + 1), repeat=d):
                if sum(w) == 0:
                    continue
                amps = np.sqrt(np.array(w, float) / sum(w))
                out.append({"E": list(map(float, spec)), "amps": amps.tolist()})
    return _found(out)


def spins_window_float(n: int = 1000, p: float = 0.2005) -> dict:
    """n spins-1/2 in a field: the window mean of the binomial degeneracies in floating point
    (log-gamma weights) for product members with up-probability p; the instance for the judge."""
    from scipy.special import gammaln

    E, V = n * p, n * p * (1 - p)
    ks = np.arange(n + 1)
    inside = (ks - E) ** 2 <= V
    lg = gammaln(n + 1) - gammaln(ks + 1) - gammaln(n - ks + 1)
    w = np.exp(lg[inside] - lg[inside].max())
    mean = float((w * ks[inside]).sum() / w.sum())
    return {"instances": [{"spins": {"n": n, "p": repr(p)}, "window_mean": mean, "E": E}],
            "searched": 1}


def entropy_window_search() -> dict:
    """Identical pure members on equally spaced ladders {0..4} with weights ≤ 2 placed
    symmetrically about the middle level (so that Eq. (4) holds), at times t = 0.5 … 4: the
    judge evaluates Ṡ, S and log D itself (t = 1 … 4)."""
    out = []
    E = [0.0, 1.0, 2.0, 3.0, 4.0]
    for a, b, c in itertools.product(range(3), repeat=3):
        if a + b + c == 0:
            continue
        w = np.array([a, b, c, b, a], float)
        amps = np.sqrt(w / w.sum())
        for t in (1.0, 2.0, 3.0, 4.0):
            out.append({"E": E, "amps": amps.tolist(), "t": t})
    return _found(out)


def eq6_state_instances(n: int = 20, seed: int = 53, full_rank: bool = True) -> dict:
    """Seeded (E, χ, ρ0) for Eq. (6) statements (distance, recurrence, relative entropy)."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        d = int(rng.integers(2, 5))
        out.append({"E": (rng.normal(size=d) * 3).tolist(), "chi": rng.dirichlet(np.ones(d)).tolist(),
                    "rho": _c(random_state(d, rng, None if full_rank else 1))})
    return _found(out)


def trace_distance_instances(n: int = 10, seed: int = 47) -> dict:
    return eq6_state_instances(n, seed, full_rank=False)


def canonical_instances(n: int = 40, seed: int = 37) -> dict:
    """Seeded spectra and energies in [E_min, E_max] (ends included) for χ_β."""
    rng = np.random.default_rng(seed)
    out = []
    for k in range(n):
        E = np.sort(rng.normal(size=int(rng.integers(2, 6))))
        target = E.min() if k % 10 == 0 else (E.max() if k % 10 == 1 else rng.uniform(E.min(), E.max()))
        out.append({"E": E.tolist(), "energy": float(target)})
    return _found(out)


def eigenstate_instances(n: int = 30, seed: int = 41) -> dict:
    """Seeded non-degenerate spectra and each of their eigenstates."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        E = np.sort(rng.normal(size=int(rng.integers(2, 5))))
        out += [{"E": E.tolist(), "i": i} for i in range(len(E))]
    return _found(out)


def canonical_variance_instances(n: int = 24, seed: int = 73) -> dict:
    """Seeded qubit and qutrit states; every other one a coherent state with χ_β's populations
    (β from its own energy), the rest random."""
    from scipy.optimize import brentq

    rng = np.random.default_rng(seed)
    out = []
    for k in range(n):
        d = 2 + k % 2
        E = np.sort(rng.normal(size=d))
        if k % 4 < 2:
            b = rng.normal()
            chi = np.exp(-b * (E - E.min()))
            chi /= chi.sum()
            psi = np.sqrt(chi) * np.exp(1j * rng.uniform(0, 2 * np.pi, d))
            rho = np.outer(psi, psi.conj())
        else:
            rho = random_state(d, rng, 1)
        out.append({"E": E.tolist(), "rho": _c(rho)})
    del brentq
    return _found(out)


def charge_window_search_instances() -> dict:
    """Exhaustive: H = 0 (one shell), charges ⊂ {0..3} (2–3 values), amplitude weights {0..3}."""
    out = []
    for d in (2, 3):
        for svals in itertools.combinations(range(4), d):
            for w in itertools.product(range(4), repeat=d):
                if sum(w) == 0:
                    continue
                out.append({"E": [0.0] * d, "S": list(map(float, svals)),
                            "amps": np.sqrt(np.array(w, float) / sum(w)).tolist()})
    return _found(out)


def fdr_energy_search(seed: int = 5) -> dict:
    """Seeded FDR-satisfying couplings on the paper's operators and states: dE/dt for the judge."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(10):
        d = int(rng.integers(2, 4))
        out.append({"E": np.sort(rng.normal(size=d)).tolist(), "J": rng.uniform(0, 1, (d, d)).tolist(),
                    "rho": _c(random_state(d, rng))})
    return _found(out)


def bipartite_instances(n: int = 20, seed: int = 71) -> dict:
    """Seeded bipartite states (pure and mixed), Alice's spectrum and χ, Bob's Hamiltonian (zero
    for half the cases, random Hermitian for the rest)."""
    rng = np.random.default_rng(seed)
    out = []
    for k in range(n):
        dA, dB = int(rng.integers(2, 4)), int(rng.integers(2, 4))
        rho = random_state(dA * dB, rng, 1 if k % 3 == 0 else None)
        HB = np.zeros((dB, dB)) if k % 2 == 0 else random_hermitian(dB, rng)
        out.append({"dA": dA, "dB": dB, "E_A": rng.normal(size=dA).tolist(),
                    "chi": rng.dirichlet(np.ones(dA)).tolist(), "H_B": _c(HB), "rho": _c(rho)})
    return _found(out)


def signalling_instances() -> dict:
    """Alice's ladders {0, 1, 2} (and {0, 1, 2, 3}) shared with a qubit of Bob's: every state
    a|μ⟩|0⟩ + b|ν⟩|1⟩ with μ < ν and weights in {1, 2}, under both window rules."""
    out = []
    for dA in (3, 4):
        for mu, nu in itertools.combinations(range(dA), 2):
            for wa, wb in itertools.product((1, 2), repeat=2):
                psi = np.zeros(2 * dA)
                psi[2 * mu], psi[2 * nu + 1] = math.sqrt(wa), math.sqrt(wb)
                for rule in ("per-member", "fixed"):
                    out.append({"dA": dA, "dB": 2, "E_A": list(map(float, range(dA))),
                                "psi": (psi / np.linalg.norm(psi)).tolist(), "t": 20.0,
                                "rule": rule})
    return _found(out)


def linearity_instances() -> dict:
    """Pairs of pure-member ensembles with the same ρ(0): {|μ⟩, |ν⟩} and {(|μ⟩ ± |ν⟩)/√2} on ladders
    {0..3}, under both window rules (for "fixed", χ from ρ(0))."""
    out = []
    for mu, nu in itertools.combinations(range(4), 2):
        d = 4
        e1 = [[0.5, np.eye(d)[mu].tolist()], [0.5, np.eye(d)[nu].tolist()]]
        plus = (np.eye(d)[mu] + np.eye(d)[nu]) / math.sqrt(2)
        minus = (np.eye(d)[mu] - np.eye(d)[nu]) / math.sqrt(2)
        e2 = [[0.5, plus.tolist()], [0.5, minus.tolist()]]
        E = list(map(float, range(d)))
        p = 0.5 * (np.eye(d)[mu] + np.eye(d)[nu])
        chi = window_chi(np.array(E), p)
        for rule in ("per-member", "fixed"):
            out.append({"E": E, "ensemble1": e1, "ensemble2": e2, "t": 20.0, "rule": rule,
                        "chi": chi.tolist()})
    return _found(out)


def _rand_unitary(d, rng, scale=0.6):
    return sla.expm(-1j * scale * random_hermitian(d, rng))


def sui_instances(n: int = 20, seed: int = 20250429, thermal: bool = True) -> dict:
    """Seeded Eq. (7)/(8) setups: spectrum, rotated collapse basis, 𝒥, α, window χ, ψ, ρ."""
    rng = np.random.default_rng(seed)
    out = []
    for k in range(n):
        d = int(rng.integers(2, 4))
        E = np.sort(rng.normal(size=d))
        U = np.eye(d) if k % 4 == 0 else _rand_unitary(d, rng)
        psi = _rand_psi(d, rng)
        x = {"E": E.tolist(), "U": _c(U), "Jcal": float(rng.uniform(0.2, 2)), "psi": _c(psi),
             "rho": _c(random_state(d, rng))}
        if thermal:
            x.update(alpha=float(rng.uniform(0.2, 2)), chi=window_chi(E, np.abs(psi) ** 2).tolist())
        out.append(x)
    return _found(out)


def sui_energy_instances() -> dict:
    """Seeded SUI setups plus commuting ones (collapse basis = energy basis, ρ on χ's shell)."""
    base = sui_instances(12, seed=8, thermal=True)["instances"]
    rng = np.random.default_rng(9)
    for _ in range(6):
        d = 3
        E = np.sort(rng.normal(size=d))
        chi = rng.dirichlet(np.ones(d))
        psi = np.sqrt(chi) * np.exp(1j * rng.uniform(0, 2 * np.pi, d))
        base.append({"E": E.tolist(), "U": _c(np.eye(d)), "Jcal": 1.0, "alpha": 0.7,
                     "chi": chi.tolist(), "psi": _c(psi), "rho": _c(np.outer(psi, psi.conj()))})
    return _found(base)


def wiener_seeds() -> dict:
    return _found([{"seed": s, "n": 200_000, "dt": 1e-3} for s in (3, 4, 5)])


def eq5_dimensions_instances() -> dict:
    A, noise = eq5_dimensions_pint()
    return _found([{"A": A, "noise": noise}])


def populations_instances(n: int = 40, seed: int = 97) -> dict:
    """Seeded spectra (degeneracies allowed) and populations for the window statements."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        d = int(rng.integers(1, 7))
        E = rng.integers(-5, 6, d).astype(float)
        out.append({"E": E.tolist(), "p": rng.dirichlet(np.ones(d)).tolist()})
    return _found(out)


def detailed_balance_instances(n: int = 12, seed: int = 19) -> dict:
    """Seeded rate matrices: generic J > 0 and product-form J^{μν} = A^μ."""
    rng = np.random.default_rng(seed)
    out = []
    for k in range(n):
        d = 3
        J = rng.uniform(0.1, 2, (d, d)) if k % 2 else np.outer(rng.uniform(0.1, 2, d), np.ones(d))
        out.append({"E": rng.normal(size=d).tolist(), "J": J.tolist()})
    return _found(out)


def pure_member_instances(n: int = 20, seed: int = 43) -> dict:
    """Seeded spectra and pure members (for the martingale statements)."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        d = int(rng.integers(2, 5))
        out.append({"E": np.sort(rng.normal(size=d)).tolist(), "amps": _c(_rand_psi(d, rng))})
    return _found(out)


def distance_rate_fitted():
    """A callable (α, 𝒩, ħ) ↦ the decay rate of D_χ = Tr[(ρ − χ)²] fitted from Eq. (6) integrated
    numerically (seeded 3-level case)."""
    return lambda alpha, N, hbar: distance_decay_rates(float(alpha), float(N), float(hbar))[0]


def entropy_noise_instances(n: int = 4, seed: int = 61) -> dict:
    """Seeded pure members on small spectra at t = 0.5 and 2 (noise on and off, judged)."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        d = int(rng.integers(2, 4))
        amps = _rand_psi(d, rng)
        for t in (0.5, 2.0):
            out.append({"E": np.sort(rng.normal(size=d)).tolist(), "amps": _c(amps), "t": t})
    return _found(out)
