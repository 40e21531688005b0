"""High-precision spectrum of the LMG Hamiltonian on its parity sectors (mpmath, no LAPACK).

Shared by the exact routes of ``lmg_lgi`` and ``lmg_dephasing``.  H = −(2J/N)J_z² − 2ΓJ_x
(J = 1, h = 0) commutes with m → −m; each sector is a symmetric tridiagonal matrix whose
eigenvalues are found by bisection on Sturm counts (then safeguarded Newton steps on
det(T − x)) and eigenvectors by inverse iteration (Thomas algorithm).  The numerical
routes use :mod:`numerics.lmg`, an independent implementation.

References
----------
lmg_lgi (arXiv:2604.18638) §2; lmg_dephasing §3, App. A.
"""

from __future__ import annotations

import functools
import operator
from fractions import Fraction

import gmpy2
import mpmath

from derive import _domain


def sector_blocks(n_spins: int, gam: Fraction, parity: int):
    """mp diagonal, off-diagonal and |m| labels of H (J = 1) in one sector of m → −m.

    Notes
    -----
    Basis (|m⟩ + p|−m⟩)/√2 for m > 0 (and |0⟩ in the even sector of even N).  The
    sectors share the tridiagonal part for m, m' > 0; they differ only where m + m' = 1:
    even N — the even sector has the extra |0⟩ coupled by √2⟨0|H|1⟩; odd N — the m = ½
    diagonal element gets p⟨½|H|−½⟩ = −pΓ(j + ½).
    """
    _domain.spins("lmg_mp.sector_blocks", n_spins, 1, "n_spins")  # blocks: no doublet assumed
    _domain.instance("lmg_mp.sector_blocks", (Fraction, int), gam=gam)  # Γ/J exactly, J = 1
    _domain.one_of("lmg_mp.sector_blocks", "parity", parity, (1, -1))
    d, dg, e, eg, ms = _sector_blocks(n_spins, gam, parity, mpmath.mp.prec)
    return _kept(d, dg), _kept(e, eg), list(ms)


@functools.cache
def _sector_blocks(n_spins: int, gam: Fraction, parity: int, prec: int):
    """:func:`sector_blocks` at ``prec`` bits, memoised (the same sector is asked for by many
    routes and levels): tuples of the mpmath numbers and of their MPFR originals, so that no
    caller can change a stored block."""
    d, e, twice = _sector_blocks_g(n_spins, gam, parity, prec)
    with mpmath.workprec(prec):
        j = mpmath.mpf(n_spins) / 2
        first = 0 if (n_spins % 2 == 0 and parity > 0) else (1 if n_spins % 2 == 0 else mpmath.mpf(1) / 2)
        ms = [first + k for k in range(int(j - first) + 1)]
        return (tuple(_m(x) for x in d), d, tuple(_m(x) for x in e), e, tuple(ms))


@functools.cache
def _sector_blocks_g(n_spins: int, gam: Fraction, parity: int, prec: int):
    """The MPFR elements of :func:`sector_blocks` at ``prec`` bits and the labels 2m (ints),
    memoised: (diagonal, off-diagonal, 2m) as tuples."""
    # each operation rounded as mpmath rounds it at this precision: with twice_m = 2m an
    # integer, m² and (j − m)(j + m + 1) = (N − 2m)(N + 2m + 2)/4 are exact
    first2 = 0 if (n_spins % 2 == 0 and parity > 0) else (2 if n_spins % 2 == 0 else 1)
    twice = tuple(range(first2, n_spins + 1, 2))
    with gmpy2.context(precision=prec, round=gmpy2.RoundToNearest):
        G = gmpy2.mpfr(gam.numerator) / gam.denominator
        d = [gmpy2.mpfr(-2 * t * t) / 4 / n_spins for t in twice]
        e = [-G * gmpy2.sqrt(gmpy2.mpfr((n_spins - t) * (n_spins + t + 2)) / 4) for t in twice[:-1]]
        if n_spins % 2 == 0 and parity > 0:
            e[0] *= gmpy2.sqrt(gmpy2.mpfr(2))
        if n_spins % 2 == 1:
            d[0] -= parity * (G * (gmpy2.mpfr(n_spins + 1) / 2))
        return tuple(d), tuple(e), twice


