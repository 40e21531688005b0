"""Which numeric statements of a manuscript are covered by a claim.

The rule (documented in ``docs/ci.md``; every clause is tested)
----------------------------------------------------------------
A *number* is a decimal token (``370``, ``0.9436``, ``37,195.4``, ``5.7 × 10−9``,
``10−16``, ``1/2``, ``1e-3``) that is not glued to a letter on its left (``K3``, ``t1``,
``C12`` are labels, not numbers) nor the exponent of a unit or symbol (``s−1``).

A number is a **numeric statement** when, on its line, it is

1. next to a relation: preceded by ``≈ ≃ ≅ = ∼ ~ ≲ ≳ ≤ ≥ < > ≪ ≫ ±`` (a sign may
   stand between), or followed by ``±``;
2. followed by a unit (``s``, ``ms``, ``µs``, ``Hz`` ... ``GHz``, ``rad/s``, ``s−1``,
   ``K``, ``mK``, ``µK``, ``nK``, ``eV``, ``meV``, ``µm``, ``nm``, ``dB`` ...; a
   one-letter unit needs a space before it) or by ``×`` / ``-fold`` not followed by a
   number (a factor, not a product);
3. a percentage (followed by ``%``);
4. an entry of a numeric table: a line with at least three numbers that make up at
   least half of its words (``|`` and ``∼`` are not words).

A number glued to a symbol or bracket on its right (``2Jm∗``, ``4Γ``, ``2(J + h)``)
is a coefficient of a formula, not a statement.  A statement restated with the same
left-hand side, relation and value (``N = 370`` on forty lines) counts once, and is
covered when any occurrence is.

Numbers that are not statements are **excluded**, whatever their neighbours:

* equation numbers ``(12)``, ``(12a)``, and numbers following ``Eq.``/``Eqs.``;
* index values ``i = 1``, ``n = 3`` (single-letter indices ``i j k l m n``);
* the integers 0 and 1 right after a relation (``ψ = 0``, ``x > 0``, ``N ≫ 1``,
  ``ħ = 1``): a sign, a regime, a normalisation or a convention, not a computed value
  (``1.00``, ``= 1 s`` and ``1 ± 0.1`` do count);
* references ``[12]``, ``[3, 4]``, ``[1–5]``;
* years 1900–2099 standing without a relation sign or unit (``Bell (1964)``);
* section numbers at the start of a line (``7.3 Threshold hierarchy``) and numbered
  labels: ``Section 7.3``, ``§7``, ``Table 3``, ``Fig. 1``, ``Appendix``, ``Remark 11``,
  ``Theorem 2``, ``Listing 1`` ... (with chains: ``Remarks 11 and 13``, ``Sections 7–7.4``);
* identifiers: ``arXiv:2504.16197``, DOIs, URLs;
* page numbers (a line holding only an integer);
* integers with a leading zero (``01`` of ``Q01`` split off by the extraction: a subscript);
* program listings: runs of at least five lines that start with non-decreasing line
  numbers (and the lines between them).

A numeric statement is **covered** when its position falls inside a located claim
quote (the quote as found in this revision, or the anchors that re-read a changed
value), or when it equals a claim's stated value on the line where that claim was
located.  A numeric statement that a declared **input** gives (it stands inside the input's
quote and prints the input's value, or is that quote's only numeric statement) is covered
*as an input*: reported among the inputs, never as a claim.  The coverage of a paper is covered / numeric statements (100 % when there
are none).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction

from claims.text.manuscript import Manuscript, normalise

RELATION_CHARS = "≈≃≅=∼~≲≳≤≥<>≪≫±"
UNITS = (
    "s", "ms", "µs", "μs", "us", "ns", "ps", "fs", "min", "h", "hr", "hours", "days", "yr",
    "Hz", "kHz", "MHz", "GHz", "THz", "mHz", "rad/s", "rad s", "s−1", "s-1", "ms−1", "µs−1",
    "K", "mK", "µK", "μK", "nK", "eV", "meV", "µeV", "μeV", "keV", "MeV", "GeV", "J",
    "m", "mm", "cm", "µm", "μm", "nm", "pm", "km", "Å", "T", "mT", "µT", "G", "mG",
    "dB", "dBm", "W", "mW", "µW", "nW", "V", "mV", "µV", "A", "mA", "µA", "kg", "g", "mg",
    "amu", "u", "Pa", "mbar", "Torr", "photons", "atoms", "spins", "qubits", "°", "◦", "rad",
    "mrad", "sigma", "σ", "ppm", "ppb", "bits", "kB", "×", "-fold", "fold",
)
LABELS = (
    "Eq", "Eqs", "Equation", "Equations", "Section", "Sections", "Sec", "Secs", "§", "§§",
    "Table", "Tables", "Tab", "Fig", "Figs", "Figure", "Figures", "Ref", "Refs", "Reference",
    "Appendix", "Appendices", "App", "Remark", "Remarks", "Theorem", "Theorems", "Lemma",
    "Lemmas", "Proposition", "Propositions", "Corollary", "Definition", "Step", "Steps",
    "Chapter", "Listing", "line", "lines", "Line", "Lines", "Algorithm", "Assumption",
    "Assumptions", "Prediction", "Predictions", "Case", "Cases", "Stage", "Stages", "Row",
    "Rows", "Column", "Columns", "Example", "Conjecture", "Claim", "Part", "page", "pp", "p",
    "Note", "Footnote", "Box", "Panel", "Protocol", "Criterion", "Hypothesis", "Axiom",
    "Postulate", "Property", "Condition", "Conditions", "Item", "Point", "Phase", "Regime",
)

_NUMBER = re.compile(
    r"(?<![^\W\d_])(?<![\d.,])"  # not glued to a letter (K3, t1) or inside a longer number
    r"(?<![^\W\d_][\u2212-])"  # nor a unit's exponent (s−1, e−N)
    r"(?:10\u2212\d{1,3}(?![\d.])"  # 10−9: a power of ten whose superscript the extraction lost
    r"|\d+/\d+(?![\d.])"  # 1/2
    r"|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"(?:\s?[eE][-−]?\d+|\s*[×x]\s*10\s*[-−]?\s*\d+(?![\d.]))?)"
    r"(?![\d])")
_GLUED_UNITS = tuple(u for u in UNITS if len(u) > 1 or not u.isalpha())
_UNIT_RX = re.compile(
    r"^(?:\s(?:" + "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
    + r")|(?:" + "|".join(re.escape(u) for u in sorted(_GLUED_UNITS, key=len, reverse=True))
    + r"))(?![\w(])")
_FACTOR_RX = re.compile(r"^\s?(?:×|-fold\b)(?!\s*[\d(])")
_COEFFICIENT = re.compile(r"^(?:[^\W\d_]|\\[A-Za-z]|\()")  # 2Jm∗, 4Γ: a number glued to a symbol is a coefficient
_INDEX_BEFORE = re.compile(r"(?<![^\W\d_])[ijklmn]\s*=\s*$")  # i = 1, n = 3: index values
_PCT_RX = re.compile(r"^\s?%")
_REL_BEFORE = re.compile(r"[" + re.escape(RELATION_CHARS) + r"]\s*[-−+]?\s*$")
_PM_AFTER = re.compile(r"^\s*(?:±|\+/-)")
_LABEL_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:" + "|".join(re.escape(x) for x in LABELS) + r")\.?|§§?)\s*"
    r"(?:\(?\d+(?:\.\d+)*[a-z]?\)?\s*(?:,|and|&|to|–|—|-|−)\s*)*\(?\s*$")
_REF_BRACKET = re.compile(r"\[\s*\d+(?:\s*[,–—\-]\s*\d+)*\s*\]")
_EQNO = re.compile(r"\(\s*\d+[a-z]?\s*\)")
_IDENT = re.compile(r"(?:arXiv:\s*\S+|doi:\s*\S+|\b10\.\d{4,}/\S+|https?://\S+|www\.\S+|"
                    r"\b\d{4}\.\d{4,5}(?:v\d+)?\b)", re.I)
_HEADING = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+[^\W\d_]")
_LISTING_LINE = re.compile(r"^\s*(\d+)(?:\s|$)")
_NUMERIC_WORD = re.compile(r"^[(∼~≈<>≲≳±×−-]*\d[\d.,]*(?:%|×|\))*,?$")


@dataclass(frozen=True)
class NumericStatement:
    """One numeric statement of a manuscript."""

    line: int
    col: int  # 0-based column in the display line
    number: str  # the number as printed
    why: str  # relation / unit / percent / table
    offset: int  # display-text offset
    context: str  # a normalised window around the number (robust to reflowed lines)
    key: str = ""  # what identifies a restatement (the quantity, relation and value)
    also: tuple[tuple[int, int], ...] = ()  # (line, offset) of restatements


@dataclass
class Coverage:
    """Numeric statements of a manuscript and which of them claims cover."""

    statements: list[NumericStatement]
    covered: list[bool]
    excluded: dict[str, int] = field(default_factory=dict)  # rule -> count
    as_input: list[int] = field(default_factory=list)  # indices covered as a declared input

    @property
    def inputs(self) -> list[NumericStatement]:
        """The statements that are a declared input's value (covered, never claims)."""
        return [self.statements[i] for i in self.as_input]

    @property
    def n(self) -> int:
        return len(self.statements)

    @property
    def k(self) -> int:
        return sum(self.covered)

    @property
    def percent(self) -> float:
        return round(100.0 * self.k / self.n, 1) if self.n else 100.0

    def uncovered(self) -> list[NumericStatement]:
        return [s for s, c in zip(self.statements, self.covered) if not c]

    def as_json(self) -> dict:
        return {"numbers": self.n, "covered": self.k, "percent": self.percent,
                "inputs": [{"line": s.line, "number": s.number, "key": s.key}
                           for s in self.inputs],
                "uncovered": [{"line": s.line, "text": s.context, "number": s.number,
                               "rule": s.why, "key": s.key,
                               "restated_on": [ln for ln, _ in s.also]}
                              for s in self.uncovered()],
                "excluded": dict(sorted(self.excluded.items()))}


