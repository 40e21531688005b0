"""Open-system engine: GKSL dynamics under pure dephasing and Leggett–Garg correlators.

The master equation (ħ = 1, energies in rad/s, rates in s⁻¹)

    ρ̇ = −i[H, ρ] + γ (A ρ A − ½{A², ρ}),      jump operator L = √γ A, A = A†,

is handled in two representations:

* **truncated** (:class:`DenseLiouvillian`): H, A given as n×n matrices (for the LMG papers:
  the lowest n energy eigenstates, H diagonal, A = P J_z P).  The n²×n² superoperator is
  built once per γ and propagated exactly by its eigen-decomposition (all times at the
  cost of one diagonalisation), optionally restricted to an operator-parity sector;
  :func:`propagate_by_expm` is the straightforward ``scipy.linalg.expm`` baseline.
* **untruncated** (:class:`DickeDephasing`): H real tridiagonal and A = diag(a) in the
  original basis (the Dicke basis for collective dephasing A = J_z).  The dissipator is
  then elementwise, ρ_mm' ↦ −(γ/2)(a_m − a_m')² ρ_mm', and ρ is propagated as an
  (N+1)×(N+1) matrix by a Chebyshev (Jacobi–Anger) expansion of exp(tL) — no
  (N+1)²×(N+1)² matrix is ever formed.

Leggett–Garg correlators use the instrument ½{Q, ρ} of Eq. (18) of the LMG-LGI paper:
C(t) = Tr[Q E_t(½{Q, ρ})].

Notes
-----
Vectorisation is row-major, ``vec(ρ) = ρ.reshape(-1)``, so vec(XρY) = (X ⊗ Yᵀ) vec(ρ).

References
----------
Lindblad, Commun. Math. Phys. 48, 119 (1976); Emary, Lambert, Nori, Rep. Prog. Phys. 77,
016001 (2014) (Leggett–Garg correlators); Tal-Ezer & Kosloff, J. Chem. Phys. 81, 3967
(1984) (Chebyshev propagation).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import scipy.linalg as sla
from scipy.optimize import brentq
from scipy.special import jv

from numerics import _domain
from numerics._trace import bookkeeping

Propagator = Callable[[np.ndarray, float], np.ndarray]


# ----------------------------------------------------------------------------------------
# BLAS threads for the step loops
# ----------------------------------------------------------------------------------------
# The Strang loops multiply ~190×190 matrices hundreds of times, and the dense path
# decomposes many small superoperators.  At those sizes a
# multi-threaded OpenBLAS gains little on an idle machine and, on a loaded one (or beside
# other worker processes), its spinning threads make each product 5–12× slower.  The loops
# (and the eigen-decompositions) therefore run with single-threaded BLAS (scoped, restored
# afterwards) and use the second
# core, if any, by running independent propagations in Python threads (``_parallel``).
# ``NUMERICS_BLAS_THREADS=n`` sets another count for the loops (0: leave BLAS alone).

_BLAS_LOCK = threading.Lock()
_BLAS_STATE = {"depth": 0, "saved": [], "handles": None}


@bookkeeping
def _openblas_handles() -> list:
    """(get, set) C functions of every OpenBLAS loaded in this process (Linux), else []."""
    if _BLAS_STATE["handles"] is None:
        found = []
        try:
            import ctypes
            import re

            with open("/proc/self/maps") as fh:
                paths = sorted(set(re.findall(r"(/\S*openblas\S*\.so\S*)", fh.read())))
            for path in paths:
                lib = ctypes.CDLL(path)
                for prefix in ("scipy_openblas", "openblas"):
                    for suffix in ("64_", ""):
                        get = getattr(lib, f"{prefix}_get_num_threads{suffix}", None)
                        put = getattr(lib, f"{prefix}_set_num_threads{suffix}", None)
                        if get is not None and put is not None:
                            found.append((get, put))
                            break
                    else:
                        continue
                    break
        except (OSError, AttributeError):
            found = []
        _BLAS_STATE["handles"] = found
    return _BLAS_STATE["handles"]


@contextlib.contextmanager
@bookkeeping
def _loop_blas_threads():
    """Scoped BLAS thread count for the step loops (nested and thread-safe)."""
    want = int(os.environ.get("NUMERICS_BLAS_THREADS", "1") or 0)
    handles = _openblas_handles() if want > 0 else []
    with _BLAS_LOCK:
        if _BLAS_STATE["depth"] == 0:
            _BLAS_STATE["saved"] = [(put, int(get())) for get, put in handles]
            for _get, put in handles:
                put(want)
        _BLAS_STATE["depth"] += 1
    try:
        yield
    finally:
        with _BLAS_LOCK:
            _BLAS_STATE["depth"] -= 1
            if _BLAS_STATE["depth"] == 0:
                for put, n in _BLAS_STATE["saved"]:
                    put(n)


@bookkeeping
def _parallel(tasks: list[Callable[[], object]]) -> list:
    """Results of independent callables, two at a time in threads when ≥ 2 CPUs are usable."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cpus = os.cpu_count() or 1
    if cpus < 2 or len(tasks) < 2:
        return [t() for t in tasks]
    trace = sys.gettrace()  # a tracer (coverage, the claims route tracer) sees the threads too

    def run(task):
        sys.settrace(trace)
        try:
            return task()
        finally:
            sys.settrace(None)

    with _loop_blas_threads(), ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(run, t) for t in tasks]
        return [f.result() for f in futures]