def sector_blocks_mpfr(n_spins: int, gam: Fraction, parity: int):
    """:func:`sector_blocks` as MPFR numbers at the working precision (no mpmath conversion):
    (diagonal, off-diagonal, 2m labels as ints), the very numbers :func:`sector_blocks` keeps."""
    _domain.spins("lmg_mp.sector_blocks", n_spins, 1, "n_spins")
    _domain.instance("lmg_mp.sector_blocks", (Fraction, int), gam=gam)
    _domain.one_of("lmg_mp.sector_blocks", "parity", parity, (1, -1))
    return _sector_blocks_g(n_spins, gam, parity, mpmath.mp.prec)


# --- the inner loops in MPFR ------------------------------------------------------------
# The recurrences below run over every basis state once per evaluation; in mpmath each
# arithmetic operation is a Python call (~5 µs), in gmpy2's MPFR it is one C call (~0.3 µs).
# Both round every operation correctly to nearest at the same precision (mpmath.mp.prec bits),
# so the loops give the digits mpmath's own arithmetic gives; values enter and leave as mpmath
# numbers (exact conversions of mantissa and exponent).

def _ctx():
    """An MPFR context at mpmath's working precision (round to nearest)."""
    return gmpy2.context(precision=mpmath.mp.prec, round=gmpy2.RoundToNearest)


def _g(x):
    """An mpmath real (or int / Fraction) as an MPFR number of the current context, exactly
    for mpf (its mantissa has at most mp.prec bits)."""
    if isinstance(x, mpmath.mpf):
        sign, man, exp, _ = x._mpf_
        if not man:
            if exp:  # mpmath's special values (nan, ±inf) have a zero mantissa
                return gmpy2.mpfr(str(x))
            return gmpy2.mpfr(0)
        return gmpy2.mul_2exp(gmpy2.mpfr(-man if sign else man), exp)
    if isinstance(x, Fraction):
        return gmpy2.mpfr(x.numerator) / x.denominator
    if isinstance(x, int):
        return gmpy2.mpfr(x)
    return _g(mpmath.mpf(x))


def as_mpf(y) -> mpmath.mpf:
    """An MPFR number as an mpmath mpf (exact)."""
    return _m(y)


def _m(y) -> mpmath.mpf:
    """An MPFR number back as an mpmath mpf (exact)."""
    if not y:
        return mpmath.mpf(0)
    man, exp = y.as_mantissa_exp()
    return mpmath.mpf((int(man), int(exp)))


class _Elements(list):
    """A list of mpmath numbers that keeps the MPFR numbers it was converted from (``mpfr``,
    at ``prec`` bits): the loops take those instead of converting every element back.  Any
    change to the list drops them (a changed list is converted afresh)."""

    __slots__ = ("prec", "mpfr")

    def _changed(self):
        self.prec = None

    def __setitem__(self, i, v):
        self._changed()
        super().__setitem__(i, v)

    def __delitem__(self, i):
        self._changed()
        super().__delitem__(i)

    def __iadd__(self, other):
        self._changed()
        return super().__iadd__(other)

    def __imul__(self, other):
        self._changed()
        return super().__imul__(other)


for _name in ("append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse"):
    def _mutator(self, *args, _f=getattr(list, _name), **kwargs):
        self._changed()
        return _f(self, *args, **kwargs)

    setattr(_Elements, _name, _mutator)
del _name, _mutator


def _elements(xs) -> _Elements:
    """MPFR numbers (of the current context) as a list of mpmath numbers that keeps them."""
    out = _Elements(_m(x) for x in xs)
    out.prec, out.mpfr = mpmath.mp.prec, xs
    return out


def _kept(values, originals) -> _Elements:
    """A fresh list of ``values`` (mpmath numbers) keeping their MPFR ``originals``."""
    out = _Elements(values)
    out.prec, out.mpfr = mpmath.mp.prec, originals
    return out


class _KeptTuple(tuple):
    """A tuple of mpmath numbers keeping the MPFR numbers they are exact conversions of
    (``mpfr``, at ``prec`` bits); immutable, so the originals stay current."""


