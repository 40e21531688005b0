"""The two-stage symbolic-equivalence helper of derive.equivalence."""

import sympy as sp
from hypothesis import example, given
from hypothesis import strategies as st

from derive.equivalence import equivalent

x, y = sp.symbols("x y", positive=True)


def test_exact_stage_decides_identities():
    r = equivalent(sp.sin(x) ** 2 + sp.cos(x) ** 2, 1)
    assert (r.equal, r.stage) == (True, "exact")


def test_numeric_stage_decides_when_simplify_cannot():
    m = sp.Symbol("m", positive=True)
    a = -m + sp.log(1 / sp.sqrt(1 - m**2)) + sp.log(m + 1)
    r = equivalent(a, sp.atanh(m) - m, {"m": (0.05, 0.95)})
    assert r.equal is True


def test_numeric_stage_finds_a_counterexample():
    r = equivalent(x**2 * (1 + sp.Rational(1, 10**9)), x**2)
    assert r.equal is False and r.stage == "numeric" and r.counterexample


def test_dropped_factor_is_caught():
    r = equivalent(x * y / 2, x * y)
    assert r.equal is False


def test_undecided_when_no_point_evaluates():
    r = equivalent(sp.log(-x - 1) * 0 + 1 / (x - x), 1)
    assert r.equal in (None, False)


@given(st.integers(-5, 5), st.integers(-5, 5), st.integers(1, 4))
@example(0, 0, 1)
def test_polynomial_identities(a, b, n):
    lhs = sp.expand((x + a) ** n * (y + b))
    rhs = (x + a) ** n * (y + b)
    assert equivalent(lhs, rhs).equal is True
    assert equivalent(lhs, rhs + 1).equal is False


def test_seeded_points_are_reproducible():
    a = equivalent(x + y + sp.Rational(1, 10**12), x + y, rtol=1e-15)
    b = equivalent(x + y + sp.Rational(1, 10**12), x + y, rtol=1e-15)
    assert a == b
