"""Evaluate a quantity: both routes at the paper's point and at seeded points around it.

For one quantity (and one mention's input overrides) this module

1. binds each route's parameters to declared inputs, other quantities or fixed settings;
2. calls both routes at the paper's point under the tracer, recording the project functions
   each executes, and flags shared result-computing functions (``dependent``);
3. calls both routes at ``k`` seeded points of the inputs' neighbourhoods and asks the judge
   whether they agree there (``disagree`` otherwise), recording the largest discrepancy;
4. flags a quantity whose two routes ignore every input they are given (``insensitive``).

Evaluations are memoised per process: a quantity mentioned in the abstract, a table and an
appendix is computed once and judged at each mention.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from claims.core.inputs import Input, InputError, Inputs, Q, Route, seeded_points
from claims.core.model import Outcome, Verdict
from claims.core.quantity import Quantity
from claims.core.tracer import shared_defects, trace

#: quantity id -> Quantity, filled by the registry (for ``Q("id")`` bindings)
QUANTITIES: dict[str, Quantity] = {}

_MEMO: dict[tuple, Evaluation] = {}
_VALUE_MEMO: dict[tuple, Any] = {}

SENSITIVITY_RTOL = 1e-12  # a route value that moves less than this across the points "ignores" its inputs


@dataclass
class Evaluation:
    """Both routes of one quantity at one base point, and their cross-check."""

    quantity: Quantity
    point: dict[str, Any]  # the inputs the routes used, at the base point
    d: Outcome | None
    n: Outcome | None
    trace: dict[str, list[str]] = field(default_factory=dict)
    cross_check: dict | None = None
    defect: tuple[Verdict, str] | None = None


def register(q: Quantity) -> None:
    """Make ``q`` reachable by ``Q(q.id)``; a different quantity under the same id is an error."""
    old = QUANTITIES.get(q.id)
    if old is not None and old is not q and old != q:
        raise InputError(f"quantity id {q.id!r} defined twice ({old.what!r} and {q.what!r})")
    QUANTITIES[q.id] = q


def as_outcome(x: Any, property_route: bool = False) -> Outcome | None:
    """A route's plain return value as an :class:`Outcome`."""
    from claims.core.judges import as_outcome as plain

    if x is None or isinstance(x, Outcome):
        return x
    if isinstance(x, dict):
        keys = {"value", "uncertainty", "exact", "details", "undecided", "instances",
                "searched", "proof", "text"}
        extra = set(x) - keys
        if extra:
            raise TypeError(f"route returned unknown keys {sorted(extra)}")
        inst = x.get("instances")
        return Outcome(value=x.get("value"), uncertainty=x.get("uncertainty"),
                       exact=bool(x.get("exact", False)), details=x.get("details", ""),
                       undecided=x.get("undecided"), text=x.get("text", ""),
                       instances=tuple(inst) if inst is not None else None,
                       searched=x.get("searched"), proof=x.get("proof"))
    if property_route:
        if isinstance(x, (list, tuple)):
            return Outcome(instances=tuple(x), searched=len(x))
        return Outcome(proof=x, exact=True)
    if isinstance(x, bool):
        raise TypeError("a route on the framework may not return a bare True/False")
    return plain(x)


def input_names(q: Quantity, seen: frozenset[str] = frozenset()) -> list[str]:
    """Every declared input the quantity's routes (and the quantities they bind to) use."""
    if q.id in seen:
        raise InputError(f"quantity {q.id} depends on itself")
    names: list[str] = []
    for r in q.routes().values():
        for b in r.parameters(q.inputs).values():
            if isinstance(b, str) and b not in names:
                names.append(b)
            elif isinstance(b, Q):
                up = QUANTITIES.get(b.id)
                if up is None:
                    raise InputError(f"quantity {q.id}: Q({b.id!r}) names no known quantity")
                names += [x for x in input_names(up, seen | {q.id}) if x not in names]
    return names


def _kwargs(route: Route, q: Quantity, point: dict[str, Any],
            override: dict[str, str] | None) -> dict[str, Any]:
    out = {}
    for p, b in route.parameters(q.inputs).items():
        if override and p in override:
            b = override[p]
        if isinstance(b, str):
            out[p] = point[b]
        elif isinstance(b, Q):
            out[p] = upstream_value(QUANTITIES[b.id], point)
        else:  # ("fixed", value)
            out[p] = b[1]
    return out


def upstream_value(q: Quantity, point: dict[str, Any]) -> Any:
    """The derivation value of ``q`` at ``point`` (an argument bound by ``Q(id)``)."""
    key = (q.id, _freeze({k: point[k] for k in input_names(q)}))
    if key not in _VALUE_MEMO:
        o = as_outcome(q.derivation.resolve()(**_kwargs(q.derivation, q, point, None)))
        if o is None or o.undecided:
            raise ValueError(f"upstream quantity {q.id} undecided: {o and o.undecided}")
        _VALUE_MEMO[key] = o.value
    return _VALUE_MEMO[key]


def _freeze(d: dict) -> tuple:
    return tuple(sorted((k, repr(v)) for k, v in d.items()))


