"""The route tracer's call probes (claims.core.probes): compiled into every project function at
import, they must record exactly what the sys.settrace path records, name each function as
CPython does, change nothing else about the code, and fall back when a module has none."""

import importlib
import os
import sys
import textwrap
import traceback
import types

import pytest

from claims.core import probes, tracer
from claims.core.tracer import trace

NESTED = textwrap.dedent('''
    """module docstring"""
    import functools

    def plain(x):
        """a docstring stays the docstring"""
        return x + 1

    def outer(x):
        def inner(y):
            def innermost(z):
                return z
            return innermost(y)
        class Local:
            def method(self):
                return 1
        return inner(x) + Local().method()

    class Top:
        def method(self):
            return 2

        class Inner:
            @staticmethod
            def deep():
                return 3

        @property
        def prop(self):
            return 4

    async def coroutine():
        return 5

    def gen(n):
        for i in range(n):
            yield i

    if True:
        def in_if():
            return 6
    try:
        def in_try():
            return 7
    except Exception:  # pragma: no cover
        pass

    @functools.cache
    def cached(x):
        return 2 * x

    def one_line(): return 8

    def with_lambda(x):
        return (lambda y: y * 2)(x) + sum(i for i in range(3)) + len([j for j in range(2)])

    def raises():
        x = 1
        raise ValueError(x)
    ''')


def _codes(obj, seen=None):
    """Every code object nested in ``obj`` (a code object)."""
    seen = [] if seen is None else seen
    seen.append(obj)
    for c in obj.co_consts:
        if isinstance(c, types.CodeType):
            _codes(c, seen)
    return seen


def _probe_names(code):
    """The names the probes of ``code`` pass: (code object, constant) per probed function."""
    out = {}
    for c in _codes(code):
        if c.co_name.startswith("<"):
            continue
        consts = [k for k in c.co_consts if isinstance(k, str)]
        if probes.PROBE in c.co_names and consts:
            out[c] = consts
    return out


def test_each_probe_passes_the_qualified_name_cpython_gives_its_function():
    code = probes.instrumented(NESTED, "<nested>")
    named = _probe_names(code)
    funcs = [c for c in _codes(code) if c.co_flags & 0x1 and not c.co_name.startswith("<")]
    assert len(funcs) == 16 and set(named) == set(funcs)
    for c, consts in named.items():
        assert c.co_qualname in consts, (c.co_qualname, consts)
    quals = {c.co_qualname for c in funcs}
    assert {"outer.<locals>.inner.<locals>.innermost", "outer.<locals>.Local.method",
            "Top.Inner.deep", "Top.prop", "coroutine", "gen", "in_if", "in_try", "cached",
            "one_line"} <= quals
    # lambdas and comprehensions carry none: neither path records them
    assert not [c for c in _codes(code) if c.co_name.startswith("<") and probes.PROBE in c.co_names]


def _exec(code, name):
    mod = types.ModuleType(name)
    mod.__dict__[probes.PROBE] = probes.make_probe(mod.__dict__)
    exec(code, mod.__dict__)  # noqa: S102 - a test fixture
    return mod


def test_instrumented_code_behaves_as_the_plain_code():
    plain, probed = _exec(compile(NESTED, "<nested>", "exec"), "p0"), \
        _exec(probes.instrumented(NESTED, "<nested>"), "p1")
    for mod in (plain, probed):
        assert mod.__doc__ == "module docstring"
        assert mod.plain.__doc__ == "a docstring stays the docstring"
        assert mod.plain(1) == 2 and mod.outer(1) == 2 and mod.Top().method() == 2
        assert mod.Top.Inner.deep() == 3 and mod.Top().prop == 4
        assert list(mod.gen(3)) == [0, 1, 2] and mod.in_if() == 6 and mod.in_try() == 7
        assert mod.cached(2) == 4 and mod.one_line() == 8 and mod.with_lambda(1) == 7
        with pytest.raises(StopIteration) as e:
            mod.coroutine().send(None)
        assert e.value.value == 5
    # line numbers are the source's: a traceback points at the same line
    for mod in (plain, probed):
        try:
            mod.raises()
        except ValueError as exc:
            mod.line = traceback.extract_tb(exc.__traceback__)[-1].lineno
    assert plain.line == probed.line == NESTED.splitlines().index("    raise ValueError(x)") + 1
    assert plain.plain.__code__.co_firstlineno == probed.plain.__code__.co_firstlineno


def test_a_probe_records_nothing_outside_a_trace():
    mod = _exec(probes.instrumented(NESTED, "<nested>"), "probe_quiet")
    assert not probes.SINKS
    mod.outer(1)
    assert not probes.SINKS


PKG = "probe_fixture_pkg"

