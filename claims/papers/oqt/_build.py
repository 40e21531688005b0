"""Small constructors shared by the section modules (records only; no engine is imported)."""

from __future__ import annotations

from claims.core.api import Claim, Property, Quantity, Route

P = "claims.papers.oqt.predicates:"

#: every quantity of the paper by id, filled as the section modules define them
BY_ID: dict[str, Quantity] = {}


def prop(id, what, statement, assumes="always", condition=None, derivation=None, numeric=None,
         shared=None, **kw):
    """A Property quantity: predicates named by their function in :mod:`predicates`."""
    judge = Property(statement=P + statement, assumes=P + assumes, describe=P + "show",
                     condition=None if condition is None else (condition[0], P + condition[1]))
    extra = {} if shared is None else {"shared": shared}
    return _keep(Quantity(id=f"oqt:{id}", what=what, judge=judge, derivation=derivation,
                          numeric=numeric, **extra, **kw))


def _keep(q: Quantity) -> Quantity:
    if q.id in BY_ID:
        raise ValueError(f"quantity {q.id} defined twice")
    BY_ID[q.id] = q
    return q


def identity(id, what, name, assumes="always", n=25):
    """An identity of the paper: exact residual (derivation) and seeded instances (numerics)."""
    return prop(id, what, "identity_holds", assumes,
                derivation=Route("derive.oqt:identity_proof", fixed={"identity": name}),
                numeric=Route("numerics.oqt:identity_instances", fixed={"identity": name, "n": n}))


#: ``stated=QUOTE``: the print is the quoted text itself (a statement in words, not a number)
QUOTE = "\x00quote"


def mention(id, quantity, location, statement, stated, quote, expect, **kw):
    """A mention of quantity ``oqt:<quantity>``; ``stated`` is the print exactly (QUOTE: the
    quote itself), so that a revision of the manuscript that changes it is seen."""
    stated = quote if stated == QUOTE else stated
    return Claim(id=f"oqt:{id}", quantity=BY_ID[f"oqt:{quantity}"], location=location,
                 statement=statement, stated=stated, quote=quote, expect=expect, units="ħ = 1",
                 **kw)
