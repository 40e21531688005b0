"""Tests of the 1-D Fokker–Planck engine (:mod:`numerics.fokker_planck`)."""

import math

import numpy as np
import pytest

from numerics.fokker_planck import FokkerPlanck1D


def double_well(kT=0.05, n=300):
    return FokkerPlanck1D.build(lambda x: -0.5 * x**2 + 0.25 * x**4, -2.5, 2.5, n, D=1.0, kT=kT)


def test_generator_conserves_probability():
    fp = double_well()
    assert np.max(np.abs(np.asarray(fp.L.sum(axis=0)))) < 1e-10


def test_stationary_state_is_boltzmann():
    fp = double_well()
    assert np.max(np.abs(fp.L @ fp.stationary())) < 1e-8 * np.max(fp.stationary())


def test_eigen_evolution_matches_krylov():
    fp = double_well(n=200)
    W0 = fp.gaussian(0.3, 0.1)
    np.testing.assert_allclose(fp.evolve(W0, 2.0), fp.evolve_krylov(W0, 2.0), atol=1e-9)


def test_ornstein_uhlenbeck_relaxation_rate():
    """V = kx²/2: the FP spectrum is D·k·n; the first nonzero rate is D·k."""
    fp = FokkerPlanck1D.build(lambda x: 1.5 * x**2 / 2, -6, 6, 600, D=0.8, kT=0.5)
    rates = fp.relaxation_rates(3)
    assert rates[0] == pytest.approx(0.0, abs=1e-9)
    assert rates[1] == pytest.approx(0.8 * 1.5, rel=2e-3)
    assert rates[2] == pytest.approx(2 * 0.8 * 1.5, rel=5e-3)


def test_kramers_rate_at_low_temperature():
    """Overdamped Kramers: rate = 2 × √(V''(min)|V''(max)|)/(2π) D e^(−ΔE/kT) (two wells, symmetric)."""
    kT = 0.025
    fp = double_well(kT=kT, n=400)
    kramers = 2 * math.sqrt(2.0 * 1.0) / (2 * math.pi) * math.exp(-0.25 / kT)
    assert fp.relaxation_rates(2)[1] == pytest.approx(kramers, rel=0.15)


def test_basin_probabilities_symmetric_start():
    fp = double_well()
    W = fp.evolve(fp.gaussian(0.0, 0.05), 20.0)
    assert fp.basin_probability(W, 0, 10) == pytest.approx(0.5, abs=1e-9)
    assert fp.mass(W) == pytest.approx(1.0, abs=1e-9)
