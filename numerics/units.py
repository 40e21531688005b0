"""Unit-aware parameter handling: one shared pint registry.

Manuscripts print frequencies as ``χ/2π = 1.4 MHz`` (a cyclic frequency) and
use them in formulas as angular rates (rad/s).  Every conversion in the
collapse audit goes through this module so that the reading used (cyclic or
angular, ns or µs) is explicit.

Notes
-----
pint treats the radian as dimensionless; an angular rate ``2π f`` is returned
in ``rad/s`` and a cyclic frequency in ``Hz``.  Helpers return plain floats
in SI base units so that derivations and numerics never carry Quantity
objects further than they must.

References
----------
pint documentation, "Defining units" and "Contexts"; collapse manuscript
§8.5 (platform parameters).
"""

from __future__ import annotations

import math
from functools import cache

import pint


@cache
def registry() -> pint.UnitRegistry:
    """The one shared unit registry (created once per process)."""
    return pint.UnitRegistry()


def quantity(value: float, unit: str) -> pint.Quantity:
    """A pint Quantity in the shared registry."""
    return registry().Quantity(value, unit)


def angular_rate(value_over_2pi: float, unit: str) -> float:
    """Angular rate in rad/s from a printed cyclic value ``x/2π = value unit``.

    Parameters
    ----------
    value_over_2pi
        The printed number of ``χ/2π = 1.4 MHz``.
    unit
        Its printed unit (``"MHz"``, ``"kHz"``, ``"Hz"``).
    """
    f = quantity(value_over_2pi, unit).to("Hz").magnitude
    return 2 * math.pi * f


def rate_read_as_angular(value: float, unit: str) -> float:
    """The alternative reading: the printed number taken as an angular rate
    (``κ = 6.4 MHz`` meaning 6.4e6 rad/s, no factor 2π)."""
    return quantity(value, unit).to("Hz").magnitude


def to_unit(value_si: float, si_unit: str, unit: str) -> float:
    """Convert a plain SI number to ``unit`` (e.g. seconds to ns)."""
    return quantity(value_si, si_unit).to(unit).magnitude


def dimensionality(expr_units: str) -> str:
    """Dimensionality of a unit expression as text, e.g. ``'[mass] * [length] ** 2 / [time] ** 2'``."""
    return str(quantity(1.0, expr_units).dimensionality)


def is_dimensionless(expr_units: str) -> bool:
    """True when the unit expression reduces to a pure number."""
    return quantity(1.0, expr_units).dimensionless


def thermal_frequency(temperature: float, unit: str = "mK") -> float:
    """k_B T / h in Hz: the cyclic frequency at which ħω = k_B T."""
    q = quantity(temperature, unit) * registry().boltzmann_constant / registry().planck_constant
    return q.to("Hz").magnitude


def atoms_in_mass(mass: float, unit: str, molar_mass_g_per_mol: float) -> float:
    """Number of atoms in ``mass`` of a material of mean atomic molar mass (g/mol)."""
    ureg = registry()
    n = quantity(mass, unit) / (quantity(molar_mass_g_per_mol, "g/mol")) * ureg.avogadro_constant
    return n.to("dimensionless").magnitude