def kept_tuple(values, originals) -> _KeptTuple:
    """An immutable tuple of ``values`` (mpmath) and their MPFR ``originals``, at the
    working precision."""
    out = _KeptTuple(values)
    out.prec, out.mpfr = mpmath.mp.prec, tuple(originals)
    return out


def _gs(xs) -> list:
    """A list of mpmath reals as MPFR numbers (the kept originals where they are current)."""
    if type(xs) in (_Elements, _KeptTuple) and xs.prec == mpmath.mp.prec \
            and xs.prec == gmpy2.get_context().precision:
        return xs.mpfr
    return [_g(x) for x in xs]


def _pivots_g(d, e2, x, tiny):
    """:func:`_pivots` on MPFR lists (inside an MPFR context)."""
    q, dq = d[0] - x, gmpy2.mpfr(-1)
    if q == 0:
        q = -tiny
    count, slope = int(q < 0), dq / q
    for k in range(1, len(d)):
        r = e2[k - 1] / q
        dq = -1 + r * dq / q
        q = d[k] - x - r
        if q == 0:
            q = -tiny
        count += q < 0
        slope += dq / q
    return count, slope


def _pivots(d, e2, x):
    """Sturm count below x and the Newton step 1/Σ(q_k'/q_k) of det(T − x) (LDLᵀ pivots).

    q_k = d_k − x − e²_{k−1}/q_{k−1}, q_k' = −1 + e²_{k−1} q_{k−1}'/q_{k−1}²; the number of
    negative pivots is the number of eigenvalues below x (Sylvester's law of inertia) and
    d ln det(T − x)/dx = Σ q_k'/q_k.
    """
    with _ctx():
        tiny = gmpy2.mpfr(10) ** (-2 * mpmath.mp.dps)
        count, slope = _pivots_g(_gs(d), _gs(e2), _g(x), tiny)
        return count, _m(slope)


def sturm_count(d, e2, x) -> int:
    """Number of eigenvalues of the tridiagonal below x."""
    _domain.tridiagonal("lmg_mp.sturm_count", d, e2, e_name="e2")
    _domain.real("lmg_mp.sturm_count", x=x)
    return _pivots(d, e2, x)[0]


def _float_count(d, e2, x: float) -> int:
    """Sturm count below x in double precision (a guess only: certified by the caller)."""
    q = d[0] - x or -1e-300
    count = q < 0
    for k in range(1, len(d)):
        q = d[k] - x - e2[k - 1] / q or -1e-300
        count += q < 0
    return count


def _float_exceeds(d, e2, x: float, k: int) -> bool:
    """``_float_count(d, e2, x) > k``, the same pivots in the same order, stopped at the
    (k + 1)-th negative pivot (the count never decreases along the recurrence)."""
    q = d[0] - x or -1e-300
    count = q < 0
    if count > k:
        return True
    for i in range(1, len(d)):
        q = d[i] - x - e2[i - 1] / q or -1e-300
        if q < 0:
            count += 1
            if count > k:
                return True
    return False


def _float_bracket(d, e2, k: int, lo, hi, tiny):
    """A narrow bracket of the k-th eigenvalue, found by bisection in double precision and
    certified by two Sturm counts at the working precision; the given bracket if the
    certification fails (a near-degenerate pair, or overflow), so the result never depends on
    double-precision arithmetic being right.  (MPFR lists and bounds, inside an MPFR context.)"""
    try:
        fd, fe2 = [float(x) for x in d], [float(x) for x in e2]
        flo, fhi = float(lo), float(hi)
        for _ in range(200):
            if fhi - flo <= 4e-13 * max(abs(flo), abs(fhi), 1e-300):
                break
            mid = 0.5 * (flo + fhi)
            if _float_exceeds(fd, fe2, mid, k):
                fhi = mid
            else:
                flo = mid
        width = 1e-10 * max(abs(flo), abs(fhi), 1e-300)
        a, b = gmpy2.mpfr(flo - width), gmpy2.mpfr(fhi + width)
    except (OverflowError, ZeroDivisionError, ValueError):
        return lo, hi
    if lo <= a < b <= hi and _pivots_g(d, e2, a, tiny)[0] <= k < _pivots_g(d, e2, b, tiny)[0]:
        return a, b
    return lo, hi


