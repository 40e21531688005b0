"""Input-domain guards of the engines: one ``ValueError`` naming the function, the
argument, its domain and the value received, before any work is done.

Each guard is one call at the top of a public function, e.g. ::

    _domain.doublet("lmg.splitting", N, Gamma, J)
    _domain.positive("lmg.splitting", rel_tol=rel_tol)

Notes
-----
Booleans are not numbers here (``N = True`` is an error, not one spin); NaN and ±inf
are outside every domain; integers must be integers (``numbers.Integral`` or a NumPy
integer), not floats that happen to be whole.
"""

from __future__ import annotations

import math
import numbers

import numpy as np

from numerics._trace import memo  # noqa: F401 - re-exported for derive/ (one neutral import)

__all__ = ["array", "doublet", "field_ratio", "identifier", "instance", "integer", "interval", "intervals",
           "nonnegative", "one_of", "positive", "real", "spins", "tridiagonal"]


def _fail(where: str, name: str, domain: str, value) -> None:
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    raise ValueError(f"{where}: {name} must be {domain}, got {shown}")


def _as_real(value) -> float | None:
    """``value`` as a float when it is a real number (not bool, str or complex), else None."""
    if isinstance(value, (bool, np.bool_, str, bytes)) or isinstance(value, (complex, np.complexfloating)):
        return None
    try:
        import mpmath  # only to tell a finite mpf from an overflowing float conversion

        if isinstance(value, mpmath.mpf):
            if not mpmath.isfinite(value):
                return math.nan
            f = float(value)  # beyond double range: keep the sign and finiteness
            if math.isinf(f):
                return math.copysign(np.finfo(float).max, f)
            return math.copysign(5e-324, value) if f == 0.0 and value != 0 else f
    except ImportError:  # pragma: no cover - mpmath is a dependency
        pass
    try:
        f = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if isinstance(value, (numbers.Real, np.floating, np.integer)):
        return f
    # another real type (Fraction, sympy number): accept when it round-trips as a real
    try:
        if complex(value).imag != 0:
            return None
    except (TypeError, ValueError):
        return None
    return f


def real(where: str, **values) -> None:
    """Each value is a finite real number."""
    for name, v in values.items():
        f = _as_real(v)
        if f is None or not math.isfinite(f):
            _fail(where, name, "a finite real number", v)


def positive(where: str, **values) -> None:
    """Each value is a finite real number > 0 (tolerances, rates, time steps, widths)."""
    for name, v in values.items():
        f = _as_real(v)
        if f is None or not math.isfinite(f) or not f > 0:
            _fail(where, name, "a finite number > 0", v)


def nonnegative(where: str, **values) -> None:
    """Each value is a finite real number ≥ 0."""
    for name, v in values.items():
        f = _as_real(v)
        if f is None or not math.isfinite(f) or f < 0:
            _fail(where, name, "a finite number ≥ 0", v)


def integer(where: str, minimum: int | None = None, maximum: int | None = None, **values) -> None:
    """Each value is an integer (not a bool, not a float) in [minimum, maximum]."""
    for name, v in values.items():
        ok = (isinstance(v, (numbers.Integral, np.integer)) and not isinstance(v, (bool, np.bool_))
              and (minimum is None or v >= minimum) and (maximum is None or v <= maximum))
        if not ok:
            rng = (f" ≥ {minimum}" if maximum is None else f" in [{minimum}, {maximum}]") \
                if minimum is not None else ""
            _fail(where, name, f"an integer{rng}", v)


def spins(where: str, N, minimum: int = 2, name: str = "N") -> None:
    """N is a number of spins: an integer ≥ ``minimum`` (2 wherever a doublet is assumed)."""
    integer(where, minimum, **{name: N})


