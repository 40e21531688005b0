"""Immutable records: papers, claims, route outcomes and results.

A :class:`Claim` pairs one statement of a manuscript with two independent
routes to it (a *derivation* and a *numerical check*) and a *judge* that
turns the two outcomes and the stated value into a verdict.  Claims are
validated at construction; a malformed claim is an error at import time of
its paper module, never a silent gap in the audit.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_LABEL = re.compile(r"^[a-z0-9][a-z0-9_.\-]*$")


class Verdict(str, enum.Enum):
    """What the audit concludes about one claim."""

    CONFIRMED = "confirmed"  # both routes agree with each other and with the statement
    REFUTED = "refuted"  # both routes agree, the statement is wrong
    CONDITIONAL = "conditional"  # holds only under an assumption the paper does not state
    UNDECIDED = "undecided"  # precision or time ran out
    NOT_CHECKABLE = "not_checkable"  # no definite mathematical content, or value lost
    ERROR = "error"  # a check raised: a defect of ours or of the input
    DISAGREE = "disagree"  # the two routes disagree: a defect of ours
    DEPENDENT = "dependent"  # the two routes share a function that computes the result: ours
    INSENSITIVE = "insensitive"  # both routes ignore every input they are given: ours

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


class Evidence(str, enum.Enum):
    """What decided the verdict."""

    EXACT = "exact"  # symbolic simplification / exact arithmetic
    NUMERIC = "numeric"  # numerical evaluation (possibly at seeded random points)
    COUNTEREXAMPLE = "counterexample"  # a concrete counterexample was found and verified

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


class Severity(str, enum.Enum):
    """How far a refuted number is from its statement."""

    MINOR = "minor"  # only just outside the printed rounding (off by one in the last digit)
    GROSS = "gross"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


#: Verdicts that are defects of the checker (or of a claim's routes), never of the manuscript.
DEFECTS = frozenset({"error", "disagree", "dependent", "insensitive"})

NEEDS_REASON = frozenset(
    {Verdict.REFUTED, Verdict.CONDITIONAL, Verdict.UNDECIDED, Verdict.NOT_CHECKABLE}
)


@dataclass(frozen=True)
class Paper:
    """A manuscript under audit."""

    key: str
    title: str
    manuscript: str  # path relative to the paper's package, the config file or a manuscripts folder
    arxiv: str | None = None
    #: every claim of the paper is on the earned-verdicts framework (quantities with routes
    #: of declared inputs, properties decided by the judge); the registry rules then apply
    earned: bool = False
    inputs: Any = None  # the paper's declared inputs (claims.core.inputs.Inputs)

    def __post_init__(self) -> None:
        if not self.key.isidentifier():
            raise ValueError(f"paper key {self.key!r} must be a valid identifier")
        if not self.title or not self.manuscript:
            raise ValueError(f"paper {self.key!r} needs a title and a manuscript file name")


@dataclass(frozen=True)
class Expect:
    """The verdict the registry expects, with the reason for anything but confirmed.

    This is data about the manuscript (what a careful reader concluded and the
    mathematics confirms); the audit recomputes the verdict every run and a
    mismatch fails the tests and the CLI.
    """

    verdict: Verdict
    reason: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "verdict", Verdict(self.verdict))
        if self.verdict.value in DEFECTS:
            raise ValueError("a claim may never be expected to end in error or disagree")
        if self.verdict is not Verdict.CONFIRMED and not self.reason.strip():
            raise ValueError(f"expected verdict {self.verdict.value!r} needs a reason")


CONFIRMED = Expect(Verdict.CONFIRMED)


def refuted(reason: str) -> Expect:
    return Expect(Verdict.REFUTED, reason)


def conditional(reason: str) -> Expect:
    return Expect(Verdict.CONDITIONAL, reason)


def not_checkable(reason: str) -> Expect:
    return Expect(Verdict.NOT_CHECKABLE, reason)


def undecided(reason: str) -> Expect:
    return Expect(Verdict.UNDECIDED, reason)


@dataclass(frozen=True)
class Outcome:
    """What one route produced.

    Parameters
    ----------
    value
        A number (int, float, ``mpmath.mpf``, SymPy number), a SymPy expression,
        or ``None`` for property routes.
    text
        Human-readable rendering; defaults to ``str(value)``.
    exact
        True when the value was obtained exactly (symbolic or rational
        arithmetic).  Decides the recorded evidence.
    uncertainty
        Absolute one-sigma uncertainty of a statistical value (simulation).
    holds
        For property claims: does the statement hold (under ``condition``)?
    condition
        An assumption, not stated by the paper, under which the statement holds.
    counterexample
        A concrete, reproducible counterexample (readable text).
    undecided
        Reason why this route could not decide (precision, time).
    details
        Longer explanation for reports (method, parameters, seeds).
    """

    value: Any = None
    text: str = ""
    exact: bool = False
    uncertainty: float | None = None
    holds: bool | None = None
    condition: str | None = None
    counterexample: str | None = None
    undecided: str | None = None
    details: str = ""
    #: property routes on the framework: candidate instances (the judge evaluates the paper's
    #: statement and assumptions on each), the size of the search that produced them, and a
    #: proof object (a SymPy expression that must simplify to zero, or a SymPy Boolean)
    instances: tuple | None = None
    searched: int | None = None
    proof: Any = None


@dataclass(frozen=True)
class Result:
    """The audit's result for one claim (one row of the report)."""

    claim_id: str
    verdict: Verdict
    expected: Verdict
    reason: str
    evidence: Evidence | None = None
    severity: Severity | None = None
    derived: str | None = None
    numeric: str | None = None
    interval: tuple[str, str] | None = None
    decided_by: str | None = None  # e.g. "exact: simplify" or "numeric: 12 seeded points"
    details: str = ""
    seconds: float = 0.0
    derived_mathml: str | None = None  # the derivation's expression as presentation MathML
    seed_info: str | None = None
    quantity: str | None = None  # id of the quantity this claim mentions
    inputs: dict | None = None  # input name -> value as used at the paper's point
    cross_check: dict | None = None  # {"points": k, "max_rel_diff": x, "at": [...]}
    trace: dict | None = None  # {"derivation": [...], "numeric": [...], "shared": [...]}
    rule: str | None = None  # the reading rule that decided
    inherited_from: str | None = None  # root of an inherited error
    instances_checked: int | None = None  # properties: instances the judge evaluated

    @property
    def as_expected(self) -> bool:
        return self.verdict is self.expected


