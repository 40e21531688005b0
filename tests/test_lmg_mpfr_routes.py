"""MPFR versions of high-precision routes against their plain mpmath / SymPy references: the
dephasing doublet (sector eigenpairs and the J_z sums), mpmath.fsum on MPFR terms, and the
App. A completeness identity by a cleared-denominator polynomial."""

from fractions import Fraction

import gmpy2
import mpmath
import pytest
import sympy as sp

from derive import lmg_dephasing as D
from derive import lmg_mp


def _doublet_in_mpmath(n_spins, gam, dps, with_e2=True):
    """The former route: mpmath lists from sector_blocks, sector_eigenpair, mpmath.fsum."""
    with mpmath.workdps(dps):
        de, ee, me = lmg_mp.sector_blocks(n_spins, gam, +1)
        do, eo, mo = lmg_mp.sector_blocks(n_spins, gam, -1)
        E0, a = lmg_mp.sector_eigenpair(de, ee, 0, dps)
        E1, b = lmg_mp.sector_eigenpair(do, eo, 0, dps)
        E2 = lmg_mp.sector_eigenpair(de, ee, 1, dps)[0] if with_e2 and len(de) > 1 else None
        jz2 = tuple(mpmath.fsum(x * x * mk * mk for x, mk in zip(v, ms)) for v, ms in ((a, me), (b, mo)))
        shift = len(me) - len(mo)
        X = abs(mpmath.fsum(x * y * mk for x, y, mk in zip(a[shift:], b, mo)))
    return D.DoubletHP(E=(E0, E1, E2), jz2=jz2, X=X, dps=dps)


@pytest.mark.parametrize("n, gam, dps, e2", [
    (2, Fraction(19, 20), 30, True), (3, Fraction(19, 20), 30, True), (37, Fraction(1, 2), 20, True),
    (370, Fraction(19, 20), 30, True), (371, Fraction(19, 20), 30, True), (150, Fraction(3, 7), 25, False),
    (999, Fraction(9, 10), 20, False), (5, Fraction(3, 2), 30, True), (1200, Fraction(19, 20), 30, True)])
def test_mpfr_doublet_is_the_mpmath_doublet_digit_for_digit(n, gam, dps, e2):
    new = D.doublet_high_precision(n, gam, dps, e2)
    old = _doublet_in_mpmath(n, gam, dps, e2)
    assert new == old
    assert all(isinstance(x, mpmath.mpf) for x in new.E[:2] + new.jz2 + (new.X,))


def _terms(values, prec):
    with gmpy2.context(precision=prec, round=gmpy2.RoundToNearest):
        return [gmpy2.mpfr(v) for v in values]


@pytest.mark.parametrize("values", [
    ["1.5", "2.25", "1e-3", "7"],                                   # same sign, narrow: MPFR fsum
    ["1e40", "1", "1e-40", "3"],                                    # same sign, span > 2 prec
    ["1", "-1", "1e-80", "0"],                                      # cancellation, then tiny
    ["-1e-70", "1e70", "-1e70", "2"],                               # mixed signs
    ["0", "0"], ["-3.5", "-1e-5", "-2"],
    [str(mpmath.mpf(1) / 3), str(mpmath.mpf(2) / 3), "1e-33", "1e-34"],
])
@pytest.mark.parametrize("dps", [20, 30])
def test_fsum_mpfr_is_mpmath_fsum(values, dps):
    with mpmath.workdps(dps):
        terms = _terms(values, mpmath.mp.prec)
        with lmg_mp._ctx():
            got = lmg_mp.fsum_mpfr(terms)
        assert got == mpmath.fsum(lmg_mp.as_mpf(t) for t in terms)


def test_fsum_mpfr_follows_mpmath_where_mpmath_drops_a_term():
    """A term 2·prec bits below the running sum's last bit is dropped by mpmath: the fallback
    reproduces that (an exact sum would round differently here)."""
    with mpmath.workdps(15):
        p = mpmath.mp.prec
        with lmg_mp._ctx():
            half = gmpy2.mul_2exp(gmpy2.mpfr(1), -p)           # 1 + 2^-p: a tie, to even (1)
            terms = [gmpy2.mpfr(1), half, gmpy2.mul_2exp(gmpy2.mpfr(1), -4 * p)]
            got = lmg_mp.fsum_mpfr(terms)
            assert gmpy2.fsum(terms) != lmg_mp._g(got)          # the exact sum rounds up
        assert got == mpmath.fsum(lmg_mp.as_mpf(t) for t in terms) == 1


