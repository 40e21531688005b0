"""Call probes compiled into the project's functions: the route tracer's fast path.

On Python 3.11 any ``sys.settrace`` (or ``sys.setprofile``) callback puts the interpreter on its
tracing dispatch for every bytecode instruction of every frame, library code included: an empty
callback costs 1.9× on a SymPy workload.  The tracer only needs to know which project functions
ran, so instead every function defined in a project source file starts with one call,
``__claims_probe__("<qualified name>")``, added to the module's syntax tree as it is imported.
Outside a trace a probe is one global lookup and one call of a builtin that does nothing
(``id``); a trace gives every probed module its recording probe (:func:`arm`), which records
the function's name, with the same rule as the ``sys.settrace`` path (see
:func:`claims.core.tracer.trace`): ``module.qualname`` of a function defined by ``def`` in the
module's own source, not a bookkeeping function nor one nested in it.

Only modules imported through :class:`ProbeFinder` carry probes: the project's packages
(``derive``, ``numerics``, ``claims``) and the packages a paper plugin registers with
:func:`instrument` before it is imported.  A trace uses the probes only when every module of the
traced packages in ``sys.modules`` has them; otherwise (a module imported before the finder was
installed, one built by ``exec``) it falls back to ``sys.settrace``, which records the same names.
``CLAIMS_TRACER=settrace`` in the environment installs no finder.

The instrumented byte code is cached beside the ordinary one, as
``__pycache__/<module>.<tag>.claims-probe-<version>.pyc``, keyed by the source's size and
modification time like a normal ``.pyc``; the ordinary ``.pyc`` is left alone.
"""

from __future__ import annotations

import ast
import contextlib
import importlib.machinery
import importlib.util
import marshal
import os
import struct
import sys
from collections.abc import Iterator

#: bumped whenever the transformation changes (it names the cached byte code)
VERSION = 1
PROBE = "__claims_probe__"
PROBED = "__claims_probed__"
#: Top-level packages whose modules get probes (a paper plugin adds its own, :func:`instrument`).
PACKAGES = {"derive", "numerics", "claims"}
#: Modules whose functions are bookkeeping, never a result: domain guards, the checker itself.
NEUTRAL_PREFIXES = ("derive._domain", "numerics._domain", "numerics._trace", "claims.core",
                    "claims.text", "claims.reports", "claims.cli", "claims.pytest_plugin")
BOOKKEEPING_MARK = "__bookkeeping__"

#: the sets the running trace records into (the trace's own, then one per memoised call in
#: progress); empty outside a trace
SINKS: list[set[str]] = []
#: the top-level packages the running trace records (one frozenset, replaced per trace)
ACTIVE: list[frozenset] = [frozenset()]


def neutral(name: str) -> bool:
    return name.startswith(NEUTRAL_PREFIXES)


def _decision(qual: str, g: dict) -> tuple[str, str]:
    """(top-level package, recorded name) for a probe of ``qual`` in the module ``g``;
    ("", "") for a bookkeeping function or one nested in it."""
    name = g.get("__name__") or ""
    top = g.get(qual.partition(".")[0])
    if getattr(top, BOOKKEEPING_MARK, False):
        return "", ""
    return name.partition(".")[0], f"{name}.{qual}"


def make_probe(g: dict):
    """The probe of one module (its globals ``g``): records ``qual`` while a trace runs."""
    decided: dict[str, tuple[str, str]] = {}
    sinks, active = SINKS, ACTIVE

    def __claims_probe__(qual):
        if sinks:
            e = decided.get(qual)
            if e is None:
                e = decided[qual] = _decision(qual, g)
            if e[0] in active[0]:
                sinks[-1].add(e[1])

    return __claims_probe__


#: id(module globals) -> (globals, its recording probe), for every module given probes
_RECORDERS: dict[int, tuple[dict, object]] = {}
#: the probe a module holds outside a trace: a builtin that takes one argument and does
#: nothing with it, about a third of the cost of calling a Python function that returns at once
_IDLE = id
ARMED = [False]


def arm(on: bool) -> None:
    """Give every probed module its recording probe (a trace starts) or the idle one (it ends)."""
    ARMED[0] = on
    for g, rec in list(_RECORDERS.values()):
        g[PROBE] = rec if on else _IDLE


