"""GitHub-flavoured Markdown: the full report (``claims.md``) and the pull-request comment.

The full report gives the summary, then every claim that needs attention with its reason,
then the other claims collapsed.  The comment (``--summary``) leads with what is new,
changed or stale since the baseline (``--baseline OLD.json``), gives the known findings as
counts with a link to the full report, and always fits one comment
(:data:`PR_COMMENT_LIMIT` characters; cut at an item with a note when longer).

Text from the registry or a manuscript is made inert: formulas (anything carrying
``*``, ``_``, ``^``, ``<``, backticks, braces, ...) go in code spans, so SymPy's ``**``
never renders as bold, and control characters are dropped.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter

from claims.reports.report import ATTENTION, FRAMEWORK_KEYS, VERDICT_ORDER

PR_COMMENT_LIMIT = 60_000  # GitHub takes 65,536 characters per comment; leave room for a header
ATTENTION_VALUES = {v.value for v in ATTENTION} | {"dependent", "insensitive"}
DEFECTS = ("error", "disagree", "dependent", "insensitive")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_ACTIVE = re.compile(r"[*_^`<>{}\\|~\[\]#]|&[a-zA-Z#]")
_JOINER = re.compile(r"^(?:[-+=/·×≈<>≤≥]|vs\.?)$")


def clean(s: object) -> str:
    """One line of text without control or bidi characters."""
    return _CONTROL.sub("", " ".join(str(s if s is not None else "").split()))


def code(s: object, table: bool = False) -> str:
    """``s`` as one inline code span (backticks inside handled; ``table``: pipes escaped)."""
    t = clean(s).replace("|", "\\|") if table else clean(s)
    if not t:
        return ""
    ticks = "`" * (max((len(m) for m in re.findall(r"`+", t)), default=0) + 1)
    pad = " " if t.startswith("`") or t.endswith("`") else ""
    return f"{ticks}{pad}{t}{pad}{ticks}"


def text(s: object, table: bool = False) -> str:
    """Prose with its formula-like runs of words in code spans (``table``: for a table cell)."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        tail: list[str] = []
        while run and _JOINER.match(run[-1]):  # an operator left dangling at the end
            tail.insert(0, run.pop())
        if run:
            out.append(code(" ".join(run), table))
        out.extend(tail)
        run.clear()

    for w in clean(s).split():
        joined = " ".join(run)
        inside = run and _depth(joined) > 0  # inside a bracket opened in the formula: it goes on
        if inside or _ACTIVE.search(w if table else w.replace("|", "")):
            core, trail = _split_trailing(w)
            run.append(core)
            if trail and _depth(" ".join(run)) <= 0:
                flush()
                out[-1] += trail
            elif trail:
                run[-1] += trail
        elif run and _JOINER.match(w):
            run.append(w)
        else:
            flush()
            out.append(w)
    flush()
    return " ".join(out)


def _depth(s: str) -> int:
    return s.count("{") + s.count("[") - s.count("}") - s.count("]")


def _split_trailing(w: str) -> tuple[str, str]:
    """A word's trailing punctuation (and closing brackets it does not open) kept out of code."""
    core, trail = w, ""
    while core:
        last = core[-1]
        if last in ",;:." or (last == ")" and core.count("(") < core.count(")")):
            core, trail = core[:-1], last + trail
        else:
            break
    return (core, trail) if core else (w, "")


def _title(doc: dict) -> str:
    return f"# Claims verification report ({doc['tool']['name']} {doc['tool']['version']})"


def _counts_line(doc: dict) -> str:
    s = doc["summary"]
    status = ("all verdicts as expected" if s["ok"]
              else f"{len(s['unexpected'])} unexpected verdict(s)")
    extra = []
    for key, label in (("quantities", "quantities"), ("mentions", "mentions")):
        v = s.get(key)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            extra.append(f"{v} {label}")
        elif isinstance(v, dict) and "total" in v:
            extra.append(f"{v['total']} {label}")
    ex = f" ({', '.join(extra)})" if extra else ""
    return f"**{s['claims']} claims**{ex} — {status}."


