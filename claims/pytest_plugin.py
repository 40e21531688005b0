"""pytest plugin: ``pytest --claims`` audits the installed papers as test items.

``pytest --claims`` adds one test item per claim of the papers ``claims audit`` would audit
(the ``physics_claims.papers`` entry points, or ``[tool.claims] papers``, or
``$CLAIMS_PAPER_MODULES``); ``pytest --claims=KEY[,KEY]`` only those papers.  The item's id is
the claim id (``claims::note:l13-1.99937``), so ``-k`` selects claims as ``claims check``
does; an item fails when its verdict differs from the expected one or is a defect of ours
(``error``, ``disagree``, ``dependent``, ``insensitive``), with the claim's explanation as
the failure message.  Works with pytest-xdist (``-n 2``): every worker builds the same list.

Registered through the ``pytest11`` entry point of this project; importing this module imports
no paper and no engine (pytest loads it in every run once the project is installed).
"""

from __future__ import annotations

import os
import sys

import pytest

from claims.core.probes import PACKAGES

ALL = "*"


def _leave_the_engines_to_the_probe_loader() -> None:
    """pytest marks every package of an installed plugin's distribution (here ``claims``,
    ``derive``, ``numerics``) for assertion rewriting, and its import hook then loads them in
    place of the route tracer's probe loader: every trace would fall back to ``sys.settrace``
    (1.5–2× slower).  Rewritten asserts only improve failure messages of asserts in test code,
    so the engines are unmarked; the tests themselves are still rewritten.  (pytest has no
    public call for this: the hook's mark set is read defensively.)"""
    for hook in sys.meta_path:
        marked = getattr(hook, "_must_rewrite", None)
        if type(hook).__name__ == "AssertionRewritingHook" and isinstance(marked, set):
            marked.difference_update(PACKAGES)
            cache = getattr(hook, "_marked_for_rewrite_cache", None)
            if isinstance(cache, dict):
                for name in [n for n in cache if n.partition(".")[0] in PACKAGES]:
                    del cache[name]


_leave_the_engines_to_the_probe_loader()


def pytest_addoption(parser) -> None:
    group = parser.getgroup("claims", "physics-claims")
    group.addoption("--claims", nargs="?", const=ALL, default=None, metavar="KEY",
                    dest="claims_papers",
                    help="add one test item per claim of the installed papers "
                         "(or of paper KEY[,KEY]); write --claims=KEY before test paths")


def pytest_configure(config) -> None:
    if config.getoption("claims_papers", None) is not None:
        # one BLAS thread per process (as the CLI): identical digits whatever -n is
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")


@pytest.hookimpl(tryfirst=True)  # before -k/-m deselect, so they apply to claims too
def pytest_collection_modifyitems(session, config, items) -> None:
    sel = config.getoption("claims_papers", None)
    if sel is None:
        return
    from claims.core.registry import RegistryError, default_registry

    try:
        reg = default_registry()
        keys = None if sel == ALL else [k.strip() for k in sel.split(",") if k.strip()]
        claims = (reg.for_paper(None) if keys is None
                  else [c for k in keys for c in reg.for_paper(k)])
    except RegistryError as e:
        raise pytest.UsageError(f"--claims: {e}") from None
    for c in claims:
        items.append(ClaimItem.from_parent(session, name=c.id, nodeid=f"claims::{c.id}"))


class ClaimFailed(Exception):
    """A claim whose verdict is not the expected one (or is a defect of ours)."""


class ClaimItem(pytest.Item):
    """One claim: run its routes, judge them, compare with the expected verdict."""

    def runtest(self) -> None:
        from claims.core.model import DEFECTS
        from claims.core.registry import default_registry
        from claims.core.runner import run_claim

        claim = default_registry().get(self.name)
        r = run_claim(claim)
        self.user_properties.append(("verdict", r.verdict.value))
        if r.verdict.value in DEFECTS or not r.as_expected:
            raise ClaimFailed(claim, r)

    def repr_failure(self, excinfo, style=None):
        if not isinstance(excinfo.value, ClaimFailed):
            return super().repr_failure(excinfo, style)
        claim, r = excinfo.value.args
        lines = [f"{claim.id} [{claim.location}]: {r.verdict.value} "
                 f"(expected {r.expected.value}): {r.reason}",
                 f"  statement : {claim.statement}",
                 f"  stated    : {claim.stated or '(lost in extraction)'}"]
        if r.derived is not None:
            lines.append(f"  derivation: {r.derived}")
        if r.numeric is not None:
            lines.append(f"  numerics  : {r.numeric}")
        if claim.expect.reason:
            lines.append(f"  registry  : {claim.expect.reason}")
        return "\n".join(lines)

    def reportinfo(self):
        return self.path, None, f"claim {self.name}"
