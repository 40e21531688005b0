"""Straightforward reference engines for the benchmarks (the "before" of issue 23).

``ReferenceOddSectorSplitting`` is the parity-odd Strang engine as first written (complex
products recomputing Uo† every step, unitaries rebuilt per engine, default BLAS threads);
the benchmarks time it beside :class:`numerics.lindblad.OddSectorSplitting` in the same run,
so a ratio survives a noisy machine.  ``k3_by_dense_expm`` is the per-point dense
``scipy.linalg.expm`` baseline of the n-level tables.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.linalg as sla

from numerics import lindblad as LB


@dataclass(frozen=True)
class ReferenceOddSectorSplitting:
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

    def _half_unitaries(self, h: float):
        (Ee, Ve), (Eo, Vo) = self.even, self.odd
        Ue = (Ve * np.exp(-0.5j * Ee * h)) @ Ve.T
        Uo = (Vo * np.exp(-0.5j * Eo * h)) @ Vo.T
        return Ue, Uo

    @staticmethod
    def _dephase(B, f_minus, f_plus, f_row0):
        Bs = B[1:, :]
        a = 0.5 * (Bs + Bs.conj().T)
        b = 0.5 * (Bs.conj().T - Bs)
        out = np.empty_like(B)
        out[0, :] = f_row0 * B[0, :]
        out[1:, :] = f_minus * a - f_plus * b
        return out

    def propagate(self, B: np.ndarray, t: float, steps: int,
                  observe_every: int | None = None, order: str = "HDH") -> list[np.ndarray]:
        """Strang propagation over [0, t] in ``steps`` steps; returns B at every
        ``observe_every`` steps (default: only the end).

        ``order`` "HDH" (half unitary, dephasing, half unitary) or "DHD" (half dephasing,
        unitary, half dephasing): two different second-order schemes with the same limit.
        """
        h = t / steps
        every = observe_every or steps
        out = []
        B = B.astype(complex)
        if order == "DHD":  # adjacent half dephasings merged into full ones
            Ue, Uo = self._half_unitaries(2 * h)
            f_half, f_full = self._factors(h / 2), self._factors(h)
            B = self._dephase(B, *f_half)
            for s in range(1, steps + 1):
                B = Ue @ B @ Uo.conj().T
                if s % every == 0:
                    out.append(self._dephase(B, *f_half))
                if s < steps:
                    B = self._dephase(B, *f_full)
            return out
        Ue, Uo = self._half_unitaries(h)
        Ue2, Uo2 = Ue @ Ue, Uo @ Uo
        f = self._factors(h)
        B = Ue @ B @ Uo.conj().T
        for s in range(1, steps + 1):
            B = self._dephase(B, *f)
            if s % every == 0:
                out.append(Ue @ B @ Uo.conj().T)
            if s < steps:
                B = Ue2 @ B @ Uo2.conj().T
        return out

    def richardson(self, B0: np.ndarray, tau: float, intervals: int, steps_per_tau: int,
                   observable, order: str = "HDH") -> tuple[np.ndarray, float]:
        """observable(B(n τ)) for n = 1…intervals, Richardson-extrapolated (h, h/2).

        Returns the extrapolated values and the largest |extrapolated − fine| (an error
        estimate of the fine run; the extrapolated error is far smaller).
        """
        coarse = [observable(b) for b in self.propagate(B0, intervals * tau,
                                                        intervals * steps_per_tau, steps_per_tau,
                                                        order)]
        fine = [observable(b) for b in self.propagate(B0, intervals * tau,
                                                      2 * intervals * steps_per_tau,
                                                      2 * steps_per_tau, order)]
        ext = np.array([(4 * f - c) / 3 for c, f in zip(coarse, fine)])
        return ext, float(np.max(np.abs(ext - np.array(fine))))


def k3_by_dense_expm(H, A, Q, rho0, tau: float, gamma: float) -> float:
    """Stationary K3 = 2C(τ) − C(2τ) by ``expm`` of the full n²×n² superoperator per time."""
    n = H.shape[0]
    L = LB.dephasing_superoperator(H, A, gamma)
    X = LB.instrument(Q, rho0).reshape(-1).astype(complex)
    c = [float(np.real(np.trace(Q @ (sla.expm(L * t) @ X).reshape(n, n)))) for t in (tau, 2 * tau)]
    return 2 * c[0] - c[1]
