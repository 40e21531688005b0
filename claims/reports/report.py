"""Reports: the JSON document (stable, versioned schema for CI consumers) and file writing.

The JSON schema ships in the package (``claims/reports/schema/claims.schema.json``); the
document names its version in ``schema_version``.  The Markdown rendering is in
:mod:`claims.reports.markdown`.

Files are written atomically (temporary file in the same folder, then
``os.replace``), so a failed run never leaves a half-written report.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Collection
from pathlib import Path

from claims import __version__
from claims.core.files import dumps, write_atomic  # noqa: F401 - the report's file helpers
from claims.core.model import Claim, Paper, Result, Verdict

VERDICT_ORDER = [v.value for v in Verdict]
#: Version of the JSON report's schema (``schema/claims.schema.json``): the major number
#: changes when a key is removed or changes meaning, the minor one when keys are added.
SCHEMA_VERSION = "1.1"
SCHEMA_FILE = Path(__file__).with_name("schema") / "claims.schema.json"
#: Keys the checker's framework may add to a claim (absent values are null).
FRAMEWORK_KEYS = ("quantity", "inputs", "cross_check", "trace", "rule", "inherited_from",
                  "instances_checked")
ATTENTION = (Verdict.REFUTED, Verdict.CONDITIONAL, Verdict.UNDECIDED, Verdict.ERROR, Verdict.DISAGREE,
             Verdict.DEPENDENT, Verdict.INSENSITIVE)
DEFECT_VERDICTS = (Verdict.ERROR, Verdict.DISAGREE, Verdict.DEPENDENT, Verdict.INSENSITIVE)


def claim_record(claim: Claim, r: Result, cached: bool = False) -> dict:
    """One claim in the JSON schema (keys stable; absent values are null)."""
    rec = {
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
        "seconds": r.seconds,  # of the computation that gave the result (see ``cached``)
        # True: the result was taken from the cache; ``seconds`` are those of the earlier run
        "cached": bool(cached),
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
    }
    for key in FRAMEWORK_KEYS:  # the framework's records (claims.core) when it provides them
        value = getattr(r, key, None)
        if value is None:
            value = getattr(claim, key, None)
        rec[key] = _plain(value)
    return rec


def _plain(value: object) -> object:
    """A JSON value for a framework attribute (dataclasses and objects become their text)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _plain(dataclasses.asdict(value))
    ident = getattr(value, "id", None)
    return ident if isinstance(ident, str) else str(value)


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


def build_json(papers: list[Paper], claims: list[Claim], results: list[Result],
               cached: Collection[str] = ()) -> dict:
    """The JSON report; ``cached``: ids of the claims whose result came from the cache."""
    cached = set(cached)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "physics-claims", "version": __version__},
        "papers": [{"key": p.key, "title": p.title, "manuscript": p.manuscript, "arxiv": p.arxiv,
                    "coverage": None,  # filled by claims.text.revision when a manuscript is read
                    "inputs": _inputs(p)}
                   for p in papers],
        "claims": [claim_record(c, r, c.id in cached)
                   for c, r in zip(claims, results, strict=True)],
        "summary": summary(papers, claims, results),
    }


def _inputs(p: Paper) -> list[dict] | None:
    """The paper's declared inputs (reported as inputs, never as claims)."""
    inputs = getattr(p, "inputs", None)
    if not inputs:
        return None
    return [{"name": x.name, "value": _plain(x.value), "units": x.units or None,
             "quote": x.quote or None, "location": x.location or None, "kind": x.kind}
            for x in inputs.values()]


def compare_baseline(doc: dict, base: dict, path: object) -> dict:
    """What is new, changed, stale or gone since ``base`` (the claims.json of an earlier run).

    A claim is *changed* when its verdict, stated value, severity, expectation or manuscript
    status differs from the baseline's; *stale* when its quote is not found in the manuscript
    read now; every other claim present in both is *known*.  The manuscript status counts only
    when the baseline run read a manuscript too.
    """
    old = {c["id"]: c for c in base.get("claims", [])}
    now = {c["id"] for c in doc["claims"]}
    new, changed, known = [], [], []
    for c in doc["claims"]:
        o = old.get(c["id"])
        if o is None:
            new.append(c["id"])
            continue
        if c.get("manuscript_status") == "stale":
            continue  # listed as stale (its quote is gone: what else changed cannot be told)
        kinds = [k for k in ("verdict", "stated", "severity", "expected") if o.get(k) != c.get(k)]
        if o.get("manuscript_status") is not None and o["manuscript_status"] != c.get("manuscript_status"):
            kinds.append("manuscript_status")  # (a baseline run without a manuscript has none)
        if kinds:
            changed.append({"id": c["id"], "changes": kinds, "verdict_old": o.get("verdict"),
                            "stated_old": o.get("stated"), "severity_old": o.get("severity"),
                            "expected_old": o.get("expected"),
                            "status_old": o.get("manuscript_status")})
        else:
            known.append(c["id"])
    stale = [c["id"] for c in doc["claims"] if c.get("manuscript_status") == "stale"]
    return {"path": str(path), "tool_version": (base.get("tool") or {}).get("version"),
            "new": new, "changed": changed, "stale": stale,
            "removed": sorted(i for i in old if i not in now), "known": known}


def write_set(folder: Path, files: dict[str, str]) -> list[Path]:
    """Write the report files of one run into ``folder`` as one set (all replace the old set
    together: :func:`claims.reports.writer.write_report_set`); returns their paths.

    Raises
    ------
    OSError
        :class:`claims.reports.writer.ReportSetError` when the set cannot be written; the
        previous set is left as it was.
    """
    from claims.reports.writer import write_report_set

    return list(write_report_set(folder, files))


