"""Text from manuscripts is data: parsers never execute it and never hang on it.

Every parser that touches manuscript text is fed hostile strings (Python
expressions, huge exponents, very long digit strings, NaN/inf spellings) while
``eval``, ``exec``, ``compile`` and ``sympy.sympify`` are booby-trapped.
"""

import builtins
import time

import pytest
import sympy
from hypothesis import example, given
from hypothesis import strategies as st

from claims.core import reading as tolerance

HOSTILE = [
    "__import__('os').system('touch /tmp/pwned')",
    "().__class__.__bases__[0].__subclasses__()",
    "lambda: 1",
    "exec('1')",
    "1e99999999",
    "9" * 100000,
    "1" * 60 + "." + "1" * 60,
    "10^(10^10)",
    "10^-999999",
    "NaN", "nan", "inf", "-Infinity", "∞", "1/0",
    "≈ " * 5000,
    "±" * 1000,
    "\x00\x01\x02",
    "0.9436" + "\u202e" + "6349.0",
]

PARSERS = {"parse_stated": tolerance.parse_stated, "normalise": tolerance.normalise}


@pytest.fixture
def booby_trapped(monkeypatch):
    def trap(*a, **k):
        raise AssertionError("manuscript text reached an evaluator")

    for name in ("eval", "exec", "compile"):
        monkeypatch.setattr(builtins, name, trap)
    monkeypatch.setattr(sympy, "sympify", trap)
    monkeypatch.setattr(sympy, "parse_expr", trap, raising=False)


def _call(parser, s):
    t0 = time.perf_counter()
    try:
        parser(s)
    except tolerance.StatedValueError:
        pass
    assert time.perf_counter() - t0 < 2.0, "a parser took over 2 s on a short hostile string"


@pytest.mark.parametrize("name", sorted(PARSERS))
@pytest.mark.parametrize("s", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_strings(booby_trapped, name, s):
    _call(PARSERS[name], s)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
@example("1e" + "9" * 50)
@example("(" * 200 + "1" + ")" * 200)
def test_fuzz_parsers(s):
    for parser in PARSERS.values():
        _call(parser, s)


def _warm_binding():
    """Import (and so compile) every module the binding uses before ``compile`` is trapped."""
    import difflib  # noqa: F401

    import sympy.tensor.tensor  # noqa: F401 - SymPy's own lazy import

    import claims.text.revision  # noqa: F401
    import claims.text.tables  # noqa: F401
    from claims.core.judges import Value
    from claims.core.model import Claim
    from claims.text.binding import bind
    from claims.text.formula import parse
    from claims.text.manuscript import Manuscript

    c = Claim(id="oqt:x", location="§1", statement="s", stated="0.9436",
              quote="we find Q = 0.9436 here", judge=Value(), derivation=lambda: 1,
              numeric=lambda: 1)
    ref = Manuscript.from_text("we find Q = 0.9436 here\n")
    for text in ("we find Q = 0.95 here\n", "we find Q here\n", "Q = 0.9436 here\n"):
        bind(c, Manuscript.from_text(text), ref)
    parse("E = −1/2(J + √(J2 + 16Γ2)) − arctanh(m∗)|x|")
    return c


_WARM = _warm_binding()


def test_formula_grammar_and_binding_never_evaluate_hostile_text(booby_trapped):
    from claims.text.binding import bind
    from claims.text.formula import FormulaError, parse
    from claims.text.manuscript import Manuscript

    c = _WARM
    for s in HOSTILE:
        t0 = time.perf_counter()
        try:
            parse(s[:2000])
        except FormulaError:
            pass
        text = f"we find Q = {s[:2000]} here\n"
        bind(c, Manuscript.from_text(text), Manuscript.from_text("we find Q = 0.9436 here\n"))
        assert time.perf_counter() - t0 < 2.0