def bisect_eigenvalue(d, e2, k: int, lo, hi, tol):
    """k-th smallest eigenvalue (0-based): bisection on Sturm counts, then safeguarded Newton.

    A bracket found in double precision and certified by Sturm counts at the working precision
    (:func:`_float_bracket`) replaces the first ~20 bisection steps when it certifies.
    Bisection isolates the eigenvalue to 10⁻⁶ of the interval; Newton steps on
    det(T − x) (quadratic convergence) are accepted only while they stay inside the
    certified bracket [lo, hi], which every evaluation's Sturm count keeps shrinking;
    otherwise the step is a bisection.  Stops when the bracket or the step is below tol.
    """
    _domain.tridiagonal("lmg_mp.bisect_eigenvalue", d, e2, e_name="e2")
    _domain.integer("lmg_mp.bisect_eigenvalue", 0, len(d) - 1, k=k)
    _domain.interval("lmg_mp.bisect_eigenvalue", lo, hi)
    _domain.positive("lmg_mp.bisect_eigenvalue", tol=tol)
    coarse = (hi - lo) * mpmath.mpf(10) ** -6
    with _ctx():
        return _m(_bisect_g(_gs(d), _gs(e2), k, _g(lo), _g(hi), _g(mpmath.mpf(tol)), _g(coarse)))


def _bisect_g(D, E2, k, lo, hi, tol, coarse):
    """:func:`bisect_eigenvalue` on MPFR numbers (inside an MPFR context)."""
    tiny = gmpy2.mpfr(10) ** (-2 * mpmath.mp.dps)
    lo, hi = _float_bracket(D, E2, k, lo, hi, tiny)
    while hi - lo > max(tol, coarse):
        mid = (lo + hi) / 2
        if _pivots_g(D, E2, mid, tiny)[0] > k:
            hi = mid
        else:
            lo = mid
    x = (lo + hi) / 2
    while hi - lo > tol:
        count, slope = _pivots_g(D, E2, x, tiny)
        if count > k:
            hi = x
        else:
            lo = x
        step = -1 / slope if slope != 0 else hi - lo
        nxt = x + step
        if abs(step) < tol / 4 and lo <= nxt <= hi:
            return nxt
        x = nxt if lo < nxt < hi else (lo + hi) / 2
    return (lo + hi) / 2


def inverse_iteration(d, e, lam, steps: int = 3):
    """Eigenvector of the tridiagonal at the (accurate) eigenvalue lam (Thomas solves)."""
    _domain.tridiagonal("lmg_mp.inverse_iteration", d, e)
    _domain.real("lmg_mp.inverse_iteration", lam=lam)
    _domain.integer("lmg_mp.inverse_iteration", 1, steps=steps)
    n = len(d)
    if n == 1:
        return [mpmath.mpf(1)]
    shift = lam + mpmath.mpf(10) ** (-(mpmath.mp.dps - 8))
    with _ctx():
        return _elements(_inverse_g(_gs(d), _gs(e), _g(shift), steps))


def _inverse_g(D, E, shift, steps):
    """:func:`inverse_iteration` on MPFR numbers at a given shift (inside an MPFR context)."""
    n = len(D)
    zero = gmpy2.mpfr(0)
    v = [gmpy2.mpfr(1)] * n
    for _ in range(steps):
        c, w = [zero] * n, [zero] * n
        piv = D[0] - shift
        c[0], w[0] = E[0] / piv, v[0] / piv
        for k in range(1, n):
            piv = D[k] - shift - E[k - 1] * c[k - 1]
            c[k] = E[k] / piv if k < n - 1 else zero
            w[k] = (v[k] - E[k - 1] * w[k - 1]) / piv
        for k in range(n - 2, -1, -1):
            w[k] -= c[k] * w[k + 1]
        nrm = gmpy2.sqrt(gmpy2.fsum([x * x for x in w]))
        v = [x / nrm for x in w]
    return v