# --- finding numeric statements -------------------------------------------------------------------

def listing_lines(lines: list[str]) -> set[int]:
    """0-based indices of lines in program listings.

    A listing is a run of at least five lines starting with non-decreasing line numbers
    (steps of at most 5, at most 6 lines apart); every line from the run's first to its
    last belongs to it (continuation lines, page breaks).
    """
    numbered = [(i, int(m.group(1))) for i, line in enumerate(lines)
                if (m := _LISTING_LINE.match(line))]
    out: set[int] = set()
    run: list[tuple[int, int]] = []
    for i, n in numbered + [(10**9, -10**9)]:
        if run and 0 <= n - run[-1][1] <= 5 and i - run[-1][0] <= 6:
            run.append((i, n))
            continue
        if len(run) >= 5:
            out.update(range(run[0][0], run[-1][0] + 1))
        run = [(i, n)]
    return out


WINDOW = 80  # characters either side of a number that the rules look at


def _spans(line: str) -> list[tuple[int, int, str]]:
    """Spans of references, identifiers and equation numbers on a line (computed once)."""
    out = [(r.start(), r.end(), name) for rx, name in ((_REF_BRACKET, "reference"),
                                                      (_IDENT, "identifier"))
           for r in rx.finditer(line)]
    out += [(r.start() + 1, r.end() - 1, "equation number") for r in _EQNO.finditer(line)]
    return sorted(out)