# ----------------------------------------------------------------------------------------
# Truncated (dense) representation
# ----------------------------------------------------------------------------------------

def dephasing_superoperator(H: np.ndarray, A: np.ndarray, gamma: float) -> np.ndarray:
    """n²×n² matrix of L(ρ) = −i[H, ρ] + γ(AρA − ½{A², ρ}) (row-major vectorisation).

    Notes
    -----
    A² is the square of the given matrix: for a truncated model this is (PAP)², the
    projected operator squared, exactly as in a calculation done inside the subspace.
    """
    _domain.array("lindblad.dephasing_superoperator", square=True, H=H, A=A)
    _domain.nonnegative("lindblad.dephasing_superoperator", gamma=gamma)
    n = H.shape[0]
    eye = np.eye(n)
    A2 = A @ A
    return (-1j * (np.kron(H, eye) - np.kron(eye, H.T))
            + gamma * (np.kron(A, A.T) - 0.5 * np.kron(A2, eye) - 0.5 * np.kron(eye, A2.T)))


def operator_parity_sector(parity: np.ndarray, odd: bool = True) -> np.ndarray:
    """Row-major indices (a, b) of operators with parity(a)·parity(b) = −1 (odd) or +1.

    A Liouvillian whose H and A² commute with a parity P and with PAP = ±A maps odd
    operators to odd operators, so it can be restricted to this index set.
    """
    _domain.array("lindblad.operator_parity_sector", parity=parity)
    p = np.asarray(parity)
    sign = np.multiply.outer(p, p).reshape(-1)
    return np.flatnonzero(sign == (-1 if odd else 1))


@dataclass(frozen=True)
class DenseLiouvillian:
    """Exact propagation exp(tL) by eigen-decomposition of the (sector) superoperator.

    Parameters
    ----------
    H, A : (n, n) arrays
        Hamiltonian (rad/s) and Hermitian jump operator (L = √γ A).
    gamma : float
        Dephasing rate γ (s⁻¹).
    sector : int array, optional
        Row-major indices kept (see :func:`operator_parity_sector`); operators handed to
        :meth:`propagate` must vanish outside it.
    """

    H: np.ndarray
    A: np.ndarray
    gamma: float
    sector: np.ndarray | None = None

    def __post_init__(self) -> None:
        if self.sector is None:
            L = dephasing_superoperator(self.H, self.A, self.gamma)
        else:  # the sector block only (never the n²×n² matrix): same entries, same arithmetic
            L0, L1 = _sector_parts(self.H, self.A, self.sector)
            L = L0 + self.gamma * L1
        with _loop_blas_threads():
            w, R = np.linalg.eig(L)
            lu = sla.lu_factor(R)
        object.__setattr__(self, "_w", w)
        object.__setattr__(self, "_R", R)
        object.__setattr__(self, "_lu", lu)

    @property
    def eigenvector_condition(self) -> float:
        """Condition number of the eigenvector matrix (accuracy of the decomposition)."""
        return float(np.linalg.cond(self._R))

    def propagate(self, X: np.ndarray, t: float) -> np.ndarray:
        """exp(tL) applied to the operator X."""
        n = self.H.shape[0]
        v = X.reshape(-1).astype(complex)
        if self.sector is not None:
            v = v[self.sector]
        c = sla.lu_solve(self._lu, v)
        y = self._R @ (np.exp(self._w * t) * c)
        if self.sector is None:
            return y.reshape(n, n)
        out = np.zeros(n * n, dtype=complex)
        out[self.sector] = y
        return out.reshape(n, n)

    __call__ = propagate


