"""SARIF 2.1.0 for code-scanning tools (``claims audit --format sarif`` → ``claims.sarif``).

One run; the rules are the kinds of finding (refuted, conditional, undecided, not checkable,
stale, changed, unexpected verdict, checker defect); each claim that needs a look is one
result at its manuscript line, with a stable fingerprint (the claim id), so a code-scanning
service tracks it across revisions.  The document validates against the SARIF 2.1.0 JSON
schema (the subset of it for the properties written here ships in
``schema/sarif-2.1.0-subset.schema.json``; the tests validate with it).
"""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Iterable, Mapping
from pathlib import Path

from claims import __version__
from claims.reports.markdown import clean
from claims.text.revision import failure_reasons

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"

#: rule id → (name, short description, default level)
RULES: dict[str, tuple[str, str, str]] = {
    "claims/refuted": ("Refuted", "A stated result is wrong: both routes agree on another value "
                       "or found a checked counterexample.", "error"),
    "claims/conditional": ("Conditional", "A stated result holds only under an assumption the "
                           "paper does not state.", "warning"),
    "claims/undecided": ("Undecided", "The routes could not decide (precision or time ran out).",
                         "warning"),
    "claims/not-checkable": ("NotCheckable", "No definite mathematical content, or the value "
                             "was lost in the text.", "note"),
    "claims/stale": ("Stale", "The claim's quote is no longer found in the manuscript.", "warning"),
    "claims/unverified": ("Unverified", "The claim's quote is found but its stated value is not "
                          "at it: an edit of the value cannot be seen.", "warning"),
    "claims/changed": ("Changed", "The manuscript now states another value; the verdict was "
                       "recomputed on it.", "note"),
    "claims/unexpected": ("Unexpected", "The verdict differs from the registry's expectation.",
                          "error"),
    "claims/defect": ("CheckerDefect", "A route raised, or the two routes disagree: a defect of "
                      "the checker.", "error"),
}
_BY_VERDICT = {"refuted": "claims/refuted", "conditional": "claims/conditional",
               "undecided": "claims/undecided", "not_checkable": "claims/not-checkable",
               "error": "claims/defect", "disagree": "claims/defect",
               "dependent": "claims/defect", "insensitive": "claims/defect"}


def artifact_uri(path: str) -> str:
    """A relative path as a relative URI reference (``/``-separated); absolute as ``file:``."""
    p = Path(path)
    if p.is_absolute():
        base = Path(os.environ.get("GITHUB_WORKSPACE") or os.getcwd()).resolve()
        try:
            p = p.resolve().relative_to(base)
        except ValueError:
            return p.resolve().as_uri()
    return urllib.parse.quote(p.as_posix())


def _rules_of(c: dict) -> list[str]:
    out = []
    if c["verdict"] in _BY_VERDICT:
        out.append(_BY_VERDICT[c["verdict"]])
    if c["verdict"] != c["expected"] and c["verdict"] not in ("error", "disagree"):
        out.append("claims/unexpected")
    if c.get("manuscript_status") == "stale":
        out.append("claims/stale")
    elif c.get("manuscript_status") == "unverified":
        out.append("claims/unverified")
    elif c.get("manuscript_status") == "changed":
        out.append("claims/changed")
    return out


def build_sarif(doc: dict, fail_on: Iterable[str],
                locations: Mapping[str, tuple[str, int | None]]) -> dict:
    """The SARIF log of an audit (``locations``: claim id → (manuscript file, line or None))."""
    fail_on = tuple(fail_on)
    ids = list(RULES)
    results = []
    b = doc.get("baseline")
    state = {}
    if b:
        state = {**dict.fromkeys(b["known"], "unchanged"), **dict.fromkeys(b["new"], "new"),
                 **{ch["id"]: "updated" for ch in b["changed"]}}
    for c in doc["claims"]:
        why = failure_reasons(c, fail_on)
        for rule in _rules_of(c):
            level = "error" if why else RULES[rule][2]
            text = [f"{c['id']} ({clean(c['location'])}): {c['verdict']}"
                    + (f", {c['severity']}" if c.get("severity") else ""),
                    clean(c["statement"])]
            if c.get("stated"):
                text.append(f"stated: {clean(c['stated'])}")
            if rule == "claims/stale":
                text.append(clean(c.get("manuscript_note") or "quote not found"))
            elif rule == "claims/unverified":
                text.append(clean(c.get("manuscript_note") or "stated value not found at the quote"))
            elif c.get("reason"):
                text.append(clean(c["reason"]))
            if rule == "claims/unexpected":
                text.append(f"expected {c['expected']}: {clean(c.get('expected_reason') or '')}")
            res = {"ruleId": rule, "ruleIndex": ids.index(rule), "level": level,
                   "message": {"text": "\n".join(text)},
                   "partialFingerprints": {"claimId/v1": c["id"]},
                   "properties": {"claim": c["id"], "paper": c["paper"], "verdict": c["verdict"],
                                  "expected": c["expected"], "failsBuild": bool(why)}}
            if c["id"] in state:
                res["baselineState"] = state[c["id"]]
            where = locations.get(c["id"])
            if where:
                phys: dict = {"artifactLocation": {"uri": artifact_uri(where[0])}}
                if where[1]:
                    phys["region"] = {"startLine": int(where[1])}
                res["locations"] = [{"physicalLocation": phys}]
            results.append(res)
    rules = [{"id": rid, "name": name, "shortDescription": {"text": short},
              "defaultConfiguration": {"level": level}}
             for rid, (name, short, level) in RULES.items()]
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {"name": "physics-claims", "version": __version__,
                                "semanticVersion": __version__, "rules": rules}},
            "invocations": [{"executionSuccessful": not doc["summary"].get("defect_ids")}],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
