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
    "Property", "Q", "Quantity", "Route", "Value", "conditional", "mentions", "not_checkable",
    "refuted", "undecided",
]


def mentions(paper: str, location: str | None = None):
    """A factory of mentions for one section module: ``m = mentions("lmg_lgi", "§10")`` then
    ``m(label, quantity, statement, stated, quote, expect=..., **kw)`` is the Claim
    ``lmg_lgi:<label>`` (expected confirmed unless ``expect``, keyword or the argument after the
    quote, says otherwise).  Without a
    default ``location`` the location is the third positional argument:
    ``m(label, quantity, location, statement, stated, quote, ...)``."""

    def m(label, quantity, *args, **kw):
        names = ["statement", "stated", "quote", "expect"]
        if location is None:
            names.insert(0, "location")
        if len(args) > len(names):
            raise TypeError(f"{paper}:{label}: too many positional arguments for a mention")
        for name, value in zip(names, args):
            if name in kw:
                raise TypeError(f"{paper}:{label}: {name} given twice")
            kw[name] = value
        kw.setdefault("location", location)
        kw["expect"] = kw.get("expect") or CONFIRMED
        return Claim(id=f"{paper}:{label}", quantity=quantity, **kw)

    return m
