"""Claims of the thermalization paper (``oqt``, manuscript 001_72cbdd6588fdbaef.txt).

Every statement of this paper is structural (general in the spectrum, the state and the
couplings), so almost every quantity is a Property: the derivation returns a SymPy proof or exact
instances, the numerical route a seeded or exhaustive search, and the judge re-evaluates the
paper's statement and every stated assumption (window rule, Eq. (4), FDR) on each instance with
:mod:`claims.papers.oqt.predicates`.  No engine is imported here.
"""

from __future__ import annotations

from claims.core.api import Paper

from . import s1_eq1, s2_constraints, s3_eq56, s4_signalling, s5_sui, s6_abstract
from .inputs import INPUTS

PAPER = Paper(
    key="oqt",
    title="On a modified quantum theory with objective quantum thermalization and "
    "spontaneous universal irreversibility",
    manuscript="001_72cbdd6588fdbaef.txt",
    arxiv="2504.16197",
    earned=True,
)

_SECTIONS = (s1_eq1, s2_constraints, s3_eq56, s4_signalling, s5_sui, s6_abstract)
QUANTITIES = [q for s in _SECTIONS for q in s.QUANTITIES]
CLAIMS = [c for s in _SECTIONS for c in s.CLAIMS]

__all__ = ["PAPER", "INPUTS", "QUANTITIES", "CLAIMS"]
