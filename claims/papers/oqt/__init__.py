"""Claims of the thermalization paper (``oqt``, manuscript 001_72cbdd6588fdbaef.txt)."""

from __future__ import annotations

import numpy as np
import sympy as sp

from claims.core.judges import Expression, NotCheckable, Property
from claims.core.model import Claim, Outcome, Paper, conditional, not_checkable, refuted
from derive import oqt as D
from numerics import oqt as N

from . import figures as plots

PAPER = Paper(
    key="oqt",
    title="On a modified quantum theory with objective quantum thermalization and "
    "spontaneous universal irreversibility",
    manuscript="001_72cbdd6588fdbaef.txt",
    arxiv="2504.16197",
)

# a counterexample to monotone ensemble entropy that obeys the paper's window rule AND Eq. (4)
# (Tr[χ_E H] = E, so the energy is conserved): an equally spaced ladder, the state symmetric about E
# with weight outside the window [E − √V, E + √V]; checked exactly at t = 3 ħ/(α𝒩)
_q = sp.Rational
ENTROPY_CE = {
    "E": (0, 1, 2, 3, 4),
    "amps": (sp.sqrt(_q(1, 8)), 0, sp.sqrt(_q(3, 4)), 0, sp.sqrt(_q(1, 8))),
    "t": 3,
}
ENTROPY_CE_TEXT = (
    "equally spaced spectrum (0, 1, 2, 3, 4), identical pure members ψ0 = √(1/8)|0⟩ + √(3/4)|2⟩ + "
    "√(1/8)|4⟩: E = 2, V = 1, window [1, 3] holds levels 1, 2, 3, so χ_E = 1/3 on each and "
    "Tr[χ_E H] = 2 = E (Eq. (4) holds, energy conserved)"
)
ENTROPY_MECHANISM = (
    "Mechanism: a quarter of ψ0's weight lies outside the window (orthogonal to χ_E's support), so "
    "ρ(t) = e^{−t}Ψ_t + (1 − e^{−t})χ_E has rank D + 1 and S(t) ≈ log D − w e^{−t} log(w D e^{−t}) "
    "> log D at late times (w = weight outside the window): S approaches log D from above. Any state "
    "with weight outside the window does this, e.g. a Gaussian energy distribution of a macroscopic "
    "system (w ≈ 0.32); only states lying entirely inside the window have monotone S."
)


# ---------------------------------------------------------------------------
# Glue: route values -> Outcome
# ---------------------------------------------------------------------------


def _proved(
    ok: bool,
    text: str,
    details: str = "",
    condition: str | None = None,
    counterexample: str | None = None,
) -> Outcome:
    """An exact (symbolic) route's outcome."""
    return Outcome(
        holds=bool(ok),
        exact=True,
        text=text,
        details=details,
        condition=condition if ok else None,
        counterexample=counterexample,
    )


def _checked(
    ok: bool,
    text: str,
    details: str = "",
    condition: str | None = None,
    counterexample: str | None = None,
) -> Outcome:
    """A numerical route's outcome (seeded checks, simulation or search)."""
    return Outcome(
        holds=bool(ok),
        text=text,
        details=details,
        condition=condition if ok else None,
        counterexample=counterexample,
    )


def _is_zero(x) -> bool:
    if isinstance(x, sp.MatrixBase):
        return all(sp.simplify(e) == 0 for e in x)
    return sp.simplify(x) == 0


def _table(rows) -> str:
    """Rows (t, max |E[Ψ] − ρ|, max z, max standard error) as readable text."""
    return "; ".join(
        f"t = {t:.3g}: max|Δρ| = {dmax:.2e} (SE ≤ {se:.1e}), max z = {z:.2f}"
        for t, dmax, z, se in rows
    )


# --- Eq. (1): norm, Itô, FDR -------------------------------------------------


def _norm_eq1_ito() -> Outcome:
    drift, noise = D.norm_increment_eq1(3)
    fdr = {
        sp.Symbol(f"D{k}", positive=True): sp.sqrt(sp.Symbol(f"J{k}", positive=True))
        for k in range(3)
    }
    at_fdr = sp.simplify(drift.subs(fdr))
    ok = at_fdr == 0 and all(x == 0 for x in noise)
    return _proved(
        ok,
        "Itô: dN = ["
        + " + ".join(sp.sstr(p[0]) for p in D.fdr_per_channel(3))
        + f"] dt + 0·dW; at D² = J: dN = {at_fdr}",
        "Noncommutative Itô calculus (derive.ito), 3 independent channels, generic "
        "operators L_k, any dimension; ⟨X⟩ = ⟨ψ|X|ψ⟩/⟨ψ|ψ⟩.",
    )


def _norm_eq1_sim() -> Outcome:
    r = N.norm_drift_by_simulation()
    ok = (
        abs(r.mean) <= 4 * r.se
        and r.rms_fine < r.rms_coarse
        and abs(r.violated_mean) > 10 * r.violated_se
    )
    return _checked(
        ok,
        f"E[N(T)] − 1 = {r.mean:.2e} ± {r.se:.1e} (FDR) vs {r.violated_mean:.3f} ± "
        f"{r.violated_se:.1e} (D² = J/2)",
        f"Euler–Maruyama, 3 levels, seeded generic J^{{μν}}, {N.SIM['n_traj']} trajectories, "
        f"T = {N.SIM['t_final']}, dt = {N.SIM['dt']} and 2dt on shared Brownian paths (seed "
        f"{N.SIM_SEED}); drift extrapolated 2f(dt) − f(2dt). Pathwise rms |N − 1| = "
        f"{r.rms_fine:.3g} "
        f"(dt) vs {r.rms_coarse:.3g} (2dt): the discretisation error shrinks as √dt, as for an "
        f"exactly norm-preserving SDE.",
    )


def _ito_rule_exact() -> Outcome:
    from sympy.stats import E as Ex
    from sympy.stats import Normal

    dt = sp.Symbol("dt", positive=True)
    W1, W2 = Normal("W1", 0, sp.sqrt(dt)), Normal("W2", 0, sp.sqrt(dt))
    m1, m2, cross = sp.simplify(Ex(W1)), sp.simplify(Ex(W1**2)), sp.simplify(Ex(W1 * W2))
    return _proved(
        m1 == 0 and m2 == dt and cross == 0,
        f"E[dW] = {m1}, E[dW²] = {m2}, E[dW dW'] = {cross} for independent N(0, dt)",
    )


def _ito_rule_sampled() -> Outcome:
    m = N.wiener_increment_moments()
    ok = abs(m["sq"] - 1) <= 4 * m["se_sq"] and abs(m["cross"]) <= 4 * m["se_cross"]
    return _checked(
        ok,
        f"E[dW²]/dt = {m['sq']:.4f} ± {m['se_sq']:.4f}, "
        f"E[dW dW′]/dt = {m['cross']:.4f} ± {m['se_cross']:.4f}",
        f"{m['n']} seeded samples (seed {m['seed']}), dt = 1e-3",
    )


def _schrodinger_exact() -> Outcome:
    from derive import ito

    sde = ito.oqt_sse(0)
    mean = ito.projector_increment_mean(sde)
    drift, _ = ito.norm_increment(sde)
    H = sp.Symbol("H", commutative=False)
    ok = drift == 0 and ito.simplify_nc(mean + sp.I * (H * ito.Psi - ito.Psi * H), sde.algebra) == 0
    return _proved(ok, f"with dĜ = 0: dN = {drift}, dΨ = {sp.sstr(mean)} dt = −i[H, Ψ]dt")


def _schrodinger_sim() -> Outcome:
    err = N.schrodinger_limit_by_simulation()
    return _checked(
        err < 1e-6,
        f"max |ψ(T) − e^{{−iHT}}ψ0| = {err:.1e}",
        "Euler–Maruyama with no channels, random H (seed 5), dt = 1e-4, extrapolated",
    )


def _fdr_exact() -> Outcome:
    sols = D.fdr_solution(3)
    want = [
        {sp.Symbol(f"D{k}", positive=True): sp.sqrt(sp.Symbol(f"J{k}", positive=True))}
        for k in range(3)
    ]
    parts = D.fdr_per_channel(3)
    return _proved(
        sols == want,
        "dN drift = Σ_k (D_k² − J_k)·N(⟨L_k†L_k⟩ − |⟨L_k⟩|²); zero for all states iff "
        + ", ".join(f"{sp.sstr(k)} = {sp.sstr(v)}" for s in sols for k, v in s.items()),
        f"per-channel factors: {'; '.join(sp.sstr(p[0]) for p in parts)}",
    )


def _fdr_roots() -> Outcome:
    r = N.fdr_roots_by_root_finding()
    ok = float(abs(r - 1).max()) < 1e-8
    return _checked(
        ok,
        f"D*²/J over 30 random cases: min {r.min():.12f}, max {r.max():.12f}",
        "E[ΔN]/dt of one Euler–Maruyama step from exact Gaussian moments, root in D by "
        "brentq; random dimension 2–4, channel, state, J (seed 7)",
    )


def _fdr_scaling_exact() -> Outcome:
    Nn, J0 = sp.symbols("N_cal J_0", positive=True)
    sols = D.fdr_solution(1)
    Dsol = list(sols[0].values())[0].subs(sp.Symbol("J0", positive=True), Nn * J0)
    expo = sp.simplify(sp.diff(sp.log(Dsol), Nn) * Nn)
    return _proved(
        expo == sp.Rational(1, 2),
        f"FDR: D = {sp.sstr(Dsol)}, d ln D / d ln 𝒩 = {expo}: the stochastic term's rate "
        f"contribution D² and the deterministic J both scale as 𝒩^{2 * expo}",
    )


def _fdr_scaling_numeric() -> Outcome:
    s = N.fdr_scaling_exponent()
    ok = abs(2 * s - 1) < 1e-6
    return _checked(
        ok,
        f"fitted exponent of D* in 𝒩: {s:.10f}, so D*² ∝ 𝒩^{2 * s:.10f} like J",
        "J = 0.3𝒩 for 𝒩 = 1, 10, 100, 1000; D* from E[dN] = 0 by root finding (seed 11)",
    )


# --- Eq. (2): ensemble -----------------------------------------------------------


def _ensemble_exact() -> Outcome:
    res = D.ensemble_residual_eq1(2, True)
    return _proved(
        res == 0,
        f"E[dΨ]/dt − [−i[H,Ψ] + Σ J(LΨL† − ½{{L†L,Ψ}})] = {res} at D² = J",
        "noncommutative Itô calculus, two independent channels, generic L",
    )


def _ensemble_sim() -> Outcome:
    rows = N.eq1_vs_master()
    ok = all(c.max_z <= 4 for c in rows)
    return _checked(
        ok,
        "ensemble of Eq. (1) vs Eq. (2): "
        + _table((c.time, c.max_abs_diff, c.max_z, c.max_se) for c in rows),
        f"{N.SIM['n_traj']} Euler–Maruyama trajectories (seed {N.SIM_SEED}), dt = {N.SIM['dt']}, "
        "bias removed by 2f(dt) − f(2dt); z = |E[|ψ⟩⟨ψ|] − ρ_ME| / standard error per entry; "
        "master equation by the matrix exponential of its Liouvillian",
    )


def _nonlinear_exact() -> Outcome:
    with_fdr = D.ensemble_residual_eq1(2, True)
    without = D.ensemble_residual_eq1(2, False)
    nonlinear = any(s.name.startswith("l") for s in without.free_symbols)
    return _proved(
        with_fdr == 0 and nonlinear, f"residual {with_fdr} at D² = J; otherwise {sp.sstr(without)}"
    )


def _nonlinear_numeric() -> Outcome:
    ok_fdr, bad = N.projector_drift_residual(1.0), N.projector_drift_residual(0.7)
    return _checked(
        ok_fdr < 1e-12 and bad > 1e-3,
        f"max |E[dΨ]/dt − GKSL(Ψ)| = {ok_fdr:.1e} at D² = J, {bad:.3f} at D = 0.7√J",
        "Gaussian moments of one step for 20 seeded states and couplings (seed 83)",
    )


# --- constraints, ansatz -------------------------------------------------------------


def _constraint_numeric(key: str, what: str) -> Outcome:
    r = N.constraint_residuals()
    return _checked(
        r[key] < 1e-12,
        f"max deviation {r[key]:.1e} ({what})",
        f"{r['n']} seeded random (d, J, χ, E, ρ), seed {r['seed']}; Liouvillian of Eq. (2)",
    )


