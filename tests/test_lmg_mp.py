"""The high-precision LMG sector eigensolver (derive.lmg_mp): the double-precision bracket is
only a guess, certified at the working precision, so a wrong guess cannot change a result."""

from fractions import Fraction

import mpmath
import pytest

from derive import lmg_mp


def _lowest(n, parity, dps=30):
    with mpmath.workdps(dps):
        d, e, _ = lmg_mp.sector_blocks(n, Fraction(19, 20), parity)
        lam, _v = lmg_mp.sector_eigenpair(d, e, 0, dps)
        return d, e, lam


@pytest.mark.parametrize("n", [4, 37, 370])
def test_eigenvalue_is_a_root_of_the_characteristic_polynomial(n):
    with mpmath.workdps(30):
        d, e, lam = _lowest(n, 1)
        e2 = [x * x for x in e]
        r = abs(lam) * mpmath.mpf(10) ** -20
        # exactly one eigenvalue in a 1e-20 relative window around lam, none below it
        assert lmg_mp.sturm_count(d, e2, lam - r) == 0
        assert lmg_mp.sturm_count(d, e2, lam + r) == 1


def test_a_wrong_double_precision_guess_is_rejected(monkeypatch):
    with mpmath.workdps(30):
        d, e, good = _lowest(50, -1)
        monkeypatch.setattr(lmg_mp, "_float_count", lambda d, e2, x: 0)  # every guess too low
        _d, _e, lam = _lowest(50, -1)
        assert abs(lam - good) < abs(good) * mpmath.mpf(10) ** -22
        e2 = [x * x for x in e]
        r = mpmath.mpf(1)
        lo, hi = lmg_mp._float_bracket(d, e2, 0, good - r, good + r)
        assert (lo, hi) == (good - r, good + r)  # certification failed: the given bracket
