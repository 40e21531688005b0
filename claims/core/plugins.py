"""Where papers come from, where their manuscripts are, and what sources a paper consists of.

A paper is a module defining ``PAPER`` (a :class:`claims.core.model.Paper`) and ``CLAIMS``
(and optionally ``INPUTS`` and ``QUANTITIES``).  The modules to audit are found, first match
wins:

1. ``claims --papers MODULE[,MODULE]`` (the CLI sets ``CLAIMS_PAPER_MODULES`` for itself and
   its worker processes);
2. ``$CLAIMS_PAPER_MODULES`` (comma-separated module names);
3. ``papers = ["module", ...]`` in the ``[tool.claims]`` table of the first ``pyproject.toml``
   holding one, from the current folder upward (that folder is put on ``sys.path``, so a paper
   in the author's repository needs no install);
4. the entry points of group ``physics_claims.papers`` of every installed distribution, the
   way pytest finds ``pytest11`` plugins: ``KEY = "module"``, the name being the paper key.
   The four bundled papers are registered this way in this project's ``pyproject.toml``.
   When this project itself is not installed (a source checkout run with ``PYTHONPATH``),
   its bundled papers are found in the package folder ``claims/papers/`` instead.

Nothing here imports a paper or an engine: entry points and folders give each paper's key
without importing it, so the registry imports a paper only when one of its claims is asked for.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

GROUP = "physics_claims.papers"
DIST = "physics-claims"
ENV = "CLAIMS_PAPER_MODULES"
BUNDLED = Path(__file__).resolve().parents[1] / "papers"
BUNDLED_PACKAGE = "claims.papers"


class RegistryError(ValueError):
    """The registry is inconsistent (duplicate ids, key clashes, unknown papers, ...)."""


class PluginError(RegistryError):
    """A paper cannot be found, imported or built; the message is one line."""


@dataclass(frozen=True)
class PluginSpec:
    """One paper module to load, and where it was named."""

    module: str
    key: str | None = None  # known before import (entry point name, package folder name)
    source: str = ""  # e.g. "entry point note = note_claims (note-claims 0.1.0)"

    def __str__(self) -> str:
        return f"{self.module} ({self.source})" if self.source else self.module


@dataclass(frozen=True)
class Config:
    """The ``[tool.claims]`` table of the user's ``pyproject.toml``."""

    path: Path | None = None
    papers: tuple[str, ...] | None = None
    manuscripts: Path | None = None


# --- configuration ------------------------------------------------------------------------

def split_modules(text: str, where: str) -> tuple[str, ...]:
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    bad = [n for n in names if not all(p.isidentifier() for p in n.split("."))]
    if bad or not names:
        raise PluginError(f"{where}: {', '.join(bad) or repr(text)} is not a module name "
                          "(expected MODULE[,MODULE], e.g. note_claims)")
    return names


