"""CI on manuscript revisions: bind a paper's claims to a revision, re-judge what changed, diff.

Binding one claim (finding its quote with the value masked and re-reading the value, with
fuzzy anchoring when the masked quote is no longer found) is :mod:`claims.text.binding`; this
module keeps the audit of a whole paper against one revision:

``unchanged``
    the masked quote is found and the value re-read there equals the registry's;
``changed``
    the value (or formula) re-read there differs, or fuzzy anchoring re-reads a different
    value where the quote's context survives; the claim is re-judged on the new print
    (a number by the reading policy; a formula by the claim's Expression judge on the re-read
    transcription, :mod:`claims.text.formula`; a reading by its rule,
    :mod:`claims.text.readings`); a print that cannot be re-read is ``undecided``;
``stale``
    the quote is no longer found (or no longer unique) and no anchoring recovers the value;
``unverified``
    the quote is found but the stated value is neither in it nor right after it: an edit of
    the value could not be seen.

``stale`` and ``unverified`` fail the build (see ``docs/ci.md``).  Manuscript text is never
evaluated: numbers are parsed only by :func:`claims.core.reading.read_number`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from claims.core.model import Claim, Result
from claims.text.binding import (  # noqa: F401 - re-exported for callers and tests
    AFTER_GAP,
    MAX_VALUE,
    NOT_AT_QUOTE,
    RELATIONS,
    STATUSES,
    Anchor,
    Binding,
    bind,
    compact,
    compact_with_map,
    fuzzy_anchor,
    is_numeric,
    locate_in,
    restate,
    restore_form,
    unverified,
    value_pattern,
    value_token_at,
)
from claims.text.manuscript import Manuscript
from claims.text.outcome import (  # noqa: F401 - re-exported for callers and tests
    DEFAULT_FAIL_ON,
    FAIL_ON_CHOICES,
    fail_on_arg,
    failing,
    failure_reasons,
    markdown_lines,
    parse_fail_on,
    summary_lines,
)

INFER_THRESHOLD = 0.3  # share of a paper's quotes that must be found to infer the paper

def ms_norm(s: str) -> str:
    from claims.text.manuscript import normalise

    return normalise(s or "")


def _changed(claim: Claim, ms: Manuscript, new: str, pos: int, span, how: str) -> Binding:
    stated = claim.stated
    if compact(new) == compact(stated):
        return Binding(claim.id, "unchanged", stated, stated, ms.line_of(pos), note=how, span=span)
    return Binding(claim.id, "changed", restore_form(stated, new.strip()), stated, ms.line_of(pos),
                   note=how, span=span)


# --- a paper's audit against one manuscript --------------------------------------------------------

def infer_paper(ms: Manuscript, registry) -> str:
    """The registered paper whose quotes the manuscript contains (largest share above a threshold).

    Raises
    ------
    ValueError
        With a one-line explanation when no paper can be inferred.
    """
    from pathlib import Path

    name = Path(ms.path).name
    shares: list[tuple[float, int, int, str]] = []
    for key, paper in registry.papers.items():
        quotes = [c.quote for c in registry.claims.values() if c.paper == key and c.quote.strip()]
        if not quotes:
            continue
        found = sum(1 for qt in quotes if ms.norm.find(ms_norm(qt)) >= 0)
        share = found / len(quotes)
        if name == paper.manuscript and share > 0:
            share = max(share, INFER_THRESHOLD)
        shares.append((share, found, len(quotes), key))
    shares.sort(reverse=True)
    if not shares:
        raise ValueError("cannot infer the paper: no registered claim has a quote; give --paper KEY")
    best = shares[0]
    tie = len(shares) > 1 and shares[1][0] == best[0]
    if best[0] < INFER_THRESHOLD or tie:
        raise ValueError(
            f"cannot infer the paper of {name}: best match {best[3]} with {best[1]}/{best[2]} "
            f"quotes found (need {INFER_THRESHOLD:.0%}); give --paper KEY")
    return best[3]


def _quote_share(ms: Manuscript, registry, key: str) -> tuple[int, int]:
    quotes = [c.quote for c in registry.claims.values() if c.paper == key and c.quote.strip()]
    return sum(1 for qt in quotes if ms.norm.find(ms_norm(qt)) >= 0), len(quotes)


def check_belongs(ms: Manuscript, registry, key: str) -> None:
    """A manuscript given with ``--paper KEY`` must be KEY's: most of its quotes are found,
    and no other paper's quotes are found more often.

    Raises
    ------
    ValueError
        One line naming the mismatch.
    """
    from pathlib import Path

    name = Path(ms.path).name
    found, total = _quote_share(ms, registry, key)
    share = found / total if total else 0.0
    others = sorted(((f / t, f, t, k) for k in registry.papers if k != key
                     for f, t in [_quote_share(ms, registry, k)] if t), reverse=True)
    if others and others[0][0] >= INFER_THRESHOLD and others[0][0] > share:
        o = others[0]
        raise ValueError(f"{name} looks like the manuscript of paper {o[3]} ({o[1]}/{o[2]} of its quotes "
                         f"found), not of {key} ({found}/{total}); check --paper")
    if total and share < INFER_THRESHOLD:
        raise ValueError(f"only {found}/{total} of {key}'s quotes found in {name}: a truncated file, "
                         "or not this paper's manuscript; check the file and --paper")


TRUNCATED_SHARE = 0.10  # a missing tail of at least this share of the claims reads as truncation


def check_not_truncated(ms: Manuscript, reference: Manuscript, claims: list[Claim],
                        bindings: dict[str, Binding]) -> None:
    """Refuse a manuscript that ends early: every claim after some point of the registered text is
    missing (stale) while every claim before it is found.

    Raises
    ------
    ValueError
        One line with the first missing line of the registered text.
    """
    from pathlib import Path

    placed = []
    for c in claims:
        hits = reference.find_all(c.quote)
        if hits:
            placed.append((hits[0], bindings[c.id].status != "stale"))
    placed.sort()
    missing = [pos for pos, found in placed if not found]
    if not placed or len(missing) < max(3, TRUNCATED_SHARE * len(placed)):
        return
    last_found = max((pos for pos, found in placed if found), default=-1)
    if all(pos > last_found for pos in missing):
        line = reference.line_of(missing[0])
        raise ValueError(f"{Path(ms.path).name} looks truncated: the {len(missing)} claims from line {line} "
                         "of the registered manuscript on are all missing; give the complete file")


@dataclass
class ManuscriptAudit:
    """Claims of one paper bound to one manuscript revision."""

    paper: str
    manuscript: Manuscript
    claims: list[Claim]  # as the manuscript states them now (changed ones replaced)
    bindings: dict[str, Binding] = field(default_factory=dict)
    undecided: dict[str, str] = field(default_factory=dict)  # changed prints not re-readable
    inputs: tuple = ()  # the paper's declared inputs (coverage counts them as covered)

    @classmethod
    def bind(cls, registry, ms: Manuscript, paper: str | None) -> ManuscriptAudit:
        from claims.text.manuscript import read_manuscript

        key = paper or infer_paper(ms, registry)
        if paper is not None:
            check_belongs(ms, registry, key)
        reg_claims = registry.for_paper(key)
        ref_path = registry.manuscript(key)[0]  # the one lookup: beside the package, config, folder
        reference = read_manuscript(ref_path) if ref_path else None  # what the quotes quote
        bindings = {c.id: bind(c, ms, reference) for c in reg_claims}
        if reference is not None:
            check_not_truncated(ms, reference, reg_claims, bindings)
        claims, undecided = [], {}
        for c in reg_claims:
            if bindings[c.id].changed:
                c, why = restate(c, bindings[c.id])
                if why:
                    undecided[c.id] = why
            claims.append(c)
        inputs = tuple((getattr(registry.papers[key], "inputs", None) or {}).values())
        return cls(key, ms, claims, bindings, undecided, inputs)

    @property
    def changed_ids(self) -> set[str]:
        return {i for i, b in self.bindings.items() if b.changed}

    def run(self, claims: Iterable[Claim], *, jobs: int = 1, default_limit=None,
            on_result: Callable[[Result], None] | None = None, **kwargs) -> list[Result]:
        """Run ``claims`` like :func:`claims.core.runner.run_claims`; changed ones in this process.

        Worker processes look claims up in the registry by id, which would lose a re-read
        value, so claims carrying a changed value run here (``kwargs``: cache, origin).
        """
        from claims.core.runner import DEFAULT_TIME_LIMIT, run_claims

        limit = DEFAULT_TIME_LIMIT if default_limit is None else default_limit
        claims = list(claims)
        changed = self.changed_ids
        plain = [c for c in claims if c.id not in changed]
        moved = [c for c in claims if c.id in changed]
        res = {r.claim_id: r for r in run_claims(plain, jobs=jobs, default_limit=limit,
                                                  on_result=on_result, **kwargs)}
        res.update({r.claim_id: r for r in run_claims(moved, jobs=1, default_limit=limit,
                                                       on_result=on_result, **kwargs)})
        return [res[c.id] for c in claims]

    def coverage(self):
        from claims.text.coverage import coverage

        return coverage(self.manuscript, self.claims, self.bindings, self.inputs)

    def annotate(self, doc: dict) -> dict:
        """Add ``manuscript_status``, ``stated_registry``, per-paper ``coverage`` to a JSON report."""
        for rec in doc["claims"]:
            b = self.bindings.get(rec["id"])
            if b is None:
                continue
            rec["manuscript_status"] = b.status
            rec["stated_registry"] = b.stated_registry or None
            rec["stated"] = (b.stated or None) if b.status != "stale" else None
            rec["manuscript_line"] = b.line
            rec["manuscript_note"] = b.note or None
            if rec["id"] in self.undecided:
                rec["manuscript_undecided"] = self.undecided[rec["id"]]
            if b.changed and rec["verdict"] != rec["expected"]:
                rec["expected_reason"] = (
                    f"(recorded for the registry's value {b.stated_registry}) "
                    + (rec.get("expected_reason") or ""))
        cov = self.coverage()
        for p in doc["papers"]:
            if p["key"] == self.paper:
                p["coverage"] = cov.as_json()
                p["manuscript_read"] = self.manuscript.path
        doc["manuscript"] = {"path": self.manuscript.path, "format": self.manuscript.format,
                             "paper": self.paper,
                             "status": {s: sum(b.status == s for b in self.bindings.values())
                                        for s in STATUSES}}
        return doc


# --- diff of two revisions --------------------------------------------------------------------------

def diff_docs(old: dict, new: dict) -> dict:
    """Per-claim changes between two audited revisions (JSON reports annotated by :meth:`annotate`)."""
    o = {c["id"]: c for c in old["claims"]}
    n = {c["id"]: c for c in new["claims"]}
    claims = []
    for cid in n.keys() | o.keys():
        a, b = o.get(cid), n.get(cid)
        if a is None or b is None:
            continue
        row = {"id": cid, "status_old": a.get("manuscript_status"),
               "status_new": b.get("manuscript_status"),
               "stated_old": a["stated"], "stated_new": b["stated"],
               "verdict_old": a["verdict"], "verdict_new": b["verdict"],
               "line_old": a.get("manuscript_line"), "line_new": b.get("manuscript_line")}
        kinds = []
        if a["stated"] != b["stated"]:
            kinds.append("value")
        if a["verdict"] != b["verdict"]:
            kinds.append("verdict")
        if b.get("manuscript_status") == "stale" and a.get("manuscript_status") != "stale":
            kinds.append("became-stale")
        if a.get("manuscript_status") == "stale" and b.get("manuscript_status") != "stale":
            kinds.append("found-again")
        if kinds:
            row["changes"] = kinds
            claims.append(row)
    claims.sort(key=lambda r: r["id"])
    old_cov = _uncovered(old)
    new_cov = _uncovered(new)
    newly = [u for u in _uncovered_list(new) if u.get("key", u["text"]) not in old_cov]
    return {"claims": claims, "newly_uncovered": newly,
            "coverage_old": _cov_summary(old), "coverage_new": _cov_summary(new),
            "no_longer_uncovered": sorted(old_cov - new_cov)}


def _uncovered_list(doc: dict) -> list[dict]:
    return [u for p in doc["papers"] if p.get("coverage") for u in p["coverage"]["uncovered"]]


def _uncovered(doc: dict) -> set[str]:
    return {u.get("key", u["text"]) for u in _uncovered_list(doc)}


def _cov_summary(doc: dict) -> dict | None:
    for p in doc["papers"]:
        if p.get("coverage"):
            c = p["coverage"]
            return {"numbers": c["numbers"], "covered": c["covered"], "percent": c["percent"]}
    return None


# --- command-line helpers (called by claims.cli) ------------------------------------------------------

def open_audit(registry, path: str, paper: str | None) -> ManuscriptAudit:
    """Read ``path`` and bind the paper's claims to it.

    Raises
    ------
    claims.text.manuscript.ManuscriptError
        Unreadable manuscript, or a paper that cannot be inferred (one-line messages).
    """
    from claims.text.manuscript import ManuscriptError, read_manuscript

    ms = read_manuscript(path)
    if paper is not None and paper not in registry.papers:
        raise ManuscriptError(f"unknown paper key {paper!r}; known: {', '.join(registry.papers)}")
    try:
        return ManuscriptAudit.bind(registry, ms, paper)
    except ValueError as e:
        if isinstance(e, ManuscriptError):
            raise
        raise ManuscriptError(str(e)) from None


def diff_lines(d: dict) -> list[str]:
    """Plain-text rendering of :func:`diff_docs`."""
    out = []
    for r in d["claims"]:
        bits = []
        if "value" in r["changes"]:
            bits.append(f"stated {r['stated_old']} -> {r['stated_new']}")
        if "verdict" in r["changes"]:
            bits.append(f"verdict {r['verdict_old']} -> {r['verdict_new']}")
        if "became-stale" in r["changes"]:
            bits.append("became stale (quote no longer found)")
        if "found-again" in r["changes"]:
            bits.append(f"found again ({r['status_new']})")
        out.append(f"  {r['id']}: " + "; ".join(bits))
    if not out:
        out.append("  no claim changed stated value, verdict or status")
    co, cn = d["coverage_old"], d["coverage_new"]
    if co and cn:
        out.append(f"coverage {co['covered']}/{co['numbers']} ({co['percent']}%) -> "
                   f"{cn['covered']}/{cn['numbers']} ({cn['percent']}%)")
    if d["newly_uncovered"]:
        out.append(f"newly uncovered numbers ({len(d['newly_uncovered'])}):")
        out += [f"  line {u['line']}: {u['text']}" for u in d["newly_uncovered"]]
    return out


def audit_doc(registry, audit: ManuscriptAudit, build_json, *, jobs: int = 1,
              default_limit=None, cache=None, on_result=None, reuse: dict | None = None) -> dict:
    """Run the audit's claims and return the annotated JSON document (``build_json``: the
    reports' builder, :func:`claims.reports.report.build_json`, handed in by the CLI).

    ``reuse`` maps ``(claim id, stated)`` to results already computed (a diff runs each
    claim whose value is the same in both revisions once).
    """
    reuse = reuse if reuse is not None else {}
    todo = [c for c in audit.claims if (c.id, c.stated) not in reuse]
    kwargs = {"cache": cache, "origin": registry.origin} if cache is not None else {}
    for c, r in zip(todo, audit.run(todo, jobs=jobs, default_limit=default_limit,
                                    on_result=on_result, **kwargs)):
        reuse[(c.id, c.stated)] = r
    results = [reuse[(c.id, c.stated)] for c in audit.claims]
    papers = [registry.papers[audit.paper]]
    return audit.annotate(build_json(papers, audit.claims, results))
