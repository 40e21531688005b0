"""The registry: papers and their claims, loaded lazily from paper plugins.

After the model of pluggy's ``PluginManager.register``: a duplicate id is an error naming
both entries, a key registered by two plugins is an error naming both, and every paper
registered has claims.  The paper modules come from :func:`claims.core.plugins.discover`
(``--papers``, ``$CLAIMS_PAPER_MODULES``, ``[tool.claims]``, the ``physics_claims.papers``
entry points); their keys are known before they are imported, so ``claims check oqt:x``
imports the ``oqt`` paper only and ``claims check no-such-id`` imports none.  Claim records
import no engine: routes are imported when a claim runs.

A paper module that fails to import or to build its records is a :class:`PaperLoadError`
with a one-line message naming the module, where it was registered, the exception and the
file and line it was raised at (the CLI prints it and exits 2).
"""

from __future__ import annotations

import importlib
import os
import traceback
from functools import cache
from pathlib import Path

from claims.core import plugins
from claims.core.model import Claim, Paper
from claims.core.plugins import (
    PluginError,
    PluginSpec,
    RegistryError,
    bundled_specs,
    discover,
    find_manuscript,
    paper_sources,
)

#: The bundled paper modules (the package folders under ``claims/papers/``), by key.
PAPER_MODULES = tuple(s.module for s in bundled_specs())


__all__ = ["PAPER_MODULES", "PaperLoadError", "PluginError", "Registry", "RegistryError",
           "build_registry", "default_registry"]


class PaperLoadError(PluginError):
    """A paper module failed to import or to build its records."""


def _where(e: BaseException, module: str) -> str:
    """``file:line`` where ``e`` was raised, preferring the paper's own files."""
    if isinstance(e, SyntaxError) and e.filename:
        return f"{e.filename}:{e.lineno}"
    frames = [f for f in traceback.extract_tb(e.__traceback__)
              if not f.filename.startswith("<")]
    if not frames:
        return ""
    top = module.split(".")[0]
    own = [f for f in frames if f"/{top}/" in f.filename or f.filename.endswith(f"/{top}.py")
           or "/claims/core/" not in f.filename]
    f = (own or frames)[-1]
    return f"{f.filename}:{f.lineno}"


def load_error(spec: PluginSpec, e: BaseException) -> PaperLoadError:
    where = _where(e, spec.module)
    msg = " ".join(str(e).split()) or "(no message)"
    return PaperLoadError(f"cannot load paper module {spec}: {type(e).__name__}: {msg}"
                          + (f" (at {where})" if where else ""))


