"""Result cache: a claim's result is reused only when nothing it depends on changed,
and only when the stored entry proves it is the one that was written for that key.

The key of a claim hashes

* the tool's version, the Python version and the version of every library a route
  may use (:data:`LIBRARIES`: sympy, mpmath, numpy, scipy, hypothesis, pint, qutip,
  lark, ...), read from the installed distributions;
* the claim record's data (id, stated value, judge and its parameters, expectation, time limit);
* the source of the claim's paper module, found with :func:`importlib.util.find_spec`
  wherever it lives (an out-of-tree paper's edits invalidate too), and, transitively, of
  every module of ``claims``, ``derive`` and ``numerics`` (and of the paper's own package)
  it imports (found by reading the import statements), plus the judging machinery.

An entry also records the source hashes of the modules the claim's routes actually
executed, when the runner hands them over (``Result.trace``, a list of module names);
a changed source there is a miss as well.

Integrity
---------
Each entry file holds its key, the result and a SHA-256 of both.  On read, an entry
whose hash does not match its content, whose key is not the one asked for (a file
copied onto another claim's key), whose claim id or expectation is not the registry's,
a folder, a symlink, a FIFO or an unreadable file in its place: a miss, reported in one
warning line on stderr (logger ``claims.cache``), never trusted and never an exception.
The hash detects corruption and hand edits; it is not a signature (anyone able to write
the folder can write a consistent entry).

Writes are atomic per entry (temporary file, then ``os.replace``).  A cache folder
that cannot be written (full, read-only, not a folder) turns the cache off for the
rest of the run with one warning; :meth:`ResultCache.get` and :meth:`ResultCache.put`
never raise.  :meth:`ResultCache.clear` removes only files this cache wrote: the marker
``CACHEDIR.TAG`` and the files named like entries, and only in a folder holding the
marker.  Results that depend on the time limit or failed (``error``, ``undecided``)
are never stored.
"""

from __future__ import annotations

import ast
import dataclasses
import errno
import hashlib
import json
import logging
import os
import re
import stat
import sys
import tempfile
from functools import cache
from pathlib import Path

from claims import __version__
from claims.core.model import Claim, Evidence, Result, Severity, Verdict

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("claims", "derive", "numerics")
CORE = ("claims/core/model.py", "claims/core/judges.py", "claims/core/runner.py",
        "claims/core/reading.py", "derive/equivalence.py")
DEFAULT_DIR = ".claims-cache"
UNCACHEABLE = (Verdict.ERROR, Verdict.UNDECIDED)
#: distributions whose versions enter every key (a route may use any of them)
LIBRARIES = ("sympy", "mpmath", "numpy", "scipy", "hypothesis", "pint", "qutip", "lark",
             "jsonschema", "matplotlib", "pypdf")
FORMAT = "claims-cache/2"
MARKER = "CACHEDIR.TAG"
#: the scheduler's record of each claim's last cost (claims.core.runner), kept by the cache
COSTS = "schedule.costs"
MARKER_TEXT = ("Signature: 8a477f597d28d172789f06886806bc55\n"
               "# This file is a cache directory tag created by physics-claims (claims audit).\n"
               "# `claims cache clear` removes this tag and the files named <32 hex digits>.json\n"
               "# (and its own .<key>.*.tmp files) in this folder, nothing else.\n")
ENTRY = re.compile(r"[0-9a-f]{32}\.json")
#: other things a run keeps beside the results (the quote check of one manuscript state)
AUX = re.compile(r"[0-9a-f]{32}\.quotes")
TEMP = re.compile(r"\.[0-9a-f]{32}\.[A-Za-z0-9_]+\.tmp")
#: the tracer's instrumented byte code, kept here where none is written beside the source
#: (claims.core.probes._kept_path)
PROBE_CODE = re.compile(r"[0-9a-f]{32}\.claims-probe-[A-Za-z0-9_]+-[0-9]+\.pyc(\.[0-9]+\.tmp)?")
MAX_ENTRY_BYTES = 8 << 20  # an entry is a few kB; anything this large is not ours

log = logging.getLogger("claims.cache")

# key -> (claim id, expected verdict) of the claim it was computed for, filled by claim_key
_KEY_OWNER: dict[str, tuple[str, str]] = {}


def cache_dir() -> Path:
    return Path(os.environ.get("CLAIMS_CACHE_DIR", DEFAULT_DIR))


_SPEC_FILE: dict[str, Path] = {}