_BY_GLOBALS: dict[int, tuple[dict, object]] = {}


def _fallback_probe(qual):
    """The probe a module reaches through ``builtins`` when its loader did not put one in its
    globals (code compiled by :class:`ProbeLoader` but run by ``runpy``, as ``python -m``
    does): it finds the caller's globals on the stack, only while a trace runs."""
    if SINKS:
        g = sys._getframe(1).f_globals
        kept = _BY_GLOBALS.get(id(g))
        if kept is None or kept[0] is not g:
            kept = _BY_GLOBALS[id(g)] = (g, make_probe(g))
        kept[1](qual)


_BODIES = ("body", "orelse", "finalbody", "handlers", "cases")


def _probe_defs(stmts: list, scope: tuple[str, str] | None) -> None:
    """Insert ``__claims_probe__("<qualname>")`` as the first statement of every ``def`` in
    ``stmts`` and the statements nested in them (after its docstring), with the qualified name
    CPython gives the function.  Only statement lists are walked: a ``def`` is a statement, so
    the expression trees (most of a paper module) are never visited."""
    for node in stmts:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if scope is None:
                qual = node.name
            else:
                qual = f"{scope[1]}.<locals>.{node.name}" if scope[0] == "f" \
                    else f"{scope[1]}.{node.name}"
            if isinstance(node, ast.ClassDef):
                _probe_defs(node.body, ("c", qual))
                continue
            _probe_defs(node.body, ("f", qual))
            body = node.body
            at = 1 if (len(body) > 1 and isinstance(body[0], ast.Expr)
                       and isinstance(body[0].value, ast.Constant)
                       and isinstance(body[0].value.value, str)) else 0
            call = ast.Expr(ast.Call(ast.Name(PROBE, ast.Load()), [ast.Constant(qual)], []))
            for sub in ast.walk(call):
                ast.copy_location(sub, body[at])
            body.insert(at, call)
            continue
        for field in _BODIES:  # if/for/while/with/try/match: the same scope
            inner = getattr(node, field, None)
            if inner:
                _probe_defs(inner, scope)


def instrumented(source: bytes | str, filename: str):
    """The code object of ``source`` with a probe at the start of every function."""
    tree = ast.parse(source, filename)
    _probe_defs(tree.body, None)
    return compile(tree, filename, "exec", dont_inherit=True)


_HEADER = struct.Struct("<4s4sII")
_TAG = b"CPRB"


def _pyc_path(source_path: str) -> str | None:
    tag = sys.implementation.cache_tag
    if tag is None:
        return None
    head, tail = os.path.split(source_path)
    stem = tail.rpartition(".")[0]
    return os.path.join(head, "__pycache__", f"{stem}.{tag}.claims-probe-{VERSION}.pyc")


#: the result cache's marker file (claims.core.cache.MARKER): a folder holding it is ours
CACHE_MARKER = "CACHEDIR.TAG"


def _kept_path(source_path: str) -> str | None:
    """Where byte code is not written beside the source (``PYTHONDONTWRITEBYTECODE``), the
    instrumented code is kept in the claims result cache, when that folder exists already
    (``$CLAIMS_CACHE_DIR``, default ``.claims-cache``; never created for this), as
    ``<md5 of the source path>.claims-probe-<tag>-<version>.pyc``; ``claims cache clear``
    removes it with the results."""
    tag = sys.implementation.cache_tag
    root = os.environ.get("CLAIMS_CACHE_DIR") or ".claims-cache"
    if tag is None or not os.path.isfile(os.path.join(root, CACHE_MARKER)):
        return None
    import hashlib

    digest = hashlib.md5(os.path.abspath(source_path).encode("utf-8", "surrogatepass"),
                         usedforsecurity=False).hexdigest()
    return os.path.join(root, f"{digest}.claims-probe-{tag.replace('-', '_')}-{VERSION}.pyc")


