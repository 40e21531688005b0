"""The registry: papers and their claims, built from an explicit list.

After the model of pluggy's ``PluginManager.register``: registration is
explicit, a duplicate id is an error naming both entries, and a completeness
check runs once everything is registered.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from functools import cache

from claims.core.model import PAPER_KEYS, Claim, Paper

#: The papers the registry is built from, in report order.  Each module
#: ``claims.papers.<key>`` defines ``PAPER`` (a :class:`Paper`) and ``CLAIMS``
#: (a list of :class:`Claim`).
PAPER_MODULES = tuple(f"claims.papers.{key}" for key in PAPER_KEYS)


class RegistryError(ValueError):
    """The registry is inconsistent (duplicate ids, claims of unknown papers, ...)."""


@dataclass
class Registry:
    papers: dict[str, Paper] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    _origin: dict[str, str] = field(default_factory=dict)

    def register_paper(self, paper: Paper) -> None:
        if paper.key in self.papers:
            raise RegistryError(f"paper {paper.key!r} registered twice")
        self.papers[paper.key] = paper

    def register(self, claim: Claim, origin: str) -> None:
        if claim.id in self.claims:
            first = self._origin[claim.id]
            raise RegistryError(
                f"duplicate claim id {claim.id!r}: {first} ({self.claims[claim.id].location}) "
                f"and {origin} ({claim.location})"
            )
        if claim.paper not in self.papers:
            raise RegistryError(f"claim {claim.id!r} ({origin}) belongs to unregistered paper")
        if claim.quantity is not None:
            from claims.core.evaluate import register as register_quantity

            register_quantity(claim.quantity)
        self.claims[claim.id] = claim
        self._origin[claim.id] = origin

    def check_complete(self) -> None:
        """Every paper registered has claims; every claim has a location and a quote or stated value."""
        missing = [k for k in self.papers if not any(c.paper == k for c in self.claims.values())]
        if missing:
            raise RegistryError(f"papers without claims: {', '.join(missing)}")

    def for_paper(self, key: str | None) -> list[Claim]:
        if key is None:
            return list(self.claims.values())
        if key not in self.papers:
            raise RegistryError(f"unknown paper key {key!r}; known: {', '.join(self.papers)}")
        return [c for c in self.claims.values() if c.paper == key]

    def origin(self, claim: Claim) -> str:
        """The module that registered ``claim``."""
        return self._origin[claim.id]

    def get(self, claim_id: str) -> Claim:
        try:
            return self.claims[claim_id]
        except KeyError:
            raise RegistryError(
                f"unknown claim id {claim_id!r}; run 'claims list' to see the ids"
            ) from None


def build_registry(modules: tuple[str, ...] = PAPER_MODULES) -> Registry:
    """Import each paper module and register its paper and claims."""
    reg = Registry()
    for name in modules:
        mod = importlib.import_module(name)
        _bind_inputs(mod)
        if getattr(mod.PAPER, "inputs", None) is None and getattr(mod, "INPUTS", None) is not None:
            object.__setattr__(mod.PAPER, "inputs", mod.INPUTS)
        reg.register_paper(mod.PAPER)
        for claim in mod.CLAIMS:
            reg.register(claim, origin=name)
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
    """The bundled registry, or the modules named in ``CLAIMS_PAPER_MODULES``
    (comma-separated; used by the tests and for auditing an out-of-tree paper)."""
    names = os.environ.get("CLAIMS_PAPER_MODULES", "").strip()
    if names:
        return build_registry(tuple(n.strip() for n in names.split(",") if n.strip()))
    return build_registry()
