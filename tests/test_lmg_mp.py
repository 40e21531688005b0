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
        monkeypatch.setattr(lmg_mp, "_float_exceeds", lambda d, e2, x, k: False)  # every guess too low
        _d, _e, lam = _lowest(50, -1)
        assert abs(lam - good) < abs(good) * mpmath.mpf(10) ** -22
        e2 = [x * x for x in e]
        r = mpmath.mpf(1)
        with lmg_mp._ctx():  # the bracket works on MPFR numbers inside an MPFR context
            D, E2 = [lmg_mp._g(x) for x in d], [lmg_mp._g(x) for x in e2]
            lo, hi = lmg_mp._g(good - r), lmg_mp._g(good + r)
            tiny = lmg_mp._g(mpmath.mpf(10) ** -60)
            assert lmg_mp._float_bracket(D, E2, 0, lo, hi, tiny) == (lo, hi)  # certification failed


def _pivots_in_mpmath(d, e2, x):
    """The pivot recurrence in mpmath's own arithmetic (the reference for the MPFR loop)."""
    tiny = mpmath.mpf(10) ** (-2 * mpmath.mp.dps)
    q, dq = d[0] - x, mpmath.mpf(-1)
    q = q if q != 0 else -tiny
    count, slope = int(q < 0), dq / q
    for k in range(1, len(d)):
        r = e2[k - 1] / q
        dq = -1 + r * dq / q
        q = d[k] - x - r
        q = q if q != 0 else -tiny
        count += q < 0
        slope += dq / q
    return count, slope


def _thomas_in_mpmath(d, e, shift, rhs):
    n = len(d)
    c, w = [mpmath.mpf(0)] * n, [mpmath.mpf(0)] * n
    piv = d[0] - shift
    c[0], w[0] = e[0] / piv, rhs[0] / piv
    for k in range(1, n):
        piv = d[k] - shift - e[k - 1] * c[k - 1]
        c[k] = e[k] / piv if k < n - 1 else 0
        w[k] = (rhs[k] - e[k - 1] * w[k - 1]) / piv
    for k in range(n - 2, -1, -1):
        w[k] -= c[k] * w[k + 1]
    return w


@pytest.mark.parametrize("n, parity, dps", [(37, 1, 20), (370, -1, 30), (51, 1, 45)])
def test_mpfr_loops_give_mpmath_s_digits(n, parity, dps):
    """The inner loops run in MPFR: every operation rounds as mpmath's does at the same
    precision, so the Sturm count, the Newton slope and a Thomas solve agree bit for bit."""
    with mpmath.workdps(dps):
        d, e, _ = lmg_mp.sector_blocks(n, Fraction(3, 7), parity)
        e2 = [x * x for x in e]
        lam = lmg_mp.sector_eigenpair(d, e, 0, dps)[0]
        for x in (lam - mpmath.mpf("0.37"), lam + mpmath.mpf(10) ** -9, mpmath.mpf(1) / 3):
            assert lmg_mp._pivots(d, e2, x) == _pivots_in_mpmath(d, e2, x)
        rhs = [mpmath.mpf(k % 5) / 3 - 1 for k in range(len(d))]
        shift = lam + mpmath.mpf("0.125")
        assert lmg_mp.solve_tridiagonal(d, e, shift, rhs) == _thomas_in_mpmath(d, e, shift, rhs)


def test_sector_blocks_are_exact_at_the_working_precision():
    """Every element of H is an mpmath number at the working precision (an integer m made
    the diagonal −2m²/N a double-precision float, 1e-17 relative off at N = 370)."""
    with mpmath.workdps(40):
        for n, parity in ((370, 1), (370, -1), (37, 1)):
            d, e, ms = lmg_mp.sector_blocks(n, Fraction(1, 2), parity)
            assert all(isinstance(x, mpmath.mpf) for x in d + e)
            exact = [mpmath.mpf(-2) * mpmath.mpf(m) ** 2 / n for m in ms]
            assert d[1:] == exact[1:]  # d[0] of odd N also carries the m = ½ coupling


