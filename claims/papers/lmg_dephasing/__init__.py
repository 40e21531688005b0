"""Claims of the basis-dependent decoherence paper (``lmg_dephasing``, manuscript
003_391ba59f5db62018.txt), on the earned-verdicts framework (docs/framework.md).

The extraction lost almost all inline mathematics; the definitions used are those recovered
in the manuscripts' INDEX.md.  Where a printed value is lost the mention has ``stated=""`` and
the report shows what the tool computes.  This module imports no engine: routes, predicates
and figures are named by "module:function".
"""

from claims.core.api import Paper

from . import (
    appendices,
    s1_abstract_intro,
    s2_bases,
    s3_rates,
    s4_s5_finite_n,
    s5_table3,
    s6_parity,
    s7_s8_implications,
)
from .inputs import INPUTS

PAPER = Paper(
    key="lmg_dephasing",
    title="Which coherence decoheres? Basis-dependent decoherence rates in symmetry-broken "
          "collective spin systems",
    manuscript="003_391ba59f5db62018.txt",
    earned=True,
    inputs=INPUTS,
)

CLAIMS = [*s1_abstract_intro.CLAIMS, *s2_bases.CLAIMS, *s3_rates.CLAIMS, *s4_s5_finite_n.CLAIMS,
          *s5_table3.CLAIMS, *s6_parity.CLAIMS, *s7_s8_implications.CLAIMS, *appendices.CLAIMS]

QUANTITIES = list({c.quantity.id: c.quantity for c in CLAIMS if c.quantity is not None}.values())
