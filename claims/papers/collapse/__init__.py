"""Claims of the collapse paper (``collapse``, manuscript 000_f66692cf8e80fd4d.txt).

The paper's parameters are declared once in :mod:`.inputs`.  Sections on the earned-verdicts
framework (quantities with routes of declared inputs, mentions, properties decided by the judge):
:mod:`.s6_born` (Eqs. (54)–(55), (79)), :mod:`.s8_readout` (§8.5, Table A), :mod:`.appendix_b`.
The remaining claims are still in the first version's style (:mod:`.legacy`), so the paper is not
yet ``earned``.
"""

from claims.core.api import Paper

from . import (
    appendix_b,
    closed_forms,
    s3_s5_structure,
    s4_appc_formal,
    s4_s8_numbers,
    s4_s10_definitions,
    s5_appc_more,
    s5_s8_predictions,
    s6_born,
    s6_dynamics,
    s8_readout,
    s_identities,
)
from .inputs import INPUTS
from .legacy import CLAIMS as _LEGACY

PAPER = Paper(
    key="collapse",
    title="Wavefunction collapse as a physical phase transition of the coupled system–apparatus field",
    manuscript="000_f66692cf8e80fd4d.txt",
    earned=False,
    inputs=INPUTS,
)

_CLOSED_Q, _CLOSED = closed_forms.build(_LEGACY)

_ON_FRAMEWORK = [
    *_CLOSED,
    *s3_s5_structure.build(_LEGACY),
    *s5_appc_more.build(_LEGACY),
    *s_identities.build(_LEGACY),
    *s4_s8_numbers.CLAIMS,
    *s4_s10_definitions.CLAIMS,
    *s4_appc_formal.CLAIMS,
    *s5_s8_predictions.CLAIMS,
    *s6_dynamics.CLAIMS,
    *s6_born.CLAIMS,
    *s8_readout.CLAIMS,
    *appendix_b.CLAIMS,
]

#: first-version claims that compared a declared input with itself (or only restated one): inputs
#: are not claims, they are declared in INPUTS
_INPUTS_NOT_CLAIMS = frozenset(
    {
        "collapse:transmon-inputs-restated",
        "collapse:transmon-inputs-table",
        "collapse:kappa-restated",
        "collapse:qed-natoms-restated",
        "collapse:transmon-inputs",
        "collapse:table-a-inputs",
        "collapse:qed-inputs",
        "collapse:om-inputs",
        "collapse:om-inputs-mass",
        "collapse:operating-photon-numbers",
        "collapse:objection6-kappa-chi",
    }
)

_MOVED = frozenset(c.id for c in _ON_FRAMEWORK)

QUANTITIES = (
    *_CLOSED_Q,
    *s3_s5_structure.QUANTITIES,
    *s5_appc_more.QUANTITIES,
    *s_identities.QUANTITIES,
    *s4_s8_numbers.QUANTITIES,
    *s4_s10_definitions.QUANTITIES,
    *s4_appc_formal.QUANTITIES,
    *s5_s8_predictions.QUANTITIES,
    *s6_dynamics.QUANTITIES,
    *s8_readout.QUANTITIES,
    *s6_born.QUANTITIES,
    *appendix_b.QUANTITIES,
)

CLAIMS = [c for c in _LEGACY if c.id not in _MOVED and c.id not in _INPUTS_NOT_CLAIMS] + _ON_FRAMEWORK
