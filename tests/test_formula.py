"""Printed formulas and readings re-read from a revision: claims.text.formula, claims.text.readings."""

from __future__ import annotations

import builtins

import pytest
import sympy as sp
from hypothesis import example, given
from hypothesis import strategies as st

from claims.text.formula import FormulaError, parse, reread, tokens
from claims.text.readings import READING_RULES, ReadingError, infer_rule, reading_of


@pytest.fixture
def booby_trapped(monkeypatch):
    import sympy.tensor.tensor  # noqa: F401 - SymPy's own lazy imports compile modules

    parse("E = −1/2(J + √(J2 + 16Γ2)) − arctanh(m∗)|x|")  # warm SymPy's caches and imports

    def trap(*a, **k):
        raise AssertionError("manuscript text reached an evaluator")

    for name in ("eval", "exec", "compile"):
        monkeypatch.setattr(builtins, name, trap)
    monkeypatch.setattr(sp, "sympify", trap)
    monkeypatch.setattr(sp, "parse_expr", trap, raising=False)


@pytest.mark.parametrize(("text", "expected"), [
    ("ω = 2α𝒩/ħ", "2*N*α/ħ"),
    ("E− = −1/2(J + √(J2 + 16Γ2))", "-J/2 - sqrt(J2 + 16*Γ2)/2"),
    ("Sinst = arctanh(m∗)−m∗", "-m∗ + atanh(m∗)"),
    ("4Γ2|ϵJ |", "4*Γ2*Abs(J*ε)"),
])
def test_prints_parse_without_evaluating_text(booby_trapped, text, expected):
    assert sp.sstr(parse(text)) == expected


@pytest.mark.parametrize("bad", ["2α𝒩/ħ)(", "√", "__import__('os')", "(" * 100 + "1" + ")" * 100,
                                 "x" * 500, "1 +", "10^(10^10)", "2^99999", "100000!"])
def test_unreadable_prints_are_one_line_errors(booby_trapped, bad):
    with pytest.raises(FormulaError):
        parse(bad)


@given(st.text(max_size=60))
@example("lambda: 1")
@example("\\frac{\\frac{1}{2}}{")
def test_the_grammar_never_raises_anything_else(s):
    try:
        parse(s)
    except FormulaError:
        pass


@pytest.mark.parametrize(("old", "new", "transcription", "expected"), [
    ("ω = 2α𝒩/ħ", "ω = 3α𝒩/ħ", "2*alpha*N/hbar", "3*alpha*N/hbar"),
    ("ω = 2α𝒩/ħ", "ω = α𝒩/ħ", "2*alpha*N/hbar", "(2*alpha*N/hbar)*(1/2)"),
    ("b = β3J4/3", "b = β3J4/4", "beta**3*J**4/3", "beta**3*J**4/4"),
    ("J/2(1−βJ)m2 + β3J4/12 m4 −βJhm", "J/2(1−βJ)m2 + β3J4/13 m4 −βJhm",
     "J*(1 - beta*J)*m**2/2 + beta**3*J**4*m**4/12 - beta*J*h*m",
     "J*(1 - beta*J)*m**2/2 + beta**3*J**4*m**4/13 - beta*J*h*m"),
])
def test_a_changed_print_maps_onto_the_transcription(old, new, transcription, expected):
    assert reread(old, new, transcription).transcription == expected


@pytest.mark.parametrize(("old", "new"), [
    ("ω0 = 2Jm∗", "ω1 = 2Jm∗"),  # a different left-hand side: a different statement
    ("ω0 = 2Jm∗", "ω0 = 2Jm∗)"),  # unparseable
    ("f = J/2 m2 + 1", "f = 2J/2 m2 + 1"),  # a coefficient of one term of a sum
    ("x = 2a + 2b", "x = 3a + 2b"),  # the changed literal stands twice in the transcription
])
def test_changes_that_cannot_be_mapped_are_undecided(old, new):
    assert reread(old, new, "2*a + 2*b").transcription is None


def test_readings_follow_the_print():
    assert reading_of("γc ∼ (g√N)−2", "exponent of N") == "−1"
    assert reading_of("≲ 0.010", "number of a bound") == "0.010"
    assert reading_of("∼ 31", "∼ read as ≈") == "≈ 31"
    with pytest.raises(ReadingError):
        reading_of("weak coupling", "fixed")
    with pytest.raises(ReadingError):
        reading_of("γc ∼ g + N", "exponent of N")
    assert infer_rule("γc ∼ (g√N)−1", "−1/2") == "exponent of N"
    assert infer_rule("δ t ∼ τgrow", "∼ 1") is None
    assert set(READING_RULES) >= {"number of a bound", "exponent of N", "fixed"}


def test_tokens_keep_glued_indices_in_the_identifier():
    assert [t.text for t in tokens("β3J4/3")] == ["β3", "J4", "/", "3"]


@pytest.mark.parametrize("new", [
    "(where $\\omega = 3\\alpha \\mathcal{N}/\\hbar$)",  # the LaTeX extraction, edited
    "(where ω = 3α N/ℏ)",  # the same revision as a .md or .tex file displays it
])
def test_a_latex_print_wrapped_in_prose_is_re_read_in_every_format(booby_trapped, new):
    """oqt prints ``(where $\\omega = 2\\alpha \\mathcal{N}/\\hbar$)``: an edited coefficient is
    re-read into the transcription whichever format displays the revision, and a dropped one
    is a leading factor (``ω = 2α𝒩/ħ`` -> ``ω = α𝒩/ħ``, the issue's example)."""
    old = "(where $\\omega = 2\\alpha \\mathcal{N}/\\hbar$)"
    assert reread(old, new, "2*alpha*N/hbar").transcription == "3*alpha*N/hbar"
    halved = reread(old, new.replace("3", ""), "2*alpha*N/hbar").transcription
    assert halved == "(2*alpha*N/hbar)*(1/2)"
    assert reread(old, new.replace("= 3", "= 3 +"), "2*alpha*N/hbar").transcription is None


def test_a_reading_described_rather_than_declared_follows_the_print_by_the_inferred_rule():
    """``reading_from`` holding a description (not a rule key) explains the reading; the rule
    is the one that reproduces the registered reading (``negated`` for an exponent −1 read as
    νz = 1, ``number of a bound`` for 'γϕ ≲ x'), so an edited print is re-read, not undecided."""
    from types import SimpleNamespace

    from claims.text.readings import rule_of

    nuz = SimpleNamespace(stated="−1", reading="1",
                          reading_from="τ_c ∼ |γ − γc|^(−1) = |γ − γc|^(−νz): νz")
    assert rule_of(nuz) == "negated"
    assert reading_of("−1 ± 1", "negated") == "1 ± 1" and reading_of("2", "negated") == "−2"
    with pytest.raises(ReadingError):
        reading_of("≲ −1", "negated")  # negating a bound turns it round: not this rule
    bound = SimpleNamespace(stated="≲ 0.289", reading="0.289", reading_from="'γϕ ≲ x' states x")
    assert rule_of(bound) == "number of a bound"
    declared = SimpleNamespace(stated="≲ 0.289", reading="0.289", reading_from="fixed")
    assert rule_of(declared) == "fixed"  # a declared rule key is kept
    words = SimpleNamespace(stated="weak coupling", reading="∼ 10−12", reading_from="the list")
    assert rule_of(words) == "fixed"
