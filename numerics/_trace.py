"""A marker for engine functions that compute no result: thread and BLAS control, cache keys.

``@bookkeeping`` sets one attribute on the function and changes nothing else.  A route tracer
(the checker's ``claims.core.tracer``) does not record a marked function, nor the functions
nested in it: two routes that both run it are not thereby dependent.  The attribute is the
whole interface, so engines never import the checker.
"""

from __future__ import annotations

#: the attribute a tracer reads (a marked function, or a wrapper copying its ``__dict__``)
MARK = "__bookkeeping__"


def bookkeeping(fn):
    """Mark ``fn`` as bookkeeping (it computes no result a claim could depend on)."""
    setattr(fn, MARK, True)
    return fn
