"""Derivations: exact (SymPy, rational arithmetic), one function per quantity.

A route is a module-level function of the paper's inputs (its parameters are named
like the INPUTS, or bound with Route(..., param="input")) returning a plain value.
Never import claims here; never write a number the manuscript prints."""

import sympy as sp


def _exact(x):
    return sp.nsimplify(x, rational=True)


def l13_1_99937(w0, gamma):
    """note:l13-1.99937: the root ω = ωd + iγ/2 of ω² ... of x = exp(iωt): ωd = (ω0² − γ²/4)^(1/2)."""
    w, g = _exact(w0), _exact(gamma)
    return sp.sqrt(w**2 - g**2 / 4)


def l15_0_10006(w0, gamma):
    """note:l15-0.10006: the FWHM of R(ω) = 1/((ω0² − ω²)² + γ²ω²).  R peaks at ω² = ω0² − γ²/2 with
    R = 1/(γ²(ω0² − γ²/4)); the half-maximum points are the positive roots of
    (ω0² − ω²)² + γ²ω² = 2γ²(ω0² − γ²/4), a quadratic in ω² (solved exactly)."""
    w, g, om = _exact(w0), _exact(gamma), sp.symbols("omega", positive=True)
    roots = sp.solve((w**2 - om**2) ** 2 + g**2 * om**2 - 2 * g**2 * (w**2 - g**2 / 4), om)
    return max(roots) - min(roots)


def l20_0_730(w0, gamma):
    """note:l20-0.730: x(t) = A e^(−γt/2) cos(ωd t + φ): over T = 2π/ωd the amplitude falls by e^(−γT/2)."""
    w, g = _exact(w0), _exact(gamma)
    T = 2 * sp.pi / sp.sqrt(w**2 - g**2 / 4)
    return sp.exp(-g * T / 2)
