"""The HTML report: well-formed, self-contained, every claim and every figure present.

A small hand-made registry (fake claims of the ``oqt`` paper, one per verdict)
drives most tests; the real plot functions of the papers' ``figures`` modules are rendered
once in the slow test; the CLI is exercised through a subprocess.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from fractions import Fraction
from pathlib import Path

import pytest
import sympy as sp

from claims.core.judges import Expression, NotCheckable, Property, Value
from claims.core.model import (
    CONFIRMED,
    Claim,
    Outcome,
    Paper,
    conditional,
    not_checkable,
    refuted,
)
from claims.core.registry import Registry
from claims.core.runner import run_claims
from claims.reports.html import build_html, mathml_block, referenced_equations, render_figure
from claims.reports.report import build_json

XHTML = "{http://www.w3.org/1999/xhtml}"
x = sp.Symbol("x", positive=True)


def good_figure():
    """A line y = x², the test figure that renders."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(3, 2))
    ax = fig.add_subplot()
    ax.plot([0, 1, 2], [0, 1, 4])
    return fig


def broken_figure():
    """A figure whose data cannot be computed."""
    raise RuntimeError("engine <missing> & gone")


def _claims() -> list[Claim]:
    def boom():
        raise ZeroDivisionError("division by zero in a route")

    return [
        Claim(id="oqt:fake-value", location="§1, Eq. (1)", statement="A third, to four digits.",
              stated="0.3333", quote="", judge=Value(), derivation=lambda: Fraction(1, 3),
              numeric=lambda: 1 / 3, figures=(good_figure,)),
        Claim(id="oqt:fake-refuted", location="§2, Eqs. (3)-(4)",
              statement="√5 equals 2.35 <b>bold</b> & more", stated="2.35", quote="",
              judge=Value(), derivation=lambda: sp.sqrt(5), numeric=lambda: 5 ** 0.5,
              expect=refuted("√5 = 2.2360679…, not 2.35"), figures=(good_figure, broken_figure)),
        Claim(id="oqt:fake-expression", location="App. A, Eq. (7)",
              statement="∫ x dx = x²/2 | with a pipe", stated="x^2/2", quote="",
              judge=Expression("x**2/2", symbols={"x": (0.1, 3.0)}),
              derivation=lambda: Outcome(value=sp.integrate(x, x) + sp.pi * 0, exact=True),
              numeric=lambda: Outcome(value=lambda x: x * x / 2)),
        Claim(id="oqt:fake-property", location="§3", statement="Entropy never decreases.",
              stated="dS/dt ≥ 0", quote="", judge=Property(),
              derivation=lambda: Outcome(holds=False, counterexample="ρ0 = |+⟩⟨+|, t = 0.3",
                                         exact=True),
              numeric=lambda: Outcome(holds=False, counterexample="ρ0 = |+⟩⟨+|, t = 0.3",
                                      details="seed 1, 200 random states"),
              expect=refuted("counterexample ρ0 = |+⟩⟨+|")),
        Claim(id="oqt:fake-conditional", location="§4", statement="The map is positive.",
              stated="positive", quote="", judge=Property(),
              derivation=lambda: Outcome(holds=True, condition="γ ≤ 1"),
              numeric=lambda: Outcome(holds=True, condition="γ ≤ 1"),
              expect=conditional("needs γ ≤ 1")),
        Claim(id="oqt:fake-lost", location="§5", statement="A value lost in extraction.",
              stated="", quote="", judge=Value(), derivation=lambda: 2, numeric=lambda: 2.0,
              expect=not_checkable("value lost")),
        Claim(id="oqt:fake-conjecture", location="§6", statement="A conjecture.", stated="",
              quote="", judge=NotCheckable("a conjecture"), expect=not_checkable("conjecture")),
        Claim(id="oqt:fake-error", location="§7", statement="A route that raises.",
              stated="1", quote="", judge=Value(), derivation=boom, numeric=lambda: 1.0,
              expect=CONFIRMED),
    ]


