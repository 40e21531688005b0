"""Readings that follow the print: how a claim's judged value comes from its printed statement.

A claim whose printed statement is not itself a number judges a *reading* of it: the exponent
of N in "γc ∼ (g√N)⁻¹", the number of a bound "≲ 0.050".  The claim declares how
(``reading_from``, one of :data:`READING_RULES`); when a revision changes the print,
:func:`reading_of` re-reads it by the same rule, and a print the rule cannot read makes the
claim ``undecided`` (it fails the build).  A claim without a declaration gets the rule that
reproduces its registered reading from its registered print (:func:`infer_rule`), if exactly
one does.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from claims.core.reading import StatedValueError, normalise, split_relation

#: Every way a reading may come from a print, in one line.
READING_RULES: dict[str, str] = {
    "number of a bound": "the number of a bound or relation: '≲ 0.050' -> '0.050'",
    "∼ read as ≈": "an order-of-magnitude print read as approximate: '∼ 87' -> '≈ 87'",
    "exponent of N": "the exponent of N in the printed formula: 'γc ∼ (g√N)−1' -> '−1/2'",
    "negated": "the printed number with its sign changed: an exponent '−1' of |γ − γc| read as νz = 1",
    "fixed": "the print states no number (words): any change of the print is undecided",
}


class ReadingError(ValueError):
    """The print cannot be read by the claim's reading rule."""


def reading_of(printed: str, rule: str) -> str:
    """The reading of ``printed`` by ``rule`` (a key of :data:`READING_RULES`).

    Raises
    ------
    ReadingError
        One line: an unknown rule, or a print the rule cannot read.
    """
    if rule not in READING_RULES:
        raise ReadingError(f"unknown reading rule {rule!r}; known: {', '.join(READING_RULES)}")
    try:
        s = normalise(printed)
    except StatedValueError as e:
        raise ReadingError(str(e)) from None
    if rule == "number of a bound":
        rel, rest = split_relation(s)
        if not rel or not re.search(r"\d", rest):
            raise ReadingError(f"{printed!r} is not a relation with a number")
        return printed.strip()[len(printed.strip()) - len(rest):].strip() if rest else rest
    if rule == "∼ read as ≈":
        rel, rest = split_relation(s)
        if rel not in ("∼", "~"):
            raise ReadingError(f"{printed!r} does not start with ∼")
        return "≈ " + printed.strip().lstrip("∼~").strip()
    if rule == "exponent of N":
        return _exponent_of_n(printed)
    if rule == "negated":
        return _negated(printed)
    raise ReadingError(f"the print {printed!r} states no number: rule 'fixed' cannot re-read it")


def _exponent_of_n(printed: str) -> str:
    from claims.text.formula import FormulaError, parse

    text = re.sub(r"\)\s*([-−]?\d+(?:/\d+)?)\s*$", r")^(\1)", printed.strip())  # lost superscript
    try:
        e = parse(text)
    except FormulaError as err:
        raise ReadingError(f"cannot read the formula {printed!r}: {err}") from None
    n = next((s for s in e.free_symbols if s.name == "N"), None)
    if n is None:
        raise ReadingError(f"no N in {printed!r}")
    k = sp.simplify(n * sp.diff(e, n) / e)
    if not k.is_Rational:
        raise ReadingError(f"{printed!r} is not a power of N")
    q = Fraction(int(k.p), int(k.q))
    return str(q).replace("-", "−")


def _negated(printed: str) -> str:
    """``printed`` (a number, ``x ± u`` or a range, no relation) with its sign changed."""
    from claims.core.reading import parse_stated

    p = printed.strip()
    try:
        parse_stated(p)
    except StatedValueError as e:
        raise ReadingError(f"{printed!r} is not a number: {e}") from None
    rel, _rest = split_relation(normalise(p))
    if rel:
        raise ReadingError(f"{printed!r} is a relation: negating it would turn it round")
    if re.search(r"\d\s*[–—-]\s*[-−]?\d", p.lstrip("-−+")) and not re.search(r"±", p):
        raise ReadingError(f"{printed!r} is a range: negate its ends by hand")
    if p[:1] in "-−":
        return p[1:].lstrip()
    return "−" + p.lstrip("+")


def _same(a: str, b: str) -> bool:
    ca, cb = "".join(normalise(a).split()), "".join(normalise(b).split())
    if ca == cb:
        return True
    try:
        return Fraction(ca) == Fraction(cb)
    except (ValueError, ZeroDivisionError):
        return False


def infer_rule(printed: str, reading: str) -> str | None:
    """The one rule of :data:`READING_RULES` that gives ``reading`` from ``printed``, else None."""
    hits = []
    for rule in READING_RULES:
        if rule == "fixed":
            continue
        try:
            if _same(reading_of(printed, rule), reading):
                hits.append(rule)
        except (ReadingError, StatedValueError):
            continue
    return hits[0] if len(hits) == 1 else None


def rule_of(claim) -> str:
    """The claim's declared reading rule (``reading_from``, when it is a key of
    :data:`READING_RULES`), else the one rule that reproduces its registered reading from its
    registered print, else ``fixed``.

    A ``reading_from`` that is a description rather than a rule key (``"width ∝ N^(−1/2): the
    exponent of N"``) explains the reading; the rule is then inferred, as for a claim without
    one, so a changed print is re-read whenever one rule reproduces the registered reading.
    """
    declared = getattr(claim, "reading_from", None)
    if declared in READING_RULES:
        return declared
    return infer_rule(claim.stated, claim.reading) or "fixed"