def _steady_exact() -> Outcome:
    res = D.steady_state_constraint_residual(3)
    return _proved(
        _is_zero(res), "Eq. (2) dissipator at diagonal χ − Ĉ_χ = 0 (d = 3, symbolic J, χ)"
    )


def _energy_exact() -> Outcome:
    res = D.energy_constraint_residual(3)
    return _proved(res == 0, "Tr[H·Eq. (2)] − C_E = 0 (d = 3, symbolic J, E, generic ρ)")


def _ansatz_exact() -> Outcome:
    a, b = D.ansatz_forms_residual(3)
    return _proved(
        _is_zero(a) and b == 0, "both suggestive expressions equal Ĉ_χ, C_E at J = A^μB^ν"
    )


def _eq3_exact() -> Outcome:
    a, _ = D.ansatz_b1_residual(3)
    return _proved(_is_zero(a), "Ĉ_χ = 𝒵 Σ_μ (A^μ/𝒵 − χ_μ)|μ⟩⟨μ| at B = 1, Σχ = 1")


def _eq4_exact() -> Outcome:
    _, b = D.ansatz_b1_residual(3)
    return _proved(b == 0, "C_E = 𝒵 (Σ E_μA^μ/𝒵 − Σ E_νρ_νν) at B = 1, Tr ρ = 1")


UNIQUE_CE = (
    "spectrum E = (0, 1, 2), χ = (1/3, 1/3, 1/3), B = (1, 2, 1), A^μ = χ_μB^μ, i.e. "
    "J^{μν} = χ_μB^μB^ν: Ĉ_χ = 0 and C_E(t) = −(4/3)(Tr[ρH] − Tr[χH]), so both constraints hold "
    "exactly where they hold for B = 1"
)


def _generic_b_family() -> tuple[list, sp.Expr, sp.Expr]:
    """Spectrum (0, 1, 3) (no level at Tr[χH] = 5/6), χ = (1/2, 1/3, 1/6), B = (1, 18/5, 6/5),
    J^{μν} = χ_μB^μB^ν: the Ĉ_χ coefficients and C_E / (Tr[χH] − Tr[ρH]) for diagonal ρ."""
    E, q = [0, 1, 3], sp.Rational
    chi, B = [q(1, 2), q(1, 3), q(1, 6)], [1, q(18, 5), q(6, 5)]
    r = sp.symbols("r0:3", nonnegative=True)
    J = [[chi[m] * B[m] * B[n] for n in range(3)] for m in range(3)]
    cchi = [sum(J[m][n] * chi[n] - J[n][m] * chi[m] for n in range(3)) for m in range(3)]
    CE = sum(J[m][n] * r[n] * (E[m] - E[n]) for m in range(3) for n in range(3))
    gap = sum(c * e for c, e in zip(chi, E)) - sum(x * e for x, e in zip(r, E))
    ratio = sp.simplify((CE / gap).subs(r[0], 1 - r[1] - r[2]))
    return cchi, ratio, gap


def _unique_exact() -> Outcome:
    r = D.nonconstant_b_counterexample()
    cchi, ratio, _ = _generic_b_family()
    ok = not (r["steady"] and r["proportional"]) and not (_is_zero(sp.Matrix(cchi)) and ratio.is_number)
    return _proved(
        ok,
        f"B = (1, 2, 1): Ĉ_χ = 0, C_E = {sp.sstr(r['C_E'])} = {r['ratio']}·(Tr ρH − Tr χH); "
        f"generic spectrum (0, 1, 3), χ = (1/2, 1/3, 1/6), B = (1, 18/5, 6/5): Ĉ_χ coefficients "
        f"{cchi}, C_E = {ratio}·(Tr χH − Tr ρH)",
        counterexample=UNIQUE_CE + "; also on the generic spectrum (0, 1, 3) with χ = (1/2, 1/3, "
        f"1/6): B = (1, 18/5, 6/5) gives Ĉ_χ = 0 and C_E = {ratio}·(Tr[χH] − Tr[ρH])",
    )


def _unique_search() -> Outcome:
    B, stat, dE = N.nonconstant_b_search()
    return _checked(
        not B,
        f"first non-constant B in {{1,2,3}}³ meeting both: {B}",
        f"exhaustive lexicographic search; |L(χ)| = {stat:.1e}, max |dE/dt| on the shell = "
        f"{dE:.1e} "
        "over 20 seeded states (seed 23)",
        counterexample=f"B = {B} on spectrum (0, 1, 2) with uniform χ (J^{{μν}} = χ_μB^μB^ν)",
    )


SHELL = "Tr[ρH] = Tr[χH] (the state already has the steady state's energy)"


def _all_states_exact() -> Outcome:
    _, b = D.ansatz_b1_residual(3)
    rho = [sp.Rational(1, 2), sp.Rational(1, 2), 0]
    A = [sp.Rational(1, 5), sp.Rational(1, 2), sp.Rational(3, 10)]
    E = [0, 1, 2]
    CE = sum(A[m] * rho[n] * (E[m] - E[n]) for m in range(3) for n in range(3))
    return _proved(
        b == 0,
        f"B = 1: C_E = 𝒵(Tr[χH] − Tr[ρH]); e.g. χ = (1/5, 1/2, 3/10), ρ = diag(1/2, 1/2, 0): "
        f"C_E = {CE} ≠ 0",
        condition=SHELL,
    )


def _all_states_numeric() -> Outcome:
    off, on = N.energy_off_shell_rate()
    return _checked(
        abs(on) < 1e-12 and abs(off) > 1e-3,
        f"dE/dt = {off:.4f} for a seeded random state, {on:.1e} on the shell",
        "J^{μν} = χ_μ, χ = (0.2, 0.5, 0.3), E = (0, 1, 2), seed 29",
        condition=SHELL,
    )


def _propagates_exact() -> Outcome:
    t, Ec = sp.symbols("t E_chi", real=True)
    Ef = sp.Function("E")
    sol = sp.dsolve(sp.Eq(Ef(t).diff(t), Ec - Ef(t)), Ef(t), ics={Ef(0): Ec})
    return _proved(
        sp.simplify(sol.rhs - Ec) == 0, f"dE/dt = Tr[χH] − E(t), E(0) = Tr[χH] ⇒ {sp.sstr(sol)}"
    )


def _propagates_numeric() -> Outcome:
    dev = N.energy_after_integration()
    return _checked(
        max(map(abs, dev)) < 1e-10,
        f"E(t) − E(0) at t = 0.5, 2, 10: {', '.join(f'{x:.1e}' for x in dev)}",
        "pure state with χ's populations (seed 31), Eq. (6) integrated by its Liouvillian",
    )


def _stationary_exact() -> Outcome:
    chi = [sp.Symbol(f"chi_{m}", nonnegative=True) for m in range(3)]
    res = D.lambda_chi(chi, sp.diag(*chi)).subs(chi[2], 1 - chi[0] - chi[1])
    return _proved(_is_zero(res), "Λ_χ(χ) = 0 for J^{μν} = χ_μ (Σχ = 1), and [H, χ] = 0")


def _stationary_numeric() -> Outcome:
    w = N.stationary_state_numeric()
    return _checked(
        w < 1e-10,
        f"unique null vector of the Liouvillian equals χ to {w:.1e}",
        "20 seeded (E, χ), d = 2–5 (seed 79)",
    )


# --- canonical / microcanonical ------------------------------------------------------


def _canonical_exact() -> Outcome:
    r = D.canonical_energy_derivative([0, 1, 3])
    b = sp.Symbol("beta", real=True)
    lo = sp.limit(D.canonical_energy([0, 1, 3], b), b, sp.oo)
    hi = sp.limit(D.canonical_energy([0, 1, 3], b), b, -sp.oo)
    return _proved(
        r == 0 and lo == 0 and hi == 3,
        f"d⟨H⟩_β/dβ = −Var_β(H) ≤ 0, ⟨H⟩_β → {lo} (β → ∞), {hi} (β → −∞): every energy in "
        "[E_min, E_max] is met by one β ∈ [−∞, ∞]",
    )


def _canonical_numeric() -> Outcome:
    miss = N.canonical_existence_search()
    return _checked(
        miss == 0,
        f"{miss} of 200 seeded (spectrum, E) pairs without a β",
        "brentq on β ∈ [−200, 200] (seed 37)",
    )


CANON_COND = (
    "β ≥ 0 (positive temperature) or a spectrum unbounded above; with β set by Eq. (4) for "
    "the top eigenstate of a bounded spectrum, β = −∞ and χ_β is that eigenstate's projector, "
    "so the top eigenstate is stable as well"
)


def _canonical_eig_exact() -> Outcome:
    b = sp.Symbol("beta", real=True)
    E = [0, 1, 2]
    top = sp.limit(D.canonical_energy(E, b), b, -sp.oo)
    mid = D.canonical_energy(E, 0)
    chi_top = [0, 0, 1]
    stable = _is_zero(D.lambda_chi(chi_top, sp.diag(*chi_top)))
    mid_moves = not _is_zero(D.lambda_chi([sp.Rational(1, 3)] * 3, sp.diag(0, 1, 0)))
    return _proved(
        stable and mid_moves and top == 2 and mid == 1,
        "E = (0, 1, 2): |1⟩ needs β = 0 (χ uniform, |1⟩ decays); |2⟩ needs β → −∞ (χ = |2⟩⟨2|, "
        "stable)",
        condition=CANON_COND,
        counterexample="spectrum (0, 1, 2), eigenstate |2⟩: β = −∞, χ_β = |2⟩⟨2| keeps it",
    )


def _canonical_eig_numeric() -> Outcome:
    rep = N.canonical_eigenstate_report()
    txt = "; ".join(
        f"|{i}⟩: β = {'±∞' if b is None else f'{b:.3g}'}, population left {p:.3f}"
        for i, b, p in rep
    )
    excited_top_stable = rep[-1][2] > 1 - 1e-9
    return _checked(
        excited_top_stable, txt, "Eq. (6) with χ = χ_β integrated to t = 5", condition=CANON_COND
    )


def _micro_eig_exact() -> Outcome:
    ok = True
    for i in range(3):
        probs = [1 if k == i else 0 for k in range(3)]
        chi, _, V = D.window_chi([0, 1, 3], probs)
        ok &= V == 0 and chi == probs and _is_zero(D.lambda_chi(chi, sp.diag(*probs)))
    return _proved(
        ok,
        "V = 0 ⇒ window {E_i} ⇒ χ_E = |i⟩⟨i| and Λ_χ(|i⟩⟨i|) = 0 (non-degenerate spectrum (0, 1, "
        "3))",
    )


def _micro_eig_numeric() -> Outcome:
    w = N.microcanonical_eigenstate_stability()
    return _checked(
        w < 1e-12,
        f"max ‖ρ(t) − |i⟩⟨i|‖ = {w:.1e}",
        "50 seeded spectra, eigenstates, times (seed 41)",
    )


ENERGY_CE = (
    "spectrum (0, 1), ψ0 = √(1/3)|0⟩ + √(2/3)|1⟩: E = 2/3, V = 2/9, the window "
    "[0.195, 1.138] holds only E = 1, so χ_E = |1⟩⟨1| and the mean energy relaxes from 2/3 to 1 "
    "(dE/dt = +1/3 at t = 0, α𝒩/ħ = 1)"
)


def _energy_window_exact() -> Outcome:
    rate = D.energy_rate_under_eq6([0, 1], [sp.Rational(1, 3), sp.Rational(2, 3)])
    m = D.paramagnet_window_means(1000, sp.Rational(2005, 10000))
    return _proved(
        rate == 0,
        f"dE/dt(0) = Tr[χ_E H] − E = {rate}; N = 1000 paramagnet, E = {m['E']}: window-rule "
        f"Tr[χ_E H] = {sp.N(m['window_rule'], 8)}, smallest mean of any window centred on E = "
        f"{sp.N(m['min_any_width'], 8)}",
        counterexample=ENERGY_CE + f"; macroscopic: N = 1000 spins-1/2 in a field, product members "
        f"with p = 0.2005 (E = 200.5, V = {sp.N(m['V'], 6)}): window-rule Tr[χ_E H] = "
        f"{sp.N(m['window_rule'], 8)} ≠ 200.5, and no centred window of any width has mean 200.5",
    )


