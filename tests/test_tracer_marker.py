"""Bookkeeping functions are marked where they are defined (``numerics._trace.bookkeeping``)
and the route tracer honours the mark: neither they nor their nested functions are recorded."""

import sys
import textwrap
import types

import numpy as np

from claims.core.tracer import shared_defects, trace
from numerics import lindblad as LB
from numerics._trace import MARK, bookkeeping

SRC = textwrap.dedent('''
    import functools
    from numerics._trace import bookkeeping

    @bookkeeping
    def keys(x):
        def inner(y):
            return y
        return inner(x)

    @bookkeeping
    @functools.cache
    def cached_keys(x):
        return x

    @functools.cache
    def cached_result(x):
        return 2 * x

    def result(x):
        return keys(x) + cached_keys(x) + cached_result(x)
    ''')


def _module(name="tracer_marker_fixture"):
    mod = types.ModuleType(name)
    sys.modules[name] = mod
    exec(compile(SRC, f"<{name}>", "exec"), mod.__dict__)  # noqa: S102 - a test fixture
    return mod


def test_the_marker_is_an_attribute_and_changes_nothing():
    def f(x):
        return x + 1

    assert bookkeeping(f) is f and getattr(f, MARK) is True and f(1) == 2


def test_marked_functions_and_their_nested_ones_are_not_recorded():
    mod = _module()
    try:
        for _ in range(2):  # the second time the cached functions are cache hits
            with trace(frozenset({"tracer_marker_fixture"})) as seen:
                assert mod.result(3) == 12
            assert seen == {"tracer_marker_fixture.result", "tracer_marker_fixture.cached_result"}
    finally:
        del sys.modules["tracer_marker_fixture"]


def test_the_engines_bookkeeping_is_marked_and_unseen():
    for fn in (LB._openblas_handles, LB._loop_blas_threads, LB._parallel, LB._sector_fingerprint):
        assert getattr(fn, MARK, False), fn.__name__
    H, A = np.diag([0.0, 1.0]), np.diag([1.0, -1.0])
    Q, rho0 = np.array([[0.0, 1.0], [1.0, 0.0]]), np.diag([1.0, 0.0])
    scan = LB.DenseK3Scan(H, A, Q, rho0, 0.5)
    with trace() as d:
        LB._parallel([lambda: scan.k3(0.1), lambda: scan.k3(0.2)])
    with trace() as n:
        scan.k3_many([0.1])
    assert "numerics.lindblad.DenseK3Scan.k3" in d and "numerics.lindblad.DenseK3Scan.k3_many" in n
    assert not [f for f in d | n if "_loop_blas_threads" in f or "_parallel" in f
                or "_openblas_handles" in f], d | n
    # both ran the BLAS control: not thereby dependent; a shared result function still is
    shared = [f for f in shared_defects(d, n, {}) if "runs" not in f]
    assert shared == ["numerics.lindblad.DenseK3Scan._k3_from"]


MEMO_SRC = textwrap.dedent('''
    from numerics._trace import memo

    CALLS = []

    @memo
    def root(N, g, n_levels=5):
        CALLS.append((N, g, n_levels))
        return N * g + n_levels

    def ratio(N, g):
        return root(N, g, 5) / root(N, g=g)
    ''')


def test_memo_keys_the_bound_arguments_and_the_tracer_sees_its_hits():
    name = "tracer_memo_fixture"
    mod = types.ModuleType(name)
    sys.modules[name] = mod
    exec(compile(MEMO_SRC, f"<{name}>", "exec"), mod.__dict__)  # noqa: S102 - a test fixture
    try:
        # a route's keyword call and an engine's positional call (with the default spelled out)
        # are one entry: the function body runs once
        assert mod.root(N=300, g=0.5) == 155.0
        assert mod.ratio(300, 0.5) == 1.0 and mod.CALLS == [(300, 0.5, 5)]
        assert mod.root(300, 0.5, n_levels=10) == 160.0 and len(mod.CALLS) == 2
        with trace(frozenset({name})) as seen:  # all hits now: still recorded as calls of root
            mod.ratio(300, 0.5)
        assert seen == {f"{name}.ratio", f"{name}.root"}
    finally:
        del sys.modules[name]


def test_identical_functions_in_two_modules_are_recorded_under_their_own_modules():
    # code objects of identical functions compare equal across modules (same bytecode, names and
    # constants); the tracer must still name each call by the module it ran in
    src = "def wrapper(x):\n    return x + 1\n"
    mods = []
    for name in ("tracer_twin_a", "tracer_twin_b"):
        mod = types.ModuleType(name)
        sys.modules[name] = mod
        exec(compile(src, "<twin>", "exec"), mod.__dict__)  # noqa: S102 - a test fixture
        mods.append(mod)
    try:
        assert mods[0].wrapper.__code__ == mods[1].wrapper.__code__  # the trap
        pk = frozenset({"tracer_twin_a", "tracer_twin_b"})
        with trace(pk) as a:
            mods[0].wrapper(1)
        with trace(pk) as b:
            mods[1].wrapper(1)
        assert a == {"tracer_twin_a.wrapper"} and b == {"tracer_twin_b.wrapper"}
    finally:
        for name in ("tracer_twin_a", "tracer_twin_b"):
            del sys.modules[name]