def field_ratio(where: str, Gamma, J, *, closed: bool = False) -> None:
    """J > 0 and Γ/J in the ordered phase: (0, 1), or [0, 1] with ``closed``."""
    positive(where, J=J)
    real(where, Gamma=Gamma)
    ratio = float(Gamma) / float(J)
    if not (0.0 <= ratio <= 1.0 if closed else 0.0 < ratio < 1.0):
        _fail(where, "Gamma/J", "in [0, 1] (the ordered phase and its boundaries)" if closed
              else "in (0, 1) (the ordered phase, where the ground doublet exists)", ratio)


def doublet(where: str, N, Gamma, J) -> None:
    """The ordered phase with a ground doublet: N ≥ 2 spins, J > 0, 0 < Γ/J < 1."""
    spins(where, N, 2)
    field_ratio(where, Gamma, J)


def interval(where: str, lo, hi, names: tuple[str, str] = ("lo", "hi")) -> None:
    """``lo < hi``, both finite."""
    real(where, **{names[0]: lo, names[1]: hi})
    if not float(lo) < float(hi):
        _fail(where, f"{names[0]} < {names[1]}", "true (a non-empty interval)", (lo, hi))


def one_of(where: str, name: str, value, options) -> None:
    if isinstance(value, (bool, np.bool_)) or value not in options:
        _fail(where, name, f"one of {', '.join(map(repr, options))}", value)


def array(where: str, *, square: bool = False, **arrays) -> None:
    """Each value is a numeric array with finite entries (2-D square with ``square``)."""
    for name, a in arrays.items():
        try:
            x = np.asarray(a)
        except Exception:  # noqa: BLE001 - anything that is not an array is out of domain
            _fail(where, name, "a numeric array", type(a).__name__)
        if x.dtype.kind not in "iufc" or x.size == 0:
            _fail(where, name, "a non-empty numeric array", f"dtype {x.dtype}, shape {x.shape}")
        if not np.all(np.isfinite(x)):
            _fail(where, name, "an array of finite numbers", "NaN or inf entries")
        if square and (x.ndim != 2 or x.shape[0] != x.shape[1]):
            _fail(where, name, "a square matrix", f"shape {x.shape}")


def tridiagonal(where: str, d, e, *, e_name: str = "e") -> None:
    """``d`` (n ≥ 1 diagonal entries) and ``e`` (n − 1 off-diagonal entries) of a tridiagonal.

    Checks the lengths only (O(1)): these guards sit on inner loops.
    """
    try:
        n, m = len(d), len(e)
    except TypeError:
        _fail(where, f"d, {e_name}", "sequences (diagonal, off-diagonal)", (type(d).__name__,
                                                                            type(e).__name__))
    if n < 1 or m != n - 1:
        _fail(where, f"len({e_name})", f"len(d) − 1 with len(d) ≥ 1 (len(d) = {n})", m)


def intervals(where: str, domain, name: str = "domain") -> None:
    """``domain`` is None or maps names to ``(lo, hi)`` with finite lo ≤ hi."""
    if domain is None:
        return
    try:
        items = list(domain.items())
    except AttributeError:
        _fail(where, name, "a mapping {symbol: (lo, hi)}", domain)
    for key, iv in items:
        try:
            lo, hi = iv
        except (TypeError, ValueError):
            _fail(where, f"{name}[{key}]", "a pair (lo, hi)", iv)
        real(where, **{f"{name}[{key}] lo": lo, f"{name}[{key}] hi": hi})
        if not float(lo) <= float(hi):
            _fail(where, f"{name}[{key}]", "an interval with lo ≤ hi", iv)


def identifier(where: str, **values) -> None:
    """Each value is a string of letters, digits and underscores (used inside symbol names)."""
    import re

    for name, v in values.items():
        if not isinstance(v, str) or not re.fullmatch(r"\w*", v):
            _fail(where, name, "a string of letters, digits and underscores", v)


def instance(where: str, kind: type | tuple, **values) -> None:
    """Each value is an instance of ``kind`` (for structured inputs: an algebra, an SDE)."""
    for name, v in values.items():
        if not isinstance(v, kind):
            names = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
            _fail(where, name, f"a {names}", type(v).__name__)
