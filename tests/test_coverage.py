"""The numeric-statement rule (what counts, what is excluded) and coverage by claim quotes
and by declared inputs."""

from __future__ import annotations

import importlib
from fractions import Fraction
from pathlib import Path

import pytest

from claims.core.inputs import Input
from claims.core.judges import Value
from claims.core.model import Claim
from claims.core.registry import PAPER_MODULES
from claims.text.binding import bind
from claims.text.coverage import coverage, listing_lines, numeric_statements
from claims.text.manuscript import Manuscript, manuscripts_dir, read_manuscript

SHARED = manuscripts_dir(Path(__file__).resolve().parent.parent)


def numbers(text: str) -> list[str]:
    stmts, _ = numeric_statements(Manuscript.from_text(text))
    return [s.number for s in stmts]


def excluded(text: str) -> dict[str, int]:
    return numeric_statements(Manuscript.from_text(text))[1]


# --- what counts ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("the ratio R ≈ 2.351 at the benchmark", ["2.351"]),
    ("K3 = 1.32 and γ ≲ 0.289 s−1", ["1.32", "0.289"]),
    ("n̄c ≈ 0.72±0.15 photons", ["0.72", "0.15"]),
    ("a splitting of 1310 rad/s and 10 nK", ["1310", "10"]),
    ("a 35% overestimate, 0.2374 %", ["35", "0.2374"]),
    ("the 2.35× improvement", ["2.35"]),
    ("S ≈ 5.7 × 10−9 and λ ∼ 10−16 s−1", ["5.7 × 10−9", "10−16"]),
    ("J = 37,195.4 rad/s", ["37,195.4"]),
    ("ν = 1/2 exactly", ["1/2"]),
    ("| 100 | 7.33 | 488 | 254 |", ["100", "7.33", "488", "254"]),
    ("0.99 0.000947 0.920 ∼ 972", ["0.99", "0.000947", "0.920", "972"]),
])
def test_numeric_statements(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text", [
    "the K3 and t1 labels, C12 correlator",  # glued to a letter: labels
    "a number 370 without relation or unit",
    "ω0 = 2Jm∗ and 4Γ(Γ − J)",  # coefficients of a formula
    "ṁx = 2(Jmz + h)my",  # a coefficient of a bracket
    "the rate s−1 and e−1 here",  # exponents of units and symbols
])
def test_not_statements(text):
    assert numbers(text) == []


# --- what is excluded, by rule ------------------------------------------------------------------

@pytest.mark.parametrize("text, rule", [
    ("x = y (12)", "equation number"),
    ("as shown = (12a)", "equation number"),
    ("see Eq. 5 = x", "label"),
    ("see Eq. (5) ≈ x", "equation number"),
    ("as in [12] = ref", "reference"),
    ("earlier work ≈ [3, 4]", "reference"),
    ("≈ [1–5]", "reference"),
    ("Bell (1964) and Leggett 2005 ms", None),  # 1964: year; 2005 ms: a duration
    ("7.3 Threshold = hierarchy", "section number"),
    ("Table 3 = the key values", "label"),
    ("Fig. 1 ≈ shows", "label"),
    ("Remarks 11 and 13 ≈ x", "label"),
    ("Sections 7–7.4 ≈ x", "label"),
    ("§7 = x", "label"),
    ("arXiv:2504.16197 = x", "identifier"),
    ("ψ = 0 and N ≫ 1", "structural 0/1"),
    ("the sum over i = 1", "index value"),
    ("K3 up to Q2 01 × 3 = x", "leading zero"),
])
def test_exclusions(text, rule):
    got = numbers(text)
    if rule is None:
        assert got == ["2005"] and excluded(text).get("year") == 1
    else:
        assert got == [] and excluded(text).get(rule), excluded(text)


def test_years_in_citations_are_excluded_but_values_are_not():
    assert numbers("(Bell, 1964)") == []
    assert numbers("N = 2000 spins") == ["2000"]


def test_page_numbers_and_program_listings():
    text = "prose ≈ 3 s\n12\n" + "\n".join(f"{k} x = {k}.5" for k in range(1, 8)) + "\nafter = 4 s"
    assert listing_lines(text.split("\n")) == set(range(2, 9))
    assert numbers(text) == ["3", "4"]
    assert excluded(text).get("program listing") == 14


def test_restatements_count_once():
    stmts, _ = numeric_statements(Manuscript.from_text(
        "at N = 370, Γ/J = 0.95\nagain (N = 370) and N = 371\nΓ/J = 0.95 once more"))
    assert [(s.number, [ln for ln, _ in s.also]) for s in stmts] == [
        ("370", [2]), ("0.95", [3]), ("371", [])]


# --- coverage -------------------------------------------------------------------------------------

def _claim(cid, stated, quote):
    return Claim(id=cid, location="x", statement="x", stated=stated, quote=quote, judge=Value(),
                 derivation=lambda: Fraction(1), numeric=lambda: 1.0)


TEXT = """\
The ratio R ≈ 2.351 at N = 370, and the
threshold γ ≲ 0.289 s−1 holds; the gap is 12.5 MHz.
Restated later: N = 370.
"""


def bound(ms, claims, inputs=()):
    return coverage(ms, claims, {c.id: bind(c, ms) for c in claims}, inputs)


