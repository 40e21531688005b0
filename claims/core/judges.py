"""Judges: from two route outcomes and a stated value to a verdict.

Every judge first checks that the two routes agree with each other (a
disagreement is a defect of ours: verdict ``disagree``), then compares the
agreed result with what the manuscript states.

* :class:`Value` - a number, compared with the interval its printing implies.
* :class:`Expression` - a closed form, decided by :func:`derive.equivalence.equivalent`.
* :class:`Property` - a general statement ("for every state ..."), decided by a
  proof/derivation route and a counterexample search.
* :class:`NotCheckable` - no definite content (or value lost in extraction);
  routes, when given, are still run and their value shown.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import mpmath
import sympy as sp

from derive.equivalence import equivalent

from claims.core.model import Evidence, Outcome, Severity, Verdict
from claims.core.reading import Interval, StatedValueError, parse_stated, severity_is_minor

DEFAULT_AGREE_RTOL = 1e-8  # routes computed independently in double precision or better


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    reason: str
    evidence: Evidence | None = None
    severity: Severity | None = None
    interval: Interval | None = None
    decided_by: str | None = None


def as_outcome(x: Any) -> Outcome | None:
    """Wrap a plain route value into an Outcome."""
    if x is None or isinstance(x, Outcome):
        return x
    if isinstance(x, bool):
        return Outcome(holds=x, text="holds" if x else "fails")
    exact = isinstance(x, (int, Fraction, sp.Basic)) and not isinstance(x, sp.Float)
    return Outcome(value=x, exact=exact)


def render(o: Outcome | None) -> str | None:
    if o is None:
        return None
    if o.text:
        return o.text
    if callable(o.value):
        return "a function, evaluated at seeded points against the derivation"
    if o.value is None:
        if o.holds is None:
            return o.undecided and f"undecided: {o.undecided}"
        return "holds" + (f" if {o.condition}" if o.condition else "") if o.holds else (
            "fails" + (f": {o.counterexample}" if o.counterexample else ""))
    return fmt_value(o.value, o.uncertainty)


def fmt_value(v: Any, unc: float | None = None) -> str:
    if isinstance(v, sp.Basic) and not v.is_number:
        return sp.sstr(v)
    if isinstance(v, (sp.Rational, int, Fraction)) and not isinstance(v, bool):
        r = sp.Rational(v) if not isinstance(v, Fraction) else sp.Rational(v.numerator, v.denominator)
        if r.q == 1 or r.q < 10**6:
            s = str(r)
            return s if r.q == 1 else f"{s} = {float(r):.10g}"
    if isinstance(v, sp.Basic) and v.is_number and not isinstance(v, sp.Float):
        return f"{sp.sstr(v)} = {mpmath.nstr(to_mpf(v), 15)}"
    x = to_mpf(v)
    s = mpmath.nstr(x, 12)
    if unc is not None:
        s += f" ± {unc:.2g}"
    return s


def to_mpf(v: Any) -> mpmath.mpf:
    if isinstance(v, Fraction):
        return mpmath.mpf(v.numerator) / v.denominator
    if isinstance(v, sp.Basic):
        return mpmath.mpf(sp.N(v, 30)) if v.is_real is not False else mpmath.mpc(sp.N(v, 30))
    return mpmath.mpf(v)


def to_fraction(v: Any) -> Fraction:
    """Exact rational image of a real value (via 30 digits for irrational SymPy numbers)."""
    if isinstance(v, Fraction):
        return v
    if isinstance(v, int):
        return Fraction(v)
    if isinstance(v, sp.Rational):
        return Fraction(int(v.p), int(v.q))
    if isinstance(v, sp.Basic):
        v = sp.N(v, 30)
        return Fraction(str(v))
    if isinstance(v, mpmath.mpf):
        return Fraction(mpmath.nstr(v, 30, min_fixed=-math.inf, max_fixed=math.inf))
    return Fraction(float(v))


def _undecided(d: Outcome | None, n: Outcome | None) -> str | None:
    reasons = [f"{name}: {o.undecided}" for name, o in (("derivation", d), ("numerics", n))
               if o is not None and o.undecided]
    return "; ".join(reasons) or None


@dataclass(frozen=True)
class Value:
    """A stated number.

    Parameters
    ----------
    agree_rtol, agree_atol
        How closely the two routes must agree.  A statistical numeric route
        (``Outcome.uncertainty``) agrees within ``sigmas`` standard errors.
    tol_reason
        Required whenever the agreement tolerance is loosened beyond the default.
    """

    agree_rtol: float = DEFAULT_AGREE_RTOL
    agree_atol: float = 0.0
    sigmas: float = 4.0
    tol_reason: str = ""
    needs_routes: bool = True

    def __post_init__(self) -> None:
        if (self.agree_rtol > DEFAULT_AGREE_RTOL or self.agree_atol > 0) and not self.tol_reason:
            raise ValueError("a loosened agreement tolerance needs tol_reason")

    def agree(self, d: Outcome, n: Outcome) -> tuple[bool, str]:
        a, b = to_mpf(d.value), to_mpf(n.value)
        diff = abs(a - b)
        unc = math.hypot(d.uncertainty or 0.0, n.uncertainty or 0.0)
        bound = max(self.agree_atol, self.agree_rtol * max(abs(a), abs(b)), self.sigmas * unc)
        why = (f"routes differ by {mpmath.nstr(diff, 3)} "
               f"(allowed {mpmath.nstr(mpmath.mpf(bound), 3)})")
        return diff <= bound, why

    def __call__(self, stated: str, d: Outcome | None, n: Outcome | None) -> Judgement:
        if und := _undecided(d, n):
            return Judgement(Verdict.UNDECIDED, und)
        if d is not None and n is not None:
            ok, why = self.agree(d, n)
            if not ok:
                return Judgement(Verdict.DISAGREE, f"derivation {render(d)} vs numerics {render(n)}: {why}")
        best = d if d is not None else n
        if best is None:
            return Judgement(Verdict.UNDECIDED, "no route available")
        evidence = Evidence.EXACT if best.exact else Evidence.NUMERIC
        if not stated.strip():
            return Judgement(Verdict.NOT_CHECKABLE,
                             f"stated value lost in extraction; the tool computes {render(best)}",
                             evidence)
        try:
            iv = parse_stated(stated)
        except StatedValueError as e:
            return Judgement(Verdict.NOT_CHECKABLE, f"stated value not understood: {e}", evidence)
        x = to_fraction(best.value)
        if best.uncertainty:  # statistical: the interval must be reached within sigmas
            inside = iv.distance(x) <= Fraction(self.sigmas * best.uncertainty)
        else:
            inside = iv.contains(x)
        lo, hi = iv.render()
        where = f"stated {stated.strip()} means [{lo}, {hi}] ({iv.rule})"
        if inside:
            if best.condition:
                return Judgement(Verdict.CONDITIONAL, f"holds only if {best.condition}; {where}",
                                 evidence, interval=iv)
            return Judgement(Verdict.CONFIRMED, f"{render(best)} lies in {where}", evidence,
                             interval=iv)
        sev = Severity.MINOR if severity_is_minor(iv, x) else Severity.GROSS
        return Judgement(Verdict.REFUTED, f"correct value {render(best)}; {where}", evidence, sev, iv)


@dataclass(frozen=True)
class Expression:
    """A stated closed form.

    Parameters
    ----------
    transcription
        The printed expression in SymPy syntax (the extraction often breaks the
        printed form; ``Claim.stated`` keeps it as printed).
    symbols
        Names and sampling intervals of the free symbols.
    assumptions
        Extra SymPy assumptions for the symbols (e.g. ``positive=True``).
    """

    transcription: str
    symbols: dict[str, tuple[float, float]] = field(default_factory=dict)
    agree_rtol: float = 1e-8
    tol_reason: str = ""
    points: int = 8
    needs_routes: bool = True

    def __post_init__(self) -> None:
        if self.agree_rtol > 1e-8 and not self.tol_reason:
            raise ValueError("a loosened agreement tolerance needs tol_reason")

    def __call__(self, stated: str, d: Outcome | None, n: Outcome | None) -> Judgement:
        if und := _undecided(d, n):
            return Judgement(Verdict.UNDECIDED, und)
        if d is None:
            return Judgement(Verdict.UNDECIDED, "expression claims need a derivation route")
        derived = sp.sympify(d.value)
        syms = {s.name: s for s in derived.free_symbols}
        target = sp.sympify(self.transcription, locals=syms)
        domain = dict(self.symbols)
        if n is not None:  # numeric route: callable evaluated at seeded points vs the derivation
            f = n.value
            worst = 0.0
            from derive.equivalence import sample_points
            for pt in sample_points(sorted(derived.free_symbols, key=lambda s: s.name),
                                    domain, self.points, seed=7):
                dv = complex(sp.N(derived.subs(pt), 20))
                nv = complex(f(**{k.name: v for k, v in pt.items()}))
                rel = abs(dv - nv) / max(abs(dv), abs(nv), 1e-300)
                worst = max(worst, rel)
                if rel > self.agree_rtol:
                    pts = {k.name: round(v, 6) for k, v in pt.items()}
                    return Judgement(Verdict.DISAGREE,
                                     f"derivation {dv:.12g} vs numerics {nv:.12g} at {pts}")
        eq = equivalent(derived, target, domain)
        decided = f"{eq.stage}: {eq.detail}"
        ev = Evidence.EXACT if eq.stage == "exact" else Evidence.NUMERIC
        if eq.equal is None:
            return Judgement(Verdict.UNDECIDED, eq.detail, decided_by=decided)
        if eq.equal:
            if d.condition:
                return Judgement(Verdict.CONDITIONAL, f"holds only if {d.condition}", ev,
                                 decided_by=decided)
            return Judgement(Verdict.CONFIRMED, f"derivation gives {sp.sstr(derived)}", ev,
                             decided_by=decided)
        return Judgement(Verdict.REFUTED,
                         f"correct expression {sp.sstr(derived)}; the stated form {self.transcription} "
                         f"{eq.detail}", ev, Severity.GROSS, decided_by=decided)


@dataclass(frozen=True)
class Property:
    """A general statement decided by a derivation (proof or exact counterexample)
    and an independent numerical search.

    Both routes return an :class:`~claims.core.model.Outcome` with ``holds`` set;
    ``condition`` names an unstated assumption under which it holds (then both
    routes must name one), ``counterexample`` a concrete failing case.
    """

    needs_routes: bool = True

    def __call__(self, stated: str, d: Outcome | None, n: Outcome | None) -> Judgement:
        if und := _undecided(d, n):
            return Judgement(Verdict.UNDECIDED, und)
        outs = [o for o in (d, n) if o is not None]
        if not outs:
            return Judgement(Verdict.UNDECIDED, "no route available")
        holds = {o.holds for o in outs}
        conds = {bool(o.condition) for o in outs}
        if len(holds) > 1 or len(conds) > 1 or None in holds:
            return Judgement(Verdict.DISAGREE,
                             f"derivation: {render(d)}; numerics: {render(n)}")
        ce = next((o.counterexample for o in (n, d) if o is not None and o.counterexample), None)
        exact = d is not None and d.exact
        if outs[0].holds:
            if outs[0].condition:
                ev = Evidence.COUNTEREXAMPLE if ce else (Evidence.EXACT if exact else Evidence.NUMERIC)
                why = f"holds only if {outs[0].condition}"
                if ce:
                    why += f"; without it: {ce}"
                return Judgement(Verdict.CONDITIONAL, why, ev)
            return Judgement(Verdict.CONFIRMED, render(d) or render(n) or "holds",
                             Evidence.EXACT if exact else Evidence.NUMERIC)
        return Judgement(Verdict.REFUTED, f"counterexample: {ce}" if ce else (render(d) or ""),
                         Evidence.COUNTEREXAMPLE if ce else (Evidence.EXACT if exact else Evidence.NUMERIC),
                         Severity.GROSS)


@dataclass(frozen=True)
class NotCheckable:
    """No definite mathematical content.  Routes, if any, are run for display."""

    reason: str
    needs_routes: bool = False

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise ValueError("NotCheckable needs a reason")

    def __call__(self, stated: str, d: Outcome | None, n: Outcome | None) -> Judgement:
        shown = render(d) or render(n)
        extra = f"; the tool computes {shown}" if shown else ""
        return Judgement(Verdict.NOT_CHECKABLE, self.reason + extra)
