"""A mention: one place where the manuscript states a quantity."""

from claims.core.api import CONFIRMED, Claim, not_checkable

K = "lmg_dephasing"


def mention(label, q, location, statement, stated, quote, expect=CONFIRMED, **kw):
    return Claim(id=f"{K}:{label}", quantity=q, location=location, statement=statement,
                 stated=stated, quote=quote, expect=expect, **kw)


def lost(what: str, computed: str):
    """Expected verdict of a mention whose printed value the extraction lost."""
    return not_checkable(f"value lost in extraction: {what}; the tool computes {computed}")