@pytest.fixture(scope="module")
def report():
    reg = Registry()
    reg.register_paper(Paper("oqt", "A test paper <with> & markup", "test-manuscript.txt"))
    for c in _claims():
        reg.register(c, origin="tests.test_html")
    claims = reg.for_paper(None)
    results = run_claims(claims, default_limit=60)
    papers = list(reg.papers.values())
    doc = build_json(papers, claims, results)
    return doc, claims, results


@pytest.fixture(scope="module")
def page(report):
    doc, claims, results = report
    return build_html(doc, claims, results, generated="2026-01-01 00:00 UTC")


def _parse(text: str) -> ET.Element:
    body = re.sub(r"^<!DOCTYPE html>\s*", "", text)
    return ET.fromstring(body)


def test_well_formed_and_self_contained(page):
    root = _parse(page)
    assert root.tag == f"{XHTML}html"
    # no network: no external scripts, styles, images or fonts
    assert not re.search(r"""(src|href)\s*=\s*["'](https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    for img in root.iter(f"{XHTML}img"):
        assert img.get("src", "").startswith("data:image/png;base64,")


def test_every_claim_listed_and_expandable(page, report):
    _, claims, _ = report
    root = _parse(page)
    ids = {d.get("id") for d in root.iter(f"{XHTML}details") if "claim" in d.get("class", "")}
    assert ids == {c.id for c in claims}
    for d in root.iter(f"{XHTML}details"):
        assert d.find(f"{XHTML}summary") is not None


def test_text_is_escaped(page):
    assert "<b>bold</b>" not in page
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in page
    assert "A test paper &lt;with&gt; &amp; markup" in page


def test_verdicts_badges_and_unexpected(page, report):
    doc, _, _ = report
    verdicts = {c["id"]: c["verdict"] for c in doc["claims"]}
    assert verdicts["oqt:fake-refuted"] == "refuted"
    assert verdicts["oqt:fake-error"] == "error"
    root = _parse(page)
    el = next(d for d in root.iter(f"{XHTML}details") if d.get("id") == "oqt:fake-error")
    text = "".join(el.itertext())
    assert "expected confirmed" in text and "ZeroDivisionError" in text
    assert 'class="status bad"' in page


def test_derivation_shown_as_mathml(page, report):
    _, _, results = report
    r = next(r for r in results if r.claim_id == "oqt:fake-expression")
    assert r.derived_mathml
    root = _parse(page)
    el = next(d for d in root.iter(f"{XHTML}details") if d.get("id") == "oqt:fake-expression")
    maths = list(el.iter("{http://www.w3.org/1998/Math/MathML}math"))
    assert len(maths) == 2  # the stated form (transcription) and the derived expression
    assert "stated (as transcribed from the manuscript)" in "".join(el.itertext())


def test_figures_embedded_once_and_failures_visible(page):
    """A figure two claims carry is embedded once, in the Figures section; both claims link to it."""
    root = _parse(page)
    figs = [f for f in root.iter(f"{XHTML}figure")]
    names = [f.get("data-figure") for f in figs]
    assert names.count("good_figure") == 1 and names.count("broken_figure") == 1
    assert page.count("data:image/png;base64,") == 1
    failed = next(f for f in figs if f.get("data-figure") == "broken_figure")
    assert "figure failed: RuntimeError: engine <missing> & gone" in "".join(failed.itertext())
    claims_with_link = {d.get("id") for d in root.iter(f"{XHTML}details")
                        if any(a.get("href") == "#fig-good_figure" for a in d.iter(f"{XHTML}a"))}
    assert claims_with_link == {"oqt:fake-value", "oqt:fake-refuted"}
    targets = {h.get("id") for h in root.iter(f"{XHTML}h3")}
    assert {"fig-good_figure", "fig-broken_figure"} <= targets


def test_filters_present(page, report):
    doc, _, _ = report
    root = _parse(page)
    inputs = [i for i in root.iter(f"{XHTML}input") if i.get("type") == "checkbox"]
    assert {i.get("value") for i in inputs if i.get("name") == "paper"} == {"oqt"}
    assert {i.get("value") for i in inputs if i.get("name") == "verdict"} == {
        c["verdict"] for c in doc["claims"]}


def test_deterministic_apart_from_timestamp(report):
    doc, claims, results = report
    assert build_html(doc, claims, results) == build_html(doc, claims, results)


def test_figures_not_rendered_when_disabled(report):
    doc, claims, results = report
    page = build_html(doc, claims, results, figures=False)
    _parse(page)
    assert "base64" not in page and "(not rendered)" in page


def test_mathml_entities_become_characters():
    m = mathml_block(sp.mathml(sp.pi * x, printer="presentation"))
    assert m is not None and "&pi;" not in m and "π" in m
    ET.fromstring(m)
    assert mathml_block("<mrow><mi>broken</mrow>") is None
    assert mathml_block(None) is None


def test_render_figure_never_raises():
    f = render_figure(broken_figure)
    assert f.png_base64 is None and "RuntimeError" in f.error
    g = render_figure(good_figure)
    assert g.png_base64 and g.error is None
    assert render_figure(good_figure) is g  # cached


def test_referenced_equations():
    assert referenced_equations("App. G, Eqs. (51)-(52); also Eq. (10)") == {10, 51, 52}
    assert referenced_equations("§7.2, Eq. (18)") == {18}
    assert referenced_equations("Table 1, row 3") == set()


def test_coverage_with_manuscript(report, tmp_path):
    doc, claims, results = report
    (tmp_path / "test-manuscript.txt").write_text(
        "Intro\nwe have x = 1/3 (1)\nand more $$y\\tag{2}$$\n(3)\nsqrt 5 = 2.35 here\n",
        encoding="utf-8")
    quoted = [Claim(id=c.id, location=c.location, statement=c.statement, stated=c.stated,
                    quote="sqrt 5 = 2.35" if c.id == "oqt:fake-refuted" else
                    ("gone" if c.id == "oqt:fake-value" else ""),
                    judge=c.judge, derivation=c.derivation, numeric=c.numeric,
                    expect=c.expect, absent_reason="x") for c in claims]
    doc = build_json([Paper("oqt", "t", "test-manuscript.txt")], quoted, results)
    page = build_html(doc, quoted, results, figures=False, manuscripts_dir=tmp_path)
    _parse(page)
    assert "2 of 3 numbered equations referenced" in page  # (1), (3); (2) unreferenced
    assert "1 of 2 quotes located" in page
    assert "stale quote" in page
    assert "test-manuscript.txt, line 5:" in page and "<mark>sqrt 5 = 2.35</mark> here" in page


def _paper_module(tmp_path: Path) -> str:
    pkg = tmp_path / "fakepapers"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "oqt.py").write_text(textwrap.dedent('''
        import sympy as sp
        from claims.core.judges import Expression, Value
        from claims.core.model import Claim, Outcome, Paper, refuted

        PAPER = Paper("oqt", "Fake OQT", "none.txt")
        _x = sp.Symbol("x", positive=True)

        def fig():
            """A tiny figure."""
            from matplotlib.figure import Figure
            f = Figure(figsize=(2, 2)); f.add_subplot().plot([0, 1], [1, 0]); return f

        CLAIMS = [
            Claim(id="oqt:one", location="§1", statement="one", stated="1.0", quote="",
                  judge=Value(), derivation=lambda: 1, numeric=lambda: 1.0, figures=(fig,)),
            Claim(id="oqt:two", location="§2", statement="two", stated="2.5", quote="",
                  judge=Value(), derivation=lambda: 2, numeric=lambda: 2.0,
                  expect=refuted("it is 2")),
            Claim(id="oqt:expr", location="§3", statement="x squared", stated="x^2", quote="",
                  judge=Expression("x**2", symbols={"x": (0.5, 2)}),
                  derivation=lambda: Outcome(value=_x**2, exact=True),
                  numeric=lambda: Outcome(value=lambda x: x * x)),
        ]
    '''))
    return str(tmp_path)


def test_cli_writes_html_md_json(tmp_path):
    path = _paper_module(tmp_path)
    out = tmp_path / "report"
    env = dict(os.environ, CLAIMS_PAPER_MODULES="fakepapers.oqt",
               PYTHONPATH=os.pathsep.join([path, os.environ.get("PYTHONPATH", "")]))
    p = subprocess.run([sys.executable, "-m", "claims", "audit", "--format", "html,md,json",
                        "--out", str(out), "--no-progress"],
                       capture_output=True, text=True, env=env, timeout=300, check=False)
    assert p.returncode == 0, p.stderr
    for name in ("claims.html", "claims.md", "claims.json"):
        assert (out / name).is_file(), name
    page = (out / "claims.html").read_text(encoding="utf-8")
    _parse(page)
    for cid in ("oqt:one", "oqt:two", "oqt:expr"):
        assert f'id="{cid}"' in page
    assert page.count("data:image/png;base64,") == 1
    assert "<math" in page


@pytest.mark.slow
def test_all_plots_render_into_the_page():
    """Every figure of every paper renders (and fast) and lands in the page."""
    import importlib
    import time

    every = tuple(f for key in ("collapse", "oqt", "lmg_lgi", "lmg_dephasing")
                  for f in importlib.import_module(f"claims.papers.{key}.figures").ALL)
    reg = Registry()
    reg.register_paper(Paper("oqt", "plots", "none.txt"))
    reg.register(Claim(id="oqt:plots", location="§0", statement="all plots", stated="",
                       quote="", judge=NotCheckable("figures only"), expect=not_checkable("x"),
                       figures=every), origin="test")
    claims = reg.for_paper(None)
    results = run_claims(claims)
    t0 = time.perf_counter()
    page = build_html(build_json(list(reg.papers.values()), claims, results), claims, results)
    assert time.perf_counter() - t0 < 60
    root = _parse(page)
    figs = {f.get("data-figure"): f for f in root.iter(f"{XHTML}figure")}
    assert set(figs) == {fn.__name__ for fn in every}
    for f in figs.values():
        assert f.find(f"{XHTML}img") is not None, "".join(f.itertext())


def test_manuscript_revision_keys_shown(report):
    """``claims audit --manuscript``: per-paper coverage and per-claim changed/stale statuses."""
    doc, claims, results = report
    doc = {**doc, "papers": [dict(p, coverage={"numbers": 10, "covered": 7, "percent": 70.0,
                                               "uncovered": [{"line": 3, "text": "x = 5 <b>",
                                                              "number": "5"}]},
                                  manuscript_read="/some/where/rev2.txt") for p in doc["papers"]],
           "claims": [dict(c, manuscript_status="changed", stated_registry="0.3333",
                           stated="0.3334", manuscript_line=12) if c["id"] == "oqt:fake-value"
                      else dict(c, manuscript_status="stale") if c["id"] == "oqt:fake-lost"
                      else c for c in doc["claims"]]}
    page = build_html(doc, claims, results, figures=False)
    _parse(page)
    assert '7 of 10</b> numeric statements of <span title="/some/where/rev2.txt">rev2.txt</span>' in page
    empty = dict(doc, papers=[dict(p, coverage={"numbers": 0, "covered": 0, "percent": 100.0,
                                                "uncovered": []}) for p in doc["papers"]])
    assert "no numeric statements recognised in" in build_html(empty, claims, results, figures=False)
    assert "x = 5 &lt;b&gt;" in page
    assert "changed in this revision" in page and "stale in this revision" in page
    assert "the registry has <code>0.3333</code>, this revision states <code>0.3334</code>" in page


def test_figure_index_links_to_claims(page):
    root = _parse(page)
    sec = next(s for s in root.iter(f"{XHTML}section") if s.get("id") == "figures")
    links = [a.get("href") for a in sec.iter(f"{XHTML}a")]
    assert links.count("#oqt:fake-refuted") == 2 and "#oqt:fake-value" in links


def test_same_results_same_page_whatever_the_timings(report):
    """Run times vary between runs; the page (but for the header's time stamp) must not."""
    doc, claims, results = report
    slow = dict(doc, claims=[dict(c, seconds=c["seconds"] + 7.5) for c in doc["claims"]])
    assert build_html(doc, claims, results) == build_html(slow, claims, results)


def test_coverage_follows_the_revision_given(report, tmp_path):
    doc, claims, results = report
    rev = tmp_path / "revision-2.txt"
    rev.write_text("a line (1)\nanother (2)\n", encoding="utf-8")
    doc = dict(doc, manuscript={"path": str(rev), "paper": "oqt", "format": "text"})
    page = build_html(doc, claims, results, figures=False)
    assert "1 of 2 numbered equations referenced" in page


def test_table_numbers_at_meaningful_precision():
    from claims.reports.html import cell_value, pretty_formula

    row = {"stated": "−1/2", "interval": ["-0.5", "-0.5"], "derived": "exponent 0"}
    zero = cell_value("-6.41521836079e-18", row)
    assert ">≈ 0<" in zero and "-6.41521836079e-18" in zero  # raw value kept in the tooltip
    # without an exact zero in the row, a tiny number is a number (a tunnelling splitting)
    assert "10⁻¹⁸" in cell_value("-6.41521836079e-18", {"stated": "1e-18"})
    assert ">1.31667<" in cell_value("1.31666563449", {"stated": "≈ 1.32"})
    # two digits more than the stated value has: a slip in the 7th digit stays visible
    assert ">3.14159274<" in cell_value("3.14159274101", {"stated": "3.141592"})
    assert cell_value("1.0e-100", {"stated": "1e-100"}).endswith(">1.0 × 10⁻¹⁰⁰</span>")
    assert cell_value("123456789012345", {}) == "123456789012345"  # integers exactly
    assert cell_value("2.50", {}) == "2.50"
    assert pretty_formula("N**2*Phi**4*beta_eff**3/12") == "N²·Phi⁴·beta_eff³/12"
    assert pretty_formula("m* = sqrt(1 - G**2)") == "m* = √(1 - G²)"  # a symbol's star stays
    assert pretty_formula("x**(1/2)*y**(-3)") == "x^(1/2)·y⁻³"


def test_no_sympy_code_or_noise_in_table_cells(report):
    doc, claims, results = report
    noisy = dict(doc, claims=[dict(c, derived="x**2*sqrt(y)", numeric="-6.4e-18",
                                   stated="0", reason="it is -J*(J*beta - 1)")
                              for c in doc["claims"]])
    root = _parse(build_html(noisy, claims, results, figures=False))
    for s in root.iter(f"{XHTML}summary"):
        cells = "".join(s.itertext())
        assert "**" not in cells and "e-18" not in cells and "J*(" not in cells, cells


def test_captions_carry_no_development_notes():
    from claims.reports.html import figure_caption

    def fig():
        """Entropy of the counterexample the derandomised search of numerics.oqt finds (see
        derive.oqt.entropy) against the bound."""

    cap = figure_caption(fig)
    assert "numerics" not in cap and "derive" not in cap
    assert cap == "Entropy of the counterexample the derandomised search finds against the bound."


def test_cells_labelled_for_narrow_screens(page):
    root = _parse(page)
    rows = [s for s in root.iter(f"{XHTML}summary") if "row" in (s.get("class") or "")]
    assert rows
    for s in rows:
        labels = [c.get("data-label") for c in s if c.tag == f"{XHTML}span"]
        assert labels == ["verdict", "claim", "stated", "derived", "numerical", "evidence", "reason"]
    assert "content:attr(data-label)" in page and "@media (max-width:900px)" in page


def test_framework_records_shown_when_present(report):
    doc, claims, results = report
    first = doc["claims"][0]["id"]
    rich = dict(doc, claims=[dict(c, quantity="oqt:q", rule="half-unit", inherited_from=first,
                                  cross_check={"points": 3}, instances_checked=400)
                             if i == 1 else c for i, c in enumerate(doc["claims"])])
    page = build_html(rich, claims, results, figures=False)
    root = _parse(page)
    body = next(d for d in root.iter(f"{XHTML}details") if d.get("id") == doc["claims"][1]["id"])
    shown = "".join(body.itertext())
    for word in ("quantity", "oqt:q", "reading rule", "half-unit", "inherited from",
                 "cross-check", '"points": 3', "instances checked", "400"):
        assert word in shown, word
    assert any(a.get("href") == f"#{first}" for a in body.iter(f"{XHTML}a"))
    plain = build_html(doc, claims, results, figures=False)
    assert "inherited from" not in plain and "instances checked" not in plain  # absent (null) records are not shown
