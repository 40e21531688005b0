"""One-dimensional Fokker–Planck solver for basin probabilities.

Solves ``∂W/∂t = ∂_x [ D V'(x) W + D k_B T ∂_x W ]`` on a uniform grid with
reflecting walls, by a finite-volume Scharfetter–Gummel discretisation: the
total probability is conserved to rounding (columns of the generator sum to
zero) and the discrete stationary state is exactly ``exp(−V/k_B T)`` on the
grid.  Time evolution uses ``scipy.sparse.linalg.expm_multiply``; the escape
rate over a barrier is the smallest nonzero eigenvalue of the generator
(computed on the symmetrised operator).

Notes
-----
``D`` is the kinetic coefficient and ``k_B T`` the noise temperature of the
Langevin equation ``ẋ = −D V'(x) + η``, ``⟨ηη⟩ = 2 D k_B T δ``.

References
----------
Scharfetter & Gummel, IEEE Trans. Electron Devices 16, 64 (1969);
Risken, *The Fokker–Planck Equation* (1989), §5; collapse manuscript Eqs. (54)–(55).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import scipy.linalg
import scipy.sparse as sps
from scipy.sparse.linalg import expm_multiply

from numerics import _domain


def _bernoulli(x: np.ndarray) -> np.ndarray:
    """B(x) = x / (e^x − 1), with B(0) = 1."""
    x = np.asarray(x, dtype=float)
    out = np.ones_like(x)
    nz = np.abs(x) > 1e-12
    out[nz] = x[nz] / np.expm1(x[nz])
    return out


@dataclass(frozen=True)
class FokkerPlanck1D:
    """Generator of the 1-D Fokker–Planck equation on ``n`` cells of [a, b]."""

    x: np.ndarray  # cell centres
    h: float
    potential: np.ndarray  # V at the centres, in units of k_B T
    L: sps.csr_matrix  # dW/dt = L W (W a density on the centres)

    @classmethod
    def build(cls, V: Callable[[np.ndarray], np.ndarray], a: float, b: float, n: int,
              D: float = 1.0, kT: float = 1.0) -> FokkerPlanck1D:
        _domain.interval("fokker_planck.FokkerPlanck1D.build", a, b, ("a", "b"))
        _domain.integer("fokker_planck.FokkerPlanck1D.build", 2, n=n)
        _domain.positive("fokker_planck.FokkerPlanck1D.build", D=D, kT=kT)
        h = (b - a) / n
        x = a + h * (np.arange(n) + 0.5)
        phi = np.asarray(V(x), dtype=float) / kT
        dphi = np.diff(phi)
        c = D * kT / h**2
        right = c * _bernoulli(dphi)  # flux weight of W_i into the face i+1/2
        left = c * _bernoulli(-dphi)  # flux weight of W_{i+1} into the same face
        main = np.zeros(n)
        main[:-1] -= right
        main[1:] -= left
        L = sps.diags([main, left, right], [0, 1, -1], format="csr")
        return cls(x, h, phi, L)

    def mass(self, W: np.ndarray) -> float:
        return float(W.sum() * self.h)

    @cached_property
    def _spectrum(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Eigen-decomposition of the symmetrised generator diag(s) L diag(1/s), s = e^{φ/2}."""
        s = np.exp(0.5 * (self.potential - self.potential.min()))
        main = self.L.diagonal()
        off = np.sqrt(self.L.diagonal(1) * self.L.diagonal(-1))  # detailed balance: S is tridiagonal
        lam, Q = scipy.linalg.eigh_tridiagonal(main, off)
        return s, lam, Q

    def evolve(self, W0: np.ndarray, t: float) -> np.ndarray:
        """W(t) = exp(L t) W0, exactly through the symmetrised eigen-decomposition."""
        _domain.array("fokker_planck.FokkerPlanck1D.evolve", W0=W0)
        _domain.nonnegative("fokker_planck.FokkerPlanck1D.evolve", t=t)
        s, lam, Q = self._spectrum
        return (Q @ (np.exp(lam * t) * (Q.T @ (s * W0)))) / s

    def evolve_krylov(self, W0: np.ndarray, t: float) -> np.ndarray:
        """W(t) by SciPy's Krylov ``expm_multiply`` (an independent check of :meth:`evolve`)."""
        _domain.array("fokker_planck.FokkerPlanck1D.evolve_krylov", W0=W0)
        _domain.nonnegative("fokker_planck.FokkerPlanck1D.evolve_krylov", t=t)
        return expm_multiply(self.L * t, W0)

    def basin_probability(self, W: np.ndarray, lo: float, hi: float) -> float:
        _domain.array("fokker_planck.FokkerPlanck1D.basin_probability", W=W)
        _domain.real("fokker_planck.FokkerPlanck1D.basin_probability", lo=lo, hi=hi)
        sel = (self.x > lo) & (self.x < hi)
        return float(W[sel].sum() * self.h)

    def gaussian(self, centre: float, width: float) -> np.ndarray:
        _domain.real("fokker_planck.FokkerPlanck1D.gaussian", centre=centre)
        _domain.positive("fokker_planck.FokkerPlanck1D.gaussian", width=width)
        g = np.exp(-0.5 * ((self.x - centre) / width) ** 2)
        return g / (g.sum() * self.h)

    def stationary(self) -> np.ndarray:
        w = np.exp(-(self.potential - self.potential.min()))
        return w / (w.sum() * self.h)

    def relaxation_rates(self, k: int = 3) -> np.ndarray:
        """The ``k`` smallest decay rates (0 for the stationary state first)."""
        _domain.integer("fokker_planck.FokkerPlanck1D.relaxation_rates", 1, len(self.x), k=k)
        _, lam, _ = self._spectrum
        return np.sort(-lam[-k:])