Route = Callable[[], Any]


@dataclass(frozen=True)
class Claim:
    """One stated result of a manuscript with its two routes.

    Parameters
    ----------
    id
        ``"<paper>:<label>"``; stable across revisions of the registry.
    location
        Section, equation, table row (e.g. ``"§5, Eq. (51)"``).
    statement
        What the paper asserts, in words.
    stated
        The value or expression exactly as printed (may be ``""`` only when the
        extraction lost it, which the judge reports as not checkable).
    quote
        A short verbatim snippet of the manuscript around the statement,
        enough to find it uniquely.
    judge
        Turns the routes' outcomes and the stated value into a verdict
        (see :mod:`claims.core.judges`).
    derivation, numeric
        Zero-argument callables returning an :class:`Outcome` or a plain value.
        Either may be ``None`` only with ``absent_reason``.
    expect
        The expected verdict with its reason.
    units
        Units and conventions of the stated value (ħ = 1, rad/s, ...).
    figures
        Zero-argument callables returning a matplotlib Figure for reports.
    reading
        When the printed statement is not itself a number ("γc ∼ (g√N)⁻¹"),
        the value it asserts in the judge's terms ("−1/2", the exponent of N);
        ``stated`` keeps the print.
    """

    id: str
    location: str
    statement: str
    stated: str
    quote: str
    judge: Any = None
    derivation: Route | None = None
    numeric: Route | None = None
    expect: Expect = CONFIRMED
    units: str = ""
    absent_reason: str = ""
    figures: tuple[Callable[[], Any], ...] = field(default_factory=tuple)
    time_limit: float | None = None  # seconds; None means the runner's default
    reading: str = ""  # the printed statement read as a value, when the print is not a number itself
    #: the quantity this claim mentions (a Quantity record; its judge and routes are used)
    quantity: Any = None
    at: Any = None  # input overrides for this mention (a table row at another N)
    #: a number the paper computed from a printed upstream number: route parameter -> the input
    #: holding the printed upstream value; an error inherited from it is reported at its root
    consistency: Any = None
    reading_from: str = ""  # how the reading comes from the print (e.g. "exponent of N")
    #: a table cell mention: (claims.text.tables.Table, row label, column name), re-read by position
    cell: Any = None

    @property
    def judged_value(self) -> str:
        """What the judge compares: the reading of the printed statement, or the printed value."""
        return self.reading or self.stated

    def __post_init__(self) -> None:
        paper, sep, label = self.id.partition(":")
        if not sep or not paper.isidentifier() or not _LABEL.match(label):
            raise ValueError(
                f"claim id {self.id!r} must be '<paper>:<label>' with paper a valid identifier "
                "and a lower-case label of letters, digits, '_', '.', '-'"
            )
        for name in ("location", "statement"):
            if not getattr(self, name).strip():
                raise ValueError(f"claim {self.id}: {name} must not be empty")
        if self.quantity is not None:
            from claims.core.quantity import Quantity

            if not isinstance(self.quantity, Quantity):
                raise ValueError(f"claim {self.id}: quantity= must be a Quantity record")
            if self.derivation is not None or self.numeric is not None:
                raise ValueError(f"claim {self.id}: a mention takes its routes from its quantity")
            if self.judge is None:
                object.__setattr__(self, "judge", self.quantity.judge)
            for name in ("at", "consistency"):
                v = getattr(self, name)
                if v is not None:
                    object.__setattr__(self, name, tuple(sorted(dict(v).items())))
        if self.judge is None:
            raise ValueError(f"claim {self.id}: a judge is required")
        needs_routes = getattr(self.judge, "needs_routes", True)
        if self.quantity is None and needs_routes and (self.derivation is None or self.numeric is None):
            if not self.absent_reason.strip():
                raise ValueError(
                    f"claim {self.id}: a missing derivation or numerical route needs absent_reason"
                )
        if not isinstance(self.figures, tuple):
            object.__setattr__(self, "figures", tuple(self.figures))

    def figure_functions(self) -> tuple[Callable[[], Any], ...]:
        """The figures as callables (a figure may be named ``"module:function"``)."""
        import importlib

        out = []
        for f in self.figures:
            if isinstance(f, str):
                mod, _, name = f.partition(":")
                f = getattr(importlib.import_module(mod), name)
            out.append(f)
        return tuple(out)

    @property
    def paper(self) -> str:
        return self.id.partition(":")[0]

    @property
    def label(self) -> str:
        return self.id.partition(":")[2]
