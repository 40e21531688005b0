"""Engines refuse inputs outside their physical domain: one ValueError naming the domain.

Hypothesis feeds every guarded public function of ``numerics/`` and ``derive/`` values
outside its domain (non-integers, booleans, NaN and ±inf, Γ/J outside the ordered
phase, non-positive couplings and tolerances); the issue's cases are pinned.
"""

import math
from fractions import Fraction

import mpmath
import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from derive import equivalence, ito, lmg_mp
from numerics import _domain, fokker_planck, lindblad, lmg, sse, tdgl

NAN, INF = math.nan, math.inf

not_spins = st.one_of(st.integers(max_value=1), st.just(True), st.just(False),
                      st.floats(allow_nan=True, allow_infinity=True), st.just(2.0),
                      st.just("10"), st.none(), st.just(np.float64(4.0)))
not_finite = st.sampled_from([NAN, INF, -INF, "1", None, 1j, True])
ratio_outside = st.one_of(st.floats(min_value=1.0, max_value=1e300),
                          st.floats(min_value=-1e300, max_value=0.0), st.sampled_from([NAN, INF, -INF]))
not_positive = st.one_of(st.floats(max_value=0.0), st.sampled_from([NAN, INF, -INF, True, "1e-9", None]))


def _raises(match, fn, *args, **kw):
    with pytest.raises(ValueError, match=match) as e:
        fn(*args, **kw)
    msg = str(e.value)
    assert "\n" not in msg and " must be " in msg and ", got " in msg, msg
    return msg


DOUBLET_FUNCS = [lmg.splitting, lmg.splitting_double, lmg.splitting_wronskian, lmg.splitting_wronskian_value,
                 lmg.doublet]


# ---- numerics.lmg: the doublet ------------------------------------------------------------

@pytest.mark.parametrize("fn", DOUBLET_FUNCS, ids=lambda f: f.__name__)
@given(N=not_spins)
@example(N=1)
@example(N=True)
@example(N=0)
def test_doublet_needs_at_least_two_spins(fn, N):
    _raises(r"N must be an integer ≥ 2", fn, N, 0.5)


@pytest.mark.parametrize("fn", DOUBLET_FUNCS, ids=lambda f: f.__name__)
@given(g=ratio_outside)
@example(g=1.0)
@example(g=1.5)
@example(g=3.0)
@example(g=0.0)
@example(g=-0.5)
def test_doublet_needs_the_ordered_phase(fn, g):
    msg = _raises(r"Gamma", fn, 10, g)
    assert "(0, 1)" in msg or "finite" in msg


@pytest.mark.parametrize("fn", DOUBLET_FUNCS, ids=lambda f: f.__name__)
@given(J=st.one_of(st.floats(max_value=0.0), not_finite))
@example(J=0.0)
@example(J=-1.0)
def test_doublet_needs_a_positive_coupling(fn, J):
    _raises(r"J must be a finite number > 0", fn, 10, 0.5, J)


@pytest.mark.parametrize("fn", [lmg.splitting, lmg.splitting_double, lmg.doublet],
                         ids=lambda f: f.__name__)
@given(tol=not_positive)
@example(tol=0.0)
@example(tol=-1e-10)
def test_tolerances_are_positive(fn, tol):
    _raises(r"rel_tol must be a finite number > 0", fn, 10, 0.5, rel_tol=tol)


@given(dps=st.one_of(st.integers(max_value=0), st.just(True), st.just(30.0)))
def test_precisions_are_positive_integers(dps):
    _raises(r"dps must be an integer ≥ 1", lmg.splitting, 10, 0.5, dps=dps)
    _raises(r"max_dps must be an integer ≥ 1", lmg.splitting, 10, 0.5, max_dps=dps)


@pytest.mark.parametrize("fn", [lmg.instanton_action, lmg.m_star], ids=lambda f: f.__name__)
@given(g=st.one_of(st.floats(min_value=1.0 + 1e-9, max_value=1e300),
                   st.floats(min_value=-1e300, max_value=-1e-300), st.sampled_from([NAN, INF])))
@example(g=NAN)
@example(g=1.5)
def test_semiclassical_quantities_need_the_ordered_phase(fn, g):
    _raises(r"Gamma", fn, g)


