"""Which project functions a route executes.

The runner calls each route under :func:`trace`, which records every function of the project's
packages that runs: a function defined by ``def`` in a project source file, named
``module.qualname``.  Two mechanisms record the same names.  The fast one is the call probe
compiled into each project function as its module is imported (:mod:`claims.core.probes`): it
costs nothing outside a trace and nothing in library code.  When a traced module has no probes
(imported before the finder was installed, or built by ``exec``), the trace falls back to
``sys.settrace`` with call events only, which on Python 3.11 slows every instruction of every
frame (1.9× for an empty callback on a SymPy workload).  Memoised functions (``functools.cache``)
would hide a cache hit from the profiler, so during the traced call each memoised
module-level function of a traced module is replaced by a thin Python shim that the profiler
sees; the originals are restored afterwards.  The shim also replays, on a cache hit, the
functions the cached computation executed (recorded when it was computed under a trace, or
learnt by computing it once more), so a route's trace is the same whatever ran before it in
the process.  Two routes that share a function that computes the result are then visible as
such, even when one of them only reads it from a cache.
"""

from __future__ import annotations

import contextlib
import functools
import sys
import threading
import types
from collections.abc import Iterator

from claims.core import probes
from claims.core.probes import NEUTRAL_PREFIXES

#: Top-level packages whose functions are recorded (a plugin paper adds its own).
PROJECT_PACKAGES = probes.PACKAGES

#: Engine functions that are bookkeeping, not results (thread and BLAS control, cache keys),
#: carry this attribute where they are defined (``numerics._trace.bookkeeping``): the tracer
#: records neither them nor the functions nested in them, so two routes that both run them
#: are not thereby dependent.  (Read as an attribute: the checker imports no engine for it.)
BOOKKEEPING_MARK = "__bookkeeping__"

_marked: dict = {}  # code object -> whether its function (or the one it is nested in) is marked

_lock = threading.Lock()


_LRU_WRAPPER = type(functools.lru_cache()(lambda: None))
#: types whose objects are never memoised functions (the common attributes of a module)
_PLAIN_TYPES = frozenset({type, types.ModuleType, int, float, complex, str, bytes, bool, tuple,
                          list, dict, set, frozenset, type(None), types.BuiltinFunctionType})


def _memoised(obj) -> bool:
    """Whether ``obj`` is a memoised function: it has ``cache_info`` and ``__wrapped__``
    (functools' cache, numerics._trace.memo, any wrapper that keeps both), read by type first
    because every module attribute of every traced module is asked at every trace."""
    t = type(obj)
    if t is _LRU_WRAPPER:
        return True
    if t is types.FunctionType:
        d = obj.__dict__
        return "cache_info" in d and "__wrapped__" in d
    if t in _PLAIN_TYPES:
        return False
    return hasattr(obj, "cache_info") and hasattr(obj, "__wrapped__")


def _bookkeeping(code, f_globals) -> bool:
    """Whether the function running ``code`` is marked bookkeeping: the module-level object
    its qualified name starts with (the function itself, or the one it is nested in)."""
    hit = _marked.get(code)
    if hit is None:
        top = f_globals.get(code.co_qualname.partition(".")[0])
        hit = _marked[code] = bool(getattr(top, BOOKKEEPING_MARK, False))
    return hit


_SHIMS: dict[int, tuple] = {}  # id(wrapper) -> (wrapper, name, shim): one shim per memoised function


def _shim(wrapper, traced_name):
    kept = _SHIMS.get(id(wrapper))
    if kept is not None and kept[0] is wrapper and kept[1] == traced_name:
        return kept[2]
    shim = _new_shim(wrapper, traced_name)
    _SHIMS[id(wrapper)] = (wrapper, traced_name, shim)
    return shim


#: the sets the running trace records into: the trace's own, and one per memoised call in
#: progress (its internals, kept for replay); shared with the probes
_SINKS: list[set[str]] = probes.SINKS
#: id(wrapper) -> (wrapper, {argument key: the project functions one computation executed})
_INTERNALS: dict[int, tuple] = {}
_TRACING = [None]  # the thread whose calls are traced (sys.settrace is per thread)


def _new_shim(wrapper, traced_name):
    def shim(*args, **kwargs):
        if not _SINKS or threading.get_ident() != _TRACING[0]:  # untraced: a plain call
            return wrapper(*args, **kwargs)
        _SINKS[-1].add(traced_name)  # what the settrace path records from the shim's own frame
        return _replayed(wrapper, args, kwargs)

    functools.update_wrapper(shim, wrapper)
    # the profiler reads the wrapped function's name from the shim's code object
    shim.__code__ = shim.__code__.replace(co_qualname=traced_name)
    return shim


