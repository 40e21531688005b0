"""Claims of the LMG Leggett–Garg paper (``lmg_lgi``, manuscript 002_9e6c3c1b1fdb9ba8.txt)."""

from __future__ import annotations

import sympy as sp

from derive import lmg_lgi as D
from numerics import lmg_lgi as N

from ..judges import Expression, Value
from ..model import Claim, Outcome, Paper
from .lmg_lgi_dynamics import CLAIMS as DYNAMICS_CLAIMS

PAPER = Paper(
    key="lmg_lgi",
    title="Classically forbidden signatures of quantum coherence in the mesoscopic "
          "Lipkin–Meshkov–Glick model",
    manuscript="002_9e6c3c1b1fdb9ba8.txt",
    arxiv="2604.18638",
)


def _s_inst_exact(g: str) -> Outcome:
    v = D.instanton_action_at(g)
    return Outcome(value=v, exact=True, text=f"{sp.N(v, 12)} (exact integral at Γ/J = {g})")


def _s_inst_quad(g: str) -> Outcome:
    return Outcome(value=N.instanton_action_by_quadrature(g),
                   details=f"tanh-sinh quadrature of Eq. (51) at Γ/J = {g}, 30 digits")


CLAIMS = [
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
    *DYNAMICS_CLAIMS,
]
