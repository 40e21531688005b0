"""The rooms of the project and the one-way direction of their imports (CONTRIBUTING.md's map).

cli → reports → text → core; a bundled paper → core and its own derive/numerics modules;
derive/ and numerics/ never import claims/.  Every import counts, including the ones inside
functions (a lazy import is still a dependency).
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("claims", "derive", "numerics")


def _modules():
    for pkg in PACKAGES:
        for f in sorted((ROOT / pkg).rglob("*.py")):
            parts = f.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            yield name, f


def _imports(name: str, f: Path) -> set[str]:
    pkg = name if f.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.split(".")[: len(pkg.split(".")) - node.level + 1]
                mod = ".".join([*base, node.module] if node.module else base)
            else:
                mod = node.module or ""
            subs = {f"{mod}.{a.name}" for a in node.names}
            out |= subs
            if not all(_is_module(x) for x in subs):  # `from pkg import sub` needs only pkg.sub
                out.add(mod)
    return {m for m in out if m.partition(".")[0] in PACKAGES}


def _is_module(name: str) -> bool:
    base = ROOT.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


MODULES = dict(_modules())
GRAPH = {}
for _name, _f in MODULES.items():
    deps = set()
    for m in _imports(_name, _f):
        while m and m not in MODULES:  # "claims.core.api.Claim" -> "claims.core.api"
            m = m.rpartition(".")[0]
        if m and m != _name:
            deps.add(m)
    GRAPH[_name] = deps


def room(name: str) -> str:
    parts = name.split(".")
    if parts[0] != "claims":
        return parts[0]
    if len(parts) == 1:
        return "claims"
    return parts[1] if parts[1] in ("core", "text", "reports", "papers") else parts[1]


#: which rooms each room may import (besides itself)
ALLOWED = {
    "derive": {"derive"},
    "numerics": {"numerics"},
    "core": {"claims", "core", "derive"},  # derive.equivalence decides symbolic equality
    "text": {"claims", "core", "text"},
    "reports": {"claims", "core", "text", "reports"},
    "papers": {"claims", "core", "derive", "numerics"},
    "cli": {"claims", "core", "text", "reports"},
    "claims": {"claims", "cli", "core"},  # the package installs the tracer's probe finder
    "pytest_plugin": {"claims", "core", "text", "reports"},
    "__main__": {"cli"},
}


#: the one import across derive/ and numerics/: input-domain guards and the argument-keyed
#: memo (they compute no result; the tracer treats them as neutral), written once in numerics/
NEUTRAL = {("derive._domain", "numerics._domain")}

#: no exception: a paper declares its tables with claims.core.table (Table, Cell), not with the
#: manuscript layer that re-reads them
PAPER_TEXT_RECORDS: set[str] = set()


def test_every_import_goes_one_way():
    bad = []
    for name, deps in GRAPH.items():
        r = room(name)
        allowed = ALLOWED.get(r, {"claims", "core", "text", "reports"}) | {r}
        for d in deps:
            rd = room(d)
            if r == "papers" and d in PAPER_TEXT_RECORDS:
                continue
            if rd not in allowed and (name, d) not in NEUTRAL:
                bad.append(f"{name} -> {d}")
    assert not bad, "imports against the direction of the rooms:\n" + "\n".join(sorted(bad))


def test_a_paper_imports_only_core_and_its_own_engines():
    bad = []
    for name, deps in GRAPH.items():
        parts = name.split(".")
        if parts[:2] != ["claims", "papers"] or len(parts) < 3:
            continue
        key = parts[2]
        for d in deps:
            dp = d.split(".")
            if dp[:2] == ["claims", "papers"] and len(dp) > 2 and dp[2] != key:
                bad.append(f"{name} -> {d}")
    assert not bad, "\n".join(bad)


#: Known debt, shrinking only: lazy (function-level) imports inside the manuscript room that
#: close a cycle.  A new cycle, or one across rooms, fails; so does an entry here that is no
#: longer a cycle (remove it).  binding/revision/tables left it: fuzzy anchoring and the cell
#: binding live in binding, the value primitives in values (below binding and tables), so
#: revision -> binding -> tables -> values runs one way.  coverage left earlier: it takes the
#: bindings from its caller and imports nothing of binding/revision.
KNOWN_CYCLES: list[list[str]] = []


def test_no_import_cycles():
    index, low, stack, on, sccs = {}, {}, [], set(), []

    def strong(v, counter=[0]):  # noqa: B006 - Tarjan's counter
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in GRAPH.get(v, ()):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(sorted(comp))

    for v in GRAPH:
        if v not in index:
            strong(v)
    new = [c for c in sccs if c not in KNOWN_CYCLES]
    assert not new, "import cycles: " + "; ".join(" <-> ".join(c) for c in new)
    gone = [c for c in KNOWN_CYCLES if c not in sccs]
    assert not gone, "no longer a cycle; remove from KNOWN_CYCLES: " + "; ".join(map(str, gone))


def test_coverage_imports_nothing_of_the_binding_layer():
    """Coverage is below binding and revision: it is handed the bindings."""
    assert GRAPH["claims.text.coverage"] <= {"claims.text.manuscript", "claims.core.reading"}, \
        GRAPH["claims.text.coverage"]


def _map_block() -> str:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    start = text.index("```\nderive/")
    return text[start:text.index("```\n", start + 4)]


def test_contributing_map_matches_the_tree():
    """Every module of the checker's rooms (and numerics' private helpers) is on the map, and
    every file the map names exists."""
    import re

    block = _map_block()
    named = set(re.findall(r"\b(\w+\.py)\b", block))
    files = [*(ROOT / "claims").glob("*.py"), *(ROOT / "claims" / "core").glob("*.py"),
             *(ROOT / "claims" / "text").glob("*.py"), *(ROOT / "claims" / "reports").glob("*.py"),
             *(ROOT / "numerics").glob("_*.py")]
    missing = sorted(str(f.relative_to(ROOT)) for f in files
                     if f.name not in ("__init__.py", "__main__.py") and f.name not in named)
    assert not missing, "modules missing from CONTRIBUTING.md's map: " + ", ".join(missing)
    tree = {f.name for pkg in (*PACKAGES, "benchmarks") for f in (ROOT / pkg).rglob("*.py")}
    stale = sorted(n for n in named if n not in tree)
    assert not stale, "CONTRIBUTING.md's map names files that do not exist: " + ", ".join(stale)
