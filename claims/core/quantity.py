"""A quantity: one computed thing with its two routes, defined once and judged at each mention.

A number restated in the abstract, a table and an appendix is one :class:`Quantity` and
three mentions (:class:`claims.core.model.Claim` records with ``quantity=``).  The routes are
:class:`claims.core.inputs.Route` objects: functions of the paper's declared inputs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from claims.core.inputs import DEFAULT_POINTS, InputError, Inputs, Route

_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*:[a-z0-9][a-z0-9_.\-]*$")


@dataclass(frozen=True)
class Quantity:
    """One quantity with its derivation and its independent numerical route.

    Parameters
    ----------
    id
        ``"<paper>:<label>"``, unique in the registry.
    what
        What the quantity is, in words ("the 5-level violation threshold γ*").
    judge
        ``Value()``, ``Expression(...)``, ``Property(...)`` or ``NotCheckable(...)``.
    derivation, numeric
        :class:`Route` objects (``numeric`` may be ``None`` only with ``absent_reason``).
    inputs
        The paper's declared inputs (``INPUTS``); the routes bind to them.
    points
        Seeded points away from the paper's point at which the routes must agree (k ≥ 3).
    pure_number
        Why the value does not depend on any input (required when no route takes one and the
        judge is a Value): a quantity whose routes ignore every input is otherwise a defect.
    shared
        Project functions both routes may execute, each with the reason it is a building block
        (a Hamiltonian builder, a basis), not a function that computes the result.
        Keys are qualified names or prefixes (``"numerics.lmg.hamiltonian"``).
    units
        Units of the value the routes return.
    """

    id: str
    what: str
    judge: Any
    derivation: Route | None = None
    numeric: Route | None = None
    inputs: Inputs | None = None
    points: int = DEFAULT_POINTS
    pure_number: str = ""
    shared: Mapping[str, str] = field(default_factory=dict)
    units: str = ""
    absent_reason: str = ""
    time_limit: float | None = None

    def __post_init__(self) -> None:
        if not _ID.match(self.id):
            raise InputError(f"quantity id {self.id!r} must be '<paper>:<label>'")
        if not self.what.strip():
            raise InputError(f"quantity {self.id}: 'what' must say what it is")
        for name in ("derivation", "numeric"):
            r = getattr(self, name)
            if r is not None and not isinstance(r, Route):
                raise InputError(f"quantity {self.id}: {name} must be a Route('module:function', ...)")
        needs = getattr(self.judge, "needs_routes", True)
        if needs and (self.derivation is None or self.numeric is None) and not self.absent_reason.strip():
            raise InputError(f"quantity {self.id}: a missing route needs absent_reason")
        if self.points < DEFAULT_POINTS:
            raise InputError(f"quantity {self.id}: points must be ≥ {DEFAULT_POINTS}")
        for k, why in dict(self.shared).items():
            if not str(why).strip():
                raise InputError(f"quantity {self.id}: shared function {k} needs a reason")
        object.__setattr__(self, "shared", dict(self.shared))

    @property
    def paper(self) -> str:
        return self.id.partition(":")[0]

    def routes(self) -> dict[str, Route]:
        return {k: r for k, r in (("derivation", self.derivation), ("numeric", self.numeric))
                if r is not None}

    def __hash__(self) -> int:
        return hash(self.id)
