"""Tests of the open-system engine :mod:`numerics.lindblad` (QuTiP cross-checks on small N)."""

import math

import numpy as np
import pytest
import scipy.linalg as sla
from hypothesis import given, settings
from hypothesis import strategies as st

from numerics import lindblad as LB
from numerics import lmg

SEED = 1234


def _random_model(n, seed=SEED):
    rng = np.random.default_rng(seed)
    H = rng.normal(size=(n, n))
    H = H + H.T
    A = rng.normal(size=(n, n))
    A = A + A.T
    G = rng.normal(size=(n, n)) + 1j * rng.normal(size=(n, n))
    rho = G @ G.conj().T
    return H, A, rho / np.trace(rho)


def _small_lmg(N=8, Gamma=0.7):
    """Dicke-basis H (J = 1 units), J_z diagonal, Q = sgn(J_z), ground state."""
    d, o, m = lmg.hamiltonian_tridiagonal(N, Gamma)
    H = np.diag(d) + np.diag(o, 1) + np.diag(o, -1)
    E, V = np.linalg.eigh(H)
    return H, d, o, m, np.sign(m), V[:, 0], E


def test_eigen_propagator_matches_expm():
    H, A, rho = _random_model(4)
    prop = LB.DenseLiouvillian(H, A, 0.3)
    ref = LB.propagate_by_expm(H, A, 0.3)
    for t in (0.0, 0.37, 1.9):
        assert np.allclose(prop(rho, t), ref(rho, t), atol=1e-11)


def test_channel_preserves_trace_and_positivity():
    H, A, rho = _random_model(5, seed=5)
    out = LB.DenseLiouvillian(H, A, 0.8)(rho, 1.3)
    assert abs(np.trace(out) - 1) < 1e-11
    assert np.allclose(out, out.conj().T, atol=1e-11)
    assert np.linalg.eigvalsh(0.5 * (out + out.conj().T)).min() > -1e-11


def test_dicke_dissipator_is_elementwise():
    """With H = 0 and A = diag(a): ρ_mm' → exp(−(γ/2)(a_m − a_m')² t) ρ_mm'."""
    a = np.arange(-2.0, 3.0)
    _, _, rho = _random_model(5, seed=9)
    out = LB.DenseLiouvillian(np.zeros((5, 5)), np.diag(a), 0.4)(rho, 0.9)
    expect = rho * np.exp(-0.5 * 0.4 * np.subtract.outer(a, a) ** 2 * 0.9)
    assert np.allclose(out, expect, atol=1e-12)


def test_parity_sector_restriction_equals_full():
    H, _d, _o, m, Q, _psi, _ = _small_lmg(8)
    E, V = np.linalg.eigh(H)
    Hk, Ak, Qk = np.diag(E), V.T @ np.diag(m) @ V, V.T @ np.diag(Q) @ V
    parity = np.array([1 if abs(V[::-1, k] @ V[:, k] - 1) < 1e-8 else -1 for k in range(9)])
    rho0 = np.zeros((9, 9))
    rho0[0, 0] = 1
    full = LB.DenseLiouvillian(Hk, Ak, 0.2)
    sec = LB.DenseLiouvillian(Hk, Ak, 0.2, sector=LB.operator_parity_sector(parity))
    X = LB.instrument(Qk, rho0)
    assert np.allclose(full(X, 0.7), sec(X, 0.7), atol=1e-11)


def test_coherent_k3_is_the_spectral_sum():
    """γ = 0: K3 = Σ_k Q_k0² [2cos(ω_k τ) − cos(2ω_k τ)] (Eq. (25) of lmg_lgi)."""
    H, _d, _o, m, Q, _psi, _ = _small_lmg(10)
    E, V = np.linalg.eigh(H)
    Qk = V.T @ np.diag(Q) @ V
    rho0 = np.zeros((11, 11))
    rho0[0, 0] = 1
    tau = 0.4
    k3 = LB.k3_stationary(LB.DenseLiouvillian(np.diag(E), V.T @ np.diag(m) @ V, 0.0), Qk, rho0, tau)
    w = E - E[0]
    assert k3 == pytest.approx(np.sum(Qk[:, 0] ** 2 * (2 * np.cos(w * tau) - np.cos(2 * w * tau))),
                               abs=1e-11)


def test_unitary_chebyshev_matches_expm():
    H, d, o, _m, Q, psi, E = _small_lmg(12)
    v = Q * psi
    got = LB.unitary_chebyshev(d, o, v, 3.7, E[0], E[-1])
    assert np.allclose(got, sla.expm(-1j * 3.7 * H) @ v, atol=1e-11)