def _table(doc: dict) -> list[str]:
    s = doc["summary"]
    verdicts = [v for v in VERDICT_ORDER if any(v in d for d in s["by_paper"].values())]
    verdicts += sorted({v for d in s["by_paper"].values() for v in d} - set(verdicts))
    lines = ["| paper | " + " | ".join(v.replace("_", " ") for v in verdicts) + " |",
             "|---|" + "---:|" * len(verdicts)]
    for p in doc["papers"]:
        counts = s["by_paper"].get(p["key"], {})
        lines.append(f"| `{p['key']}` | " + " | ".join(str(counts.get(v, 0)) for v in verdicts) + " |")
    return lines + [""]


def _defect_ids(doc: dict) -> list[str]:
    d = doc["summary"].get("defects")
    if isinstance(d, list):
        return [x if isinstance(x, str) else str(x.get("id", x)) for x in d]
    return [c["id"] for c in doc["claims"] if c["verdict"] in DEFECTS]


def _extra_lines(c: dict) -> list[str]:
    """The framework's per-claim records, when present: quantity, rule, inputs, checks."""
    out = []
    labels = {"quantity": "quantity", "rule": "reading rule", "inherited_from": "inherited from",
              "instances_checked": "instances checked", "inputs": "inputs",
              "cross_check": "cross-check", "trace": "trace"}
    for key in FRAMEWORK_KEYS:
        v = c.get(key)
        if v is None or v == [] or v == {}:
            continue
        if key in ("quantity", "inherited_from"):
            out.append(f"  - {labels[key]}: {code(v)}")
        elif key == "instances_checked":
            out.append(f"  - {labels[key]}: {v}")
        else:
            shown = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, sort_keys=True)
            if len(shown) > 300:
                shown = shown[:297] + "…"
            out.append(f"  - {labels[key]}: {code(shown)}")
    return out


def _item(c: dict, *, brief: bool = False, note: str = "") -> list[str]:
    sev = f", {c['severity']}" if c.get("severity") else ""
    head = (f"- **`{c['id']}`** ({text(c['location'])}) — **{c['verdict']}**{sev}{note}: "
            f"{text(c['statement'])}")
    lines = [head]
    if c.get("stated") is not None:
        iv = (f" ∈ {code('[' + str(c['interval'][0]) + ', ' + str(c['interval'][1]) + ']')}"
              if c.get("interval") else "")
        lines.append(f"  - stated: {code(c['stated'])}{iv}")
    if c.get("reason"):
        reason = clean(c["reason"])
        if brief and len(reason) > 400:
            reason = reason[:397] + "…"
        lines.append(f"  - {text(reason)}")
    if c["verdict"] != c["expected"]:
        lines.append(f"  - **expected {c['expected']}**: {text(c.get('expected_reason'))}")
    if not brief:
        lines += _extra_lines(c)
    return lines


def _report_link(report_url: str | None) -> str:
    url = report_url
    if not url:
        env = os.environ
        if env.get("GITHUB_SERVER_URL") and env.get("GITHUB_REPOSITORY") and env.get("GITHUB_RUN_ID"):
            url = (f"{env['GITHUB_SERVER_URL']}/{env['GITHUB_REPOSITORY']}/actions/runs/"
                   f"{env['GITHUB_RUN_ID']}")
    if url:
        return f"[the full report]({clean(url).replace(')', '%29').replace(' ', '%20')})"
    return ("the full report (`claims.html` and `claims.json` in the report folder; "
            "`claims.md` without `--summary`)")


def _findings_counts(recs: list[dict]) -> str:
    by = Counter(c["verdict"] for c in recs if c["verdict"] != "confirmed")
    sev = Counter(c.get("severity") for c in recs if c["verdict"] == "refuted" and c.get("severity"))
    inherited = sum(1 for c in recs if c["verdict"] == "refuted" and c.get("inherited_from"))
    parts = []
    for v in VERDICT_ORDER + sorted(set(by) - set(VERDICT_ORDER)):
        if by.get(v):
            extra = ""
            if v == "refuted" and (sev or inherited):
                bits = [f"{n} {k}" for k, n in sorted(sev.items())]
                if inherited:
                    bits.append(f"{inherited} inherited from an earlier error")
                extra = f" ({', '.join(bits)})"
            parts.append(f"**{by[v]}** {v.replace('_', ' ')}{extra}")
    return ", ".join(parts) if parts else "none"