def _excluded(line: str, m: re.Match, table_row: bool, spans, lead: int) -> str | None:
    """The exclusion rule that applies to number ``m`` on ``line``, or None.

    ``spans`` are the line's reference/identifier/equation-number spans, ``lead`` the column
    of its first non-blank character.
    """
    a, b = m.span()
    tok = m.group(0)
    before, after = line[max(0, a - WINDOW):a], line[b:b + WINDOW]
    if a <= lead and not after.strip() and b == len(line.rstrip()) and re.fullmatch(r"\d+", tok):
        return "page number"
    near = spans[max(0, bisect.bisect_right(spans, (a, 10**9, "")) - 4):
                 bisect.bisect_right(spans, (a, 10**9, ""))]  # spans starting at or before a
    for s0, s1, name in near:
        if name != "equation number" and s0 <= a and b <= s1:
            return name
    plain = tok.replace(",", "")
    if re.fullmatch(r"0\d+", plain):
        return "leading zero"  # Q01, ρ00 split by the extraction: a subscript, not a value
    rel = bool(_REL_BEFORE.search(before))
    unit = _UNIT_RX.match(after) or _PCT_RX.match(after)
    if re.fullmatch(r"(19|20)\d\d", plain) and not rel and not unit and not table_row:
        return "year"
    for s0, s1, name in near:
        if name == "equation number" and s0 <= a and b <= s1:
            return name
    if _LABEL_BEFORE.search(before):
        return "label"
    if _INDEX_BEFORE.search(before) and re.fullmatch(r"\d+", tok):
        return "index value"
    if a <= lead and _HEADING.match(line) and not table_row:
        return "section number"
    if plain in ("0", "1") and rel and not _PM_AFTER.match(after) and not unit:
        return "structural 0/1"
    return None