class ProbeLoader(importlib.machinery.SourceFileLoader):
    """A source loader that compiles the probes in and keeps its own byte-code cache."""

    def get_code(self, fullname):
        source_path = self.get_filename(fullname)
        st = os.stat(source_path)
        mtime, size = int(st.st_mtime) & 0xFFFFFFFF, st.st_size & 0xFFFFFFFF
        beside = _pyc_path(source_path)
        kept = _kept_path(source_path) if sys.dont_write_bytecode else None
        for pyc in (beside, kept):
            if pyc is None:
                continue
            try:
                with open(pyc, "rb") as f:
                    data = f.read()
                magic, tag, m, s = _HEADER.unpack_from(data)
                if (magic, tag, m, s) == (importlib.util.MAGIC_NUMBER, _TAG, mtime, size):
                    return marshal.loads(data[_HEADER.size:])
            except (OSError, ValueError, EOFError, struct.error, TypeError):
                pass
        code = instrumented(self.get_data(source_path), source_path)
        pyc = kept if sys.dont_write_bytecode else beside
        if pyc is not None:
            data = _HEADER.pack(importlib.util.MAGIC_NUMBER, _TAG, mtime, size) + marshal.dumps(code)
            tmp = f"{pyc}.{os.getpid()}.tmp"
            try:
                os.makedirs(os.path.dirname(pyc) or ".", exist_ok=True)
                with open(tmp, "wb") as f:
                    f.write(data)
                os.replace(tmp, pyc)
            except OSError:  # a read-only install: compiled again next time, nothing lost
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
        return code

    def exec_module(self, module):
        g = module.__dict__
        _RECORDERS[id(g)] = (g, make_probe(g))
        g[PROBE] = _RECORDERS[id(g)][1] if ARMED[0] else _IDLE
        g[PROBED] = True
        super().exec_module(module)


class ProbeFinder:
    """A meta-path finder that hands the project's source modules to :class:`ProbeLoader`
    (the spec is found by the finders after it: plain paths or an editable install)."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname.partition(".")[0] not in PACKAGES or neutral(fullname):
            return None
        rest = sys.meta_path[sys.meta_path.index(self) + 1:] if self in sys.meta_path else []
        for finder in rest:
            find = getattr(finder, "find_spec", None)
            if find is None:
                continue
            spec = find(fullname, path, target)
            if spec is None:
                continue
            if type(spec.loader) is importlib.machinery.SourceFileLoader and spec.origin:
                spec.loader = ProbeLoader(fullname, spec.origin)
            return spec
        return None

    def invalidate_caches(self):
        pass


_FINDER = ProbeFinder()


def install() -> bool:
    """Put the finder first on ``sys.meta_path`` (idempotent); not with CLAIMS_TRACER=settrace."""
    if os.environ.get("CLAIMS_TRACER", "").strip().lower() == "settrace":
        return False
    import builtins

    if getattr(builtins, PROBE, None) is None:
        setattr(builtins, PROBE, _fallback_probe)
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
    return True


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Modules imported inside the block get no probes (the finder is off ``sys.meta_path``
    and put back after).

    For a command that runs no route (``claims list``, ``coverage``, ``new``): compiling the
    probes in costs an AST pass per module, paid at every start where byte-code is not written
    (``PYTHONDONTWRITEBYTECODE``); a later trace of a module imported here takes the settrace
    path."""
    where = sys.meta_path.index(_FINDER) if _FINDER in sys.meta_path else None
    if where is None:
        yield
        return
    sys.meta_path.remove(_FINDER)
    try:
        yield
    finally:
        if _FINDER not in sys.meta_path:
            sys.meta_path.insert(min(where, len(sys.meta_path)), _FINDER)


def instrument(package: str) -> None:
    """Give probes to the modules of ``package`` imported from now on (a paper plugin's)."""
    PACKAGES.add(package.partition(".")[0])


_READY: dict[int, tuple[object, bool]] = {}


def _has_probes(mod) -> bool:
    kept = _READY.get(id(mod))
    if kept is not None and kept[0] is mod:
        return kept[1]
    d = getattr(mod, "__dict__", {})
    ok = bool(d.get(PROBED))
    if not ok:  # a namespace package runs no code of its own
        spec = d.get("__spec__")
        ok = (d.get("__file__") is None and spec is not None and spec.origin in (None, "namespace")
              and spec.submodule_search_locations is not None)
    _READY[id(mod)] = (mod, ok)
    return ok


def ready(modules, packages) -> bool:
    """Whether every module of ``packages`` among ``modules`` ((name, module) pairs) has probes."""
    for name, mod in modules:
        if mod is None or name.partition(".")[0] not in packages or neutral(name):
            continue
        if not _has_probes(mod):
            return False
    return True