def _manuscript_brief(doc: dict) -> list[str]:
    m = doc.get("manuscript")
    lines = []
    if m:
        st = m["status"]
        lines += [f"**Manuscript** {code(m['path'])} ({m['format']}, paper `{m['paper']}`): "
                  + ", ".join(f"{st.get(s, 0)} {s}" for s in ("unchanged", "changed", "stale", "unverified"))
                  + ".", ""]
    for p in doc["papers"]:
        cov = p.get("coverage")
        if cov:
            lines += [f"Coverage of `{p['key']}`: {cov['covered']}/{cov['numbers']} numeric "
                      f"statements ({cov['percent']}%); {len(cov['uncovered'])} uncovered "
                      "(listed in the full report).", ""]
    return lines


def _status_rows(doc: dict, rows: list[dict]) -> list[str]:
    if not rows:
        return []
    out = ["| claim | status | line | registry | manuscript now | verdict |",
           "|---|---|---:|---|---|---|"]
    for c in rows:
        now = c["stated"] if c.get("manuscript_status") == "changed" else c.get("manuscript_note")
        out.append(f"| `{c['id']}` | {c.get('manuscript_status')} | {c.get('manuscript_line') or ''} | "
                   f"{code(c.get('stated_registry'), True)} | "
                   f"{code(now, True) if c.get('manuscript_status') == 'changed' else text(now, True)} | "
                   f"{c['verdict']} |")
    return out + [""]


def _since_baseline(doc: dict) -> list[str]:
    b = doc["baseline"]
    by_id = {c["id"]: c for c in doc["claims"]}
    lines = [f"## Since the baseline ({code(b['path'])})", "",
             f"**{len(b['new'])} new**, **{len(b['changed'])} changed**, **{len(b['stale'])} stale**, "
             f"{len(b['removed'])} removed; {len(b['known'])} known claims unchanged.", ""]
    if b["changed"]:
        lines += ["### Changed", ""]
        for ch in b["changed"]:
            c = by_id.get(ch["id"])
            if c is None:
                continue
            bits = []
            if "verdict" in ch["changes"]:
                bits.append(f"was {ch['verdict_old']}")
            if "stated" in ch["changes"]:
                bits.append(f"stated {code(ch['stated_old']) or '(none)'} → "
                            f"{code(c.get('stated')) or '(none)'}")
            if "manuscript_status" in ch["changes"]:
                bits.append(f"manuscript {ch['status_old'] or '—'} → {c.get('manuscript_status')}")
            if "severity" in ch["changes"] and "verdict" not in ch["changes"]:
                bits.append(f"severity {ch['severity_old']} → {c.get('severity')}")
            if "expected" in ch["changes"]:
                bits.append(f"expected {ch['expected_old']} → {c['expected']}")
            lines += _item(c, brief=True, note=f" ({'; '.join(bits)})")
        lines.append("")
    if b["new"]:
        lines += ["### New", ""]
        for cid in b["new"]:
            if cid in by_id:
                lines += _item(by_id[cid], brief=True)
        lines.append("")
    if b["stale"]:
        lines += ["### Stale (quote not found in the manuscript)", ""]
        for cid in b["stale"]:
            c = by_id.get(cid, {"location": "", "id": cid})
            lines.append(f"- **`{cid}`** ({text(c['location'])}): "
                         f"{text(c.get('manuscript_note') or 'quote not found')}")
        lines.append("")
    if b["removed"]:
        lines += ["### Removed", "", ", ".join(f"`{i}`" for i in b["removed"]), ""]
    return lines