def _sector_parts(H: np.ndarray, A: np.ndarray, sector: np.ndarray):
    """(L0, L1) with L = L0 + γ L1 the superoperator of :func:`dephasing_superoperator`
    restricted to the row-major index set ``sector``, built entry by entry from the same
    products as the Kronecker form (bitwise the same matrix, O(|sector|²) memory)."""
    n = H.shape[0]
    eye = np.eye(n)
    A2 = A @ A
    a, b = np.divmod(np.asarray(sector), n)
    rows, cols = (a[:, None], a[None, :]), (b[:, None], b[None, :])

    def kron(X, Y):  # kron(X, Y)[sector][:, sector]
        return X[rows] * Y[cols]

    L0 = -1j * (kron(H, eye) - kron(eye, H.T))
    L1 = kron(A, A.T) - 0.5 * kron(A2, eye) - 0.5 * kron(eye, A2.T)
    return L0, L1


def hermitian_basis(n: int, sector: np.ndarray) -> np.ndarray | None:
    """Unitary T (columns: the vec of Hermitian matrices E_aa, (E_ab + E_ba)/√2 and
    i(E_ab − E_ba)/√2, a < b) spanning the row-major index set ``sector``, or None when the
    set is not closed under transposition (a, b) → (b, a).

    A Lindbladian maps Hermitian operators to Hermitian operators, so in these coordinates
    its (sector) superoperator T†LT is a real matrix."""
    sector = np.asarray(sector)
    where = {int(k): i for i, k in enumerate(sector)}
    T = np.zeros((sector.size, sector.size), dtype=complex)
    col, r = 0, 1.0 / np.sqrt(2.0)
    for i, k in enumerate(sector):
        a, b = divmod(int(k), n)
        if a == b:
            T[i, col] = 1.0
            col += 1
        elif a < b:
            j = where.get(b * n + a)
            if j is None:
                return None
            T[i, col], T[j, col] = r, r
            T[i, col + 1], T[j, col + 1] = 1j * r, -1j * r
            col += 2
    return T if col == sector.size else None