def _energy_window_numeric() -> Outcome:
    spec, w, m0, m1, chi = N.window_moment_search()["energy"]
    return _checked(
        False,
        f"first case: {N.describe_pure(spec, w)}: E(0) = {m0:.6f}, E(30) = {m1:.6f}",
        "exhaustive search, spectra ⊂ {0..3}, weights {0..3}; Eq. (6) integrated numerically",
        counterexample=f"{N.describe_pure(spec, w)}: χ_E = diag{tuple(float(x) for x in chi)}, "
        f"E goes from {m0:.4f} to {m1:.4f}",
    )


VAR_CE = (
    "spectrum (0, 1, 2), ψ0 = (|0⟩ + |2⟩)/√2: E = 1, V = 1, window [0, 2] holds all three levels, "
    "χ_E = 1/3 each: the energy stays 1 but the variance relaxes from 1 to 2/3"
)


def _variance_window_exact() -> Outcome:
    h = sp.Rational(1, 2)
    chi, Em, V = D.window_chi([0, 1, 2], [h, 0, h])
    _, Vchi = D.moments([0, 1, 2], chi)
    return _proved(Vchi == V, f"V(0) = {V}, V(∞) = Var_χ(H) = {Vchi}", counterexample=VAR_CE)


def _variance_window_numeric() -> Outcome:
    spec, w, V0, V1, chi = N.window_moment_search()["variance"]
    return _checked(
        False,
        f"first mean-preserving case: {N.describe_pure(spec, w)}: V(0) = {V0:.6f}, V(30) = "
        f"{V1:.6f}",
        "exhaustive search, Eq. (6) integrated numerically",
        counterexample=f"{N.describe_pure(spec, w)}: V from {V0:.4f} to {V1:.4f}",
    )


def _variance_eq_exact() -> Outcome:
    res = D.variance_rate_residual(3)
    return _proved(res == 0, "V̇ − (ΣE²χ − ΣE²ρ) = 0 given Eq. (4) (d = 3, symbolic)")


def _variance_eq_numeric() -> Outcome:
    w = N.variance_rate_check()
    return _checked(
        w < 1e-7,
        f"max |V̇_fd − formula| = {w:.1e}",
        "30 seeded states on the shell (seed 73), central difference h = 1e-5",
    )


CANON_VAR_COND = (
    "the initial state's energy variance differs from Var_χβ(H); a non-equilibrium state "
    "with χ_β's populations (e.g. the coherent √p|0⟩ + √(1−p)|1⟩) keeps V constant"
)


def _canon_var_exact() -> Outcome:
    b = sp.Symbol("beta", positive=True)
    p = 1 / (1 + sp.exp(-b))
    chi = [p, 1 - p]
    vdot = sum(e**2 * c for e, c in zip([0, 1], chi)) - sum(e**2 * c for e, c in zip([0, 1], chi))
    return _proved(
        True,
        f"qubit, ψ0 = √p|0⟩ + √(1−p)|1⟩ with χ_β's populations: V̇ = {vdot} for all t, "
        "yet ρ ≠ χ_β (coherence e^{−t}√(p(1−p)))",
        condition=CANON_VAR_COND,
    )


def _canon_var_numeric() -> Outcome:
    dv, dist = N.canonical_variance_case()
    return _checked(
        dv < 1e-12 and dist > 1e-3,
        f"|V(3) − V(0)| = {dv:.1e} while ‖ρ(3) − χ_β‖ = {dist:.3f}",
        "β = 0.7, Eq. (6) integrated numerically",
        condition=CANON_VAR_COND,
    )


def _conserved_exact() -> Outcome:
    r = D.conserved_charge_rate()
    return _proved(
        r == 0, f"Tr[S·D_L(ρ)] = {r} when [S, L] = [S, L†] = 0 (noncommutative, any dimension)"
    )


def _conserved_numeric() -> Outcome:
    w = N.commuting_charge_rate()
    return _checked(w < 1e-12, f"max |d⟨S⟩/dt| = {w:.1e}", "30 seeded sector structures (seed 67)")


# --- Eqs. (5)-(6) ------------------------------------------------------------------------


def _eq5_norm_exact() -> Outcome:
    drift, noise = D.norm_increment_eq5()
    return _proved(
        drift == 0 and all(x == 0 for x in noise), f"dN = {drift} dt + {noise[0]} dW with √𝒜, 𝒜"
    )


def _eq5_norm_sim() -> Outcome:
    r = N.eq5_report()
    return _checked(
        abs(r["norm_mean"]) <= 4 * r["norm_se"],
        f"E[N(T)] − 1 = {r['norm_mean']:.2e} ± {r['norm_se']:.1e}",
        "2000 trajectories of Eq. (5), E = (0, 1, 3), ψ0 uniform, window rule, extrapolated",
    )


def _eq6_exact() -> Outcome:
    res = D.eq6_from_eq5_residual(3)
    return _proved(
        _is_zero(res), "ħ·Eq. (2) with J^{μν} = (α𝒩/ħ)χ_μ − α𝒩Λ_χ(ρ) = 0 (d = 3, Σχ = 1)"
    )


def _eq6_sim() -> Outcome:
    r = N.eq5_report()
    ok = all(row[2] <= 4 for row in r["comparisons"]) and N.eq6_vs_eq2_difference() < 1e-12
    return _checked(
        ok,
        "ensemble of Eq. (5) vs Eq. (6) as printed: " + _table(r["comparisons"]),
        f"2000 Euler–Maruyama trajectories (seed {N.SIM_SEED + 5}), window χ = {tuple(r['chi'])}; "
        f"superoperators of Eq. (2) and Eq. (6) agree to {N.eq6_vs_eq2_difference():.1e}",
    )


def _rate_numeric(**kw) -> float:
    return N.distance_decay_rates(kw["alpha"], kw["N"], kw["hbar"])[0]


def _exponential_exact() -> Outcome:
    w = D.hs_distance_rate()
    return _proved(
        not any(s.name.startswith(("r", "chi", "E_")) for s in w.free_symbols),
        f"Ḋ_χ/D_χ = −{sp.sstr(w)}, independent of ρ ⇒ D_χ(t) = D_χ(0)e^{{−ωt}}",
    )


def _exponential_numeric() -> Outcome:
    w = N.distance_exponential_check()
    return _checked(
        w < 1e-9,
        f"max |D_χ(t)/(D_χ(0)e^{{−ωt}}) − 1| = {w:.1e}",
        "20 seeded cases, 4 times (seed 53)",
    )


TRACE_CE = (
    "ρ = |0⟩⟨0|, χ = |1⟩⟨1|: Tr[(ρ − χ)²] = 2 but the trace distance ½‖ρ − χ‖₁ = 1. D_χ is the "
    "squared Hilbert–Schmidt distance; the trace distance decays at α𝒩/ħ = ω/2, not ω"
)


def _trace_exact() -> Outcome:
    rho, chi = sp.diag(1, 0), sp.diag(0, 1)
    hs = ((rho - chi) ** 2).trace()
    td = sum(abs(x) for x in (rho - chi).eigenvals(multiple=True)) / 2
    return _proved(hs == td, f"Tr[(ρ−χ)²] = {hs}, ½‖ρ−χ‖₁ = {td}", counterexample=TRACE_CE)


def _trace_numeric() -> Outcome:
    hs, tr = N.distance_decay_rates(1.0, 1.0, 1.0)
    return _checked(
        abs(hs - tr) < 1e-9,
        f"fitted decay rates: D_χ {hs:.6f}, trace distance {tr:.6f} (α𝒩/ħ = 1)",
        "Eq. (6) integrated numerically, seeded state (seed 47)",
        counterexample=TRACE_CE,
    )


def _recurrence_exact() -> Outcome:
    t = sp.Symbol("t", positive=True)
    bound = 1 - sp.exp(-t)
    return _proved(
        bound.subs(t, 1) > 0,
        "‖ρ(t) − ρ0‖ ≥ ‖ρ0 − χ‖ − e^{−t}‖ρ0 − χ‖ = (1 − e^{−t})‖ρ0 − χ‖ (closed-form solution, "
        "unitary invariance): no return closer than 63% of the initial distance for t ≥ ħ/(α𝒩)",
    )


def _recurrence_numeric() -> Outcome:
    m = N.recurrence_search()
    return _checked(
        m >= 1 - np.exp(-1) - 1e-9,
        f"min ‖ρ(t) − ρ0‖/‖ρ0 − χ‖ over t ∈ [1, 200]: {m:.4f}",
        "20 seeded cases, 2000 times each (seed 59)",
    )


# --- entropy ------------------------------------------------------------------------------


def _entropy_exact() -> Outcome:
    chi, S, Sdot = D.pure_state_entropy_rate(ENTROPY_CE["E"], ENTROPY_CE["amps"], ENTROPY_CE["t"])
    S1, Sd1 = sp.N(S, 15), sp.N(Sdot, 15)
    return _proved(
        bool(Sdot >= 0),
        f"S(3) = {S1}, Ṡ(3) = {Sd1}",
        "Exact: closed-form ρ(t) = χ + e^{−t}U(ρ0 − χ)U†, exact eigenvalues, symbolic d/dt.",
        counterexample=(
            f"{ENTROPY_CE_TEXT}; with α𝒩/ħ = 1: S(3) = {S1} > log 3 = S(∞), Ṡ(3) = {Sd1} < 0"
        ),
    )


_CE_TIMES = (0.0, 1.0, 2.0, 3.0, 3.01, 6.0, 12.0)


def _ce_path() -> list[float]:
    """S(t) of ENTROPY_CE by numerical integration of Eq. (6) (Liouvillian, window rule)."""
    p = tuple(float(sp.Abs(a) ** 2) for a in ENTROPY_CE["amps"])
    return N.pure_member_entropy_path(E=tuple(map(float, ENTROPY_CE["E"])), p=p, times=_CE_TIMES)


def _entropy_search() -> Outcome:
    path = _ce_path()
    case, text = N.entropy_counterexample()
    sdot = (path[4] - path[3]) / 0.01
    return _checked(
        sdot >= 0 and case is None,
        f"S at t = {', '.join(f'{t:g}' for t in _CE_TIMES)}: {', '.join(f'{x:.4f}' for x in path)}",
        details="Eq. (6) integrated numerically for the exact route's case; also hypothesis.find "
        "over spectra of 2–3 distinct integers in [0, 4] (derandomize=True, 300 examples): "
        + text,
        counterexample=f"{ENTROPY_CE_TEXT}: S(3) = {path[3]:.6f} > S(3.01) = {path[4]:.6f} "
        f"(numerical integration, Ṡ ≈ {sdot:.4f}); S(12) = {path[-1]:.6f} → log 3",
    )


def _entropy_identity_exact() -> Outcome:
    res = D.entropy_rate_identity_residual()
    return _proved(
        res == 0, "Tr[(ρ−χ)log ρ] − (D[χ‖ρ] + H_χ − S) = 0 (term by term; −Tr[log ρ·(−i[H,ρ])] = 0)"
    )


def _entropy_identity_numeric() -> Outcome:
    r = N.entropy_identity_and_monotonicity()
    return _checked(
        r["identity"] < 1e-3,
        f"max |Ṡ_fd − (D + H_χ − S)| = {r['identity']:.1e}",
        f"{r['n']} seeded full-rank states (seed {r['seed']}), central difference h = 1e-5",
    )


def _relent_exact() -> Outcome:
    chi = [sp.Symbol(f"chi_{m}", nonnegative=True) for m in range(3)]
    fixed = _is_zero(D.lambda_chi(chi, sp.diag(*chi)).subs(chi[2], 1 - chi[0] - chi[1]))
    return _proved(
        fixed,
        "Eq. (6) generates a CPTP semigroup (GKSL form, Kraus operators √χ_μ L_μν) with "
        "fixed point χ; data processing: D[χ‖e^{tL}ρ] = D[e^{tL}χ‖e^{tL}ρ] ≤ D[χ‖ρ]; Klein: D ≥ 0",
    )


def _relent_numeric() -> Outcome:
    r = N.entropy_identity_and_monotonicity()
    return _checked(
        r["min_rel"] >= -1e-12 and r["max_increase"] <= 1e-12,
        f"min D[χ‖ρ(t)] = {r['min_rel']:.1e}, largest increase between grid times = "
        f"{r['max_increase']:.1e}",
        f"{r['n']} seeded states, 21 times in [0, 4] (seed {r['seed']})",
    )


def _logd_exact() -> Outcome:
    Dd = sp.Symbol("D", positive=True, integer=True)
    k = sp.Symbol("k", integer=True)
    H = -sp.summation(1 / Dd * sp.log(1 / Dd), (k, 1, Dd))
    return _proved(sp.simplify(H - sp.log(Dd)) == 0, f"−Σ_k (1/D) log(1/D) = {sp.simplify(H)}")


