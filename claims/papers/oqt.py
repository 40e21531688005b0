"""Claims of the thermalization paper (``oqt``, manuscript 001_72cbdd6588fdbaef.txt)."""

from __future__ import annotations

from ..model import Paper

PAPER = Paper(
    key="oqt",
    title="On a modified quantum theory with objective quantum thermalization and "
          "spontaneous universal irreversibility",
    manuscript="001_72cbdd6588fdbaef.txt",
    arxiv="2504.16197",
)

CLAIMS: list = []