def numeric_statements(ms: Manuscript) -> tuple[list[NumericStatement], dict[str, int]]:
    """Numeric statements of ``ms`` (see the module docstring) and counts of exclusions."""
    lines = ms.lines
    code = listing_lines(lines)
    out: list[NumericStatement] = []
    excluded: dict[str, int] = {}
    offset = 0
    for i, line in enumerate(lines):
        start = offset
        offset += len(line) + 1
        nums = list(_NUMBER.finditer(line))
        if not nums:
            continue
        if i in code:
            excluded["program listing"] = excluded.get("program listing", 0) + len(nums)
            continue
        words = [w for w in line.split() if re.search(r"\w", w)]  # '|', '∼' are not words
        numeric_words = sum(bool(_NUMERIC_WORD.match(w)) for w in words)
        table_row = numeric_words >= 3 and numeric_words >= 0.5 * len(words)
        spans = _spans(line)
        lead = len(line) - len(line.lstrip())
        for m in nums:
            why = _why(line, m, table_row)
            ex = _excluded(line, m, table_row, spans, lead)
            if ex:
                excluded[ex] = excluded.get(ex, 0) + 1
                continue
            if why:
                out.append(NumericStatement(i + 1, m.start(), m.group(0), why, start + m.start(),
                                            _context(ms, start + m.start(), start + m.end()),
                                            _key(line, m, why, i + 1)))
    return _merge_restatements(out), excluded


def _key(line: str, m: re.Match, why: str, lineno: int) -> str:
    """The statement as a phrase: last word before the number (with any relation), number, unit.

    ``at N = 370`` and ``(N = 370,`` share the key ``N=370``; table entries never merge.
    """
    if why == "table":  # an entry with its neighbours in the row
        left = line[max(0, m.start() - WINDOW):m.start()].split()[-1:] or [""]
        right = line[m.end():m.end() + WINDOW].split()[:1] or [""]
        return f"table:{left[0]} {m.group(0)} {right[0]}"
    before = re.search(r"(\S+\s*[" + re.escape(RELATION_CHARS) + r"]?\s*[-−+]?\s*)$",
                       line[max(0, m.start() - WINDOW):m.start()])
    after = line[m.end():m.end() + WINDOW]
    unit = _UNIT_RX.match(after) or _PCT_RX.match(after)
    lhs = before.group(1) if before else ""
    lhs = lhs.lstrip("([{,;:")
    text = lhs + m.group(0) + (unit.group(0) if unit else "")
    return "".join(text.split()).replace("\u2212", "-")


def _merge_restatements(stmts: list[NumericStatement]) -> list[NumericStatement]:
    """One statement per key, in order of first occurrence, with the restatements attached."""
    first: dict[str, NumericStatement] = {}
    also: dict[str, list[tuple[int, int]]] = {}
    for s in stmts:
        if s.key in first:
            also[s.key].append((s.line, s.offset))
        else:
            first[s.key], also[s.key] = s, []
    return [dataclasses.replace(s, also=tuple(also[k])) for k, s in first.items()]