def test_coverage_by_quote_span_and_by_value_on_the_line():
    ms = Manuscript.from_text(TEXT)
    claims = [_claim("oqt:r", "2.351", "R ≈ 2.351 at N = 370"),
              _claim("oqt:g", "0.289", "threshold γ ≲")]  # the value stands right after the quote
    cov = bound(ms, claims)
    assert [s.number for s in cov.statements] == ["2.351", "370", "0.289", "12.5"]
    assert cov.covered == [True, True, True, False]
    assert (cov.n, cov.k, cov.percent) == (4, 3, 75.0)
    j = cov.as_json()
    assert j["uncovered"][0]["line"] == 2 and "[12.5] MHz" in j["uncovered"][0]["text"]
    assert set(j) >= {"numbers", "covered", "percent", "uncovered"}


def test_stale_claims_cover_nothing_and_empty_manuscript_is_full():
    ms = Manuscript.from_text(TEXT)
    cov = bound(ms, [_claim("oqt:r", "2.351", "R ≈ 2.351 in a deleted sentence")])
    assert cov.k == 0
    assert bound(Manuscript.from_text("no numbers here"), []).percent == 100.0


INPUT_TEXT = """\
We take the target (N = 370, Γ/J = 0.95) and T = 10 nK, with κ/2π = 6.4 MHz.
The splitting ΔE ≈ 1310 rad/s at N = 370 follows.
The ratio R ≈ 2.351 is a result.
"""


def test_a_declared_inputs_printed_value_is_covered_as_an_input():
    ms = Manuscript.from_text(INPUT_TEXT)
    inputs = [Input("N", 370, quote="(N = 370, Γ/J = 0.95)", kind="integer"),
              Input("g", 0.95, quote="(N = 370, Γ/J = 0.95)"),
              Input("T_nK", 10.0, quote="T = 10 nK"),
              Input("kappa", 6.4e6, quote="κ/2π = 6.4 MHz")]  # in Hz: the quote's only number
    claims = [_claim("oqt:de", "1310", "ΔE ≈ 1310 rad/s")]
    cov = bound(ms, claims, inputs)
    numbers = [s.number for s in cov.statements]
    assert numbers == ["370", "0.95", "10", "6.4", "1310", "2.351"]
    assert [s.number for s in cov.inputs] == ["370", "0.95", "10", "6.4"]
    assert [s.number for s in cov.uncovered()] == ["2.351"]
    assert cov.as_json()["inputs"][0] == {"line": 1, "number": "370", "key": "N=370"}
    assert bound(ms, claims).inputs == [] and bound(ms, claims).k == 1  # without inputs: only ΔE


def test_an_input_covers_only_its_own_value_in_a_shared_quote():
    ms = Manuscript.from_text(INPUT_TEXT)
    only_n = [Input("N", 370, quote="(N = 370, Γ/J = 0.95)", kind="integer")]
    assert [s.number for s in bound(ms, [], only_n).inputs] == ["370"]
    wrong = [Input("N", 372, quote="(N = 370, Γ/J = 0.95)", kind="integer")]  # not what is printed
    assert bound(ms, [], wrong).inputs == []
    absent = [Input("T_nK", 10.0, quote="T = 10 nK in a deleted sentence")]
    assert bound(ms, [], absent).inputs == []


# --- the shared manuscripts: coverage is reported for every paper ---------------------------------

@pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared manuscripts absent ({SHARED})")
@pytest.mark.parametrize("module", PAPER_MODULES)
def test_coverage_of_the_shared_manuscripts_is_reported(module):
    try:
        mod = importlib.import_module(module)
    except Exception as e:  # noqa: BLE001 - the paper's own tests report a broken module
        pytest.skip(f"{module} does not import: {e}")
    ms = read_manuscript(SHARED / mod.PAPER.manuscript)
    cov = bound(ms, getattr(mod, "CLAIMS", []))
    j = cov.as_json()
    assert j["numbers"] == len(j["uncovered"]) + j["covered"]
    assert all(u["line"] >= 1 and u["text"] for u in j["uncovered"])
    # no statement comes from the excluded kinds
    for s in cov.statements:
        line = ms.line_text(s.line)
        assert f"({s.number})" not in line or "±" in line or "=" in line


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared manuscripts absent ({SHARED})")
def test_known_facts_of_the_shared_manuscripts():
    # lmg_dephasing: every cell of Table 3 (5 rows of 7 numbers, 2 rows of 4) is a statement
    stmts, _ = numeric_statements(read_manuscript(SHARED / "003_391ba59f5db62018.txt"))
    table3 = [s for s in stmts if s.why == "table" and 174 <= s.line <= 180]
    assert len(table3) == 5 * 7 + 2 * 4
    # oqt: a theory paper whose numbers are equation numbers, references, years and the
    # structural 0 and 1 of its equations
    stmts, excluded = numeric_statements(read_manuscript(SHARED / "001_72cbdd6588fdbaef.txt"))
    assert stmts == [] and excluded["reference"] > 100 and excluded["structural 0/1"] > 10
    # lmg_lgi: the numbers of the author's code listing (App. I) are code, not statements
    ms = read_manuscript(SHARED / "002_9e6c3c1b1fdb9ba8.txt")
    stmts, excluded = numeric_statements(ms)
    start = next(i for i, ln in enumerate(ms.lines, 1) if ln.startswith("1 import numpy"))
    assert excluded["program listing"] > 300
    assert not [s for s in stmts if s.line > start + 5 and ms.line_text(s.line)[:4].strip().isdigit()
                and "=" in ms.line_text(s.line)]
