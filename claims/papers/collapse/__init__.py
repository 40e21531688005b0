"""Claims of the collapse paper (``collapse``, manuscript 000_f66692cf8e80fd4d.txt).

Every claim is on the earned-verdicts framework: the paper's parameters are declared once in
:mod:`.inputs`; each computed thing is one quantity (routes in :mod:`derive.collapse` and
:mod:`numerics.collapse`, functions of declared inputs), and each place the paper states it is a
mention.  Properties are predicates (:mod:`.predicates`) decided by the judge on the instances and
proofs the routes return.  Sections: :mod:`.closed_forms`, :mod:`.s3_s5_structure`,
:mod:`.s4_s8_numbers`, :mod:`.s4_s10_definitions`, :mod:`.s4_appc_formal`, :mod:`.s5_appc_more`,
:mod:`.s5_s8_predictions`, :mod:`.s6_dynamics`, :mod:`.s6_born`, :mod:`.s8_readout`,
:mod:`.appendix_b`, :mod:`.s_identities`; the text of carried-over and not-checkable claims is in
:mod:`.records`.  No engine is imported here.
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
from .records import NOT_CHECKABLE, TEXT

PAPER = Paper(
    key="collapse",
    title="Wavefunction collapse as a physical phase transition of the coupled system–apparatus field",
    manuscript="000_f66692cf8e80fd4d.txt",
    earned=True,
    inputs=INPUTS,
)

_CLOSED_Q, _CLOSED = closed_forms.build(TEXT)

_ON_FRAMEWORK = [
    *_CLOSED,
    *s3_s5_structure.build(TEXT),
    *s5_appc_more.build(TEXT),
    *s_identities.build(TEXT),
    *s4_s8_numbers.CLAIMS,
    *s4_s10_definitions.CLAIMS,
    *s4_appc_formal.CLAIMS,
    *s5_s8_predictions.CLAIMS,
    *s6_dynamics.CLAIMS,
    *s6_born.CLAIMS,
    *s8_readout.CLAIMS,
    *appendix_b.CLAIMS,
]

#: Inputs are not claims: the first version's claims that compared a declared input with itself or only
#: restated one (transmon-inputs[-restated, -table], kappa-restated, table-a-inputs, qed-inputs,
#: qed-natoms-restated, om-inputs[-mass], operating-photon-numbers, objection6-kappa-chi,
#: table-a-uncertainty-source) are gone; the
#: parameters are declared in INPUTS.

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

CLAIMS = [*_ON_FRAMEWORK, *NOT_CHECKABLE]
