"""Claims of the LMG Leggett–Garg paper (``lmg_lgi``, manuscript 002_9e6c3c1b1fdb9ba8.txt).

Claims are grouped by manuscript section, one module each (listed in ``SECTIONS``).  A section
module defines ``CLAIMS`` and may define ``QUANTITIES`` (its own; shared ones live in
:mod:`.quantities`) and ``DELETED`` (old claim ids that were not claims, with the reason).
Every claim is a mention of a quantity on the earned-verdicts framework (``earned=True``).

Units: ħ = k_B = 1; energies and rates in rad/s (= s⁻¹).
"""

from __future__ import annotations

import importlib

from claims.core.api import Paper

from .inputs import INPUTS
from .quantities import QUANTITIES as _SHARED_QUANTITIES

__all__ = ["CLAIMS", "DELETED", "EARNED_CLAIMS", "INPUTS", "PAPER", "QUANTITIES", "SECTIONS"]

#: section modules, in manuscript order within each block
SECTIONS = (
    "abstract",
    # --- §1–§4, §6, App. H (model, N = 2, mean field, open dynamics) ---
    "s1",
    "s2_model",
    "s3_n2",
    "s4_mean_field",
    "s6",
    "appendix_h",
    # --- §5, Table 1, Fig. 3, App. G (instanton, fitted C0) ---
    "s5_instanton",
    "table1",
    "appendix_g",
    # --- §7 Table 3, §7.1, §7.2 (predictions P1–P5) ---
    "s7_kz",
    "s7_1",
    "s7_2_landau_zener",
    "s7_table3",
    # --- §7.3, §7.4, Remarks 10–14, Figs. 1 and 4 (K3) ---
    "s7_3",
    "s7_3_remark10",
    "s7_4",
    "s7_4_remarks",
    # --- §9, §10, Fig. 6 ---
    "s9_1",
    "s9_2_s9_5",
    "s10",
    "fig6",
    # --- App. A–F ---
    "appendix_a_b",
    "appendix_c",
    "appendix_d",
    "appendix_e_f",
)

_MODULES = [importlib.import_module(f"{__name__}.{name}") for name in SECTIONS]

PAPER = Paper(
    key="lmg_lgi",
    title="Classically forbidden signatures of quantum coherence in the mesoscopic "
          "Lipkin–Meshkov–Glick model",
    manuscript="002_9e6c3c1b1fdb9ba8.txt",
    arxiv="2604.18638",
    earned=True,
    inputs=INPUTS,
)

EARNED_CLAIMS = [c for m in _MODULES for c in m.CLAIMS]
QUANTITIES = [*_SHARED_QUANTITIES, *(q for m in _MODULES for q in getattr(m, "QUANTITIES", ()))]

#: old claims that were not claims: an input compared with itself or restated
DELETED = {
    "lmg_lgi:appf-j-input": "J = 37,195 rad/s is the input J, compared with itself",
    "lmg_lgi:s1-abstract-gamma-target": "γϕ = 0.05 s⁻¹ is the declared input gamma_phi",
    "lmg_lgi:r10-t1-0.5": "1/(2T1) ≲ 0.5 s⁻¹ restates the input T1 ∼ 1 s as a rate",
}
for _m in _MODULES:
    DELETED.update(getattr(_m, "DELETED", {}))


CLAIMS = EARNED_CLAIMS
