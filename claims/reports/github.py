"""GitHub Actions workflow commands: one annotation per claim that needs a look, at its line.

``claims audit --format github`` prints, for every claim whose mention is *changed*, *stale*
or *unverified* (its stated value not at its quote) in the manuscript read, or whose verdict is *refuted* (and for every defect or
unexpected verdict), one command of the form::

    ::error file=paper/manuscript.txt,line=412,title=refuted: oqt:purity-bound::message

GitHub shows it on that line of the file in the pull request's diff.  Level: ``error`` when
the claim fails the build (``--fail-on``) or is refuted, ``warning`` when stale or unverified,
``notice``
otherwise.  With ``--baseline``, only what is new, changed or stale since the baseline is
annotated (known findings stay in the report).  Escaping follows the runner's rules
(``%``, CR, LF in every value; ``:`` and ``,`` in property values too).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

from claims.reports.markdown import clean
from claims.text.outcome import failure_reasons

DEFECTS = ("error", "disagree", "dependent", "insensitive")
#: manuscript statuses annotated whatever the verdict
NEEDS_A_LOOK = ("changed", "stale", "unverified")


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def relative(path: str) -> str:
    """A path as GitHub expects it: relative to the workspace (the current folder) when inside it."""
    base = os.environ.get("GITHUB_WORKSPACE") or os.getcwd()
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base))
    except ValueError:
        return path
    return path if rel.startswith("..") else rel.replace(os.sep, "/")


def annotated(doc: dict) -> list[dict]:
    """The claims that get an annotation (see the module docstring)."""
    b = doc.get("baseline")
    focus = None
    if b:
        focus = set(b["new"]) | {c["id"] for c in b["changed"]} | set(b["stale"])
    out = []
    for c in doc["claims"]:
        wanted = (c.get("manuscript_status") in NEEDS_A_LOOK or c["verdict"] == "refuted"
                  or c["verdict"] in DEFECTS or c["verdict"] != c["expected"])
        if wanted and (focus is None or c["id"] in focus or c["verdict"] in DEFECTS
                       or c["verdict"] != c["expected"]):
            out.append(c)
    return out


def kind(c: dict) -> str:
    if c["verdict"] in DEFECTS:
        return c["verdict"]
    if c.get("manuscript_status") in ("stale", "unverified"):
        return c["manuscript_status"]
    if c.get("manuscript_status") == "changed":
        return f"changed, now {c['verdict']}"
    return c["verdict"]


def workflow_commands(doc: dict, fail_on: Iterable[str],
                      locations: Mapping[str, tuple[str, int | None]]) -> list[str]:
    """The workflow command lines for ``doc`` (``locations``: claim id → (file, line or None))."""
    fail_on = tuple(fail_on)
    lines = []
    for c in annotated(doc):
        failing = failure_reasons(c, fail_on)
        if failing or c["verdict"] == "refuted" or c["verdict"] in DEFECTS:
            level = "error"
        elif c.get("manuscript_status") in ("stale", "unverified"):
            level = "warning"
        else:
            level = "notice"
        props = []
        where = locations.get(c["id"])
        if where:
            props.append(f"file={escape_property(relative(where[0]))}")
            if where[1]:
                props.append(f"line={int(where[1])}")
        props.append(f"title={escape_property(clean(kind(c) + ': ' + c['id']))}")
        msg = [clean(c["statement"]), f"location: {clean(c['location'])}"]
        if c.get("manuscript_status") == "changed" and c.get("stated_registry"):
            msg.append(f"stated: {clean(c.get('stated_registry'))} -> {clean(c.get('stated'))}")
        elif c.get("stated"):
            msg.append(f"stated: {clean(c['stated'])}")
        if c.get("manuscript_status") == "stale":
            msg.append(f"stale: {clean(c.get('manuscript_note') or 'quote not found')}")
        elif c.get("manuscript_status") == "unverified":
            msg.append("unverified: " + clean(c.get("manuscript_note")
                                              or "stated value not found at the quote"))
        msg.append(f"verdict: {c['verdict']}" + (f" (expected {c['expected']})"
                                                   if c["verdict"] != c["expected"] else ""))
        if c.get("reason"):
            msg.append(clean(c["reason"]))
        if failing:
            msg.append("fails the build: " + "; ".join(failing))
        lines.append(f"::{level} {','.join(props)}::{escape_data(chr(10).join(msg))}")
    return lines
