"""§5.1, Table 3: one mention per printed cell (rows at other N are the quantity at that N).

The table is declared once (:data:`TABLE3`, columns as listed in the manuscripts' INDEX) and
each cell mention is ``Cell(TABLE3, row, column)``: a revision re-reads it by its position in
the row, so one edited cell changes exactly one mention.  The rows N = 1000 and 2000 print
only G_MF, G_eig and R.
"""

from claims.core.api import Claim, NotCheckable, not_checkable
from claims.core.table import Cell, Table

from . import quantities as Q
from ._mention import lost, mention

_COLUMNS = (  # quantity, label, meaning, column name
    (Q.DE_KBT, "de-kbt", "ΔE/k_BT with ΔE = (E1 − E0)·J", "ΔE/k_BT"),
    (Q.G_MF, "g-mf", "G_MF = N² m*²/2", "G_MF"),
    (Q.G_EIG, "g-eig", "G_eig = ½(⟨E0|J_z²|E0⟩ + ⟨E1|J_z²|E1⟩)", "G_eig"),
    (Q.RATIO, "r", "R = G_MF/G_eig", "R"),
    (Q.GAP, "gap-ratio", "(E2 − E0)/(E1 − E0)", "gap ratio"),
    (Q.SECULAR, "secular-ratio", "2ΔE/(γ G_eig) at γ = 0.05 s⁻¹", "secular ratio"),
)

_TABLE3 = (
    (100, ("7.33", "488", "254", "1.917", "3.0", "1510"), "| 100 | 7.33 | 488 | 254 | 1.917 | 3.0 | 1510 |"),
    (200, ("3.63", "1950", "828", "2.354", "4.1", "230"), "| 200 | 3.63 | 1950 | 828 | 2.354 | 4.1 | 230 |"),
    (300, ("1.75", "4388", "1827", "2.402", "6.9", "50"), "| 300 | 1.75 | 4388 | 1827 | 2.402 | 6.9 | 50 |"),
    (370, ("1.00", "6674", "2839", "2.351", "11.4", "18"), "| 370 | 1.00 | 6674 | 2839 | 2.351 | 11.4 | 18 |"),
    (500, ("0.32", "12188", "5425", "2.246", "37.3", "3"), "| 500 | 0.32 | 12188 | 5425 | 2.246 | 37.3 | 3 |"),
    (1000, (None, "48750", "23180", "2.103", None, None), "| 1000 | 48750 | 23180 | 2.103 |"),
    (2000, (None, "195000", "95214", "2.048", None, None), "| 2000 | 195000 | 95214 | 2.048 |"),
)

TABLE3 = Table(
    "lmg_dephasing:table3", caption="Table 3 lists the key values.",
    columns=("N",) + tuple(c[3] for c in _COLUMNS),
    rows=tuple(str(n) for n, _, _ in _TABLE3),
    layout=tuple((str(n), ("N", "G_MF", "G_eig", "R")) for n, printed, _ in _TABLE3
                 if printed[0] is None))


def _cell_quote(row: str, n_cells: int) -> str:
    parts = row.split("|")[1:-1]
    return "|" + "|".join(parts[: n_cells + 1]) + "|"


def _claims():
    out = []
    for n, printed, row in _TABLE3:
        present = [i for i, p in enumerate(printed) if p is not None]
        for i, ((q, label, meaning, column), p) in enumerate(zip(_COLUMNS, printed)):
            if p is None:
                continue
            quote = _cell_quote(row, present.index(i) + 1)
            if len(quote) < 20:
                quote = row
            out.append(mention(f"table3-n{n}-{label}", q, f"§5.1, Table 3, row N = {n}",
                               f"At N = {n}, Γ/J = 0.95: {meaning} = {p}.", p, quote,
                               at=None if n == 370 else {"N": n},
                               cell=Cell(TABLE3, str(n), column)))
    return out


CLAIMS = _claims() + [
    mention("table3-ninf-r", Q.R_LIMIT, "§5.1, Table 3, thermodynamic-limit row",
            "The N = ∞ row of Table 3 gives the analytic thermodynamic-limit value of R (row lost).", "",
            "The row gives the analytic thermodynamic-limit result.",
            lost("the N = ∞ row of Table 3", "R∞ = 2 exactly (full-matrix fit: 2.000001 ± 5e-6)")),
    Claim(id="lmg_dephasing:table3-ninf-de-kbt", location="§5.1, Table 3, thermodynamic-limit row",
          statement="The N = ∞ row of Table 3: ΔE/k_BT (row lost in the extraction).", stated="",
          quote="Table 3 lists the key values. The row",
          judge=NotCheckable("the N = ∞ row is lost in the extraction; ΔE ∝ e^{−N S_inst} → 0, so the "
                             "entry would be 0 (ΔE/k_BT = 0.32 at N = 500, 2.3e-3 at N = 1000)"),
          expect=not_checkable("the N = ∞ row is lost in the extraction (ΔE/k_BT → 0)")),
    Claim(id="lmg_dephasing:table3-ninf-secular", location="§5.1, Table 3, thermodynamic-limit row",
          statement="The N = ∞ row of Table 3: the secular ratio 2ΔE/(γG_eig) (row lost).", stated="",
          quote="gives the analytic thermodynamic-limit result",
          judge=NotCheckable("the N = ∞ row is lost in the extraction; 2ΔE/(γG_eig) → 0 (the secular "
                             "approximation fails), see lmg_dephasing:table2-secular-fails"),
          expect=not_checkable("the N = ∞ row is lost in the extraction (2ΔE/(γG_eig) → 0)")),
]