class DenseK3Scan:
    """Stationary K3(γ) = 2C(τ) − C(2τ) of a truncated model over many γ at once.

    Same quantity as ``k3_stationary(DenseLiouvillian(H, A, γ, sector), Q, ρ0, τ)``, with
    everything that does not depend on γ built once: the (sector) superoperator L = L0 + γL1
    in the real coordinates of a Hermitian operator basis (:func:`hermitian_basis`), the
    instrument vector v = vec(½{Q, ρ0}) and the trace vector q (Tr[Q X] = q·vec X) in the same
    coordinates.  Per γ one real ``expm`` E = exp(τL) gives both times: C(τ) = q·Ev and
    C(2τ) = q·E(Ev).  A real matrix exponential of the sector is 4–20× cheaper than the
    complex eigen-decomposition of the per-point path and, by scaling and squaring, does not
    depend on the conditioning of L's eigenvectors.  :meth:`k3_many` takes a grid of γ in one
    batched ``scipy.linalg.expm`` call; :meth:`k3` is the single-γ form used by the root finder
    of :meth:`threshold`.  Every K3 computed is kept by γ, so :meth:`threshold` after
    :meth:`k3_many` starts from the grid cell where K3 − 1 changes sign, not from the whole
    bracket.  Where the sector is not closed under transposition the complex coordinates are
    kept (the same formulas).

    Parameters
    ----------
    H, A, Q, rho0 : (n, n) arrays
        Hamiltonian (rad/s), jump operator (L = √γ A), dichotomic observable, initial state.
    tau : float
        Interval τ (s).
    sector : int array, optional
        Operator sector (:func:`operator_parity_sector`) containing ½{Q, ρ0}.
    """

    def __init__(self, H, A, Q, rho0, tau: float, sector=None):
        n = H.shape[0]
        if sector is None:
            sector = np.arange(n * n)
            L0 = -1j * (np.kron(H, np.eye(n)) - np.kron(np.eye(n), H.T))
            L1 = dephasing_superoperator(H, A, 1.0) - L0
        else:
            L0, L1 = _sector_parts(H, A, sector)
        v = instrument(Q, rho0).reshape(-1).astype(complex)[sector]
        q = np.asarray(Q).T.reshape(-1).astype(complex)[sector]
        T = hermitian_basis(n, sector)
        if T is not None:
            Th = T.conj().T
            L0, L1, v, q = Th @ L0 @ T, Th @ L1 @ T, Th @ v, q @ T
            scale = max(np.abs(L0).max(), np.abs(L1).max(), 1.0)
            if max(np.abs(L0.imag).max(), np.abs(L1.imag).max()) <= 1e-12 * scale:
                L0, L1, v, q = L0.real.copy(), L1.real.copy(), v.real.copy(), q.real.copy()
        self.L0, self.L1, self.tau = L0, L1, float(tau)
        self.v, self.q = v, q
        self._seen: dict[float, float] = {}  # γ -> K3, every value computed

    def _k3_from(self, E) -> np.ndarray:
        # C(τ) = q·Ev, C(2τ) = q·E(Ev), batched over leading axes
        y = E @ self.v
        y2 = np.einsum("...ij,...j->...i", E, y)
        return np.real(2.0 * (y @ self.q) - y2 @ self.q)

    def _k3_one(self, gamma: float) -> float:
        g = float(gamma)
        k = self._seen.get(g)
        if k is None:
            k = self._seen[g] = float(self._k3_from(sla.expm(self.tau * (self.L0 + g * self.L1))))
        return k

    def k3(self, gamma: float) -> float:
        """K3 at one γ (one matrix exponential)."""
        with _loop_blas_threads():
            return self._k3_one(gamma)

    def k3_many(self, gammas) -> np.ndarray:
        """K3 at every γ of ``gammas`` (one batched matrix exponential)."""
        g = np.asarray(gammas, dtype=float)
        L = self.L0[None] + g[..., None, None] * self.L1
        with _loop_blas_threads():
            out = self._k3_from(sla.expm(self.tau * L))
        self._seen.update(zip(g.reshape(-1).tolist(), np.reshape(out, -1).tolist()))
        return out

    def threshold(self, lo: float, hi: float, xtol: float = 1e-12, rtol: float = 1e-12) -> float:
        """γ with K3(γ) = 1 in [lo, hi] by Brent's method (:func:`threshold_brentq`).

        K3 − 1 must change sign between ``lo`` and ``hi``.  The search starts from the
        narrowest cell [a, b] between values already computed (by :meth:`k3_many` or earlier
        calls) where it changes sign, the one nearest ``lo`` when there are several (where K3
        is monotone in γ there is one root, and it is the same)."""
        with _loop_blas_threads():
            f_lo, f_hi = self._k3_one(lo) - 1.0, self._k3_one(hi) - 1.0
            a, b = float(lo), float(hi)
            if f_lo * f_hi <= 0:  # otherwise threshold_brentq says there is no sign change
                fa = f_lo
                for g in sorted(x for x in self._seen if a < x < b):
                    fg = self._seen[g] - 1.0
                    if fa * fg <= 0:
                        b = g
                        break
                    a, fa = g, fg
            return threshold_brentq(self._k3_one, a, b, xtol=xtol, rtol=rtol)


def propagate_by_expm(H: np.ndarray, A: np.ndarray, gamma: float) -> Propagator:
    """Baseline: exp(tL) by ``scipy.linalg.expm`` of the full n²×n² superoperator, per t."""
    _domain.array("lindblad.propagate_by_expm", square=True, H=H, A=A)
    _domain.nonnegative("lindblad.propagate_by_expm", gamma=gamma)
    L = dephasing_superoperator(H, A, gamma)
    n = H.shape[0]

    def prop(X: np.ndarray, t: float) -> np.ndarray:
        return (sla.expm(L * t) @ X.reshape(-1).astype(complex)).reshape(n, n)

    return prop