def find_config(start: Path | None = None) -> Config:
    """The first ``pyproject.toml`` from ``start`` (default: the current folder) upward that
    has a ``[tool.claims]`` table; an empty :class:`Config` when there is none."""
    import tomllib

    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        f = folder / "pyproject.toml"
        if not f.is_file():
            continue
        try:
            data = tomllib.loads(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            raise PluginError(f"{f}: cannot read it: {e}") from None
        table = data.get("tool", {}).get("claims")
        if table is None:
            continue
        if not isinstance(table, dict):
            raise PluginError(f"{f}: [tool.claims] must be a table")
        unknown = sorted(set(table) - {"papers", "manuscripts"})
        if unknown:
            raise PluginError(f"{f}: [tool.claims] has unknown key(s) {', '.join(unknown)} "
                              "(known: papers, manuscripts)")
        papers = table.get("papers")
        if papers is not None:
            if not isinstance(papers, list) or not all(isinstance(p, str) for p in papers):
                raise PluginError(f"{f}: [tool.claims] papers must be a list of module names")
            papers = split_modules(",".join(papers), f"{f}: [tool.claims] papers") if papers else ()
        ms = table.get("manuscripts")
        if ms is not None and not isinstance(ms, str):
            raise PluginError(f"{f}: [tool.claims] manuscripts must be a path (a string)")
        return Config(f, papers, (folder / ms).resolve() if ms else None)
    return Config()


# --- discovery ----------------------------------------------------------------------------

def discover(start: Path | None = None) -> list[PluginSpec]:
    """The paper modules to audit (see the module docstring for the order of the sources)."""
    env = os.environ.get(ENV, "").strip()
    if env:
        where = "--papers" if os.environ.get("CLAIMS_PAPERS_FROM_OPTION") else f"${ENV}"
        return [PluginSpec(m, source=where) for m in split_modules(env, where)]
    cfg = find_config(start)
    if cfg.papers is not None:
        folder = str(cfg.path.parent)
        if folder not in sys.path:
            sys.path.append(folder)
        return [PluginSpec(m, source=f"[tool.claims] papers in {cfg.path}") for m in cfg.papers]
    specs, ours = entry_point_specs()
    if not ours:  # this project is not installed: its bundled papers from the package folder
        specs += bundled_specs()
    check_clashes(specs)
    return specs


def _dist_key(name: str) -> str:
    """A distribution name as the folders and importlib.metadata compare it (PEP 503-like)."""
    import re

    return re.sub(r"[-_.]+", "_", name).lower()


def _dist_folders() -> list[tuple[str, str, str]] | None:
    """``(normalised name, folder, kind)`` of the ``*.dist-info`` / ``*.egg-info`` folders on
    ``sys.path``, the first of each name (the one :mod:`importlib.metadata` finds), or None
    where that module must be asked: a zip archive on the path or a meta-path finder with
    distributions of its own.

    Importing :mod:`importlib.metadata` costs about 55 ms (its ``email`` parser), a tenth of
    ``claims list``; the folders give the same entry points and versions without it."""
    for finder in sys.meta_path:
        if (getattr(finder, "find_distributions", None) is not None
                and getattr(finder, "__name__", "") != "PathFinder"):
            return None
    seen, out = set(), []
    for entry in sys.path:
        root = entry or "."
        try:
            names = sorted(os.listdir(root))
        except NotADirectoryError:
            return None  # a zip archive: importlib.metadata reads those
        except OSError:
            continue
        for folder in names:
            stem, dot, kind = folder.rpartition(".")
            if kind not in ("dist-info", "egg-info") or not dot:
                continue
            key = _dist_key(stem.partition("-")[0])
            if key not in seen:
                seen.add(key)
                out.append((key, os.path.join(root, folder), kind))
    return out


def dist_versions(names) -> dict[str, str]:
    """Installed version of each distribution of ``names`` (``"absent"`` when it is not)."""
    folders = _dist_folders()
    if folders is None:
        import importlib.metadata as md

        def version(n):
            try:
                return md.version(n)
            except md.PackageNotFoundError:
                return "absent"

        return {n: version(n) for n in names}
    by_key = {key: (folder, kind) for key, folder, kind in folders}
    out = {}
    for n in names:
        got = by_key.get(_dist_key(n))
        nv = _name_version(*got) if got is not None else None
        out[n] = nv[1] if nv is not None else "absent"
    return out


def _scan_entry_points(group: str) -> list[tuple[str, str, str, str]] | None:
    """``(name, value, distribution, version)`` of the entry points of ``group``, read straight
    from the distribution folders of :func:`_dist_folders` (None where it gives none)."""
    folders = _dist_folders()
    if folders is None:
        return None
    out = []
    for _key, path, kind in folders:
        try:
            with open(os.path.join(path, "entry_points.txt"), encoding="utf-8") as f:
                text = f.read()
        except OSError:
            continue
        stem = os.path.basename(path).rpartition(".")[0]
        dist, _, version = stem.partition("-")
        name_version = _name_version(path, kind)
        if name_version is not None:
            dist, version = name_version
        section = None
        for line in text.splitlines():
            line = line.strip()
            if not line or line[0] == "#":
                continue
            if line.startswith("[") and line.endswith("]"):
                section = line[1:-1].strip()
            elif section == group and "=" in line:
                name, _, value = line.partition("=")
                out.append((name.strip(), value.strip(), dist, version or "?"))
    return out


def _name_version(folder: str, kind: str) -> tuple[str, str] | None:
    """Name and Version from the head of a distribution's METADATA (PKG-INFO for egg-info)."""
    got = {}
    try:
        with open(os.path.join(folder, "METADATA" if kind == "dist-info" else "PKG-INFO"),
                  encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    break
                key, colon, value = line.partition(":")
                if colon and key in ("Name", "Version") and key not in got:
                    got[key] = value.strip()
    except OSError:
        return None
    return (got["Name"], got.get("Version", "?")) if "Name" in got else None


def _metadata_entry_points(group: str) -> list[tuple[str, str, str, str]]:
    from importlib.metadata import entry_points

    out = []
    for ep in entry_points(group=group):
        dist = getattr(ep, "dist", None)
        out.append((ep.name, ep.value, dist.metadata["Name"] if dist is not None else "?",
                    dist.version if dist is not None else "?"))
    return out


def entry_point_specs() -> tuple[list[PluginSpec], bool]:
    """Specs of the ``physics_claims.papers`` entry points, sorted by key, and whether this
    project's own distribution provided any."""
    found = _scan_entry_points(GROUP)
    if found is None:
        found = _metadata_entry_points(GROUP)
    specs, ours = [], False
    for ep_name, value, name, version in sorted(found, key=lambda e: (e[0], e[1])):
        where = f"entry point {ep_name} = {value} ({name} {version})"
        module, colon, attr = value.partition(":")
        module = module.split("[")[0].strip()
        if colon and attr.strip():
            raise PluginError(f"{where}: an entry point of {GROUP} names a module, not an attribute")
        if not ep_name.isidentifier():
            raise PluginError(f"{where}: the entry point's name is the paper key and must be an identifier")
        ours = ours or (name or "").lower().replace("_", "-") == DIST
        specs.append(PluginSpec(module, key=ep_name, source=where))
    return specs, ours


def bundled_specs() -> list[PluginSpec]:
    """The bundled papers: every package folder under ``claims/papers/``, sorted by key."""
    out = []
    for d in sorted(BUNDLED.iterdir()) if BUNDLED.is_dir() else ():
        if d.name.isidentifier() and (d / "__init__.py").is_file():
            out.append(PluginSpec(f"{BUNDLED_PACKAGE}.{d.name}", key=d.name,
                                  source=f"bundled in {BUNDLED}"))
    return out


def check_clashes(specs: list[PluginSpec]) -> None:
    seen: dict[str, PluginSpec] = {}
    for s in specs:
        if s.key is None:
            continue
        if s.key in seen and seen[s.key].module != s.module:
            raise PluginError(f"paper key {s.key!r} registered twice: {seen[s.key]} and {s}")
        seen.setdefault(s.key, s)
    # the same module named twice (an editable and a regular install): keep the first
    for i in range(len(specs) - 1, -1, -1):
        s = specs[i]
        if s.key is not None and seen[s.key] is not s:
            del specs[i]


# --- manuscripts --------------------------------------------------------------------------

def package_dir(module: str) -> Path | None:
    """The folder of a paper module: its package folder, or the folder of a plain module."""
    mod = sys.modules.get(module)
    f = getattr(mod, "__file__", None)
    if f is None:
        try:
            spec = importlib.util.find_spec(module)
        except (ImportError, ValueError):
            return None
        f = spec.origin if spec is not None and spec.has_location else None
    return Path(f).resolve().parent if f else None


def manuscript_candidates(manuscript: str, module: str | None) -> list[Path]:
    """Where a paper's manuscript is looked for, in order: an absolute path; relative to the
    paper's package; to the ``[tool.claims] manuscripts`` folder and to the config file's
    folder; inside ``$CLAIMS_MANUSCRIPTS`` or, in a source checkout, ``../shared/manuscripts``."""
    p = Path(manuscript).expanduser()
    if p.is_absolute():
        return [p]
    out: list[Path] = []
    pkg = package_dir(module) if module else None
    if pkg is not None:
        out.append(pkg / p)
    try:
        cfg = find_config()
    except PluginError:
        cfg = Config()
    if cfg.manuscripts is not None:
        out.append(cfg.manuscripts / p)
    if cfg.path is not None:
        out.append(cfg.path.parent / p)

    out.append(manuscripts_dir() / p)
    seen: dict[Path, None] = {}
    for c in out:
        seen.setdefault(c, None)
    return list(seen)


def find_manuscript(manuscript: str, module: str | None) -> tuple[Path | None, list[Path]]:
    """The manuscript's path (None when absent) and every place tried."""
    tried = manuscript_candidates(manuscript, module)
    for c in tried:
        if c.is_file():
            return c, tried
    return None, tried


# --- the sources of a paper (for the result cache's fingerprint) --------------------------

_SPECS: dict = {}


def _find_spec_without_import(module: str):
    """The module's spec, found package by package on the packages' search paths: unlike
    ``importlib.util.find_spec`` it never imports (runs) a parent package, so fingerprinting
    ``numerics.lmg_lgi.k3`` does not import NumPy and SciPy through ``numerics.lmg_lgi``.
    A spec found is kept for the process (a module not found is looked up again)."""
    if module in _SPECS:
        return _SPECS[module]
    spec = _search_spec(module)
    if spec is not None:
        _SPECS[module] = spec
    return spec


def _search_spec(module: str):
    from importlib.machinery import PathFinder

    parts = module.split(".")
    spec = importlib.util.find_spec(parts[0])  # a top-level name: found, not imported
    for part in parts[1:]:
        if spec is None or not spec.submodule_search_locations:
            return None
        spec = PathFinder.find_spec(part, list(spec.submodule_search_locations))
    return spec


def _origin_file(module: str) -> Path | None:
    mod = sys.modules.get(module)
    f = getattr(mod, "__file__", None)
    if f is None:
        try:
            spec = _find_spec_without_import(module)
        except (ImportError, ValueError, AttributeError):
            return None
        f = spec.origin if spec is not None and spec.has_location else None
    p = Path(f).resolve() if f else None
    return p if p is not None and p.suffix == ".py" and p.is_file() else None


def _named_modules(module: str) -> set[str]:
    """Modules a loaded paper names by ``"module:function"`` (routes, predicates, figures)."""
    mod = sys.modules.get(module)
    if mod is None:
        return set()
    names: set[str] = set()

    def add(x) -> None:
        if isinstance(x, str) and ":" in x:
            m = x.partition(":")[0]
            if m and all(p.isidentifier() for p in m.split(".")):
                names.add(m)
        elif hasattr(x, "target"):  # a Route
            add(x.target)

    quantities = list(getattr(mod, "QUANTITIES", ()) or ())
    for c in getattr(mod, "CLAIMS", ()) or ():
        if getattr(c, "quantity", None) is not None:
            quantities.append(c.quantity)
        for f in getattr(c, "figures", ()) or ():
            add(f)
    for q in quantities:
        add(getattr(q, "derivation", None))
        add(getattr(q, "numeric", None))
        judge = getattr(q, "judge", None)
        for attr in ("statement", "assumes"):
            add(getattr(judge, attr, None))
        cond = getattr(judge, "condition", None)
        if isinstance(cond, tuple) and len(cond) == 2:
            add(cond[1])
    return names


def _package_files(folder: Path) -> tuple[Path, ...]:
    return tuple(sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts))


def paper_sources(module: str) -> tuple[Path, ...]:
    """Every source file a paper consists of, wherever it is installed: all ``.py`` files of
    the paper's package (recursively; for a plain module, the module), plus the files of the
    modules its records name by ``"module:function"`` (routes, predicates, figures) when the
    paper is loaded.  For the result cache: editing any of them must change the key."""
    out: dict[Path, None] = {}
    f = _origin_file(module)
    if f is not None:
        if f.name == "__init__.py":
            for p in _package_files(f.parent):
                out.setdefault(p, None)
        elif "." in module:  # a submodule: its package is the paper's package
            parent = _origin_file(module.rpartition(".")[0])
            folder = parent.parent if parent is not None and parent.name == "__init__.py" else None
            for p in (_package_files(folder) if folder else (f,)):
                out.setdefault(p, None)
        else:
            out.setdefault(f, None)
    for name in sorted(_named_modules(module)):
        g = _origin_file(name)
        if g is not None:
            out.setdefault(g, None)
    return tuple(sorted(out))


# --- quotes: every audit checks them when the manuscript is available ---------------------


def manuscripts_dir(repo_root: str | Path | None = None) -> Path:
    """The shared manuscripts folder: ``$CLAIMS_MANUSCRIPTS``, else ``<repo>/../shared/manuscripts``
    (or, for an installed checker run from a checkout, ``<cwd>/../shared/manuscripts``)."""
    env = os.environ.get("CLAIMS_MANUSCRIPTS")
    if env:
        return Path(env)
    root = Path(repo_root) if repo_root else Path(__file__).resolve().parents[2]
    beside_repo = root.parent / "shared" / "manuscripts"
    beside_cwd = Path.cwd().parent / "shared" / "manuscripts"  # an installed checker run in a checkout
    if repo_root is None and not beside_repo.is_dir() and beside_cwd.is_dir():
        return beside_cwd
    return beside_repo
