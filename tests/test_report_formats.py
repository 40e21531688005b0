"""Report formats as a CI user meets them, through the command line: the JSON schema, the
pull-request comment against a baseline, GitHub workflow commands and SARIF 2.1.0.

The SARIF log is validated with ``jsonschema`` against
``claims/reports/schema/sarif-2.1.0-subset.schema.json``, a faithful subset of the official
OASIS SARIF 2.1.0 schema for the objects the checker writes (see its description); the
GitHub commands against the runner's documented syntax and escaping rules.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from claims.core.model import Verdict
from claims.reports import report
from claims.reports.github import escape_data, escape_property
from claims.reports.markdown import PR_COMMENT_LIMIT, build_markdown, text

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "claims" / "reports" / "schema"
MINI = {"CLAIMS_PAPER_MODULES": "tests.fixtures.mini_paper", "PYTHONPATH": str(ROOT)}
# the mini paper's manuscript, revised: 'third' restated (0.334 -> 0.336), 'every square is
# even' gone (stale); the other quotes stand where they were
REVISION = """A hand-made manuscript.
sqrt2 = 1.4142 is the first number.
third = 0.336 is the second.
The derivative is 2x here.
Finally, we conjecture something.
"""


def claims(*args, env=None, cwd=None):
    e = {k: v for k, v in os.environ.items() if k != "CLAIMS_MINI_INJECT"}
    return subprocess.run([sys.executable, "-m", "claims", *args], capture_output=True,
                          text=True, env={**e, **MINI, **(env or {})}, cwd=cwd, timeout=600)


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def validator(name: str):
    s = schema(name)
    cls = jsonschema.validators.validator_for(s)
    cls.check_schema(s)
    return cls(s, format_checker=cls.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """A baseline run, then a run of the revised manuscript against it, all formats."""
    tmp = tmp_path_factory.mktemp("formats")
    ms = tmp / "paper" / "manuscript.txt"
    ms.parent.mkdir()
    ms.write_text(REVISION, encoding="utf-8")
    env = {"CLAIMS_CACHE_DIR": str(tmp / "cache")}
    base = claims("audit", "--out", str(tmp / "base"), env=env, cwd=tmp)
    assert base.returncode == 0, base.stderr
    new = claims("audit", "--manuscript", "paper/manuscript.txt", "--paper", "oqt",
                 "--baseline", str(tmp / "base" / "claims.json"), "--summary",
                 "--format", "json,md,junit,html,github,sarif", "--out", str(tmp / "new"),
                 "--report-url", "https://example.org/run/1", env=env, cwd=tmp)
    return tmp, base, new


def test_every_report_validates_against_the_shipped_schema(runs):
    tmp, _, _ = runs
    v = validator("claims.schema.json")
    for folder in ("base", "new"):
        doc = json.loads((tmp / folder / "claims.json").read_text(encoding="utf-8"))
        assert doc["schema_version"] == report.SCHEMA_VERSION
        errors = sorted(v.iter_errors(doc), key=str)
        assert not errors, [e.message for e in errors[:5]]


def test_schema_rejects_what_it_should(runs):
    tmp, _, _ = runs
    v = validator("claims.schema.json")
    doc = json.loads((tmp / "new" / "claims.json").read_text(encoding="utf-8"))
    bad = [dict(doc, schema_version=None), dict(doc, claims=[dict(doc["claims"][0], verdict="ok")]),
           dict(doc, claims=[{k: x for k, x in doc["claims"][0].items() if k != "seconds"}]),
           dict(doc, claims=[dict(doc["claims"][0], interval=["1"])])]
    for d in bad:
        assert list(v.iter_errors(d)), d


def test_schema_knows_every_verdict_and_the_framework_keys(runs):
    tmp, _, _ = runs
    s = schema("claims.schema.json")
    assert {v.value for v in Verdict} <= set(s["$defs"]["verdict"]["enum"])
    doc = json.loads((tmp / "new" / "claims.json").read_text(encoding="utf-8"))
    assert all(set(report.FRAMEWORK_KEYS) <= set(c) for c in doc["claims"])
    filled = dict(next(c for c in doc["claims"] if c["verdict"] == "refuted"), quantity="oqt:third", inputs={"N": "370"},
                  cross_check={"points": 3, "max_rel": 1e-12}, trace={"shared": []},
                  rule="half-unit", inherited_from="oqt:root", instances_checked=400)
    full = dict(doc, claims=[filled], summary=dict(doc["summary"], quantities=12, mentions=30),
                baseline=None)
    assert not list(validator("claims.schema.json").iter_errors(full))
    md = build_markdown(full)
    for shown in ("quantity: `oqt:third`", "reading rule: `half-unit`", "inherited from: `oqt:root`",
                  "instances checked: 400", "(12 quantities, 30 mentions)"):
        assert shown in md, shown


def test_the_comment_leads_with_what_changed_since_the_baseline(runs):
    tmp, _, new = runs
    assert new.returncode == 1  # the restated 'third' is unexpected now, 'squares' stale
    md = (tmp / "new" / "claims.md").read_text(encoding="utf-8")
    assert len(md) < PR_COMMENT_LIMIT
    since = md.index("## Since the baseline")
    assert since < md.index("## Known findings")
    head = md[since:md.index("## Known findings")]
    assert "**0 new**, **1 changed**, **1 stale**" in head
    assert "`oqt:mini-third`" in head and "`0.334` → `0.336`" in head
    assert "`oqt:mini-squares`" in head.split("### Stale")[1]
    known = md[md.index("## Known findings"):]
    assert "[the full report](https://example.org/run/1)" in known
    assert "`oqt:mini-sqrt2`" not in md  # a known, unchanged claim is a count, not a line
    assert re.search(r"\*\*1\*\* not checkable", known)


def test_formulas_in_code_spans():
    assert text("expression N**2*Phi/2 - x**3 differs") == "expression `N**2*Phi/2 - x**3` differs"
    assert text("at {'N': 3.8, 'g': 0.9}: ok") == "at `{'N': 3.8, 'g': 0.9}`: ok"
    assert text("a_b and c^2.") == "`a_b` and `c^2`."
    assert text("plain words, 1/3 = 0.333") == "plain words, 1/3 = 0.333"
    shown = text("esc\x1b[31m red \u202e")  # control and bidi characters dropped
    assert "\x1b" not in shown and "\u202e" not in shown and "red" in shown
    # no '**' or '_' of SymPy outside a code span in any line of the comment
    doc = {"tool": {"name": "physics-claims", "version": "0"}, "papers": [{"key": "oqt"}],
           "summary": {"claims": 1, "by_paper": {"oqt": {"refuted": 1}}, "unexpected": [],
                       "defects": [], "ok": True},
           "claims": [{"id": "oqt:x", "paper": "oqt", "location": "§1", "verdict": "refuted",
                       "expected": "refuted", "severity": "gross", "statement": "V = -g**2*N/2",
                       "stated": "-g2N/2", "interval": None,
                       "reason": "correct expression N**2*beta_eff/12; differ at {'N': 1}"}]}
    for md in (build_markdown(doc), build_markdown(doc, summary_only=True)):
        outside = re.sub(r"`[^`]*`", "", md)
        assert "**2" not in outside and "beta_eff" not in outside


def test_github_workflow_commands(runs):
    tmp, _, new = runs
    lines = [ln for ln in new.stdout.splitlines() if ln.startswith("::")]
    syntax = re.compile(r"^::(error|warning|notice) ((?:file|line|endLine|col|title)=[^,:]*"
                        r"(?:,(?:file|line|endLine|col|title)=[^,:]*)*)::(.*)$")
    cmds = {}
    for ln in lines:
        m = syntax.match(ln)
        assert m, ln
        props = dict(kv.split("=", 1) for kv in m.group(2).split(","))
        assert "\n" not in m.group(3) and "\r" not in m.group(3)
        title = props["title"].replace("%3A", ":").replace("%2C", ",")
        cmds[title.rsplit(": ", 1)[1]] = (m.group(1), props, m.group(3))
    # changed, stale and refuted mentions, at their manuscript lines
    assert set(cmds) == {"oqt:mini-third", "oqt:mini-squares"}
    level, props, msg = cmds["oqt:mini-third"]
    assert level == "error" and props["file"] == "paper/manuscript.txt" and props["line"] == "3"
    assert "0.334 -> 0.336" in msg and "%0A" in msg
    level, props, msg = cmds["oqt:mini-squares"]
    assert level == "error" and props["file"] == "paper/manuscript.txt" and "line" not in props
    assert "stale" in msg


def test_github_escaping():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_sarif_validates_and_locates_the_findings(runs):
    tmp, _, _ = runs
    log = json.loads((tmp / "new" / "claims.sarif").read_text(encoding="utf-8"))
    errors = list(validator("sarif-2.1.0-subset.schema.json").iter_errors(log))
    assert not errors, [e.message for e in errors[:5]]
    run = log["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert len(rules) == len(set(rules))
    by = {}
    for r in run["results"]:
        assert rules[r["ruleIndex"]] == r["ruleId"]
        by.setdefault(r["partialFingerprints"]["claimId/v1"], []).append(r)
    third = {r["ruleId"]: r for r in by["oqt:mini-third"]}
    assert set(third) == {"claims/refuted", "claims/changed"}
    loc = third["claims/refuted"]["locations"][0]["physicalLocation"]
    assert loc == {"artifactLocation": {"uri": "paper/manuscript.txt"}, "region": {"startLine": 3}}
    assert third["claims/refuted"]["baselineState"] == "updated"
    assert {r["ruleId"] for r in by["oqt:mini-squares"]} == {"claims/refuted", "claims/stale"}
    assert "oqt:mini-sqrt2" not in by  # confirmed, unchanged: nothing to report


def test_sarif_schema_is_not_a_rubber_stamp(runs):
    tmp, _, _ = runs
    v = validator("sarif-2.1.0-subset.schema.json")
    log = json.loads((tmp / "new" / "claims.sarif").read_text(encoding="utf-8"))
    res = log["runs"][0]["results"][0]
    for broken in (dict(log, version="2.0.0"),
                   dict(log, runs=[dict(log["runs"][0], results=[dict(res, level="fatal")])]),
                   dict(log, runs=[dict(log["runs"][0], results=[dict(res, lineNumber=3)])]),
                   dict(log, runs=[dict(log["runs"][0], results=[{"ruleId": "x"}])])):
        assert list(v.iter_errors(broken))


def test_junit_html_written_in_the_same_run(runs):
    tmp, _, _ = runs
    for name in ("claims.json", "claims.md", "claims.junit.xml", "claims.html", "claims.sarif"):
        assert (tmp / "new" / name).is_file(), name


def test_baseline_that_is_not_a_report(tmp_path):
    bad = tmp_path / "old.json"
    for content, words in (("{not json", "not JSON"), ('{"claims": 3}', "not a claims.json")):
        bad.write_text(content, encoding="utf-8")
        p = claims("audit", "--baseline", str(bad), "--out", str(tmp_path / "o"))
        assert p.returncode == 2 and words in p.stderr and len(p.stderr.strip().splitlines()) == 1
    p = claims("audit", "--baseline", str(tmp_path / "missing.json"), "--out", str(tmp_path / "o"))
    assert p.returncode == 2 and "not found" in p.stderr
    assert not (tmp_path / "o" / "claims.json").exists()


def test_unverified_shown_in_every_report(tmp_path):
    """A claim whose quote stands but whose stated value is not at it (``every square is even``
    without ``n² is even``) is ``unverified``: GitHub annotates it with the reason (an error
    under the default ``--fail-on``), SARIF has a rule for it, the HTML page flags it and the
    Markdown summary lists it."""
    ms = tmp_path / "paper" / "manuscript.txt"
    ms.parent.mkdir()
    ms.write_text(REVISION.replace("Finally,", "Here every square is even.\nFinally,"),
                  encoding="utf-8")
    p = claims("audit", "--manuscript", "paper/manuscript.txt", "--paper", "oqt", "--summary",
               "--format", "json,md,html,github,sarif", "--out", str(tmp_path / "out"),
               env={"CLAIMS_CACHE_DIR": str(tmp_path / "cache")}, cwd=tmp_path)
    assert p.returncode == 1, p.stderr
    doc = json.loads((tmp_path / "out" / "claims.json").read_text(encoding="utf-8"))
    status = {c["id"]: c["manuscript_status"] for c in doc["claims"]}
    assert status["oqt:mini-squares"] == "unverified" and status["oqt:mini-sqrt2"] == "unchanged"
    note = next(c["manuscript_note"] for c in doc["claims"] if c["id"] == "oqt:mini-squares")
    assert "neither in its quote nor right after it" in note
    cmds = [ln for ln in p.stdout.splitlines() if ln.startswith("::") and "mini-squares" in ln]
    assert len(cmds) == 1 and cmds[0].startswith("::error file=paper/manuscript.txt,line=5,")
    assert "title=unverified%3A oqt%3Amini-squares" in cmds[0]
    assert "unverified: stated value not found at the quote" in cmds[0]
    assert "fails the build: unverified" in cmds[0]
    # a confirmed claim, under --fail-on unexpected only: a warning, still annotated
    from claims.reports.github import workflow_commands

    rec = next(c for c in doc["claims"] if c["id"] == "oqt:mini-squares")
    [w] = workflow_commands({"claims": [dict(rec, verdict="confirmed", expected="confirmed")]},
                            ["unexpected"], {})
    assert w.startswith("::warning title=unverified%3A")
    log = json.loads((tmp_path / "out" / "claims.sarif").read_text(encoding="utf-8"))
    assert not list(validator("sarif-2.1.0-subset.schema.json").iter_errors(log))
    rules = {r["ruleId"] for r in log["runs"][0]["results"]
             if r["partialFingerprints"]["claimId/v1"] == "oqt:mini-squares"}
    assert "claims/unverified" in rules
    page = (tmp_path / "out" / "claims.html").read_text(encoding="utf-8")
    assert "unverified in this revision" in page and "neither in its quote nor right" in page
    md = (tmp_path / "out" / "claims.md").read_text(encoding="utf-8")
    assert "1 unverified" in md and "| `oqt:mini-squares` | unverified |" in md