# ----------------------------------------------------------------------------------------
# Untruncated representation: diagonal jump operator, tridiagonal H
# ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DickeDephasing:
    """exp(tL) for tridiagonal H and diagonal A, ρ kept as an (n, n) matrix.

    L(ρ) = −i(Hρ − ρH) − (γ/2) D∘ρ with D_mm' = (a_m − a_m')².  Chebyshev expansion of
    exp(tL) about the centre of its spectral rectangle: with Z = (L + c)/(iR),
    exp(tL) = e^{−ct} Σ_k (2 − δ_k0) i^k J_k(Rt) T_k(Z), R ≥ spectral width of ad_H / 2,
    c = max(γD)/4.  The series is summed to K = Rt + 30(Rt)^{1/3} + 50 terms (Bessel
    tail below double precision).

    Parameters
    ----------
    diag, offdiag : arrays
        Tridiagonal H (rad/s).
    a : array
        Diagonal of A.
    gamma : float
        Rate γ (s⁻¹).
    e_min, e_max : float
        Bounds of the spectrum of H (rad/s); the expansion needs R ≥ (e_max − e_min).

    Notes
    -----
    Cost ∝ (e_max − e_min)·t matrix-times-tridiagonal products; slow when ‖H‖t ≫ 1
    (see ``benchmarks/bench_lindblad.py``).
    """

    diag: np.ndarray
    offdiag: np.ndarray
    a: np.ndarray
    gamma: float
    e_min: float
    e_max: float

    def _parts(self):
        R = 1.001 * (self.e_max - self.e_min)
        half_rate = 0.5 * self.gamma * np.subtract.outer(self.a, self.a) ** 2
        c = 0.5 * half_rate.max()
        wd = (-np.subtract.outer(self.diag, self.diag) + 1j * (half_rate - c)) / R
        return R, c, wd, self.offdiag / R

    def propagate(self, X: np.ndarray, t: float) -> np.ndarray:
        R, c, wd, on = self._parts()

        def Z(x):  # (L + c)/(iR) applied to x
            y = wd * x
            y[:-1, :] -= on[:, None] * x[1:, :]
            y[1:, :] -= on[:, None] * x[:-1, :]
            y[:, :-1] += x[:, 1:] * on[None, :]
            y[:, 1:] += x[:, :-1] * on[None, :]
            return y

        arg = R * t
        K = int(arg + 30 * arg ** (1 / 3) + 50)
        coef = 2.0 * (1j ** np.arange(K)) * jv(np.arange(K), arg)
        coef[0] /= 2
        t0 = X.astype(complex)
        t1 = Z(t0)
        acc = coef[0] * t0 + coef[1] * t1
        for k in range(2, K):
            t0, t1 = t1, 2.0 * Z(t1) - t0
            acc += coef[k] * t1
        return np.exp(-c * t) * acc

    __call__ = propagate


# ----------------------------------------------------------------------------------------
# Leggett–Garg correlators
# ----------------------------------------------------------------------------------------

def instrument(Q: np.ndarray, rho: np.ndarray) -> np.ndarray:
    """½{Q, ρ}: the operator fed into the channel by Eq. (18)."""
    _domain.array("lindblad.instrument", square=True, Q=Q, rho=rho)
    return 0.5 * (Q @ rho + rho @ Q)


def luders(projectors, rho: np.ndarray) -> np.ndarray:
    """Non-selective post-measurement state Σ_q P_q ρ P_q."""
    _domain.array("lindblad.luders", square=True, rho=rho)
    return sum(P @ rho @ P for P in projectors)


def correlator(propagate: Propagator, Q: np.ndarray, rho: np.ndarray, t: float) -> float:
    """C(t) = Tr[Q E_t(½{Q, ρ})] (Eq. (18) with the ½ inside)."""
    _domain.nonnegative("lindblad.correlator", t=t)
    return float(np.real(np.trace(Q @ propagate(instrument(Q, rho), t))))


def k3_stationary(propagate: Propagator, Q: np.ndarray, rho0: np.ndarray, tau: float) -> float:
    """K3 = 2 C(τ) − C(2τ): re-preparation of ρ0 before each pair (C23 = C12)."""
    _domain.nonnegative("lindblad.k3_stationary", tau=tau)
    return 2.0 * correlator(propagate, Q, rho0, tau) - correlator(propagate, Q, rho0, 2 * tau)


def k3_sequential(propagate: Propagator, Q: np.ndarray, rho0: np.ndarray, tau: float,
                  post: Callable[[np.ndarray], np.ndarray]) -> dict:
    """K3 = C12 + C23 − C13 with ρ(t2) = E_τ(post(ρ0)) (measurement at t1, then evolution).

    Returns the three correlators and K3.
    """
    _domain.nonnegative("lindblad.k3_sequential", tau=tau)
    c12 = correlator(propagate, Q, rho0, tau)
    c13 = correlator(propagate, Q, rho0, 2 * tau)
    rho_t2 = propagate(post(rho0), tau)
    c23 = correlator(propagate, Q, rho_t2, tau)
    return {"C12": c12, "C23": c23, "C13": c13, "K3": c12 + c23 - c13}


# ----------------------------------------------------------------------------------------
# Thresholds
# ----------------------------------------------------------------------------------------

