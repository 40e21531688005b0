"""Claims of the LMG Leggett–Garg paper (``lmg_lgi``, manuscript 002_9e6c3c1b1fdb9ba8.txt).

This module holds the static, mean-field, semiclassical and appendix claims (manuscript
lines 1–610 and 805–1113, Appendices A, B, C, E, F, G); the open-system/dynamics claims
live in :mod:`claims.papers.lmg_lgi_dynamics` and are included at the end.

Units: ħ = k_B = 1; energies and rates in rad/s (= s⁻¹) when the paper prints rad/s,
otherwise in units of J.  Benchmark: N = 370, Γ/J = 0.95, J = 37195.4 rad/s, T = 10 nK
(k_BT/ħ = 1309.20 rad/s from the SI-2019 constants).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math

import mpmath
import numpy as np
import sympy as sp

from claims.core.judges import Expression, NotCheckable, Property, Value
from claims.core.model import CONFIRMED, Claim, Outcome, Paper, conditional, not_checkable, refuted
from claims.papers.lmg_lgi.dynamics import CLAIMS as DYNAMICS_CLAIMS
from derive import lmg_lgi as D
from numerics import lmg
from numerics import lmg_lgi as N

from . import figures as plots

PAPER = Paper(
    key="lmg_lgi",
    title="Classically forbidden signatures of quantum coherence in the mesoscopic "
          "Lipkin–Meshkov–Glick model",
    manuscript="002_9e6c3c1b1fdb9ba8.txt",
    arxiv="2604.18638",
)

P = "lmg_lgi:"
J_RAD = mpmath.mpf("37195.4")
GAMMA_PHI = mpmath.mpf("0.05")        # s⁻¹, the BEC target dephasing rate
ED_NOTE = "exact diagonalisation of the 371-dim Dicke sector"
FIT_NOTE = ("C0 from a one-parameter least-squares fit of ln ΔE = ln C0 + ½ln N − N S_inst over "
            "every integer N in [50, 500] (J = 37195.4 rad/s, k_BT = 1309.20 rad/s)")


# ---------------------------------------------------------------------------------------
# Glue: route values → Outcome
# ---------------------------------------------------------------------------------------

def _ex(v, text: str = "", details: str = "") -> Outcome:
    return Outcome(value=v, exact=True, text=text, details=details)


def _nu(v, text: str = "", details: str = "") -> Outcome:
    return Outcome(value=v, text=text, details=details)


def _holds(ok: bool, text: str, *, exact: bool = False, condition: str | None = None,
           counterexample: str | None = None, details: str = "") -> Outcome:
    return Outcome(holds=bool(ok), text=text, exact=exact, condition=condition,
                   counterexample=None if ok else counterexample, details=details)


def _rounds_to(value: float, printed: str, sig: int, what: str) -> Outcome:
    """Does ``value`` round to the printed integer at its printed significant figures?"""
    r = float(f"{float(value):.{sig}g}")
    return _holds(r == float(printed), f"{what} = {float(value):.8g} → {r:g} at {sig} s.f.",
                  counterexample=f"{what} = {float(value):.6g}, which rounds to {r:g}, not {printed}")


def _is_zero_matrix(M: sp.Matrix) -> bool:
    return all(sp.simplify(e) == 0 for e in M)


# --- benchmark quantities: derivation (mpmath construction) vs numerics (LAPACK engine) ---

def _mp():
    return D.doublet_mp()


def _dE_rad_mp():
    E = _mp()["E"]
    return (E[1] - E[0]) * J_RAD


def _dE_rad_num():
    return N.benchmark_spectrum()["splitting"] * N.J_RAD_S


def _kt_exact():
    return D.thermal_rate()


def _m_star_bench_exact():
    return D.m_star_of(D.GAMMA_OVER_J)


def _level_thresholds(q2, dE_rad, jz2_sum_half, m_star2):
    """Levels A and B (Eqs. (13), (22), (23), (26)) from the exact inputs."""
    with mpmath.workdps(30):    # 30 digits: ξ and ln(1/ξ) from the 30-digit doublet construction
        xi = -1 + mpmath.sqrt(1 + 2 / q2)
        t2 = mpmath.pi / (3 * dE_rad * mpmath.log(1 / xi))       # seconds
        g_coll = mpmath.mpf(D.N_BENCH) ** 2 * m_star2 / 2          # Γ_coll/γ
        return {"xi": xi, "t2": t2, "gA": 1 / (g_coll * t2), "gB": 1 / (jz2_sum_half * t2),
                "g_coll": g_coll, "g_phys": jz2_sum_half}


def _gap_ratio(E, i: int, j: int) -> float:
    """(E_i − E_j)/(E_1 − E_0)."""
    return (E[i] - E[j]) / (E[1] - E[0])


def _k3(q2, dE_rad, t2):
    x = mpmath.pi / (3 * dE_rad * t2)
    return q2 * (mpmath.exp(-x) + mpmath.exp(-2 * x) / 2)


def _levels_derivation():
    r = _mp()
    ms2 = mpmath.mpf(1) - mpmath.mpf(19) ** 2 / 400
    return r["Q01"] ** 2, _dE_rad_mp(), (r["jz2"][0] + r["jz2"][1]) / 2, ms2


def _levels_numeric():
    s = N.benchmark_spectrum()
    return s["Q01"] ** 2, _dE_rad_num(), (s["jz2"][0] + s["jz2"][1]) / 2, 1 - N.GAMMA_BENCH**2


def _threshold_by_root(q2, dE_rad, rate_per_gamma):
    """γ at which Eq. (22) gives K3 = 1, T2 = 1/(γ·rate_per_gamma), by brentq."""
    from scipy.optimize import brentq
    f = lambda g: float(_k3(q2, dE_rad, 1 / (g * rate_per_gamma))) - 1
    return brentq(f, 1e-4, 10.0, xtol=1e-14)


# ---------------------------------------------------------------------------------------
# Table 1 / §5 helpers
# ---------------------------------------------------------------------------------------

def _row(g: float, method: str) -> dict:
    return N.table1_row(g, method)


def _row_outcome(g: float, key: str, method: str) -> Outcome:
    r = _row(g, method)
    return _nu(r[key], details=f"{FIT_NOTE}; ED splittings by {method}; Γ/J = {g}; "
                              f"fitted C0/k_BT = {r['c0_over_kt']:.4f}")


def _shift_property(g: float, printed: float, method: str) -> Outcome:
    r = _row(g, method)
    lo, hi = r["delta_minus"], r["delta_plus"]
    ok = max(abs(lo), abs(hi)) > printed / 3
    return _holds(ok, f"±5% in C0 moves N_c by {lo:+.2f}/{hi:+.2f}",
                  counterexample=f"varying C0 by ±5% moves the instanton root at Γ/J = {g} by "
                                 f"{lo:+.1f}/{hi:+.1f}, not ±{printed:g}",
                  details=f"{FIT_NOTE}; ED by {method}")


def _c0_over_hbar_omega(g: float, method: str) -> float:
    r = _row(g, method)
    omega0 = 2 * N.J_RAD_S * math.sqrt(1 - g * g)
    return r["c0_over_kt"] * N.thermal_rate_scipy() / omega0


def _c0_scale_property(method: str) -> Outcome:
    ratios = {g: _c0_over_hbar_omega(g, method) for g in N.TABLE1_GAMMAS}
    ok = all(1 / math.sqrt(10) <= x <= math.sqrt(10) for x in ratios.values())
    txt = ", ".join(f"Γ/J={g}: {x:.3f}" for g, x in ratios.items())
    return _holds(ok, f"C0/ħω0 = {txt}",
                  counterexample=f"fitted C0/ħω0 = {txt}: all below 1/√10 (C0 ≈ 0.14 ħω0 at "
                                 "the benchmark), so C0 is not of order ħω0",
                  details=FIT_NOTE)


# ---------------------------------------------------------------------------------------
# Individual routes used by more than one claim
# ---------------------------------------------------------------------------------------

def _overlap_exact():
    return _ex(D.overlap_benchmark(), details="S = (19/20)^370 exact")


def _overlap_num():
    return _nu(N.coherent_overlap_by_dicke_sum(370, "0.95"),
               details="Σ_k C(N,k)·(cos·sin)^N over Dicke amplitudes of the two coherent states, 30 digits")


def _critical_point_derivation():
    c = D.ordered_curvature()      # e″(0) = J(Γ − J)/Γ
    ok = sp.solve(sp.Eq(c, 0), D.Gamma) == [D.J]
    return _holds(ok, f"e″(0) = {c}: changes sign only at Γ = J", exact=True)


def _critical_point_numeric():
    ms = [N.order_parameter_by_self_consistency(g) if g < 1 else 0.0 for g in (0.9, 0.99, 0.999)]
    dis = [N.order_parameter_by_minimisation(g) for g in (1.001, 1.1)]
    ok = all(x > 1e-3 for x in ms) and all(x < 1e-6 for x in dis)
    return _holds(ok, f"m*(Γ/J = 0.9, 0.99, 0.999) = {[round(x, 4) for x in ms]}; "
                      f"m*(1.001, 1.1) = {[float(f'{x:.1e}') for x in dis]}",
                  counterexample="order parameter does not vanish at Γ = J")


def _tau_k_exact():
    """τ_K ≈ (2π/ω0) e^{NΔf0/k_BT} with exact Δf0 = J(1 − Γ/J)²/2 and ω0 = 2Jm* (s)."""
    g = D.GAMMA_OVER_J
    df0 = D.J_RAD_S * (1 - g) ** 2 / 2
    expo = D.N_BENCH * df0 / D.thermal_rate()
    omega0 = 2 * D.J_RAD_S * D.m_star_of(g)
    return sp.N(2 * sp.pi / omega0 * sp.exp(expo), 20)


def _tau_k_num():
    b = N.barrier_by_minimisation()
    lam = np.linalg.eigvals(N.jacobian_by_finite_differences(
        (N.GAMMA_BENCH, 0.0, math.sqrt(1 - N.GAMMA_BENCH**2)), 1.0, N.GAMMA_BENCH))
    omega0 = float(np.abs(lam.imag).max()) * N.J_RAD_S
    return 2 * math.pi / omega0 * math.exp(b["exponent"])


def _exponent_exact():
    g = D.GAMMA_OVER_J
    return sp.N(D.N_BENCH * D.J_RAD_S * (1 - g) ** 2 / 2 / D.thermal_rate(), 20)


def _exponent_num():
    return _nu(N.barrier_by_minimisation()["exponent"],
               details="min of Eq. (2) at T = k_BT/J (bounded Brent) minus f(0)")


def _n2_dense(Jv: float, Gv: float) -> np.ndarray:
    return np.linalg.eigvalsh(lmg.hamiltonian_dense(2, Gv, Jv))


def _bloch_printed(m, Jv, Gv, hv):
    mx, my, mz = m
    return np.array([2 * (Jv * mz + hv) * my, -2 * (Jv * mz + hv) * mx + 2 * Gv * mz, -2 * Gv * my])


def _bloch_numeric(component: int | None = None) -> Outcome:
    rng = np.random.default_rng(2024)
    worst = 0.0
    for _ in range(50):
        m = rng.normal(size=3)
        Jv, Gv, hv = rng.uniform(0.1, 2, 3)
        a = N.bloch_rhs_by_matrix_commutator(tuple(m), Jv, Gv, hv)
        b = _bloch_printed(m, Jv, Gv, hv)
        sl = slice(None) if component is None else slice(component, component + 1)
        worst = max(worst, float(np.abs(a[sl] - b[sl]).max()))
    return _holds(worst < 1e-12, f"max deviation {worst:.1e} over 50 seeded points (seed 2024)",
                  counterexample=f"deviation {worst:.3g}", details="Tr(ρ i[H_MF, σ]) with numpy")


def _bloch_derivation(component: str | None = None) -> Outcome:
    mx, my, mz = sp.symbols("m_x m_y m_z", real=True)
    printed = {"x": 2 * (D.J * mz + D.h) * my, "y": -2 * (D.J * mz + D.h) * mx + 2 * D.Gamma * mz,
               "z": -2 * D.Gamma * my}
    rhs = D.bloch_rhs()
    keys = [component] if component else ["x", "y", "z"]
    ok = all(sp.simplify(rhs[k] - printed[k]) == 0 for k in keys)
    return _holds(ok, "; ".join(f"ṁ{k} = {rhs[k]}" for k in keys), exact=True,
                  counterexample=f"derived {[rhs[k] for k in keys]}")


def _lz_numeric_callable(DeltaE, tau_Q, alpha):
    return N.landau_zener_by_integration(float(DeltaE), float(alpha), float(tau_Q))


def _lgi_enumeration() -> Outcome:
    vals = [q1 * q2 + q2 * q3 - q1 * q3 for q1, q2, q3 in itertools.product((1, -1), repeat=3)]
    return _holds(max(vals) == 1, f"max over the 8 sign assignments = {max(vals)}", exact=True,
                  counterexample=f"max = {max(vals)}")


def _lgi_random_mixtures(seed: int = 3) -> Outcome:
    rng = np.random.default_rng(seed)
    signs = np.array(list(itertools.product((1, -1), repeat=3)), float)
    k3 = signs[:, 0] * signs[:, 1] + signs[:, 1] * signs[:, 2] - signs[:, 0] * signs[:, 2]
    p = rng.dirichlet(np.full(8, 0.3), size=20000)
    worst = float((p @ k3).max())
    return _holds(worst <= 1 + 1e-12, f"max K3 over 20000 random classical distributions = {worst:.6f} "
                                      f"(seed {seed})", counterexample=f"K3 = {worst}")


# ---------------------------------------------------------------------------------------
# The claims table
# ---------------------------------------------------------------------------------------

def _s_inst_exact(g: str) -> Outcome:
    v = D.instanton_action_at(g)
    return Outcome(value=v, exact=True, text=f"{sp.N(v, 12)} (exact integral at Γ/J = {g})")


def _s_inst_quad(g: str) -> Outcome:
    return Outcome(value=N.instanton_action_by_quadrature(g),
                   details=f"tanh-sinh quadrature of Eq. (51) at Γ/J = {g}, 30 digits")


S_INST_CLAIMS = [
    Claim(
        id="lmg_lgi:s-inst-closed-form",
        location="App. G, Eqs. (51)-(52); also Eq. (10)",
        statement="The WKB instanton integral evaluates exactly to S_inst = artanh(m*) − m*.",
        stated="Sinst = arctanh(m∗)−m∗",
        quote="Sinst = arctanh(m∗)−m∗. (52)",
        judge=Expression("atanh(m_star) - m_star", symbols={"m_star": (0.02, 0.98)}),
        derivation=lambda: Outcome(value=D.instanton_action(), exact=True),
        numeric=lambda: Outcome(
            value=lambda m_star: float(N.instanton_action_by_quadrature(None, m=m_star)),
            text="quadrature of Eq. (51) at seeded m* in (0.02, 0.98)"),
        units="dimensionless (per spin)",
    ),
    *[
        Claim(
            id=f"lmg_lgi:s-inst-table1-{g.replace('.', '')}",
            location=f"Table 1, row Γ/J = {g}; App. G",
            statement=f"S_inst at Γ/J = {g} equals {s}.",
            stated=s,
            quote=quote,
            judge=Value(),
            derivation=lambda g=g: _s_inst_exact(g),
            numeric=lambda g=g: _s_inst_quad(g),
            units="dimensionless (per spin)",
        )
        for g, s, quote in (
            ("0.99", "0.000947", "0.99 0.000947 0.920"),
            ("0.95", "0.010787", "0.95 0.010787 0.934"),
            ("0.90", "0.031255", "0.90 0.031255 0.962"),
        )
    ],
]


def _crossover(method: str) -> Outcome:
    return _nu(N.crossover_by_diagonalisation(0.95, method=method),
               details=f"ΔE(N) = k_BT(10 nK) bracketed over integer N ({method}), log-linear interpolation")


def _levels(route: str) -> dict:
    args = _levels_derivation() if route == "d" else _levels_numeric()
    out = _level_thresholds(*(mpmath.mpf(a) for a in args))
    q2, dE_rad = mpmath.mpf(args[0]), mpmath.mpf(args[1])
    out["K3A"] = _k3(q2, dE_rad, 1 / (GAMMA_PHI * out["g_coll"]))
    out["K3B"] = _k3(q2, dE_rad, 1 / (GAMMA_PHI * out["g_phys"]))
    out["margin"] = (1 / (GAMMA_PHI * out["g_phys"])) / (mpmath.pi / (3 * dE_rad))
    out["ratio_BA"] = out["g_coll"] / out["g_phys"]
    out["K3max"] = 1.5 * q2
    out["q2"] = q2
    return out


def _levels_by_root(key: str) -> float:
    """Independent numeric route: solve K3 = 1 with brentq instead of the ξ closed form."""
    q2, dE_rad, g_phys, ms2 = (float(x) for x in _levels_numeric())
    g_coll = D.N_BENCH**2 * ms2 / 2
    if key == "gA":
        return _threshold_by_root(q2, dE_rad, g_coll)
    if key == "gB":
        return _threshold_by_root(q2, dE_rad, g_phys)
    raise KeyError(key)


LEVEL_NOTE = ("Eq. (22) K3 = Q01²(e^{−x} + e^{−2x}/2), x = πħ/(3ΔE T2), with Q01, ΔE, ⟨E_i|J_z²|E_i⟩ "
              "from " + ED_NOTE + "; level A: 1/T2 = γN²m*²/2 (Eq. (13)); level B: "
                                  "1/T2 = γ(⟨E0|J_z²|E0⟩ + ⟨E1|J_z²|E1⟩)/2 (Eq. (26))")


def _level_claim(label, location, statement, stated, quote, key, *, expect=CONFIRMED,
                 units="", numeric=None, agree=None, reading=""):
    judge = Value() if agree is None else Value(agree_rtol=agree[0], tol_reason=agree[1])
    return Claim(
        id=P + label, location=location, statement=statement, stated=stated, quote=quote,
        judge=judge,
        derivation=lambda: _nu(_levels("d")[key], details=LEVEL_NOTE + " (mpmath construction)"),
        numeric=numeric or (lambda: _nu(_levels("n")[key], details=LEVEL_NOTE + " (LAPACK engine)")),
        expect=expect, units=units, reading=reading)


INTRO_CLAIMS = [
    Claim(
        id=P + "s1-abstract-n370", location="Abstract",
        statement="The Goldilocks crossover of the BEC benchmark is at N ∼ 370 spins.",
        stated="∼ 370", quote="tem of N ∼ 370 spins exhibits classically forbidden temporal",
        judge=Value(agree_rtol=1e-6, tol_reason="interpolated crossover; the two ED routes differ by ~1e-10 in ΔE"),
        derivation=lambda: _crossover("sectors"), numeric=lambda: _crossover("wronskian"),
        units="spins (Γ/J = 0.95, J = 37195.4 rad/s, T = 10 nK)"),
    Claim(
        id=P + "s1-intro-nc370", location="§1, Goldilocks paragraph",
        statement="Exact diagonalisation places the crossover ΔE(N_c) = k_BT at N_c ≈ 370.",
        stated="≈ 370", quote="diagonalisation gives Nc ≈ 370 and",
        judge=Value(agree_rtol=1e-6, tol_reason="interpolated crossover; the two ED routes differ by ~1e-10 in ΔE"),
        derivation=lambda: _crossover("sectors"), numeric=lambda: _crossover("wronskian"),
        units="spins"),
    Claim(
        id=P + "s1-intro-de1310", location="§1, Goldilocks paragraph",
        statement="At N = 370, Γ/J = 0.95 the exact tunnel splitting is ΔE/ħ = 1310 rad/s "
                  "(read to the 4 printed significant figures).",
        stated="1310", quote="∆E/ℏ = 1310 rad/s = kBT/ℏ.",
        judge=Property(),
        derivation=lambda: _rounds_to(_dE_rad_mp(), "1310", 4, "ΔE (mpmath parity blocks)"),
        numeric=lambda: _rounds_to(_dE_rad_num(), "1310", 4, "ΔE (Wronskian route)"),
        units="rad/s"),
    Claim(
        id=P + "s1-k3-ceiling", location="§1, P5 paragraph",
        statement="The decoherence-free LGI ceiling is Q01² × 3/2 = 1.415.",
        stated="1.415", quote="2 = 1.415 (decoherence-free ceiling, where",
        judge=Value(), derivation=lambda: _nu(_levels("d")["K3max"], details=LEVEL_NOTE),
        numeric=lambda: _nu(_levels("n")["K3max"]), units="dimensionless"),
    Claim(
        id=P + "s1-contrib-q01", location="§1, Contributions (a)",
        statement="The exact matrix element Q01² = ⟨E0|sgn J_z|E1⟩² is 0.9436.",
        stated="0.9436", quote="01 = 0.9436 matrix element from complete 371-dimensional symmetric",
        judge=Value(), derivation=lambda: _nu(_mp()["Q01"] ** 2, details="mpmath parity blocks, sgn(0) = 0"),
        numeric=lambda: _nu(N.benchmark_spectrum()["Q01"] ** 2, details="numerics.lmg parity eigenvectors"),
        units="dimensionless"),
    Claim(
        id=P + "s1-contrib-k3max", location="§1, Contributions (a)",
        statement="Q01² sets the decoherence-free ceiling K3max = 1.415.",
        stated="1.415", quote="3 = 1.415; (b) the three-level",
        judge=Value(), derivation=lambda: _nu(_levels("d")["K3max"]),
        numeric=lambda: _nu(_levels("n")["K3max"]), units="dimensionless"),
    Claim(
        id=P + "s1-overlap-formula", location="§1; §2 after Eq. (3)",
        statement="The overlap of the two spin-coherent states centred at ±m* is "
                  "S = (Γ/J)^N = (1 − m*²)^{N/2}.",
        stated="S = ⟨P|R⟩ = (Γ/J)^N = (1−m∗²)^{N/2}", quote="(Γ/J)N = (1−m2",
        judge=Property(),
        derivation=lambda: _holds(
            sp.simplify(D.coherent_state_overlap() - (1 - D.m_star**2) ** (D.N / 2)) == 0,
            f"⟨P|R⟩ = {D.coherent_state_overlap()} = (Γ/J)^N with Γ/J = √(1 − m*²)", exact=True,
            counterexample=f"derived {D.coherent_state_overlap()}"),
        numeric=lambda: _overlap_formula_numeric(), units="dimensionless"),
    Claim(
        id=P + "s1-overlap-value", location="§1",
        statement="S ≈ 5.7 × 10⁻⁹ at Γ/J = 0.95, N = 370.",
        stated="≈ 5.7 × 10⁻⁹", quote="S ≈ 5.7 × 10−9 at Γ/J = 0.95, N = 370, so two-level approximations",
        judge=Value(), derivation=_overlap_exact, numeric=_overlap_num, units="dimensionless"),
    Claim(
        id=P + "s1-doublet-norm", location="§1; Eq. (4)",
        statement="|E0⟩ = (|P⟩ + |R⟩)/√(2 + 2S) and |E1⟩ = (|P⟩ − |R⟩)/√(2 − 2S) are normalised.",
        stated="|E0⟩ = (|P⟩+|R⟩)/√(2+2S), |E1⟩ = (|P⟩−|R⟩)/√(2−2S)",
        quote="N the true energy eigenstates are well approximated by |E0⟩ = (|P ⟩+ |R⟩)/",
        judge=Property(),
        derivation=lambda: _holds(D.doublet_norm_squared() == (1, 1),
                                  f"⟨E0|E0⟩, ⟨E1|E1⟩ = {D.doublet_norm_squared()}", exact=True,
                                  counterexample=str(D.doublet_norm_squared())),
        numeric=lambda: _holds(np.allclose(N.doublet_norms_by_construction(), 1, atol=1e-12),
                               f"norms {N.doublet_norms_by_construction()} (N = 20 Dicke coherent states)",
                               counterexample=str(N.doublet_norms_by_construction())),
        units="dimensionless"),
    Claim(
        id=P + "s1-barrier-13", location="§1, P4 paragraph",
        statement="At the benchmark the Kramers exponent is NΔf0/k_BT ≈ 13.",
        stated="≈ 13", quote="benchmark parameters N∆f0/kBT ≈ 13, giving τK ∼ 130 s, so the classical system is non-",
        judge=Value(), derivation=lambda: _nu(_exponent_exact(), details="Δf0 = J(1 − Γ/J)²/2 (T → 0 of Eq. (2))"),
        numeric=_exponent_num, units="dimensionless"),
    Claim(
        id=P + "s1-tauk-130", location="§1, P4 paragraph",
        statement="The classical Kramers escape time is τ_K ∼ 130 s.",
        stated="∼ 130", quote="giving τK ∼ 130 s, so the classical system is non-",
        judge=Value(agree_rtol=1e-6, tol_reason="ω0 from a finite-difference Jacobian (~1e-9) enters the numeric route"),
        derivation=lambda: _nu(_tau_k_exact(), details="τ_K = (2π/ω0)e^{NΔf0/k_BT} (Remark 9), ω0 = 2Jm*"),
        numeric=lambda: _nu(_tau_k_num(), details="ω0 from Jacobian eigenvalues, barrier from minimising Eq. (2)"),
        units="s"),
    Claim(
        id=P + "s1-gamma-c", location="§1, Introduction",
        statement="The mean-field quantum critical point is at Γc = J.",
        stated="Γc = J", quote="Γc = J (at which the two ordered vacua become exactly degenerate in the thermodynamic",
        judge=Property(), derivation=_critical_point_derivation, numeric=_critical_point_numeric,
        units="energy"),
    _level_claim("s1-level-a-threshold", "§1, threshold hierarchy (level A)",
                 "Level A (mean-field T2coll, Eq. (13)) puts the LGI threshold at γϕ = 0.050 s⁻¹ (violation for γϕ ≲ 0.050).",
                 "≲ 0.050", "ϕ ≲ 0.050 s−1) uses the mean-field coherent-state estimate T coll", "gA",
                 units="s⁻¹", reading="0.050", numeric=lambda: _nu(_levels_by_root("gA"), details="brentq on K3(γ) = 1"),
                 agree=(1e-7, "brentq on the transcendental K3 = 1 versus the closed-form ξ")),
    _level_claim("s1-level-a-k3", "§1, threshold hierarchy (level A)",
                 "At the BEC target γϕ = 0.05 s⁻¹ level A gives K3 ≈ 1.000.",
                 "≈ 1.000", "target exactly at the threshold (K3 ≈ 1.000). The analytic eigenstate level B (γ(B)",
                 "K3A", units="dimensionless",
                 expect=refuted("Eq. (22) with T2coll = 2/(γN²m*²) = 2.997 ms and exact Q01² = 0.94356, "
                                "ΔE = 1310.0 rad/s gives K3 = 0.9994 (the level-A threshold 0.0499 s⁻¹ lies "
                                "just below 0.05 s⁻¹); 1.000 needs three-decimal rounding up from 0.9994")),
    _level_claim("s1-level-b-threshold", "§1, threshold hierarchy (level B)",
                 "Level B (exact eigenstate rate, Eq. (26)) puts the threshold at γϕ = 0.117 s⁻¹.",
                 "≲ 0.117", "0.117 s−1) corrects the parity-forbidden cross-term, raising the threshold", "gB",
                 units="s⁻¹", reading="0.117", numeric=lambda: _nu(_levels_by_root("gB"), details="brentq on K3(γ) = 1"),
                 agree=(1e-7, "brentq on the transcendental K3 = 1 versus the closed-form ξ")),
    _level_claim("s1-level-ab-ratio", "§1, threshold hierarchy",
                 "Parity cross-term elimination raises the threshold by 2.35× (level A → B).",
                 "2.35×", "raising the threshold 2.35× and giving", "ratio_BA", units="dimensionless"),
    _level_claim("s1-level-b-k3", "§1, threshold hierarchy (level B)",
                 "Level B gives K3 ≈ 1.22 at the BEC target.",
                 "≈ 1.22", "K3 ≈ 1.22 at the BEC target. The five-level Lindblad level C (γ(C)", "K3B",
                 units="dimensionless"),
    _level_claim("s1-abstract-ab-ratio", "Abstract",
                 "Exact parity gives a 2.35× improvement over the naive mean-field estimate.",
                 "2.35×", "to T1 population mixing without requiring ground-state preparation (2.35× improve-",
                 "ratio_BA", units="dimensionless"),
    _level_claim("s1-contrib-ab-ratio", "§1, Contributions (b)",
                 "The parity cross-term elimination contributes 2.35×.",
                 "2.35×", "threshold hierarchy (A/B/C) identifying the parity cross-term elimination (2.35×) and",
                 "ratio_BA", units="dimensionless"),
    _level_claim("s1-abstract-margin", "Abstract",
                 "At the BEC target T2phys exceeds the optimal measurement interval πħ/(3ΔE) by 8.8×.",
                 "8.8×", "a margin of 8.8× above the", "margin", units="dimensionless"),
    _level_claim("s1-contrib-borderline", "§1, Contributions (b)",
                 "The mean-field level leaves the BEC target borderline, K3 = 1.000.",
                 "1.000", "together raising the BEC target K3 from borderline (1.000) to robust (1.32); (c) a five-level",
                 "K3A", units="dimensionless",
                 expect=refuted("level A at γϕ = 0.05 s⁻¹ gives K3 = 0.9994 (Eq. (22), exact Q01² = 0.94356, "
                                "T2coll = 2.997 ms), not 1.000")),
]


# --- level C: five-level Lindblad K3 (own routes; no shared Lindblad engine when written) ---

LEVEL_C_NOTE = ("five-level truncation (lowest 5 eigenstates of the 371-dim H, P J_z P, P sgn(J_z) P), "
                "ρ0 = |E0⟩⟨E0|, Lüders instrument ½{Q, ρ}, Δt = πħ/(3ΔE), L = √γϕ J_z; the re-preparation "
                "protocol of §7.3 (ρ(t1) = ρ(t2) = ρ0, K3 = 2C12 − C13)")


def _seq_note() -> str:
    return (f"for comparison, a single preparation without re-preparation (C23 from e^(𝓛Δt)ρ0) gives "
            f"K3(0.05) = {N.k3_sequential(0.05, 5, 'spectral'):.4f} and threshold "
            f"{N.k3_threshold(5, 'spectral', 'sequential'):.4f} s⁻¹")


def _k3c(method: str) -> Outcome:
    return _nu(N.k3_stationary(0.05, 5, method), details=f"{LEVEL_C_NOTE}; propagator: {method}; {_seq_note()}")


def _thr_c(method: str) -> float:
    return N.k3_threshold(5, method)


def _ratio_c(method: str, over: str) -> Outcome:
    base = _levels("d" if method == "spectral" else "n")[over]
    return _nu(_thr_c(method) / base, details=f"{LEVEL_C_NOTE}; propagator: {method}; divided by level "
                                             f"{'A' if over == 'gA' else 'B'}; {_seq_note()}")


C_BC_REASON = ("0.28916/0.11732 = 2.465, which rounds to 2.46; 2.47 is the ratio of the rounded thresholds "
               "0.289/0.117 (minor)")


def _c_claim(label, location, statement, stated, quote, kind, expect=CONFIRMED):
    """A level-C claim; a threshold printed as "γϕ ≲ x" is read as the threshold value x."""
    reading = stated.removeprefix("≲ ") if stated.startswith("≲") else ""
    if kind == "k3":
        d, n = (lambda: _k3c("spectral")), (lambda: _k3c("ode"))
    elif kind == "thr":
        d = lambda: _nu(_thr_c("spectral"), details=f"{LEVEL_C_NOTE}; brentq, spectral propagator; {_seq_note()}")
        n = lambda: _nu(_thr_c("ode"), details=LEVEL_C_NOTE + "; brentq, DOP853 propagator")
    else:
        d, n = (lambda: _ratio_c("spectral", kind)), (lambda: _ratio_c("ode", kind))
    return Claim(id=P + label, location=location, statement=statement, stated=stated, quote=quote,
                 judge=Value(agree_rtol=1e-8), derivation=d, numeric=n, expect=expect, reading=reading,
                 units="s⁻¹" if kind == "thr" else "dimensionless")


LEVEL_C_CLAIMS = [
    _c_claim("s1-abstract-k3-c", "Abstract", "A five-level Lindblad simulation yields K3 ≈ 1.32 at the BEC target.",
             "≈ 1.32", "yields K3 ≈ 1.32 and dephasing", "k3"),
    _c_claim("s1-abstract-threshold-c", "Abstract", "The five-level dephasing threshold is γϕ = 0.289 s⁻¹.",
             "≲ 0.289", "dephasing threshold γϕ ≲ 0.289 s−1 at", "thr"),
    _c_claim("s1-abstract-bc-ratio", "Abstract", "Higher odd-parity states contribute a further 2.47×.",
             "2.47×", "contributes a further 2.47×.", "gB", refuted(C_BC_REASON)),
    _c_claim("s1-level-c-threshold", "§1, threshold hierarchy (level C)",
             "Level C (five-level Lindblad) puts the threshold at γϕ = 0.289 s⁻¹.",
             "≲ 0.289", "ϕ ≲ 0.289 s−1) captures", "thr"),
    _c_claim("s1-level-bc-ratio", "§1, threshold hierarchy", "Level C raises the threshold a further 2.47× over B.",
             "2.47×", "raising it a further 2.47× and giving", "gB", refuted(C_BC_REASON)),
    _c_claim("s1-level-c-k3", "§1, threshold hierarchy (level C)", "Level C gives K3 ≈ 1.32 at the BEC target.",
             "≈ 1.32", "K3 ≈ 1.32 at the BEC target. The 5.8× total", "k3"),
    _c_claim("s1-level-ac-ratio", "§1, threshold hierarchy", "The total A → C improvement is 5.8×.",
             "5.8×", "The 5.8× total improvement", "gA"),
    _c_claim("s1-contrib-bc-ratio", "§1, Contributions (b)", "The multi-level Dicke-doublet contribution is 2.47×.",
             "2.47×", "Dicke-doublet contribution (2.47×)", "gB", refuted(C_BC_REASON)),
    _c_claim("s1-contrib-robust", "§1, Contributions (b)", "The BEC target K3 is raised to a robust 1.32.",
             "1.32", "to robust (1.32)", "k3"),
    _c_claim("s1-contrib-threshold-c", "§1, Contributions (c)", "The authoritative five-level threshold is γϕ = 0.289 s⁻¹.",
             "≲ 0.289", "dephasing threshold γϕ ≲ 0.289 s−1; (d)", "thr"),
]


def _overlap_formula_numeric() -> Outcome:
    rng = np.random.default_rng(17)
    worst = 0.0
    pts = []
    for _ in range(6):
        n = int(rng.integers(2, 60))
        g = float(rng.uniform(0.3, 0.99))
        with mpmath.workdps(30):    # 30 digits: (Γ/J)^N ~ 1e-9…1e-1 compared to 1e-20 relative
            a = N.coherent_overlap_by_dicke_sum(n, g)
            b = mpmath.mpf(g) ** n
            worst = max(worst, float(abs(a - b) / b))
        pts.append((n, round(g, 3)))
    return _holds(worst < 1e-20, f"Dicke-sum overlap = (Γ/J)^N at {pts} (seed 17), max rel. dev {worst:.1e}",
                  counterexample=f"relative deviation {worst:.3g}")


def _bec_derivation() -> Outcome:
    Jd = D.bec_coupling()
    g11, g12 = sp.symbols("g11 g12")
    ratio = sp.simplify(Jd / (D.N * (g12 - g11)))
    return _holds(True, f"J = {Jd}: ratio to the printed N(g12 − g11) is {ratio}", exact=True,
                  condition="the interaction is written Σ_ij g_ij n_i n_j without the usual ½; with "
                            "H_int = ½Σ_ij g_ij n_i n_j = (g11/2)(n_a² + n_b²) + g12 n_a n_b the mapping "
                            "is J = N(g12 − g11)/2")


def _bec_numeric() -> Outcome:
    n, g11, g12 = 8, 0.37, 1.21
    c = N.bec_jz2_coefficient_by_fock(n, g11, g12)
    Jn = -n * c / 2
    ratio = Jn / (n * (g12 - g11))
    return _holds(True, f"Fock-space fit (N = 8, g11 = 0.37, g12 = 1.21): J = {Jn:.6f}, "
                        f"ratio to N(g12 − g11) = {ratio:.6f}",
                  condition="the interaction is written Σ_ij g_ij n_i n_j without the usual ½ "
                            "(with ½Σ g_ij n_i n_j, J = N(g12 − g11)/2)")


def _mf_free_energy_numeric():
    return Outcome(value=lambda J, Gamma, T, h, m: N.free_energy_matrix_trace(m, J, Gamma, T, h),
                   text="J m²/2 − T ln Tr expm(−h_MF/T) (scipy.linalg.expm) at seeded points")


def _m_star_numeric():
    return Outcome(value=lambda J, Gamma: N.order_parameter_by_self_consistency(Gamma / J),
                   text="root of m = ⟨σᶻ⟩_GS(h_MF) (numpy eigh + brentq)")


def _omega0_numeric():
    def f(J, m_star):
        G = J * math.sqrt(1 - m_star**2)
        lam = np.linalg.eigvals(N.jacobian_by_finite_differences((G / J, 0.0, m_star), J, G))
        return float(np.abs(lam.imag).max())
    return Outcome(value=f, text="imaginary part of the finite-difference Jacobian eigenvalues at (Γ/J, 0, m*)")


def _omega0_derivation():
    ev = D.linearised_eigenvalues()
    G1, G2 = sp.symbols("Gamma_1 Gamma_2", real=True)
    w = [sp.im(e.subs({G1: 0, G2: 0})) for e in ev]
    return _ex(sp.simplify(max(w, key=lambda e: float(e.subs({D.J: 1, D.m_star: sp.Rational(1, 2)})))),
               details="eigenvalues of the Jacobian of Eq. (8) at the tilted fixed point")


def _chi_mf_derivation() -> Outcome:
    chi = D.mean_field_susceptibility()
    lim = sp.limit((D.J - D.Gamma) * chi, D.Gamma, D.J)
    return _holds(lim.is_positive and lim.is_finite, f"χ_MF = {chi}; (J − Γ)χ → {lim} as Γ → J",
                  exact=True, counterexample=f"(J − Γ)χ → {lim}")


def _chi_mf_numeric() -> Outcome:
    vals = [(1 - g) * N.susceptibility_by_finite_difference(g, dh=1e-9) for g in (0.99, 0.999, 0.9999)]
    ok = all(abs(v - 0.5) < 0.01 for v in vals[1:]) and vals[0] > 0
    return _holds(ok, f"(J − Γ)χ at Γ/J = 0.99, 0.999, 0.9999: {[round(v, 5) for v in vals]} (J = 1)",
                  counterexample=str(vals))


def _chi_two_level_numeric():
    def f(N, m_star, DeltaE):
        d = 1e-6 * DeltaE / (N * m_star)
        def mz(h):
            _, v = np.linalg.eigh(np.array([[-N * m_star * h, -DeltaE / 2], [-DeltaE / 2, N * m_star * h]]))
            g = v[:, 0]
            return m_star * (g[0] ** 2 - g[1] ** 2)
        return (mz(d) - mz(-d)) / (2 * d)
    return Outcome(value=f, text="central difference of m*⟨τᶻ⟩ in the numpy ground state of H_eff")


S2_CLAIMS = [
    Claim(
        id=P + "s2-collective-form", location="§2, Eq. (1)",
        statement="With Ĵ = ½Σσ̂, Eq. (1) equals −(2J/N)Ĵz² − 2ΓĴx − 2hĴz.",
        stated="Ĥ = −(2J/N)Ĵz² − 2ΓĴx − 2hĴz", quote="i , Ĵ± = Ĵx ± iĴy: Ĥ = −2J",
        judge=Property(),
        derivation=lambda: _holds(D.collective_form_difference(3) == sp.zeros(8),
                                  "spin-sum minus collective form = 0 on the 8-dim space of 3 spins (SymPy, symbolic J, Γ, h)",
                                  exact=True, counterexample="non-zero difference"),
        numeric=lambda: _holds(N.collective_form_residual() < 1e-12,
                               f"max |difference| = {N.collective_form_residual():.1e} for 6 spins, seeded J, Γ, h (seed 11)",
                               counterexample="non-zero difference"),
        units="energy"),
    Claim(
        id=P + "s2-bec-mapping", location="§2, after Eq. (1)",
        statement="BEC mapping: J ↔ N(g12 − g11).",
        stated="J ↔ N(g12 − g11)", quote="2hĴz. BEC mapping [8]: J ↔ N(g12 − g11), Γ ↔ ℏΩ, h ↔ ℏδ.1 Throughout, ℏ =",
        judge=Property(), derivation=_bec_derivation, numeric=_bec_numeric,
        expect=conditional("with the standard two-mode contact interaction ½Σ_ij g_ij n_i n_j = "
                           "(g11/2)(n_a² + n_b²) + g12 n_a n_b the J_z² coefficient is g11 − g12, so "
                           "J = N(g12 − g11)/2; the printed N(g12 − g11) holds only if the interaction "
                           "is written without the ½"),
        units="rad/s"),
    Claim(
        id=P + "s2-kbt", location="§2",
        statement="k_BT = 1310 rad/s at T = 10 nK (read to the 4 printed significant figures).",
        stated="1310", quote="dimensionally equivalent).2 At these parameters, kBT = 1310 rad/s at T = 10 nK, and the",
        judge=Property(),
        derivation=lambda: _rounds_to(sp.N(_kt_exact(), 15), "1310", 4, "k_B·10 nK/ħ (SI-2019 exact constants)"),
        numeric=lambda: _rounds_to(N.thermal_rate_rad_s(), "1310", 4, "k_B·10 nK/ħ (pint)"),
        expect=refuted("k_B·(10 nK)/ħ = 1309.20 rad/s (SI-2019 exact k_B and h; reading: angular rate "
                       "k_BT/ħ in rad/s; k_BT/h = 208.37 Hz does not reproduce it either). 1310 is 1309.2 "
                       "rounded to 3 figures (App. I hard-codes 131.0 rad/s per nK; CODATA gives 130.92); the paper "
                       "treats it as equal to ΔE = 1310.00 rad/s, which it is not (ΔE/k_BT = 1.0006)"),
        units="rad/s (ħ = 1)"),
    Claim(
        id=P + "s2-de1310", location="§2",
        statement="The exact tunnel splitting at N = 370, Γ/J = 0.95 is ΔE/ħ = 1310 rad/s (4 s.f.).",
        stated="1310", quote="tunnel splitting ∆E/ℏ = 1310 rad/s at N = 370, Γ/J = 0.95 (exact diagonalisation of the",
        judge=Property(),
        derivation=lambda: _rounds_to(_dE_rad_mp(), "1310", 4, "ΔE (mpmath parity blocks)"),
        numeric=lambda: _rounds_to(_dE_rad_num(), "1310", 4, "ΔE (Wronskian route)"),
        units="rad/s"),
    Claim(
        id=P + "s2-dimension", location="§2",
        statement="The symmetric Dicke sector of N = 370 spins is 371-dimensional.",
        stated="371", quote="complete 371-dimensional symmetric Dicke sector matrix). The intensive order parameter",
        judge=Value(), derivation=lambda: _ex(sp.Integer(D.N_BENCH + 1), text="2j + 1 = N + 1 = 371"),
        numeric=lambda: _nu(len(lmg.hamiltonian_tridiagonal(370, 0.95)[0])), units="states"),
    Claim(
        id=P + "s2-free-energy", location="§2, Eq. (2)",
        statement="Mean-field variational free energy per spin f(m) = Jm²/2 − T ln[2cosh(√((Jm+h)² + Γ²)/T)].",
        stated="f(m) = J/2 m² − T ln[2 cosh(√((Jm+h)²+Γ²)/T)]", quote="f(m) = J",
        judge=Expression("J*m**2/2 - T*log(2*cosh(sqrt((J*m + h)**2 + Gamma**2)/T))",
                         symbols={"J": (0.5, 2.0), "Gamma": (0.1, 1.0), "T": (0.3, 2.0), "h": (-0.3, 0.3),
                                  "m": (-1.0, 1.0)}),
        derivation=lambda: _ex(D.mean_field_free_energy()), numeric=_mf_free_energy_numeric,
        units="energy per spin"),
    Claim(
        id=P + "s2-gamma-c", location="§2, after Eq. (2)",
        statement="The quantum critical point is at T = 0, Γc = J.",
        stated="Γc = J", quote="The quantum critical point is at T = 0, Γc = J [13].",
        judge=Property(), derivation=_critical_point_derivation, numeric=_critical_point_numeric,
        units="energy"),
    Claim(
        id=P + "s2-m-star", location="§2, Eq. (3)",
        statement="In the ordered phase the mean-field vacua sit at m* = ±√(1 − Γ²/J²).",
        stated="m∗ = ±√(1− Γ2/J2)", quote="two macroscopic vacua emerge at m∗ = ±",
        judge=Expression("sqrt(1 - Gamma**2/J**2)", symbols={"J": (1.5, 2.0), "Gamma": (0.2, 1.4)}),
        derivation=lambda: _ex(D.order_parameter()), numeric=_m_star_numeric, units="dimensionless"),
    Claim(
        id=P + "s2-overlap-value", location="§2, after Eq. (3)",
        statement="S = (Γ/J)^N = (0.9025)^185 ≈ 5.7 × 10⁻⁹ at Γ/J = 0.95, N = 370.",
        stated="≈ 5.7 × 10⁻⁹", quote="S = (Γ/J)N = (0.9025)185 ≈ 5.7 × 10−9), so treating them as orthogonal is an excel-",
        judge=Value(), derivation=_overlap_exact, numeric=_overlap_num, units="dimensionless"),
    Claim(
        id=P + "s3-footnote-overlap", location="§3, footnote 3",
        statement="At N = 370, Γ/J = 0.95 the coherent-state overlap is S ≈ 5.7 × 10⁻⁹.",
        stated="≈ 5.7×10⁻⁹", quote="(at N = 370, Γ/J = 0.95: S ≈ 5.7×10−9, so the orthogonality",
        judge=Value(), derivation=_overlap_exact, numeric=_overlap_num, units="dimensionless"),
    Claim(
        id=P + "s2-footnote-hbar-over-de", location="§2, footnote 2",
        statement="ħ/ΔE ≈ 0.763 ms for ΔE/ħ = 1310 rad/s.",
        stated="≈ 0.763", quote="with ∆E/ℏ = 1310 rad s−1 giving ℏ/∆E ≈ 0.763 ms.",
        judge=Value(), derivation=lambda: _nu(1000 / _dE_rad_mp()), numeric=lambda: _nu(1000 / _dE_rad_num()),
        units="ms"),
    Claim(
        id=P + "s2-rem1-exponent", location="§2, Remark 1",
        statement="The thermal population of |E2⟩ is e^{−ΔE20/k_BT} ≈ e^{−11.4}.",
        stated="≈ 11.4", quote="is e−∆E20/kBT ≈ e−11.4 ≈ 1 × 10−5 (using",
        judge=Value(),
        derivation=lambda: _nu((_mp()["E"][2] - _mp()["E"][0]) * J_RAD / sp.N(_kt_exact(), 20),
                               details="ΔE20 from the mpmath construction, k_BT = 1309.20 rad/s"),
        numeric=lambda: _nu((N.benchmark_spectrum()["E"][2] - N.benchmark_spectrum()["E"][0]) * N.J_RAD_S
                            / N.thermal_rate_rad_s()),
        units="dimensionless"),
    Claim(
        id=P + "s2-rem1-population", location="§2, Remark 1",
        statement="The thermal population of |E2⟩ is ≈ 1 × 10⁻⁵.",
        stated="≈ 1 × 10⁻⁵", quote="≈ 1 × 10−5 (using",
        judge=Value(),
        derivation=lambda: _nu(mpmath.exp(-(_mp()["E"][2] - _mp()["E"][0]) * J_RAD / sp.N(_kt_exact(), 20))),
        numeric=lambda: _nu(math.exp(-(N.benchmark_spectrum()["E"][2] - N.benchmark_spectrum()["E"][0])
                                     * N.J_RAD_S / N.thermal_rate_rad_s())),
        units="dimensionless"),
    Claim(
        id=P + "s2-rem1-ratio", location="§2, Remark 1",
        statement="ΔE20/ΔE10 = 1 + ΔE21/ΔE10 ≈ 11.4 from exact diagonalisation.",
        stated="≈ 11.4", quote="∆E20/∆E10 = 1 + ∆E21/∆E10 ≈ 11.4 from exact diagonalisation at N = 370, Γ/J =",
        judge=Value(),
        derivation=lambda: _nu((_mp()["E"][2] - _mp()["E"][0]) / (_mp()["E"][1] - _mp()["E"][0])),
        numeric=lambda: _nu(_gap_ratio(N.benchmark_spectrum()["E"], 2, 0)),
        units="dimensionless"),
    Claim(
        id=P + "s2-omega0", location="§2, after Remark 1",
        statement="The Bloch precession frequency is ω0 = 2Jm*.",
        stated="ω0 = 2Jm∗", quote="The Bloch precession frequency is ω0 = 2Jm∗ and the mean-field susceptibility χMF =",
        judge=Expression("2*J*m_star", symbols={"J": (0.5, 2.0), "m_star": (0.1, 0.9)},
                         agree_rtol=1e-6, tol_reason="finite-difference Jacobian (central, step 1e-7)"),
        derivation=_omega0_derivation, numeric=_omega0_numeric, units="rad/s"),
    Claim(
        id=P + "s2-chi-mf", location="§2, after Remark 1",
        statement="The mean-field susceptibility diverges as χ_MF ∼ (J − Γ)⁻¹ near criticality.",
        stated="χMF ∼ (J − Γ)−1 → ∞", quote="(∂m/∂h)h=0 ∼ (J − Γ)−1 → ∞ near criticality.",
        judge=Property(), derivation=_chi_mf_derivation, numeric=_chi_mf_numeric, units="1/J"),
    Claim(
        id=P + "s2-chi-two-level", location="§2, Eq. (5)",
        statement="From H_eff = −Nm*hτᶻ − (ΔE/2)τˣ the susceptibility is χ_eff = 2Nm*²/ΔE.",
        stated="χeff = 2Nm∗²/∆Etunnel(N,Γ)",
        quote="effective two-level Hamiltonian Heff = −Nm∗hτ̂z − (∆E/2)τ̂x. Differentiating the ground-",
        judge=Expression("2*N*m_star**2/DeltaE", symbols={"N": (10, 500), "m_star": (0.1, 0.9), "DeltaE": (0.01, 1.0)},
                         agree_rtol=1e-6, tol_reason="central finite difference of a numpy ground state"),
        derivation=lambda: _ex(D.two_level_susceptibility()), numeric=_chi_two_level_numeric,
        units="1/J"),
    Claim(
        id=P + "s2-chi-exact", location="§2, after Eq. (5)",
        statement="Exact diagonalisation gives χ_eff^exact ≈ 1509 J⁻¹ at N = 370, Γ/J = 0.95.",
        stated="≈ 1509", quote="eff ≈ 1509 J−1 versus the two-level estimate 2Nm2",
        judge=Value(agree_rtol=1e-7, tol_reason="Richardson-extrapolated finite difference in h (step 2e-7 J)"),
        derivation=lambda: _nu(_mp()["chi"], details="χ = (8/N)⟨E0|J_z(H − E0)⁻¹J_z|E0⟩, odd-block Thomas solve, 30 digits"),
        numeric=lambda: _nu(N.susceptibility_by_field_derivative(), details="d⟨2J_z/N⟩/dh of the LAPACK ground state"),
        units="1/J (intensive m_z = 2J_z/N)"),
    Claim(
        id=P + "s2-chi-two-level-value", location="§2, after Eq. (5)",
        statement="The two-level estimate is 2Nm*²/ΔE ≈ 2049 J⁻¹.",
        stated="≈ 2049", quote="∗/∆E ≈ 2049 J−1, a 35% overesti-",
        judge=Value(),
        derivation=lambda: _nu(2 * 370 * (1 - mpmath.mpf(19) ** 2 / 400) / (_mp()["E"][1] - _mp()["E"][0])),
        numeric=lambda: _nu(2 * 370 * (1 - 0.95**2) / N.benchmark_spectrum()["splitting"]),
        units="1/J"),
    Claim(
        id=P + "s2-chi-overestimate", location="§2, after Eq. (5)",
        statement="The two-level estimate overestimates the exact susceptibility by 35%.",
        stated="35%", quote="a 35% overesti-",
        judge=Value(agree_rtol=1e-7, tol_reason="the exact χ of the numeric route is a Richardson finite difference"),
        derivation=lambda: _nu(2 * 370 * (1 - mpmath.mpf(19) ** 2 / 400) / (_mp()["E"][1] - _mp()["E"][0])
                               / _mp()["chi"] - 1),
        numeric=lambda: _nu(2 * 370 * (1 - 0.95**2) / N.benchmark_spectrum()["splitting"]
                            / N.susceptibility_by_field_derivative() - 1),
        expect=refuted("2048.6/1508.8 − 1 = 35.8% (overestimate relative to the exact χ = 1508.8 J⁻¹); "
                       "printed 35% (relative to the two-level value it would be 26.3%)"),
        units="fraction"),
]


def _n2_numeric(which: str):
    def f(J, Gamma):
        E = _n2_dense(J, Gamma)
        return {"min": E[0], "max": E[2], "gap": E[1] - E[0]}[which]
    return Outcome(value=f, text=f"numpy eigvalsh of the N = 2 Dicke matrix ({which})")


def _n2_odd_numeric():
    def f(J, Gamma=0.7):       # −J carries no Γ: the sampler passes J only; Γ = 0.7 (any Γ works)
        H = lmg.hamiltonian_dense(2, Gamma, J)
        a = np.array([1.0, 0.0, -1.0]) / math.sqrt(2)
        return float(a @ H @ a)
    return Outcome(value=f, text="⟨a|H|a⟩ with numpy, |a⟩ = (|1⟩ − |−1⟩)/√2")


def _n2_small_gamma_numeric():
    def f(J, Gamma):
        def a(eps):
            E = _n2_dense(J, eps * Gamma)
            return (E[1] - E[0]) / eps**2
        e = 1e-3
        return (4 * a(e) - a(2 * e)) / 3      # Richardson: removes the O(ε²) term
    return Outcome(value=f, text="Richardson limit of ΔE(εΓ)/ε² at ε = 1e-3, 2e-3 (numpy)")


def _n2_gs_derivation() -> Outcome:
    E_minus = D.n2_even_eigenvalues()[0]
    B = D.n2_even_block()
    ratio = sp.simplify((-B[0, 0] + E_minus) / B[0, 1])       # v2/v1 from row 1 of (B − E−)v = 0
    phi = sp.atan(4 * D.Gamma / D.J)
    tan_half = sp.sin(phi) / (1 + sp.cos(phi))
    ok = sp.simplify(ratio - tan_half) == 0
    return _holds(ok, f"eigenvector ratio ⟨0|GS⟩/⟨s|GS⟩ = {ratio} = tan(φ/2) with tan φ = 4Γ/J",
                  exact=True, counterexample=f"ratio {ratio}")


def _n2_gs_numeric() -> Outcome:
    rng = np.random.default_rng(8)
    worst = 0.0
    for _ in range(20):
        Jv, Gv = rng.uniform(0.1, 3, 2)
        _, V = np.linalg.eigh(lmg.hamiltonian_dense(2, Gv, Jv))
        g = V[:, 0] * np.sign(V[0, 0])
        s_amp, o_amp = (g[0] + g[2]) / math.sqrt(2), g[1]
        phi = math.atan(4 * Gv / Jv)
        worst = max(worst, abs(s_amp - math.cos(phi / 2)), abs(o_amp - math.sin(phi / 2)))
    return _holds(worst < 1e-12, f"max |amplitude − (cos φ/2, sin φ/2)| = {worst:.1e} at 20 seeded (J, Γ) (seed 8)",
                  counterexample=f"deviation {worst:.3g}")


def _n2_even_gs_derivation() -> Outcome:
    E_minus = D.n2_even_eigenvalues()[0]
    d = sp.simplify(E_minus + D.J)                # E− − (−J)
    ok = sp.simplify(d + (sp.sqrt(D.J**2 + 16 * D.Gamma**2) - D.J) / 2) == 0
    return _holds(ok, f"E− + J = {d} = −(√(J² + 16Γ²) − J)/2 < 0 for Γ > 0", exact=True,
                  counterexample=f"E− + J = {d}")


def _n2_even_gs_numeric() -> Outcome:
    rng = np.random.default_rng(9)
    bad = []
    for _ in range(200):
        Jv, Gv = rng.uniform(0.01, 3, 2)
        E, V = np.linalg.eigh(lmg.hamiltonian_dense(2, Gv, Jv))
        if not (E[0] < -Jv and abs(V[0, 0] - V[2, 0]) < 1e-12):
            bad.append((Jv, Gv))
    return _holds(not bad, "200 seeded (J, Γ) (seed 9): ground state even and below −J",
                  counterexample=f"fails at {bad[:2]}")


def _pmacro_derivation() -> Outcome:
    phi = sp.atan(4 * D.Gamma / D.J)
    p = sp.cos(phi / 2) ** 2
    lim = sp.limit(p.subs(D.Gamma, D.J * sp.Symbol("r", positive=True)), sp.Symbol("r", positive=True), 0)
    return _holds(lim == 1, f"P_macro = cos²(φ/2) → {lim} as Γ/J → 0; cos²(φ/2) ≥ 1/2 for φ ∈ (0, π/2)",
                  exact=True, counterexample=f"limit {lim}")


def _pmacro_numeric() -> Outcome:
    vals = []
    for r in (1e-1, 1e-2, 1e-3):
        _, V = np.linalg.eigh(lmg.hamiltonian_dense(2, r, 1.0))
        g = V[:, 0]
        vals.append(((g[0] + g[2]) / math.sqrt(2)) ** 2)
    ok = all(v > 0 for v in vals) and abs(vals[-1] - 1) < 1e-5
    return _holds(ok, f"|⟨s|GS⟩|² at Γ/J = 0.1, 0.01, 0.001: {[round(v, 8) for v in vals]}",
                  counterexample=str(vals))


N2 = {"J": (0.2, 3.0), "Gamma": (0.05, 3.0)}

S3_CLAIMS = [
    Claim(
        id=P + "s3-odd-energy", location="§3",
        statement="At N = 2 the odd-parity state |a⟩ = (|++⟩ − |−−⟩)/√2 is an eigenstate with energy −J, "
                  "independent of Γ.",
        stated="−J", quote="(where |P ⟩2 = |++⟩, |R⟩2 = |−−⟩),3 with energy −J , independent of Γ. It is not the",
        judge=Expression("-J", symbols=N2),
        derivation=lambda: _ex(D.n2_odd_state_energy()), numeric=_n2_odd_numeric, units="energy"),
    Claim(
        id=P + "s3-e-minus", location="§3",
        statement="The even-parity ground level is E− = −½(J + √(J² + 16Γ²)).",
        stated="E− = −1/2(J + √(J2 + 16Γ2))", quote="overall ground state: for any Γ > 0 the even-parity level E− = −1",
        judge=Expression("-(J + sqrt(J**2 + 16*Gamma**2))/2", symbols=N2),
        derivation=lambda: _ex(D.n2_even_eigenvalues()[0]), numeric=lambda: _n2_numeric("min"),
        units="energy"),
    Claim(
        id=P + "s3-gs-even", location="§3",
        statement="For any Γ > 0, E− < −J, so the ground state is always even-parity.",
        stated="E− < −J for any Γ > 0", quote="lies below −J , so |GS⟩ (the ground state) is always even-parity. The even-parity sector",
        judge=Property(), derivation=_n2_even_gs_derivation, numeric=_n2_even_gs_numeric, units="energy"),
    Claim(
        id=P + "s3-e-plus", location="§3",
        statement="The even sector has eigenvalues E± = ½(−J ± √(J² + 16Γ²)); E+ is the top level.",
        stated="E± = 1/2(−J ± √(J2 + 16Γ2))", quote="E± = 1",
        judge=Expression("(-J + sqrt(J**2 + 16*Gamma**2))/2", symbols=N2),
        derivation=lambda: _ex(D.n2_even_eigenvalues()[1]), numeric=lambda: _n2_numeric("max"),
        units="energy"),
    Claim(
        id=P + "s3-ground-state", location="§3, Eq. (6)",
        statement="|GS⟩ = cos(φ/2)|s⟩ + sin(φ/2)|0⟩ with tan φ = 4Γ/J.",
        stated="|GS⟩ = cos ϕ/2 |s⟩+ sin ϕ/2 |0⟩, tanϕ = 4Γ/J", quote="|GS⟩ = cos ϕ",
        judge=Property(), derivation=_n2_gs_derivation, numeric=_n2_gs_numeric, units="state"),
    Claim(
        id=P + "s3-splitting", location="§3, Eq. (7)",
        statement="The N = 2 tunnel splitting is ΔE = ½(−J + √(J² + 16Γ²)).",
        stated="∆EN=2 = 1/2(−J + √(J2 + 16Γ2))", quote="∆EN=2 =",
        judge=Expression("(-J + sqrt(J**2 + 16*Gamma**2))/2", symbols=N2),
        derivation=lambda: _ex(D.n2_splitting()), numeric=lambda: _n2_numeric("gap"), units="energy"),
    Claim(
        id=P + "s3-splitting-small-gamma", location="§3, Eq. (7)",
        statement="For Γ ≪ J the N = 2 splitting is ≈ 4Γ²/J (algebraic, not exponentially small).",
        stated="≈ 4Γ2/J (Γ ≪ J)", quote="(Γ ≪ J). (7)",
        judge=Expression("4*Gamma**2/J", symbols=N2, agree_rtol=1e-7,
                         tol_reason="Richardson extrapolation of eigenvalue differences at ε = 1e-3"),
        derivation=lambda: _ex(D.n2_splitting_small_gamma()), numeric=_n2_small_gamma_numeric,
        units="energy"),
    Claim(
        id=P + "s3-pmacro", location="§3, after Eq. (7)",
        statement="P_macro = |⟨s|GS⟩|² = cos²(φ/2) is positive and approaches unity for J ≫ Γ.",
        stated="Pmacro = cos2(ϕ/2) → 1 (J ≫ Γ)", quote="and approaches unity deep in the ordered phase (J ≫ Γ).",
        judge=Property(), derivation=_pmacro_derivation, numeric=_pmacro_numeric, units="probability"),
]


def _conservation_derivation() -> Outcome:
    r2, de = D.bloch_invariants_rates()
    return _holds(r2 == 0 and de == 0, f"d|m|²/dt = {r2}, de/dt = {de} along Eq. (8)", exact=True,
                  counterexample=f"d|m|²/dt = {r2}, de/dt = {de}")


def _conservation_numeric() -> Outcome:
    r = N.bloch_invariant_drift()
    ok = r["r2_drift"] < 1e-9 and r["e_drift"] < 1e-9
    return _holds(ok, f"DOP853 over t ∈ [0, 20] (seed {r['seed']}): drift |m|² {r['r2_drift']:.1e}, "
                      f"energy {r['e_drift']:.1e}", counterexample=str(r))


def _einstein_derivation() -> Outcome:
    Dd = D.einstein_diffusion()
    ok = sp.simplify(Dd - sp.Symbol("Gamma_eff", positive=True) * D.T / D.N) == 0
    return _holds(ok, f"zero Boltzmann flux for P ∝ e^(−Nf/T) requires D = {Dd}", exact=True,
                  counterexample=f"D = {Dd}")


def _einstein_numeric() -> Outcome:
    good, bad = N.boltzmann_flux_residual("einstein"), N.boltzmann_flux_residual("no_N")
    return _holds(good < 1e-3 and bad > 1, f"relative flux residual of e^(−Nf/T) on a grid: {good:.1e} with "
                                           f"D = Γ_eff T/N, {bad:.1f} with D = Γ_eff T",
                  counterexample=f"{good}, {bad}")


def _ratio_cond() -> str:
    c3 = D.bias_log_ratio_cubic()
    return (f"to first order in h: ln[P(m+)/P(m−)] = (N/T)(2m*h + c₃h³ + …) with c₃ = {sp.N(c3, 4)}/J² "
            "at Γ/J = 0.95 (T → 0 landscape), so the exponential form is exact only as h → 0")


def _ratio_derivation() -> Outcome:
    slope = D.bias_log_ratio_slope()
    ms = D.order_parameter()
    ok = sp.simplify(slope - 2 * D.N * ms / D.T) == 0
    return _holds(ok, f"d ln[P(m+)/P(m−)]/dh at h = 0 = {slope}", exact=True,
                  condition=_ratio_cond(), counterexample=f"slope {slope}")


def _ratio_numeric() -> Outcome:
    """ln-ratio of the Boltzmann weights at the two minima of Eq. (2) (J = 1, T = k_BT/J), N = 1."""
    from scipy.optimize import minimize_scalar
    ms = math.sqrt(1 - N.GAMMA_BENCH**2)
    out = []
    for h in (1e-4, 3e-3):
        fp = minimize_scalar(lambda x, h=h: N._f_bench(x, h), bounds=(0.05, 0.9), method="bounded",
                             options={"xatol": 1e-12}).fun
        fm = minimize_scalar(lambda x, h=h: N._f_bench(x, h), bounds=(-0.9, -0.05), method="bounded",
                             options={"xatol": 1e-12}).fun
        out.append((h, (fm - fp) / (2 * ms * h)))
    ok_small = abs(out[0][1] - 1) < 1e-4
    dev = out[1][1] - 1
    return _holds(ok_small, f"[f(m−) − f(m+)]/(2m*h) = {out[0][1]:.7f} at h = 1e-4 J, {out[1][1]:.5f} at "
                            f"h = 3e-3 J (relative deviation {dev:.1e})",
                  condition="to first order in h (the log-ratio of the exact minima deviates from 2Nm*h/T "
                            f"by {dev:.1e} relative already at h = 3e-3 J ≈ 112 rad/s)")


def _barrier_positive_derivation() -> Outcome:
    b = D.barrier_zero_temperature()
    return _holds(b.is_positive is True or sp.simplify(b - (D.J - D.Gamma) ** 2 / (2 * D.J)) == 0,
                  f"Δf0 = {b} > 0 for Γ ≠ J (T → 0)", exact=True, counterexample=str(b))


def _barrier_positive_numeric() -> Outcome:
    from scipy.optimize import minimize_scalar
    T = N.kbt_over_j()
    vals = []
    for g in (0.5, 0.8, 0.95, 0.99):
        f = lambda x, g=g: N.free_energy_by_trace(x, 1.0, g, T)
        res = minimize_scalar(f, bounds=(0.01, 0.999), method="bounded")
        vals.append(f(0.0) - res.fun)
    return _holds(all(v > 0 for v in vals), f"f(0) − min f at Γ/J = 0.5, 0.8, 0.95, 0.99: "
                                            f"{[float(f'{v:.4g}') for v in vals]} (T = k_BT/J)",
                  counterexample=str(vals))


S4_CLAIMS = [
    Claim(
        id=P + "s4-bloch-equations", location="§4, Eq. (8)",
        statement="Mean-field Bloch equations ṁz = −2Γmy, ṁy = −2(Jmz + h)mx + 2Γmz, ṁx = 2(Jmz + h)my.",
        stated="ṁz = −2Γmy, ṁy = −2(Jmz + h)mx + 2Γmz, ṁx = 2(Jmz + h)my",
        quote="ṁz = −2Γmy, ṁy = −2(Jmz + h)mx + 2Γmz, ṁx = 2(Jmz + h)my. (8)",
        judge=Property(), derivation=lambda: _bloch_derivation(), numeric=lambda: _bloch_numeric(),
        units="rates (ħ = 1)"),
    Claim(
        id=P + "s4-conservative", location="§4, after Eq. (8)",
        statement="Eq. (8) is conservative: |m| and the mean-field energy are constants of motion.",
        stated="conservative", quote="These equations capture the coherent classical limit: they are conservative, support per-",
        judge=Property(), derivation=_conservation_derivation, numeric=_conservation_numeric, units="—"),
    Claim(
        id=P + "s4-einstein", location="§4, after Eq. (9)",
        statement="D = Γ_eff k_BT/N makes e^{−Nf/k_BT} the stationary distribution of Eq. (9).",
        stated="D = ΓeffkBT/N", quote="coefficient (Einstein relation; the 1/N scaling ensures the stationary distribution satisfies",
        judge=Property(), derivation=_einstein_derivation, numeric=_einstein_numeric, units="1/s"),
    Claim(
        id=P + "s4-stationary-ratio", location="§4",
        statement="The stationary distribution satisfies P_stat(m+)/P_stat(m−) = e^{2Nm*h/k_BT}.",
        stated="Pstat(m+)/Pstat(m−) = e2Nm∗h/kBT",
        quote="distribution Pstat(m+)/Pstat(m−) = e2Nm∗h/kBT (where m± ≡ ±m∗ denote the two or-",
        judge=Property(), derivation=_ratio_derivation, numeric=_ratio_numeric,
        expect=conditional("exact only to first order in h: the log-ratio of the Boltzmann weights at the "
                           "two minima of Eq. (2) is (N/T)(2m*h + c₃h³ + …), c₃ ≈ −304/J² at Γ/J = 0.95"),
        units="dimensionless"),
]


def _fit_value(g: float, key: str, method: str) -> Outcome:
    r = _row(g, method)
    lo, hi = r["pointwise"]
    return _nu(r[key], details=f"{FIT_NOTE}; ED by {method}; pointwise C0(N)/k_BT over the range spans "
                               f"[{lo:.3f}, {hi:.3f}] (no weighting of the fit can leave it); "
                               f"least squares on ΔE itself gives {r['linear_ls']:.3f}")


FIT_AGREE = Value(agree_rtol=1e-6, tol_reason="the sector-difference route carries ~1e-7 relative error "
                                              "in ΔE at N = 500 (cancellation of two eigenvalues ~ N)")


def _fit_claim(label, g, key, stated, quote, expect, statement, location="§5", judge=None):
    return Claim(
        id=P + label, location=location, statement=statement, stated=stated, quote=quote,
        judge=judge or FIT_AGREE,
        derivation=lambda: _fit_value(g, key, "sectors"), numeric=lambda: _fit_value(g, key, "wronskian"),
        expect=expect, units="dimensionless (C0 in units of k_BT = 1309.20 rad/s)")


def _ratio_range_property(method: str) -> Outcome:
    rows = {g: _row(g, method) for g in N.TABLE1_GAMMAS}
    facts = {g: r["error_factor"] for g, r in rows.items()}
    ok = all(3.35 <= f <= 5.75 for f in facts.values())
    txt = ", ".join(f"Γ/J={g}: {f:.2f}" for g, f in facts.items())
    return _holds(ok, f"instanton root / analytic estimate: {txt}",
                  counterexample=f"with the fitted C0 the factors are {txt} (at Γ/J = 0.99 ln(C0/k_BT) < 0, "
                                 "so the analytic estimate is negative)", details=FIT_NOTE)


def _validity_ratio_property(method: str) -> Outcome:
    rows = {g: _row(g, method) for g in N.TABLE1_GAMMAS}
    v = {g: r["validity_ratio"] for g, r in rows.items()}
    ok = all(1.15 <= x <= 1.45 for x in v.values())
    txt = ", ".join(f"Γ/J={g}: {x:.3f}" for g, x in v.items())
    return _holds(ok, f"N_c S_inst / (½ ln N_c) at the instanton roots: {txt}",
                  counterexample=f"ratios {txt}", details=FIT_NOTE)


def _remark2_derivation() -> Outcome:
    x = _c0_over_hbar_omega(0.95, "sectors")
    need = 1 / x
    return _holds(False, f"C0 = {x:.3f} ħω0 at Γ/J = 0.95",
                  counterexample=f"the ED-fitted C0 is {x:.3f} ħω0 (Γ/J = 0.95), so ln(C0/k_BT) > 0 requires "
                                 f"ħω0 > {need:.1f} k_BT (ω0 > {need * N.thermal_rate_scipy():.0f} rad/s), not "
                                 "ħω0 > k_BT; e.g. ω0 = 2k_BT gives ln(C0/k_BT) = "
                                 f"{math.log(2 * x):.2f} < 0", details=FIT_NOTE)


def _remark2_numeric() -> Outcome:
    """Scale J so that ω0 = 2k_BT at Γ/J = 0.95 and refit C0 from ED (C0 ∝ J at fixed Γ/J)."""
    r = _row(0.95, "wronskian")
    c0_over_j = r["c0_over_kt"] * N.kbt_over_j()
    j_new = 2.0 / (2 * math.sqrt(1 - 0.95**2))          # J in units of k_BT with ω0 = 2 k_BT
    ln_c0_kt = math.log(c0_over_j * j_new)
    return _holds(ln_c0_kt > 0, f"at ω0 = 2k_BT: ln(C0/k_BT) = {ln_c0_kt:.3f}",
                  counterexample=f"ω0 = 2k_BT > k_BT but ln(C0/k_BT) = {ln_c0_kt:.2f} < 0", details=FIT_NOTE)


def _ln_omega_condition(route: str) -> Outcome:
    kt = sp.N(_kt_exact(), 20) if route == "d" else N.thermal_rate_rad_s()
    v = mpmath.log(100 / mpmath.mpf(kt))
    return Outcome(value=v, text=f"ln(100 rad/s / k_BT) = {mpmath.nstr(v, 6)}",
                   condition="C0 is identified with ħω0 (the ED-fitted C0 ≈ 0.14 ħω0 at Γ/J = 0.95 gives "
                             f"ln(C0/k_BT) = {mpmath.nstr(v + mpmath.log(0.1425), 3)})")


VALIDITY_REASON = ("at the instanton roots of the ED-fitted C0 the ratio N_cS_inst/(½ ln N_c) is 0.91, 1.32 "
                   "and 1.78 for Γ/J = 0.99, 0.95, 0.90 (1.21, 1.32, 1.41 only with the unreproducible printed "
                   "C0); the qualitative point, that the validity condition fails, stands")

S5_CLAIMS = [
    _fit_claim("s5-c0-fit-099", 0.99, "c0_over_kt", "2.51", "theory. The fitted values C0/kBT = 2.51, 2.546",
               refuted("fitting ΔE = C0 N^½ e^(−N S_inst) to ED splittings over N ∈ [50, 500] at Γ/J = 0.99 "
                       "gives C0/k_BT = 0.684 (log least squares; 0.650 on ΔE itself); the pointwise "
                       "C0(N)/k_BT spans only 0.42–2.20 over the range, so no fit of the stated data gives 2.51"),
               "The fitted prefactor at Γ/J = 0.99 is C0/k_BT = 2.51."),
    _fit_claim("s5-c0-fit-095", 0.95, "c0_over_kt", "2.546", "values C0/kBT = 2.51, 2.546, 2.616 for Γ/J = 0.99, 0.95, 0.90 respec-",
               not_checkable("a fitted O(1) prefactor whose fourth digit depends on the unstated weighting: "
                             "log least squares over N ∈ [50, 500] gives 2.529, least squares on ΔE 2.28; "
                             "the pointwise C0(N)/k_BT spans 2.10–3.12, which contains 2.546"),
               "The fitted prefactor at Γ/J = 0.95 is C0/k_BT = 2.546.",
               judge=NotCheckable("fitted prefactor; the value depends on the fit weighting")),
    _fit_claim("s5-c0-fit-090", 0.90, "c0_over_kt", "2.616", "2.546, 2.616 for Γ/J = 0.99, 0.95, 0.90 respec-",
               refuted("fitting Eq. (10) to ED splittings over N ∈ [50, 500] at Γ/J = 0.90 gives C0/k_BT = "
                       "6.82 (log least squares; 5.00 on ΔE itself); the pointwise C0(N)/k_BT spans "
                       "4.72–7.56, so no fit of the stated data gives 2.616"),
               "The fitted prefactor at Γ/J = 0.90 is C0/k_BT = 2.616."),
    _fit_claim("s5-ln-c0-099", 0.99, "ln_c0_over_kt", "0.920", "tively are used throughout (yielding ln(C0/kBT ) = 0.920",
               refuted("ln(C0/k_BT) from the ED fit at Γ/J = 0.99 is −0.380 (C0/k_BT = 0.684), not 0.920"),
               "ln(C0/k_BT) = 0.920 at Γ/J = 0.99."),
    _fit_claim("s5-ln-c0-095", 0.95, "ln_c0_over_kt", "0.934", "0.920, 0.934, 0.962), and C0 ∼ ℏω0 =",
               not_checkable("follows the fit-weighting-dependent C0 at Γ/J = 0.95: log least squares gives "
                             "0.928 (C0/k_BT = 2.529); ln 2.546 = 0.9345"),
               "ln(C0/k_BT) = 0.934 at Γ/J = 0.95.",
               judge=NotCheckable("logarithm of a fitted prefactor whose value depends on the fit weighting")),
    _fit_claim("s5-ln-c0-090", 0.90, "ln_c0_over_kt", "0.962", "(ln(C0/kBT ) = 0.920, 0.934, 0.962). “Instanton root” solves C0N",
               refuted("ln(C0/k_BT) from the ED fit at Γ/J = 0.90 is 1.921 (C0/k_BT = 6.82), not 0.962"),
               "ln(C0/k_BT) = 0.962 at Γ/J = 0.90 (Table 1 caption).", location="Table 1 caption"),
    _fit_claim("table1-caption-c0-099", 0.99, "c0_over_kt", "2.51", "actors C0/kBT = 2.51, 2.546, 2.616 for Γ/J = 0.99, 0.95, 0.90 respectively",
               refuted("the ED fit over N ∈ [50, 500] gives C0/k_BT = 0.684 at Γ/J = 0.99 (pointwise range "
                       "0.42–2.20 excludes 2.51)"),
               "Table 1 caption: fitted C0/k_BT = 2.51 at Γ/J = 0.99.", location="Table 1 caption"),
    Claim(
        id=P + "s5-analytic-099", location="§5, after Eq. (11)",
        statement="For Γ/J = 0.99 the analytic estimate is N_c ≈ 972.",
        stated="≈ 972", quote="of 3.4–5.7. For Γ/J = 0.99 the failure is most severe: the analytic estimate (Nc ≈ 972)",
        judge=FIT_AGREE, derivation=lambda: _row_outcome(0.99, "analytic", "sectors"),
        numeric=lambda: _row_outcome(0.99, "analytic", "wronskian"),
        expect=refuted("with C0 fitted to ED as §5 prescribes, ln(C0/k_BT) = −0.380 < 0 at Γ/J = 0.99 and "
                       "Eq. (11) gives N_c = −401 (no positive estimate); 972 = 0.920/0.000947 uses the "
                       "unreproducible C0/k_BT = 2.51"),
        units="spins"),
    Claim(
        id=P + "s5-root-099", location="§5, after Eq. (11)",
        statement="For Γ/J = 0.99 the instanton root is N_c ≈ 5521.",
        stated="≈ 5521", quote="underestimates the instanton root (Nc ≈ 5521) by a factor of 5.7. The analytic formula",
        judge=FIT_AGREE, derivation=lambda: _row_outcome(0.99, "root", "sectors"),
        numeric=lambda: _row_outcome(0.99, "root", "wronskian"),
        expect=refuted("with the ED-fitted C0/k_BT = 0.684 the instanton root C0N^½e^(−NS_inst) = k_BT is "
                       "N_c = 3974; the exact-diagonalisation crossover ΔE(N) = k_BT is at N ≈ 3219"),
        units="spins"),
    Claim(
        id=P + "s5-factor-099", location="§5, after Eq. (11)",
        statement="At Γ/J = 0.99 the analytic estimate underestimates the instanton root by a factor of 5.7.",
        stated="5.7", quote="by a factor of 5.7. The analytic formula",
        judge=FIT_AGREE, derivation=lambda: _row_outcome(0.99, "error_factor", "sectors"),
        numeric=lambda: _row_outcome(0.99, "error_factor", "wronskian"),
        expect=refuted("with the ED-fitted C0 the analytic estimate is negative (−401) and the ratio "
                       "root/analytic is −9.9; the factor 5.7 = 5521/972 rests on C0/k_BT = 2.51, which the "
                       "ED data do not give"),
        units="dimensionless"),
    Claim(
        id=P + "s5-factor-range", location="§5, after Eq. (11)",
        statement="For all three parameter sets the analytic formula underestimates N_c by factors of 3.4–5.7.",
        stated="3.4–5.7", quote="condition fails to hold: the analytic formula systematically underestimates Nc by factors",
        judge=Property(), derivation=lambda: _ratio_range_property("sectors"),
        numeric=lambda: _ratio_range_property("wronskian"),
        expect=refuted("with C0 fitted to the ED splittings the ratios root/analytic are −9.9 (Γ/J = 0.99, "
                       "analytic estimate negative), 4.17 (0.95) and 2.29 (0.90)"),
        units="dimensionless"),
    Claim(
        id=P + "table1-factor-range", location="Table 1 caption",
        statement="The analytic formula underestimates N_c by factors of 3.4–5.7 (Table 1 caption).",
        stated="3.4–5.7", quote="which is why the analytic formula underestimates Nc by factors of 3.4–5.7.",
        judge=Property(), derivation=lambda: _ratio_range_property("sectors"),
        numeric=lambda: _ratio_range_property("wronskian"),
        expect=refuted("with the ED-fitted C0 the ratios are −9.9, 4.17 and 2.29 for Γ/J = 0.99, 0.95, 0.90"),
        units="dimensionless"),
    Claim(
        id=P + "s5-validity-ratio", location="§5, after Eq. (11)",
        statement="N_cS_inst and ½ln N_c are comparable, ratio ≈ 1.2–1.4, for all three parameter sets.",
        stated="≈ 1.2–1.4", quote="Table 1, the left- and right-hand sides are of comparable magnitude (ratio ≈ 1.2–1.4), so the",
        judge=Property(), derivation=lambda: _validity_ratio_property("sectors"),
        numeric=lambda: _validity_ratio_property("wronskian"),
        expect=refuted(VALIDITY_REASON), units="dimensionless"),
    Claim(
        id=P + "table1-validity-ratio", location="Table 1 caption",
        statement="The validity condition fails for all three cases, ratio ≈ 1.2–1.4.",
        stated="≈ 1.2–1.4", quote="fails for all three cases (left- and right-hand sides are comparable, ratio ≈ 1.2–1.4),",
        judge=Property(), derivation=lambda: _validity_ratio_property("sectors"),
        numeric=lambda: _validity_ratio_property("wronskian"),
        expect=refuted(VALIDITY_REASON), units="dimensionless"),
    Claim(
        id=P + "s5-c0-scale", location="§5, after Eq. (10)",
        statement="C0 ∼ ħω0 = 2ħJm* sets the natural scale of the prefactor.",
        stated="C0 ∼ ℏω0 = 2ℏJm∗", quote="2ℏJm∗ sets the natural scale (derivation of Sinst in Appendix G). The Goldilocks crossover",
        judge=Property(), derivation=lambda: _c0_scale_property("sectors"), numeric=lambda: _c0_scale_property("wronskian"),
        expect=refuted("the ED-fitted prefactor is C0 = 0.085, 0.143 and 0.276 ħω0 at Γ/J = 0.99, 0.95, 0.90 "
                       "(ω0 = 2Jm*, J = 37195.4 rad/s): below ħω0/√10 in every case; even the large-N limit "
                       "of ΔE e^(N S_inst)/√N is only 0.21 ħω0 at Γ/J = 0.95"),
        units="rad/s"),
    Claim(
        id=P + "s5-remark2-condition", location="§5, Remark 2",
        statement="ħω0 > k_BT (ω0 > 1310 rad/s at 10 nK) is the condition for ln(C0/k_BT) > 0, since C0 ∼ ħω0.",
        stated="ω0 > 1310 rad/s", quote="ω0 = 2Jm∗; ω0 > 1310 rad/s at T = 10 nK). This is simultaneously the condition for the",
        judge=Property(), derivation=_remark2_derivation, numeric=_remark2_numeric,
        expect=refuted("the C0 fitted to ED is ≈ 0.143 ħω0 at Γ/J = 0.95 (C0 ∝ J at fixed Γ/J), so ln(C0/k_BT) > 0 "
                       "needs ω0 > 7.0 k_BT/ħ ≈ 9.2 × 10³ rad/s; at ω0 = 2k_BT/ħ ln(C0/k_BT) = −1.25"),
        units="rad/s"),
    Claim(
        id=P + "s5-remark2-ln", location="§5, Remark 2",
        statement="Below ω0 ∼ 100 rad/s the condition fails entirely: ln ≈ −2.6 < 0.",
        stated="≈ −2.6", quote="this fails entirely (ln ≈ −2.6 < 0) and the zone does not exist. For BEC experiments,",
        judge=Value(), derivation=lambda: _ln_omega_condition("d"), numeric=lambda: _ln_omega_condition("n"),
        expect=conditional("ln(100/1309.2) = −2.57 holds only if C0 = ħω0; with the ED-fitted C0 ≈ 0.14 ħω0 "
                           "(Γ/J = 0.95) it is ln(C0/k_BT) = −4.5"),
        units="dimensionless"),
    Claim(
        id=P + "s5-remark2-omega-5000", location="§5, Remark 2",
        statement="Feshbach tuning and tight trapping achieve ω0 ∼ 5000 rad/s.",
        stated="∼ 5000", quote="Feshbach resonance tuning and tight trapping achieve ω0 ∼ 5000 rad/s comfortably within",
        judge=NotCheckable("an experimental capability quoted from [9], not derived; note the paper's own "
                           "benchmark has ω0 = 2Jm* = 23228 rad/s"),
        derivation=lambda: _nu(2 * N.J_RAD_S * math.sqrt(1 - 0.95**2), text="benchmark ω0 = 23228 rad/s"),
        expect=not_checkable("experimental statement citing [9]; the benchmark itself uses ω0 = 2Jm* = "
                             "23228 rad/s"),
        units="rad/s"),
    Claim(
        id=P + "table1-analytic-095", location="Table 1, row 0.95",
        statement="At Γ/J = 0.95 the analytic estimate is N_c ∼ 87.",
        stated="∼ 87", reading="≈ 87", quote="∼ 87 (×4.1 error)",
        judge=NotCheckable("depends on the fit-weighting-dependent C0 at Γ/J = 0.95: 86.0 with the log-least-squares "
                           "C0/k_BT = 2.529, 86.6 with the printed 2.546"),
        derivation=lambda: _row_outcome(0.95, "analytic", "sectors"),
        expect=not_checkable("fit-dependent: 86.0 (log-LS C0) vs 86.6 (printed C0 = 2.546)"), units="spins"),
    Claim(
        id=P + "table1-factor-095", location="Table 1, row 0.95",
        statement="At Γ/J = 0.95 the analytic estimate is off by a factor 4.1.",
        stated="4.1", quote="(×4.1 error) ∼ 360± 50",
        judge=NotCheckable("the factor depends on the fit-weighting-dependent C0 at Γ/J = 0.95: 4.17 with the "
                           "log-least-squares C0/k_BT = 2.529, 4.148 with the printed 2.546"),
        derivation=lambda: _row_outcome(0.95, "error_factor", "sectors"),
        expect=not_checkable("fit-dependent: 4.17 (log-LS C0) vs 4.148 (printed C0 = 2.546)"),
        units="dimensionless"),
    Claim(
        id=P + "table1-root-095", location="Table 1, row 0.95",
        statement="At Γ/J = 0.95 the instanton root is N_c ∼ 360 ± 50.",
        stated="∼ 360± 50", quote="0.95 0.010787 0.934 ∼ 87 (×4.1 error) ∼ 360± 50",
        judge=FIT_AGREE, derivation=lambda: _row_outcome(0.95, "root", "sectors"),
        numeric=lambda: _row_outcome(0.95, "root", "wronskian"), units="spins"),
    Claim(
        id=P + "table1-shift-095", location="Table 1, row 0.95 and caption",
        statement="Varying C0 by ±5% moves the instanton root at Γ/J = 0.95 by ±50.",
        stated="± 50", quote="gives ∆E/kBT = 1.000 at N = 370, confirming the instanton root 360±50 is consis-",
        judge=Property(), derivation=lambda: _shift_property(0.95, 50, "sectors"),
        numeric=lambda: _shift_property(0.95, 50, "wronskian"),
        expect=refuted("±5% in C0 shifts the root of C0N^½e^(−NS_inst) = k_BT by only +5.2/−5.5 at Γ/J = 0.95 "
                       "(δN = ln(1.05)/(S_inst − 1/2N)); a shift of 50 needs C0 changed by a factor ≈ 1.6"),
        units="spins"),
    Claim(
        id=P + "table1-de-over-kt", location="Table 1 caption",
        statement="For Γ/J = 0.95 exact diagonalisation gives ΔE/k_BT = 1.000 at N = 370.",
        stated="1.000", quote="gives ∆E/kBT = 1.000 at N = 370",
        judge=Value(), derivation=lambda: _nu(_dE_rad_mp() / sp.N(_kt_exact(), 20)),
        numeric=lambda: _nu(_dE_rad_num() / N.thermal_rate_rad_s()),
        expect=refuted("ΔE = 1310.00 rad/s and k_BT = k_B·10 nK/ħ = 1309.20 rad/s give ΔE/k_BT = 1.0006 "
                       "(reading: both as angular rates, ħ = 1); 1.000 holds only with k_BT rounded to 1310"),
        units="dimensionless"),
    Claim(
        id=P + "table1-analytic-099", location="Table 1, row 0.99",
        statement="At Γ/J = 0.99 the analytic estimate is N_c ∼ 972.",
        stated="∼ 972", reading="≈ 972", quote="∼ 972 (×5.7 error) ∼ 5521±O(1000)",
        judge=FIT_AGREE, derivation=lambda: _row_outcome(0.99, "analytic", "sectors"),
        numeric=lambda: _row_outcome(0.99, "analytic", "wronskian"),
        expect=refuted("with the ED-fitted C0/k_BT = 0.684, ln(C0/k_BT) < 0 and Eq. (11) gives −401 (no positive "
                       "estimate; the ∼ of the table cell is read as ≈, as the row's ×5.7 factor implies)"),
        units="spins"),
    Claim(
        id=P + "table1-shift-099", location="Table 1, row 0.99",
        statement="The instanton root at Γ/J = 0.99 carries ±O(1000) from varying C0 by ±5%.",
        stated="±O(1000)", quote="5521±O(1000)",
        judge=Property(), derivation=lambda: _shift_property(0.99, 1000, "sectors"),
        numeric=lambda: _shift_property(0.99, 1000, "wronskian"),
        expect=refuted("±5% in C0 moves the root by +59/−63 (ED-fitted C0; +57/−60 with the printed "
                       "ln(C0/k_BT) = 0.920), not O(1000)"),
        units="spins"),
    Claim(
        id=P + "table1-analytic-090", location="Table 1, row 0.90",
        statement="At Γ/J = 0.90 the analytic estimate is N_c ∼ 31.",
        stated="∼ 31", reading="≈ 31", quote="0.90 0.031255 0.962 ∼ 31",
        judge=FIT_AGREE, derivation=lambda: _row_outcome(0.90, "analytic", "sectors"),
        numeric=lambda: _row_outcome(0.90, "analytic", "wronskian"),
        expect=refuted("with the ED-fitted C0/k_BT = 6.82 (ln = 1.921) Eq. (11) gives N_c = 61.4, not 31 (the table "
                       "cell's ∼ is read as ≈: the row's ×3.4 error factor is computed from it)"),
        units="spins"),
    Claim(
        id=P + "table1-factor-090", location="Table 1, row 0.90",
        statement="At Γ/J = 0.90 the analytic estimate is off by a factor 3.4.",
        stated="3.4", quote="(×3.4 error) ∼ 105± 15",
        judge=FIT_AGREE, derivation=lambda: _row_outcome(0.90, "error_factor", "sectors"),
        numeric=lambda: _row_outcome(0.90, "error_factor", "wronskian"),
        expect=refuted("with the ED-fitted C0/k_BT = 6.82 the instanton root is 140.6 and the analytic estimate "
                       "61.4: factor 2.29"),
        units="dimensionless"),
    Claim(
        id=P + "table1-root-090", location="Table 1, row 0.90",
        statement="At Γ/J = 0.90 the instanton root is N_c ∼ 105 ± 15.",
        stated="∼ 105± 15", quote="∼ 105± 15",
        judge=FIT_AGREE, derivation=lambda: _row_outcome(0.90, "root", "sectors"),
        numeric=lambda: _row_outcome(0.90, "root", "wronskian"),
        expect=refuted("with the ED-fitted C0/k_BT = 6.82 the instanton root is N_c = 140.6; the exact "
                       "crossover ΔE(N) = k_BT is at N ≈ 137.5"),
        units="spins"),
    Claim(
        id=P + "table1-shift-090", location="Table 1, row 0.90",
        statement="Varying C0 by ±5% moves the instanton root at Γ/J = 0.90 by ±15.",
        stated="± 15", quote="certainty estimates ±δNc are obtained by varying C0 by ±5% (the typical fitting",
        judge=Property(), derivation=lambda: _shift_property(0.90, 15, "sectors"),  # ±5%: caption
        numeric=lambda: _shift_property(0.90, 15, "wronskian"),
        expect=refuted("±5% in C0 moves the root by +1.8/−1.9 (same with the printed ln(C0/k_BT) = 0.962), "
                       "not ±15"),
        units="spins"),
]


def _exponent_claim(label, location, statement, mu, stated, quote):
    return Claim(
        id=P + label, location=location, statement=statement, stated=stated, quote=quote,
        judge=Value(agree_rtol=1e-9, tol_reason="log-log slope of brentq solutions (rounding ~1e-15)"),
        derivation=lambda: _ex(D.freeze_out_exponent(mu), text=f"μ/(1 + μ) with μ = {mu}"),
        numeric=lambda: _nu(N.freeze_out_exponent_by_solving(float(sp.Rational(mu))),
                            details="slope of t̂(τ_Q) from t̂ = (t̂/τ_Q)^(−μ), τ_Q = 1e2…1e6"),
        units="exponent of τ_Q")


def _spinodal_value(key: str, route: str, scale: float = 1.0):
    if route == "d":
        v = D.spinodal_at()[key]
        return _nu(sp.N(abs(v) if key == "y" else v, 20) * (sp.Rational(str(scale)) if scale != 1 else 1),
                   details="E³ = JΓ², y = −√(E² − Γ²), m = y/E, h = y(1 − J/E) at Γ/J = 19/20")
    s = N.spinodal_by_root_finding()
    return _nu(s[key] * scale, details="fold of Eq. (2) at T = k_BT/J by brentq on max f′ = 0")


SP_AGREE = Value(agree_rtol=1e-6, tol_reason="fold position from bounded maximisation of f′ (flat to "
                                             "second order, located to ~1e-8)")


def _min_sweep(route: str, factor: int = 1):
    ms = math.sqrt(1 - 0.95**2)
    dE = _dE_rad_mp() if route == "d" else _dE_rad_num()
    return _nu(dE / (factor * 370 * (mpmath.sqrt(1 - mpmath.mpf("0.9025")) if route == "d" else ms)))


def _window_factor(route: str):
    if route == "d":
        return _nu(sp.N(D.spinodal_at()["h"], 20) * J_RAD / (_dE_rad_mp() / (370 * mpmath.sqrt(mpmath.mpf("0.0975")))))
    return _nu(N.spinodal_by_root_finding()["h_rad_s"] / (_dE_rad_num() / (370 * math.sqrt(1 - 0.95**2))))


def _spinodal_formula_numeric(key: str):
    def f(J, Gamma):
        s = N.spinodal_by_root_finding(T=1e-3, gamma_over_j=Gamma / J)
        return {"h": s["h"] * J, "E": s["E"] * J}[key]
    return Outcome(value=f, text="fold of Eq. (2) at T = 10⁻³J found by brentq on max f′ = 0")


def _lz_factor(route: str):
    if route == "d":
        P_ = D.landau_zener_error()
        dE, tq, al = sp.symbols("DeltaE tau_Q alpha", positive=True)
        coeff = sp.simplify(-sp.log(P_) / (sp.pi * dE**2 * tq / al))
        return _ex(1 / coeff, text=f"−ln P = π ΔE² τ_Q/({1 / coeff} α) after V = ΔE/2")
    dE, al, tq = 0.8, 1.5, 2.0
    p = N.landau_zener_by_integration(dE, al, tq)
    return _nu(math.pi * dE**2 * tq / (al * -math.log(p)),
               details="time-stepped two-level sweep at ΔE = 0.8, α = 1.5, τ_Q = 2 (ħ = 1)")


def _lz_limit_derivation() -> Outcome:
    tq = sp.Symbol("tau_Q", positive=True)
    P_ = D.landau_zener_error().subs(sp.Symbol("tau_Q", positive=True), tq)
    lim = sp.limit(P_, tq, sp.oo)
    return _holds(lim == 0, f"P_error = {P_} → {lim} as τ_Q → ∞", exact=True, counterexample=str(lim))


def _lz_limit_numeric() -> Outcome:
    ps = [N.landau_zener_by_integration(1.0, 1.0, tq) for tq in (1.0, 4.0)]
    ok = ps[1] < ps[0] ** 3.5 and ps[1] < 0.05
    return _holds(ok, f"time-stepped P_error at τ_Q = 1, 4: {[f'{p:.2e}' for p in ps]} (exponential decay)",
                  counterexample=str(ps))


def _tau_o100(route: str) -> Outcome:
    t = float(_tau_k_exact()) if route == "d" else _tau_k_num()
    ok = 10 ** 1.5 <= t <= 10 ** 2.5
    return _holds(ok, f"τ_K = (2π/ω0)e^(NΔf0/k_BT) = {t:.1f} s", counterexample=f"τ_K = {t:.3g} s")


def _critical_slowing_derivation() -> Outcome:
    w = 2 * D.J * D.order_parameter()
    lim = sp.limit(w, D.Gamma, D.J)
    return _holds(lim == 0, f"ω0 = {sp.simplify(w)} → {lim} as Γ → J", exact=True, counterexample=str(lim))


def _critical_slowing_numeric() -> Outcome:
    ws = []
    for g in (0.9, 0.99, 0.9999):
        lam = np.linalg.eigvals(N.jacobian_by_finite_differences((g, 0.0, math.sqrt(1 - g * g)), 1.0, g))
        ws.append(float(np.abs(lam.imag).max()))
    return _holds(ws[-1] < 0.05 and ws[0] > ws[1] > ws[2], f"ω0 at Γ/J = 0.9, 0.99, 0.9999: "
                                                           f"{[round(w, 5) for w in ws]} (J = 1)",
                  counterexample=str(ws))


def _gap_formula_derivation() -> Outcome:
    dE, x = sp.symbols("DeltaE x", positive=True)          # x = 2Nhm*
    exact = sp.sqrt(x**2 + dE**2)                            # two-level gap of H_eff
    at_equal = sp.simplify((x + dE) / exact).subs(x, dE)
    return _holds(False, f"two-level gap √((2Nm*h)² + ΔE²); (2Nhm* + ΔE)/gap = {at_equal} at 2Nm*h = ΔE",
                  exact=True, counterexample=f"at 2Nm*h = ΔE the gap is √2ΔE, the printed 2Nhm* + ΔE gives 2ΔE "
                                              f"(ratio {at_equal})")


def _gap_formula_numeric() -> Outcome:
    ms = math.sqrt(1 - 0.95**2)
    dE = N.benchmark_spectrum()["splitting"]
    h = dE / (2 * 370 * ms)
    E, _ = lmg.lowest_eigenpairs(370, 0.95, k=2, h=h, use_parity=False)
    gap = E[1] - E[0]
    printed = 2 * 370 * h * ms + dE
    return _holds(abs(gap - printed) / gap < 0.05,
                  f"ED gap at 2Nm*h = ΔE (h = {h * N.J_RAD_S:.2f} rad/s): {gap * N.J_RAD_S:.0f} rad/s; "
                  f"2Nhm* + ΔE = {printed * N.J_RAD_S:.0f}; √2ΔE = {math.sqrt(2) * dE * N.J_RAD_S:.0f}",
                  counterexample=f"ED gap {gap * N.J_RAD_S:.0f} rad/s vs 2Nhm* + ΔE = {printed * N.J_RAD_S:.0f} rad/s "
                                 f"at h = {h * N.J_RAD_S:.2f} rad/s")


S7_CLAIMS = [
    _exponent_claim("s7-table3-kzm-exponent", "§7, Table 3 caption",
                    "With z = 1, ν = 1/2 the KZ freeze-out is t̂ ∝ τ_Q^{zν/(zν+1)} = τ_Q^{1/3}.", "1/2", "1/3",
                    "correlation length; z = 1, ν = 1/2, freeze-out t̂ ∝ τ"),
    _exponent_claim("s7-table3-pitchfork-exponent", "§7, Table 3 caption",
                    "Overdamped pitchfork scaling μ = 1 (τ_rel ∝ |ε|⁻¹) gives t̂ ∝ τ_Q^{1/2}.", "1", "1/2",
                    "nent µ = 1 (τrel ∝ |ε|−1, giving t̂ ∝ τ"),
    _exponent_claim("s7-table3-saddle-node-exponent", "§7, Table 3 caption",
                    "The spinodal (saddle-node) scaling μ = 1/2 gives t̂ ∝ τ_Q^{1/3}.", "1/2", "1/3",
                    "node) scaling µ = 1/2 which gives t̂ ∝ τ"),
    Claim(
        id=P + "s7-table3-lgi-classical", location="§7, Table 3 row P5",
        statement="Classical (macrorealist) bistable systems obey K3 ≤ 1.",
        stated="K3 ≤ 1", quote="P5: LGI K3 ≤ 1 ≤ 1.415 Yes",
        judge=Property(), derivation=_lgi_enumeration, numeric=lambda: _lgi_random_mixtures(),
        units="dimensionless"),
    Claim(
        id=P + "s7-table3-lgi-quantum", location="§7, Table 3 row P5",
        statement="The quantum LMG reaches K3 ≤ 1.415 (decoherence-free ceiling Q01²·3/2).",
        stated="≤ 1.415", quote="P5: LGI K3 ≤ 1 ≤ 1.415",
        judge=Value(), derivation=lambda: _nu(_levels("d")["K3max"]), numeric=lambda: _nu(_levels("n")["K3max"]),
        expect=refuted("the decoherence-free ceiling Q01²·3/2 is 1.41535, just above the printed bound "
                       "≤ 1.415 (a minor miss: 1.415 is the ceiling rounded down, not an upper bound)"),
        units="dimensionless"),
    Claim(
        id=P + "s7-table3-p1", location="§7, Table 3 row P1",
        statement="Critical slowing down: the mean-field relaxation/precession frequency vanishes at Γ = J.",
        stated="div. at Γ=J (mean-field)", quote="P1: critical slowing div. at Γ=J (mean-field) diverges No",
        judge=Property(), derivation=_critical_slowing_derivation, numeric=_critical_slowing_numeric,
        units="—"),
    Claim(
        id=P + "s7-table3-p4", location="§7, Table 3 row P4",
        statement="Quantum LZ error rate → 0 (for slow sweeps).",
        stated="→ 0", quote="P4: LZ error rate → 1 (stuck) → 0 Yes",
        judge=Property(), derivation=_lz_limit_derivation, numeric=_lz_limit_numeric, units="probability"),
    Claim(
        id=P + "s7.1-barrier-131", location="§7.1, P1",
        statement="At the benchmark the barrier evaluates to NΔf0/k_BT ≈ 13.1.",
        stated="≈ 13.1", quote="(N = 370, Γ/J = 0.95, T = 10 nK), the barrier evaluates to N∆f0/kBT ≈ 13.1 (derivation",
        judge=Value(), derivation=lambda: _nu(_exponent_exact()), numeric=_exponent_num, units="dimensionless"),
    Claim(
        id=P + "s7.1-tauk-o100", location="§7.1, P1",
        statement="The Kramers time is τ_K ∼ O(10²) s.",
        stated="∼ O(10²) s", quote="in Appendix F), giving τK ∼ O(102) s. Crucially, the N -dependence is confined strictly to",
        judge=Property(), derivation=lambda: _tau_o100("d"), numeric=lambda: _tau_o100("n"), units="s"),
    Claim(
        id=P + "s7.1-omega0-p2", location="§7.1, P2",
        statement="ω0 = 2Jm* is the normal-mode frequency about the ordered minimum.",
        stated="ω0 = 2Jm∗", quote="is the slow longitudinal baseline (negligible for ∆t ≪ T1), ω0 = 2Jm∗ is the normal-",
        judge=Expression("2*J*m_star", symbols={"J": (0.5, 2.0), "m_star": (0.1, 0.9)},
                         agree_rtol=1e-6, tol_reason="finite-difference Jacobian (central, step 1e-7)"),
        derivation=_omega0_derivation, numeric=_omega0_numeric, units="rad/s"),
    Claim(
        id=P + "s7.1-min-field", location="§7.1, P3",
        statement="The linear-gap regime starts above ΔE/(2Nm*) ≈ 5.7 rad/s.",
        stated="≈ 5.7", quote="for h ≫ ∆E/(2Nm∗) ≈ 5.7 rad/s (satisfied throughout",
        judge=Value(), derivation=lambda: _min_sweep("d", 2), numeric=lambda: _min_sweep("n", 2), units="rad/s"),
    Claim(
        id=P + "s7.1-zener-time", location="§7.1, P3; Table 3 caption",
        statement="The Zener interaction time is t_Z ∼ √(ħτ_Q/(Nm*Δh)).",
        stated="tZ ∼ √(ℏτQ/(Nm∗∆h))", quote="dynamical exponent µh = 1, yielding the τ1/2Q Zener interaction time tZ ∼",
        judge=Expression("sqrt(tau_Q/(N*m_star*Delta_h))",
                         symbols={"tau_Q": (0.1, 10.0), "N": (10, 500), "m_star": (0.1, 0.9), "Delta_h": (0.01, 1.0)}),
        derivation=lambda: _ex(D.zener_time()),
        numeric=lambda: Outcome(value=lambda tau_Q, N, m_star, Delta_h: 1 / math.sqrt(abs(
            np.polyfit([0.0, 1.0], [0.0, N * m_star * Delta_h / tau_Q], 1)[0])),
            text="1/√|A| with A the fitted slope of the diabatic bias Nm*Δh t/τ_Q"),
        units="s"),
    Claim(
        id=P + "s7.1-saddle-node-mu", location="§7.1, P3",
        statement="At the spinodal (saddle-node) μ = 1/2: τ_rel ∝ |ε|^{−1/2}.",
        stated="1/2", quote="In classical dynamics, the spinodal (saddle-node) bifurcation at h = hsp has µ = 1/2",
        judge=Value(agree_rtol=1e-2, tol_reason="log-log slope of f″ at the metastable minimum 1e-7…1e-5 J "
                                                "below the fold; corrections are O(√ε)"),
        derivation=lambda: _ex(D.saddle_node_exponent(), text="fold normal form: m − m_sp ∝ √(h_sp − h)"),
        numeric=lambda: _nu(N.saddle_node_exponent_by_fit(), details="Eq. (2) at T = k_BT/J, J = 1, Γ = 0.95"),
        units="exponent"),
    Claim(
        id=P + "s7.2-barrier-13", location="§7.2, classical non-ergodic limit",
        statement="At the benchmark NΔf0/k_BT ≈ 13.",
        stated="≈ 13", quote="mark parameters N∆f0/kBT ≈ 13, so τK ∼ O(102) s (see the spinodal remark below",
        judge=Value(), derivation=lambda: _nu(_exponent_exact()), numeric=_exponent_num, units="dimensionless"),
    Claim(
        id=P + "s7.2-tauk-o100", location="§7.2, classical non-ergodic limit",
        statement="τ_K ∼ O(10²) s.",
        stated="∼ O(10²) s", quote="so τK ∼ O(102) s (see the spinodal remark below",
        judge=Property(), derivation=lambda: _tau_o100("d"), numeric=lambda: _tau_o100("n"), units="s"),
    Claim(
        id=P + "s7.2-rem8-de10", location="§7.2, Remark 8",
        statement="ΔE10 = 0.0352 J at Γ/J = 0.95, N = 370.",
        stated="0.0352", quote="gives ∆E10 = 0.0352 J",
        judge=Value(), derivation=lambda: _nu(_mp()["E"][1] - _mp()["E"][0]),
        numeric=lambda: _nu(N.benchmark_spectrum()["splitting"]), units="J"),
    Claim(
        id=P + "s7.2-rem8-de21", location="§7.2, Remark 8",
        statement="ΔE21 = 0.365 J.",
        stated="0.365", quote="∆E21 = 0.365 J , so",
        judge=Value(), derivation=lambda: _nu(_mp()["E"][2] - _mp()["E"][1]),
        numeric=lambda: _nu(N.benchmark_spectrum()["E"][2] - N.benchmark_spectrum()["E"][1]), units="J"),
    Claim(
        id=P + "s7.2-rem8-ratio", location="§7.2, Remark 8",
        statement="ΔE21/ΔE10 ≈ 10.4.",
        stated="≈ 10.4", quote="so ∆E21/∆E10 ≈ 10.4. The first",
        judge=Value(), derivation=lambda: _nu((_mp()["E"][2] - _mp()["E"][1]) / (_mp()["E"][1] - _mp()["E"][0])),
        numeric=lambda: _nu(_gap_ratio(N.benchmark_spectrum()["E"], 2, 1)),
        units="dimensionless"),
    Claim(
        id=P + "s7.2-rem9-hsp-formula", location="§7.2, Remark 9",
        statement="The spinodal field is h_sp = y_sp(J^{2/3}/Γ^{2/3} − 1), y_sp = √((JΓ²)^{2/3} − Γ²).",
        stated="hsp = ysp(J2/3/Γ2/3 − 1)", quote="Setting y ≡ Jm + h and E ≡",
        judge=Expression("sqrt((J*Gamma**2)**(S(2)/3) - Gamma**2)*(J**(S(2)/3)/Gamma**(S(2)/3) - 1)",
                         symbols={"J": (1.0, 2.0), "Gamma": (0.3, 0.95)}, points=4,
                         agree_rtol=1e-6, tol_reason="fold located by bounded maximisation and brentq (~1e-9)"),
        derivation=lambda: _ex(D.spinodal()["h"]), numeric=lambda: _spinodal_formula_numeric("h"),
        units="energy"),
    Claim(
        id=P + "s7.2-rem9-esp-formula", location="§7.2, Remark 9",
        statement="At the spinodal E_sp = (JΓ²)^{1/3}.",
        stated="Esp = (JΓ2)1/3", quote="y2 + Γ2, these conditions give Esp = (JΓ2)1/3, ysp =",
        judge=Expression("(J*Gamma**2)**(S(1)/3)", symbols={"J": (1.0, 2.0), "Gamma": (0.3, 0.95)}, points=4,
                         agree_rtol=1e-6, tol_reason="fold located by bounded maximisation (~1e-8)"),
        derivation=lambda: _ex(D.spinodal()["E"]), numeric=lambda: _spinodal_formula_numeric("E"),
        units="energy"),
    Claim(
        id=P + "s7.2-rem9-ysp", location="§7.2, Remark 9",
        statement="At Γ/J = 0.95, y_sp ≈ 0.177 J.", stated="≈ 0.177",
        quote="At Γ/J = 0.95: ysp ≈ 0.177 J", judge=SP_AGREE,
        derivation=lambda: _spinodal_value("y", "d"), numeric=lambda: _spinodal_value("y", "n"), units="J"),
    Claim(
        id=P + "s7.2-rem9-msp", location="§7.2, Remark 9",
        statement="At Γ/J = 0.95, m_sp ≈ −0.183.", stated="≈ −0.183",
        quote="msp ≈ −0.183, and", judge=SP_AGREE,
        derivation=lambda: _spinodal_value("m", "d"), numeric=lambda: _spinodal_value("m", "n"),
        units="dimensionless"),
    Claim(
        id=P + "s7.2-rem9-hsp-j", location="§7.2, Remark 9",
        statement="At Γ/J = 0.95, h_sp ≈ 0.0062 J.", stated="≈ 0.0062",
        quote="hsp ≈ 0.0062 J ≈ 229 rad/s. The", judge=SP_AGREE,
        derivation=lambda: _spinodal_value("h", "d"), numeric=lambda: _spinodal_value("h", "n"), units="J"),
    Claim(
        id=P + "s7.2-rem9-hsp-rad", location="§7.2, Remark 9",
        statement="h_sp ≈ 229 rad/s.", stated="≈ 229", quote="0.0062 J ≈ 229 rad/s. The", judge=SP_AGREE,
        derivation=lambda: _spinodal_value("h", "d", 37195.4), numeric=lambda: _spinodal_value("h", "n", 37195.4),
        units="rad/s"),
    Claim(
        id=P + "s7.2-rem9-min-sweep", location="§7.2, Remark 9",
        statement="The minimum LZ sweep amplitude is ΔE/(Nm*) ≈ 11 rad/s.", stated="≈ 11",
        quote="minimum sweep amplitude for LZ physics is ∆E/(Nm∗) ≈ 11 rad/s. The valid window",
        judge=Value(), derivation=lambda: _min_sweep("d"), numeric=lambda: _min_sweep("n"), units="rad/s"),
    Claim(
        id=P + "s7.2-eq16-lower", location="§7.2, Eq. (16)",
        statement="Sweep window lower end ΔE/(Nm*) ≈ 11 rad/s.", stated="≈ 11", quote="≈ 11 rad/s ≪ ∆h ≪ hsp",
        judge=Value(), derivation=lambda: _min_sweep("d"), numeric=lambda: _min_sweep("n"), units="rad/s"),
    Claim(
        id=P + "s7.2-eq16-upper", location="§7.2, Eq. (16)",
        statement="Sweep window upper end h_sp ≈ 229 rad/s.", stated="≈ 229", quote="≪ ∆h ≪ hsp ≈ 229 rad/s, (16)",
        judge=SP_AGREE, derivation=lambda: _spinodal_value("h", "d", 37195.4),
        numeric=lambda: _spinodal_value("h", "n", 37195.4), units="rad/s"),
    Claim(
        id=P + "s7.2-window-factor", location="§7.2, after Eq. (16)",
        statement="The sweep window spans a factor ∼ 20.", stated="∼ 20",
        quote="a factor-of-∼ 20 controllable range, experimentally accessible via the laser detuning sweep",
        judge=SP_AGREE, derivation=lambda: _window_factor("d"), numeric=lambda: _window_factor("n"),
        units="dimensionless"),
    Claim(
        id=P + "s7.2-attempt-period", location="§7.2, after Eq. (16)",
        statement="The attempt period is 2π/ω0 ≈ 0.27 ms.", stated="≈ 0.27", quote="≈ 0.27 ms × e13.1 ≈ 130 s ≫ τQ (barrier",
        judge=Value(agree_rtol=1e-6, tol_reason="ω0 from a finite-difference Jacobian in the numeric route"),
        derivation=lambda: _nu(sp.N(2 * sp.pi / (2 * D.J_RAD_S * _m_star_bench_exact()) * 1000, 20)),
        numeric=lambda: _nu(2 * math.pi / (float(np.abs(np.linalg.eigvals(N.jacobian_by_finite_differences(
            (0.95, 0.0, math.sqrt(1 - 0.95**2)), 1.0, 0.95)).imag).max()) * N.J_RAD_S) * 1000),
        units="ms"),
    Claim(
        id=P + "s7.2-exponent-131", location="§7.2, after Eq. (16)",
        statement="The Boltzmann exponent entering τ_K is 13.1.", stated="13.1", quote="ms × e13.1 ≈ 130 s",
        judge=Value(), derivation=lambda: _nu(_exponent_exact()), numeric=_exponent_num, units="dimensionless"),
    Claim(
        id=P + "s7.2-tauk-130", location="§7.2, after Eq. (16)",
        statement="τ_K ≈ (2π/ω0)e^{NΔf0/k_BT} ≈ 0.27 ms × e^{13.1} ≈ 130 s.", stated="≈ 130",
        quote="e13.1 ≈ 130 s ≫ τQ",
        judge=Value(agree_rtol=1e-6, tol_reason="ω0 from a finite-difference Jacobian in the numeric route"),
        derivation=lambda: _nu(_tau_k_exact()), numeric=lambda: _nu(_tau_k_num()),
        expect=refuted("(2π/ω0)e^{NΔf0/k_BT} = 0.2705 ms × e^{13.140} = 137.6 s (ω0 = 2Jm* = 23228 rad/s, "
                       "Δf0 = J(1 − Γ/J)²/2 = 46.49 rad/s, k_BT = 1309.20 rad/s); even 0.27 ms × e^{13.1} "
                       "= 132 s, not 130 s"),
        units="s"),
    Claim(
        id=P + "s7.2-lz-formula", location="§7.2, Eq. (17)",
        statement="Zener's formula with V = ΔE/2, A = α/τ_Q gives P_error = exp(−πΔE²τ_Q/(4ħα)).",
        stated="P quant error (τQ) = exp(−π∆E2 τQ/(4ℏα))",
        quote="The standard Zener formula [15, 16] P = exp(−πV 2/ℏ|A|) then yields:",
        judge=Expression("exp(-pi*DeltaE**2*tau_Q/(4*alpha))",
                         symbols={"DeltaE": (0.6, 1.2), "tau_Q": (0.5, 1.5), "alpha": (0.8, 2.0)}, points=3,
                         agree_rtol=2e-4, tol_reason="time-stepped two-level sweep over a finite window (~1e-5)"),
        derivation=lambda: _ex(D.landau_zener_error()),
        numeric=lambda: Outcome(value=_lz_numeric_callable, text="exponential-midpoint integration of H(t)"),
        units="probability"),
    Claim(
        id=P + "s7.2-lz-factor4", location="§7.2, after Eq. (17)",
        statement="The factor of 4 in Eq. (17) arises from V = ΔE/2 (V² = ΔE²/4).",
        stated="4", quote="The factor of 4 arises from V = ∆E/2 (so V 2 = ∆E2/4). Unlike P5 (Section 7.4), which",
        judge=Value(agree_rtol=1e-4, tol_reason="time-stepped two-level sweep over a finite window"),
        derivation=lambda: _lz_factor("d"), numeric=lambda: _lz_factor("n"), units="dimensionless"),
    Claim(
        id=P + "s7.2-hbar-over-de", location="§7.2, after Eq. (17)",
        statement="The lower bound of the coherent window is ħ/ΔE ≈ 0.76 ms.", stated="≈ 0.76",
        quote="the lower bound τQ ≫ ℏ/∆E ≈ 0.76 ms ensures the",
        judge=Value(), derivation=lambda: _nu(1000 / _dE_rad_mp()), numeric=lambda: _nu(1000 / _dE_rad_num()),
        units="ms"),
    Claim(
        id=P + "appc-gap-linear", location="App. C, Eq. (44)",
        statement="The h-quench gap is Δ(h) ≈ 2Nhm* + ΔE ≈ 2Nhm*.",
        stated="∆(h) ≈ 2Nhm∗ +∆E ≈ 2Nhm∗", quote="∆(h) ≈ 2Nhm∗ +∆E ≈ 2Nhm∗ (h ≫ ∆E/2Nm∗), (44)",
        judge=Property(), derivation=_gap_formula_derivation, numeric=_gap_formula_numeric,
        expect=refuted("the gap of H_eff = −Nm*hτᶻ − (ΔE/2)τˣ is √((2Nm*h)² + ΔE²), not 2Nm*h + ΔE: at "
                       "2Nm*h = ΔE (h = 5.67 rad/s) exact diagonalisation gives 1721 rad/s (two-level "
                       "√((4Xh)² + ΔE²) = 1725 with X = ⟨E0|J_z|E1⟩ = 49.5; √2ΔE = 1853) versus "
                       "2Nhm* + ΔE = 2620 rad/s; only the large-h form ∝ h survives"),
        units="rad/s"),
]


def _commutator_numeric() -> Outcome:
    sx = np.array([[0, 1], [1, 0]], complex)
    sy = np.array([[0, -1j], [1j, 0]])
    sz = np.diag([1.0 + 0j, -1.0])
    d = float(np.abs(sx @ sz - sz @ sx - (-2j) * sy).max())
    return _holds(d == 0, f"|[σx, σz] + 2iσy| = {d} (numpy)", counterexample=f"{d}")


def _fixed_point_derivation() -> Outcome:
    mx, my, mz = sp.symbols("m_x m_y m_z", real=True)
    rhs = D.bloch_rhs()
    pt = {mx: D.Gamma / D.J, my: 0, mz: sp.sqrt(1 - D.Gamma**2 / D.J**2), D.h: 0}
    vals = [sp.simplify(rhs[k].subs(pt)) for k in "xyz"]
    norm = sp.simplify(sum(v**2 for v in (pt[mx], pt[my], pt[mz])))
    return _holds(all(v == 0 for v in vals) and norm == 1, f"F(m_eq) = {vals}, |m_eq|² = {norm}", exact=True,
                  counterexample=f"{vals}, {norm}")


def _fixed_point_numeric() -> Outcome:
    rng = np.random.default_rng(21)
    worst = 0.0
    for _ in range(20):
        Jv = rng.uniform(0.5, 2)
        Gv = rng.uniform(0.05, 0.95) * Jv
        m = np.array([Gv / Jv, 0.0, math.sqrt(1 - (Gv / Jv) ** 2)])
        worst = max(worst, float(np.abs(_bloch_printed(m, Jv, Gv, 0.0)).max()), abs(m @ m - 1))
    return _holds(worst < 1e-13, f"max |F(m_eq)|, ||m_eq|² − 1| = {worst:.1e} over 20 seeded (J, Γ) (seed 21)",
                  counterexample=f"{worst}")


def _cross_term_derivation() -> Outcome:
    M = D.linearised_matrix()
    e = sp.simplify(M[1, 2])
    return _holds(e == 0, f"∂ṁy/∂mz at m_eq = {e}", exact=True, counterexample=str(e))


def _cross_term_numeric() -> Outcome:
    Jv, Gv = 1.3, 0.7
    A = N.jacobian_by_finite_differences((Gv / Jv, 0.0, math.sqrt(1 - (Gv / Jv) ** 2)), Jv, Gv)
    return _holds(abs(A[1, 2]) < 1e-8, f"finite-difference ∂ṁy/∂mz = {A[1, 2]:.1e} (J = 1.3, Γ = 0.7)",
                  counterexample=f"{A[1, 2]}")


def _eigs_derivation() -> Outcome:
    ev = set(D.linearised_eigenvalues())
    G1, G2 = sp.symbols("Gamma_1 Gamma_2", real=True)
    target = {-G2 + 2 * sp.I * D.J * D.m_star, -G2 - 2 * sp.I * D.J * D.m_star, -G1}
    ok = all(any(sp.simplify(a - b) == 0 for b in target) for a in ev)
    return _holds(ok, f"eigenvalues {sorted(map(str, ev))}", exact=True, counterexample=str(ev))


def _eigs_numeric() -> Outcome:
    rng = np.random.default_rng(12)
    worst = 0.0
    for _ in range(20):
        Jv, ms, g1, g2 = rng.uniform(0.5, 2), rng.uniform(0.1, 0.95), rng.uniform(0, 0.1), rng.uniform(0, 0.5)
        Gv = Jv * math.sqrt(1 - ms * ms)
        A = N.jacobian_by_finite_differences((Gv / Jv, 0, ms), Jv, Gv) - np.diag([g2, g2, g1])
        got = np.sort_complex(np.linalg.eigvals(A))
        want = np.sort_complex(np.array([-g2 - 2j * Jv * ms, -g2 + 2j * Jv * ms, -g1]))
        worst = max(worst, float(np.abs(got - want).max()))
    return _holds(worst < 1e-6, f"max |λ − printed| = {worst:.1e} over 20 seeded parameter sets (seed 12)",
                  counterexample=f"{worst}")


def _example_eig(route: str, part: str):
    if route == "d":
        ev = D.linearised_example()
        v = {"im": max(sp.im(e) for e in ev), "re_osc": next(sp.re(e) for e in ev if sp.im(e) != 0),
             "re_long": next(e for e in ev if sp.im(e) == 0)}[part]
        return _ex(v)
    ev = N.linearised_example_eigenvalues()
    v = {"im": float(ev.imag.max()), "re_osc": float(ev[np.argmax(ev.imag)].real),
         "re_long": float(ev[np.argmin(np.abs(ev.imag))].real)}[part]
    return _nu(v)


def _kramers_numeric():
    def f(Gamma_eff, fpp, T=0.37, N=370):     # T and N are absent from the result; any values do
        D_ = Gamma_eff * T / N
        return 2 * math.pi * T / (D_ * N * math.sqrt(fpp))
    return Outcome(value=f, text="2πT/(D·N√(f″f″)) with D = Γ_eff T/N at seeded points, T = 0.37, N = 370")


def _f0_numeric(point: str):
    ms = {"0": 0.0}
    def f(J, Gamma, T, m_star=None):
        mz = 0.0 if point == "0" else m_star
        G = Gamma if point == "0" else J * math.sqrt(1 - m_star**2)
        E = math.hypot(J * mz, G)
        with mpmath.workdps(40):   # −T ln 2cosh(E/T) with E/T up to ~500: evaluate without overflow
            return float(J * mpmath.mpf(mz) ** 2 / 2 - T * mpmath.log(2 * mpmath.cosh(mpmath.mpf(E) / T)))
    del ms
    if point == "0":
        return Outcome(value=lambda Gamma, **_: f(1.0, Gamma, Gamma / 200),
                       text="−T ln 2cosh(Γ/T) of Eq. (2) at m = 0, evaluated in mpmath at T = Γ/200")
    return Outcome(value=lambda J, m_star, **_: f(J, None, J / 200, m_star),
                   text="Eq. (2) at m = m*, Γ = J√(1 − m*²), evaluated in mpmath at T = J/200")


def _ratio_value(which: str, route: str):
    kt = sp.N(_kt_exact(), 20) if route == "d" else N.thermal_rate_rad_s()
    num = D.J_RAD_S if which == "J" else D.J_RAD_S * D.GAMMA_OVER_J
    return _nu(sp.N(num, 20) / kt) if route == "d" else _nu(float(num) / kt)


def _df0_rad(route: str):
    if route == "d":
        return _ex(D.barrier_zero_temperature().subs({D.J: D.J_RAD_S, D.Gamma: D.J_RAD_S * D.GAMMA_OVER_J}),
                   text="J(1 − Γ/J)²/2 at J = 37195.4 rad/s")
    return _nu(N.barrier_by_minimisation()["df0_rad_s"])


def _boltzmann_factor(route: str):
    return _nu(mpmath.exp(_exponent_exact())) if route == "d" else \
        _nu(math.exp(N.barrier_by_minimisation()["exponent"]))


def _efactor_range(route: str):
    return _ex(sp.E) if route == "d" else _nu(math.exp(1.0))


def _tau_range(route: str) -> Outcome:
    t = float(_tau_k_exact()) if route == "d" else _tau_k_num()
    lo, hi = t / math.e, t * math.e
    ok = 10 <= lo and hi <= 1000 and lo / 1e-3 >= 10**4.5
    return _holds(ok, f"τ_K e^(∓1) = {lo:.0f}–{hi:.0f} s; lower end / 1 ms = {lo / 1e-3:.1e}",
                  counterexample=f"range {lo:.3g}–{hi:.3g} s")


def _wkb_factor2(route: str) -> Outcome:
    if route == "d":
        zr = sp.Symbol("z", real=True)
        f = sp.log(D.J * sp.sqrt(1 - zr**2) / D.Gamma)
        even = sp.simplify(f.subs(zr, -zr) - f) == 0
        # even integrand ⇒ ∫_{−m*}^{m*} = 2∫_0^{m*}, so (N/2)·2∫_0^{m*} = N·S_inst
        ok = even and sp.simplify(D.N / 2 * 2 - D.N) == 0
        return _holds(ok, "integrand even in z (SymPy), hence (N/2)∫_{−m*}^{m*} = N∫_0^{m*} = N·S_inst",
                      exact=True, counterexample="integrand not even")
    a = N.wkb_full_barrier_integral(0.95, 370)
    b = 370 * N.instanton_action_by_quadrature(0.95)
    return _holds(abs(a - b) < 1e-15 * abs(b), f"(N/2)∫_(−m*)^(m*) = {mpmath.nstr(a, 12)}, "
                                                     f"N·S_inst = {mpmath.nstr(b, 12)} (quadrature, N = 370)",
                  counterexample=f"{a} vs {b}")


APPENDIX_CLAIMS = [
    Claim(
        id=P + "appa-commutator", location="App. A",
        statement="[σ̂x, σ̂z] = −2iσ̂y.", stated="[σ̂x, σ̂z] = −2iσ̂y",
        quote="The mean-field Hamiltonian per spin is ĤMF = −(Jmz + h)σ̂z − Γσ̂x. Using [σ̂x, σ̂z] =",
        judge=Property(),
        derivation=lambda: _holds(D.pauli_commutator_xz() == -2 * sp.I * D.SY, f"[σx, σz] = {D.pauli_commutator_xz()}",
                                  exact=True, counterexample=str(D.pauli_commutator_xz())),
        numeric=_commutator_numeric, units="—"),
    Claim(
        id=P + "appa-eq32", location="App. A, Eq. (32)",
        statement="d⟨σ̂z⟩/dt = i⟨[−Γσ̂x, σ̂z]⟩ = −2Γ⟨σ̂y⟩.", stated="= −2Γ⟨σ̂y⟩", quote="= i⟨[−Γσ̂x, σ̂z]⟩ = −2Γ⟨σ̂y⟩, (32)",
        judge=Property(), derivation=lambda: _bloch_derivation("z"), numeric=lambda: _bloch_numeric(2), units="rate"),
    Claim(
        id=P + "appa-eq33", location="App. A, Eq. (33)",
        statement="d⟨σ̂y⟩/dt = −2(Jm_z + h)⟨σ̂x⟩ + 2Γ⟨σ̂z⟩.", stated="= −2(Jmz + h)⟨σ̂x⟩+ 2Γ⟨σ̂z⟩",
        quote="= −2(Jmz + h)⟨σ̂x⟩+ 2Γ⟨σ̂z⟩, (33)",
        judge=Property(), derivation=lambda: _bloch_derivation("y"), numeric=lambda: _bloch_numeric(1), units="rate"),
    Claim(
        id=P + "appa-eq34", location="App. A, Eq. (34)",
        statement="d⟨σ̂x⟩/dt = 2(Jm_z + h)⟨σ̂y⟩.", stated="= 2(Jmz + h)⟨σ̂y⟩", quote="= 2(Jmz + h)⟨σ̂y⟩. (34)",
        judge=Property(), derivation=lambda: _bloch_derivation("x"), numeric=lambda: _bloch_numeric(0), units="rate"),
    Claim(
        id=P + "appb-fixed-point", location="App. B, Eq. (36)",
        statement="The tilted vector (Γ/J, 0, m*) has |m| = 1 and is a fixed point of all three Bloch equations.",
        stated="meq = (Γ/J, 0, m∗)", quote="which satisfies |meq| = 1 and all three Bloch equations identically [21].",
        judge=Property(), derivation=_fixed_point_derivation, numeric=_fixed_point_numeric, units="—"),
    Claim(
        id=P + "appb-cross-term", location="App. B",
        statement="The δm_z cross term in the ṁy equation cancels exactly: −2J m_x^eq + 2Γ = 0.",
        stated="−2J(meq_x)+2Γ = −2Γ+2Γ = 0", quote="exactly in the ṁy equation (since −2J(meq",
        judge=Property(), derivation=_cross_term_derivation, numeric=_cross_term_numeric, units="—"),
    Claim(
        id=P + "appb-eigenvalues", location="App. B, Eqs. (37)-(41)",
        statement="The linearised matrix has eigenvalues −Γ2 ± iω0 (ω0 = 2Jm*) and −Γ1.",
        stated="λ1,2 = −Γ2 ± i ω0, λ3 = −Γ1", quote="The linearised matrix has eigenvalues λ1,2 = −Γ2 ± i ω0 and λ3 = −Γ1, with",
        judge=Property(), derivation=_eigs_derivation, numeric=_eigs_numeric, units="rates"),
    Claim(
        id=P + "appb-eq40", location="App. B, Eq. (40)",
        statement="ω0 = 2Jm*.", stated="ω0 = 2Jm∗", quote="ω0 = 2Jm∗, (40)",
        judge=Expression("2*J*m_star", symbols={"J": (0.5, 2.0), "m_star": (0.1, 0.9)},
                         agree_rtol=1e-6, tol_reason="finite-difference Jacobian (central, step 1e-7)"),
        derivation=_omega0_derivation, numeric=_omega0_numeric, units="rad/s"),
    Claim(
        id=P + "appb-example-omega", location="App. B, numerical example",
        statement="At J = 1, Γ = 0.5, Γ2 = 0.1, Γ1 = 0.01 the oscillatory eigenvalues are −0.1 ± 1.732i.",
        stated="1.732", quote="−0.1 ± 1.732i and −0.01, confirming ω0 = 2Jm∗ =",
        judge=Value(agree_rtol=1e-7, tol_reason="finite-difference Jacobian"),
        derivation=lambda: _example_eig("d", "im"), numeric=lambda: _example_eig("n", "im"), units="1/time"),
    Claim(
        id=P + "appb-example-sqrt3", location="App. B, numerical example",
        statement="ω0 = 2Jm* = √3 ≈ 1.732 at J = 1, Γ = 0.5.", stated="≈ 1.732", quote="3 ≈ 1.732 and γosc = Γ2 = 0.1 to",
        judge=Value(agree_rtol=1e-7, tol_reason="finite-difference Jacobian"),
        derivation=lambda: _ex(2 * D.m_star_of(sp.Rational(1, 2))), numeric=lambda: _example_eig("n", "im"),
        units="1/time"),
    Claim(
        id=P + "appb-example-damping", location="App. B, numerical example",
        statement="The oscillatory modes decay at Γ2 = 0.1 and the longitudinal at 0.01.",
        stated="−0.1", quote="verified at J = 1, Γ = 0.5, Γ2 = 0.1, Γ1 = 0.01: the linearised matrix eigenvalues are",
        judge=Value(agree_rtol=1e-7, tol_reason="finite-difference Jacobian"),
        derivation=lambda: _example_eig("d", "re_osc"), numeric=lambda: _example_eig("n", "re_osc"),
        units="1/time"),
    Claim(
        id=P + "appb-example-longitudinal", location="App. B, numerical example",
        statement="The longitudinal eigenvalue of the example is −Γ1 = −0.01.",
        stated="−0.01", quote="−0.1 ± 1.732i and −0.01",
        judge=Value(agree_rtol=1e-7, agree_atol=1e-12, tol_reason="finite-difference Jacobian"),
        derivation=lambda: _example_eig("d", "re_long"), numeric=lambda: _example_eig("n", "re_long"),
        units="1/time"),
    Claim(
        id=P + "appc-omega-j", location="App. C",
        statement="About the disordered fixed point (1, 0, 0): ω_J² = 4Γ(Γ − J).",
        stated="ω2J = 4Γ(Γ − J)", quote="J = 4Γ(Γ − J) = 4Γ2|ϵJ |, hence ωJ ∝ |ϵJ |1/2",
        judge=Expression("4*Gamma*(Gamma - J)", symbols={"J": (0.2, 0.9), "Gamma": (1.0, 2.0)},
                         agree_rtol=1e-7, tol_reason="finite-difference Jacobian"),
        derivation=lambda: _ex(D.disordered_frequency_squared()),
        numeric=lambda: Outcome(value=lambda J, Gamma: N.disordered_frequency_squared_numeric(J, Gamma),
                                text="−(A²)_zz of the finite-difference Jacobian at (1, 0, 0)"),
        units="rate²"),
    Claim(
        id=P + "appc-omega-j-eps", location="App. C",
        statement="ω_J² = 4Γ²|ε_J| with ε_J = J/Γ − 1 (disordered side Γ > J).",
        stated="4Γ2|ϵJ |", quote="hence ωJ ∝ |ϵJ |1/2",
        judge=Expression("4*Gamma**2*Abs(J/Gamma - 1)", symbols={"J": (0.2, 0.9), "Gamma": (1.0, 2.0)},
                         agree_rtol=1e-7, tol_reason="finite-difference Jacobian"),
        derivation=lambda: _ex(D.disordered_frequency_squared()),
        numeric=lambda: Outcome(value=lambda J, Gamma: N.disordered_frequency_squared_numeric(J, Gamma)),
        units="rate²"),
    _exponent_claim("appc-eq43", "App. C, Eq. (43)", "μ_J = 1/2 gives t̂_J ∝ τ_Q^{1/3}.", "1/2", "1/3",
                    "and µJ = 1/2, giving:"),
    _exponent_claim("appc-eq45", "App. C, Eq. (45)", "μ_h = 1 gives t̂_h ∝ τ_Q^{1/2}.", "1", "1/2",
                    "giving ωh ∝ |ϵh|1 and µh = 1:"),
    _exponent_claim("appc-table4-overdamped", "App. C, Table 4", "Classical overdamped: μ = 1, t̂ ∝ τ_Q^{1/2}.",
                    "1", "1/2", "Classical overdamped — 1 1/2"),
    _exponent_claim("appc-table4-j-quench", "App. C, Table 4", "Quantum J-quench: μ = 1/2, t̂ ∝ τ_Q^{1/3}.",
                    "1/2", "1/3", "Quantum J-quench |ϵ|1/2 1/2 1/3"),
    _exponent_claim("appc-table4-h-quench", "App. C, Table 4", "Quantum h-quench: μ = 1, t̂ ∝ τ_Q^{1/2}.",
                    "1", "1/2", "Quantum h-quench |ϵ|1 1 1/2"),
    Claim(
        id=P + "appe-einstein", location="App. E, Eq. (48)",
        statement="Relaxation to P_eq ∝ exp(−Nf/k_BT) requires the Einstein relation D = Γ_eff k_BT/N.",
        stated="D = ΓeffkBT/N", quote="the diffusion coefficient D and mobility Γeff must satisfy the Einstein relation (fluctuation-",
        judge=Property(), derivation=_einstein_derivation, numeric=_einstein_numeric, units="1/s"),
    Claim(
        id=P + "appe-exponent", location="App. E",
        statement="At the benchmark NΔf0/k_BT ≈ 13.1.", stated="≈ 13.1",
        quote="N∆f0/kBT ; at Γ/J = 0.95, N = 370, T = 10 nK: N∆f0/kBT ≈ 13.1,",
        judge=Value(), derivation=lambda: _nu(_exponent_exact()), numeric=_exponent_num, units="dimensionless"),
    Claim(
        id=P + "appe-boltzmann-factor", location="App. E",
        statement="e^{NΔf0/k_BT} ≈ 5 × 10⁵.", stated="≈ 5 × 10⁵", quote="giving eN∆f0/kBT ≈ 5 × 105, and with attempt period",
        judge=Value(), derivation=lambda: _boltzmann_factor("d"), numeric=lambda: _boltzmann_factor("n"),
        units="dimensionless"),
    Claim(
        id=P + "appe-attempt-period", location="App. E",
        statement="The attempt period is 2π/ω0 ≈ 0.27 ms.", stated="≈ 0.27",
        quote="and with attempt period 2π/ω0 ≈ 0.27 ms one obtains",
        judge=Value(), derivation=lambda: _nu(sp.N(2 * sp.pi / (2 * D.J_RAD_S * _m_star_bench_exact()) * 1000, 20)),
        numeric=lambda: _nu(2 * math.pi / (2 * N.J_RAD_S * N.order_parameter_by_self_consistency(0.95)) * 1000),
        units="ms"),
    Claim(
        id=P + "appe-tauk-o100", location="App. E",
        statement="τ_K ∼ O(10²) s.", stated="∼ O(10²) s", quote="τK ∼ O(102) s, vastly exceeding any accessible sweep timescale τQ ∼ ms.",
        judge=Property(), derivation=lambda: _tau_o100("d"), numeric=lambda: _tau_o100("n"), units="s"),
    Claim(
        id=P + "appf-kramers-n-cancels", location="App. F, Eq. (50)",
        statement="Substituting D = Γ_eff k_BT/N into τ_K = 2πk_BT/(D·N√(f″f″))e^{…} cancels N: τ_K = 2π/(Γ_eff√(f″(m*)|f″(0)|)) e^{…}.",
        stated="τK = 2π/(Γeff √(f′′(m∗)|f′′(0)|)) eN∆f0/kBT",
        quote="Notably, the macroscopic system size N cancels exactly in the prefactor—the O(N) scaling",
        judge=Expression("2*pi/(Gamma_eff*sqrt(fpp))",
                         symbols={"Gamma_eff": (0.1, 5.0), "T": (0.1, 2.0), "N": (10, 1000), "fpp": (0.01, 2.0)}),
        derivation=lambda: _ex(D.kramers_prefactor_substituted()), numeric=_kramers_numeric, units="s"),
    Claim(
        id=P + "appf-j-over-t", location="App. F",
        statement="J/T ≈ 28.4 at the benchmark.", stated="≈ 28.4", quote="for x ≫ 1; here J/T ≈ 28.4 and Γ/T ≈ 27.0):",
        judge=Value(), derivation=lambda: _ratio_value("J", "d"), numeric=lambda: _ratio_value("J", "n"),
        units="dimensionless"),
    Claim(
        id=P + "appf-gamma-over-t", location="App. F",
        statement="Γ/T ≈ 27.0 at the benchmark.", stated="≈ 27.0", quote="Γ/T ≈ 27.0):",
        judge=Value(), derivation=lambda: _ratio_value("G", "d"), numeric=lambda: _ratio_value("G", "n"),
        units="dimensionless"),
    Claim(
        id=P + "appf-f0", location="App. F",
        statement="With ln cosh x ≈ x − ln 2: f(0) ≈ −Γ + T ln 2.", stated="f(0) ≈ −Γ + T ln 2",
        quote="f(0) ≈ −Γ + T ln 2,",
        judge=Expression("-Gamma + T*log(2)", symbols={"J": (1.0, 2.0), "Gamma": (0.5, 1.0), "T": (0.005, 0.02)}),
        derivation=lambda: _ex(D.free_energy_low_T("0")), numeric=lambda: _f0_numeric("0"),
        expect=refuted("f(0) = −T ln[2cosh(Γ/T)] = −Γ − T ln(1 + e^(−2Γ/T)) → −Γ: the ln 2 of 2cosh cancels the "
                       "−ln 2 of ln cosh x ≈ x − ln 2, so there is no +T ln 2 (at the benchmark T ln 2 = 907 rad/s "
                       "≈ 20Δf0); the barrier Δf0 is unaffected because the same term was added to f(m*)"),
        units="energy per spin"),
    Claim(
        id=P + "appf-fmstar", location="App. F",
        statement="f(m*) ≈ (J/2)m*² − J + T ln 2.", stated="f(m∗) ≈ J/2 m2∗ − J + T ln 2", quote="∗ − J + T ln 2,",
        judge=Expression("J*m_star**2/2 - J + T*log(2)", symbols={"J": (1.0, 2.0), "m_star": (0.1, 0.9), "T": (0.005, 0.02)}),
        derivation=lambda: _ex(D.free_energy_low_T("m*")), numeric=lambda: _f0_numeric("m*"),
        expect=refuted("f(m*) = Jm*²/2 − T ln[2cosh(J/T)] → Jm*²/2 − J with no +T ln 2 term (same ln 2 slip as f(0))"),
        units="energy per spin"),
    Claim(
        id=P + "appf-df0-formula", location="App. F",
        statement="Δf0 ≈ −(J/2)m*² + J − Γ.", stated="∆f0 ≈ −J/2 m2∗ + J − Γ", quote="∆f0 ≈ −J",
        judge=Expression("-J*(1 - Gamma**2/J**2)/2 + J - Gamma", symbols={"J": (1.0, 2.0), "Gamma": (0.2, 0.95)}),
        derivation=lambda: _ex(D.barrier_zero_temperature()),
        numeric=lambda: Outcome(value=lambda J, Gamma: float(
            _f0_numeric("0").value(Gamma) - _f0_numeric("m*").value(J, math.sqrt(1 - (Gamma / J) ** 2))),
            text="f(0) − f(m*) from Eq. (2) in mpmath at T = Γ/200 and J/200"),
        units="energy per spin"),
    Claim(
        id=P + "appf-j-input", location="App. F",
        statement="J = 37,195 rad/s (the benchmark J = 37195.4 rad/s to 5 figures).", stated="37,195",
        quote="At J = 37,195 rad/s, Γ/J = 0.95, m2",
        judge=Property(), derivation=lambda: _rounds_to(float(D.J_RAD_S), "37195", 5, "J (benchmark input)"),
        numeric=lambda: _rounds_to(N.J_RAD_S, "37195", 5, "J (engine constant)"), units="rad/s"),
    Claim(
        id=P + "appf-mstar2", location="App. F",
        statement="m*² = 0.0975 at Γ/J = 0.95.", stated="0.0975", quote="∗ = 0.0975: ∆f0 ≈ 46.5 rad/s, giving N∆f0/kBT =",
        judge=Value(), derivation=lambda: _ex(1 - D.GAMMA_OVER_J**2),
        numeric=lambda: _nu(N.order_parameter_by_self_consistency(0.95) ** 2), units="dimensionless"),
    Claim(
        id=P + "appf-df0-value", location="App. F",
        statement="Δf0 ≈ 46.5 rad/s.", stated="≈ 46.5", quote="∆f0 ≈ 46.5 rad/s, giving",
        judge=Value(agree_rtol=1e-7, tol_reason="numeric barrier from minimising Eq. (2) at finite T (rounding ~1e-12 J)"),
        derivation=lambda: _df0_rad("d"), numeric=lambda: _df0_rad("n"), units="rad/s"),
    Claim(
        id=P + "appf-exponent-arith", location="App. F",
        statement="NΔf0/k_BT = 370 × 46.5/1310 = 13.1.", stated="13.1", quote="370× 46.5/1310 = 13.1.",
        judge=Value(), derivation=lambda: _nu(_exponent_exact()), numeric=_exponent_num, units="dimensionless"),
    Claim(
        id=P + "appf-barrier-positive", location="App. F",
        statement="In the ordered phase the double well guarantees f(0) > f(m*), i.e. Δf0 > 0.",
        stated="f(0) > f(m∗)", quote="In the ordered phase (Γ < J), the double-well structure of f(mz) guarantees f(0) >",
        judge=Property(), derivation=_barrier_positive_derivation, numeric=_barrier_positive_numeric, units="—"),
    Claim(
        id=P + "appf-exponent-shift", location="App. F",
        statement="The exponent NΔf0/k_BT ≈ 13.1 (shifted by O(1) by finite-N corrections).", stated="≈ 13.1",
        quote="the exponent N∆f0/kBT ≈ 13.1 by O(1). This changes τK by at most a factor of e±1 ≈ 2–",
        judge=Value(), derivation=lambda: _nu(_exponent_exact()), numeric=_exponent_num, units="dimensionless"),
    Claim(
        id=P + "appf-e-factor", location="App. F",
        statement="An O(1) shift of the exponent changes τ_K by at most e^{±1} ≈ 2–3.", stated="2–3",
        quote="This changes τK by at most a factor of e±1 ≈ 2–",
        judge=Value(), derivation=lambda: _efactor_range("d"), numeric=lambda: _efactor_range("n"),
        units="dimensionless"),
    Claim(
        id=P + "appf-tauk-range", location="App. F",
        statement="τ_K then lies in O(10–10³) s, still about five orders of magnitude above τ_Q ∼ 1 ms.",
        stated="O(10–103) s", quote="3, leaving it in the range O(10–103) s — still five orders of magnitude above τQ ∼ 1 ms.",
        judge=Property(), derivation=lambda: _tau_range("d"), numeric=lambda: _tau_range("n"), units="s"),
    Claim(
        id=P + "appg-cosh-phi", location="App. G",
        statement="With x = (J/Γ)√(1 − z²), φ(z) = ln x satisfies cosh φ = (J(1 − z²) + Γ²/J)/(2Γ√(1 − z²)).",
        stated="coshϕ(z) = (J(1−z2)+Γ2/J)/(2Γ√(1−z2))", quote="Setting x = J",
        judge=Expression("(J*(1 - z**2) + Gamma**2/J)/(2*Gamma*sqrt(1 - z**2))",
                         symbols={"J": (1.0, 2.0), "Gamma": (0.3, 0.9), "z": (0.0, 0.4)}),
        derivation=lambda: _ex(D.wkb_momentum_cosh()),
        numeric=lambda: Outcome(value=lambda J, Gamma, z: math.cosh(math.log(J * math.sqrt(1 - z * z) / Gamma)),
                                text="cosh(ln x) evaluated directly"),
        units="dimensionless"),
    Claim(
        id=P + "appg-antiderivative", location="App. G",
        statement="Integration by parts gives the antiderivative z ln(…) − z + artanh(z).",
        stated="z ln(. . . ) − z + arctanh(z)", quote="z ln(. . . ) − z + arctanh(z). Applying the limits from z = 0 to the vacuum condition",
        judge=Property(),
        derivation=lambda: _holds(D.wkb_antiderivative_residual() == 0, "d/dz[antiderivative] − integrand = 0 (SymPy)",
                                  exact=True, counterexample=str(D.wkb_antiderivative_residual())),
        numeric=lambda: _antiderivative_numeric(), units="dimensionless"),
    Claim(
        id=P + "appg-factor-two", location="App. G",
        statement="For spin J = N/2, J∫_{−m*}^{m*} = N S_inst: the factor 2 from the even integrand cancels the ½.",
        stated="N/2 × 2∫0^m∗ = N×Sinst", quote="N×Sinst. The factor of 2 from the barrier symmetry precisely cancels the 1",
        judge=Property(), derivation=lambda: _wkb_factor2("d"), numeric=lambda: _wkb_factor2("n"), units="dimensionless"),
    *[
        Claim(
            id=P + f"appg-s-inst-{g.replace('.', '')}", location="App. G, final paragraph",
            statement=f"S_inst = {s} at Γ/J = {g}.", stated=s, quote=q, judge=Value(),
            derivation=lambda g=g: _s_inst_exact(g), numeric=lambda g=g: _s_inst_quad(g),
            units="dimensionless (per spin)")
        for g, s, q in (("0.99", "0.000947", "(Sinst = 0.000947, 0.010787, and"),
                        ("0.95", "0.010787", "0.000947, 0.010787, and"),
                        ("0.90", "0.031255", "0.031255 for Γ/J = 0.99, 0.95, and 0.90 respectively) define the theoretical crossover"))
    ],
    Claim(
        id=P + "appg-de-over-kt", location="App. G, final paragraph",
        statement="The crossover matches the exact diagonalisation condition ΔE/k_BT ≈ 1 at N = 370.", stated="≈ 1",
        quote="∆E/kBT ≈ 1 at N = 370.",
        judge=Value(), derivation=lambda: _nu(_dE_rad_mp() / sp.N(_kt_exact(), 20)),
        numeric=lambda: _nu(_dE_rad_num() / N.thermal_rate_rad_s()), units="dimensionless"),
    Claim(
        id=P + "appg-c0-scale", location="App. G",
        statement="The coefficient C0 ∼ ħω0 is the attempt frequency.", stated="C0 ∼ ℏω0",
        quote="N . The coefficient C0 ∼ ℏω0 is the attempt frequency from the Gaussian",
        judge=Property(), derivation=lambda: _c0_scale_property("sectors"), numeric=lambda: _c0_scale_property("wronskian"),
        expect=refuted("the ED-fitted prefactor is C0 = 0.085, 0.143, 0.276 ħω0 at Γ/J = 0.99, 0.95, 0.90: "
                       "smaller than ħω0/√10"),
        units="rad/s"),
]


def _antiderivative_numeric() -> Outcome:
    rng = np.random.default_rng(4)
    worst = 0.0
    for _ in range(8):
        Jv, Gv = rng.uniform(1, 2), rng.uniform(0.3, 0.9)
        b = rng.uniform(0.05, 0.9)
        F = lambda zz, Jv=Jv, Gv=Gv: zz * math.log(Jv * math.sqrt(1 - zz * zz) / Gv) - zz + math.atanh(zz)
        with mpmath.workdps(25):    # 25 digits: the quadrature is compared to 1e-12 absolute
            q = mpmath.quad(lambda zz, Jv=Jv, Gv=Gv: mpmath.log(Jv * mpmath.sqrt(1 - zz**2) / Gv), [0, b])
        worst = max(worst, abs(float(q) - (F(b) - F(0))))
    return _holds(worst < 1e-12, f"quadrature vs antiderivative: max |diff| = {worst:.1e} (seed 4)",
                  counterexample=f"{worst}")


def _gap_window_derivation() -> Outcome:
    r = _mp()
    X = r["X"]
    slope = 4 * X                                   # d(E_R − E_P)/dh for the localised doublet states
    h_cross = (r["E"][2] - r["E"][0]) / slope * J_RAD  # inter-well gap reaches the first intra-well level
    ms = mpmath.sqrt(mpmath.mpf("0.0975"))
    return _holds(False, f"slope 4⟨L|J_z|L⟩ = {mpmath.nstr(slope, 5)} vs 2Nm* = {mpmath.nstr(740 * ms, 5)}",
                  exact=False,
                  counterexample=f"the localised states have ⟨J_z⟩ = X = {mpmath.nstr(X, 5)}, not Nm*/2 = "
                                 f"{mpmath.nstr(185 * ms, 5)}, so the gap grows as 4Xh = 0.86 × 2Nm*h; and it reaches "
                                 f"ΔE20 at h = {mpmath.nstr(h_cross, 3)} rad/s, inside the 11–229 rad/s window, "
                                 "beyond which the lowest gap is an intra-well excitation",
                  details="X = ⟨E0|J_z|E1⟩ from the mpmath parity blocks")


def _gap_window_numeric() -> Outcome:
    ms = math.sqrt(1 - 0.95**2)
    rows = []
    for hr in (20.0, 100.0, 229.0):
        E, _ = lmg.lowest_eigenpairs(370, 0.95, k=2, h=hr / N.J_RAD_S, use_parity=False)
        rows.append((hr, (E[1] - E[0]) * N.J_RAD_S, 740 * ms * hr))
    ok = all(abs(g / p - 1) < 0.1 for _, g, p in rows)
    txt = "; ".join(f"h = {h:g} rad/s: ED gap {g:.0f}, 2Nm*h = {p:.0f}" for h, g, p in rows)
    return _holds(ok, txt, counterexample=txt + " (rad/s)")


def _analytic_099_property(method: str) -> Outcome:
    r = _row(0.99, method)
    ed = N.crossover_by_diagonalisation(0.99, method="sectors" if method == "sectors" else "wronskian")
    ok = r["analytic"] <= 0 or r["analytic"] < ed / 3
    return _holds(ok, f"Γ/J = 0.99: Eq. (11) with the ED-fitted C0 gives {r['analytic']:.0f}; ED crossover "
                      f"≈ {ed:.0f}", counterexample=f"analytic {r['analytic']:.0f}", details=FIT_NOTE)


EXTRA_CLAIMS = [
    Claim(
        id=P + "s1-abstract-lgi-bound", location="Abstract",
        statement="K3 > 1 is forbidden for all macrorealist models (K3 ≤ 1).", stated="K3 > 1 is forbidden",
        quote="K3 > 1 is forbidden", judge=Property(), derivation=_lgi_enumeration,
        numeric=lambda: _lgi_random_mixtures(), units="dimensionless"),
    Claim(
        id=P + "s1-intro-lgi-bound", location="§1",
        statement="The LGI reads K3 ≤ 1 for any macrorealist model.", stated="K3 ≤ 1",
        quote="K3 ≤ 1 for any macro-", judge=Property(), derivation=_lgi_enumeration,
        numeric=lambda: _lgi_random_mixtures(5), units="dimensionless"),
    Claim(
        id=P + "s1-p5-lgi-bound", location="§1, P5 paragraph",
        statement="K3 = C12 + C23 − C13 of a dichotomic observable satisfies K3 ≤ 1 under macrorealism.",
        stated="K3 ≤ 1", quote="satisfies K3 ≤ 1 [10, 11]", judge=Property(), derivation=_lgi_enumeration,
        numeric=lambda: _lgi_random_mixtures(7), units="dimensionless"),
    _exponent_claim("s7.1-p3-kzm-exponent", "§7.1, P3",
                    "LMG universality z = 1, ν = 1/2 gives t̂ ∝ τ_Q^{zν/(zν+1)} = τ_Q^{1/3}.", "1/2", "1/3",
                    'dynamical exponent z = 1, correlation-length exponent ν = 1/2, giving t̂ ∝ τ'),
    Claim(
        id=P + "s7.2-rem9-msp-formula", location="§7.2, Remark 9",
        statement="At the spinodal m_sp = −y_sp/E_sp with y_sp = √((JΓ²)^{2/3} − Γ²).",
        stated="msp = −ysp/Esp", quote='(JΓ2)2/3 − Γ2, msp = −ysp/Esp, and from f ′ = 0:',
        judge=Expression("-sqrt((J*Gamma**2)**(S(2)/3) - Gamma**2)/(J*Gamma**2)**(S(1)/3)",
                         symbols={"J": (1.0, 2.0), "Gamma": (0.3, 0.95)}, points=4,
                         agree_rtol=1e-6, tol_reason="fold located by bounded maximisation (~1e-8)"),
        derivation=lambda: _ex(D.spinodal()["m"]),
        numeric=lambda: Outcome(value=lambda J, Gamma: N.spinodal_by_root_finding(T=1e-3, gamma_over_j=Gamma / J)["m"],
                                text="fold of Eq. (2) at T = 10⁻³J (m is intensive: independent of the J scale)"),
        units="dimensionless"),
    Claim(
        id=P + "s7.1-gap-linear-window", location="§7.1, P3",
        statement="For h ≫ 5.7 rad/s, satisfied throughout the sweep window, the quantum gap grows linearly, "
                  "Δ(h) ≈ 2Nm*h.",
        stated="∆(h) ≈ 2Nm∗h", quote="the quantum gap grows linearly, ∆(h) ≈ 2Nm∗h, with",
        judge=Property(), derivation=_gap_window_derivation, numeric=_gap_window_numeric,
        expect=refuted("exact diagonalisation at N = 370: the gap is 4145 rad/s at h = 20 rad/s (2Nm*h = 4621), "
                       "18121 at 100 rad/s (23106) and 24760 at 229 rad/s (52914); the slope is 4⟨L|J_z|L⟩ = "
                       "4 × 49.5 = 198 per unit h, not 2Nm* = 231, and above h ≈ 74 rad/s the inter-well gap "
                       "exceeds ΔE20, so the lowest gap is no longer the two-level one within the stated window"),
        units="rad/s"),
    Claim(
        id=P + "s1-contrib-inaccurate-098", location="§1, Contributions (f)",
        statement="The semiclassical N_c estimate is severely inaccurate at Γ/J ≳ 0.98.",
        stated="Γ/J ≳ 0.98", quote="severely inaccurate at Γ/J ≳ 0.98",
        judge=Property(), derivation=lambda: _analytic_099_property("sectors"),
        numeric=lambda: _analytic_099_property("wronskian"), units="—"),
    Claim(
        id=P + "s5-never-098", location="§5, after Eq. (11)",
        statement="The analytic formula should never be used for Γ/J ≳ 0.98 (it fails there).",
        stated="Γ/J ≳ 0.98", quote="should never be used for Γ/J ≳ 0.98",
        judge=Property(), derivation=lambda: _analytic_099_property("sectors"),
        numeric=lambda: _analytic_099_property("wronskian"), units="—"),
]


def _truncation_k3(method: str) -> tuple[float, float]:
    return N.k3_stationary(0.05, 5, method), N.k3_stationary(0.05, 10, method)


def _ten_level_difference(method: str) -> Outcome:
    k5, k10 = _truncation_k3(method)
    return _nu(abs(k5 - k10) / k10, text=f"|K3(5) − K3(10)|/K3(10) = {abs(k5 - k10) / k10:.2%} "
                                         f"({k5:.4f} vs {k10:.4f})",
               details=f"{LEVEL_C_NOTE}; γϕ = 0.05 s⁻¹; propagator: {method}")


def _truncation_converged(method: str) -> Outcome:
    k5, k10 = _truncation_k3(method)
    rel = abs(k5 - k10) / k10
    return _holds(rel <= 0.05, f"five- vs ten-level K3 at γϕ = 0.05 s⁻¹: {k5:.4f} vs {k10:.4f} ({rel:.2%})",
                  counterexample=f"difference {rel:.1%}", details=f"{LEVEL_C_NOTE}; {method}")


def _omega_100_property(route: str) -> Outcome:
    kt = float(sp.N(_kt_exact(), 15)) if route == "d" else N.thermal_rate_rad_s()
    x_fit = _c0_over_hbar_omega(0.95, "sectors" if route == "d" else "wronskian")
    a, b = math.log(100 / kt), math.log(x_fit * 100 / kt)
    return _holds(a < 0 and b < 0, f"ω0 = 100 rad/s: ln(ħω0/k_BT) = {a:.2f}; with the ED-fitted C0 = {x_fit:.3f}ħω0: "
                                   f"ln(C0/k_BT) = {b:.2f}", counterexample=f"{a}, {b}")


COVERAGE_CLAIMS = [
    Claim(
        id=P + "s1-abstract-gamma-target", location="Abstract",
        statement="The BEC target dephasing rate is γϕ = 0.05 s⁻¹ (restated input, as defined in §6 and used "
                  "throughout the threshold hierarchy).",
        stated="0.05", quote="the BEC target (γϕ = 0.05 s−1, N = 370, Γ/J = 0.95)",
        judge=Value(), derivation=lambda: _ex(sp.Rational(1, 20), text="γϕ = 1/20 s⁻¹ (input of §6, Remark 5)"),
        numeric=lambda: _nu(float(GAMMA_PHI), text="γϕ used by the level computations of this module"),
        units="s⁻¹"),
    Claim(
        id=P + "s1-contrib-ten-level", location="§1, Contributions (c)",
        statement="The five-level Lindblad simulation agrees with ten-level results to ∼ 1%.",
        stated="∼ 1%", quote="validated against ten-level results to ∼ 1%",
        judge=Value(agree_rtol=1e-6, tol_reason="ODE (rtol 1e-11) versus spectral propagator for a small difference"),
        derivation=lambda: _ten_level_difference("spectral"), numeric=lambda: _ten_level_difference("ode"),
        units="relative difference"),
    Claim(
        id=P + "s7.2-rem8-truncation", location="§7.2, Remark 8",
        statement="The five-level truncation is converged to ±5%.",
        stated="±5%", quote="to ±5% (Remark 14). The LZ and LGI formulae are therefore qualitatively predictive near",
        judge=Property(), derivation=lambda: _truncation_converged("spectral"),
        numeric=lambda: _truncation_converged("ode"), units="relative difference"),
    Claim(
        id=P + "s5-remark2-omega-100", location="§5, Remark 2",
        statement="Below ω0 ∼ 100 rad/s the condition ln(C0/k_BT) > 0 fails.",
        stated="∼ 100", quote="below ω0 ∼ 100 rad/s",
        judge=Property(), derivation=lambda: _omega_100_property("d"), numeric=lambda: _omega_100_property("n"),
        units="rad/s"),
]


def _n2_solvable_derivation() -> Outcome:
    ev = D.n2_hamiltonian().eigenvals()
    closed = [e for e in ev if not e.has(sp.RootOf)]
    return _holds(len(closed) == 3, f"closed-form spectrum {sorted(map(str, ev))}", exact=True,
                  counterexample=str(ev))


def _n2_solvable_numeric() -> Outcome:
    rng = np.random.default_rng(31)
    worst = 0.0
    for _ in range(20):
        Jv, Gv = rng.uniform(0.1, 3, 2)
        r = math.sqrt(Jv**2 + 16 * Gv**2)
        want = sorted([-Jv, (-Jv - r) / 2, (-Jv + r) / 2])
        worst = max(worst, float(np.abs(np.sort(_n2_dense(Jv, Gv)) - want).max()))
    return _holds(worst < 1e-12, f"max |numpy − closed form| = {worst:.1e} over 20 seeded (J, Γ) (seed 31)",
                  counterexample=f"{worst}")


COVERAGE_CLAIMS.append(Claim(
    id=P + "s3-n2-solvable", location="§3, heading",
    statement="The N = 2 case is exactly solvable: its three levels are −J and ½(−J ± √(J² + 16Γ²)).",
    stated="N = 2", quote='The N = 2 Exact Solution',
    judge=Property(), derivation=_n2_solvable_derivation, numeric=_n2_solvable_numeric, units="energy"))


@functools.cache
def _c0_sequence_property(route: str) -> Outcome:
    """C0(N) = ΔE e^{N S_inst}/√N at Γ/J = 0.95 must converge if Eq. (10) is the large-N form."""
    if route == "d":
        S = float(sp.N(D.instanton_action_at("0.95"), 20))
        Ns = (1000, 2000, 4000)
        logs = [float(mpmath.log(lmg.splitting(n, 0.95, rel_tol=1e-8).value)) for n in Ns]
        how = "certified Newton/Sturm splittings (mpmath), closed-form S_inst"
    else:
        S = N.instanton_action_float(0.95)
        Ns = (1000, 2000, 4000, 8000, 16000, 32000)
        logs = [lmg.splitting_wronskian(n, 0.95).log_value for n in Ns]
        how = "Wronskian splittings (double), quadrature S_inst"
    c0 = [math.exp(lg + n * S) / math.sqrt(n) for n, lg in zip(Ns, logs)]
    steps = [b - a for a, b in itertools.pairwise(c0)]
    shrink = all(abs(b) < abs(a) / 1.5 for a, b in itertools.pairwise(steps))
    last = abs(steps[-1]) / c0[-1]
    txt = ", ".join(f"N={n}: {c:.5f}" for n, c in zip(Ns, c0))
    return _holds(shrink and last < 0.05, f"C0(N)/J = {txt} (differences shrink ~1/N)",
                  counterexample=f"C0(N) does not settle: {txt}", details=how)


ASYMPTOTIC_CLAIMS = [
    Claim(
        id=P + "s5-eq10-asymptotics", location="§5, Eq. (10)",
        statement="In the large-N ordered phase ΔE(N) = C0 N^{1/2} e^{−N S_inst}: with S_inst = artanh(m*) − m* "
                  "the prefactor ΔE e^{N S_inst}/√N tends to a constant (checked at Γ/J = 0.95; the limit is "
                  "C0 ≈ 0.13 J ≈ 3.8 k_BT, larger than the value fitted on N ∈ [50, 500]).",
        stated="∆E(N) = C0N1/2 e−NSinst",
        quote="In the large-N ordered phase, the tunnel splitting between |P ⟩ and |R⟩ is exponentially",
        judge=Property(), derivation=lambda: _c0_sequence_property("d"),
        numeric=lambda: _c0_sequence_property("n"), units="J"),
    Claim(
        id=P + "appg-n-half-prefactor", location="App. G",
        statement="The full tunnel splitting takes the form ΔE(N) = C0 N^{1/2} e^{−N S_inst} (N^{1/2} from the "
                  "instanton zero mode): ΔE e^{N S_inst}/√N converges at large N.",
        stated="∆E(N) = C0N1/2e−NSinst", quote="The full tunnel splitting takes the form ∆E(N) = C0N",
        judge=Property(), derivation=lambda: _c0_sequence_property("d"),
        numeric=lambda: _c0_sequence_property("n"), units="J"),
]


def _cross_term_split(route: str) -> Outcome:
    """Γ_coll/Γ_phys = [cross-term factor] × [diagonal factor] (Eqs. (27)–(29), γϕ = 1)."""
    if route == "d":
        jz2 = _mp()["jz2"]
        ms2 = 1 - mpmath.mpf(19) ** 2 / 400
    else:
        jz2 = N.benchmark_spectrum()["jz2"]
        ms2 = 1 - N.GAMMA_BENCH**2
    a = (370 / 2) ** 2 * ms2                       # ⟨P|J_z²|P⟩ ≈ (Nm*/2)² (coherent state)
    g_phys = (jz2[0] + jz2[1]) / 2                  # no cross term (parity)
    g_no_cross = a                                  # mean-field basis without the cross term
    g_coll = 2 * a                                  # with the cross term −⟨P|J_z|P⟩⟨R|J_z|R⟩ = +a
    cross, diag = g_coll / g_no_cross, g_no_cross / g_phys
    ok = cross > diag and abs(cross * diag - g_coll / g_phys) < 1e-9 * cross * diag
    return _holds(ok, f"2.35 = {float(cross):.3f} (cross term) × {float(diag):.3f} (⟨E_i|J_z²|E_i⟩ < (Nm*/2)²)",
                  counterexample=f"cross-term factor {float(cross):.3f}, diagonal factor {float(diag):.3f}")


EXPLANATION_CLAIMS = [
    Claim(
        id=P + "s1-abstract-cross-term-origin", location="Abstract",
        statement="The 2.35× improvement comes from exact parity eliminating the dominant dephasing cross-term: "
                  "the cross-term is a factor 2 of the 2.35, the rest (1.18) is ⟨E_i|J_z²|E_i⟩ < (Nm*/2)².",
        stated="eliminates the dominant dephasing cross-term",
        quote="eliminates the dominant dephasing cross-term and renders the LGI correlator immune",
        judge=Property(), derivation=lambda: _cross_term_split("d"), numeric=lambda: _cross_term_split("n"),
        units="dimensionless"),
]


def _fp_derivation() -> Outcome:
    mismatch = D.fokker_planck_mismatch()
    Dd = D.einstein_diffusion()
    ok = mismatch == 0 and sp.simplify(Dd - sp.Symbol("Gamma_eff", positive=True) * D.T / D.N) == 0
    return _holds(ok, f"Kramers–Moyal FP − Eq. (49) = {mismatch}; zero Boltzmann flux ⇔ D = {Dd}", exact=True,
                  counterexample=f"mismatch {mismatch}, D = {Dd}")


def _fp_numeric() -> Outcome:
    r = N.langevin_well_variance()
    dev = abs(r["simulated"] - r["boltzmann"])
    ok = dev <= 4 * r["sigma"] + abs(r["euler_bias"])
    return _holds(ok, f"Euler–Maruyama well variance {r['simulated']:.4e} ± {r['sigma']:.1e} vs Boltzmann "
                      f"e^(−Nf/k_BT) {r['boltzmann']:.4e} (seed {r['seed']}, 20000 walkers)",
                  counterexample=f"deviation {dev:.2e}", details="Eq. (46) with D = Γ_eff k_BT/N, benchmark f")


def _oscillatory_derivation() -> Outcome:
    ev = D.linearised_eigenvalues()
    ok = any(sp.im(e) != 0 for e in ev)
    return _holds(ok, f"linearised eigenvalues {sorted(map(str, ev))}: a complex pair ⇒ oscillatory ACF", exact=True,
                  counterexample=str(ev))


def _oscillatory_numeric() -> Outcome:
    lam = N.linearised_example_eigenvalues()
    return _holds(bool(np.any(np.abs(lam.imag) > 1e-6)), f"example eigenvalues {np.round(lam, 4)}",
                  counterexample=str(lam))


MORE_CLAIMS = [
    Claim(
        id=P + "appe-fokker-planck", location="App. E, Eqs. (46)–(49)",
        statement="The Langevin equation (46)–(47) gives the Fokker–Planck equation (49), whose stationary state "
                  "is e^{−Nf/k_BT} under the Einstein relation.",
        stated="∂P/∂t = ∂m[Γeff f′ P] + D ∂²P/∂m²",
        quote="The equivalent Fokker–Planck equation follows directly from standard stochastic cal-",
        judge=Property(), derivation=_fp_derivation, numeric=_fp_numeric, units="—"),
    Claim(
        id=P + "s7-table3-p2", location="§7, Table 3 row P2",
        statement="The linearised (underdamped) dynamics gives an oscillatory ACF, classically and quantum mechanically.",
        stated="oscillatory ACF yes yes", quote="P2: oscillatory ACF yes yes No",
        judge=Property(), derivation=_oscillatory_derivation, numeric=_oscillatory_numeric, units="—"),
    _exponent_claim("s7-table3-p3a", "§7, Table 3 row P3a", "J-quench KZM exponent τ_Q^{1/3} (μ = 1/2).",
                    "1/2", "1/3", 'P3a: KZM (J-quench) τ'),
    _exponent_claim("s7-table3-p3b", "§7, Table 3 row P3b", "h-quench LZ bias-sweep exponent τ_Q^{1/2} (μ = 1).",
                    "1", "1/2", 'P3b: LZ bias-sweep (h-quench) τ'),
]


def _kramers_laplace_derivation() -> Outcome:
    pref = D.kramers_by_laplace()
    a, b, Geff = sp.symbols("a b Gamma_eff", positive=True)
    ok = sp.simplify(pref - 2 * sp.pi / (Geff * sp.sqrt(a * b))) == 0
    return _holds(ok, f"Laplace's method: τ e^(−NΔf0/k_BT) = {pref} (a = f″(m*), b = |f″(0)|), N-independent",
                  exact=True, counterexample=f"prefactor {pref}")


def _kramers_mfpt_numeric() -> Outcome:
    ratios = {n: N.mfpt_by_grid_quadrature(n) / N.kramers_time_over_exponential(n) for n in (370, 1110, 3700)}
    fd = N.mfpt_by_backward_equation(370) / N.kramers_time_over_exponential(370)
    ok = (abs(ratios[3700] - 1) < abs(ratios[370] - 1) / 5 and abs(ratios[370] - 1) < 0.1
          and abs(fd - ratios[370]) < 1e-4)
    txt = ", ".join(f"N={n}: {r:.4f}" for n, r in ratios.items())
    return _holds(ok, f"exact MFPT / Eq. (50): {txt} (→ 1 as 1/N); backward-equation check at N = 370: {fd:.5f}",
                  counterexample=txt, details="grid quadrature of the MFPT double integral (4·10⁵ points) and "
                                              "sparse finite differences of the backward equation; Eq. (2) at the benchmark")


KRAMERS_CLAIMS = [
    Claim(
        id=P + "appf-kramers-formula", location="App. F, Eq. (50)",
        statement="The standard Kramers result gives the MFPT of Eq. (49) as τ_K = 2π/(Γ_eff√(f″(m*)|f″(0)|)) "
                  "e^{NΔf0/k_BT} (large-barrier limit; at the benchmark the exact MFPT is 3.2% longer).",
        stated="τK = 2πkBT/(D·N√(f′′(m∗)|f′′(0)|)) eN∆f0/kBT",
        quote="barrier yields the mean first-passage time. Applying the standard result τK = 2πkBT/(D ·",
        judge=Property(), derivation=_kramers_laplace_derivation, numeric=_kramers_mfpt_numeric, units="1/J"),
]


def _finite_t_mstar_derivation() -> Outcome:
    """Self-consistency at finite T: m = tanh(E/T), E = J at the ordered minimum → shift ∝ e^{−2J/T}."""
    with mpmath.workdps(40):    # 40 digits: the shift is ~e^(−2J/T) ≈ 1e-25, below double precision
        T = mpmath.mpf(float(sp.N(_kt_exact() / D.J_RAD_S, 30)))
        g = mpmath.mpf(19) / 20
        # m/√(m² + g²) · tanh(√(m² + g²)/T) = m  ⇒  √(m² + g²) = tanh(√(m² + g²)/T) ≡ E
        E = mpmath.findroot(lambda e: e - mpmath.tanh(e / T), 1)
        shift = abs(mpmath.sqrt(E**2 - g**2) - mpmath.sqrt(1 - g**2))
    return _holds(shift < 1e-15, f"|m*(T = 10 nK) − √(1 − Γ²/J²)| = {mpmath.nstr(shift, 3)} (E = tanh(E/T))",
                  exact=False, counterexample=f"shift {shift}")


def _finite_t_mstar_numeric() -> Outcome:
    from scipy.optimize import minimize_scalar
    res = minimize_scalar(N._f_bench, bounds=(0.05, 0.9), method="bounded", options={"xatol": 1e-12})
    shift = abs(res.x - math.sqrt(1 - 0.95**2))
    return _holds(shift < 1e-6, f"argmin of Eq. (2) at T = k_BT/J: {res.x:.10f} (shift {shift:.1e}, minimiser tolerance)",
                  counterexample=f"shift {shift}")


FINAL_CLAIMS = [
    Claim(
        id=P + "s2-rem1-finite-t", location="§2, Remark 1",
        statement="At T = 10 nK finite-temperature corrections to m* are negligible.",
        stated="negligible", quote="0.95), so finite-temperature corrections to the eigenstates and to m∗ are negligible at",
        judge=Property(), derivation=_finite_t_mstar_derivation, numeric=_finite_t_mstar_numeric,
        units="dimensionless"),
    Claim(
        id=P + "s7.1-kramers-n-cancels", location="§7.1, P1",
        statement="The 1/N of the Kramers prefactor's curvature factor is cancelled by D ∝ 1/N, leaving N only "
                  "in the Boltzmann exponent.",
        stated="τK = 2π/(Γeff √(f′′(m∗)|f′′(0)|)) eN∆f0/kBT",
        quote="the exponential: the potential curvature factor ∝ 1/N in the Kramers prefactor is exactly",
        judge=Expression("2*pi/(Gamma_eff*sqrt(fpp))",
                         symbols={"Gamma_eff": (0.1, 5.0), "T": (0.1, 2.0), "N": (10, 1000), "fpp": (0.01, 2.0)}),
        derivation=lambda: _ex(D.kramers_prefactor_substituted()), numeric=_kramers_numeric, units="s"),
]


CLAIMS = [
    *S_INST_CLAIMS,
    *INTRO_CLAIMS,
    *LEVEL_C_CLAIMS,
    *S2_CLAIMS,
    *S3_CLAIMS,
    *S4_CLAIMS,
    *S5_CLAIMS,
    *S7_CLAIMS,
    *APPENDIX_CLAIMS,
    *EXTRA_CLAIMS,
    *COVERAGE_CLAIMS,
    *ASYMPTOTIC_CLAIMS,
    *EXPLANATION_CLAIMS,
    *MORE_CLAIMS,
    *KRAMERS_CLAIMS,
    *FINAL_CLAIMS,
    *DYNAMICS_CLAIMS,
]

# Figures for the report, attached by claim id (the tables above are long; the attachment is
# kept in one place): ln ΔE versus N against the instanton slope, and K3(γφ) for the
# truncations with the classical bound and the thresholds marked.
_FIGURES = {
    "lmg_lgi:s-inst-closed-form": (plots.splitting_vs_n,),
    "lmg_lgi:s1-level-a-threshold": (plots.k3_vs_dephasing,),
    "lmg_lgi:s1-level-b-threshold": (plots.k3_vs_dephasing,),
    "lmg_lgi:s1-level-c-threshold": (plots.k3_vs_dephasing,),
    "lmg_lgi:s1-level-bc-ratio": (plots.k3_vs_dephasing,),
    "lmg_lgi:fig1-5level-0.289": (plots.k3_vs_dephasing,),
}
if set(_FIGURES) - {c.id for c in CLAIMS}:
    raise ValueError(f"figures attached to unknown claims: {set(_FIGURES) - {c.id for c in CLAIMS}}")
CLAIMS = [dataclasses.replace(c, figures=c.figures + _FIGURES.get(c.id, ())) for c in CLAIMS]