def test_dicke_chebyshev_matches_dense_liouvillian():
    """Untruncated Chebyshev propagator against the dense superoperator (small N)."""
    H, d, o, m, Q, psi, E = _small_lmg(8)
    X = LB.instrument(np.diag(Q), np.outer(psi, psi))
    cheb = LB.DickeDephasing(d, o, m, 0.3, E[0], E[-1])
    dense = LB.DenseLiouvillian(H, np.diag(m), 0.3)
    assert np.allclose(cheb(X, 1.1), dense(X, 1.1), atol=1e-10)


def test_against_qutip_mesolve():
    """QuTiP's mesolve on the same collective-dephasing problem (N = 8, Dicke basis)."""
    qutip = pytest.importorskip("qutip")
    gamma, tau = 0.25, 0.6
    H, _d, _o, m, Q, psi, _E = _small_lmg(8)
    rho0 = np.outer(psi, psi)
    X = LB.instrument(np.diag(Q), rho0)
    ours = LB.DenseLiouvillian(H, np.diag(m), gamma)
    res = qutip.mesolve(qutip.Qobj(H), qutip.Qobj(X), [0.0, tau, 2 * tau],
                        c_ops=[math.sqrt(gamma) * qutip.Qobj(np.diag(m))],
                        options={"atol": 1e-12, "rtol": 1e-10})
    for t, state in zip((tau, 2 * tau), res.states[1:]):
        c_q = float(np.real(np.trace(np.diag(Q) @ state.full())))
        c_o = float(np.real(np.trace(np.diag(Q) @ ours(X, t))))
        assert c_o == pytest.approx(c_q, abs=1e-8)


def test_sequential_equals_stationary_for_a_qubit():
    """Spin-1/2 with H ∝ σ_x: C23 = C12 for any state (Q(τ)Q + QQ(τ) ∝ I)."""
    H = np.array([[0.0, 1.0], [1.0, 0.0]])
    Q = np.diag([1.0, -1.0])
    prop = LB.DenseLiouvillian(H, np.zeros((2, 2)), 0.0)
    rho0 = np.diag([1.0, 0.0])
    Pp, Pm = np.diag([1.0, 0.0]), np.diag([0.0, 1.0])
    seq = LB.k3_sequential(prop, Q, rho0, 0.3, lambda r: LB.luders((Pp, Pm), r))
    # γ = 0: degenerate superoperator eigenvalues make the eigenvector basis ill-conditioned
    # (≈ 1e-9 accuracy); the engine is exact to that level, not to machine precision
    assert seq["C23"] == pytest.approx(seq["C12"], abs=1e-8)


def test_root_finders_agree():
    f = lambda g: 1.5 * math.exp(-g / 0.3)
    exact = 0.3 * math.log(1.5)
    assert LB.threshold_brentq(f, 0.01, 2.0) == pytest.approx(exact, rel=1e-11)
    assert LB.threshold_bisection(f, 0.01, 2.0) == pytest.approx(exact, rel=1e-10)
    assert LB.threshold_illinois(f, 0.01, 2.0) == pytest.approx(exact, rel=1e-10)


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=10**6))
def test_luders_instrument_identity_dichotomic(seed):
    """P+ρP+ − P−ρP− = ½{Q, ρ} for every dichotomic Q (Q² = I)."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.normal(size=(4, 4)) + 1j * rng.normal(size=(4, 4)))
    Pp = U[:, :2] @ U[:, :2].conj().T
    Pm = U[:, 2:] @ U[:, 2:].conj().T
    _, _, rho = _random_model(4, seed=seed)
    assert np.allclose(Pp @ rho @ Pp - Pm @ rho @ Pm, LB.instrument(Pp - Pm, rho), atol=1e-12)


def test_odd_sector_splitting_matches_dense_liouvillian():
    """Parity-odd split-step engine (Richardson) against the dense superoperator, N = 10."""
    N, gamma, tau = 10, 0.3, 0.5
    H, _d, _o, m, Q, psi, _E = _small_lmg(N, Gamma=0.8)
    sec = lmg.parity_sectors(N, 0.8)
    blocks = []
    for key in ("even", "odd"):
        dd, ee = sec[key]
        blocks.append(np.linalg.eigh(np.diag(dd) + np.diag(ee, 1) + np.diag(ee, -1)))
    (Ee, Ve), odd = blocks
    psi_e = Ve[:, 0]
    B0 = 0.5 * np.outer(psi_e, psi_e[1:])
    eng = LB.OddSectorSplitting((Ee, Ve), odd, gamma)
    (c1, c2), err = eng.richardson(B0, tau, 2, 64, LB.sgn_correlator_from_block)
    X = LB.instrument(np.diag(Q), np.outer(psi, psi))
    dense = LB.DenseLiouvillian(H, np.diag(m), gamma)
    ref = [float(np.real(np.trace(np.diag(Q) @ dense(X, t)))) for t in (tau, 2 * tau)]
    assert err < 1e-4
    assert c1 == pytest.approx(ref[0], abs=1e-8)
    assert c2 == pytest.approx(ref[1], abs=1e-8)
