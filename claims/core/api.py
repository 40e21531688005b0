"""What a paper's claim table imports: records, judges and expected verdicts.

Importing this module imports no engine (no NumPy, SciPy, SymPy or mpmath): routes,
predicates and figures are named by ``"module:function"`` and imported when a claim runs.
See docs/framework.md.
"""

from claims.core.inputs import Input, Inputs, Q, Route
from claims.core.judges import Expression, NotCheckable, Property, Value
from claims.core.model import (
    CONFIRMED,
    Claim,
    Outcome,
    Paper,
    conditional,
    not_checkable,
    refuted,
    undecided,
)
from claims.core.quantity import Quantity

__all__ = [
    "CONFIRMED", "Claim", "Expression", "Input", "Inputs", "NotCheckable", "Outcome", "Paper",
    "Property", "Q", "Quantity", "Route", "Value", "conditional", "not_checkable", "refuted",
    "undecided",
]