def sector_eigenpair(d, e, k: int, dps: int):
    """k-th eigenvalue and (for k = 0) eigenvector of one sector by bisection + inverse iteration."""
    _domain.tridiagonal("lmg_mp.sector_eigenpair", d, e)
    _domain.integer("lmg_mp.sector_eigenpair", 0, len(d) - 1, k=k)
    # tolerance r·10^-(dps-6) < r, reachable only at a working precision of ≥ dps digits
    # (outside mpmath.workdps(dps) the bisection would never stop)
    _domain.integer("lmg_mp.sector_eigenpair", 7, mpmath.mp.dps, dps=dps)
    with _ctx():
        lam, vec = _eigenpair_g(_gs(d), _gs(e), k, dps)
        if vec is None:
            return _m(lam), None
        if len(vec) == 1:
            return _m(lam), [mpmath.mpf(1)]
        return _m(lam), _elements(vec)


def sector_eigenpair_mpfr(d, e, k: int, dps: int):
    """:func:`sector_eigenpair` on MPFR lists (e.g. from :func:`sector_blocks_mpfr`), inside
    ``mpmath.workdps``: the same numbers, as MPFR (eigenvalue, vector or None), unconverted."""
    _domain.integer("lmg_mp.sector_eigenpair", 0, len(d) - 1, k=k)
    _domain.integer("lmg_mp.sector_eigenpair", 7, mpmath.mp.dps, dps=dps)
    with _ctx():
        return _eigenpair_g(d, e, k, dps)


def _eigenpair_g(D, E, k: int, dps: int):
    """:func:`sector_eigenpair` on MPFR numbers (inside an MPFR context at mpmath's precision)."""
    E2 = [x * x for x in E]
    r = max(abs(x) for x in D) + 2 * max([abs(x) for x in E] + [gmpy2.mpfr(0)])
    rm = _m(r)
    _domain.interval("lmg_mp.bisect_eigenvalue", -rm, rm)  # as bisect_eigenvalue would
    tol, coarse = _g(rm * mpmath.mpf(10) ** (-(dps - 6))), _g(2 * rm * mpmath.mpf(10) ** -6)
    lam = _bisect_g(D, E2, k, -r, r, tol, coarse)
    if k != 0:
        return lam, None
    if len(D) == 1:
        return lam, [gmpy2.mpfr(1)]
    shift = _g(_m(lam) + mpmath.mpf(10) ** (-(mpmath.mp.dps - 8)))
    return lam, _inverse_g(D, E, shift, 3)


def fsum_mpfr(terms) -> mpmath.mpf:
    """``mpmath.fsum`` of MPFR numbers (inside an MPFR context at mpmath's precision), digit for
    digit: mpmath sums the terms exactly and rounds once to nearest (ties to even), except that
    it drops a term whose leading bit lies more than 2·prec bits below the running sum's last
    bit, or the running sum when a term's last bit lies 2·prec bits above the sum's leading bit.

    When every non-zero term has one sign and their leading bits span at most 2·prec bits,
    neither can happen (see the proof in the test), so the correctly rounded MPFR sum
    (``gmpy2.fsum``) is mpmath's; otherwise mpmath's own summation (``mpf_sum``) runs on the
    exactly converted terms."""
    nz = [t for t in terms if t]
    if not nz:
        return mpmath.mpf(0)
    prec = mpmath.mp.prec
    exps = [gmpy2.get_exp(t) for t in nz]
    signs = {t > 0 for t in nz}
    if len(signs) == 1 and max(exps) - min(exps) <= 2 * prec and all(gmpy2.is_finite(t) for t in nz):
        return _m(gmpy2.fsum(nz))
    return mpmath.fsum(_m(t) for t in nz)


def solve_tridiagonal(d, e, shift, rhs):
    """(T − shift)x = rhs by the Thomas algorithm."""
    _domain.tridiagonal("lmg_mp.solve_tridiagonal", d, e)
    _domain.real("lmg_mp.solve_tridiagonal", shift=shift)
    _domain.integer("lmg_mp.solve_tridiagonal", len(d), len(d), **{"len(rhs)": len(rhs)})
    n = len(d)
    with _ctx():
        D, E, shift = _gs(d), _gs(e), _g(shift)
        zero = gmpy2.mpfr(0)
        c, w = [zero] * n, [zero] * n
        piv = D[0] - shift
        c[0], w[0] = (E[0] / piv if n > 1 else zero), _g(rhs[0]) / piv
        for k in range(1, n):
            piv = D[k] - shift - E[k - 1] * c[k - 1]
            c[k] = E[k] / piv if k < n - 1 else zero
            w[k] = (_g(rhs[k]) - E[k - 1] * w[k - 1]) / piv
        for k in range(n - 2, -1, -1):
            w[k] -= c[k] * w[k + 1]
        return [_m(x) for x in w]