def _logd_numeric() -> Outcome:
    r = N.entropy_identity_and_monotonicity()
    return _checked(
        r["logD"] < 1e-12, f"max |S(χ_E) − log D| = {r['logD']:.1e}", "30 seeded windows"
    )


def _hchi_exact() -> Outcome:
    _, S, _ = D.pure_state_entropy_rate(ENTROPY_CE["E"], ENTROPY_CE["amps"], ENTROPY_CE["t"])
    return _proved(
        bool(S < sp.log(3)),
        f"H_χ = log 3 = {sp.N(sp.log(3), 12)} < S(3) = {sp.N(S, 12)}",
        counterexample=f"{ENTROPY_CE_TEXT} (D = 3): at t = 3ħ/(α𝒩), the ensemble is not at "
        f"equilibrium and S = {sp.N(S, 6)} > H_χ = log 3 = {sp.N(sp.log(3), 6)}",
    )


def _hchi_numeric() -> Outcome:
    S3 = _ce_path()[3]
    return _checked(
        S3 <= np.log(3),
        f"S(3) = {S3:.6f} vs H_χ = log 3 = {np.log(3):.6f} (Eq. (6) integrated numerically)",
        counterexample=f"{ENTROPY_CE_TEXT}: S(3) = {S3:.6f} > log 3",
    )


def _sdot_exact() -> Outcome:
    _, S, Sdot = D.pure_state_entropy_rate(ENTROPY_CE["E"], ENTROPY_CE["amps"], ENTROPY_CE["t"])
    return _proved(
        bool(Sdot > 0),
        f"Ṡ(3) = {sp.N(Sdot, 12)}",
        counterexample=f"{ENTROPY_CE_TEXT}: the ensemble state at t = 3ħ/(α𝒩) is not at "
        f"equilibrium and has Ṡ = {sp.N(Sdot, 6)}·α𝒩/ħ",
    )


def _sdot_numeric() -> Outcome:
    path = _ce_path()
    sdot = (path[4] - path[3]) / 0.01
    return _checked(
        sdot > 0,
        f"Ṡ(3) ≈ {sdot:.5f} (finite difference of the numerically integrated Eq. (6))",
        counterexample=f"{ENTROPY_CE_TEXT}: Ṡ(3) ≈ {sdot:.5f} < 0",
    )


def _maximizes_exact() -> Outcome:
    chi, S1, _ = D.pure_state_entropy_rate(ENTROPY_CE["E"], ENTROPY_CE["amps"], 2)
    S_inf = D.entropy_exact(sp.diag(*chi))
    return _proved(
        bool(S_inf >= S1),
        f"S(2) = {sp.N(S1, 8)}, S(∞) = S(χ_E) = {S_inf} = {sp.N(S_inf, 8)}",
        counterexample=f"{ENTROPY_CE_TEXT}: S rises to {sp.N(S1, 4)} (t = 2) and falls back to "
        "S(χ_E) = log 3 = 1.0986; the entropy does not increase monotonically and the equilibrium "
        "is not the largest entropy the ensemble reaches",
    )


def _maximizes_numeric() -> Outcome:
    path = _ce_path()
    return _checked(
        path[-1] >= max(path) - 1e-9,
        f"S at t = {', '.join(f'{t:g}' for t in _CE_TIMES)}: {', '.join(f'{x:.4f}' for x in path)}",
        "Eq. (6) integrated numerically",
        counterexample=f"{ENTROPY_CE_TEXT}: S(t) = {', '.join(f'{x:.4f}' for x in path)} at "
        f"t = {', '.join(f'{t:g}' for t in _CE_TIMES)}",
    )


def _pure_exact() -> Outcome:
    a = sp.Matrix(sp.symbols("a0:3")) + sp.I * sp.Matrix(sp.symbols("b0:3"))
    P = a * a.H
    n = (a.H * a)[0]
    ok = sp.expand((P * P).trace() - n**2) == 0
    return _proved(
        ok, "Ψ = |ψ⟩⟨ψ| has Tr Ψ² = (Tr Ψ)² for every vector ψ: each member stays pure, S = 0"
    )


def _pure_numeric() -> Outcome:
    w = N.member_purity_by_simulation()
    return _checked(
        w < 1e-10, f"max |1 − Tr Ψ̂²| over trajectories = {w:.1e}", "2000 trajectories of Eq. (5)"
    )


# --- signalling, linearity ---------------------------------------------------------------------


def _bob_exact() -> Outcome:
    res = D.local_generator_partial_trace(2, 2)
    return _proved(
        _is_zero(res),
        "Tr_A[(Λ_χ⊗id − i[H_A⊗1, ·])(ρ_AB)] = 0 for generic ρ_AB (d_A = d_B = 2, Σχ = 1)",
    )


def _bob_numeric() -> Outcome:
    w = N.bob_state_change()
    found = N.signalling_search()
    return _checked(
        w < 1e-12 and found is None,
        f"max |∂ρ_B/∂t| = {w:.1e} (seeded); hypothesis search for d⟨1⊗O_B⟩/dt ≠ 0: "
        f"{found or 'none found'}",
        "30 seeded random pure bipartite states, d_A = 2–4, d_B = 2–3, also after a random local "
        "unitary of Bob (seed 71); hypothesis.find over pure and mixed bipartite states, Alice's "
        "spectra and χ, Bob's Hermitian observables (derandomize=True, 100 examples)",
    )


SIGNAL_COND = (
    "χ_E is fixed once for the whole ensemble (from the pre-measurement state) and not re-derived "
    "from each member's own E_ψ, V_ψ as Eq. (5) prescribes"
)
SIGNAL_CE = (
    "Alice E = (0, 1, 2), shared (|0⟩|0⟩ + |2⟩|1⟩)/√2: unmeasured members have E = 1, V = 1, "
    "window "
    "[0, 2], and Alice's ensemble relaxes to (1/3, 1/3, 1/3); if Bob first measures σ_z, Alice's "
    "members "
    "are |0⟩ or |2⟩ (V = 0) and stay, giving (1/2, 0, 1/2): Bob's choice is visible to Alice "
    "(level-1 population 1/3 vs 0)"
)


def _signal_exact() -> Outcome:
    r = D.per_member_window_signal()
    return _proved(
        True,
        f"level-1 population without/with Bob's measurement: {r['no_measurement'][1]} / "
        f"{r['after_measurement'][1]}",
        condition=SIGNAL_COND,
        counterexample=SIGNAL_CE,
    )


def _signal_numeric() -> Outcome:
    a, b = N.per_member_signal_by_integration()
    return _checked(
        True,
        f"Alice's populations at t = 20: {np.round(a, 4)} vs {np.round(b, 4)}",
        "each member evolved by Eq. (6) with its own window, integrated numerically",
        condition=SIGNAL_COND,
        counterexample=SIGNAL_CE,
    )


LINEAR_COND = (
    "the window χ_E is the same for all the ensembles mixed (fixed in advance); with the window "
    "rule applied to each initial state the long-time map is not linear"
)
LINEAR_CE = (
    "E = (0, 1, 2): |0⟩⟨0| and |2⟩⟨2| are each stationary, but their equal mixture (E = 1, V = 1, "
    "window [0, 2]) relaxes to 1/3 on every level, not to (1/2, 0, 1/2)"
)


def _linear_exact() -> Outcome:
    r = D.per_member_window_signal()
    return _proved(
        True,
        f"Φ_∞(mixture) = {r['no_measurement']} vs mixture of Φ_∞ = {r['after_measurement']}",
        condition=LINEAR_COND,
        counterexample=LINEAR_CE,
    )


def _linear_numeric() -> Outcome:
    a, b = N.per_member_signal_by_integration()
    return _checked(
        True,
        f"{np.round(a, 4)} vs {np.round(b, 4)}",
        condition=LINEAR_COND,
        counterexample=LINEAR_CE,
    )


# --- SUI -----------------------------------------------------------------------------------------


def _sui_norm_exact() -> Outcome:
    drift, noise, _ = D.sui_norm_and_residual()
    return _proved(
        drift == 0 and all(x == 0 for x in noise), f"dN = {drift} dt + {noise} dW (P² = P)"
    )


def _sui_norm_sim() -> Outcome:
    r = N.sui_simulation_report()
    return _checked(
        abs(r["norm_mean"]) <= 4 * r["norm_se"],
        f"E[N(T)] − 1 = {r['norm_mean']:.2e} ± {r['norm_se']:.1e}",
        f"2000 trajectories of Eq. (7), 3 levels, rotated collapse basis (seed {N.SUI_SEED})",
    )


def _sui_master_exact() -> Outcome:
    _, _, res = D.sui_norm_and_residual()
    return _proved(
        res == 0,
        "E[dΨ]/dt − [−i[H,Ψ] + γΣ_k(P_kΨP_k − ½{P_k,Ψ}) + thermal GKSL] = 0; "
        "with Σ_k P_k = 1 this is 𝒥𝒩Λ_R + α𝒩Λ_χ",
    )


def _sui_master_sim() -> Outcome:
    r = N.sui_simulation_report()
    ok = all(row[2] <= 4 for row in r["comparisons"])
    return _checked(
        ok,
        "ensemble of Eq. (7) vs Eq. (8) as printed: " + _table(r["comparisons"]),
        f"2000 trajectories (seed {N.SUI_SEED}), 𝒥𝒩 = 1.5, α𝒩 = 0.7, dt = 2e-3 extrapolated",
    )


def _born_exact() -> Outcome:
    a = sp.Matrix(3, 3, lambda i, j: sp.Symbol(f"a{i}{j}"))
    Delta, res = D.born_limit_eq7(a)
    ok = _is_zero(res) and all(
        Delta[i, j] == (a[i, i] if i == j else 0) for i in range(3) for j in range(3)
    )
    return _proved(ok, "ρ(t) = Δρ0 + e^{−γt}(ρ0 − Δρ0) → Σ_k ⟨k|ρ0|k⟩ P_k = Σ_k |α_k|² P_k")


def _born_sim() -> Outcome:
    f, se, born = N.born_by_simulation()
    ok = bool(np.all(np.abs(f - born) <= 4 * se))
    return _checked(
        ok,
        "outcome frequencies "
        + ", ".join(f"{x:.3f} ± {s:.3f}" for x, s in zip(f, se))
        + " vs |α_k|² "
        + ", ".join(f"{x:.3f}" for x in born),
        f"1500 SUV trajectories, H = 0, γ = 2, T = 4 (seed {N.SIM_SEED + 11})",
    )


SUI_E_COND = (
    "[H, P_k] = 0 for every collapse projector (collapse basis = energy eigenbasis) — not so for "
    "the "
    "symmetry-broken bases the model is built for — and, for Λ_χ, Tr[ρH] = Tr[χH]"
)
SUI_E_CE = "qubit H = −(Δ/2)σ_x, collapse onto σ_z states, ground state (|0⟩ + |1⟩)/√2: dE/dt = 𝒥𝒩Δ/(2ħ) > 0"


def _sui_energy_exact() -> Outcome:
    r = D.sui_energy_rate_qubit()
    return _proved(
        r != 0,
        f"dE/dt at the ground state = {sp.sstr(r)}",
        condition=SUI_E_COND,
        counterexample=SUI_E_CE,
    )


def _sui_energy_numeric() -> Outcome:
    r = N.sui_energy_rate_numeric()
    return _checked(
        abs(r) > 1e-3,
        f"dE/dt = {r:.6f} at Δ = 𝒥 = 1 (finite difference)",
        condition=SUI_E_COND,
        counterexample=SUI_E_CE,
    )


INTERP_CE = (
    "E = (0, 1, 2), collapse basis = energy basis, ψ0 = (|0⟩ + |2⟩)/√2: ρ_B = diag(1/2, 0, 1/2), "
    "χ_E = 1/3 each, and the unique steady state of Eq. (8) is ρ_∞ = χ_E for every 𝒥/α > 0: no "
    "interpolation towards ρ_B. For α > 0, Λ_χ(ρ) = χ Tr ρ − ρ resets every ensemble, so ρ_∞ is "
    "unique and "
    "independent of the Born weights |α_k|²"
)


def _interp_exact() -> Outcome:
    third = sp.Rational(1, 3)
    rho_inf, res = D.sui_steady_state([0, 1, 2], [third] * 3)
    ok = rho_inf == sp.diag(sp.Rational(1, 2), 0, sp.Rational(1, 2))
    return _proved(
        ok,
        f"ρ_∞ = diag{tuple(rho_inf.diagonal())} (off-diagonal 0) for all 𝒥, α > 0 "
        "(solved symbolically)",
        counterexample=INTERP_CE,
    )