def threshold_brentq(f: Callable[[float], float], lo: float, hi: float,
                     xtol: float = 1e-12, rtol: float = 1e-12) -> float:
    """Root of f(γ) − 1 = 0 in [lo, hi] by Brent's method."""
    _domain.interval("lindblad.threshold_brentq", lo, hi)
    _domain.positive("lindblad.threshold_brentq", xtol=xtol, rtol=rtol)
    return brentq(lambda g: f(g) - 1.0, lo, hi, xtol=xtol, rtol=rtol)


def threshold_illinois(f: Callable[[float], float], lo: float, hi: float,
                       rtol: float = 1e-12, maxiter: int = 60) -> float:
    """Root of f(γ) − 1 = 0 by the Illinois variant of regula falsi (bracketing secant)."""
    _domain.interval("lindblad.threshold_illinois", lo, hi)
    _domain.positive("lindblad.threshold_illinois", rtol=rtol)
    _domain.integer("lindblad.threshold_illinois", 1, maxiter=maxiter)
    a, b = lo, hi
    fa, fb = f(a) - 1.0, f(b) - 1.0
    if fa * fb > 0:
        raise ValueError("no sign change of K3 − 1 in the bracket")
    side = 0
    for _ in range(maxiter):
        c = (a * fb - b * fa) / (fb - fa)
        fc = f(c) - 1.0
        if fc * fb > 0:
            b, fb = c, fc
            if side == -1:
                fa /= 2
            side = -1
        else:
            a, fa = c, fc
            if side == 1:
                fb /= 2
            side = 1
        if abs(b - a) <= rtol * abs(c) or fc == 0:
            return c
    raise RuntimeError("Illinois iteration did not converge")


def unitary_chebyshev(diag: np.ndarray, offdiag: np.ndarray, v: np.ndarray, t: float,
                      e_min: float, e_max: float) -> np.ndarray:
    """exp(−iHt)v for real tridiagonal H by the Chebyshev (Jacobi–Anger) series.

    H̃ = (H − c)/R maps the spectrum [e_min, e_max] into [−1, 1];
    exp(−iHt) = e^{−ict} Σ_k (2 − δ_k0)(−i)^k J_k(Rt) T_k(H̃).
    """
    _domain.array("lindblad.unitary_chebyshev", diag=diag, offdiag=offdiag, v=v)
    _domain.nonnegative("lindblad.unitary_chebyshev", t=t)
    _domain.interval("lindblad.unitary_chebyshev", e_min, e_max, ("e_min", "e_max"))
    c = 0.5 * (e_max + e_min)
    R = 0.5 * (e_max - e_min) * 1.001
    d, o = (diag - c) / R, offdiag / R

    if v.ndim == 2:  # several vectors at once (columns)
        d, o = d[:, None], o[:, None]

    def Hs(x):
        y = d * x
        y[:-1] += o * x[1:]
        y[1:] += o * x[:-1]
        return y

    arg = R * t
    K = int(arg + 30 * arg ** (1 / 3) + 50)
    coef = 2.0 * ((-1j) ** np.arange(K)) * jv(np.arange(K), arg)
    coef[0] /= 2
    t0 = v.astype(complex)
    t1 = Hs(t0)
    acc = coef[0] * t0 + coef[1] * t1
    for k in range(2, K):
        t0, t1 = t1, 2.0 * Hs(t1) - t0
        acc += coef[k] * t1
    return np.exp(-1j * c * t) * acc


def threshold_bisection(f: Callable[[float], float], lo: float, hi: float,
                        rtol: float = 1e-11) -> float:
    """Root of f(γ) − 1 = 0 in [lo, hi] by plain bisection (sign change required)."""
    _domain.interval("lindblad.threshold_bisection", lo, hi)
    _domain.nonnegative("lindblad.threshold_bisection", lo=lo)  # a rate; hi ≤ 0 would never stop
    _domain.positive("lindblad.threshold_bisection", rtol=rtol)
    flo = f(lo) - 1.0
    if flo * (f(hi) - 1.0) > 0:
        raise ValueError("no sign change of K3 − 1 in the bracket")
    while hi - lo > rtol * hi:
        mid = 0.5 * (lo + hi)
        fm = f(mid) - 1.0
        if fm * flo > 0:
            lo, flo = mid, fm
        else:
            hi = mid
    return 0.5 * (lo + hi)


