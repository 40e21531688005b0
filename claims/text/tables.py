"""Tables by structure: a table declared once, a cell mention re-read by its position.

A table of a manuscript is declared once (:class:`Table`: a quote of its caption or header,
its column names left to right, its row labels as printed in the first column).  A mention of
one of its cells is a :class:`Cell` ``(table, row, column)``; a claim carries it as
``cell=Cell(...)`` and its ``stated`` is the cell as printed.  On a revision the cell is
re-read by position — the row whose first entry is the row label, the entry in the column's
place — never by searching the cell's text, so a value repeated in a row, or an edited
neighbouring cell, changes exactly the mention that was edited.

A row is split into entries by ``|`` (Markdown tables) or else into printed values (a PDF
extraction separates cells by spaces; ``∼ 360± 50`` is one entry); a row has exactly one entry
per column.  Where the structure is gone (lines reflowed, a row deleted) the mention is bound
by its quote, as any other claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.text.manuscript import Manuscript, normalise

SPAN = 8000  # characters after the caption within which the table's rows stand


class TableError(ValueError):
    """The table or the cell cannot be found (one line)."""


@dataclass(frozen=True)
class Table:
    id: str
    caption: str  # a verbatim quote of the caption or header, unique in the manuscript
    columns: tuple[str, ...]  # column names, left to right, the row-label column first
    rows: tuple[str, ...]  # row labels as printed in the first column

    def __post_init__(self) -> None:
        if not self.caption.strip() or len(self.columns) < 2 or not self.rows:
            raise ValueError(f"table {self.id}: needs a caption quote, columns and rows")
        if len(set(self.rows)) != len(self.rows) or len(set(self.columns)) != len(self.columns):
            raise ValueError(f"table {self.id}: row labels and column names must be unique")


@dataclass(frozen=True)
class Cell:
    table: Table
    row: str
    column: str

    def __post_init__(self) -> None:
        if self.row not in self.table.rows or self.column not in self.table.columns[1:]:
            raise ValueError(f"table {self.table.id} has no cell ({self.row!r}, {self.column!r})")


def entries(line: str) -> list[str]:
    """The entries of one table row (normalised text)."""
    if "|" in line:
        return [e.strip() for e in line.strip().strip("|").split("|")]
    from claims.text.binding import value_token_at

    out, i = [], 0
    first = re.match(r"\s*(\S+)", line)
    if first:
        out.append(first.group(1))
        i = first.end()
    while i < len(line):
        if line[i] == " ":
            i += 1
            continue
        tok = value_token_at(line, i) if (line[i].isdigit() or line[i] in "∼~≈≲≳<>±+-") else None
        if tok is not None and tok[0] >= i:
            out.append(line[tok[0]:tok[1]].strip())
            i = tok[1]
            continue
        m = re.match(r"\S+", line[i:])
        out.append(m.group(0))
        i += m.end()
    return out


def _rows(ms: Manuscript, table: Table) -> dict[str, tuple[int, list[str]]]:
    cap = normalise(table.caption)
    hits = [m.start() for m in re.finditer(re.escape(cap), ms.norm)]
    if len(hits) != 1:
        raise TableError(f"table {table.id}: caption quote found {len(hits)} times")
    start_line = ms.line_of(hits[0])
    found: dict[str, tuple[int, list[str]]] = {}
    end = ms.line_of(min(len(ms.norm) - 1, hits[0] + SPAN))
    for ln in range(start_line, end + 1):
        line = normalise(ms.line_text(ln))
        if not line:
            continue
        row = entries(line)
        label = row[0] if row else ""
        # a row has exactly one entry per column: a reflowed paragraph that happens to start
        # with a row label is not a row
        if label in table.rows and label not in found and len(row) == len(table.columns):
            found[label] = (ln, row)
    return found


def read_cell(ms: Manuscript, cell: Cell) -> tuple[str, int]:
    """The cell as printed in ``ms`` and its line.

    Raises
    ------
    TableError
        The caption, the row or the column's entry is not found.
    """
    rows = _rows(ms, cell.table)
    if cell.row not in rows:
        raise TableError(f"table {cell.table.id}: row {cell.row!r} not found")
    ln, row = rows[cell.row]
    k = cell.table.columns.index(cell.column)
    if k >= len(row):
        raise TableError(f"table {cell.table.id}: row {cell.row!r} has {len(row)} entries, "
                         f"no column {cell.column!r}")
    return row[k], ln


def bind_cell(claim, ms: Manuscript, reference: Manuscript | None = None):
    """The binding of a cell mention (see the module docstring)."""
    from claims.text.binding import Binding, compact, restore_form

    cell = claim.cell
    stated = claim.stated or ""
    if reference is not None:
        try:
            ref_text, _ = read_cell(reference, cell)
        except TableError as e:
            return Binding(claim.id, "unverified", stated, stated, note=f"{e} in the registered "
                           "manuscript; fix the table declaration")
        if compact(ref_text) != compact(stated):
            return Binding(claim.id, "unverified", stated, stated,
                           note=f"cell ({cell.row}, {cell.column}) of table {cell.table.id} reads "
                                f"{ref_text!r} in the registered manuscript, not {stated!r}")
    try:
        text, line = read_cell(ms, cell)
    except TableError as e:
        # the table's structure is gone (reflowed lines, a deleted row): bind by the quote
        import dataclasses
        import types

        from claims.text.binding import bind

        if not (getattr(claim, "quote", "") or "").strip():
            return Binding(claim.id, "stale", "", stated, note=str(e))
        proxy = (dataclasses.replace(claim, cell=None) if dataclasses.is_dataclass(claim)
                 else types.SimpleNamespace(**{**vars(claim), "cell": None}))
        b = bind(proxy, ms, reference)
        return dataclasses.replace(b, note=f"{e}; bound by its quote" + (f" ({b.note})" if b.note else ""))
    span = _line_span(ms, line)  # the row, as the span a quote would give
    if compact(text) == compact(stated):
        return Binding(claim.id, "unchanged", stated, stated, line, span=span)
    return Binding(claim.id, "changed", restore_form(stated, text), stated, line, span=span,
                   note=f"cell ({cell.row}, {cell.column}) of table {cell.table.id} re-read by position")


def _line_span(ms: Manuscript, line: int) -> tuple[int, int] | None:
    """Normalised span [a, b) of display line ``line`` (1-based), or None."""
    import bisect

    starts = ms._line_starts
    if not ms.norm_to_text or not 1 <= line <= len(starts):
        return None
    lo = starts[line - 1]
    hi = starts[line] if line < len(starts) else len(ms.text)
    a, b = bisect.bisect_left(ms.norm_to_text, lo), bisect.bisect_left(ms.norm_to_text, hi)
    return (a, b) if a < b else None