@pytest.mark.parametrize("dps, scale", [(16, 1), (16, 300), (30, 40)])
def test_expm_matches_mpmath_expm(dps, scale):
    """The MPFR-product Taylor exponential against mpmath.expm at 40 more digits (a random
    complex generator, as large as the n-level superoperators get)."""
    import random

    rnd = random.Random(dps * 1000 + scale)
    with mpmath.workdps(dps):
        n = 7
        A = mpmath.matrix(n, n)
        for r in range(n):
            for k in range(n):
                A[r, k] = mpmath.mpc(rnd.uniform(-1, 1), rnd.uniform(-1, 1)) * scale / n
        X = lmg_mp.expm(A)
        assert all(isinstance(X[r, k], mpmath.mpc) for r in range(n) for k in range(n))
        with mpmath.workdps(dps + 40):
            ref = mpmath.expm(A)
            err = mpmath.mnorm(X - ref, 1) / mpmath.mnorm(ref, 1)
        assert err < mpmath.mpf(10) ** (2 - dps)
    with mpmath.workdps(20):  # a real matrix stays real: exp of a rotation generator
        R = lmg_mp.expm(mpmath.matrix([[0, -1], [1, 0]]) * mpmath.pi / 3)
        assert isinstance(R[0, 0], mpmath.mpf)
        assert abs(R[0, 0] - mpmath.mpf(1) / 2) < mpmath.mpf(10) ** -19
        assert abs(R[1, 0] - mpmath.sqrt(3) / 2) < mpmath.mpf(10) ** -19


def test_a_changed_block_is_converted_afresh():
    """sector_blocks keeps its MPFR originals beside the mpmath list; a caller that changes an
    element (or the precision) must get the changed values into the loops, not the kept ones."""
    with mpmath.workdps(30):
        d, e, _ = lmg_mp.sector_blocks(40, Fraction(1, 2), 1)
        lam = lmg_mp.sector_eigenpair(d, e, 0, 30)[0]
        d2, e2, _ = lmg_mp.sector_blocks(40, Fraction(1, 2), 1)
        d2[0] = d2[0] - 5  # a different matrix: its lowest eigenvalue moves down
        d3 = list(d2)      # the same matrix as a plain list (converted element by element)
        assert lmg_mp.sector_eigenpair(d2, e2, 0, 30)[0] == lmg_mp.sector_eigenpair(d3, list(e2), 0, 30)[0] < lam
        d4, e4, _ = lmg_mp.sector_blocks(40, Fraction(1, 2), 1)
        e4.append(mpmath.mpf(0))
        e4.pop()           # a list method changes it too: the kept copy is dropped
        assert e4.prec is None and e4 == e
    with mpmath.workdps(50), lmg_mp._ctx():  # a list made at 30 digits is re-read at 50
        x = lmg_mp._gs(d)
        assert x is not d.mpfr and x[0].precision == mpmath.mp.prec and list(x) == list(d.mpfr)


def test_memoised_sector_blocks_follow_the_precision_and_cannot_be_changed_by_a_caller():
    with mpmath.workdps(20):
        d20, e20, _ = lmg_mp.sector_blocks(51, Fraction(19, 20), -1)
        d20[0] = e20[0] = mpmath.mpf(0)      # a caller's own copy
        d, e, _ = lmg_mp.sector_blocks(51, Fraction(19, 20), -1)
        assert d[0] != 0 and e[0] != 0
    with mpmath.workdps(60):
        d60, e60, _ = lmg_mp.sector_blocks(51, Fraction(19, 20), -1)
        assert abs(e60[0] - e[0]) < mpmath.mpf(10) ** -18 and e60[0] != e[0]  # 60 digits, not 20


def test_weighted_gram_is_mpmath_fsum_of_the_rounded_products():
    """The MPFR Gram sums against mpmath's own fsum of (w u_a) u_b, digit for digit (weights
    integer, half-integer and one; vectors with components spread over 60 decades)."""
    with mpmath.workdps(30):
        vecs = [[mpmath.mpf(k + 1) ** (-20 * a - 1) * (-1) ** (k * a) / 7 for k in range(9)] for a in range(4)]
        for w in ([k + 1 for k in range(9)], [mpmath.mpf(2 * k + 1) / 2 for k in range(9)], [1] * 9):
            wanted = [[(a + b) % 2 == 0 for b in range(4)] for a in range(4)]
            got = lmg_mp.weighted_gram(vecs, w, wanted)
            for a in range(4):
                for b in range(4):
                    ref = mpmath.fsum(w[i] * vecs[a][i] * vecs[b][i] for i in range(9)) if wanted[a][b] else 0
                    assert got[a][b] == ref and isinstance(got[a][b], mpmath.mpf)