def _internals(wrapper, args, kwargs, fn) -> tuple[object, set[str]]:
    sub: set[str] = set()
    _SINKS.append(sub)
    try:
        return fn(*args, **kwargs), sub
    finally:
        _SINKS.pop()


def _replayed(wrapper, args, kwargs):
    """Call a memoised function under the trace so that the trace records what its computation
    executes whether or not the value comes from the cache: a computation's functions are kept
    per argument key and replayed on a hit; a hit on an entry computed outside any trace (an
    untraced seeded point, an upstream value) is computed once more, bypassing the cache, to
    learn them.  So a route's trace does not depend on what ran before it in the process."""
    kept = _INTERNALS.get(id(wrapper))
    if kept is None or kept[0] is not wrapper:
        kept = _INTERNALS[id(wrapper)] = (wrapper, {})
    try:
        key = (args, tuple(sorted(kwargs.items())))
        hash(key)
    except TypeError:  # unhashable arguments: the cache itself will refuse them
        key = None
    misses = wrapper.cache_info().misses
    out, sub = _internals(wrapper, args, kwargs, wrapper)
    if wrapper.cache_info().misses > misses:  # computed now: ``sub`` holds its internals
        if key is not None:
            kept[1][key] = frozenset(sub)
    elif key is not None and key in kept[1]:
        sub |= kept[1][key]
    else:
        _, fresh = _internals(wrapper, args, kwargs, wrapper.__wrapped__)
        sub |= fresh
        if key is not None:
            kept[1][key] = frozenset(fresh)
    _SINKS[-1].update(sub)
    return out


_SHIM_FILE = _new_shim.__code__.co_filename


#: id(module) -> (module, its number of attributes, [(attribute, memoised function)])
_CANDIDATES: dict[int, tuple] = {}


def _memoised_attributes(mod) -> list[tuple[str, object]]:
    """The module's memoised module-level functions (not marked bookkeeping), found by a scan
    of its attributes that is kept while the module has as many attributes as then and each
    found one is still in place (a new function, a reassigned or monkeypatched one, starts a
    new scan).  Every trace asks this of every traced module: about 4,400 attributes for the
    bundled papers, 3 ms a trace when scanned each time."""
    d = vars(mod)
    kept = _CANDIDATES.get(id(mod))
    if (kept is not None and kept[0] is mod and kept[1] == len(d)
            and all(d.get(a) is o for a, o in kept[2])):
        return kept[2]
    found = [(a, o) for a, o in list(d.items())
             if _memoised(o) and not getattr(o, BOOKKEEPING_MARK, False)]
    _CANDIDATES[id(mod)] = (mod, len(d), found)
    return found


_NAMES: dict[str, bool] = {}  # module name -> traced, for the packages in _NAMES_FOR
_NAMES_FOR: list[frozenset] = [frozenset()]


_LISTED: list = [None]  # (packages, len(sys.modules), its last name, the list) of the last scan


def _traced_modules(packages) -> tuple[tuple[str, object], ...]:
    """(name, module) of every imported module of ``packages`` that is not neutral.

    The list is kept while ``sys.modules`` has as many entries, the same last one (an import
    appends its module) and each listed module in place; otherwise (an import, a removal, a
    replaced module) ``sys.modules`` is scanned again: 0.34 ms a trace with the bundled
    papers and their libraries loaded (2,100 modules)."""
    key = frozenset(packages)
    mods = sys.modules
    last = next(reversed(mods), None)
    kept = _LISTED[0]
    if (kept is not None and kept[0] == key and kept[1] == len(mods) and kept[2] == last
            and all(mods.get(name) is mod for name, mod in kept[3])):
        return kept[3]
    if _NAMES_FOR[0] != key:
        _NAMES.clear()
        _NAMES_FOR[0] = key
    out = []
    for name, mod in list(sys.modules.items()):
        t = _NAMES.get(name)
        if t is None:
            t = _NAMES[name] = name.partition(".")[0] in key and not name.startswith(NEUTRAL_PREFIXES)
        if t and mod is not None:
            out.append((name, mod))
    out = tuple(out)
    _LISTED[0] = (key, len(mods), last, out)
    return out


@contextlib.contextmanager
def _shimmed(modules: list[tuple[str, object]]) -> Iterator[None]:
    """Replace memoised module-level functions of traced modules by visible shims."""
    swapped = []
    for mname, mod in modules:
        for attr, obj in _memoised_attributes(mod):
            home = getattr(obj.__wrapped__, "__module__", mname)
            qual = getattr(obj.__wrapped__, "__qualname__", attr)
            swapped.append((mod, attr, obj))
            setattr(mod, attr, _shim(obj, f"{home}.{qual}"))
    try:
        yield
    finally:
        for mod, attr, obj in swapped:
            setattr(mod, attr, obj)