def expm(A) -> mpmath.matrix:
    """exp(A) of a square mpmath matrix (real or complex): mpmath's own Taylor method, with its
    precision schedule, with the matrix products in MPFR.

    As :func:`mpmath.expm` (method ``"taylor"``): scale by 2^-j with j = max(1, mag‖A‖_∞) +
    ⌊½√prec⌋, sum the Taylor series at prec + 10 + 2j bits until a term's ∞-norm is below that
    precision's ε, square j times, round to the working precision.  Each product is a sum of
    correctly rounded MPFR (``gmpy2.mpc``) products at the raised precision instead of
    mpmath's matrix arithmetic, which is ~10× faster on the small generators used here.
    """
    A = mpmath.matrix(A)
    n = A.rows
    _domain.integer("lmg_mp.expm", n, n, columns=A.cols)
    complex_ = any(isinstance(A[r, k], mpmath.mpc) for r in range(n) for k in range(n))
    prec = mpmath.mp.prec
    j = int(max(1, mpmath.mag(mpmath.mnorm(A, "inf"))))
    j += int(0.5 * prec ** 0.5)
    work = prec + 10 + 2 * j
    with gmpy2.context(precision=work, round=gmpy2.RoundToNearest):
        def c(x):
            z = mpmath.mpc(x)
            return gmpy2.mpc(_g(z.real), _g(z.imag))

        scale = gmpy2.mul_2exp(gmpy2.mpfr(1), -j)
        M = [[c(A[r, k]) * scale for k in range(n)] for r in range(n)]
        zero = gmpy2.mpc(0)

        def mul(X, Y):
            cols = list(zip(*Y))
            return [[sum(map(operator.mul, row, col), zero) for col in cols] for row in X]

        def norm(X):
            return max(sum(abs(x) for x in row) for row in X)

        eps = gmpy2.mul_2exp(gmpy2.mpfr(1), 1 - work)
        Y = [[(1 if r == k else 0) + M[r][k] for k in range(n)] for r in range(n)]
        T, k = M, 2
        while True:
            T = [[x / k for x in row] for row in mul(T, M)]
            if norm(T) < eps:
                break
            Y = [[y + t for y, t in zip(yr, tr)] for yr, tr in zip(Y, T)]
            k += 1
        for _ in range(j):
            Y = mul(Y, Y)
    out = mpmath.matrix(n, n)
    for r in range(n):
        for k in range(n):
            y = Y[r][k]
            re, im = _m(y.real), _m(y.imag)
            out[r, k] = +mpmath.mpc(re, im) if complex_ else +re
    return out


def weighted_gram(vectors, weights, wanted):
    """G_ab = Σ_i w_i u_ai u_bi for the pairs (a, b) with ``wanted[a][b]`` true, else 0: each term
    rounded as (w_i u_ai) u_bi and the sum correctly rounded, at the working precision (MPFR).

    These are the digits of ``mpmath.fsum(w_i * u_ai * u_bi for i ...)`` at the same precision
    (mpmath sums the rounded terms exactly, but for terms more than 2·prec bits below the running
    sum), with the vectors converted to MPFR once instead of at every product."""
    for u in vectors:
        _domain.integer("lmg_mp.weighted_gram", len(weights), len(weights), **{"len(vector)": len(u)})
    with _ctx():
        W = [_g(w) for w in weights]
        U = [[_g(x) for x in u] for u in vectors]
        zero = mpmath.mpf(0)
        return [[_m(gmpy2.fsum([w * x * y for w, x, y in zip(W, ua, ub)])) if wanted[a][b] else zero
                 for b, ub in enumerate(U)] for a, ua in enumerate(U)]