class Registry:
    """Papers and claims by key and id; plugin specs are loaded when first needed."""

    def __init__(self, specs=()) -> None:
        """``specs``: plugin specs, or a callable returning them (called when first needed)."""
        self._papers: dict[str, Paper] = {}
        self._claims: dict[str, Claim] = {}
        self._origin: dict[str, str] = {}
        self._module_of: dict[str, str] = {}  # paper key -> module
        self._discover = specs if callable(specs) else None
        self._specs = [] if callable(specs) else list(specs)
        self._pending_specs = list(self._specs)

    # -- lazy loading -------------------------------------------------------------------

    @property
    def _pending(self) -> list[PluginSpec]:
        if self._discover is not None:
            found, self._discover = list(self._discover()), None
            self._specs, self._pending_specs = list(found), list(found)
        return self._pending_specs

    def keys(self) -> list[str]:
        """Paper keys known without importing anything more (loaded or named by their spec)."""
        out = dict.fromkeys(self._papers)
        out.update(dict.fromkeys(s.key for s in self._pending if s.key))
        return list(out)

    def load_all(self) -> None:
        while self._pending:
            self._load(self._pending[0])
        if self._specs:  # report order: the order of the specs, whatever was asked for first
            order = {s.module: i for i, s in enumerate(self._specs)}
            rank = {k: order.get(m, len(order)) for k, m in self._module_of.items()}
            self._papers = dict(sorted(self._papers.items(), key=lambda kv: rank.get(kv[0], 0)))
            self._claims = dict(sorted(self._claims.items(),
                                       key=lambda kv: rank.get(kv[1].paper, 0)))
            self._specs = []

    def _ensure(self, key: str) -> None:
        if key in self._papers:
            return
        for s in list(self._pending):
            if s.key == key:
                self._load(s)
                return
        for s in list(self._pending):  # specs whose key is known only after import
            if s.key is None:
                self._load(s)
                if key in self._papers:
                    return

    def _load(self, spec: PluginSpec) -> None:
        self._pending.remove(spec)
        try:
            from claims.core.probes import instrument

            instrument(spec.module)  # its modules carry the route tracer's call probes
            mod = importlib.import_module(spec.module)
            self.register_module(mod, spec)
        except RegistryError:
            raise
        except Exception as e:  # noqa: BLE001 - any failure of a paper is one line, exit 2
            raise load_error(spec, e) from None

    def register_module(self, mod, spec: PluginSpec | None = None) -> None:
        """Register a paper module's ``PAPER`` and ``CLAIMS`` (with ``INPUTS``/``QUANTITIES``)."""
        spec = spec or PluginSpec(mod.__name__)
        for name in ("PAPER", "CLAIMS"):
            if not hasattr(mod, name):
                raise PaperLoadError(f"paper module {spec} defines no {name}")
        paper = mod.PAPER
        if not isinstance(paper, Paper):
            raise PaperLoadError(f"paper module {spec}: PAPER must be a Paper record, "
                                 f"not {type(paper).__name__}")
        if spec.key is not None and paper.key != spec.key:
            raise PaperLoadError(f"paper module {spec} defines paper {paper.key!r}; its entry "
                                 f"point must be named after the key ({paper.key} = {spec.module})")
        if paper.key in self._papers:
            first = self._module_of.get(paper.key, "?")
            raise RegistryError(f"paper key {paper.key!r} registered twice: {first} and {spec}")
        claims = list(mod.CLAIMS)
        for c in claims:
            if not isinstance(c, Claim):
                raise PaperLoadError(f"paper module {spec}: CLAIMS holds a "
                                     f"{type(c).__name__}, not a Claim")
            if c.paper != paper.key:
                raise PaperLoadError(f"paper module {spec}: claim {c.id!r} belongs to paper "
                                     f"{c.paper!r}, not to the module's paper {paper.key!r}")
        if not claims:
            raise PaperLoadError(f"paper module {spec}: paper {paper.key!r} has no claims")
        try:
            _bind_inputs(mod)
        except Exception as e:  # noqa: BLE001
            raise load_error(spec, e) from None
        if getattr(paper, "inputs", None) is None and getattr(mod, "INPUTS", None) is not None:
            object.__setattr__(paper, "inputs", mod.INPUTS)
        self.register_paper(paper)
        self._module_of[paper.key] = mod.__name__
        for claim in claims:
            self.register(claim, origin=mod.__name__)

    # -- the registry proper ------------------------------------------------------------

    @property
    def papers(self) -> dict[str, Paper]:
        self.load_all()
        return self._papers

    @property
    def claims(self) -> dict[str, Claim]:
        self.load_all()
        return self._claims

    def register_paper(self, paper: Paper) -> None:
        if paper.key in self._papers:
            raise RegistryError(f"paper {paper.key!r} registered twice")
        self._papers[paper.key] = paper

    def register(self, claim: Claim, origin: str) -> None:
        if claim.id in self._claims:
            first = self._origin[claim.id]
            raise RegistryError(
                f"duplicate claim id {claim.id!r}: {first} ({self._claims[claim.id].location}) "
                f"and {origin} ({claim.location})"
            )
        if claim.paper not in self._papers:
            raise RegistryError(f"claim {claim.id!r} ({origin}) belongs to unregistered paper")
        if claim.quantity is not None:
            from claims.core.evaluate import register as register_quantity

            register_quantity(claim.quantity)
        self._claims[claim.id] = claim
        self._origin[claim.id] = origin

    def check_complete(self) -> None:
        """Every paper registered has claims."""
        missing = [k for k in self.papers if not any(c.paper == k for c in self._claims.values())]
        if missing:
            raise RegistryError(f"papers without claims: {', '.join(missing)}")

    def for_paper(self, key: str | None) -> list[Claim]:
        if key is None:
            return list(self.claims.values())
        self._ensure(key)
        if key not in self._papers:
            known = self.keys() if not any(s.key is None for s in self._pending) else list(self.papers)
            raise RegistryError(f"unknown paper key {key!r}; known: {', '.join(known) or 'none'} "
                                "(a paper package is found once installed: pip install -e DIR)")
        return [c for c in self._claims.values() if c.paper == key]

    def origin(self, claim: Claim) -> str:
        """The module that registered ``claim``."""
        return self._origin[claim.id]

    def module(self, key: str) -> str | None:
        """The module of paper ``key`` (None for a paper registered by hand)."""
        self._ensure(key)
        return self._module_of.get(key)

    def get(self, claim_id: str) -> Claim:
        key, sep, _ = claim_id.partition(":")
        if sep and key.isidentifier():  # an id that cannot be one needs no paper (nor discovery)
            self._ensure(key)
        try:
            return self._claims[claim_id]
        except KeyError:
            hint = ("ids are '<paper>:<label>'; " if not sep else "")
            raise RegistryError(
                f"unknown claim id {claim_id!r}; {hint}run 'claims list' to see the ids"
            ) from None

    # -- files of a paper ---------------------------------------------------------------

    def manuscript(self, key: str) -> tuple[Path | None, list[Path]]:
        """Paper ``key``'s manuscript (None when not found) and every place looked at."""
        self.for_paper(key)  # an unknown key: RegistryError
        return find_manuscript(self._papers[key].manuscript, self._module_of.get(key))

    def sources(self, key: str) -> tuple[Path, ...]:
        """The source files of paper ``key`` wherever it is installed (see
        :func:`claims.core.plugins.paper_sources`): for the result cache's fingerprint."""
        m = self.module(key)
        return paper_sources(m) if m else ()


def build_registry(modules: tuple[str, ...] = PAPER_MODULES) -> Registry:
    """Import each paper module and register its paper and claims (eagerly)."""
    reg = Registry([PluginSpec(m, source="build_registry") for m in modules])
    reg.load_all()
    reg.check_complete()
    return reg


def _bind_inputs(mod) -> None:
    """Quantities declared without ``inputs=`` use their paper's ``INPUTS``."""
    from claims.core.evaluate import register as register_quantity

    inputs = getattr(mod, "INPUTS", None)
    quantities = list(getattr(mod, "QUANTITIES", ()))
    quantities += [c.quantity for c in getattr(mod, "CLAIMS", ()) if c.quantity is not None]
    for q in quantities:
        if q.inputs is None and inputs is not None:
            object.__setattr__(q, "inputs", inputs)
        register_quantity(q)


@cache
def default_registry() -> Registry:
    """The papers to audit (:func:`claims.core.plugins.discover`), loaded when first needed."""
    return Registry(discover)


def use_papers(text: str | None) -> None:
    """``claims --papers MODULE[,MODULE]``: audit exactly these paper modules (here and in the
    worker processes of ``-j N``, which inherit the environment)."""
    if text is None:
        return
    os.environ[plugins.ENV] = ",".join(plugins.split_modules(text, "--papers"))
    os.environ["CLAIMS_PAPERS_FROM_OPTION"] = "1"
    default_registry.cache_clear()
