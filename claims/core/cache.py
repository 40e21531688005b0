"""Result cache: a claim's result is reused only when nothing it depends on changed.

The key of a claim hashes

* the tool's version and the Python / library versions that compute it;
* the claim record's data (id, stated value, judge and its parameters, expectation, time limit);
* the source of the claim's paper module and, transitively, of every module of
  ``claims``, ``derive`` and ``numerics`` it imports (found by reading the import
  statements, not by running anything), plus the judging machinery.

So editing an engine (say ``numerics/lmg.py``) recomputes every claim whose paper
module reaches it, and nothing else.  Results that depend on the time limit or
failed (``error``, ``undecided``) are never stored.
"""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import json
import os
import shutil
import sys
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


def cache_dir() -> Path:
    return Path(os.environ.get("CLAIMS_CACHE_DIR", DEFAULT_DIR))


def _module_file(name: str, root: Path) -> Path | None:
    parts = name.split(".")
    if parts[0] not in PACKAGES:
        return None
    base = root.joinpath(*parts)
    for cand in (base.with_suffix(".py"), base / "__init__.py"):
        if cand.is_file():
            return cand
    return None


def _imported_modules(path: Path, root: Path) -> set[str]:
    pkg = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
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
    """Source files of ``name`` and of every project module it imports, transitively."""
    seen: dict[Path, None] = {}
    todo = [name, *(c.replace("/", ".").removesuffix(".py") for c in CORE)]
    while todo:
        f = _module_file(todo.pop(), root)
        if f is None or f in seen:
            continue
        seen[f] = None
        todo.extend(_imported_modules(f, root))
    return tuple(sorted(seen))


@cache
def _fingerprint_once(paper_module: str) -> str:
    return code_fingerprint(paper_module, ROOT)


def code_fingerprint(paper_module: str, root: Path = ROOT) -> str:
    """Hash of the sources a paper module's claims can reach (read now, not cached)."""
    h = hashlib.sha256()
    for f in module_closure(paper_module, root):
        h.update(str(f.relative_to(root)).encode())
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def _environment() -> str:
    import mpmath
    import numpy
    import scipy
    import sympy

    return (f"{__version__}|py{sys.version_info[:2]}|sympy{sympy.__version__}|mpmath{mpmath.__version__}"
            f"|numpy{numpy.__version__}|scipy{scipy.__version__}")


def claim_key(claim: Claim, paper_module: str, time_limit: float | None) -> str:
    record = {
        "id": claim.id, "stated": claim.stated, "judge": repr(claim.judge),
        "expect": claim.expect.verdict.value, "time_limit": claim.time_limit or time_limit,
    }
    h = hashlib.sha256()
    for part in (_environment(), json.dumps(record, sort_keys=True), _fingerprint_once(paper_module)):
        h.update(part.encode())
    return h.hexdigest()[:32]


def _to_json(r: Result) -> str:
    d = dataclasses.asdict(r)
    for k in ("verdict", "expected", "evidence", "severity"):
        d[k] = d[k].value if d[k] is not None else None
    return json.dumps(d, sort_keys=True)


def _from_json(text: str) -> Result:
    d = json.loads(text)
    d["verdict"], d["expected"] = Verdict(d["verdict"]), Verdict(d["expected"])
    d["evidence"] = Evidence(d["evidence"]) if d["evidence"] else None
    d["severity"] = Severity(d["severity"]) if d["severity"] else None
    d["interval"] = tuple(d["interval"]) if d["interval"] else None
    return Result(**d)


@dataclasses.dataclass
class ResultCache:
    """A folder of JSON results named by key."""

    root: Path
    hits: int = 0
    misses: int = 0

    def get(self, key: str) -> Result | None:
        p = self.root / f"{key}.json"
        try:
            r = _from_json(p.read_text(encoding="utf-8"))
        except (OSError, ValueError, TypeError, KeyError):
            self.misses += 1
            return None
        self.hits += 1
        return r

    def put(self, key: str, r: Result) -> None:
        if r.verdict in UNCACHEABLE:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / f".{key}.{os.getpid()}.tmp"
        tmp.write_text(_to_json(r), encoding="utf-8")
        os.replace(tmp, self.root / f"{key}.json")

    def clear(self) -> int:
        n = len(list(self.root.glob("*.json"))) if self.root.is_dir() else 0
        shutil.rmtree(self.root, ignore_errors=True)
        return n
