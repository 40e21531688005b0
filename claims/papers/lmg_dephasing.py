"""Claims of the basis-dependent decoherence paper (``lmg_dephasing``, manuscript 003_391ba59f5db62018.txt)."""

from __future__ import annotations

from ..model import Paper

PAPER = Paper(
    key="lmg_dephasing",
    title="Which coherence decoheres? Basis-dependent decoherence rates in symmetry-broken "
          "collective spin systems",
    manuscript="003_391ba59f5db62018.txt",
)

CLAIMS: list = []
