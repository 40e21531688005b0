"""Claims of ``lmg_lgi`` about open-system dynamics (§7–9: K3, thresholds, leakage, Fig. 1).

Kept apart from :mod:`claims.papers.lmg_lgi` only because the table is long;
``lmg_lgi.CLAIMS`` includes these.
"""

from __future__ import annotations

CLAIMS: list = []
