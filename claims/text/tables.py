"""Tables by structure: a table declared once, a cell mention re-read by its position.

A table of a manuscript is declared once (:class:`claims.core.table.Table`: a quote of its
caption or header, its column names left to right, its row labels as printed in the first
column, and for a row printing only some columns, which).  A mention of one of its cells is a
:class:`claims.core.table.Cell` ``(table, row, column)``; a claim carries it as
``cell=Cell(...)`` and its ``stated`` is the cell as printed.  On a revision the cell is
re-read by position — the row whose first entry is the row label, the entry in the column's
place — never by searching the cell's text, so a value repeated in a row, or an edited
neighbouring cell, changes exactly the mention that was edited.

A row is split into entries by ``|`` (a table of a text extraction or of Markdown source) or
``&`` (a LaTeX ``tabular`` row), or else into printed values (a PDF extraction, or Markdown
display text, separates cells by spaces; ``∼ 360± 50`` is one entry).

This module reads the structure (:func:`locate_cell`, :func:`read_cell`); the binding of a cell
mention is :func:`claims.text.binding.bind_cell`.
"""

from __future__ import annotations

import bisect
import re

from claims.core.table import Cell, Table
from claims.text.manuscript import Manuscript, normalise
from claims.text.values import value_token_at

__all__ = ["SPAN", "Cell", "Table", "TableError", "entries", "locate_cell", "read_cell"]

SPAN = 8000  # characters after the caption within which the table's rows stand


class TableError(ValueError):
    """The table or the cell cannot be found (one line)."""


def _spans(line: str) -> list[tuple[int, int]]:
    """Spans of the entries of one table row (normalised text)."""
    core = re.sub(r"(?:\s*\\\\?\s*(?:\\?hline)?\s*)$", "", line)  # a LaTeX row's end
    for sep in ("|", "&"):
        if sep in core:
            out, i = [], 0
            for part in core.split(sep):
                a = i + len(part) - len(part.lstrip())
                b = i + len(part.rstrip())
                out.append((a, max(a, b)))
                i += len(part) + 1
            if sep == "|":  # the pipes at a row's ends enclose no entry
                if out and out[0][0] == out[0][1] and core.lstrip().startswith("|"):
                    out = out[1:]
                while out and out[-1][0] == out[-1][1]:
                    out = out[:-1]
            return out
    out, i = [], 0
    first = re.match(r"\s*(\S+)", line)
    if first:
        out.append((first.start(1), first.end(1)))
        i = first.end()
    while i < len(line):
        if line[i] == " ":
            i += 1
            continue
        tok = value_token_at(line, i) if (line[i].isdigit() or line[i] in "∼~≈≲≳<>±+-") else None
        if tok is not None and tok[0] >= i:
            out.append(tok)
            i = tok[1]
            continue
        m = re.match(r"\S+", line[i:])
        out.append((i, i + m.end()))
        i += m.end()
    return out


def entries(line: str) -> list[str]:
    """The entries of one table row (normalised text)."""
    return [line[a:b].strip() for a, b in _spans(line)]


def _line_norm(ms: Manuscript, ln: int) -> tuple[int, int]:
    """The normalised span of display line ``ln``."""
    starts = ms._line_starts
    t0 = starts[ln - 1]
    t1 = starts[ln] - 1 if ln < len(starts) else len(ms.text)
    a = bisect.bisect_left(ms.norm_to_text, t0)
    b = bisect.bisect_left(ms.norm_to_text, t1)
    while b > a and ms.norm[b - 1] == " ":
        b -= 1
    while a < b and ms.norm[a] == " ":
        a += 1
    return a, b


def _rows(ms: Manuscript, table: Table) -> dict[str, tuple[int, tuple[int, int], list]]:
    """Row label -> (line, normalised span of the line, normalised spans of its entries)."""
    cap = normalise(table.caption)
    hits = [m.start() for m in re.finditer(re.escape(cap), ms.norm)]
    if len(hits) != 1:
        raise TableError(f"table {table.id}: caption quote found {len(hits)} times")
    start_line = ms.line_of(hits[0])
    found: dict = {}
    order = {r: i for i, r in enumerate(table.rows)}
    last = -1  # rows are printed in their declared order: a deleted row is not found further down
    end = ms.line_of(min(len(ms.norm) - 1, hits[0] + SPAN))
    for ln in range(start_line, end + 1):
        a, b = _line_norm(ms, ln)
        line = ms.norm[a:b]
        if not line:
            continue
        spans = _spans(line)
        label = line[spans[0][0]:spans[0][1]] if spans else ""
        if label in order and label not in found and len(spans) > 1 and order[label] > last:
            found[label] = (ln, (a, b), [(a + x, a + y) for x, y in spans])
            last = order[label]
    return found


def read_cell(ms: Manuscript, cell: Cell) -> tuple[str, int]:
    """The cell as printed in ``ms`` and its line (see :func:`locate_cell`)."""
    text, line, _row, _span = locate_cell(ms, cell)
    return text, line


def locate_cell(ms: Manuscript, cell: Cell) -> tuple[str, int, tuple[int, int], tuple[int, int]]:
    """The cell as printed in ``ms``, its line, and the normalised spans of its row and entry.

    Raises
    ------
    TableError
        The caption, the row or the column's entry is not found.
    """
    rows = _rows(ms, cell.table)
    if cell.row not in rows:
        raise TableError(f"table {cell.table.id}: row {cell.row!r} not found")
    ln, row, spans = rows[cell.row]
    printed = cell.table.printed(cell.row)
    k = printed.index(cell.column)
    if k >= len(spans) or len(spans) > len(printed):
        raise TableError(f"table {cell.table.id}: row {cell.row!r} has {len(spans)} entries, "
                         f"its declaration {len(printed)}")
    a, b = spans[k]
    return ms.norm[a:b], ln, row, (a, b)