def build_markdown(doc: dict, *, summary_only: bool = False, report_url: str | None = None,
                   limit: int = PR_COMMENT_LIMIT) -> str:
    """The Markdown report of a JSON report document; ``summary_only``: the PR comment."""
    s = doc["summary"]
    lines = [_title(doc), "", _counts_line(doc), ""] + _table(doc)
    defects = _defect_ids(doc)
    if s["unexpected"]:
        lines += ["**Unexpected verdicts:** " + ", ".join(f"`{i}`" for i in s["unexpected"]), ""]
    if defects:
        lines += ["**Defects of the checker** (a route raised, or the routes disagree): "
                  + ", ".join(f"`{i}`" for i in defects), ""]
    attention = [c for c in doc["claims"] if c["verdict"] in ATTENTION_VALUES
                 or c["verdict"] != c["expected"]]  # a stale expectation needs a look too
    if summary_only:
        return fit_comment("\n".join(lines + _comment_body(doc, attention, report_url)), limit)
    if doc.get("baseline"):
        lines += _since_baseline(doc)
    lines += ["## Refuted, conditional, undecided and unexpected claims", ""]
    if not attention:
        lines += ["None.", ""]
    for c in attention:
        lines += _item(c)
    lines.append("")
    from claims.text.outcome import markdown_lines  # manuscript statuses and coverage (when read)

    lines += [_inert_row(x) for x in markdown_lines(doc)]
    rest = [c for c in doc["claims"] if c not in attention]
    lines += [f"<details><summary>All other claims ({len(rest)})</summary>", "",
              "| id | location | stated | derived | numeric | verdict | evidence |",
              "|---|---|---|---|---|---|---|"]
    for c in rest:
        lines.append("| " + " | ".join((
            f"`{c['id']}`", text(c["location"], True), code(c["stated"], True),
            _value_cell(c["derived"]), _value_cell(c["numeric"]), c["verdict"],
            c["evidence"] or "")) + " |")
    lines += ["", "</details>", ""]
    return "\n".join(lines)


def _value_cell(v: object) -> str:
    """A derived or numerical value in a table cell: a formula in code, prose as prose."""
    if v is None:
        return ""
    s = clean(v)
    return code(s, True) if (" " not in s or _ACTIVE.search(s)) else text(s, True)


def _inert_row(line: str) -> str:
    """A line of the manuscript section (built in claims.text.revision) without control characters."""
    return _CONTROL.sub("", line)


def _comment_body(doc: dict, attention: list[dict], report_url: str | None) -> list[str]:
    link = _report_link(report_url)
    b = doc.get("baseline")
    lines: list[str] = []
    if b:
        lines += _since_baseline(doc)
        known = {c["id"] for c in doc["claims"]} & set(b["known"])
        recs = [c for c in doc["claims"] if c["id"] in known]
        lines += ["## Known findings", "",
                  f"Unchanged since the baseline: {_findings_counts(recs)}. "
                  f"Each is listed with its reason in {link}.", ""]
        lines += _manuscript_brief(doc)
        return lines
    rows = [c for c in doc["claims"]
            if c.get("manuscript_status") in ("changed", "stale", "unverified")]
    if rows:
        lines += ["## Changed, stale and unverified in the manuscript", ""] + _status_rows(doc, rows)
    lines += _manuscript_brief(doc)
    lines += ["## Findings", "",
              f"{_findings_counts(doc['claims'])}; every claim with its reason is in {link}. "
              "Give `--baseline OLD.json` (the claims.json of the previous run) to list only what "
              "is new, changed or stale.", ""]
    first = [c for c in attention if c["verdict"] != c["expected"] or c["verdict"] in DEFECTS]
    for c in first:  # what fails the build: in full
        lines += _item(c, brief=True)
    rest = [c for c in attention if c not in first]
    if rest:  # the other findings: one line each, reasons in the full report
        lines += ["", "<details><summary>The findings, one line each</summary>", ""]
        for c in rest:
            sev = f", {c['severity']}" if c.get("severity") else ""
            st = f" (stated {code(c['stated'])})" if c.get("stated") else ""
            stmt = clean(c["statement"])
            stmt = stmt if len(stmt) <= 110 else stmt[:109] + "…"
            lines.append(f"- `{c['id']}` — {c['verdict']}{sev}{st}: {text(stmt)}")
        lines += ["", "</details>"]
    return lines + [""]


def fit_comment(text: str, limit: int = PR_COMMENT_LIMIT) -> str:
    """Cut a Markdown comment at a list-item boundary so that it has at most ``limit`` characters."""
    if len(text) <= limit:
        return text
    budget = limit - 400
    cut = text.rfind("\n- ", 0, budget)
    opened = text.count("<details>", 0, max(cut, 0)) > text.count("</details>", 0, max(cut, 0))
    if cut <= 0:
        cut = text.rfind("\n", 0, budget)
    cut = cut if cut > 0 else budget
    left = text[cut:].count("\n- **`") + text[cut:].count("\n- `")
    note = (f"\n\n… {left} more claim(s) not shown: the comment size limit ({limit:,} characters) "
            "was reached. The full list is in claims.html and claims.json.\n")
    out = text[:cut] + ("\n\n</details>" if opened else "") + note
    return out[:limit]