def _why(line: str, m: re.Match, table_row: bool) -> str | None:
    before, after = line[max(0, m.start() - WINDOW):m.start()], line[m.end():m.end() + WINDOW]
    if _PCT_RX.match(after):
        return "percent"
    if _UNIT_RX.match(after) or _FACTOR_RX.match(after):
        return "unit"
    if _COEFFICIENT.match(after):
        return None
    if _REL_BEFORE.search(before) or _PM_AFTER.match(after):
        return "relation"
    if table_row:
        return "table"
    return None


def _context(ms: Manuscript, a: int, b: int, width: int = 30) -> str:
    i = bisect.bisect_left(ms.norm_to_text, a)
    j = bisect.bisect_left(ms.norm_to_text, b)
    left = ms.norm[max(0, i - width):i]
    right = ms.norm[j:j + width]
    return f"{left}[{ms.norm[i:j]}]{right}"


# --- coverage ---------------------------------------------------------------------------------------

def coverage(ms: Manuscript, claims: Iterable, bindings: dict, inputs: Iterable = ()) -> Coverage:
    """Coverage of ``ms``'s numeric statements by ``claims`` and the paper's declared ``inputs``.

    ``bindings`` (claim id -> :class:`claims.text.binding.Binding`) gives where each claim was
    located in ``ms``; the caller binds (this module imports nothing of the binding layer, so
    binding and revision may use it without an import cycle).  ``inputs`` are the paper's
    :class:`claims.core.inputs.Input` declarations: a statement is covered *as an input* when
    it stands inside an occurrence of an input's quote and prints the input's value (or is
    the only numeric statement of that quote, whatever its units).
    """
    claims = list(claims)
    stmts, excluded = numeric_statements(ms)
    spans: list[tuple[int, int]] = []
    by_line: dict[int, list[Fraction]] = {}
    for c in claims:
        b = bindings.get(c.id)
        if b is None or b.status == "stale":
            continue
        if b.span:
            spans.append(ms.text_span(*b.span))
        v = _center(b.stated)
        if v is not None and b.line:
            by_line.setdefault(b.line, []).append(v)
    spans.sort()
    starts = [s for s, _ in spans]
    covered = []
    for s in stmts:
        covered.append(any(_covered_at(line, off, s.number, spans, starts, by_line)
                           for line, off in ((s.line, s.offset), *s.also)))
    as_input = _input_statements(ms, stmts, inputs)
    for i in as_input:
        covered[i] = True
    return Coverage(stmts, covered, excluded, as_input=sorted(as_input))


def _input_value(value) -> Fraction | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, Fraction)):
        return Fraction(value)
    if isinstance(value, float):
        return Fraction(repr(value))  # the decimal the author wrote, not the binary float
    return None


def _input_statements(ms: Manuscript, stmts: list[NumericStatement], inputs: Iterable) -> set[int]:
    """Indices of the statements that are a declared input's printed value (see coverage)."""
    occurrences: list[tuple[int, int, Fraction | None]] = []
    for inp in inputs or ():
        quote = getattr(inp, "quote", "") or ""
        if not quote.strip():
            continue
        value = _input_value(getattr(inp, "value", None))
        for a in ms.find_all(quote):
            occurrences.append((*ms.text_span(a, a + len(normalise(quote))), value))
    if not occurrences:
        return set()
    found: set[int] = set()
    for a, e, value in occurrences:
        inside = [i for i, s in enumerate(stmts)
                  if any(a <= off < e for _ln, off in ((s.line, s.offset), *s.also))]
        hits = [i for i in inside if value is not None and _center(stmts[i].number) == value]
        found.update(hits or (inside if len(inside) == 1 else ()))
    return found


def _covered_at(line, offset, number, spans, starts, by_line) -> bool:
    k = bisect.bisect_right(starts, offset)
    if any(a <= offset < e for a, e in spans[max(0, k - 50):k]):
        return True
    if line in by_line:
        v = _center(number)
        return v is not None and v in by_line[line]
    return False


def _center(text: str | None) -> Fraction | None:
    from claims.core.reading import StatedValueError, parse_stated

    if not text:
        return None
    try:
        return parse_stated(text).center
    except (StatedValueError, ZeroDivisionError):
        return None