# ----------------------------------------------------------------------------------------
# Untruncated, fast: parity-odd operators under collective dephasing, split-step + Richardson
# ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class OddSectorSplitting:
    """exp(tL) on parity-odd Hermitian operators, reflection-symmetric H, A = J_z (even N).

    With the reflection R|m⟩ = |−m⟩, [H, R] = 0 and R J_z R = −J_z, an odd Hermitian ρ
    (RρR = −ρ) is fixed by its block B = ⟨e|ρ|o⟩ between the even sector basis
    e = {|0⟩, (|k⟩+|−k⟩)/√2} and the odd one o = {(|k⟩−|−k⟩)/√2}, k = 1…j
    ((j+1)×j complex; ⟨o|ρ|e⟩ = B†).  One Strang step of length h is

        B → U_e(h/2) B U_o(h/2)†,  dephasing,  B → U_e(h/2) B U_o(h/2)†,

    with U_s = V_s e^{−iE_s h/2} V_sᵀ from the sector eigen-decompositions (exact), and the
    dephasing exact in the Dicke basis, ρ_mm' → e^{−(γ/2)(m−m')²h} ρ_mm', which in the
    blocks a_kl = ρ_{k,l}, b_kl = ρ_{k,−l} (B = a − b, B† restricted = a + b) reads
    a → f(k−l) a, b → f(k+l) b, and B_{0l} → f(l) B_{0l}.  The O(h²) splitting error is
    removed by Richardson extrapolation over steps h and h/2 (:meth:`richardson`).

    Parameters
    ----------
    even, odd : (E, V)
        Eigen-decompositions of the even ((j+1)×(j+1)) and odd (j×j) sector blocks of H
        (rad/s), bases ordered by ascending m ≥ 0 as in :func:`numerics.lmg.parity_sectors`.
    gamma : float
        γ (s⁻¹), jump operator √γ J_z.

    Notes
    -----
    Cost per step: two complex products of (j+1)×(j+1)·(j+1)×j·j×j matrices; no
    (N+1)²×(N+1)² object is formed.  Accuracy is checked against the Chebyshev propagator
    :class:`DickeDephasing` and the dense superoperator in ``tests/test_lindblad.py``.
    """

    even: tuple
    odd: tuple
    gamma: float

    def _factors(self, h: float):
        j = self.odd[0].size
        k = np.arange(1, j + 1, dtype=float)
        half = 0.5 * self.gamma * h
        f_minus = np.exp(-half * np.subtract.outer(k, k) ** 2)
        f_plus = np.exp(-half * np.add.outer(k, k) ** 2)
        f_row0 = np.exp(-half * k**2)
        return f_minus, f_plus, f_row0

    def _unitaries(self, h: float) -> dict:
        """Half-step and full-step sector unitaries for step h, shared by every engine on
        the same eigen-decompositions (they do not depend on γ): Ue(h/2), Uo(h/2)†,
        Ue(h/2)², (Uo(h/2)²)†, as C-contiguous arrays."""
        key = (_sector_fingerprint(self.even, self.odd), float(h))
        with _UNITARY_LOCK:
            hit = _UNITARY_CACHE.get(key)
        if hit is not None:
            return hit
        (Ee, Ve), (Eo, Vo) = self.even, self.odd
        Ue = (Ve * np.exp(-0.5j * Ee * h)) @ Ve.T
        Uo = (Vo * np.exp(-0.5j * Eo * h)) @ Vo.T
        parts = {"Ue": Ue, "Uo": Uo, "UoH": np.ascontiguousarray(Uo.conj().T),
                 "Ue2": Ue @ Ue, "Uo2H": np.ascontiguousarray((Uo @ Uo).conj().T)}
        with _UNITARY_LOCK:
            while len(_UNITARY_CACHE) >= _UNITARY_CACHE_SIZE:
                _UNITARY_CACHE.pop(next(iter(_UNITARY_CACHE)))
            _UNITARY_CACHE[key] = parts
        return parts

    def _half_unitaries(self, h: float):
        parts = self._unitaries(h)
        return parts["Ue"], parts["Uo"]

    @staticmethod
    def _dephase(B, f_minus, f_plus, f_row0):
        Bs = B[1:, :]
        a = 0.5 * (Bs + Bs.conj().T)
        b = 0.5 * (Bs.conj().T - Bs)
        out = np.empty_like(B)
        out[0, :] = f_row0 * B[0, :]
        out[1:, :] = f_minus * a - f_plus * b
        return out

    @staticmethod
    def _dephaser(f_minus, f_plus, f_row0):
        """Same map as :meth:`_dephase`, as ½(f₋ + f₊)∘B_s + ½(f₋ − f₊)∘B_s† with the two
        weights precomputed (three elementwise passes instead of eight)."""
        g_same, g_adj = 0.5 * (f_minus + f_plus), 0.5 * (f_minus - f_plus)

        def apply(B):
            Bs = B[1:, :]
            out = np.empty_like(B)
            np.multiply(f_row0, B[0, :], out=out[0, :])
            np.multiply(g_same, Bs, out=out[1:, :])
            out[1:, :] += g_adj * Bs.conj().T
            return out

        return apply

    def propagate(self, B: np.ndarray, t: float, steps: int,
                  observe_every: int | None = None, order: str = "HDH") -> list[np.ndarray]:
        """Strang propagation over [0, t] in ``steps`` steps; returns B at every
        ``observe_every`` steps (default: only the end).

        ``order`` "HDH" (half unitary, dephasing, half unitary) or "DHD" (half dephasing,
        unitary, half dephasing): two different second-order schemes with the same limit.
        """
        _domain.array("lindblad.OddSectorSplitting.propagate", B=B)
        _domain.nonnegative("lindblad.OddSectorSplitting.propagate", t=t, gamma=self.gamma)
        _domain.integer("lindblad.OddSectorSplitting.propagate", 1, steps=steps)
        h = t / steps
        every = observe_every or steps
        out = []
        B = np.array(B, dtype=complex)
        with _loop_blas_threads():
            if order == "DHD":  # adjacent half dephasings merged into full ones
                U = self._unitaries(2 * h)
                Ue, UoH = U["Ue"], U["UoH"]
                d_half = self._dephaser(*self._factors(h / 2))
                d_full = self._dephaser(*self._factors(h))
                B = d_half(B)
                for s in range(1, steps + 1):
                    B = Ue @ B @ UoH
                    if s % every == 0:
                        out.append(d_half(B))
                    if s < steps:
                        B = d_full(B)
                return out
            U = self._unitaries(h)
            Ue, UoH, Ue2, Uo2H = U["Ue"], U["UoH"], U["Ue2"], U["Uo2H"]
            dephase = self._dephaser(*self._factors(h))
            B = Ue @ B @ UoH
            for s in range(1, steps + 1):
                B = dephase(B)
                if s % every == 0:
                    out.append(Ue @ B @ UoH)
                if s < steps:
                    B = Ue2 @ B @ Uo2H
        return out

    def richardson(self, B0: np.ndarray, tau: float, intervals: int, steps_per_tau: int,
                   observable, order: str = "HDH") -> tuple[np.ndarray, float]:
        """observable(B(n τ)) for n = 1…intervals, Richardson-extrapolated (h, h/2).

        Returns the extrapolated values and the largest |extrapolated − fine| (an error
        estimate of the fine run; the extrapolated error is far smaller).  The coarse and
        the fine run are independent and run side by side when two CPUs are available.
        """
        _domain.array("lindblad.OddSectorSplitting.richardson", B0=B0)
        _domain.positive("lindblad.OddSectorSplitting.richardson", tau=tau)
        _domain.integer("lindblad.OddSectorSplitting.richardson", 1, intervals=intervals, steps_per_tau=steps_per_tau)
        def run(refine):
            return [observable(b) for b in self.propagate(B0, intervals * tau,
                                                          refine * intervals * steps_per_tau,
                                                          refine * steps_per_tau, order)]

        fine, coarse = _parallel([lambda: run(2), lambda: run(1)])
        ext = np.array([(4 * f - c) / 3 for c, f in zip(coarse, fine)])
        return ext, float(np.max(np.abs(ext - np.array(fine))))


_UNITARY_CACHE: dict = {}
_UNITARY_CACHE_SIZE = 8
_UNITARY_LOCK = threading.Lock()


@bookkeeping
def _sector_fingerprint(even: tuple, odd: tuple) -> bytes:
    """Digest of the sector eigen-decompositions (key of the shared unitary cache)."""
    import hashlib

    h = hashlib.blake2b(digest_size=16)
    for E, V in (even, odd):
        for x in (E, V):
            x = np.ascontiguousarray(x, dtype=float)
            h.update(str(x.shape).encode())
            h.update(x.tobytes())
    return h.digest()


def sgn_correlator_from_block(B: np.ndarray) -> float:
    """Tr[sgn(J_z) ρ] for an odd Hermitian ρ given by its block B: 2 Re Σ_k B_{k,k}.

    sgn(J_z) maps (|k⟩+|−k⟩)/√2 to (|k⟩−|−k⟩)/√2 and annihilates |0⟩.
    """
    _domain.array("lindblad.sgn_correlator_from_block", B=B)
    return float(2.0 * np.real(np.trace(B[1:, :])))