def test_completeness_polynomial_form_is_the_simplified_identity():
    assert D.completeness_proof.__wrapped__() == 0
    # the former route: the rational function simplified
    s = sp.symbols("s1:4", real=True)
    K = sp.Matrix([[0, s[0], s[1]], [-s[0], 0, s[2]], [-s[1], -s[2], 0]])
    V = (sp.eye(3) - K) * (sp.eye(3) + K).inv()
    A = sp.diag(*sp.symbols("m1:4", real=True))
    B = V.T * A * V
    assert sp.simplify(sum(B[0, k] * B[k, 0] for k in range(3)) - (V.T * A * A * V)[0, 0]) == 0


def test_cleared_denominators_detect_a_false_identity():
    """The same construction with ⟨0|A|0⟩² in place of ⟨0|A²|0⟩ (the completeness sum without
    its n ≠ 0 terms) is not identically zero."""
    s = sp.symbols("s1:4", real=True)
    K = sp.Matrix([[0, s[0], s[1]], [-s[0], 0, s[2]], [-s[1], -s[2], 0]])
    one = sp.eye(3)
    W = ((one - K) * (one + K).adjugate()).applyfunc(sp.expand)
    A = sp.diag(*sp.symbols("m1:4", real=True))
    B = W.T * A * W
    assert sp.expand(sum(B[0, k] * B[k, 0] for k in range(3)) - B[0, 0] ** 2) != 0


def test_early_stopping_float_count_makes_the_same_decisions():
    import random
    rng = random.Random(7)
    with mpmath.workdps(20):
        for n, g, p in ((37, Fraction(3, 7), 1), (370, Fraction(19, 20), -1), (101, Fraction(6, 5), 1)):
            d, e, _ = lmg_mp.sector_blocks_mpfr(n, g, p)
            fd, fe2 = [float(x) for x in d], [float(x * x) for x in e]
            r = max(abs(x) for x in fd) + 2 * max(abs(float(x)) for x in e)
            lam = float(lmg_mp.sector_eigenpair_mpfr(d, e, 0, 20)[0])
            xs = [rng.uniform(-r, r) for _ in range(200)] + [lam * (1 + t) for t in (-1e-13, 0, 1e-13)]
            for k in (0, 1, 3):
                assert [lmg_mp._float_exceeds(fd, fe2, x, k) for x in xs] == \
                       [lmg_mp._float_count(fd, fe2, x) > k for x in xs]


def test_kept_sector_tuples_give_the_former_states():
    """_sector_bounded returns immutable tuples keeping their MPFR originals; the states are the
    ones the plain mpmath tuples (converted at every call) gave."""
    from derive import lmg_lgi as L
    for N, g, parity, k, dps in ((20, Fraction(19, 20), 1, 0, 20), (301, Fraction(9, 10), -1, 1, 30),
                                  (120, Fraction(7, 10), 1, 2, 20)):
        with mpmath.workdps(dps):
            d, e, ms = lmg_mp.sector_blocks(N, g, parity)
            e2 = [x * x for x in e]
            r = max(abs(x) for x in d) + 2 * max(abs(x) for x in e)
            lam = lmg_mp.bisect_eigenvalue(tuple(d), tuple(e2), k, -r, r, r * mpmath.mpf(10) ** (-(dps - 6)))
            v = lmg_mp.inverse_iteration(tuple(d), tuple(e), lam)
            big = max(range(len(v)), key=lambda i: abs(v[i]))
            if v[big] < 0:
                v = [-x for x in v]       # at the working precision, as the route does
        got = L._sector_state.__wrapped__(N, g, parity, k, dps)
        assert got[0] == lam
        assert [x for _, x in got[1]] == v
        kd = L._sector_bounded(N, g, parity, dps)
        with pytest.raises(TypeError):
            kd[0][0] = 0          # immutable: the kept originals cannot go stale


def test_energy_only_levels_are_the_models_energies():
    """nlevel_energies_mp (sector eigenvalues, no vectors or matrices) gives nlevel_model_mp's
    "E" bit for bit: the same sector levels, the same ascending selection, computed cold (no
    entry shared through the memoised sector energies)."""
    import random

    from derive import lmg_lgi as L
    rng = random.Random(5)
    cases = [(370, Fraction(19, 20), 2, 30), (371, Fraction(19, 20), 10, 30), (13, Fraction(1, 3), 4, 16)]
    cases += [(rng.randint(12, 300), Fraction(repr(rng.uniform(0.05, 0.99))), rng.choice([2, 3, 5, 10]),
               rng.choice([16, 20, 30])) for _ in range(8)]
    caches = (L._sector_energy, L._sector_state, L._nlevel_energies, L.nlevel_model_mp)
    for N, g, k, dps in cases:
        for c in caches:
            c.cache_clear()
        fast = L.nlevel_energies_mp(N, g, k, dps)
        for c in caches:
            c.cache_clear()
        full = L.nlevel_model_mp(N, g, k, dps)["E"]
        assert [x._mpf_ for x in fast] == [x._mpf_ for x in full]
