"""The manuscript layer's commands over the registry: quote checks, coverage, the scaffold.

``claims audit`` checks the quotes of every audited paper whose manuscript is found (every
quote present, unique and carrying its value), and says so when it is not; ``claims
coverage`` reports which numeric statements claims and declared inputs cover.  Both find a
paper's manuscript by the registry's one lookup (:meth:`claims.core.registry.Registry.manuscript`:
relative to the paper's package, to the config file, then the configured folder).
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


def _check_key(path: Path, claims) -> str:
    """What the quote check of one paper depends on: the manuscript's bytes, every record
    (its full repr: quote, stated value, reading, table cell, …) and the sources this module
    reaches (the result cache's import closure: binding, the reading policy, …)."""
    import hashlib

    from claims.core.cache import module_closure

    h = hashlib.sha256(path.read_bytes())
    for f in module_closure(__name__):
        h.update(f.name.encode() + hashlib.sha256(f.read_bytes()).digest())
    for c in claims:
        h.update(repr(c).encode())
    return h.hexdigest()[:32]


def check_quotes(registry, key: str, claims=None, cache=None) -> QuoteCheck:
    """Every claim's quote occurs exactly once in its paper's manuscript and a numeric stated
    value is read there (in the quote or right after it) as the record states it.  With a
    result ``cache`` the outcome is kept beside the results, keyed by everything it depends
    on (:func:`_check_key`), so an unchanged manuscript and registry are not re-bound."""
    import json

    path, tried = registry.manuscript(key)
    claims = [c for c in (claims if claims is not None else registry.for_paper(key))
              if c.paper == key]
    out = QuoteCheck(key, path, tried)
    if path is None:
        return out
    name = None
    if cache is not None:
        try:
            name = f"{_check_key(path, claims)}.quotes"
            kept = json.loads(cache.read_aux(name) or "null")
        except (OSError, ValueError):
            kept = None
        if isinstance(kept, dict) and isinstance(kept.get("problems"), list):
            out.checked, out.problems = int(kept["checked"]), [str(p) for p in kept["problems"]]
            return out
    _bind_all(out, path, claims)
    if name is not None:
        cache.write_aux(name, json.dumps({"checked": out.checked, "problems": out.problems}))
    return out


def _bind_all(out: QuoteCheck, path: Path, claims) -> None:
    from claims.text.binding import NOT_AT_QUOTE, bind, is_numeric
    from claims.text.manuscript import read_manuscript

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


def audit_with_quotes(audit, registry, args) -> int:
    """``claims audit``: run ``audit(registry, args, alongside=...)``, then report the quote check of every
    audited paper.  A quote not bound to its manuscript fails the audit (exit 1) unless
    ``--fail-on none``; a manuscript that is not found is said, not failed.  With
    ``--manuscript`` the revision's own binding checks the quotes instead."""
    if getattr(args, "manuscript", None):
        return audit(registry, args)
    keys = [args.paper] if getattr(args, "paper", None) else list(registry.papers)
    if any(k not in registry.papers for k in keys):
        return audit(registry, args)  # the audit says which key is unknown (exit 2)
    cache = None
    if not getattr(args, "no_cache", False):
        from claims.core.cache import ResultCache, cache_dir

        cache = ResultCache(cache_dir())
    checks: list = []
    # the quote check needs no claim result: the runner does it while its workers compute
    # (after the claims in a serial run); done here if the audit did not run it
    rc = audit(registry, args, alongside=lambda: checks.extend(
        check_quotes(registry, k, cache=cache) for k in keys))
    if len(checks) != len(keys):
        checks = [check_quotes(registry, k, cache=cache) for k in keys]
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


def coverage_command(registry, args) -> int:
    """``claims coverage``: numeric statements of each manuscript and which claims (or declared
    inputs) cover them.  Without ``--manuscript`` each paper's manuscript is found by the
    registry's lookup; one that is not found is an error naming every place tried."""
    from claims.core.reading import safe_text
    from claims.text.binding import STATUSES, bind
    from claims.text.coverage import coverage
    from claims.text.manuscript import ManuscriptError, read_manuscript
    from claims.text.revision import open_audit

    if args.manuscript:
        audit = open_audit(registry, args.manuscript, args.paper)
        jobs = [(audit.paper, audit.manuscript, audit.claims, audit.bindings)]
    else:
        keys = [args.paper] if args.paper else list(registry.papers)
        jobs = []
        for key in keys:
            if key not in registry.papers:
                raise ManuscriptError(f"unknown paper key {key!r}; known: {', '.join(registry.papers)}")
            path, tried = registry.manuscript(key)
            if path is None:
                raise ManuscriptError(f"manuscript of {key} not found at "
                                      + ", ".join(str(p) for p in tried)
                                      + "; set CLAIMS_MANUSCRIPTS or give --manuscript FILE")
            ms = read_manuscript(path)
            claims = registry.for_paper(key)
            jobs.append((key, ms, claims, {c.id: bind(c, ms) for c in claims}))
    report = {}
    below = []
    for key, ms, claims, bindings in jobs:
        inputs = list((getattr(registry.papers[key], "inputs", None) or {}).values())
        cov = coverage(ms, claims, bindings, inputs)
        report[key] = cov.as_json()
        st = {s: sum(b.status == s for b in bindings.values()) for s in STATUSES}
        report[key]["claims"] = st
        print(f"{key}: {cov.k}/{cov.n} numeric statements covered ({cov.percent}%), "
              f"{len(cov.as_input)} of them as declared inputs; claims "
              + ", ".join(f"{st[s]} {s}" for s in STATUSES) + f"  [{ms.path}]")
        for u in cov.uncovered()[: args.show]:
            print(f"  line {u.line:>5}  {safe_text(u.context)}")
        if len(cov.uncovered()) > args.show:
            print(f"  ... {len(cov.uncovered()) - args.show} more (--show N, or --json FILE)")
        if args.min is not None and cov.percent < args.min:
            below.append(f"{key} {cov.percent}% < {args.min}%")
    if args.json:
        from claims.core.files import dumps, write_atomic

        write_atomic(Path(args.json), dumps(report))
        print(f"wrote {args.json}")
    if below:
        print("coverage below --min: " + "; ".join(below), file=sys.stderr)
        return 1
    return 0
