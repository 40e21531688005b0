"""Declared inputs of the oqt paper: the only parameters it fixes are its units.

The paper is structural (no numerical benchmark); every statement is general in the spectrum,
the state and the couplings, so the routes take instances, not manuscript numbers.
"""

from __future__ import annotations

from claims.core.api import Input, Inputs

INPUTS = Inputs(
    Input("hbar", 1, quote="given by ($\\hbar = 1$) :", units="ħ (units)", kind="discrete",
          choices=(1,)),
    Input("rate", 1, quote="(with $\\alpha \\mathcal{N}/\\hbar = 1$)", units="α𝒩/ħ (time unit)",
          kind="discrete", choices=(1,)),
)