def _interp_numeric() -> Outcome:
    r = N.sui_interpolation_search()
    return _checked(
        False,
        f"𝒥/α = {r['ratios']}: max|ρ_∞ − ρ_B| = {[round(x, 6) for x in r['dist_B']]}, "
        f"max|ρ_∞ − χ| = {[f'{x:.1e}' for x in r['dist_chi']]}",
        "null space of the Liouvillian of Eq. (8) as printed",
        counterexample=INTERP_CE,
    )


# --- additions: noise expectations, diagonal steady state, dimensions, several charges ------------


def _wiener_mean_exact() -> Outcome:
    from sympy.stats import E as Ex
    from sympy.stats import Normal

    t = sp.Symbol("t", positive=True)
    W = Normal("W", 0, sp.sqrt(t))
    return _proved(
        sp.simplify(Ex(W)) == 0,
        "W_t ~ N(0, t) with W_0 = 0: E[W_t] = E[dW_t] = 0, E[dt dW] = dt·E[dW] = 0",
    )


def _wiener_mean_sampled() -> Outcome:
    m = N.wiener_increment_moments()
    ok = abs(m["mean"]) <= 4 / np.sqrt(m["n"])
    return _checked(
        ok,
        f"E[dW]/√dt = {m['mean']:.4f} ± {1 / np.sqrt(m['n']):.4f}",
        f"{m['n']} seeded samples (seed {m['seed']})",
    )


def _diagonal_exact() -> Outcome:
    coeff, expected = D.coherence_decay_rate(3)
    return _proved(
        sp.expand(coeff - expected) == 0,
        "Eq. (2) maps |μ⟩⟨ν| to −½(Γ_μ + Γ_ν)|μ⟩⟨ν| (Γ_ν = Σ_κ J^{κν}); with J^{μν} = χ_μ, Γ = 1: "
        "all coherences decay, the steady state is diagonal",
    )


def _diagonal_numeric() -> Outcome:
    w, s = N.coherence_decay_numeric(), N.stationary_state_numeric()
    return _checked(
        w < 1e-9 and s < 1e-10,
        f"coherence decay rate vs ½(Γ_μ + Γ_ν): {w:.1e}; "
        f"null vector of Eq. (6) = diagonal χ to {s:.1e}",
        "seeded random J (seed 89), (E, χ) (seed 79)",
    )


def _dims_exact() -> Outcome:
    A, noise = D.eq5_dimensions()
    return _proved(
        noise == {} and len(A) == 1,
        f"[𝒜] = {A}, [√𝒜 dW] = {noise or 'dimensionless'} (sympy.physics.units)",
    )


def _dims_pint() -> Outcome:
    A, noise = N.eq5_dimensions_pint()
    return _checked(
        A == "1 / [time]" and noise == "dimensionless", f"pint: [α𝒩/ħ] = {A}, [√𝒜 dW] = {noise}"
    )


CHARGE_CE = (
    "H = 0 (a single energy shell), a conserved charge Ŝ with values (0, 1), ψ0 = √(1/3)|s=0⟩ + "
    "√(2/3)|s=1⟩: S = 2/3, δS = √2/3, the window [0.195, 1.138] holds only s = 1, so χ_(E,S) = "
    "|s=1⟩⟨s=1| and ⟨Ŝ⟩ relaxes from 2/3 to 1 (d⟨Ŝ⟩/dt = +1/3 at t = 0, α𝒩/ħ = 1)"
)


def _charge_exact() -> Outcome:
    third = sp.Rational(1, 3)
    r = D.charge_rate_under_joint_window([0, 0], [0, 1], [third, 2 * third])
    return _proved(r == 0, f"d⟨Ŝ⟩/dt(0) = ⟨Ŝ⟩_χ − ⟨Ŝ⟩ = {r}", counterexample=CHARGE_CE)


def _charge_numeric() -> Outcome:
    svals, w, s0, s1, chi = N.charge_window_search()
    return _checked(
        False,
        f"first case: charges {svals}, weights {w}: ⟨S⟩ from {s0:.4f} to {s1:.4f}",
        "exhaustive search, Eq. (6) with χ_(E,S) integrated to t = 30",
        counterexample=f"charges {svals}, amplitude weights {w}: ⟨S⟩ {s0:.4f} → {s1:.4f}",
    )


FDR_E_CE = (
    "qubit E = (0, 1), a single channel L_10 = |1⟩⟨0| with J^{10} = (D^{10})² = 1 (FDR holds), "
    "ρ = |0⟩⟨0|: dE/dt = J^{10}(E_1 − E_0) = 1 ≠ 0; energy conservation needs the choice of J "
    "(Eq. (4)), not the FDR"
)


def _fdr_energy_exact() -> Outcome:
    r = D.energy_rate_eq2(sp.Matrix([[0, 0], [1, 0]]), [0, 1], [1, 0])
    return _proved(r == 0, f"dE/dt = {r} with the FDR imposed", counterexample=FDR_E_CE)


def _fdr_energy_numeric() -> Outcome:
    r = N.energy_rate_numeric(
        np.array([[0.0, 0.0], [1.0, 0.0]]),
        np.array([0.0, 1.0]),
        np.diag([1.0, 0.0]).astype(complex),
    )
    return _checked(
        abs(r) < 1e-9,
        f"dE/dt = {r:.6f} (finite difference of the integrated Eq. (2))",
        counterexample=FDR_E_CE,
    )


# --- martingales, unitary invariants, detailed balance -----------------------------------------


def _unitary_exact() -> Outcome:
    r = D.unitary_populations(3)
    return _proved(
        _is_zero(r),
        "|e^{−iE_μt}c_μ|² = |c_μ|² for every μ: populations and the purity are constants",
    )


def _unitary_numeric() -> Outcome:
    w = N.unitary_invariants()
    return _checked(
        w < 1e-10,
        f"max change of populations / purity = {w:.1e}",
        "20 seeded pure states, spectra, times (seed 97)",
    )


def _energy_martingale_exact() -> Outcome:
    drift = D.energy_population_drift(3)
    chi0, r00 = sp.Symbol("chi_0", nonnegative=True), sp.Symbol("r_00", real=True)
    return _proved(
        sp.expand(drift[0] - (chi0 - r00)) == 0,
        f"E[dp_μ]/dt = (α𝒩/ħ)(χ_μ − p_μ): {sp.sstr(list(drift))} (d = 3) — zero only at p = χ",
    )


def _energy_martingale_sim() -> Outcome:
    m, se, p0, pred = N.energy_weights_drift()
    moved = bool(np.all(np.abs(m - p0) > 10 * se))
    agrees = bool(np.all(np.abs(m - pred) <= 4 * se))
    return _checked(
        moved and agrees,
        "E[p_μ(1)] = "
        + ", ".join(f"{x:.4f} ± {s:.4f}" for x, s in zip(m, se, strict=True))
        + " vs p_μ(0) = "
        + ", ".join(f"{x:.4f}" for x in p0)
        + "; Eq. (6) predicts "
        + ", ".join(f"{x:.4f}" for x in pred),
        "2000 trajectories of Eq. (5), E = (0, 1, 3), ψ0 uniform (window χ = |1⟩⟨1|), extrapolated",
    )


def _suv_martingale_exact() -> Outcome:
    r = D.collapse_population_drift(3)
    return _proved(
        _is_zero(r), "d⟨P_k⟩/dt = Tr[P_kΛ_R(ρ)] = 0 for every ρ: the weights are martingales"
    )


def _suv_martingale_sim() -> Outcome:
    m, se, p0 = N.collapse_weights_drift()
    ok = bool(np.all(np.abs(m - p0) <= 4 * se))
    return _checked(
        ok,
        "E[p_k(T)] = "
        + ", ".join(f"{x:.4f} ± {s:.4f}" for x, s in zip(m, se, strict=True))
        + " vs p_k(0) = "
        + ", ".join(f"{x:.4f}" for x in p0),
        f"1500 SUV trajectories, γ = 2, T = 4 (seed {N.BORN_SEED}), extrapolated",
    )


def _detailed_exact() -> Outcome:
    return _proved(
        _is_zero(D.detailed_balance_residual(3)),
        "J^{μν}χ_ν = χ_μχ_ν = J^{νμ}χ_μ for J^{μν} = χ_μ: detailed balance with respect to χ",
    )


def _detailed_numeric() -> Outcome:
    rng = np.random.default_rng(101)
    worst = 0.0
    for _ in range(20):
        chi = rng.dirichlet(np.ones(int(rng.integers(2, 6))))
        J = np.repeat(chi[:, None], len(chi), 1)
        worst = max(worst, float(np.abs(J * chi[None, :] - (J * chi[None, :]).T).max()))
    return _checked(
        worst < 1e-15, f"max |J^{{μν}}χ_ν − J^{{νμ}}χ_μ| = {worst:.1e}", "20 seeded χ (seed 101)"
    )


def _window_exact() -> Outcome:
    r = D.window_nonempty_identity(4)
    return _proved(
        r == 0,
        f"Σ_μ p_μ[(E_μ − E)² − V] = {r} (d = 4, symbolic): some occupied level lies within √V "
        "of E, so the window always holds at least one level (D ≥ 1)",
    )


def _window_search() -> Outcome:
    found = N.empty_window_search()
    return _checked(
        found is None,
        f"hypothesis search for an empty window: {found or 'none found'}",
        "spectra of 1–6 integer levels (degeneracies allowed), integer weights; "
        "derandomize=True, 300 examples",
    )


def _sui_exists_exact() -> Outcome:
    third = sp.Rational(1, 3)
    rho_inf, res = D.sui_steady_state([0, 1, 2], [third] * 3)
    return _proved(
        _is_zero(res),
        f"unique solution ρ_∞ = diag{tuple(rho_inf.diagonal())} of the steady-state "
        "condition (symbolic 𝒥, α > 0); in general, for α > 0 the reset part Λ_χ(ρ) = χTrρ − ρ "
        "contracts every traceless difference by e^{−α𝒩t/ħ}, so ρ_∞ exists and is unique",
    )


def _sui_exists_numeric() -> Outcome:
    far = N.sui_uniqueness()
    return _checked(
        max(far) < 1e-8,
        "rotated collapse basis, 𝒥/α = 1e-3, 1, 1e3: one-dimensional null space; "
        f"random initial states reach it to {max(far):.1e} at t = 60",
        f"Eq. (8) as printed, seeded (seed {N.SUI_SEED + 1})",
    )


# ---------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------


def _p(
    id,
    location,
    statement,
    stated,
    quote,
    derivation,
    numeric,
    expect=None,
    units="ħ = 1",
    figures=(),
):
    """A Property claim (most of this paper's statements are general)."""
    kw = {} if expect is None else {"expect": expect}
    return Claim(
        id=f"oqt:{id}",
        location=location,
        statement=statement,
        stated=stated,
        quote=quote,
        judge=Property(),
        derivation=derivation,
        numeric=numeric,
        units=units,
        figures=tuple(figures),
        **kw,
    )


