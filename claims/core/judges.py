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

import importlib
import math
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from claims.core.model import Evidence, Outcome, Severity, Verdict
from claims.core.reading import Interval, StatedValueError, parse_stated, severity_is_minor


class _Lazy:
    """A module imported on first use: claim records load without SymPy or mpmath."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        mod = importlib.import_module(self._name)
        return getattr(mod, attr)


sp = _Lazy("sympy")
mpmath = _Lazy("mpmath")


def _resolve(ref: Any) -> Any:
    """A predicate given as a callable or as ``"module:function"``."""
    if callable(ref):
        return ref
    mod, sep, name = str(ref).partition(":")
    if not sep:
        raise ValueError(f"predicate {ref!r} must be a callable or 'module:function'")
    obj: Any = importlib.import_module(mod)
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


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
    #: the quantity is an integer by nature (a count, a dimension): a printed integer is then
    #: exact (reading rule ``count``), not a rounded real
    exact_integer: bool = False
    kind = "value"

    def __post_init__(self) -> None:
        if (self.agree_rtol > DEFAULT_AGREE_RTOL or self.agree_atol > 0) and not self.tol_reason:
            raise ValueError("a loosened agreement tolerance needs tol_reason")

    def agreement(self, d: Outcome | None, n: Outcome | None) -> tuple[bool, str] | None:
        """Do the two routes agree (at a seeded point away from the paper's)?"""
        if d is None or n is None or d.value is None or n.value is None:
            return None
        return self.agree(d, n)

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
            iv = parse_stated(stated, exact_integer=self.exact_integer)
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


def _at_20_digits(expr, symbols):
    """``pt -> complex(expr at pt)``, evaluated with 20 significant digits.

    The expression is compiled once to mpmath (``lambdify``) and evaluated at
    ``mpmath.workdps(20)``: every operation carries 20 digits, where ``N(expr.subs(pt), 20)``
    first rebuilds the expression with 15-digit Floats (the automatic evaluation of ``subs``,
    with its assumption queries: ≈ 0.2 s a point for a log-cosh) and so loses digits to
    cancellation (measured on the 69 Expression claims of the bundled papers at their 8 judge
    points, against 40-digit ``evalf``: former ≤ 1.3e-12 relative, this ≤ 7e-16).  Where the
    expression does not compile, or a point does not evaluate to a finite complex number, the
    former ``N(expr.subs(pt), 20)`` is used (and raises as it did)."""
    def former(pt):
        return complex(sp.N(expr.subs(pt), 20))

    try:
        fn = sp.lambdify(symbols, expr, modules="mpmath")
    except Exception:  # noqa: BLE001 - an expression lambdify cannot print: the former path
        return former

    def at(pt):
        try:
            with mpmath.workdps(20):
                v = complex(fn(*[mpmath.mpf(pt[s]) for s in symbols]))
        except Exception:  # noqa: BLE001 - a singular or unprintable point: the former path
            return former(pt)
        if v != v or math.isinf(abs(v)):
            return former(pt)
        return v

    return at


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
    #: symbol name -> keyword of the numeric route's callable, where they are spelled differently
    #: (``{"Gamma": "gamma_over_j"}``); by default the keyword is the symbol's name
    names: dict[str, str] = field(default_factory=dict)
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
            ordered = sorted(derived.free_symbols, key=lambda s: s.name)
            at20 = _at_20_digits(derived, ordered)
            for pt in sample_points(ordered, domain, self.points, seed=7):
                dv = at20(pt)
                nv = complex(f(**{self.names.get(k.name, k.name): v for k, v in pt.items()}))
                rel = abs(dv - nv) / max(abs(dv), abs(nv), 1e-300)
                worst = max(worst, rel)
                if rel > self.agree_rtol:
                    pts = {k.name: round(v, 6) for k, v in pt.items()}
                    return Judgement(Verdict.DISAGREE,
                                     f"derivation {dv:.12g} vs numerics {nv:.12g} at {pts}")
        from derive.equivalence import equivalent

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
class Decision:
    """What one property route's instances or proof show, as the judge evaluates them."""

    kind: str  # 'refuted', 'conditional', 'confirmed', 'undecided'
    why: str
    counterexample: Any = None
    checked: int = 0  # instances on which the judge evaluated the statement
    proof: bool = False


@dataclass(frozen=True)
class Property:
    """A general statement, decided by the judge on the routes' proofs and instances.

    On the earned-verdicts framework (``statement`` given) the paper's statement is a
    predicate over instances and its stated assumptions another; the routes hand over a
    proof object (a SymPy expression that must simplify to zero, or a SymPy Boolean) or
    candidate instances, and the judge evaluates the predicates on every instance itself:

    * refuted iff an instance that satisfies ``assumes`` violates ``statement``;
    * conditional iff every counterexample violates ``condition`` (the missing assumption,
      ``(text, predicate)``) and a proof or a search under the condition finds none;
    * confirmed iff a proof, or a search of recorded size, finds no counterexample.

    Without ``statement`` the judge reads the routes' ``holds`` (the first version's
    protocol, kept for claims not yet on the framework).
    """

    statement: Any = None
    assumes: Any = None
    condition: tuple[str, Any] | None = None
    describe: Any = None  # optional: instance -> short readable text
    needs_routes: bool = True

    def __post_init__(self) -> None:
        if self.condition is not None and (len(self.condition) != 2 or not str(self.condition[0]).strip()):
            raise ValueError("condition must be ('the missing assumption in words', predicate)")
        if self.statement is None and (self.assumes is not None or self.condition is not None):
            raise ValueError("assumes/condition need a statement predicate")

    @property
    def is_predicate_property(self) -> bool:
        return self.statement is not None

    # -- the framework's decision -------------------------------------------------------
    def _show(self, x: Any) -> str:
        if self.describe is not None:
            return str(_resolve(self.describe)(x))
        return _short(x)

    def decide(self, o: Outcome | None) -> Decision | None:
        """Evaluate the paper's statement on one route's proof and instances."""
        if o is None:
            return None
        if o.undecided:
            return Decision("undecided", o.undecided)
        statement = _resolve(self.statement)
        assumes = _resolve(self.assumes) if self.assumes is not None else (lambda x: True)
        cond = _resolve(self.condition[1]) if self.condition else None
        proved = False
        if o.proof is not None:
            proved = _proof_holds(o.proof)
            if proved is None:
                return Decision("undecided", f"proof object not verified: {_short(o.proof)}")
            if proved is False:
                return Decision("refuted", f"the proof object does not vanish: {_short(o.proof)}",
                                counterexample=f"identity fails: {_short(o.proof)}", proof=True)
        admissible = [x for x in (o.instances or ()) if assumes(x)]
        violations = [x for x in admissible if not statement(x)]
        checked = len(admissible)
        searched = max(o.searched or 0, len(o.instances or ()))
        if violations:
            if cond is None:
                ce = violations[0]
                return Decision("refuted", f"counterexample (satisfies the stated assumptions): "
                                f"{self._show(ce)}", ce, checked)
            under = [x for x in violations if cond(x)]
            if under:
                return Decision("refuted", f"counterexample even under '{self.condition[0]}': "
                                f"{self._show(under[0])}", under[0], checked)
            ok_under = [x for x in admissible if cond(x)]
            if proved or ok_under:
                how = "a proof" if proved else f"a search of {len(ok_under)} instances"
                return Decision("conditional", f"holds only if {self.condition[0]} ({how} under it "
                                f"finds no counterexample); without it: {self._show(violations[0])}",
                                violations[0], checked, proved)
            return Decision("undecided", f"every counterexample violates '{self.condition[0]}', but no "
                            "instance under that condition was searched", violations[0], checked)
        if proved:
            return Decision("confirmed", "proved exactly", None, checked, True)
        if checked == 0:
            return Decision("undecided", f"no instance satisfying the stated assumptions "
                            f"({searched} generated)")
        return Decision("confirmed", f"search: {checked} instances satisfying the stated "
                        f"assumptions, no counterexample (of {searched} generated)", None, checked)

    def agreement(self, d: Outcome | None, n: Outcome | None) -> tuple[bool, str] | None:
        if not self.is_predicate_property or d is None or n is None:
            return None
        a, b = self.decide(d), self.decide(n)
        if "undecided" in (a.kind, b.kind):
            return None
        return a.kind == b.kind, f"derivation: {a.kind} ({a.why}); numerics: {b.kind} ({b.why})"

    def __call__(self, stated: str, d: Outcome | None, n: Outcome | None) -> Judgement:
        if not self.is_predicate_property:
            return self._legacy(stated, d, n)
        a, b = self.decide(d), self.decide(n)
        ds = [x for x in (a, b) if x is not None]
        if not ds:
            return Judgement(Verdict.UNDECIDED, "no route available")
        und = [f"{name}: {x.why}" for name, x in (("derivation", a), ("numerics", b))
               if x is not None and x.kind == "undecided"]
        if und:
            return Judgement(Verdict.UNDECIDED, "; ".join(und))
        if len({x.kind for x in ds}) > 1:
            return Judgement(Verdict.DISAGREE, f"derivation: {a and a.kind} ({a and a.why}); "
                             f"numerics: {b and b.kind} ({b and b.why})")
        best = next((x for x in ds if x.proof), ds[0])
        checked = sum(x.checked for x in ds)
        verdict = Verdict(best.kind)
        if verdict is Verdict.CONFIRMED:
            ev = Evidence.EXACT if best.proof else Evidence.NUMERIC
            decided = "exact: proof verified by the judge" if best.proof else \
                f"search: {checked} instances (weaker than a proof)"
            return Judgement(verdict, best.why, ev, decided_by=decided)
        ev = Evidence.COUNTEREXAMPLE if best.counterexample is not None else Evidence.EXACT
        sev = Severity.GROSS if verdict is Verdict.REFUTED else None
        return Judgement(verdict, best.why, ev, sev,
                         decided_by=f"counterexample re-evaluated by the judge ({checked} instances)")

    # -- the first version's protocol ---------------------------------------------------

    def _legacy(self, stated: str, d: Outcome | None, n: Outcome | None) -> Judgement:
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




def _short(x: Any, limit: int = 300) -> str:
    s = x if isinstance(x, str) else repr(x)
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _proof_holds(expr: Any) -> bool | None:
    """A proof object: a SymPy Boolean that evaluates to true, or an expression (or matrix)
    that simplifies to zero.  None when it cannot be decided."""
    if isinstance(expr, bool):
        raise TypeError("a proof object must be a SymPy expression or Boolean, not a bare bool")
    if isinstance(expr, (list, tuple)):
        parts = [_proof_holds(e) for e in expr]
        return False if False in parts else (None if None in parts else True)
    if isinstance(expr, sp.MatrixBase):
        return _proof_holds(list(expr))
    e = sp.sympify(expr) if not isinstance(expr, sp.Basic) else expr
    if e in (sp.true, sp.false):
        return bool(e == sp.true)
    if isinstance(e, sp.logic.boolalg.Boolean) and not isinstance(e, sp.Expr):
        s = sp.simplify(e)
        return True if s == sp.true else (False if s == sp.false else None)
    s = sp.simplify(e)
    if s == 0:
        return True
    if s.free_symbols:
        return None
    try:
        return False if abs(complex(sp.N(s, 30))) > 0 else True
    except (TypeError, ValueError):
        return None


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
