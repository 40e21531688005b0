"""Claims of the collapse paper (``collapse``, manuscript 000_f66692cf8e80fd4d.txt)."""

from __future__ import annotations

from ..model import Paper

PAPER = Paper(
    key="collapse",
    title="Wavefunction collapse as a physical phase transition of the coupled "
          "system–apparatus field",
    manuscript="000_f66692cf8e80fd4d.txt",
)

CLAIMS: list = []