ROUTES = textwrap.dedent('''
    import functools
    from numerics._trace import bookkeeping
    from .engine import core, Engine

    @bookkeeping
    def keys(x):
        def inner(y):
            return y
        return inner(x)

    @functools.cache
    def cached_result(x):
        return core(x) * 2

    def derivation(x):
        return keys(x) + cached_result(x) + Engine(x).value() + (lambda y: y)(0)

    def numeric(x):
        return sum(core(x) for _ in range(1)) + cached_result(x)
    ''')

ENGINE = textwrap.dedent('''
    from dataclasses import dataclass

    def core(x):
        return x + 1

    @dataclass
    class Engine:
        x: int

        def value(self):
            return core(self.x)
    ''')


@pytest.fixture
def package(tmp_path, monkeypatch):
    root = tmp_path / PKG
    root.mkdir()
    (root / "__init__.py").write_text("")
    (root / "routes.py").write_text(ROUTES)
    (root / "engine.py").write_text(ENGINE)
    monkeypatch.syspath_prepend(str(tmp_path))
    # only the bundled packages and this one: a fixture paper registered by another test
    # (package "tests", imported by pytest's own hook) would send every trace to settrace
    saved = set(probes.PACKAGES)
    probes.PACKAGES.intersection_update({"derive", "numerics", "claims"})
    probes.instrument(PKG)
    try:
        yield importlib.import_module(f"{PKG}.routes")
    finally:
        for name in [m for m in sys.modules if m == PKG or m.startswith(PKG + ".")]:
            del sys.modules[name]
        probes.PACKAGES.clear()
        probes.PACKAGES.update(saved)


def test_a_registered_package_is_imported_with_probes(package):
    assert getattr(package, probes.PROBED) and sys.modules[f"{PKG}.engine"].__dict__[probes.PROBED]
    assert probes.ready(list(sys.modules.items()), {PKG})


def test_both_paths_record_the_same_names(package):
    pk = frozenset({PKG})
    got = {}
    for path in ("settrace", "probes", "settrace", "probes"):  # cold and warm cache for both
        package.cached_result.cache_clear() if path == "settrace" and not got else None
        with trace(pk, path=path) as d:
            assert package.derivation(3) == 3 + 8 + 4
        with trace(pk, path=path) as n:
            assert package.numeric(3) == 4 + 8
        got.setdefault(path, []).append((frozenset(d), frozenset(n)))
    assert got["settrace"][0] == got["probes"][0] == got["settrace"][1] == got["probes"][1]
    d, n = got["probes"][0]
    assert d == {f"{PKG}.routes.derivation", f"{PKG}.routes.cached_result",
                 f"{PKG}.engine.core", f"{PKG}.engine.Engine.value"}, d
    # the cache hit in the second route is replayed: its internals are seen by both
    assert n == {f"{PKG}.routes.numeric", f"{PKG}.routes.cached_result", f"{PKG}.engine.core"}, n
    assert sorted(tracer.shared_defects(set(d), set(n), {})) == [
        f"{PKG}.engine.core", f"{PKG}.routes.cached_result"]


def test_a_module_without_probes_makes_the_trace_fall_back(package):
    name = f"{PKG}.built"
    mod = types.ModuleType(name)
    sys.modules[name] = mod
    exec(compile("def f():\n    return 1\n", "<built>", "exec"), mod.__dict__)  # noqa: S102
    pk = frozenset({PKG})
    assert tracer.mode(pk) == "settrace"
    with pytest.raises(RuntimeError, match="no call probes"):
        with trace(pk, path="probes"):
            pass
    with trace(pk) as seen:  # the automatic choice still records the exec-built function
        mod.f()
    assert seen == {f"{name}.f"}