def test_instanton_action_excludes_the_phase_boundaries():
    _raises(r"\(0, 1\)", lmg.instanton_action, 1.0)
    _raises(r"\(0, 1\)", lmg.instanton_action, 0.0)
    _raises(r"J must be", lmg.instanton_action, 0.5, NAN)
    assert lmg.m_star(1.0) == 0.0 and lmg.m_star(0.0) == 1.0  # m* is defined on [0, 1]


@pytest.mark.parametrize("fn", [lmg.hamiltonian_tridiagonal, lmg.hamiltonian_dense, lmg.spectrum_dense,
                                lmg.parity_sectors, lmg.lowest_eigenpairs_parity,
                                lmg.lowest_eigenpairs], ids=lambda f: f.__name__)
@given(N=st.one_of(st.integers(max_value=0), st.just(True), st.just(3.0), st.just(NAN)),
       bad=not_finite)
def test_spectra_need_integer_spins_and_finite_fields(fn, N, bad):
    _raises(r"N must be an integer ≥ 1", fn, N, 0.5)
    _raises(r"Gamma must be a finite real number", fn, 4, bad)


@given(N=st.one_of(st.integers(max_value=0), st.just(True), st.just(2.5)))
def test_dicke_operators_need_integer_spins(N):
    for fn in (lmg.m_values, lmg.jz_diag, lmg.jz2_diag, lmg.sgn_jz_diag, lmg.jx_offdiag):
        _raises(r"N must be an integer ≥ 1", fn, N)


@given(k=st.one_of(st.integers(max_value=0), st.just(True), st.just(1.5)))
def test_eigenpair_counts_are_positive_integers(k):
    _raises(r"k must be an integer ≥ 1", lmg.lowest_eigenpairs, 10, 0.5, k=k)
    _raises(r"k must be an integer ≥ 2", lmg.doublet, 10, 0.5, k=k if k is not True else 1)


def test_in_domain_calls_still_work():
    assert lmg.splitting(10, 0.5).decided
    assert lmg.splitting(np.int64(10), np.float64(0.5)).decided  # NumPy scalars are numbers
    assert lmg.instanton_action(0.6) > 0
    assert lmg.m_values(1).tolist() == [-0.5, 0.5]


# ---- derive.lmg_mp ---------------------------------------------------------------------

@given(n=st.one_of(st.integers(max_value=0), st.just(True), st.just(2.0), st.none()),
       gam=st.sampled_from([0.5, NAN, "1/2", None, mpmath.mpf("0.5")]))
def test_mp_sectors_need_spins_and_an_exact_field(n, gam):
    _raises(r"n_spins must be an integer ≥ 1", lmg_mp.sector_blocks, n, Fraction(1, 2), 1)
    _raises(r"gam must be a Fraction or int", lmg_mp.sector_blocks, 10, gam, 1)


def test_mp_solvers_check_their_inputs():
    d, e, _ = lmg_mp.sector_blocks(10, Fraction(1, 2), 1)
    _raises(r"parity must be one of 1, -1", lmg_mp.sector_blocks, 10, Fraction(1, 2), 0)
    _raises(r"dps must be an integer in \[7, 15\]", lmg_mp.sector_eigenpair, d, e, 0, 6)
    # above the working precision the bisection could never reach its tolerance (it hung)
    _raises(r"dps must be an integer in \[7, 15\]", lmg_mp.sector_eigenpair, d, e, 0, 30)
    _raises(r"k must be an integer in \[0, 5\]", lmg_mp.sector_eigenpair, d, e, 6, 15)
    _raises(r"len\(e\) must be len\(d\) − 1", lmg_mp.sector_eigenpair, d, e[:-1], 0, 15)
    e2 = [x * x for x in e]
    _raises(r"tol must be a finite number > 0", lmg_mp.bisect_eigenvalue, d, e2, 0, -10, 10, 0)
    _raises(r"lo < hi", lmg_mp.bisect_eigenvalue, d, e2, 0, 10, -10, 1e-10)
    _raises(r"x must be a finite real", lmg_mp.sturm_count, d, e2, mpmath.mpf("nan"))
    _raises(r"steps must be an integer ≥ 1", lmg_mp.inverse_iteration, d, e, d[0], 0)
    _raises(r"len\(rhs\)", lmg_mp.solve_tridiagonal, d, e, 0, [1] * (len(d) + 1))
    with mpmath.workdps(30):
        assert lmg_mp.sector_eigenpair(d, e, 0, 30)[0] < 0  # in the domain: still works


