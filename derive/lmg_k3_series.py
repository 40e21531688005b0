"""n-level Leggett–Garg K3 of the LMG model by the Taylor series of the channel (no LAPACK).

The fast derivation route of the ten-level K3 values and thresholds of ``lmg_lgi`` (§7.4,
Fig. 1, Remark 14).  The mpmath route :func:`derive.lmg_lgi.lgi_k3_mp` forms the Padé
exponential of the n²×n² generator at 20 digits (≈ 8 s for one ten-level K3, ≈ 80 s for a
threshold); this module keeps its model and changes only the arithmetic of the channel:

* model: the lowest ``n_levels`` eigenpairs of H = −(2J/N)J_z² − 2ΓJ_x from the parity
  sectors (:func:`derive.lmg_mp.sector_blocks`) by Sturm bisection + inverse iteration in
  IEEE doubles (the algorithm of :func:`derive.lmg_lgi.nlevel_model_mp`, which takes ≈ 0.6 s
  at 30 digits; here ≈ 0.05 s, eigenvalues to 10⁻¹⁵ of the spectral radius);
* channel: exp(τL) on the operator-parity-odd sector (the only one the stationary K3 needs:
  {Q, ρ0} is parity-odd), by scaling and squaring of its Taylor series with a
  Paterson–Stockmeyer evaluation (matrix products by BLAS, everything else in Python); the scaling makes ‖τL/2^s‖₁ ≤ ½
  and the degree 18 bounds the truncation remainder by (½)^19/19! · e^½ < 10⁻¹⁷ per factor;
* threshold: γ with K3(τ*) = 1 by the Illinois (modified regula falsi) iteration on log γ,
  from a bracket found by doubling.

L(ρ) = −i[H, ρ] + γ(AρA − ½{A², ρ}) with A = P J_z P and A² = (P J_z P)² (Listing 1),
Q = sgn J_z with sgn(0) = 0, ρ0 = |E0⟩⟨E0|, τ* = π/(3ΔE), stationary K3 = 2C12 − C13,
C_ij = ½Tr[Q E_τ({Q, ρ0})] (Eq. (18)).  Units ħ = 1, energies in rad/s (× J).

The numerical route (:mod:`numerics.lmg_lgi.k3`) is independent: LAPACK eigenpairs and the
eigen-decomposition of the Liouvillian, Brent's root finder.

References
----------
lmg_lgi (arXiv:2604.18638) Eq. (18), §7.4, Remark 14, Listing 1 (App. I).
"""

from __future__ import annotations

import functools
import math
from operator import mul

import mpmath
import numpy as np

from derive._domain import memo
from derive.lmg_lgi import _frac
from derive.lmg_mp import sector_blocks

DEGREE = 18   # Taylor degree per scaled factor (remainder < 1e-17 at norm ½)


