"""Quote checks of an audit: every quote of a paper present, unique and carrying its value.

``claims audit`` checks the quotes of every audited paper whose manuscript is found, and says
so when it is not (the manuscript layer; the registry finds the files: :mod:`claims.core.plugins`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from claims.core.plugins import PluginError


@dataclass
class QuoteCheck:
    """The quote check of one paper: its manuscript (None when not found) and the problems."""

    key: str
    manuscript: Path | None
    tried: list[Path]
    checked: int = 0
    problems: list[str] | None = None

    def lines(self) -> list[str]:
        if self.manuscript is None:
            return [f"{self.key}: quotes not checked: manuscript not found at "
                    + ", ".join(str(p) for p in self.tried)]
        head = (f"{self.key}: quotes checked in {self.manuscript}: {self.checked} claims, "
                f"{len(self.problems or [])} not bound to the manuscript")
        return [head, *(f"  {p}" for p in self.problems or [])]


def check_quotes(registry, key: str, claims=None) -> QuoteCheck:
    """Every claim's quote occurs exactly once in its paper's manuscript and a numeric stated
    value is read there (in the quote or right after it) as the record states it."""
    from claims.text.manuscript import read_manuscript
    from claims.text.revision import NOT_AT_QUOTE, bind, is_numeric

    path, tried = registry.manuscript(key)
    claims = [c for c in (claims if claims is not None else registry.for_paper(key))
              if c.paper == key]
    out = QuoteCheck(key, path, tried)
    if path is None:
        return out
    ms = read_manuscript(path)
    problems: list[str] = []
    for c in claims:
        if not c.quote.strip():
            problems.append(f"{c.id}: no quote")
            continue
        n = len(ms.find_all(c.quote))
        if n != 1:
            problems.append(f"{c.id}: quote {'not found' if n == 0 else f'found {n} times'}: "
                            f"{c.quote!r}")
            continue
        b = bind(c, ms)
        if is_numeric(c.stated) and b.status == "unchanged" and b.note == NOT_AT_QUOTE:
            problems.append(f"{c.id}: stated {c.stated!r} is not in (or right after) its quote")
        elif b.status != "unchanged":
            problems.append(f"{c.id}: stated {c.stated!r} not read at its quote ({b.status}"
                            f"{': ' + b.note if b.note else ''}; read {b.stated!r})")
    out.checked, out.problems = len(claims), problems
    return out


def audit_with_quotes(audit, registry, args) -> int:
    """``claims audit``: run ``audit(registry, args)``, then report the quote check of every
    audited paper.  A quote not bound to its manuscript fails the audit (exit 1) unless
    ``--fail-on none``; a manuscript that is not found is said, not failed.  With
    ``--manuscript`` the revision's own binding checks the quotes instead."""
    if getattr(args, "manuscript", None):
        return audit(registry, args)
    keys = [args.paper] if getattr(args, "paper", None) else list(registry.papers)
    if any(k not in registry.papers for k in keys):
        return audit(registry, args)  # the audit says which key is unknown (exit 2)
    checks = [check_quotes(registry, k) for k in keys]
    rc = audit(registry, args)
    bad = False
    quiet = bool(getattr(args, "quiet", False))
    for ch in checks:
        if not quiet or ch.problems:  # -q: only what fails
            for line in ch.lines():
                print(line)
        bad = bad or bool(ch.problems)
    if bad and (getattr(args, "fail_on", None) or "").strip() != "none":
        print("failing the audit: quotes not bound to the manuscript (see above)", file=sys.stderr)
        return max(rc, 1)
    return rc


def new_command(args) -> int:
    """``claims new`` (see :mod:`claims.text.scaffold`)."""
    from claims.text.scaffold import ScaffoldError, command

    try:
        return command(args)
    except ScaffoldError as e:
        raise PluginError(str(e)) from None