REPLAY_SRC = textwrap.dedent('''
    import functools

    RUNS = []

    def core(x):
        RUNS.append(x)
        return x * x

    @functools.cache
    def engine(x):
        return core(x) + 1

    def route(x):
        return engine(x)
    ''')


def test_a_cache_hit_replays_what_the_cached_computation_ran():
    """The trace of a route that reads a memoised engine from the cache holds what computing
    it executed: the same set whether the entry was made before (untraced, or traced by
    another route) or by this call, so a shared function inside a cached engine is never
    hidden by the order claims ran in."""
    name = "tracer_replay_fixture"
    want = {f"{name}.route", f"{name}.engine", f"{name}.core"}
    pk = frozenset({name})
    for order in ("cold", "untraced-first", "traced-first"):
        mod = types.ModuleType(name)
        sys.modules[name] = mod
        exec(compile(REPLAY_SRC, f"<{name}>", "exec"), mod.__dict__)  # noqa: S102 - a test fixture
        try:
            if order == "untraced-first":
                mod.route(4)                     # the entry is made outside any trace
            elif order == "traced-first":
                with trace(pk):
                    mod.route(4)
            with trace(pk) as seen:
                assert mod.route(4) == 17
            assert seen == want, order
            # computed once more only when its internals were unknown (made outside a trace)
            assert mod.RUNS == {"cold": [4], "untraced-first": [4, 4], "traced-first": [4]}[order]
        finally:
            del sys.modules[name]


def test_a_memoised_route_function_records_its_computation_on_a_hit(monkeypatch):
    """A route that is itself a memoised function, read from the cache at its traced call (an
    untraced seeded point or another quantity computed the entry first), still records what
    computing it executes."""
    from claims.core import evaluate as ev
    from claims.core.inputs import Input, Inputs, Route
    from claims.core.judges import Value
    from claims.core.quantity import Quantity

    name = "tracer_route_fixture"
    mod = types.ModuleType(name)
    sys.modules[name] = mod
    exec(compile(REPLAY_SRC, f"<{name}>", "exec"), mod.__dict__)  # noqa: S102 - a test fixture
    try:
        inputs = Inputs(Input("x", 4, quote="x = 4", kind="integer", around=(2, 6)))
        q = Quantity("fx:engine", "engine", Value(), Route(f"{name}:engine"), Route(f"{name}:route"),
                     inputs=inputs)
        mod.engine(x=4)  # the entry exists before the traced call (the key the route call uses)
        _, seen = ev._call(q.derivation, q, inputs.point(), None, traced=True)
        assert {f"{name}.engine", f"{name}.core"} <= set(seen)
    finally:
        del sys.modules[name]


def test_the_kept_scan_of_memoised_functions_follows_new_and_replaced_ones():
    import functools

    name = "tracer_rescan_fixture"
    mod = types.ModuleType(name)
    sys.modules[name] = mod
    exec(compile("import functools\n@functools.cache\ndef f(x):\n    return x\n",  # noqa: S102
                 f"<{name}>", "exec"), mod.__dict__)
    try:
        pk = frozenset({name})
        mod.f(1)
        with trace(pk) as seen:
            mod.f(1)  # a hit on an entry computed outside the trace: still recorded
        assert {n for n in seen if n.startswith(name)} == {f"{name}.f"}

        def g(x):
            return x

        g.__module__, g.__qualname__ = name, "g"
        mod.g = functools.cache(g)  # a new attribute: the module is scanned again
        mod.g(2)
        with trace(pk) as seen:
            mod.g(2)
        assert {n for n in seen if n.startswith(name)} == {f"{name}.g"}

        def h(x):
            return -x

        h.__module__, h.__qualname__ = name, "h"
        mod.f = functools.cache(h)  # same number of attributes, the kept one replaced
        mod.f(3)
        with trace(pk) as seen:
            mod.f(3)
        assert {n for n in seen if n.startswith(name)} == {f"{name}.h"}
    finally:
        del sys.modules[name]


def test_the_kept_list_of_traced_modules_follows_imports_removals_and_replacements():
    import types

    from claims.core import tracer

    pk = frozenset({"tracedlist_fixture"})
    assert tracer._traced_modules(pk) == ()
    a, b = types.ModuleType("tracedlist_fixture.a"), types.ModuleType("tracedlist_fixture.b")
    try:
        sys.modules[a.__name__] = a  # appended: a new last entry
        assert tracer._traced_modules(pk) == ((a.__name__, a),)
        del sys.modules[a.__name__]
        sys.modules[b.__name__] = b  # one out, one in: as many entries as before
        assert tracer._traced_modules(pk) == ((b.__name__, b),)
        b2 = types.ModuleType(b.__name__)
        sys.modules[b.__name__] = b2  # replaced in place: same length, same last name
        assert tracer._traced_modules(pk) == ((b.__name__, b2),)
    finally:
        sys.modules.pop(a.__name__, None)
        sys.modules.pop(b.__name__, None)
    assert tracer._traced_modules(pk) == ()
