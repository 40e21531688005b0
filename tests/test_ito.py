"""Tests of the noncommutative Itô engine (derive.ito): exact identities, then the symbolic
increments evaluated with explicit matrices against a direct numpy computation."""

import numpy as np
import pytest
import sympy as sp
from hypothesis import example, given
from hypothesis import strategies as st

from derive import ito


def test_oqt_norm_drift_factorises_per_channel():
    drift, noise = ito.norm_increment(ito.oqt_sse(2))
    J0, D0, J1, D1 = sp.symbols("J0 D0 J1 D1", positive=True)
    l0, lb0, m0, l1, lb1, m1 = sp.symbols("l0 lb0 m0 l1 lb1 m1")
    expected = ito.N * ((D0**2 - J0) * (m0 - l0 * lb0) + (D1**2 - J1) * (m1 - l1 * lb1))
    assert sp.expand(drift - expected) == 0
    assert noise == (0, 0)


def test_projector_increment_is_gksl_at_fdr():
    sde = ito.oqt_sse(1, with_hamiltonian=False)
    J, D = sp.symbols("J0 D0", positive=True)
    L, Ld = sp.symbols("L0 Ld0", commutative=False)
    mean = ito.projector_increment_mean(sde).subs(D, sp.sqrt(J))
    assert ito.simplify_nc(mean - ito.gksl_dissipator(L, Ld, J), sde.algebra) == 0


def test_collapse_channel_norm_and_generator():
    drift, noise = ito.norm_increment(ito.sui_sse(1, 0))
    assert drift == 0 and noise == (0,)


def test_dagger_is_an_involution():
    sde = ito.oqt_sse(1)
    x = sde.drift * ito.Psi + 3 * sp.I * sde.diffusions[0]
    assert (
        ito.simplify_nc(ito.dagger(ito.dagger(x, sde.algebra), sde.algebra) - x, sde.algebra) == 0
    )


def test_trace_is_cyclic():
    alg, _, _, _, _ = ito.thermalization_channel("")
    L, Ld = sp.symbols("L Ld", commutative=False)
    assert ito.trace(L * ito.Psi * Ld, alg) == ito.N * sp.Symbol("m")
    assert ito.trace(ito.Psi * L - L * ito.Psi, alg) == 0


def test_projector_relation_reduces_words():
    alg, a, b, g = ito.collapse_channel("")
    P = sp.Symbol("P", commutative=False)
    assert ito.simplify_nc(P * P * P - P, alg) == 0


# --- the symbolic increments against explicit matrices --------------------------------


def _evaluate(expr, mats: dict, scalars: dict, psi: np.ndarray) -> np.ndarray:
    """Evaluate a noncommutative expression linear in Ψ with numpy matrices."""
    out = np.zeros((len(psi), len(psi)), complex)
    for c, word in ito._words(expr):
        m = np.eye(len(psi), dtype=complex)
        for f in word:
            m = m @ (np.outer(psi, psi.conj()) if f == ito.Psi else mats[f])
        out += complex(c.subs(scalars)) * m
    return out


@given(st.integers(0, 10_000))
@example(0)
def test_engine_matches_direct_itô_computation(seed):
    rng = np.random.default_rng(seed)
    d = 3
    L = rng.standard_normal((d, d)) + 1j * rng.standard_normal((d, d))
    H = rng.standard_normal((d, d))
    H = H + H.T
    psi = rng.standard_normal(d) + 1j * rng.standard_normal(d)
    J, D = rng.uniform(0.1, 2, 2)
    n = np.vdot(psi, psi).real
    ell = np.vdot(psi, L @ psi) / n
    # direct: a = −iHψ + J(ell̄Lψ − ½L†Lψ − ½|ell|²ψ), b = D(L − ell)ψ
    a = -1j * H @ psi + J * (
        np.conj(ell) * L @ psi - 0.5 * L.conj().T @ L @ psi - 0.5 * abs(ell) ** 2 * psi
    )
    b = D * (L @ psi - ell * psi)
    direct = np.outer(a, psi.conj()) + np.outer(psi, a.conj()) + np.outer(b, b.conj())
    sde = ito.oqt_sse(1)
    sym = {
        sp.Symbol("H", commutative=False): H,
        sp.Symbol("L0", commutative=False): L,
        sp.Symbol("Ld0", commutative=False): L.conj().T,
    }
    scal = {
        sp.Symbol("l0"): ell,
        sp.Symbol("lb0"): np.conj(ell),
        sp.Symbol("J0", positive=True): J,
        sp.Symbol("D0", positive=True): D,
    }
    engine = _evaluate(ito.projector_increment_mean(sde), sym, scal, psi)
    assert np.allclose(engine, direct, atol=1e-10)
    drift, _ = ito.norm_increment(sde)
    m = np.vdot(psi, L.conj().T @ L @ psi) / n
    val = complex(drift.subs({**scal, sp.Symbol("m0"): m, ito.N: n}))
    assert val == pytest.approx(np.trace(direct), abs=1e-9)
