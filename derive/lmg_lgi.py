"""Exact derivations for the LMG Leggett–Garg paper (paper key ``lmg_lgi``).

References
----------
S. Mouslopoulos, "Classically forbidden signatures of quantum coherence in the
mesoscopic Lipkin–Meshkov–Glick model", arXiv:2604.18638 (manuscript
``002_9e6c3c1b1fdb9ba8.txt``).
"""

from __future__ import annotations

import sympy as sp

z = sp.Symbol("z", positive=True)
m_star = sp.Symbol("m_star", positive=True)


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
