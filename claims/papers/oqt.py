"""Claims of the thermalization paper (``oqt``, manuscript 001_72cbdd6588fdbaef.txt)."""

from __future__ import annotations

import sympy as sp

from derive import oqt as D
from numerics import oqt as N

from ..judges import Property
from ..model import Claim, Outcome, Paper, refuted

PAPER = Paper(
    key="oqt",
    title="On a modified quantum theory with objective quantum thermalization and "
          "spontaneous universal irreversibility",
    manuscript="001_72cbdd6588fdbaef.txt",
    arxiv="2504.16197",
)

# the smallest counterexample to monotone ensemble entropy (found by the search, checked exactly)
ENTROPY_CE = dict(E=(0, 1), amps=(sp.sqrt(sp.Rational(1, 3)), sp.sqrt(sp.Rational(2, 3))), t=1)


# ---------------------------------------------------------------------------
# Glue: route values -> Outcome
# ---------------------------------------------------------------------------

def _norm_eq1_ito() -> Outcome:
    drift, noise = D.norm_increment_eq1(3)
    fdr = {sp.Symbol(f"D{k}", positive=True): sp.sqrt(sp.Symbol(f"J{k}", positive=True))
           for k in range(3)}
    at_fdr = sp.simplify(drift.subs(fdr))
    ok = at_fdr == 0 and all(x == 0 for x in noise)
    return Outcome(holds=ok, exact=True,
                   text=f"Itô: dN = [{sp.sstr(drift)}] dt + 0·dW; at D² = J: dN = {at_fdr}",
                   details="Noncommutative Itô calculus (derive.ito), 3 independent channels, "
                           "generic operators L_k, any dimension; ⟨X⟩ normalised.")


def _norm_eq1_sim() -> Outcome:
    r = N.norm_drift_by_simulation()
    ok = abs(r.mean) <= 4 * r.se and r.rms_fine < r.rms_coarse and abs(r.violated_mean) > 10 * r.violated_se
    return Outcome(
        holds=ok,
        text=f"E[N(T)] − 1 = {r.mean:.2e} ± {r.se:.1e} (FDR) vs {r.violated_mean:.3f} ± "
             f"{r.violated_se:.1e} (D² = J/2)",
        details=(f"Euler–Maruyama, 3 levels, seeded generic J^{{μν}}, {N.SIM['n_traj']} trajectories, "
                 f"T = {N.SIM['t_final']}, dt = {N.SIM['dt']} and 2dt on shared Brownian paths "
                 f"(seed {N.SIM_SEED}); drift extrapolated 2f(dt) − f(2dt). Pathwise rms |N − 1| = "
                 f"{r.rms_fine:.3g} (dt) vs {r.rms_coarse:.3g} (2dt): the discretisation error shrinks "
                 f"as √dt, as for an exactly norm-preserving SDE."))


def _entropy_exact() -> Outcome:
    chi, S, Sdot = D.pure_state_entropy_rate(ENTROPY_CE["E"], ENTROPY_CE["amps"], ENTROPY_CE["t"])
    S1, Sd1 = sp.N(S, 15), sp.N(Sdot, 15)
    return Outcome(
        holds=bool(Sdot >= 0), exact=True,
        counterexample=(f"spectrum (0, 1), pure ψ0 = √(1/3)|0⟩ + √(2/3)|1⟩ (E = 2/3, V = 2/9, window "
                        f"[2/3 − √2/3, 2/3 + √2/3] holds only E = 1, so χ_E = |1⟩⟨1|); with α𝒩/ħ = 1: "
                        f"S(1) = {S1}, Ṡ(1) = {Sd1} < 0, and S → 0 as t → ∞"),
        details="Exact: closed-form ρ(t) = χ + e^{−t}U(ρ0 − χ)U†, exact eigenvalues, symbolic d/dt.")


def _entropy_search() -> Outcome:
    case, text = N.entropy_counterexample()
    return Outcome(holds=case is None, counterexample=None if case is None else text,
                   details="hypothesis.find over spectra of 2–3 distinct integers in [0, 4], integer "
                           "weights of identically prepared pure members, t ∈ {0, 0.5, 1, 2}; "
                           "derandomize=True, max_examples=300, database=None.")


# ---------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------

CLAIMS = [
    Claim(
        id="oqt:norm-preservation",
        location="Eq. (1) and the paragraph after it (FDR)",
        statement="With Itô's lemma, the norm of Eq. (1) is conserved, dN_ψ = 0 at all times, "
                  "under the fluctuation–dissipation relation (D^{μν})² = J^{μν}.",
        stated="dN_ψ = 0 with (D^{μν})² = J^{μν}",
        quote="we find its change, $dN_{\\psi} = 0$ (at all times)",
        judge=Property(),
        derivation=_norm_eq1_ito,
        numeric=_norm_eq1_sim,
        units="ħ = 1; couplings in 1/time",
    ),
    Claim(
        id="oqt:entropy-nondecreasing",
        location="Eq. (6) and the paragraph on D_χ",
        statement="Under Eq. (6) with the microcanonical window rule, the von Neumann entropy of the "
                  "ensemble is non-decreasing for all states not already at equilibrium.",
        stated="the (von Neumann) entropy is non-decreasing for all states which are not already at equilibrium",
        quote="the (von Neumann) entropy is non-decreasing for all states",
        judge=Property(),
        derivation=_entropy_exact,
        numeric=_entropy_search,
        expect=refuted(
            "The window rule can select a χ_E of lower entropy than the evolving state, and Eq. (6) then "
            "lowers the entropy: for spectrum (0, 1) and identical members ψ0 = √(1/3)|0⟩ + √(2/3)|1⟩ "
            "the window [E − √V, E + √V] = [0.195, 1.138] contains only E = 1, so χ_E = |1⟩⟨1|; the "
            "ensemble entropy rises from 0 to 0.290 at t = 1 (α𝒩/ħ = 1), where Ṡ = −0.0929 < 0, and "
            "returns to 0. A decreasing Hilbert–Schmidt distance to χ does not imply increasing entropy."),
        units="entropy in nats; time in ħ/(α𝒩)",
    ),
]