_DECIDED: dict[frozenset, dict] = {}


_CO_OPTIMIZED = 0x1  # set for functions (and comprehensions, lambdas); not module or class bodies


def _decide(code, f_globals, packages) -> str:
    """The name a call of ``code`` records, or "" when it records nothing: the rule of the
    probes (a ``def`` of the module's own source), so both paths record the same names."""
    if code.co_name == "shim" and code.co_filename == _SHIM_FILE:
        return code.co_qualname
    name = f_globals.get("__name__")
    if not (name and name.partition(".")[0] in packages and not name.startswith(NEUTRAL_PREFIXES)):
        return ""
    if not code.co_flags & _CO_OPTIMIZED or code.co_name.startswith("<"):
        return ""  # a module or class body, a lambda, a comprehension: no ``def``
    if code.co_filename != f_globals.get("__file__", code.co_filename):
        return ""  # generated code (a dataclass's __init__) run in the module's namespace
    if _bookkeeping(code, f_globals):
        return ""
    return f"{name}.{code.co_qualname}"


def mode(extra_packages: frozenset[str] = frozenset()) -> str:
    """Which path a trace of these packages takes now: "probes" or "settrace"."""
    packages = PROJECT_PACKAGES | set(extra_packages)
    return "probes" if probes.ready(_traced_modules(packages), packages) else "settrace"


@contextlib.contextmanager
def trace(extra_packages: frozenset[str] = frozenset(),
          path: str | None = None) -> Iterator[set[str]]:
    """Record the qualified names of project functions executed inside the block.

    ``path`` chooses the mechanism: "probes", "settrace", or None (the default) for the probes
    when every traced module has them (:func:`mode`).  Asking for "probes" when a traced module
    has none is an error: its functions would go unrecorded."""
    seen: set[str] = set()
    packages = PROJECT_PACKAGES | set(extra_packages)

    # what each code object records ("" = nothing), decided at its first call: the callback
    # runs for every new frame (mpmath's arithmetic included), so after the first call of a
    # function it is one dictionary lookup.  Keyed by identity, never by equality: code objects
    # compare equal across modules when their bytecode, names and constants agree (two identical
    # wrappers in derive/ and numerics/, every shim), and the entry keeps its code object alive
    # so that an id is never reused while it is in the table.
    decided = _DECIDED.setdefault(frozenset(packages), {})

    sinks = _SINKS

    def tracer(frame, event, arg):  # noqa: ARG001 - global trace: called once per new frame
        code = frame.f_code
        e = decided.get(id(code))
        if e is None or e[0] is not code:
            e = decided[id(code)] = (code, _decide(code, frame.f_globals, packages))
        if e[1]:
            sinks[-1].add(e[1])
        return None  # no line events: only which functions ran is recorded

    with _lock:
        PROJECT_PACKAGES.update(packages)
        modules = _traced_modules(PROJECT_PACKAGES)
        auto = "probes" if probes.ready(modules, PROJECT_PACKAGES) else "settrace"
        if path not in (None, "probes", "settrace"):
            raise ValueError(f"trace path must be 'probes' or 'settrace', not {path!r}")
        if path == "probes" and auto != "probes":
            raise RuntimeError("a traced module has no call probes (imported before the probe "
                               "finder was installed); trace with the settrace path")
        fast = (path or auto) == "probes"
        old = sys.gettrace()
        with _shimmed(modules):
            _SINKS.append(seen)
            _TRACING[0] = threading.get_ident()
            active = probes.ACTIVE[0]
            probes.ACTIVE[0] = frozenset(packages)
            probes.arm(True)
            if not fast:
                sys.settrace(tracer)
            try:
                yield seen
            finally:
                if not fast:
                    sys.settrace(old)
                probes.arm(False)
                probes.ACTIVE[0] = active
                _SINKS.pop()
    seen.discard("")


def shared_defects(d: set[str], n: set[str], allowed: dict[str, str]) -> list[str]:
    """Functions that make two routes dependent: executed by both (and not an allowed building
    block), or the derivation executing ``numerics.*`` / the numerical route ``derive.*``."""

    def ok(name: str) -> bool:
        return any(name == k or name.startswith(k + ".") or name.startswith(k + "<")
                   for k in allowed)

    bad = sorted(f for f in d & n if not ok(f) and "<lambda>" not in f.rpartition(".")[2])
    bad += sorted(f"{f} (derivation runs numerics)" for f in d - n
                  if f.startswith("numerics.") and not ok(f))
    bad += sorted(f"{f} (numerics runs derive)" for f in n - d
                  if f.startswith("derive.") and not ok(f))
    return bad
