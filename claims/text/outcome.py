"""What fails a build and what the terminal and the Markdown report say about a manuscript:
the ``--fail-on`` rules, each claim record's failure reasons, the manuscript section's lines.

Light on purpose: an audit without ``--manuscript`` needs these and nothing of the binding
layer (:mod:`claims.text.revision`, which re-exports them)."""

from __future__ import annotations

from collections.abc import Iterable

from claims.core.model import Verdict
from claims.core.reading import safe_text

#: a claim's status against a manuscript revision (:class:`claims.text.binding.Binding`)
STATUSES = ("unchanged", "changed", "stale", "unverified")


# --- what fails the build --------------------------------------------------------------------------

FAIL_ON_CHOICES = ("unexpected", "refuted", "conditional", "undecided", "not_checkable",
                   "error", "disagree", "stale", "unverified", "changed")
DEFAULT_FAIL_ON = ("unexpected", "stale", "unverified")


def parse_fail_on(text: str | None) -> tuple[str, ...]:
    """``--fail-on`` list; raises ValueError naming the unknown entries."""
    if text is None:
        return DEFAULT_FAIL_ON
    items = tuple(x.strip().lower() for x in text.split(",") if x.strip())
    if items == ("none",):
        return ()
    bad = [x for x in items if x not in FAIL_ON_CHOICES]
    if bad or not items:
        raise ValueError(f"unknown --fail-on entry {','.join(bad) or text!r}; choose from "
                         f"{', '.join(FAIL_ON_CHOICES)} (or 'none')")
    return items


def failure_reasons(rec: dict, fail_on: Iterable[str]) -> list[str]:
    """Why one claim record of the JSON report fails the build under ``fail_on`` (empty: passes).

    ``unexpected``: the verdict differs from the registry's expectation, or is error/disagree.
    For a changed claim the expectation was recorded for the registry's value: a changed
    claim whose new value is confirmed is not unexpected (a correction is good news; add
    ``changed`` to fail until the registry is updated).
    """
    fail_on = set(fail_on)
    out = []
    v, status = rec["verdict"], rec.get("manuscript_status")
    if "unexpected" in fail_on and v != rec["expected"]:
        if v in (Verdict.ERROR.value, Verdict.DISAGREE.value) or not (
                status == "changed" and v == Verdict.CONFIRMED.value):
            out.append(f"verdict {v}, expected {rec['expected']}")
    if v in fail_on and v != Verdict.CONFIRMED.value:
        out.append(f"verdict {v}")
    if status in ("stale", "changed") and status in fail_on:
        note = rec.get("manuscript_note") or "quote not found in the manuscript"
        out.append(f"stale: {note}" if status == "stale" else
                   f"changed: manuscript now states {rec['stated']} "
                   f"(registry: {rec['stated_registry']})")
    if status == "unverified" and fail_on & {"unverified", "stale"}:
        out.append(f"unverified: {rec.get('manuscript_note') or 'stated value not at its quote'}")
    if status == "changed" and rec.get("manuscript_undecided") and fail_on:
        out.append(f"changed and undecided: {rec['manuscript_undecided']}")
    return list(dict.fromkeys(out))


def failing(doc: dict, fail_on: Iterable[str]) -> dict[str, list[str]]:
    fail_on = tuple(fail_on)
    return {r["id"]: why for r in doc["claims"] if (why := failure_reasons(r, fail_on))}


def fail_on_arg(args, default=DEFAULT_FAIL_ON) -> tuple[str, ...]:
    """The ``--fail-on`` list of parsed command-line ``args`` (``default`` when absent)."""
    text = getattr(args, "fail_on", None)
    if text is None:
        return tuple(default)
    try:
        return parse_fail_on(text)
    except ValueError as e:
        from claims.text.manuscript import ManuscriptError

        raise ManuscriptError(str(e)) from None


# --- the manuscript section of the terminal summary and of the Markdown report ------------------

def summary_lines(doc: dict) -> list[str]:
    """Plain-text lines for the terminal: manuscript statuses, changed/stale claims, coverage."""
    m = doc.get("manuscript")
    if not m:
        return []
    st = m["status"]
    out = [f"manuscript {m['path']} ({m['format']}, paper {m['paper']}): "
           + ", ".join(f"{st[s]} {s}" for s in STATUSES)]
    total = sum(st.values())
    if total and st["stale"] > total / 2:
        out.append(f"warning: {st['stale']} of {total} quotes not found: is {m['path']} the "
                   f"manuscript of paper {m['paper']}?")
    for c in doc["claims"]:
        if c.get("manuscript_status") == "changed":
            out.append(f"  changed  {c['id']} (line {c['manuscript_line']}): "
                       f"{safe_text(c['stated_registry'])} -> {safe_text(c['stated'])}: now "
                       f"{c['verdict']}")
        elif c.get("manuscript_status") in ("stale", "unverified"):
            out.append(f"  {c['manuscript_status']:<8} {c['id']}: "
                       f"{safe_text(c.get('manuscript_note') or 'quote not found')}")
    for p in doc["papers"]:
        cov = p.get("coverage")
        if cov:
            out.append(f"coverage of {p['key']}: {cov['covered']}/{cov['numbers']} numeric "
                       f"statements covered ({cov['percent']}%); {len(cov['uncovered'])} uncovered")
    return out


def markdown_lines(doc: dict, max_uncovered: int = 200) -> list[str]:
    """Markdown section on the manuscript: changed and stale claims, coverage, uncovered numbers."""
    m = doc.get("manuscript")
    if not m:
        return []
    st = m["status"]
    lines = ["## Manuscript", "",
             f"`{m['path']}` ({m['format']}), paper `{m['paper']}`: "
             + ", ".join(f"**{st[s]}** {s}" for s in STATUSES) + ".", ""]
    rows = [c for c in doc["claims"]
            if c.get("manuscript_status") in ("changed", "stale", "unverified")]
    if rows:
        lines += ["| claim | status | line | registry | manuscript now | verdict |",
                  "|---|---|---:|---|---|---|"]
        for c in rows:
            lines.append("| " + " | ".join(_cell(x) for x in (
                f"`{c['id']}`", c["manuscript_status"], c.get("manuscript_line") or "",
                c.get("stated_registry"), c["stated"] if c["manuscript_status"] == "changed"
                else c.get("manuscript_note"), c["verdict"])) + " |")
        lines.append("")
    for p in doc["papers"]:
        cov = p.get("coverage")
        if not cov:
            continue
        lines += [f"### Coverage of `{p['key']}`: {cov['covered']}/{cov['numbers']} numeric "
                  f"statements ({cov['percent']}%)", ""]
        if cov["uncovered"]:
            lines += [f"<details><summary>{len(cov['uncovered'])} uncovered</summary>", "",
                      "| line | number | context |", "|---:|---|---|"]
            for u in cov["uncovered"][:max_uncovered]:
                lines.append(f"| {u['line']} | `{_cell(u['number'])}` | {_cell(u['text'])} |")
            if len(cov["uncovered"]) > max_uncovered:
                lines.append(f"| | | … {len(cov['uncovered']) - max_uncovered} more in claims.json |")
            lines += ["", "</details>", ""]
    return lines


def _cell(s: object) -> str:
    return safe_text(s if s is not None else "").replace("|", "\\|").replace("<U+", "&lt;U+")