def _call(route: Route | None, q: Quantity, point: dict, override, traced: bool):
    if route is None:
        return None, []
    fn = route.resolve()
    prop = getattr(q.judge, "is_predicate_property", False)
    if not traced:
        return as_outcome(fn(**_kwargs(route, q, point, override)), prop), []
    top = frozenset({route.module.partition(".")[0]})
    if any(isinstance(b, Q) for _, b in route.bindings):
        # the values bound to other quantities are computed under a trace of their own, whose
        # record is dropped: the memoised entries they fill keep what computing them executed,
        # so the route's trace below replays a hit on them instead of computing it once more
        # to learn that (the record of the route is the same either way)
        with trace(top):
            kwargs = _kwargs(route, q, point, override)
    else:
        kwargs = _kwargs(route, q, point, override)
    with trace(top) as seen:
        # resolved again inside the trace (the module is imported already): a memoised route
        # function is then its tracer shim, so a cache hit still records its computation
        out = route.resolve()(**kwargs)
    return as_outcome(out, prop), sorted(seen)


def _number(o: Outcome | None):
    if o is None or o.value is None or callable(o.value):
        return None
    try:
        from claims.core.judges import to_mpf

        v = to_mpf(o.value)
        return complex(v)
    except Exception:  # noqa: BLE001 - a non-numeric value has no sensitivity to measure
        return None


def _moved(a, b) -> bool:
    return abs(a - b) > SENSITIVITY_RTOL * max(abs(a), abs(b), 1e-300)


def evaluate(q: Quantity, stated: str = "", at: dict | None = None,
             override: dict[str, str] | None = None) -> Evaluation:
    """Evaluate ``q`` (memoised per process) at the paper's point with ``at`` overrides."""
    inputs: Inputs = q.inputs if q.inputs is not None else Inputs()
    names = input_names(q)
    base_all = inputs.point()
    for k, v in (at or {}).items():
        if k not in inputs:
            raise InputError(f"quantity {q.id}: at= names undeclared input {k!r}")
        base_all[k] = v
    key = (q.id, _freeze({k: base_all[k] for k in names}), _freeze(override or {}))
    if key in _MEMO:
        return _MEMO[key]
    d, td = _call(q.derivation, q, base_all, override, traced=True)
    n, tn = _call(q.numeric, q, base_all, override, traced=True)
    ev = Evaluation(q, {k: base_all[k] for k in names}, d, n,
                    trace={"derivation": td, "numeric": tn,
                           "shared": sorted(set(td) & set(tn))})
    bad = shared_defects(set(td), set(tn), dict(q.shared))
    if bad:
        ev.defect = (Verdict.DEPENDENT,
                     "the two routes share result-computing code: " + "; ".join(bad[:6]))
    elif q.derivation is not None and q.numeric is not None and not (d and d.undecided) \
            and not (n and n.undecided):
        ev.cross_check, ev.defect = _cross_check(q, stated, inputs, base_all, names, d, n, override)
    _MEMO[key] = ev
    return ev


def _cross_check(q, stated, inputs, base, names, d0, n0, override):
    """Both routes at seeded points around ``base``: agreement and sensitivity."""
    judge = q.judge
    if not names:
        if getattr(judge, "kind", "") == "value" and not q.pure_number:
            return ({"points": 0, "max_rel_diff": None, "at": []},
                    (Verdict.INSENSITIVE, "no route takes an input: declare the inputs it depends "
                     "on, or say why it is a pure number (Quantity(pure_number=...))"))
        return {"points": 0, "max_rel_diff": None, "at": [], "pure_number": q.pure_number or None}, None
    pts = seeded_points(inputs, base, names, k=q.points)
    worst = 0.0
    moved_d = moved_n = False
    a0, b0 = _number(d0), _number(n0)
    shown = []
    for p in pts:
        d, _ = _call(q.derivation, q, p, override, traced=False)
        n, _ = _call(q.numeric, q, p, override, traced=False)
        at = {k: p[k] for k in names}
        shown.append({k: (round(v, 10) if isinstance(v, float) else v) for k, v in at.items()})
        if (d and d.undecided) or (n and n.undecided):
            continue
        j = judge.agreement(d, n) if hasattr(judge, "agreement") else None
        if j is not None and j[0] is False:
            return ({"points": len(pts), "max_rel_diff": worst, "at": shown},
                    (Verdict.DISAGREE, f"routes disagree away from the paper's point, at {at}: {j[1]}"))
        a, b = _number(d), _number(n)
        if a is not None and b is not None:
            worst = max(worst, abs(a - b) / max(abs(a), abs(b), 1e-300))
            moved_d |= a0 is not None and _moved(a, a0)
            moved_n |= b0 is not None and _moved(b, b0)
    cc = {"points": len(pts), "max_rel_diff": float(f"{worst:.3g}") if math.isfinite(worst) else None,
          "at": shown}
    if a0 is not None and b0 is not None and not q.pure_number:
        if not moved_d and not moved_n:
            return cc, (Verdict.INSENSITIVE, f"both routes give the same value at all {len(pts)} "
                        f"points while the inputs {', '.join(names)} move")
        if moved_d != moved_n:
            still = "numerical route" if moved_d else "derivation"
            return cc, (Verdict.DISAGREE, f"the {still} ignores the inputs {', '.join(names)} "
                        "while the other route follows them")
    return cc, None


def clear() -> None:
    """Forget memoised evaluations (tests)."""
    _MEMO.clear()
    _VALUE_MEMO.clear()


__all__ = ["Evaluation", "Input", "Inputs", "Q", "Route", "evaluate", "register", "clear"]
