"""Reports: JSON (stable schema for CI consumers) and GitHub-flavoured Markdown.

Files are written atomically (temporary file in the same folder, then
``os.replace``), so a failed run never leaves a half-written report.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections import Counter
from pathlib import Path

from claims import __version__
from claims.core.model import Claim, Paper, Result, Verdict

VERDICT_ORDER = [v.value for v in Verdict]
ATTENTION = (Verdict.REFUTED, Verdict.CONDITIONAL, Verdict.UNDECIDED, Verdict.ERROR, Verdict.DISAGREE,
             Verdict.DEPENDENT, Verdict.INSENSITIVE)
DEFECT_VERDICTS = (Verdict.ERROR, Verdict.DISAGREE, Verdict.DEPENDENT, Verdict.INSENSITIVE)


def claim_record(claim: Claim, r: Result) -> dict:
    """One claim in the JSON schema (keys stable; absent values are null)."""
    return {
        "id": claim.id,
        "paper": claim.paper,
        "location": claim.location,
        "statement": claim.statement,
        "stated": claim.stated or None,
        "interval": list(r.interval) if r.interval else None,
        "derived": r.derived,
        "numeric": r.numeric,
        "verdict": r.verdict.value,
        "expected": r.expected.value,
        "evidence": r.evidence.value if r.evidence else None,
        "severity": r.severity.value if r.severity else None,
        "reason": r.reason or None,
        "seconds": r.seconds,
        # additional keys (stable as well)
        "expected_reason": claim.expect.reason or None,
        "decided_by": r.decided_by,
        "units": claim.units or None,
        "quote": claim.quote or None,
        "reading": claim.reading or None,
        "details": r.details or None,
        # bound to a manuscript revision (claims.text.revision): unchanged / changed / stale, else null
        "manuscript_status": None,
        "stated_registry": claim.stated or None,
        # the earned-verdicts framework (null for claims not on it)
        "quantity": r.quantity,
        "inputs": r.inputs,
        "cross_check": r.cross_check,
        "trace": r.trace,
        "rule": r.rule,
        "inherited_from": r.inherited_from,
        "instances_checked": r.instances_checked,
    }


def summary(papers: list[Paper], claims: list[Claim], results: list[Result]) -> dict:
    by_paper: dict[str, Counter] = {p.key: Counter() for p in papers}
    for c, r in zip(claims, results, strict=True):
        by_paper[c.paper][r.verdict.value] += 1
    unexpected = [r.claim_id for r in results if not r.as_expected]
    return {
        "claims": len(results),
        "by_verdict": dict(sorted(Counter(r.verdict.value for r in results).items(),
                                  key=lambda kv: VERDICT_ORDER.index(kv[0]))),
        "by_paper": {k: dict(v) for k, v in by_paper.items()},
        "unexpected": unexpected,
        "defects": {v.value: sum(r.verdict is v for r in results) for v in DEFECT_VERDICTS},
        "defect_ids": [r.claim_id for r in results if r.verdict in DEFECT_VERDICTS],
        "quantities": len({r.quantity for r in results if r.quantity}),
        "mentions": sum(1 for r in results if r.quantity),
        "legacy_claims": sum(1 for r in results if not r.quantity),
        "inherited": sum(1 for r in results if r.inherited_from),
        "ok": not unexpected,
    }


def build_json(papers: list[Paper], claims: list[Claim], results: list[Result]) -> dict:
    return {
        "tool": {"name": "physics-claims", "version": __version__},
        "papers": [{"key": p.key, "title": p.title, "manuscript": p.manuscript, "arxiv": p.arxiv,
                    "coverage": None}  # filled by claims.text.revision when a manuscript is read
                   for p in papers],
        "claims": [claim_record(c, r) for c, r in zip(claims, results, strict=True)],
        "summary": summary(papers, claims, results),
    }


def _cell(s: object) -> str:
    return str(s if s is not None else "").replace("|", "\\|").replace("\n", " ")


PR_COMMENT_LIMIT = 60_000  # GitHub takes 65,536 characters per comment; leave room for a header


def fit_comment(text: str, limit: int = PR_COMMENT_LIMIT) -> str:
    """Cut a Markdown summary at a list-item boundary so it fits one pull-request comment."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n- ", 0, limit - 300)
    cut = cut if cut > 0 else limit - 300
    left = text[cut:].count("\n- **`")
    return (text[:cut] + f"\n\n… {left} more claim(s) not shown: the comment size limit was "
            "reached. The full list is in claims.md and claims.html.\n")


def build_markdown(doc: dict, *, summary_only: bool = False) -> str:
    """GitHub-flavoured Markdown: summary, then claims needing attention, then the rest collapsed."""
    s = doc["summary"]
    verdicts = [v for v in VERDICT_ORDER if any(v in d for d in s["by_paper"].values())]
    lines = [f"# Claims verification report ({doc['tool']['name']} {doc['tool']['version']})", ""]
    status = "all verdicts as expected" if s["ok"] else f"{len(s['unexpected'])} unexpected verdict(s)"
    lines += [f"**{s['claims']} claims** — {status}.", ""]
    lines += ["| paper | " + " | ".join(verdicts) + " |", "|---|" + "---:|" * len(verdicts)]
    for p in doc["papers"]:
        counts = s["by_paper"].get(p["key"], {})
        lines.append(f"| `{p['key']}` | " + " | ".join(str(counts.get(v, 0)) for v in verdicts) + " |")
    lines.append("")
    if s["unexpected"]:
        lines += ["**Unexpected verdicts:** " + ", ".join(f"`{i}`" for i in s["unexpected"]), ""]
    attention = [c for c in doc["claims"] if c["verdict"] in {v.value for v in ATTENTION}
                 or c["verdict"] != c["expected"]]  # a stale expectation needs a look too
    lines += ["## Refuted, conditional, undecided and unexpected claims", ""]
    if not attention:
        lines += ["None.", ""]
    for c in attention:
        sev = f", {c['severity']}" if c["severity"] else ""
        lines.append(f"- **`{c['id']}`** ({c['location']}) — **{c['verdict']}**{sev}: "
                     f"{_cell(c['statement'])}")
        if c["stated"] is not None:
            iv = f" ∈ [{c['interval'][0]}, {c['interval'][1]}]" if c["interval"] else ""
            lines.append(f"  - stated: `{_cell(c['stated'])}`{iv}")
        lines.append(f"  - {_cell(c['reason'])}")
        if c["verdict"] != c["expected"]:
            lines.append(f"  - **expected {c['expected']}**: {_cell(c.get('expected_reason'))}")
    lines.append("")
    from claims.text.revision import markdown_lines  # manuscript statuses and coverage (when read)

    lines += markdown_lines(doc)
    if summary_only:
        return fit_comment("\n".join(lines))
    rest = [c for c in doc["claims"] if c not in attention]
    lines += ["<details><summary>All other claims "
              f"({len(rest)})</summary>", "",
              "| id | location | stated | derived | numeric | verdict | evidence |",
              "|---|---|---|---|---|---|---|"]
    for c in rest:
        lines.append("| " + " | ".join(_cell(x) for x in (
            f"`{c['id']}`", c["location"], c["stated"], c["derived"], c["numeric"],
            c["verdict"], c["evidence"])) + " |")
    lines += ["", "</details>", ""]
    return "\n".join(lines)


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600: reports are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def dumps(doc: dict) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