def _spec_file(name: str) -> Path | None:
    """The source file of module ``name`` wherever it is installed (None if not found).
    A file found is kept for the process, as its spec is (its bytes are read again)."""
    from claims.core.plugins import _find_spec_without_import

    if name in _SPEC_FILE:
        return _SPEC_FILE[name]
    try:
        spec = _find_spec_without_import(name)
    except (ImportError, ValueError, AttributeError):
        return None
    if spec is None or not spec.origin or not spec.has_location:
        return None
    p = Path(spec.origin)
    if p.suffix == ".py" and p.is_file():
        _SPEC_FILE[name] = p
        return p
    return None


def _module_file(name: str, root: Path, own: str | None = None) -> Path | None:
    parts = name.split(".")
    if parts[0] in PACKAGES:
        base = root.joinpath(*parts)
        for cand in (base.with_suffix(".py"), base / "__init__.py"):
            if cand.is_file():
                return cand
        return None
    if own is not None and parts[0] == own:  # an out-of-tree paper's own package
        return _spec_file(name)
    return None


def _package_of(path: Path, root: Path, name: str | None) -> str:
    if name is not None:
        return name if path.name == "__init__.py" else name.rpartition(".")[0]
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts if path.name == "__init__.py" else parts[:-1]).removesuffix(".__init__")


#: the imports of a source file by (package, SHA-256 of its bytes): parsing ~120 files is most
#: of a warm audit's time, so the index is kept beside the results (``imports.index``); an entry
#: is found only for the same bytes, so an edited file is always parsed again
IMPORTS_INDEX = "imports.index"
_IMPORTS: dict[str, list[str]] = {}
_IMPORTS_NEW = False


def load_imports_index(root: Path) -> None:
    """Merge the import index kept in the cache folder ``root`` (a missing or unreadable one
    is an empty index: every file is parsed)."""
    try:
        data = json.loads(_read_regular(Path(root) / IMPORTS_INDEX))
    except (OSError, ValueError, BadEntry):
        return
    if isinstance(data, dict):
        _IMPORTS.update({k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, list)
                         and all(isinstance(x, str) for x in v)})


def save_imports_index(root: Path) -> None:
    """Keep the import index in the cache folder ``root`` (only one this cache has marked)."""
    global _IMPORTS_NEW
    root = Path(root)
    if not _IMPORTS_NEW or not (root / MARKER).is_file():
        return
    try:
        _write_atomic(root / IMPORTS_INDEX, json.dumps(_IMPORTS, sort_keys=True), "imports")
        _IMPORTS_NEW = False
    except OSError:
        pass


def _imported_modules(path: Path, root: Path, name: str | None = None) -> set[str]:
    global _IMPORTS_NEW
    pkg = _package_of(path, root, name)
    data = path.read_bytes()
    k = f"{pkg}:{hashlib.sha256(data).hexdigest()}"
    if k in _IMPORTS:
        return set(_IMPORTS[k])
    found = _parse_imports(data, pkg)
    _IMPORTS[k] = sorted(found)
    _IMPORTS_NEW = True
    return found