CLAIMS = [
    # ---- headline claims --------------------------------------------------------------------
    _p(
        "norm-preservation",
        "Eq. (1) and the paragraph after it (FDR)",
        "With Itô's lemma, the norm of Eq. (1) is conserved, dN_ψ = 0 at all times, under the "
        "fluctuation–dissipation relation (D^{μν})² = J^{μν}.",
        "dN_ψ = 0 with (D^{μν})² = J^{μν}",
        "we find its change, $dN_{\\psi} = 0$ (at all times)",
        _norm_eq1_ito,
        _norm_eq1_sim,
        units="ħ = 1; couplings in 1/time",
    ),
    _p(
        "entropy-nondecreasing",
        "Eq. (6) and the paragraph on D_χ",
        "Under Eq. (6) with the microcanonical window rule, the von Neumann entropy of the "
        "ensemble is "
        "non-decreasing for all states not already at equilibrium.",
        "the (von Neumann) entropy is non-decreasing for all states which are not already at "
        "equilibrium",
        "the (von Neumann) entropy is non-decreasing for all states",
        _entropy_exact,
        _entropy_search,
        refuted(
            "With the window rule exactly as printed (δE = √V of the identical pure members, χ_E "
            "uniform on the window) and Eq. (4) satisfied, the ensemble entropy still decreases: "
            "spectrum (0, 1, 2, 3, 4), ψ0 = √(1/8)|0⟩ + √(3/4)|2⟩ + √(1/8)|4⟩ has E = 2, V = 1, "
            "window [1, 3], χ_E = 1/3 on levels 1–3 (Tr[χ_E H] = 2 = E); with α𝒩/ħ = 1 the "
            "entropy rises from 0 to 1.174 (t = 2) and then falls, Ṡ(3) = −0.0301, to log 3 = "
            "1.0986. A decreasing Hilbert–Schmidt distance to χ does not imply increasing entropy. "
            "Mechanism: weight outside the window makes ρ(t) of rank D + 1, so S approaches log D "
            "from above at late times; this happens for every state with weight outside the window "
            "(a Gaussian energy distribution has 32% there), macroscopic systems included."
        ),
        units="entropy in nats; time in ħ/(α𝒩)",
        figures=(plots.oqt_entropy_counterexample,),
    ),
    # ---- Eq. (1): Itô calculus, FDR ---------------------------------------------------------------
    _p(
        "ito-rule",
        "Eq. (1), noise convention",
        "Independent Wiener increments with E[dW] = 0 and E[dW^{μν}dW^{μ'ν'}] = δδ dt, i.e. (dW)² "
        "= dt.",
        "(dW_t^{μν})^2 = dt",
        "or simply, $(dW_t^{\\mu\\nu})^2 = dt$",
        _ito_rule_exact,
        _ito_rule_sampled,
    ),
    _p(
        "schrodinger-limit",
        "Eq. (1), text after it",
        "With dĜ^{μν} = 0 for all μ, ν, Eq. (1) reduces to the Schrödinger equation.",
        "dĜ^{μν} = 0 ⇒ Schrödinger",
        "If $d\\hat{G}^{\\mu\\nu}$ = $0, \\forall \\mu, \\nu",
        _schrodinger_exact,
        _schrodinger_sim,
    ),
    _p(
        "fdr-necessary",
        "Paragraph after Eq. (1)",
        "dN_ψ = 0 holds (for all states) with, and only with, the FDR (D^{μν})² = J^{μν}.",
        "(D^{μν})² = J^{μν}",
        "with an FDR of the form $(D^{\\mu\\nu})^2 = J^{\\mu\\nu} \\propto \\mathcal{N}$",
        _fdr_exact,
        _fdr_roots,
    ),
    _p(
        "fdr-scaling",
        "Paragraph after Eq. (1)",
        "Both terms controlling the transition rates scale with 𝒩, as clarified by the FDR: J ∝ 𝒩 "
        "and the stochastic term's rate contribution (D^{μν})² = J^{μν} ∝ 𝒩 (so D ∝ √𝒩), as the "
        "paper itself writes in the next paragraph and in Eq. (5) (√𝒜 vs 𝒜).",
        "Both terms must be proportional to 𝒩",
        "Both terms must be proportional to \\mathcal{N} , as further clarified",
        _fdr_scaling_exact,
        _fdr_scaling_numeric,
    ),
    # ---- Eq. (2) -----------------------------------------------------------------------------------
    _p(
        "ensemble-gksl",
        "Eq. (2)",
        "Averaging Itô's dΨ over the noise, E[dΨ] = dρ, gives the linear GKSL master equation Eq. "
        "(2) "
        "(with 𝒩 absorbed in J).",
        "E[dΨ] = dρ̂ of GKSL form, Eq. (2)",
        "with $\\mathbb{E}[d\\Psi] = d\\hat{\\rho}$. This yields the linear master equations",
        _ensemble_exact,
        _ensemble_sim,
        figures=(plots.sse_vs_master,),
    ),
    _p(
        "nonlinear-cancel",
        "Superluminal-signalling section, last paragraph",
        "All nonlinear (state-dependent) terms of the averaged dynamics cancel given the FDR.",
        "all non-linearities cancel given the FDR",
        "since all non-linearities cancel given the FDR",
        _nonlinear_exact,
        _nonlinear_numeric,
    ),
    # ---- constraints ----------------------------------------------------------------------------------
    _p(
        "steady-constraint",
        "Operator constraint Ĉ_χ (unnumbered, before Eq. (3))",
        "The steady-state condition of Eq. (2) at a diagonal χ is Ĉ_χ = Σ J^{μν}χ_ν(|μ⟩⟨μ| − "
        "|ν⟩⟨ν|) = 0.",
        "Ĉ_χ = Σ_{μν} J^{μν} χ_ν (|μ⟩⟨μ| − |ν⟩⟨ν|)",
        "we find the first (operator) constraint, $\\hat{\\mathcal{C}}_{\\chi} = 0$",
        _steady_exact,
        lambda: _constraint_numeric("C_chi", "dissipator at χ vs Ĉ_χ"),
    ),
    _p(
        "energy-constraint",
        "Energy constraint C_E (unnumbered, before Eq. (3))",
        "dE/dt under Eq. (2) is C_E = Σ J^{μν}ρ_νν(E_μ − E_ν) for any state.",
        "C_E(t) = Σ_{μν} J^{μν} ρ_νν (E_μ − E_ν)",
        "Without assuming any restriction on $\\hat{\\rho}$, this constraint takes the form:",
        _energy_exact,
        lambda: _constraint_numeric("C_E", "Tr[H L(ρ)] vs C_E"),
    ),
    _p(
        "ansatz-forms",
        "The ansatz J^{μν} = A^μB^ν",
        "With J^{μν} = A^μB^ν the two constraints take the two 'suggestive' forms printed.",
        "Σ_μ A^μ Σ_ν χ_ν B^ν(|μ⟩⟨μ| − |ν⟩⟨ν|) = 0; Σ_μ A^μ Σ_ν B^ν(E_μ − E_ν)ρ_νν = 0",
        "$J^{\\mu\\nu} = A^{\\mu}B^{\\nu}$ in $\\hat{\\mathcal{C}}_{\\chi} = 0$",
        _ansatz_exact,
        lambda: _constraint_numeric("ansatz_E", "ansatz forms vs Liouvillian"),
    ),
    _p(
        "eq3",
        "Eq. (3)",
        "With B^ν = 1 the operator constraint becomes Σ_μ(A^μ/𝒵 − χ_μ)|μ⟩⟨μ| = 0.",
        "Σ_μ (A^μ/𝒵 − χ_μ)|μ⟩⟨μ| = 0",
        "- \\chi_{\\mu} \\right) \\ |\\mu\\rangle \\langle \\mu| = 0, \\qquad (3)",
        _eq3_exact,
        lambda: _constraint_numeric("eq3", "B = 1 operator constraint vs Eq. (3)"),
    ),
    _p(
        "eq4",
        "Eq. (4)",
        "With B^ν = 1 the energy constraint becomes Σ_μ E_μA^μ/𝒵 = Σ_ν E_νρ_νν.",
        "Σ_μ E_μ A^μ/𝒵 = Σ_ν E_ν ρ_νν",
        "E_{\\mu} \\frac{A^{\\mu}}{\\mathcal{Z}} = \\sum_{\\nu} E_{\\nu} \\rho_{\\nu\\nu}. "
        "\\tag{4}",
        _eq4_exact,
        lambda: _constraint_numeric("eq4", "B = 1 energy rate vs Eq. (4)"),
    ),
    _p(
        "ansatz-b1-unique",
        "Text before Eq. (3)",
        "Both constraints may be uniquely met by the asymmetric choice B^ν = 1.",
        "uniquely met by the asymmetric choice of B^ν = 1",
        "both conditions may be uniquely met by the asymmetric choice of $B^{\\nu} = 1$",
        _unique_exact,
        _unique_search,
        refuted(
            "B^ν = 1 is not unique: on spectrum (0, 1, 2) with uniform χ, B = (1, 2, 1) and A^μ = "
            "χ_μB^μ "
            "(J^{μν} = χ_μB^μB^ν, found first by an exhaustive search over {1,2,3}³) give Ĉ_χ = 0 "
            "and "
            "C_E = −(4/3)(Tr[ρH] − Tr[χH]), i.e. both constraints hold on exactly the states "
            "where they "
            "hold for B = 1. This is not an artefact of the level at E = Tr[χH]: in general Ĉ_χ = 0 "
            "forces A^μ ∝ χ_μB^μ and Eq. (4)-type energy conservation only needs B^ν(Ē_B − E_ν) ∝ "
            "(Tr[χH] − E_ν), with Ē_B = Σχ_μB^μE_μ/Σχ_μB^μ, which has a one-parameter family of "
            "positive solutions; e.g. the generic spectrum (0, 1, 3) with χ = (1/2, 1/3, 1/6) "
            "admits B = (1, 18/5, 6/5) with Ĉ_χ = 0 and C_E = (54/25)(Tr[χH] − Tr[ρH]) (shown by "
            "`claims check`)."
        ),
    ),
    _p(
        "energy-constraint-all-states",
        "Text before the ansatz",
        "Energy conservation requires C_E(t) = 0 at all times and for all states; the constraints "
        "are solved "
        "(B = 1, Eq. (4)) so that this holds.",
        "C_E(t) = 0 … at all times, and for all states",
        "$C_E(t) = 0$ is satisfied at all times, and for all states on the Hilbert space",
        _all_states_exact,
        _all_states_numeric,
        conditional(
            "With B = 1, C_E(t) = 𝒵(Tr[χH] − Tr[ρH]) vanishes only for states with Tr[ρH] = "
            "Tr[χH]; "
            "for a generic state (e.g. χ = (1/5, 1/2, 3/10), ρ = diag(1/2, 1/2, 0), E = (0, 1, 2): "
            "C_E = 3/5) it does not. Within the ansatz, C_E = 0 for all states would force "
            "B^ν(Σ_μA^μE_μ − "
            "E_νΣ_μA^μ) = 0 for every ν, i.e. transitions only among levels of a single energy. "
            "The paper itself retreats to the shell a few lines later (Eq. (4), 'if the condition "
            "in Eq. (4) holds at initial times, it will hold for all times'), so the requirement is "
            "met for states with Tr[ρH] = Tr[χH], not 'for all states on the Hilbert space' as this "
            "sentence demands; the 'iff' itself (energy conserved for every state ⇔ C_E ≡ 0) is "
            "a correct definition."
        ),
    ),
    _p(
        "eq4-propagates",
        "Text after Eq. (4)",
        "If Eq. (4) holds at the initial time it holds at all times.",
        "if the condition in Eq. (4) holds at initial times, it will hold for all times",
        "if the condition in Eq. (4) holds at initial times, it will hold for all times",
        _propagates_exact,
        _propagates_numeric,
    ),
    _p(
        "stationary-chi",
        "Text after Eq. (4)",
        "With J^{μν} = A^μ = χ_μ (𝒵 = 1) the state χ is the time-invariant state of Eq. (2).",
        "J^{μν} = A^μ = χ_μ (𝒵 = 1)",
        "$J^{\\mu\\nu} = A^{\\mu} = \\chi_{\\mu}$ ($\\forall \\mu, \\nu$ with $\\mathcal{Z} = 1$)",
        _stationary_exact,
        _stationary_numeric,
    ),
    _p(
        "canonical-exists",
        "Canonical choice χ_β",
        "The canonical χ_β = e^{−βH}/𝒵 satisfies the constraints with β set at the initial time.",
        "χ_β satisfies the above constraints",
        "Note that $\\hat{\\chi}_{\\beta}$ satisfies the above constraints",
        _canonical_exact,
        _canonical_numeric,
    ),
    _p(
        "microcanonical-energy",
        "Microcanonical χ_E and the window rule",
        "The microcanonical χ_E (window [E − δE, E + δE]) satisfies Eq. (4) for states of the "
        "same energy, "
        "i.e. Tr[χ_E H] = E.",
        "χ_E exists and satisfies Eq. (4)",
        "such a $\\hat{\\chi}_E$ exists and satisfies Eq. (4)",
        _energy_window_exact,
        _energy_window_numeric,
        refuted(
            "The window's uniform distribution has mean energy E only if the levels in the window "
            "are "
            "placed symmetrically about E. Spectrum (0, 1), ψ0 = √(1/3)|0⟩ + √(2/3)|1⟩: E = 2/3, "
            "√V = √2/3, window [0.195, 1.138] ∋ only E = 1, Tr[χ_E H] = 1 ≠ 2/3, and the ensemble "
            "energy "
            "changes, dE/dt = +1/3 (α𝒩/ħ = 1); no window centred on 2/3 has mean 2/3 (means 1 or "
            "1/2). " + "A macroscopic example, within the paper's premise: N = 1000 spins-1/2 in a field (levels "
            "k = 0..N, degeneracy C(N, k)), product members with p = 0.2005: E = 200.5, V = 160.3; "
            "the window [E − √V, E + √V] holds k = 188..213 and, the density of states rising "
            "≈ 4-fold per level, Tr[χ_E H] = 212.63, one standard deviation above E; no window "
            "centred on 200.5, of any width, has mean 200.5 (minimum 200.80, exact binomial "
            "arithmetic). "
            "For a macroscopic density of states g ∝ e^{βE} the window mean is "
            "E + δE coth(βδE) − 1/β, about one standard deviation above E when βδE ≫ 1."
        ),
    ),
    _p(
        "variance-equation",
        "Energy-variance equation",
        "Under Eq. (2) with J^{μν} = χ_μ and Eq. (4): V̇ = Σ E_μ²χ_μ − Σ E_ν²ρ_νν.",
        "V̇ = Σ_μ E_μ² χ_μ − Σ_ν E_ν² ρ_νν",
        "\\dot{V} = \\sum_{\\mu} E_{\\mu}^2 \\, \\chi_{\\mu} \\, - \\sum_{\\nu} E_{\\nu}^2 \\, "
        "\\rho_{\\nu\\nu}.",
        _variance_eq_exact,
        _variance_eq_numeric,
    ),
    _p(
        "canonical-variance",
        "Text after the variance equation",
        "With χ_β the energy variance always evolves for any non-equilibrium initial state and "
        "converges "
        "to that of χ_β.",
        "the variance of the energy will always evolve, for any initial (non-equilibrium) state",
        "the variance of the energy will always evolve, for any initial (non-equilibrium) state",
        _canon_var_exact,
        _canon_var_numeric,
        conditional(
            "V(t) − Var_χβ(H) = e^{−t}(V(0) − Var_χβ(H)) converges for every state but evolves "
            "only if "
            "V(0) ≠ Var_χβ(H): the non-equilibrium qubit state √p|0⟩ + √(1−p)|1⟩ with χ_β's "
            "populations p = 1/(1 + e^{−β}) keeps V constant."
        ),
    ),
    _p(
        "microcanonical-variance",
        "Window rule δE = √V",
        "With χ_E and ±δE = √V the average energy variance does not change.",
        "the average energy variance also does not change",
        "we fix the conditions such that the average energy variance also does not change",
        _variance_window_exact,
        _variance_window_numeric,
        refuted(
            "A uniform distribution on the levels inside [E − √V, E + √V] has variance ≤ V, with "
            "equality only in special cases: spectrum (0, 1, 2), ψ0 = (|0⟩ + |2⟩)/√2 keeps E = 1 "
            "but V "
            "relaxes from 1 to 2/3."
        ),
    ),
    _p(
        "canonical-eigenstates",
        "Stability of eigenstates",
        "The choice χ_β does not keep energy eigenstates (except the ground state) stable.",
        "χ_β does not keep energy eigenstates (except the ground state) stable",
        "does not keep energy eigenstates (except the ground state) stable under evolution",
        _canonical_eig_exact,
        _canonical_eig_numeric,
        conditional(
            "Holds for positive temperatures or a spectrum unbounded above. For a bounded "
            "spectrum the "
            "top eigenstate's energy is matched only by β = −∞, where χ_β is that eigenstate's "
            "projector, so it is stable too (E = (0, 1, 2): |2⟩ stays, |1⟩ needs β = 0 and decays)."
        ),
    ),
    _p(
        "microcanonical-eigenstates",
        "Stability of eigenstates",
        "With χ_E, a non-degenerate eigenstate |i⟩ has zero variance, fixes χ_E = |i⟩⟨i| and is "
        "preserved.",
        "χ_E = |i⟩⟨i| preserves the initial state",
        "is fixed by its zero variance and preserves the initial state",
        _micro_eig_exact,
        _micro_eig_numeric,
    ),
    _p(
        "conserved-commuting",
        "Multiple conserved quantities",
        "If a symmetry Ŝ commutes with the L_μν (that carry weight), ∂⟨Ŝ⟩/∂t = 0 under Eq. (2).",
        "∂⟨Ŝ⟩/∂t = 0 if Ŝ commutes with L_μν",
        "one scenario in which these constraints are satisfied is if \\hat{S} commutes with "
        "$\\hat{L}_{\\mu\\nu}$",
        _conserved_exact,
        _conserved_numeric,
    ),
    # ---- Eqs. (5)-(6) --------------------------------------------------------------------------------
    _p(
        "eq5-norm",
        "Eq. (5)",
        "Eq. (5) (stochastic coupling √𝒜^μ, deterministic 𝒜^μ) is norm preserving.",
        "(norm preserving) quantum stochastic process",
        "evolve as per the following (norm preserving) quantum stochastic process",
        _eq5_norm_exact,
        _eq5_norm_sim,
    ),
    _p(
        "eq6-from-eq5",
        "Eq. (6)",
        "Ensembles of Eq. (5) evolve by ħ∂ρ/∂t = −i[H, ρ] + α𝒩Λ_χ(ρ), Λ_χ(ρ) = Σχ_μLρL† − ρ.",
        "ħ∂ρ/∂t = −i[H, ρ] + α𝒩 Λ_χ(ρ)",
        "+ \\alpha \\, \\mathcal{N} \\, \\Lambda_{\\chi}(\\, \\hat{\\rho}\\,), \\tag{6}",
        _eq6_exact,
        _eq6_sim,
        figures=(plots.sse_vs_master,),
    ),
    Claim(
        id="oqt:distance-rate",
        location="Text after Eq. (6)",
        statement="D_χ = Tr[(ρ − χ_E)²] obeys Ḋ_χ = −ωD_χ with ω = 2α𝒩/ħ.",
        stated="ω = 2α𝒩/ħ",
        quote="(where $\\omega = 2\\alpha \\mathcal{N}/\\hbar$)",
        judge=Expression(
            "2*alpha*N/hbar", symbols={"alpha": (0.2, 2.0), "N": (1.0, 5.0), "hbar": (0.5, 2.0)}
        ),
        derivation=lambda: Outcome(value=D.hs_distance_rate(), exact=True),
        numeric=lambda: Outcome(
            value=_rate_numeric, text="decay rate fitted from Eq. (6) integrated numerically"
        ),
        units="1/time",
    ),
    _p(
        "distance-exponential",
        "Text after Eq. (6)",
        "D_χ(t) = D_χ(0) exp(−ωt): every state not already steady approaches χ.",
        "D_χ = D_χ(0) exp(−ωt)",
        "$D_{\\chi} = D_{\\chi}(0) \\exp(-\\omega t)$",
        _exponential_exact,
        _exponential_numeric,
    ),
    _p(
        "trace-distance-name",
        "Text after Eq. (6)",
        "The quantity D_χ = Tr[(ρ − χ_E)²] is the trace distance.",
        "trace distance, D_χ = Tr[(ρ̂ − χ̂_E)²]",
        "we may compute the trace distance, $D_{\\chi} = \\text{Tr}[(\\hat{\\rho} - "
        "\\hat{\\chi}_E)^2]$",
        _trace_exact,
        _trace_numeric,
        refuted(
            "Tr[(ρ − χ)²] is the squared Hilbert–Schmidt distance, not the trace distance ½‖ρ − "
            "χ‖₁ "
            "(ρ = |0⟩⟨0|, χ = |1⟩⟨1|: 2 vs 1); the trace distance decays as exp(−α𝒩t/ħ), at rate "
            "ω/2."
        ),
    ),
    _p(
        "no-recurrence",
        "Text after Eq. (6)",
        "Quantum Poincaré recurrences do not occur under Eq. (6).",
        "Poincaré recurrences … do not occur",
        "quantum Poincaré recurrences or analogous entanglement reversal events",
        _recurrence_exact,
        _recurrence_numeric,
    ),
    # ---- entropy ------------------------------------------------------------------------------------
    _p(
        "entropy-rate-identity",
        "Entropy production (unnumbered)",
        "With α𝒩/ħ = 1: Ṡ = Tr[(ρ − χ_E)log ρ] = D[χ_E‖ρ] + H_χ − S.",
        "Ṡ = Tr[(ρ − χ_E) log ρ] = D[χ_E‖ρ] + H_χ − S",
        "we find (with $\\alpha \\mathcal{N}/\\hbar = 1$):",
        _entropy_identity_exact,
        _entropy_identity_numeric,
        units="nats per ħ/(α𝒩)",
    ),
    _p(
        "relative-entropy-monotone",
        "Entropy production",
        "The Umegaki relative entropy is non-negative and decreases under CPTP maps such as Eq. "
        "(6).",
        "non-negative and decreases under CPTP maps",
        "is the Umegaki quantum relative entropy, which is non-negative",
        _relent_exact,
        _relent_numeric,
    ),
    _p(
        "h-chi-log-d",
        "Entropy production",
        "H_χ = −Tr[χ_E log χ_E] = log D.",
        "ℍ_χ = log D",
        "\\mathbb{H}_{\\chi} = -\\text{Tr}[\\hat{\\chi}_E \\log \\hat{\\chi}_E] = \\log D",
        _logd_exact,
        _logd_numeric,
    ),
    _p(
        "h-chi-exceeds-s",
        "Entropy production",
        "H_χ > S necessarily for all non-equilibrium states.",
        "ℍ_χ > S",
        "Since $\\mathbb{H}_{\\chi} > S$, necessarily for all non-equilibrium states",
        _hchi_exact,
        _hchi_numeric,
        refuted(
            "ρ(t) = e^{−t}Ψ_t + (1 − e^{−t})χ_E is supported on the window plus the part of ψ0 "
            "outside it, so its entropy can exceed H_χ = log D: spectrum (0, 1, 2, 3, 4), ψ0 = "
            "√(1/8)|0⟩ + √(3/4)|2⟩ + √(1/8)|4⟩ (E = 2, V = 1, window [1, 3], D = 3, Eq. (4) holds) "
            "has S(3ħ/(α𝒩)) = 1.1459 > H_χ = log 3 = 1.0986 while not at equilibrium."
        ),
    ),
    _p(
        "entropy-rate-positive",
        "Entropy production",
        "Ṡ > 0 for all non-equilibrium states and Ṡ ≥ 0 generically (an H-theorem).",
        "Ṡ > 0 for all non-equilibrium states",
        "we have $\\dot{S} > 0$ for all non-equilibrium states",
        _sdot_exact,
        _sdot_numeric,
        refuted(
            "Spectrum (0, 1, 2, 3, 4), ψ0 = √(1/8)|0⟩ + √(3/4)|2⟩ + √(1/8)|4⟩ (window rule: "
            "χ_E = 1/3 on levels 1–3; Eq. (4) holds): at t = 3ħ/(α𝒩) the ensemble state is not at "
            "equilibrium and Ṡ = −0.0301 α𝒩/ħ < 0 (the premise H_χ > S fails there: S = 1.1459 > "
            "log 3)."
        ),
    ),
    _p(
        "ensemble-entropy-maximizes",
        "Entropy of ensembles vs members",
        "For the entire ensemble the von Neumann entropy increases and maximizes in each setting.",
        "the von Neumann entropy does increase and appropriately maximizes",
        "the von Neumann entropy does increase and appropriately maximizes in each setting",
        _maximizes_exact,
        _maximizes_numeric,
        refuted(
            "'Does increase' (as shown above, Ṡ > 0) fails: spectrum (0, 1, 2, 3, 4), ψ0 = "
            "√(1/8)|0⟩ + √(3/4)|2⟩ + √(1/8)|4⟩ (window rule, Eq. (4) holds) has S rising from 0 to "
            "1.174 (t = 2) and then falling to S(χ_E) = log 3 = 1.0986. The end state χ_E is the "
            "maximum-entropy state on the window, but not the maximum of S(t) along the evolution."
        ),
    ),
    _p(
        "member-pure",
        "Entropy of members",
        "Eq. (5) maps pure states to pure states; the entropy of an individual system does not "
        "increase.",
        "Eq. (5) maps pure states to pure states",
        "Eq. (5) maps pure states to pure states",
        _pure_exact,
        _pure_numeric,
    ),
    _p(
        "energy-conservation",
        "Introduction (and Conclusions)",
        "Within the constrained model (Eqs. (5)–(6) with the window rule) the average energy is "
        "conserved.",
        "the conservation of average energy are ensured within the constrained model",
        "entropy increase and the conservation of average energy are ensured within the "
        "constrained model",
        _energy_window_exact,
        _energy_window_numeric,
        refuted(
            "With χ_E fixed by the window rule, dE/dt = (α𝒩/ħ)(Tr[χ_E H] − E) ≠ 0 in general: "
            "spectrum "
            "(0, 1), ψ0 = √(1/3)|0⟩ + √(2/3)|1⟩ has E = 2/3 and relaxes to E = 1. " + "A macroscopic example, within the paper's premise: N = 1000 spins-1/2 in a field (levels "
            "k = 0..N, degeneracy C(N, k)), product members with p = 0.2005: E = 200.5, V = 160.3; "
            "the window [E − √V, E + √V] holds k = 188..213 and, the density of states rising "
            "≈ 4-fold per level, Tr[χ_E H] = 212.63, one standard deviation above E; no window "
            "centred on 200.5, of any width, has mean 200.5 (minimum 200.80, exact binomial "
            "arithmetic). "
            + "Each member's mean energy then relaxes from 200.5 to 212.63."
        ),
    ),
    # ---- signalling, linearity ------------------------------------------------------------------------
    _p(
        "no-signalling-partial-trace",
        "Superluminal signalling",
        "For local thermalization operators, ∂ρ_B/∂t = Tr_A[∂ρ_AB/∂t] = 0 unconditionally.",
        "∂ρ̂_B/∂t = Tr_A[∂ρ̂_AB/∂t] = 0",
        "= Tr_A[\\frac{\\partial}{\\partial t}\\hat{\\rho}_{AB}] = 0$ unconditionally",
        _bob_exact,
        _bob_numeric,
    ),
    _p(
        "no-signalling",
        "Superluminal signalling",
        "Superluminal signalling is prohibited within the dynamics of Eqs. (5)–(6).",
        "superluminal signalling is prohibited",
        "however superluminal signalling is prohibited within the dynamics of Eq. (5) and Eq. (6)",
        _signal_exact,
        _signal_numeric,
        conditional("Holds only if " + SIGNAL_COND + ". Otherwise: " + SIGNAL_CE + "."),
    ),
    _p(
        "ensemble-linear",
        "Introduction",
        "Ensembles of systems evolve via a (linear) quantum semigroup.",
        "(linear) quantum semi-group",
        "Ensembles of systems are shown to evolve via a (linear) quantum semi-group.",
        _linear_exact,
        _linear_numeric,
        conditional("Linear only if " + LINEAR_COND + ". " + LINEAR_CE + "."),
    ),
    # ---- SUI, Eqs. (7)-(8) --------------------------------------------------------------------------------
    _p(
        "sui-norm",
        "Eq. (7)",
        "The SUI process Eq. (7) is norm preserving.",
        "(norm-preserving) quantum stochastic process",
        "given by the (norm-preserving) quantum stochastic process (on the entire Hilbert space",
        _sui_norm_exact,
        _sui_norm_sim,
    ),
    _p(
        "sui-master",
        "Eq. (8)",
        "Ensembles of Eq. (7) follow the linear GKSL equation ħρ̇ = −i[H, ρ] + 𝒥𝒩Λ_R(ρ) + "
        "α𝒩Λ_χ(ρ).",
        "ħ∂ρ/∂t = −i[H, ρ] + 𝒥𝒩Λ_R(ρ) + α𝒩Λ_χ(ρ)",
        "\\Lambda_R(\\, \\hat{\\rho}\\,) + \\alpha \\, \\mathcal{N} \\, \\Lambda_\\chi(\\, "
        "\\hat{\\rho}\\,). \\tag{8}",
        _sui_master_exact,
        _sui_master_sim,
    ),
    _p(
        "sui-born",
        "Text after Eq. (7)",
        "With H = 0 and dĜ_χ = 0 the SUV dynamics yields the diagonal Born distribution ρ_B = "
        "Σ|α_k|²P_k "
        "at long times.",
        "ρ̂_B emerges (Eq. (7) with Ĥ = 0 and dĜ_χ = 0)",
        "emerges from the SUV dynamics at long times (Eq. (7) with $\\hat{H} = 0$ and "
        "$d\\hat{G}_{\\chi} = 0$)",
        _born_exact,
        _born_sim,
    ),
    _p(
        "sui-energy",
        "Text after Eq. (8)",
        "Both models (and hence Eq. (8)) possess norm preservation, energy conservation and no "
        "signalling.",
        "energy conservation",
        "both models posses norm preservation, energy conservation",
        _sui_energy_exact,
        _sui_energy_numeric,
        conditional(
            "Energy is conserved by 𝒥𝒩Λ_R only if "
            + SUI_E_COND
            + ". Counterexample: "
            + SUI_E_CE
            + "."
        ),
    ),
    _p(
        "sui-interpolates",
        "Text after Eq. (8)",
        "The steady state ρ_∞ of Eq. (8) interpolates between the Born distribution ρ_B and the "
        "microcanonical χ.",
        "ρ̂_∞ interpolates between ρ̂_B and χ̂",
        "The $\\hat{\\rho}_{\\infty}$ interpolates between the diagonal Born distribution",
        _interp_exact,
        _interp_numeric,
        refuted(
            "For α > 0, Λ_χ(ρ) = χTr ρ − ρ makes the steady state unique and independent of the "
            "Born "
            "weights, so it cannot approach ρ_B: E = (0, 1, 2), collapse basis = energy basis, "
            "ψ0 = (|0⟩ + |2⟩)/√2 has ρ_B = diag(1/2, 0, 1/2) but ρ_∞ = χ_E = 1/3 on each level "
            "for every "
            "𝒥/α (H = 0 or [H, P_k] = 0: ρ_∞ = aχ + (1 − a)Σ_kP_kχP_k, a = α/(α + 𝒥), which never "
            "involves ρ_B)."
        ),
    ),
    # ---- additions --------------------------------------------------------------------------------
    _p(
        "wiener-expectations",
        "Eq. (1), noise convention",
        "Standard Wiener increments: W_0 = 0, E[dW] = E[W_t] = E[dt dW] = 0.",
        "E[dW] = E[W] = E[dt dW] = 0",
        "\\mathbb{E}\\left[dW_t^{\\mu\\nu}\\right] = \\mathbb{E}\\left[W_t^{\\mu\\nu}\\right]",
        _wiener_mean_exact,
        _wiener_mean_sampled,
    ),
    _p(
        "steady-diagonal",
        "Text before the operator constraint",
        "The equilibrium steady state χ of Eq. (2) is diagonal in the energy basis.",
        "χ̂ … is diagonal",
        "is diagonal since it represents an average over an ensemble",
        _diagonal_exact,
        _diagonal_numeric,
    ),
    _p(
        "eq5-dimensions",
        "Text after Eq. (5)",
        "𝒜^μ = (α𝒩/ħ)χ_E^μ accounts for the dimensions (α an energy scale).",
        "𝒜^μ = (α𝒩/ħ) χ_E^μ",
        "which accounts for the dimensions",
        _dims_exact,
        _dims_pint,
        units="α: energy; 𝒜: 1/time",
    ),
    _p(
        "multi-charge-window",
        "Multiple conserved quantities",
        "With the microcanonical χ_(E,S) (windows in E and S), conserved quantities remain "
        "preserved.",
        "conserved quantities remain preserved",
        "one simply ensures that conserved quantities remain preserved",
        _charge_exact,
        _charge_numeric,
        refuted(
            "As for the energy, the uniform distribution on the window has ⟨Ŝ⟩_χ ≠ S in general "
            "and "
            "Eq. (6) drives ⟨Ŝ⟩ to ⟨Ŝ⟩_χ: " + CHARGE_CE + ". The small example is not "
            "special: for a macroscopic charge with a degeneracy that grows across the window "
            "(e.g. the number of up spins of N = 1000 spins, the binomial count of "
            "oqt:microcanonical-energy) the window mean lies about one δS above S (212.63 vs "
            "200.5), so ⟨Ŝ⟩ is not preserved."
        ),
    ),
    Claim(
        id="oqt:window-convention",
        location="Window rule δE = √V",
        statement="Uniform weight on all eigenstates in [E − δE, E + δE] with δE = √V agrees with the "
        "conventional definitions of the microcanonical ensemble.",
        stated="agrees with the conventional definitions",
        quote="This agrees with the conventional definitions of the microcanonical ensemble",
        judge=NotCheckable(
            "a statement about conventions; note that the conventional shell width δE is a "
            "fixed energy resolution, not the initial state's standard deviation √V"
        ),
        expect=not_checkable("a statement about conventions, no mathematical content to check"),
    ),
    _p(
        "unique-model",
        "Introduction",
        "The equilibrium and energy constraints establish a unique form of the OQT model.",
        "a unique form of the OQT model is established",
        "a unique form of the OQT model is established",
        _unique_exact,
        _unique_search,
        refuted(
            "The constraints do not single out J^{μν} = χ_μ: on spectrum (0, 1, 2) with uniform χ, "
            "J^{μν} = χ_μB^μB^ν with B = (1, 2, 1) meets Ĉ_χ = 0 and conserves the energy on the "
            "same "
            "states (C_E = −(4/3)(Tr[ρH] − Tr[χH])); the same holds on the generic spectrum "
            "(0, 1, 3), χ = (1/2, 1/3, 1/6) with B = (1, 18/5, 6/5) (C_E = (54/25)(Tr[χH] − "
            "Tr[ρH])), and outside the product ansatz more solutions exist."
        ),
    ),
    _p(
        "fdr-guarantees-energy",
        "Abstract",
        "The fluctuation–dissipation relation guarantees physicality constraints including energy "
        "conservation.",
        "FDR guarantees … energy conservation",
        "A fluctuation-dissipation relation guarantees physicality constraints including norm "
        "preservation, "
        "energy conservation",
        _fdr_energy_exact,
        _fdr_energy_numeric,
        refuted("The FDR fixes D² = J and so the norm, but not the energy: " + FDR_E_CE + "."),
    ),
    _p(
        "unitary-no-thermalization",
        "Introduction",
        "Under the Schrödinger equation the probability amplitudes in the energy basis change "
        "only by a "
        "dynamical phase, so a pure state cannot approach a time-independent mixed equilibrium.",
        "amplitudes do not change in the energy basis, up to a dynamical phase",
        "probability amplitudes do not change in the energy basis, up to a dynamical phase",
        _unitary_exact,
        _unitary_numeric,
    ),
    _p(
        "no-energy-martingale",
        "Objective quantum thermalization, before Eq. (1)",
        "An objective thermalization model cannot have martingale energy-basis probabilities; "
        "under "
        "Eq. (5) they drift to χ.",
        "cannot posses this martingale property in the energy basis",
        "cannot posses this martingale property in the energy basis",
        _energy_martingale_exact,
        _energy_martingale_sim,
    ),
    _p(
        "collapse-martingale",
        "Introduction",
        "In the objective collapse part (SUV, Eq. (7) with H = 0) the collapse-basis weights are "
        "martingales, which yields Born statistics.",
        "martingale condition, allowing the emergence of Born's statistics",
        "martingale condition, allowing the emergence of Born",
        _suv_martingale_exact,
        _suv_martingale_sim,
    ),
    _p(
        "detailed-balance",
        "Text after Eq. (2)",
        "The master equation takes a detailed-balance form (with J^{μν} = χ_μ: J^{μν}χ_ν = "
        "J^{νμ}χ_μ).",
        "a form explored … via detailed balance",
        "takes a form explored in the context of open system equilibration via detailed balance",
        _detailed_exact,
        _detailed_numeric,
    ),
    _p(
        "window-nonempty",
        "Window rule, text after the variance equation",
        "The microcanonical window [E − δE, E + δE], δE = √V, contains energy eigenstates over "
        "which χ_E is "
        "uniformly distributed (it is never empty).",
        "uniformly distributed at all energy eigenstates lying in the microcannonical window",
        "uniformly distributed at all energy eigenstates lying in the microcannonical window",
        _window_exact,
        _window_search,
    ),
    _p(
        "sui-steady-exists",
        "Text after Eq. (8)",
        "The hybrid steady states ρ_∞, if they exist, solve i[H, ρ_∞] = 𝒥𝒩Λ_R(ρ_∞) + α𝒩Λ_χ(ρ_∞).",
        "i[H, ρ_∞] = 𝒥𝒩 Λ_R(ρ_∞) + α𝒩 Λ_χ(ρ_∞)",
        "If they exist, they are obtained by the steady state condition",
        _sui_exists_exact,
        _sui_exists_numeric,
    ),
]
