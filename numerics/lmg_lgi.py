"""Numerical checks for the LMG Leggett–Garg paper (paper key ``lmg_lgi``).

Independent of :mod:`derive.lmg_lgi`: quadrature of the integral as written,
never the closed form.
"""

from __future__ import annotations

import mpmath


def instanton_action_by_quadrature(gamma_over_j: float | str, m: float | None = None,
                                   dps: int = 30) -> mpmath.mpf:
    """S_inst = ∫_0^{m*} ln(J√(1 − z²)/Γ) dz by Gauss–Legendre/tanh-sinh quadrature.

    ``gamma_over_j`` fixes m* = √(1 − (Γ/J)²); alternatively give ``m`` directly
    (then Γ/J = √(1 − m²)).
    """
    with mpmath.workdps(dps):  # 30 digits: S_inst is small (~1e-3), tabulated to 6 digits
        if m is not None:
            ms = mpmath.mpf(m)
            g = mpmath.sqrt(1 - ms**2)
        else:
            g = mpmath.mpf(gamma_over_j)
            ms = mpmath.sqrt(1 - g**2)
        val = mpmath.quad(lambda zz: mpmath.log(mpmath.sqrt(1 - zz**2) / g), [0, ms])
        return +val
