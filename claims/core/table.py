"""A table of a manuscript, declared once, and a cell of it (the data only).

A paper declares a :class:`Table` (a verbatim quote of its caption or header, its column names
left to right, its row labels as printed in the first column) and gives each mention of a
cell ``cell=Cell(table, row, column)``.  The manuscript layer (:mod:`claims.text.tables`)
re-reads a cell by position in each revision; this module imports nothing of it, so a paper
(which imports only :mod:`claims.core`) can declare its tables.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    id: str
    caption: str  # a verbatim quote of the caption or header, unique in the manuscript
    columns: tuple[str, ...]  # column names, left to right, the row-label column first
    rows: tuple[str, ...]  # row labels as printed in the first column
    #: rows that print only some columns, left to right: ((row label, (column, ...)), ...)
    layout: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def __post_init__(self) -> None:
        if not self.caption.strip() or len(self.columns) < 2 or not self.rows:
            raise ValueError(f"table {self.id}: needs a caption quote, columns and rows")
        if len(set(self.rows)) != len(self.rows) or len(set(self.columns)) != len(self.columns):
            raise ValueError(f"table {self.id}: row labels and column names must be unique")
        for row, cols in self.layout:
            if row not in self.rows or not cols or cols[0] != self.columns[0] or any(
                    c not in self.columns for c in cols) or len(set(cols)) != len(cols):
                raise ValueError(f"table {self.id}: layout of row {row!r} must list its printed "
                                 "columns, the row-label column first")

    def printed(self, row: str) -> tuple[str, ...]:
        """The columns ``row`` prints, left to right."""
        return dict(self.layout).get(row, self.columns)


@dataclass(frozen=True)
class Cell:
    table: Table
    row: str
    column: str

    def __post_init__(self) -> None:
        if self.row not in self.table.rows or self.column not in self.table.printed(self.row)[1:]:
            raise ValueError(f"table {self.table.id} has no cell ({self.row!r}, {self.column!r})")