# ---- numerics.tdgl, fokker_planck, sse, lindblad --------------------------------------------

DRIFT = tdgl.landau_drift(1.0, 1.0, 2.0)


@given(bad=not_positive)
@example(bad=0.0)
@example(bad=-1e-3)
def test_stochastic_integrators_need_positive_steps(bad):
    _raises(r"dt must be", tdgl.euler_maruyama, DRIFT, 0.0, 0.1, bad, 10, 4, 1)
    _raises(r"dt must be", tdgl.first_passage_times, DRIFT, 0.0, 1.0, 0.1, bad, 1.0, 4, 1)
    _raises(r"t_max must be", tdgl.time_to_reach, DRIFT, 0.1, 0.5, bad)
    _raises(r"rtol must be", tdgl.integrate_deterministic, DRIFT, 0.1, [0.0, 1.0], rtol=bad)
    _raises(r"rtol must be", tdgl.end_state, DRIFT, 0.1, 1.0, rtol=bad)
    _raises(r"D must be|lam must be", tdgl.landau_drift, bad, 1.0, 2.0)


@given(n=st.one_of(st.integers(max_value=0), st.just(True), st.just(10.0)))
def test_counts_are_integers(n):
    _raises(r"n_steps must be an integer", tdgl.euler_maruyama, DRIFT, 0.0, 0.1, 1e-3, n, 4, 1)
    _raises(r"n_paths must be an integer", tdgl.first_passage_times, DRIFT, 0.0, 1.0, 0.1, 1e-3,
            1.0, n, 1)
    _raises(r"n must be an integer ≥ 2", fokker_planck.FokkerPlanck1D.build, lambda x: x**2,
            -1.0, 1.0, n)


def test_noise_and_seeds():
    _raises(r"noise must be a finite number ≥ 0", tdgl.euler_maruyama, DRIFT, 0.0, -0.1, 1e-3, 10, 4, 1)
    _raises(r"seed must be an integer ≥ 0", tdgl.euler_maruyama, DRIFT, 0.0, 0.1, 1e-3, 10, 4, -1)
    _raises(r"psi0 must be an array of finite", tdgl.euler_maruyama, DRIFT, NAN, 0.1, 1e-3, 10, 4, 1)


@given(bad=not_finite)
def test_fokker_planck_needs_a_finite_interval_and_times(bad):
    V = lambda x: x**2  # noqa: E731
    _raises(r"a must be|b must be", fokker_planck.FokkerPlanck1D.build, V, bad, 1.0, 50)
    fp = fokker_planck.FokkerPlanck1D.build(V, -2.0, 2.0, 50)
    W0 = fp.gaussian(0.0, 0.3)
    _raises(r"t must be a finite number ≥ 0", fp.evolve, W0, bad)
    _raises(r"t must be a finite number ≥ 0", fp.evolve_krylov, W0, -1.0)
    _raises(r"width must be a finite number > 0", fp.gaussian, 0.0, 0.0)
    _raises(r"k must be an integer in \[1, 50\]", fp.relaxation_rates, 51)
    _raises(r"a < b", fokker_planck.FokkerPlanck1D.build, V, 1.0, 1.0, 50)


