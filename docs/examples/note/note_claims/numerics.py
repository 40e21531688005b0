"""Numerical checks, independent of derive.py (no shared function computes a result).

A route is a module-level function of the paper's inputs (its parameters are named
like the INPUTS, or bound with Route(..., param="input")) returning a plain value.
Never import claims here; never write a number the manuscript prints."""

import numpy as np
from scipy.integrate import solve_ivp
from scipy.optimize import brentq, minimize_scalar


def _maxima(w0, gamma, periods=3):
    """Times and values of the successive maxima of x(t), x(0) = 1, x'(0) = 0 (ODE integration)."""
    def rhs(t, y):
        return [y[1], -gamma * y[1] - w0**2 * y[0]]

    def turning(t, y):  # x' = 0 going down: a maximum of x
        return y[1]

    turning.direction = -1
    sol = solve_ivp(rhs, (0, periods * 2 * np.pi / w0 * 1.1), [1.0, 0.0], events=turning,
                    rtol=1e-12, atol=1e-14, method="DOP853")
    return sol.t_events[0], sol.y_events[0][:, 0]


def l13_1_99937(w0, gamma):
    """note:l13-1.99937: ωd = 2π / (time between successive maxima of the integrated x(t))."""
    t, _ = _maxima(w0, gamma)
    return 2 * np.pi / float(np.mean(np.diff(t)))


def l15_0_10006(w0, gamma):
    """note:l15-0.10006: the FWHM of the energy response, the half-maximum points by root finding."""
    def response(om):
        return 1.0 / ((w0**2 - om**2) ** 2 + gamma**2 * om**2)

    peak = minimize_scalar(lambda om: -response(om), bounds=(0.5 * w0, 1.5 * w0), method="bounded",
                           options={"xatol": 1e-12})
    half = response(peak.x) / 2
    lo = brentq(lambda om: response(om) - half, 1e-9, peak.x, xtol=1e-14)
    hi = brentq(lambda om: response(om) - half, peak.x, 10 * w0, xtol=1e-14)
    return hi - lo


def l20_0_730(w0, gamma):
    """note:l20-0.730: ratio of two successive maxima of the integrated x(t)."""
    _, x = _maxima(w0, gamma)
    return float(x[1] / x[0])
