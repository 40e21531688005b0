"""JUnit XML for CI dashboards: one test case per claim, grouped in one suite per paper.

A claim *fails* when :func:`claims.text.revision.failure_reasons` gives a reason under the
chosen ``--fail-on`` list; the failure's ``message`` is the first reason and its body
all of them with the claim's stated value, interval and routes.  Claims that do not
fail but need a reader's eye (refuted as expected, not checkable) pass and carry
their verdict in ``system-out``.  The XML is built with :mod:`xml.etree`, so every
text is escaped.

Times are this run's: a claim whose result came from the cache took no computation now,
so its ``time`` is 0 and its output says when it was computed (and how long that took).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from claims.text.outcome import failure_reasons


def build_junit(doc: dict, fail_on: Iterable[str]) -> str:
    """JUnit XML text of an audit report (the JSON document of :mod:`claims.reports.report`)."""
    fail_on = tuple(fail_on)
    root = ET.Element("testsuites", name="claims")
    total = failures = 0
    time_total = 0.0
    for paper in doc["papers"]:
        recs = [c for c in doc["claims"] if c["paper"] == paper["key"]]
        suite = ET.SubElement(root, "testsuite", name=paper["key"])
        nfail = 0
        seconds = 0.0
        for c in recs:
            now = 0.0 if c.get("cached") else (c["seconds"] or 0.0)  # this run's time
            case = ET.SubElement(suite, "testcase", classname=f"claims.{c['paper']}",
                                 name=c["id"], time=f"{now:.3f}")
            if c.get("cached"):
                props = ET.SubElement(case, "properties")
                ET.SubElement(props, "property", name="cached", value="true")
                ET.SubElement(props, "property", name="computed_seconds",
                              value=f"{c['seconds'] or 0.0:.3f}")
            why = failure_reasons(c, fail_on)
            if why:
                nfail += 1
                f = ET.SubElement(case, "failure", message=why[0], type=why[0].split()[0])
                f.text = "\n".join(why + ["", _describe(c)])
            else:
                out = ET.SubElement(case, "system-out")
                out.text = _describe(c)
            seconds += now
        suite.set("tests", str(len(recs)))
        suite.set("failures", str(nfail))
        suite.set("errors", "0")
        suite.set("skipped", "0")
        suite.set("time", f"{seconds:.3f}")
        cov = paper.get("coverage")
        if cov:
            props = ET.SubElement(suite, "properties")
            for k in ("numbers", "covered", "percent"):
                ET.SubElement(props, "property", name=f"coverage.{k}", value=str(cov[k]))
        total += len(recs)
        failures += nfail
        time_total += seconds
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", "0")
    root.set("time", f"{time_total:.3f}")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _describe(c: dict) -> str:
    lines = [f"{c['id']} [{c['location']}]", f"statement: {c['statement']}"]
    if c.get("manuscript_status"):
        lines.append(f"manuscript: {c['manuscript_status']}"
                     + (f" (line {c['manuscript_line']})" if c.get("manuscript_line") else ""))
    if c.get("stated_registry") and c.get("stated") != c.get("stated_registry"):
        lines.append(f"stated: {c['stated']} (registry: {c['stated_registry']})")
    else:
        lines.append(f"stated: {c['stated']}")
    if c.get("interval"):
        lines.append(f"interval: [{c['interval'][0]}, {c['interval'][1]}]")
    lines += [f"derivation: {c['derived']}", f"numerics: {c['numeric']}",
              f"verdict: {c['verdict']} (expected {c['expected']})", f"reason: {c['reason']}"]
    if c.get("cached"):
        lines.append(f"cached: result reused from an earlier run (computed in "
                     f"{c['seconds'] or 0.0:.3f} s then; 0 s now)")
    return "\n".join(lines)
