"""Two-stage decision of symbolic equality.

Stage 1 (exact): ``a - b`` reduced to zero by SymPy (``cancel``/``expand``,
then ``simplify``).  Stage 2 (numeric): evaluation at seeded random points of
a stated domain with mpmath at raised precision; a point where the two sides
differ beyond the tolerance is a counterexample.  The stage that decided is
recorded, after the model of ``sympy.core.random.verify_numerically``.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass

import mpmath
import sympy as sp

from derive import _domain

DEFAULT_DOMAIN = (0.1, 3.0)  # positive reals away from 0: avoids most branch cuts and poles


@dataclass(frozen=True)
class Equivalence:
    """Outcome of :func:`equivalent`.

    ``equal`` is True/False, or None when neither stage could decide
    (e.g. every sample point hit a singularity).
    """

    equal: bool | None
    stage: str  # 'exact' or 'numeric'
    detail: str
    counterexample: dict | None = None
    max_rel_diff: float | None = None


def _log_form(e: sp.Expr) -> sp.Expr:
    """Inverse hyperbolic/trigonometric functions as logarithms, logs expanded
    (without ``force``: only where the symbols' assumptions make it valid)."""
    return sp.simplify(sp.expand_log(e.rewrite(sp.log)))


def _exact_zero(diff: sp.Expr) -> bool:
    for step in (sp.cancel, sp.expand, sp.simplify, _log_form):
        try:
            if step(diff) == 0:
                return True
        except (TypeError, ValueError, NotImplementedError):  # pragma: no cover - sympy quirks
            continue
    return False


def sample_points(
    symbols: list[sp.Symbol],
    domain: Mapping[sp.Symbol | str, tuple[float, float]] | None = None,
    n: int = 12,
    seed: int = 20261121,
) -> list[dict[sp.Symbol, float]]:
    """Seeded random points; each symbol drawn uniformly from its interval."""
    _domain.integer("equivalence.sample_points", 1, n=n)
    _domain.integer("equivalence.sample_points", 0, seed=seed)
    _domain.intervals("equivalence.sample_points", domain)
    rng = random.Random(seed)
    dom = {}
    for s in symbols:
        if domain and s in domain:
            dom[s] = domain[s]
        elif domain and s.name in domain:
            dom[s] = domain[s.name]
        else:
            dom[s] = DEFAULT_DOMAIN
    return [{s: rng.uniform(*dom[s]) for s in symbols} for _ in range(n)]


def evaluate(expr: sp.Expr, point: Mapping[sp.Symbol, float], dps: int = 30) -> complex | None:
    """Value of ``expr`` at ``point`` with ``dps`` digits; None at a singularity."""
    _domain.integer("equivalence.evaluate", 1, dps=dps)
    with mpmath.workdps(dps):  # raised precision: differences of nearly equal terms
        try:
            v = sp.N(expr.subs({k: sp.Float(v, dps) for k, v in point.items()}), dps)
            c = complex(v)
        except (TypeError, ValueError, ZeroDivisionError):
            return None
    if c != c or abs(c) == float("inf"):
        return None
    return c


def equivalent(
    a: sp.Expr | str,
    b: sp.Expr | str,
    domain: Mapping[sp.Symbol | str, tuple[float, float]] | None = None,
    *,
    rtol: float = 1e-12,
    n: int = 12,
    seed: int = 20261121,
    exact: bool = True,
) -> Equivalence:
    """Decide whether ``a`` and ``b`` are the same expression.

    Parameters
    ----------
    a, b
        SymPy expressions (strings are sympified: they come from our own
        registry, never from manuscript text).
    domain
        Interval per free symbol for the numeric stage.
    rtol
        Relative tolerance of the numeric stage, relative to max(|a|, |b|, 1e-300).
    exact
        Try the exact stage first (switch off for expressions too large to simplify).
    """
    _domain.positive("equivalence.equivalent", rtol=rtol)
    _domain.integer("equivalence.equivalent", 1, n=n)
    _domain.integer("equivalence.equivalent", 0, seed=seed)
    _domain.intervals("equivalence.equivalent", domain)
    a, b = sp.sympify(a), sp.sympify(b)
    diff = a - b
    if exact and _exact_zero(diff):
        return Equivalence(True, "exact", "simplify(a - b) == 0")
    symbols = sorted(diff.free_symbols | a.free_symbols | b.free_symbols, key=lambda s: s.name)
    if not symbols:
        va, vb = evaluate(a, {}), evaluate(b, {})
        return _compare_values([({}, va, vb)], rtol, 1)
    rows = []
    for pt in sample_points(symbols, domain, n, seed):
        rows.append((pt, evaluate(a, pt), evaluate(b, pt)))
    return _compare_values(rows, rtol, n)


def _compare_values(rows, rtol: float, n: int) -> Equivalence:
    worst = 0.0
    used = 0
    for pt, va, vb in rows:
        if va is None or vb is None:
            continue
        used += 1
        scale = max(abs(va), abs(vb), 1e-300)
        rel = abs(va - vb) / scale
        worst = max(worst, rel)
        if rel > rtol:
            shown = {str(k): round(v, 6) for k, v in pt.items()}
            return Equivalence(
                False, "numeric",
                f"differ at {shown}: {_c(va)} vs {_c(vb)} (relative difference {rel:.3g})",
                counterexample=shown, max_rel_diff=rel,
            )
    if used == 0:
        return Equivalence(None, "numeric", "no sample point could be evaluated")
    return Equivalence(True, "numeric",
                       f"equal at {used} seeded points (max relative difference {worst:.2g})",
                       max_rel_diff=worst)


def _c(z: complex) -> str:
    return f"{z.real:.12g}" if abs(z.imag) <= 1e-15 * max(1.0, abs(z)) else f"{z:.12g}"
