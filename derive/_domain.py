"""Input-domain guards of the derivations: the same guards as the engines
(:mod:`numerics._domain`, one implementation); see there.  Also ``memo``, the argument-keyed
cache of :mod:`numerics._trace` (bookkeeping: it computes no result)."""

from numerics._domain import (  # noqa: F401
    array,
    memo,
    doublet,
    field_ratio,
    identifier,
    instance,
    integer,
    interval,
    intervals,
    nonnegative,
    one_of,
    positive,
    real,
    spins,
    tridiagonal,
)