@functools.cache
def model_doubles(N, g, n_levels):
    """The lowest ``n_levels`` eigenpairs from the parity blocks in doubles (Sturm bisection of
    the lowest eigenvalues + inverse iteration) and J_z, J_z² (full space), sgn J_z (sgn 0 = 0)
    and |0⟩⟨0| between them (the form of :func:`derive.lmg_lgi.nlevel_model_mp`)."""
    with mpmath.workdps(20):
        blocks = {p: sector_blocks(int(N), _frac(g), p) for p in (1, -1)}
    states = []
    for p, (d, e, ms) in blocks.items():
        d, e, ms = [float(x) for x in d], [float(x) for x in e], [float(x) for x in ms]
        for lam in _sturm_lowest(d, e, (n_levels + 2) // 2):
            states.append((lam, p, dict(zip(ms, _inverse_vector(d, e, lam)))))
    states.sort(key=lambda s: s[0])
    states = states[:n_levels]

    # ⟨a|f(J_z)|b⟩ = Σ_{m>0} f(m) ψ_a(m) ψ_b(m) (both sectors have every m > 0; m = 0 is absent
    # from J_z, J_z², sgn J_z) for all pairs at once: the terms (f(m)ψ_a(m))ψ_b(m) added in
    # ascending m, as a sequential sum of them would; 0 between the parities f does not couple
    pos = [m for m in states[0][2] if m != 0]
    vec = np.array([[s[2][m] for m in pos] for s in states])
    par = np.array([s[1] for s in states])
    same = par[:, None] == par[None, :]

    def el(f, mask):
        total = np.zeros((len(states), len(states)))
        for i, m in enumerate(pos):
            total += (f(m) * vec[:, i])[:, None] * vec[None, :, i]
        return np.where(mask, total, 0.0).tolist()

    return {"E": [s[0] for s in states], "par": [s[1] for s in states],
            "Jz": el(lambda m: m, ~same), "Jz2": el(lambda m: m * m, same), "Q": el(lambda m: 1.0, ~same),
            "P0": [[(a[2].get(0.0, 0.0) * b[2].get(0.0, 0.0) if a[1] == b[1] == 1 else 0.0)
                    for b in states] for a in states]}


@functools.cache
def levels_doubles(N, g, n_levels) -> tuple:
    """``model_doubles(N, g, n_levels)["E"]`` without the vectors and the matrices: the same
    blocks (20 digits, then doubles), the same Sturm bisections per parity and the same
    ascending selection, so the same energies bit for bit (for the routes that need ΔE only)."""
    with mpmath.workdps(20):
        blocks = {p: sector_blocks(int(N), _frac(g), p) for p in (1, -1)}
    lams = []
    for d, e, _ in blocks.values():
        lams += _sturm_lowest([float(x) for x in d], [float(x) for x in e], (n_levels + 2) // 2)
    return tuple(sorted(lams)[:n_levels])


def _sturm_bound(d, e):
    """r with every eigenvalue of the symmetric tridiagonal (d, e) in [−r, r] (Gershgorin)."""
    return max(abs(x) for x in d) + 2 * max(abs(x) for x in e)


def _sturm_lowest(d, e, k_count):
    """The ``k_count`` lowest eigenvalues of the symmetric tridiagonal (d, e) in doubles: for
    each k, bisection of [−r, r] on the Sturm count (number of negative LDLᵀ pivots = number of
    eigenvalues below x) to a bracket of 4·10⁻¹⁶ r, the midpoint returned.

    The k-th bisection keeps [lo, mid] when count(mid) > k.  A count is a function of mid alone,
    so the counts are memoised across the k (the bisections of neighbouring eigenvalues share
    their first steps), and a count stops as soon as it exceeds k (the prefix count of negative
    pivots never decreases): both leave every bisection step, hence every eigenvalue, as it is.
    """
    e2 = [x * x for x in e]
    r = _sturm_bound(d, e)
    d0, rest = d[0], list(zip(d[1:], e2))
    known = {}   # mid -> its full count, or (k, True): "more than k" from a stopped count

    def more_than(x, k):
        c = known.get(x)
        if isinstance(c, int):
            return c > k
        if c is not None and c[0] >= k:
            return True
        q = d0 - x or -1e-300
        c = q < 0
        for dk, ek in rest:
            q = dk - x - ek / q or -1e-300
            if q < 0:
                c += 1
                if c > k:
                    known[x] = (k, True)
                    return True
        known[x] = int(c)
        return False

    out = []
    for k in range(k_count):
        lo, hi = -r, r
        while hi - lo > 4e-16 * r:
            mid = (lo + hi) / 2
            if mid in (lo, hi):
                break
            lo, hi = (lo, mid) if more_than(mid, k) else (mid, hi)
        out.append((lo + hi) / 2)
    return out


def _sturm_counts(d: np.ndarray, e2: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Sturm count below each x of the symmetric tridiagonal (d, e²), vectorised over x: the
    recurrence q_k = d_k − x − e²_{k−1}/q_{k−1} with a zero pivot replaced by −10⁻³⁰⁰ (as in
    :func:`_sturm_lowest`).  The pivots are first run without that test (two NumPy operations a
    row); only if a pivot came out exactly zero is the recurrence rerun with it."""
    Q = np.empty((len(d), len(x)))
    dx = d[:, None] - x[None, :]
    tmp = np.empty(len(x))
    Q[0] = dx[0]
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        for k in range(1, len(d)):
            np.subtract(dx[k], np.divide(e2[k - 1], Q[k - 1], out=tmp), out=Q[k])
    if not Q.all():
        return _sturm_counts_guarded(dx, e2)
    return (Q < 0).sum(axis=0)


def _sturm_counts_guarded(dx: np.ndarray, e2: np.ndarray) -> np.ndarray:
    """:func:`_sturm_counts` with the zero-pivot test at every row (dx = d − x)."""
    q = np.where(dx[0] == 0, -1e-300, dx[0])
    count = (q < 0).astype(np.int64)
    with np.errstate(over="ignore"):
        for k in range(1, len(dx)):
            q = dx[k] - e2[k - 1] / q
            q[q == 0] = -1e-300
            count += q < 0
    return count


def _sturm_all(d, e) -> list[float]:
    """Every eigenvalue of the symmetric tridiagonal (d, e), ascending, in doubles: the bisection
    of :func:`_sturm_lowest` for all k at once, vectorised over k with NumPy (the same IEEE
    operations per k, so the same eigenvalues bit for bit; no LAPACK)."""
    n = len(d)
    dv = np.asarray(d, dtype=float)
    e2 = np.asarray(e, dtype=float) ** 2
    r = _sturm_bound(d, e)
    tol = 4e-16 * r
    ks = np.arange(n)
    lo, hi = np.full(n, -r), np.full(n, r)
    while True:
        mid = (lo + hi) / 2
        act = np.flatnonzero((hi - lo > tol) & (mid != lo) & (mid != hi))
        if not act.size:
            break
        x = mid[act]
        left = _sturm_counts(dv, e2, x) > ks[act]
        hi[act[left]] = x[left]
        lo[act[~left]] = x[~left]
    return ((lo + hi) / 2).tolist()


def _inverse_vector(d, e, lam):
    """Eigenvector of a symmetric tridiagonal at the eigenvalue lam (three Thomas solves)."""
    n = len(d)
    if n == 1:
        return [1.0]
    shift = lam + 1e-11 * (abs(lam) + 1)
    v = [1.0] * n
    for _ in range(3):
        c, w = [0.0] * n, [0.0] * n
        piv = d[0] - shift
        c[0], w[0] = e[0] / piv, v[0] / piv
        for k in range(1, n):
            piv = d[k] - shift - e[k - 1] * c[k - 1]
            c[k] = e[k] / piv if k < n - 1 else 0.0
            w[k] = (v[k] - e[k - 1] * w[k - 1]) / piv
        for k in range(n - 2, -1, -1):
            w[k] -= c[k] * w[k + 1]
        nrm = math.sqrt(sum(x * x for x in w))
        v = [x / nrm for x in w]
    return v

def model_float(N: int, g, n_levels: int) -> dict:
    """The n-level model (doubles): the lowest ten levels computed once, sliced to n ≤ 10."""
    big = model_doubles(int(N), g, max(10, int(n_levels)))
    n = int(n_levels)
    return {k: (v[:n] if k in ("E", "par") else [r[:n] for r in v[:n]]) for k, v in big.items()}


def _matmul(X, Y):
    """X·Y as nested lists; the product itself by NumPy (BLAS gemm: no LAPACK, no
    eigen-decomposition), ≈ 300× the pure-Python sum for the 50 × 50 odd sector."""
    return (np.asarray(X) @ np.asarray(Y)).tolist()


def _matvec(X, v):
    return [sum(map(mul, row, v)) for row in X]


def _add(X, Y, a=1.0):
    return [[x + a * y for x, y in zip(rx, ry)] for rx, ry in zip(X, Y)]


def _expm_taylor(M):
    """exp(M) by scaling and squaring of the degree-``DEGREE`` Taylor polynomial
    (Paterson–Stockmeyer: powers M..M^k, Horner in M^k), as nested lists.

    The matrix arithmetic is NumPy's on complex arrays: products by BLAS gemm (no LAPACK, no
    eigen-decomposition), sums and scalings elementwise (the operations of :func:`_matmul` and
    :func:`_add` on nested lists, without converting every intermediate to and from lists)."""
    A = np.array(M, dtype=complex)
    n = len(A)
    norm = float(np.abs(A).sum(axis=0).max()) if n else 0.0   # ‖M‖₁, column sums in order
    s = max(0, math.ceil(math.log2(norm / 0.5))) if norm > 0.5 else 0
    A *= 2.0 ** -s
    k = 5  # block size: powers A¹..A⁵
    pw = [np.eye(n, dtype=complex), A]
    for _ in range(2, k + 1):
        pw.append(pw[-1] @ A)
    coef = [1.0 / math.factorial(j) for j in range(DEGREE + 1)]
    blocks = [coef[i:i + k] for i in range(0, DEGREE + 1, k)]
    P = None
    for blk in reversed(blocks):
        B = np.zeros((n, n), dtype=complex)
        for j, c in enumerate(blk):
            B = B + pw[j] * c
        P = B if P is None else P @ pw[k] + B
    for _ in range(s):
        P = P @ P
    return P.tolist()


def _odd_pairs(par):
    n = len(par)
    return [(a, b) for a in range(n) for b in range(n) if par[a] * par[b] < 0]


def _generator(E, A, A2, gamma, idx):
    """τ-free generator rows/columns ``idx`` (row-major pairs) of L(ρ) = −i[H, ρ] + γ(AρA − ½{A², ρ})."""
    L = []
    for (a, b) in idx:
        row = []
        for (x, y) in idx:
            v = gamma * A[a][x] * A[y][b]
            if b == y:
                v += -gamma * A2[a][x] / 2
                if a == x:
                    v += -1j * E[a]
            if a == x:
                v += 1j * E[b] if b == y else 0
                v += -gamma * A2[y][b] / 2
            row.append(v)
        L.append(row)
    return L


def _odd_generator(N, g, J, gamma, n_levels, mdl=None, dissipator="projected"):
    mdl = mdl or model_float(int(N), g, int(n_levels))
    n, par = len(mdl["E"]), mdl["par"]
    E = [(x - mdl["E"][0]) * float(J) for x in mdl["E"]]
    A = mdl["Jz"]
    if dissipator == "projected":   # A² = (P J_z P)², Listing 1
        A2 = [[sum(A[i][k] * A[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
    elif dissipator == "full":      # A² = P J_z² P, the full-space ⟨E_i|J_z²|E_j⟩ of Eq. (26)
        A2 = mdl["Jz2"]
    else:
        raise ValueError(f"unknown dissipator {dissipator!r}")
    idx = _odd_pairs(par)
    return mdl, E, idx, _generator(E, A, A2, float(gamma), idx)


def k3_stationary(N, g, J, gamma, n_levels, populations=None, model=None, q_levels=None,
                  dissipator="projected") -> float:
    """Stationary K3 = 2C12 − C13 at τ* = π/(3ΔE) of the n-level model (see the module doc);
    ``populations`` (p0, p1, ...) gives a diagonal ρ0 in the energy basis (default |E0⟩⟨E0|);
    ``model`` replaces the Sturm model by another one of the same form (E, par, Jz, Jz2, Q);
    ``q_levels`` keeps Q only on the lowest q_levels states; ``dissipator`` as in
    :func:`derive.lmg_lgi.lgi_k3_mp` ("projected" or "full")."""
    mdl, E, idx, L = _odd_generator(N, g, J, gamma, n_levels, model, dissipator)
    tau = math.pi / (3 * E[1])
    Q = mdl["Q"]
    if q_levels is not None:
        Q = [[x if i < q_levels and j < q_levels else 0.0 for j, x in enumerate(r)] for i, r in enumerate(Q)]
    P = _expm_taylor([[x * tau for x in r] for r in L])
    p = list(populations) if populations is not None else [1.0]
    p += [0.0] * (len(E) - len(p))
    # ½{Q, ρ0} with ρ0 = diag(p): entry (a, b) = ½Q_ab(p_a + p_b)
    inst = [0.5 * Q[a][b] * (p[a] + p[b]) for a, b in idx]
    once = _matvec(P, inst)
    twice = _matvec(P, once)
    qv = [Q[b][a] for a, b in idx]  # Tr[Q X] = Σ Q_ba X_ab
    c12 = sum(map(mul, qv, once)).real
    c13 = sum(map(mul, qv, twice)).real
    return 2 * c12 - c13


@memo
def threshold(N, g, J, n_levels, q_levels=None, dissipator="projected") -> float:
    """γ (s⁻¹) with stationary K3(τ*) = 1: doubling from γ = 1/100 s⁻¹ to a bracket, then the
    Illinois iteration on u = ln γ to a relative bracket of 10⁻¹³."""
    def f(u):
        return k3_stationary(N, g, J, math.exp(u), n_levels, q_levels=q_levels, dissipator=dissipator) - 1.0

    a = math.log(0.01)
    fa = f(a)
    if fa <= 0:
        raise ValueError("K3 ≤ 1 already at γ = 0.01 s⁻¹: no threshold bracket")
    b = a + math.log(2)
    fb = f(b)
    while fb > 0:
        a, fa = b, fb
        b += math.log(2)
        if b > math.log(100):
            raise ValueError("K3 > 1 up to γ = 100 s⁻¹: no threshold bracket")
        fb = f(b)
    side, c_old = 0, None
    for _ in range(200):
        c = (a * fb - b * fa) / (fb - fa)
        fc = f(c)
        if fc == 0:
            return math.exp(c)
        if (fc > 0) == (fb > 0):
            b, fb = c, fc
            if side == -1:
                fa /= 2
            side = -1
        else:
            a, fa = c, fc
            if side == +1:
                fb /= 2
            side = +1
        if abs(b - a) < 1e-13 or (c_old is not None and abs(c - c_old) < 1e-15):
            return math.exp(c)
        c_old = c
    raise ValueError("Illinois iteration did not converge")


def _lu_solve(M, b):
    """Solve M x = b by Gaussian elimination with partial pivoting (complex, pure Python)."""
    n = len(M)
    A = [list(r) + [b[i]] for i, r in enumerate(M)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(A[r][c]))
        A[c], A[p] = A[p], A[c]
        piv = A[c][c]
        for r in range(c + 1, n):
            f = A[r][c] / piv
            if f:
                Ar, Ac = A[r], A[c]
                for k in range(c, n + 1):
                    Ar[k] -= f * Ac[k]
    x = [0j] * n
    for r in range(n - 1, -1, -1):
        x[r] = (A[r][n] - sum(A[r][k] * x[k] for k in range(r + 1, n))) / A[r][r]
    return x


def coherence_eigenvalue(N, g, J, gamma, n_levels, guess):
    """The eigenvalue of the odd-sector generator nearest ``guess`` (rad/s, complex): shifted
    inverse iteration with the shift updated from the growth ratio (Rayleigh-free, so valid
    for the non-normal generator), to a relative step of 10⁻¹⁴."""
    _, E, idx, L = _odd_generator(N, g, J, gamma, n_levels)
    n = len(idx)
    sigma = complex(guess)
    v = [1.0 + 0j] * n
    for _ in range(60):
        M = [[L[i][j] - (sigma if i == j else 0) for j in range(n)] for i in range(n)]
        w = _lu_solve(M, v)
        k = max(range(n), key=lambda i: abs(w[i]))
        mu = w[k] / v[k]
        new = sigma + 1 / mu
        nrm = max(abs(x) for x in w)
        v = [x / nrm for x in w]
        if abs(new - sigma) < 1e-14 * abs(new):
            return new
        sigma = new
    return sigma


def _all_pairs_generator(E, A, A2, gamma, n):
    return _generator(E, A, A2, gamma, [(a, b) for a in range(n) for b in range(n)])


def k3_protocol(N, g, J, gamma, n_levels, protocol="stationary", sgn0=0, parts=False):
    """K3 of the n-level model under one protocol reading (see :func:`derive.lmg_lgi.lgi_k3_mp`):
    "stationary" 2C12 − C13; "listing" C12 + C23 − C13 with ρ(t2) = E_τ(ρ0); "text" with
    ρ(t2) = E_τ(P₊ρ0P₊ + P₋ρ0P₋).  Q = sgn J_z with sgn(0) = ``sgn0``.  The channel acts on
    all n² pairs (sgn(0) = +1 couples the parity sectors), by the Taylor-series exponential.
    ``parts``: return {"k3", "c12", "c13"} instead of K3."""
    mdl = model_float(int(N), g, int(n_levels))
    n = len(mdl["E"])
    E = [(x - mdl["E"][0]) * float(J) for x in mdl["E"]]
    tau = math.pi / (3 * E[1])
    A = mdl["Jz"]
    A2 = [[sum(A[i][k] * A[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
    Q = [[mdl["Q"][i][j] + sgn0 * mdl["P0"][i][j] for j in range(n)] for i in range(n)]
    P = _expm_taylor([[x * tau for x in r] for r in _all_pairs_generator(E, A, A2, float(gamma), n)])

    def vec(X):
        return [X[a][b] for a in range(n) for b in range(n)]

    def mat(v):
        return [v[a * n:(a + 1) * n] for a in range(n)]

    def evolve(X):
        return mat(_matvec(P, vec(X)))

    def tr(X, Y):   # Tr[X Y]
        return sum(X[i][j] * Y[j][i] for i in range(n) for j in range(n)).real

    def instrument(rho):
        return [[0.5 * (sum(Q[i][k] * rho[k][j] + rho[i][k] * Q[k][j] for k in range(n))) for j in range(n)]
                for i in range(n)]

    rho0 = [[1.0 if i == j == 0 else 0.0 for j in range(n)] for i in range(n)]
    once = evolve(instrument(rho0))
    c12, c13 = tr(Q, once), tr(Q, evolve(once))
    if protocol == "stationary":
        k3 = 2 * c12 - c13
        return {"k3": k3, "c12": c12, "c13": c13} if parts else k3
    if protocol == "listing":
        rho2 = evolve(rho0)
    elif protocol == "text":
        P0 = [[0.0] * n for _ in range(n)] if sgn0 else mdl["P0"]
        eye = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
        Pp = [[0.5 * (eye[i][j] - P0[i][j] + Q[i][j]) for j in range(n)] for i in range(n)]
        Pm = [[0.5 * (eye[i][j] - P0[i][j] - Q[i][j]) for j in range(n)] for i in range(n)]
        post = _add(_matmul(_matmul(Pp, rho0), Pp), _matmul(_matmul(Pm, rho0), Pm))
        rho2 = evolve(post)
    else:
        raise ValueError(f"unknown protocol {protocol!r}")
    c23 = tr(Q, evolve(instrument(rho2)))
    k3 = c12 + c23 - c13
    return {"k3": k3, "c12": c12, "c13": c13} if parts else k3