def test_the_instrumented_byte_code_is_cached_and_follows_the_source(package, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    src = tmp_path / PKG / "later.py"
    src.write_text("def f():\n    return 1\n")
    mod = importlib.import_module(f"{PKG}.later")
    pyc = probes._pyc_path(str(src))
    assert os.path.exists(pyc) and mod.f() == 1
    del sys.modules[f"{PKG}.later"]
    assert importlib.import_module(f"{PKG}.later").f() == 1  # read back from the cache
    src.write_text("def f():\n    return 22\n")  # a new size: the cache entry is stale
    del sys.modules[f"{PKG}.later"]
    again = importlib.import_module(f"{PKG}.later")
    assert again.f() == 22 and getattr(again, probes.PROBED)
    with trace(frozenset({PKG}), path="probes") as seen:
        again.f()
    assert seen == {f"{PKG}.later.f"}


def test_the_bundled_engines_are_traced_by_their_probes():
    import derive.lmg_mp  # noqa: F401 - imported through the finder (claims is imported first)
    import numerics.lindblad  # noqa: F401

    assert getattr(sys.modules["derive.lmg_mp"], probes.PROBED, False)
    assert getattr(sys.modules["numerics.lindblad"], probes.PROBED, False)
    assert getattr(sys.modules["numerics"], probes.PROBED, False)  # not pytest's rewriting hook
    assert probes.ready(list(sys.modules.items()), {"derive", "numerics", "claims"})


def test_settrace_in_the_environment_installs_no_finder(monkeypatch):
    monkeypatch.setenv("CLAIMS_TRACER", "settrace")
    assert probes.install() is False
    monkeypatch.setenv("CLAIMS_TRACER", "")
    assert probes.install() is True and sys.meta_path.count(probes._FINDER) == 1


def test_code_run_without_its_loader_reaches_the_fallback_probe(package, tmp_path):
    # runpy (python -m) runs a loader's code in a fresh namespace, without exec_module
    import runpy

    src = tmp_path / PKG / "script.py"
    src.write_text("def f():\n    return 3\n\nRESULT = f()\n")
    ns = runpy.run_module(f"{PKG}.script", run_name=f"{PKG}.script_main")
    assert ns["RESULT"] == 3 and probes.PROBE not in ns
    with trace(frozenset({PKG}), path="probes") as seen:
        assert ns["f"]() == 3
    assert seen == {f"{PKG}.script_main.f"}


def test_a_module_imported_during_a_trace_is_recorded(package, tmp_path):
    (tmp_path / PKG / "lazy.py").write_text("def f():\n    return 4\n")
    with trace(frozenset({PKG}), path="probes") as seen:
        from probe_fixture_pkg import lazy  # an engine imported lazily inside a route

        assert lazy.f() == 4
    assert seen == {f"{PKG}.lazy.f"}
    # outside a trace every probed module holds the idle probe, a builtin
    assert lazy.__dict__[probes.PROBE] is probes._IDLE and package.__dict__[probes.PROBE] is id
    with trace(frozenset({PKG}), path="probes"):
        assert lazy.__dict__[probes.PROBE] is not probes._IDLE


_PROBED_AFTER = """
import sys
from claims.cli import main
main({argv!r})
mod = sys.modules.get("claims.papers.oqt.s1_eq1")
print("probed" if getattr(mod, "__claims_probed__", False) else "plain", mod is not None)
"""


@pytest.mark.parametrize("argv, expect", [
    (["list", "--paper", "oqt"], "plain"),  # runs no route: no AST pass at start
    (["check", "oqt:no-such-id"], "probed"),  # would run one: its modules carry probes
])
def test_commands_that_run_no_route_import_the_papers_without_probes(argv, expect):
    # in a process of its own: the papers are imported once per process
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "CLAIMS_TRACER"}
    out = subprocess.run([sys.executable, "-c", _PROBED_AFTER.format(argv=argv)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.stdout.split()[-2:] == [expect, "True"], out.stderr[-2000:]


def test_probes_are_paused_only_inside_the_block(package, tmp_path):
    (tmp_path / PKG / "during.py").write_text("def f():\n    return 1\n")
    (tmp_path / PKG / "after.py").write_text("def f():\n    return 2\n")
    with probes.paused():
        assert probes._FINDER not in sys.meta_path
        from probe_fixture_pkg import during
    from probe_fixture_pkg import after

    assert sys.meta_path[0] is probes._FINDER
    assert not getattr(during, probes.PROBED, False) and getattr(after, probes.PROBED, False)


def test_without_byte_code_beside_the_source_the_code_is_kept_in_an_existing_cache(
        package, monkeypatch, tmp_path):
    from claims.core import cache as result_cache

    assert probes.CACHE_MARKER == result_cache.MARKER
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    root = tmp_path / "results"
    monkeypatch.setenv("CLAIMS_CACHE_DIR", str(root))
    src = tmp_path / PKG / "kept.py"
    src.write_text("def f():\n    return 5\n")
    assert importlib.import_module(f"{PKG}.kept").f() == 5
    assert not root.exists()  # no cache folder: none is created, nothing is kept
    del sys.modules[f"{PKG}.kept"]
    cache = result_cache.ResultCache(root)
    root.mkdir()
    (root / result_cache.MARKER).write_text(result_cache.MARKER_TEXT)
    assert importlib.import_module(f"{PKG}.kept").f() == 5
    kept = probes._kept_path(str(src))
    assert os.path.exists(kept) and not os.path.exists(probes._pyc_path(str(src)))
    assert result_cache.PROBE_CODE.fullmatch(os.path.basename(kept))
    del sys.modules[f"{PKG}.kept"]
    monkeypatch.setattr(probes, "instrumented", lambda *a: pytest.fail("compiled again"))
    mod = importlib.import_module(f"{PKG}.kept")  # read back from the cache folder
    assert mod.f() == 5 and getattr(mod, probes.PROBED)
    cache.clear()
    assert not os.path.exists(kept) and not root.exists()
