"""The Markdown report of a small hand-made registry matches the golden files.

The golden files are ``tests/golden/markdown_full.md`` (``claims audit --format md``)
and ``tests/golden/markdown_summary.md`` (``--summary``).  After an intended change
of the Markdown, regenerate them with::

    UPDATE_GOLDEN=1 python -m pytest tests/test_markdown.py

and review the diff of the golden files like any other change.
"""

from __future__ import annotations

import difflib
import os
from fractions import Fraction
from pathlib import Path

import pytest
import sympy as sp

from claims.core.judges import Expression, NotCheckable, Property, Value
from claims.core.model import Claim, Outcome, Paper, conditional, not_checkable, refuted
from claims.core.registry import Registry
from claims.core.runner import run_claims
from claims.reports.markdown import build_markdown
from claims.reports.report import build_json

GOLDEN = Path(__file__).parent / "golden"
GITHUB_COMMENT_LIMIT = 65536  # characters of one pull-request comment
x = sp.Symbol("x", positive=True)


def _registry() -> Registry:
    reg = Registry()
    reg.register_paper(Paper("oqt", "A hand-made test paper", "test.txt", arxiv="0000.00000"))
    for c in (
        Claim(id="oqt:third", location="§1, Eq. (1)", statement="One third, to four digits.",
              stated="0.3333", quote="", judge=Value(), derivation=lambda: Fraction(1, 3),
              numeric=lambda: 1 / 3),
        Claim(id="oqt:sqrt5", location="§2, Table 1 | row 2",
              statement="√5 equals 2.35 (a | pipe in the text)", stated="2.35", quote="",
              judge=Value(), derivation=lambda: sp.sqrt(5), numeric=lambda: 5 ** 0.5,
              expect=refuted("√5 = 2.2360679…")),
        Claim(id="oqt:half-square", location="App. A, Eq. (7)", statement="∫ x dx = x²/2.",
              stated="x^2/2", quote="", judge=Expression("x**2/2", symbols={"x": (0.1, 3.0)}),
              derivation=lambda: Outcome(value=sp.integrate(x, x), exact=True),
              numeric=lambda: Outcome(value=lambda x: x * x / 2)),
        Claim(id="oqt:monotone", location="§3", statement="The entropy never decreases.",
              stated="dS/dt ≥ 0", quote="", judge=Property(),
              derivation=lambda: Outcome(holds=False, counterexample="ρ0 = |+⟩⟨+|, t = 0.3",
                                         exact=True),
              numeric=lambda: Outcome(holds=False, counterexample="ρ0 = |+⟩⟨+|, t = 0.3"),
              expect=refuted("a counterexample exists")),
        Claim(id="oqt:positive", location="§4", statement="The map is positive.",
              stated="positive", quote="", judge=Property(),
              derivation=lambda: Outcome(holds=True, condition="γ ≤ 1"),
              numeric=lambda: Outcome(holds=True, condition="γ ≤ 1"),
              expect=conditional("needs γ ≤ 1")),
        Claim(id="oqt:lost", location="§5", statement="A value lost in extraction.",
              stated="", quote="", judge=Value(), derivation=lambda: 2, numeric=lambda: 2.0,
              expect=not_checkable("value lost")),
        Claim(id="oqt:conjecture", location="§6", statement="A conjecture.", stated="",
              quote="", judge=NotCheckable("a conjecture"), expect=not_checkable("conjecture")),
        Claim(id="oqt:stale-expectation", location="§7", statement="Two is two.", stated="2",
              quote="", judge=Value(), derivation=lambda: 2, numeric=lambda: 2.0,
              expect=refuted("an outdated expectation: the registry says refuted")),
    ):
        reg.register(c, origin="tests.test_markdown")
    return reg


@pytest.fixture(scope="module")
def doc() -> dict:
    reg = _registry()
    claims = reg.for_paper(None)
    results = run_claims(claims, default_limit=60)
    d = build_json(list(reg.papers.values()), claims, results)
    return normalised(d)


def normalised(d: dict) -> dict:
    """Timings and the tool version do not belong in a golden file."""
    d = dict(d, tool=dict(d["tool"], version="X.Y.Z"))
    d["claims"] = [dict(c, seconds=0.0) for c in d["claims"]]
    return d


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    expected = path.read_text(encoding="utf-8") if path.exists() else ""
    if text != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), text.splitlines(keepends=True),
            fromfile=f"tests/golden/{name} (expected)", tofile="build_markdown (actual)"))
        pytest.fail(f"Markdown differs from tests/golden/{name}; if the change is intended, "
                    f"regenerate with UPDATE_GOLDEN=1 and review:\n{diff}", pytrace=False)


def test_markdown_matches_golden(doc):
    check_golden("markdown_full.md", build_markdown(doc))


def test_summary_markdown_matches_golden(doc):
    check_golden("markdown_summary.md", build_markdown(doc, summary_only=True))


def test_summary_first_then_attention_then_rest_collapsed(doc):
    md = build_markdown(doc)
    table = md.index("| paper |")
    refuted_at = md.index("`oqt:sqrt5`")
    rest = md.index("<details>")
    assert table < refuted_at < rest
    assert md.index("`oqt:third`") > rest  # confirmed claims are collapsed
    assert "oqt:stale-expectation" in md[:rest]  # a verdict differing from the registry is up front


def test_pipes_escaped_in_tables(doc):
    md = build_markdown(doc)
    for line in md.splitlines():
        if line.startswith("| `oqt:"):
            cells = line.replace("\\|", "").split("|")
            assert len(cells) == 9, line  # 7 columns


def test_summary_cut_inside_the_one_line_list_stays_well_formed(doc):
    base = [c for c in doc["claims"] if c["verdict"] == "refuted"]
    many = dict(doc, claims=[dict(c, id=f"{c['id']}-{i}", statement="s" * 100)
                             for i in range(2000) for c in base])
    md = build_markdown(many, summary_only=True)
    assert len(md) <= 60_000
    assert md.count("<details>") == md.count("</details>") == 1
    assert md.index("</details>") < md.index("more claim(s) not shown")


def test_summary_fits_a_pull_request_comment(doc):
    base = doc["claims"]
    many = dict(doc, claims=[dict(c, id=f"{c['id']}-{i}") for i in range(60) for c in base])
    assert len(build_markdown(many, summary_only=True)) < GITHUB_COMMENT_LIMIT


def test_summary_is_cut_to_fit_a_comment(doc):
    base = [c for c in doc["claims"] if c["verdict"] == "refuted"]
    many = dict(doc, claims=[dict(c, id=f"{c['id']}-{i}", reason="x" * 400)
                             for i in range(200) for c in base])
    many["summary"] = dict(many["summary"], ok=False, unexpected=[c["id"] for c in many["claims"]])
    many["claims"] = [dict(c, expected="confirmed") for c in many["claims"]]  # listed in full
    md = build_markdown(many, summary_only=True)
    assert len(md) < GITHUB_COMMENT_LIMIT
    assert md.rstrip().endswith("The full list is in claims.html and claims.json.")
    assert "more claim(s) not shown" in md