def _parse_imports(data: bytes, pkg: str) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(data.decode("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.split(".")[: len(pkg.split(".")) - (node.level - 1)]
                mod = ".".join([*base, node.module] if node.module else base)
            else:
                mod = node.module or ""
            found.add(mod)
            found.update(f"{mod}.{a.name}" for a in node.names)  # `from numerics import lmg`
    return found


def module_closure(name: str, root: Path = ROOT) -> tuple[Path, ...]:
    """Source files of ``name`` and of every project module it imports, transitively.

    ``name`` itself is located by :func:`importlib.util.find_spec` when it is not a
    file under ``root`` (an out-of-tree paper module); its own top-level package is
    followed as well as ``claims``, ``derive`` and ``numerics``.
    """
    own = name.split(".")[0]
    own = None if own in PACKAGES else own
    seen: dict[Path, None] = {}
    first = _module_file(name, root) or _spec_file(name)
    todo: list[tuple[str, Path | None]] = [(name, first)]
    todo += [(c.replace("/", ".").removesuffix(".py"), None) for c in CORE]
    while todo:
        mod, f = todo.pop()
        f = f or _module_file(mod, root, own)
        if f is None or f in seen:
            continue
        seen[f] = None
        try:
            inside = f.is_relative_to(root)
            todo.extend((m, None) for m in _imported_modules(f, root, None if inside else mod))
        except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
            continue  # unreadable source: its bytes (or absence) still enter the hash
    return tuple(sorted(seen))


@cache
def _fingerprint_once(paper_module: str) -> str:
    return code_fingerprint(paper_module, ROOT)


def code_fingerprint(paper_module: str, root: Path = ROOT) -> str:
    """Hash of the sources a paper module's claims can reach (read now, not cached)."""
    from claims.core.plugins import paper_sources

    h = hashlib.sha256()
    files = list(module_closure(paper_module, root))
    try:  # the paper's package wherever it is installed, and the modules its routes name
        files += [Path(f) for f in paper_sources(paper_module) if Path(f) not in files]
    except Exception:  # noqa: BLE001 - a paper that cannot be listed is fingerprinted as reached
        pass
    for f in sorted(set(files), key=str):
        h.update((str(f.relative_to(root)) if f.is_relative_to(root) else str(f)).encode())
        try:
            h.update(hashlib.sha256(f.read_bytes()).digest())
        except OSError:
            h.update(b"<unreadable>")
    return h.hexdigest()


@cache
def _environment() -> str:
    from claims.core.plugins import dist_versions

    versions = dist_versions(LIBRARIES)
    libs = "|".join(f"{n}{versions[n]}" for n in LIBRARIES)
    return f"{__version__}|py{tuple(sys.version_info[:3])}|{libs}"


def claim_key(claim: Claim, paper_module: str, time_limit: float | None) -> str:
    record = {
        "id": claim.id, "stated": claim.stated, "judge": repr(claim.judge),
        "expect": claim.expect.verdict.value, "time_limit": claim.time_limit or time_limit,
    }
    if record["time_limit"] is not None:
        record["time_limit"] = float(record["time_limit"])  # 300 and 300.0 are one limit
    h = hashlib.sha256()
    for part in (_environment(), json.dumps(record, sort_keys=True), _fingerprint_once(paper_module)):
        h.update(part.encode())
    key = h.hexdigest()[:32]
    _KEY_OWNER[key] = (claim.id, claim.expect.verdict.value)
    return key


# ---- executed modules (the runner's trace) ----------------------------------------------

_SOURCE_HASH: dict[tuple[str, int, int], str] = {}


def _source_hash(module: str) -> str:
    """SHA-256 of a module's source file; ``"absent"`` when it has none we can read."""
    mod = sys.modules.get(module)
    f = getattr(mod, "__file__", None) if mod is not None else None
    p = Path(f) if f else _spec_file(module)
    if p is None:
        return "absent"
    try:
        st = p.stat()
        memo = (str(p), st.st_mtime_ns, st.st_size)
        if memo not in _SOURCE_HASH:
            _SOURCE_HASH[memo] = hashlib.sha256(p.read_bytes()).hexdigest()
        return _SOURCE_HASH[memo]
    except OSError:
        return "absent"


def _module_names(trace) -> set[str]:
    """Module names in a trace: a list of names, or a mapping / nesting of such lists."""
    if isinstance(trace, str):
        return {trace}
    if isinstance(trace, dict):
        trace = list(trace.values())
    if isinstance(trace, (list, tuple, set, frozenset)):
        return set().union(*(_module_names(t) for t in trace)) if trace else set()
    return set()


def _module_of(name: str) -> str:
    """The module of a traced qualified function name (``numerics.lmg.Engine.step`` ->
    ``numerics.lmg``): its longest prefix that is an imported module or has a source file.
    (With ``-j N`` the trace comes from a worker: the engines were imported there, not in the
    process that stores the result, so the source file is what decides.)"""
    m = name
    while m:
        if m in sys.modules or _spec_file(m) is not None:
            return m
        m = m.rpartition(".")[0]
    return name


def _deps(r: Result) -> dict[str, str]:
    names = {_module_of(n) for n in _module_names(getattr(r, "trace", None))}
    return {m: _source_hash(m) for m in sorted(names) if re.fullmatch(r"[\w.]+", m)}


# ---- entries ----------------------------------------------------------------------------

def _result_dict(r: Result) -> dict:
    d = dataclasses.asdict(r)
    for k in ("verdict", "expected", "evidence", "severity"):
        d[k] = d[k].value if d[k] is not None else None
    return d


def _to_json(r: Result) -> str:
    return json.dumps(_result_dict(r), sort_keys=True)


def _from_dict(d: dict) -> Result:
    d = dict(d)
    d["verdict"], d["expected"] = Verdict(d["verdict"]), Verdict(d["expected"])
    d["evidence"] = Evidence(d["evidence"]) if d["evidence"] else None
    d["severity"] = Severity(d["severity"]) if d["severity"] else None
    d["interval"] = tuple(d["interval"]) if d["interval"] else None
    if "trace" in d and isinstance(d["trace"], list):
        d["trace"] = tuple(d["trace"])
    return Result(**d)


def _from_json(text: str) -> Result:
    return _from_dict(json.loads(text))


def _digest(key: str, result: dict, deps: dict) -> str:
    body = json.dumps({"format": FORMAT, "key": key, "result": result, "deps": deps},
                      sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(body.encode()).hexdigest()


def encode_entry(key: str, r: Result) -> str:
    """The text of the entry file for ``r`` under ``key`` (with its integrity hash)."""
    result, deps = _result_dict(r), _deps(r)
    return json.dumps({"format": FORMAT, "key": key, "result": result, "deps": deps,
                       "sha256": _digest(key, result, deps)}, sort_keys=True)


class BadEntry(ValueError):
    """An entry that must not be trusted (the message says why)."""


class Stale(Exception):
    """A sound entry whose executed modules changed since: an ordinary miss."""


def decode_entry(key: str, text: str) -> Result:
    """The result stored in an entry, after every integrity check; :class:`BadEntry` if not."""
    try:
        e = json.loads(text)
    except ValueError:
        raise BadEntry("not valid JSON") from None
    if not isinstance(e, dict) or e.get("format") != FORMAT:
        raise BadEntry("not an entry of this cache format")
    result, deps = e.get("result"), e.get("deps")
    if not isinstance(result, dict) or not isinstance(deps, dict):
        raise BadEntry("malformed entry")
    if e.get("sha256") != _digest(str(e.get("key")), result, deps):
        raise BadEntry("content does not match its hash (edited or corrupted)")
    if e.get("key") != key:
        raise BadEntry("entry belongs to another key (copied or moved)")
    try:
        r = _from_dict(result)
    except (ValueError, TypeError, KeyError) as exc:
        raise BadEntry(f"malformed result ({type(exc).__name__})") from None
    owner = _KEY_OWNER.get(key)
    if owner is not None and (r.claim_id, r.expected.value) != owner:
        raise BadEntry(f"entry is for {r.claim_id} expecting {r.expected.value}, "
                       f"the registry has {owner[0]} expecting {owner[1]}")
    if any(_source_hash(m) != h for m, h in deps.items()):
        raise Stale
    return r


def _read_regular(p: Path) -> str:
    """Read a regular file without following a symlink or blocking on a FIFO."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(p, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise BadEntry("not a regular file")
        if st.st_size > MAX_ENTRY_BYTES:
            raise BadEntry(f"{st.st_size} bytes, too large to be an entry")
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(MAX_ENTRY_BYTES + 1)
    finally:
        os.close(fd)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise BadEntry("not UTF-8 text") from None


@dataclasses.dataclass
class ResultCache:
    """A folder of JSON results named by key; never raises from :meth:`get` / :meth:`put`."""

    root: Path
    hits: int = 0
    misses: int = 0
    rejected: int = 0  # entries found but not trusted
    disabled: str | None = None  # why the cache is off, once it is
    removed: list[Path] = dataclasses.field(default_factory=list)  # by the last clear()

    def __post_init__(self):
        self.root = Path(self.root)

    def _warn(self, msg: str) -> None:
        log.warning("claims: warning: cache %s: %s", self.root, msg)

    def _off(self, why: str) -> None:
        if self.disabled is None:
            self.disabled = why
            self._warn(f"{why}; cache off for this run (results are computed, not stored)")

    def get(self, key: str) -> Result | None:
        """The stored result for ``key``, or None (a miss) for anything not trustworthy."""
        try:
            return self._get(key)
        except Exception as exc:  # noqa: BLE001 - a cache must never break an audit
            self._warn(f"entry {key}: unexpected {type(exc).__name__}: {exc}; recomputing")
            self.misses += 1
            return None

    def _get(self, key: str) -> Result | None:
        p = self.root / f"{key}.json"
        try:
            r = decode_entry(key, _read_regular(p))
        except (FileNotFoundError, NotADirectoryError):
            self.misses += 1
            return None
        except Stale:
            self.misses += 1
            return None
        except IsADirectoryError:
            return self._reject(key, "a folder, not an entry")
        except BadEntry as exc:
            return self._reject(key, str(exc))
        except OSError as exc:
            why = "a symlink, not an entry" if exc.errno == errno.ELOOP else (
                exc.strerror or type(exc).__name__)
            return self._reject(key, why)
        self.hits += 1
        return r

    def _reject(self, key: str, why: str) -> None:
        self.misses += 1
        self.rejected += 1
        self._warn(f"entry {key}.json not trusted ({why}); recomputing")
        return None

    def _folder(self, tag: str) -> None:
        """Create the folder and its marker (the tag names the temporary file)."""
        self.root.mkdir(parents=True, exist_ok=True)
        marker = self.root / MARKER
        if not marker.is_file():
            _write_atomic(marker, MARKER_TEXT, tag)

    def put(self, key: str, r: Result) -> None:
        """Store ``r`` atomically; on any failure turn the cache off (one warning), never raise."""
        if r.verdict in UNCACHEABLE or self.disabled is not None:
            return
        try:
            self._put(key, r)
        except OSError as exc:
            self._off(f"cannot write ({exc.strerror or exc})")
        except Exception as exc:  # noqa: BLE001 - a cache must never break an audit
            self._off(f"cannot store a result ({type(exc).__name__}: {exc})")

    def _put(self, key: str, r: Result) -> None:
        if not re.fullmatch(r"[0-9a-f]{32}", key):
            raise ValueError(f"not a cache key: {key!r}")
        self._folder(key)
        p = self.root / f"{key}.json"
        if os.path.lexists(p) and not p.is_file() or p.is_symlink():
            self._warn(f"entry {key}.json not stored (something else is in its place)")
            return
        _write_atomic(p, encode_entry(key, r), key)

    def read_costs(self) -> dict[str, float]:
        """The scheduler's last measured cost per claim id (empty when absent or unreadable)."""
        try:
            data = json.loads((self.root / COSTS).read_text(encoding="utf-8"))
            return {str(k): float(v) for k, v in data.items()}
        except (OSError, ValueError, TypeError, AttributeError):
            return {}

    def write_costs(self, costs: dict[str, float]) -> None:
        """Keep the costs for the next run's schedule; a failure only loses the order."""
        if self.disabled is not None:
            return
        try:
            self._folder("costs")
            _write_atomic(self.root / COSTS, json.dumps(dict(sorted(costs.items()))), "costs")
        except OSError:
            pass

    def read_aux(self, name: str) -> str | None:
        """A kept non-result file (``<32 hex>.quotes``), or None when absent or unreadable."""
        if not AUX.fullmatch(name):
            raise ValueError(f"not an auxiliary cache name: {name!r}")
        try:
            return _read_regular(self.root / name)
        except (OSError, ValueError, BadEntry):
            return None

    def write_aux(self, name: str, text: str) -> None:
        """Keep ``text`` as ``name``; a failure only costs the recomputation next time."""
        if self.disabled is not None or not AUX.fullmatch(name):
            return
        try:
            self._folder(name[:32])
            _write_atomic(self.root / name, text, name[:32])
        except OSError:
            pass

    def entries(self) -> list[Path]:
        """Files in the folder named like entries (whatever their content)."""
        try:
            return sorted(p for p in self.root.iterdir()
                          if ENTRY.fullmatch(p.name) and p.is_file() and not p.is_symlink())
        except OSError:
            return []

    def count(self) -> int:
        return len(self.entries()) if self.is_ours() else 0

    def is_ours(self) -> bool:
        """Does the folder carry this cache's marker?"""
        try:
            return (self.root / MARKER).read_text(encoding="utf-8").startswith(MARKER_TEXT[:44])
        except (OSError, UnicodeDecodeError):
            return False

    def clear(self) -> int:
        """Remove the entries, leftover temporary files and the marker this cache wrote.

        Only in a folder holding the marker; only regular files named like entries
        (``<32 hex>.json``) or like this cache's temporary files; the folder itself only
        when it is empty afterwards.  Returns the number of results removed; the paths
        of every file removed are in :attr:`removed`.
        """
        self.removed = []
        if not self.is_ours():
            return 0
        n = 0
        try:
            names = sorted(self.root.iterdir())
        except OSError:
            return 0
        for p in names:
            if not (ENTRY.fullmatch(p.name) or TEMP.fullmatch(p.name) or AUX.fullmatch(p.name)
                    or PROBE_CODE.fullmatch(p.name) or p.name in (COSTS, IMPORTS_INDEX)):
                continue
            try:
                if not stat.S_ISREG(p.lstat().st_mode):
                    continue
                p.unlink()
            except OSError:
                continue
            self.removed.append(p)
            n += bool(ENTRY.fullmatch(p.name))
        try:
            (self.root / MARKER).unlink()
            self.removed.append(self.root / MARKER)
            self.root.rmdir()  # only succeeds when nothing else is left
        except OSError:
            pass
        return n


def _write_atomic(path: Path, text: str, key: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{key}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600: a cache may be shared (CI)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