def test_sse_and_lindblad_inputs():
    H = np.diag([0.0, 1.0])
    psi0 = np.array([1.0, 0.0], dtype=complex)
    _raises(r"dt must be", sse.simulate, H, [], psi0, 1.0, 0.0, 4, 1)
    _raises(r"n_traj must be an integer ≥ 2", sse.simulate, H, [], psi0, 1.0, 0.1, 1, 1)
    _raises(r"H must be a square matrix", sse.simulate, np.ones((2, 3)), [], psi0, 1.0, 0.1, 4, 1)
    _raises(r"H must be an array of finite", sse.liouvillian, np.array([[NAN, 0], [0, 1.0]]), [])
    _raises(r"min\(chi\) must be a finite number ≥ 0", sse.oqt_transitions, np.array([0.5, -0.1]), 1.0)
    _raises(r"rate must be a finite number ≥ 0", sse.oqt_transitions, np.array([0.5, 0.5]), -1.0)
    A = np.diag([1.0, -1.0])
    _raises(r"gamma must be a finite number ≥ 0", lindblad.dephasing_superoperator, H, A, -0.1)
    _raises(r"gamma must be", lindblad.propagate_by_expm, H, A, NAN)
    _raises(r"rtol must be", lindblad.threshold_brentq, lambda g: g, 0.0, 2.0, rtol=0.0)
    _raises(r"lo < hi", lindblad.threshold_bisection, lambda g: g, 2.0, 0.5)
    _raises(r"lo must be a finite number ≥ 0", lindblad.threshold_bisection, lambda g: g, -2.0, -0.5)
    _raises(r"maxiter must be", lindblad.threshold_illinois, lambda g: g, 0.0, 2.0, maxiter=0)
    _raises(r"t must be a finite number ≥ 0", lindblad.unitary_chebyshev, np.zeros(2), np.ones(1),
            psi0, INF, -1.0, 1.0)
    _raises(r"e_min < e_max", lindblad.unitary_chebyshev, np.zeros(2), np.ones(1), psi0, 1.0, 1.0, 1.0)
    prop = lindblad.propagate_by_expm(H, A, 0.1)
    _raises(r"tau must be a finite number ≥ 0", lindblad.k3_stationary, prop, A, np.eye(2) / 2, -1.0)
    _raises(r"t must be a finite number ≥ 0", lindblad.correlator, prop, A, np.eye(2) / 2, NAN)
    assert abs(lindblad.correlator(prop, A, np.eye(2) / 2, 0.0) - 1.0) < 1e-12  # in the domain


# ---- derive.ito, derive.equivalence ------------------------------------------------------

@given(n=st.one_of(st.integers(max_value=-1), st.just(True), st.just(1.5), st.just("2")))
def test_sde_channel_counts(n):
    _raises(r"n_channels must be an integer ≥ 0", ito.oqt_sse, n)
    _raises(r"n_collapse must be an integer ≥ 0", ito.sui_sse, n, 1)


def test_symbolic_inputs():
    _raises(r"name must be a string of letters", ito.thermalization_channel, "a b")
    _raises(r"name must be a string of letters", ito.collapse_channel, "x,y")
    _raises(r"alg must be a OperatorAlgebra", ito.dagger, ito.oqt_sse(1).drift, None)
    _raises(r"sde must be a SSE", ito.norm_increment, "dψ")
    _raises(r"with_hamiltonian must be a bool", ito.oqt_sse, 1, "yes")


@given(bad=not_positive)
@example(bad=0.0)
def test_equivalence_needs_positive_tolerance(bad):
    _raises(r"rtol must be a finite number > 0", equivalence.equivalent, "x", "x + 0", rtol=bad)


def test_equivalence_domains_and_counts():
    _raises(r"domain\[x\] lo must be a finite", equivalence.equivalent, "sin(x)", "cos(x)",
            {"x": (NAN, 1.0)}, exact=False)
    _raises(r"domain\[x\] must be an interval with lo ≤ hi", equivalence.sample_points,
            [equivalence.sp.Symbol("x")], {"x": (2.0, 1.0)})
    _raises(r"n must be an integer ≥ 1", equivalence.equivalent, "x", "x", n=0)
    _raises(r"dps must be an integer ≥ 1", equivalence.evaluate, equivalence.sp.Integer(1), {}, 0)
    assert equivalence.equivalent("sin(x)**2 + cos(x)**2", "1").equal


# ---- the guards themselves -----------------------------------------------------------------

@given(v=st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(-10**6, 10**6)))
def test_real_accepts_every_finite_real(v):
    _domain.real("t", v=v)
    _domain.real("t", v=np.float64(v) if isinstance(v, float) else np.int64(v))
    _domain.real("t", v=mpmath.mpf(v))


def test_real_accepts_exotic_finite_reals_and_rejects_the_rest():
    for v in (Fraction(1, 3), mpmath.mpf("1e400"), mpmath.mpf("-1e-400")):
        _domain.real("t", v=v)
    _domain.positive("t", v=mpmath.mpf("1e-400"))
    for v in (True, np.bool_(False), 1j, "1", None, [1.0], mpmath.mpf("inf"), NAN):
        _raises(r"v must be a finite real number", _domain.real, "t", v=v)
