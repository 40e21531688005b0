"""Declared inputs and routes as functions of them.

A paper declares its inputs once — the parameters the manuscript gives, each with its
verbatim quote — and every route is a module-level function whose parameters are bound to
named inputs (or to other quantities).  A route never captures a manuscript number, so it
can be evaluated at the paper's point *and* at seeded points around it.

Nothing here imports an engine: a route is named by ``"module:function"`` and imported
only when a claim runs, so claim records load fast.
"""

from __future__ import annotations

import importlib
import inspect
import math
import random
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

KINDS = ("continuous", "integer", "discrete")
DEFAULT_REL = 0.10  # default neighbourhood of a continuous input: ±10 %
DEFAULT_POINTS = 3  # seeded points away from the paper's point (k ≥ 3)


class InputError(ValueError):
    """A malformed input declaration or route binding."""


@dataclass(frozen=True)
class Input:
    """One parameter the manuscript gives.

    Parameters
    ----------
    name
        Identifier routes bind to (``"N"``, ``"gamma_over_J"``).
    value
        The value the paper uses (an ``int``, ``float``, ``Fraction``, or for discrete
        inputs any hashable choice).
    quote
        Verbatim snippet of the manuscript where the value is given (unique in it).
    units
        Units and conventions (``"rad/s; ħ = 1"``).
    kind
        ``continuous`` (perturbed by ±``rel`` or inside ``around``), ``integer``
        (integers inside ``around``) or ``discrete`` (cycling through ``choices``).
    around
        Neighbourhood ``(lo, hi)`` for the seeded points.
    rel
        Relative half-width of a continuous input's neighbourhood when ``around`` is absent.
    choices
        The alternatives of a discrete input (the paper's value among them).
    location
        Where the paper gives it (section, equation, table).
    """

    name: str
    value: Any
    quote: str = ""
    units: str = ""
    kind: str = "continuous"
    around: tuple[Any, Any] | None = None
    rel: float = DEFAULT_REL
    choices: tuple[Any, ...] = ()
    location: str = ""

    def __post_init__(self) -> None:
        if not self.name.isidentifier():
            raise InputError(f"input name {self.name!r} must be an identifier")
        if self.kind not in KINDS:
            raise InputError(f"input {self.name}: kind must be one of {KINDS}, not {self.kind!r}")
        if self.kind == "discrete":
            if self.value not in self.choices:
                raise InputError(f"input {self.name}: value {self.value!r} not among choices")
        elif self.kind == "integer":
            if isinstance(self.value, bool) or not isinstance(self.value, int):
                raise InputError(f"input {self.name}: integer input needs an int value")
        else:
            v = float(self.value)
            if not math.isfinite(v):
                raise InputError(f"input {self.name}: value must be finite")
        if self.around is not None and not (self.around[0] <= self.value <= self.around[1]):
            raise InputError(f"input {self.name}: value {self.value} outside around={self.around}")
        if not 0 < self.rel < 1:
            raise InputError(f"input {self.name}: rel must lie in (0, 1)")

    def sample(self, rng: random.Random, i: int, center: Any = None) -> Any:
        """The ``i``-th seeded value away from ``center`` (default: the paper's value); the
        declared ``around`` applies at the paper's value, ``±rel`` elsewhere."""
        c = self.value if center is None else center
        around = self.around if c == self.value else None
        if self.kind == "discrete":
            others = [x for x in self.choices if x != c] or [c]
            return others[i % len(others)]
        if self.kind == "integer":
            lo, hi = around or (math.floor(c * (1 - self.rel)), math.ceil(c * (1 + self.rel)))
            if hi - lo < 2:
                lo, hi = c - 1, c + 1
            v = c
            while v == c:
                v = rng.randint(int(lo), int(hi))
            return v
        lo, hi = around or (c * (1 - self.rel), c * (1 + self.rel))
        lo, hi = float(min(lo, hi)), float(max(lo, hi))
        v = rng.uniform(lo, hi)
        if isinstance(c, Fraction):
            return Fraction(v).limit_denominator(10**6)
        return v


class Inputs(Mapping[str, Input]):
    """The declared inputs of one paper, by name (duplicates are an error)."""

    def __init__(self, *inputs: Input) -> None:
        self._by_name: dict[str, Input] = {}
        for x in inputs:
            if not isinstance(x, Input):
                raise InputError(f"Inputs takes Input records, not {type(x).__name__}")
            if x.name in self._by_name:
                raise InputError(f"input {x.name!r} declared twice")
            self._by_name[x.name] = x

    def __getitem__(self, name: str) -> Input:
        try:
            return self._by_name[name]
        except KeyError:
            raise InputError(f"no input named {name!r}; declared: {', '.join(self._by_name)}") from None

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_name)

    def __len__(self) -> int:
        return len(self._by_name)

    def point(self) -> dict[str, Any]:
        """The paper's point: every input at its stated value."""
        return {k: x.value for k, x in self._by_name.items()}

    def __repr__(self) -> str:
        return f"Inputs({', '.join(self._by_name)})"


