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


def memo(fn):
    """``functools.cache`` keyed by the *bound* arguments: ``f(300, 0.95)``, ``f(N=300, g=0.95)``
    and ``f(300, 0.95, n_levels=5)`` (the default) are one entry, so a result a route computes
    with keywords is reused by an engine that calls it positionally.  ``cache_info`` and
    ``__wrapped__`` are kept, so a route tracer still sees a cache hit as a call of ``fn``; this
    wrapper itself computes nothing (the tracer treats the module as neutral)."""
    import functools
    import inspect

    sig = inspect.signature(fn)
    cached = functools.cache(fn)

    def memoised(*args, **kwargs):
        b = sig.bind(*args, **kwargs)
        b.apply_defaults()
        return cached(*b.args, **b.kwargs)

    functools.update_wrapper(memoised, fn)
    memoised.cache_info = cached.cache_info
    memoised.cache_clear = cached.cache_clear
    return memoised
