"""Input-domain guards of the derivations: the same guards as the engines
(:mod:`numerics._domain`, one implementation); see there."""

from numerics._domain import (  # noqa: F401
    array,
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