@dataclass(frozen=True)
class Q:
    """A route argument bound to another quantity (its derivation's value at the same point)."""

    id: str


@dataclass(frozen=True, init=False)
class Route:
    """A module-level function named ``"module:function"`` and its parameter bindings.

    ``Route("numerics.lmg:splitting", N="N", gamma="g")`` binds parameter ``N`` to the input
    ``N`` and ``gamma`` to the input ``g``; parameters not bound explicitly bind to the input
    of the same name, or keep their defaults.  ``fixed`` holds settings that are not
    manuscript numbers (a method, a grid size, a seed).
    """

    target: str
    bindings: tuple[tuple[str, Any], ...]
    fixed: tuple[tuple[str, Any], ...]

    def __init__(self, target: str, fixed: Mapping[str, Any] | None = None, **bindings: Any) -> None:
        mod, sep, fn = target.partition(":")
        if not sep or not mod or not fn.replace(".", "_").isidentifier():
            raise InputError(f"route {target!r} must be 'module:function'")
        for k, v in bindings.items():
            if not isinstance(v, (str, Q)):
                raise InputError(f"route {target}: binding {k}= must name an input or Q('id'), "
                                 f"not {v!r} (a number belongs in the paper's inputs)")
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "bindings", tuple(sorted(bindings.items())))
        object.__setattr__(self, "fixed", tuple(sorted((fixed or {}).items())))

    @property
    def module(self) -> str:
        return self.target.partition(":")[0]

    def resolve(self) -> Callable[..., Any]:
        """Import the function (raises ImportError/AttributeError with the target named)."""
        mod, _, name = self.target.partition(":")
        obj: Any = importlib.import_module(mod)
        for part in name.split("."):
            try:
                obj = getattr(obj, part)
            except AttributeError:
                raise AttributeError(f"route {self.target}: {mod} has no {name}") from None
        if not callable(obj):
            raise InputError(f"route {self.target} is not callable")
        return obj

    def parameters(self, inputs: Mapping[str, Input] | None) -> dict[str, Any]:
        """Map each function parameter to what it is bound to: an input name, a Q, or a fixed value.

        Raises
        ------
        InputError
            A required parameter bound to nothing, or a binding to an undeclared input.
        """
        fn = self.resolve()
        sig = inspect.signature(inspect.unwrap(fn))
        explicit = dict(self.bindings)
        fixed = dict(self.fixed)
        out: dict[str, Any] = {}
        for name, p in sig.parameters.items():
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                continue
            if name in explicit:
                out[name] = explicit.pop(name)
            elif name in fixed:
                out[name] = ("fixed", fixed.pop(name))
            elif inputs is not None and name in inputs:
                out[name] = name
            elif p.default is p.empty:
                raise InputError(f"route {self.target}: parameter {name!r} is bound to nothing "
                                 "(name an input, a Q('id'), or a fixed setting)")
        if explicit or fixed:
            raise InputError(f"route {self.target}: no parameter(s) {', '.join([*explicit, *fixed])}")
        for name, b in out.items():
            if isinstance(b, str) and (inputs is None or b not in inputs):
                raise InputError(f"route {self.target}: parameter {name!r} bound to undeclared input {b!r}")
        return out

    def __str__(self) -> str:
        return self.target


def seeded_points(inputs: Mapping[str, Input], base: Mapping[str, Any], names: list[str],
                  key: str | None = None, k: int = DEFAULT_POINTS) -> list[dict[str, Any]]:
    """``k`` points around ``base`` (the paper's point, or a mention's ``at``): every named input
    moves at once (discrete ones cycle through their alternatives); the other inputs stay at
    ``base``.  The seed is ``key`` when given, else the set of moving inputs, so quantities of
    one paper that follow the same inputs are probed at the same points and an engine memoised
    per process (one diagonalisation, one threshold root) serves every one of them."""
    order = sorted(names)
    rng = random.Random(zlib.crc32((key if key is not None else "|".join(order)).encode()))
    pts = []
    for i in range(k):
        p = dict(base)
        for n in order:
            p[n] = inputs[n].sample(rng, i, base[n])
        pts.append(p)
    return pts
