"""The reading policy: a printed number carries its own tolerance, by one named rule per printed form.

:func:`parse_stated` turns a value *as printed* in a manuscript into an :class:`Interval` of
exact rationals, and names the rule that produced it (``Interval.rule``, a key of
:data:`RULES`).  The same printed text always gives the same interval, wherever it stands.
:func:`read_number` is the one strict number reader under it, shared with the manuscript
binding (:mod:`claims.text.binding`): thousands separators, hidden characters, exponents as
printed.  Nothing here calls ``eval`` or ``sympify`` on manuscript text; the scanner is
hand-written, rejects absurd inputs (overlong digit strings, huge or nested exponents) with
:class:`StatedValueError`, and runs in time linear in its input.

The rules are listed in :data:`RULES` (one line each; ``docs/reading.md`` explains them with
examples) and the severity of a refutation is decided by :func:`severity` with the thresholds
:data:`MINOR_REL` and "one unit of the last printed digit".
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from fractions import Fraction

MAX_DIGITS = 60  # longer digit strings are not printed physics numbers
MAX_EXPONENT = 400  # |exponent| beyond this is not a printed physics number
MAX_INPUT = 200  # characters; a stated value is short
SQRT10 = Fraction(316227766016838, 100000000000000)  # √10 to 15 digits, rounded up (a rule)
MINOR_REL = Fraction(1, 100)  # a refutation within 1 % of the print's nearer end is minor

#: Every rule of the reading policy, by name, in one line.
RULES: dict[str, str] = {
    "decimal": "a decimal carries half a unit of its last printed digit: 0.9436 -> [0.94355, 0.94365]",
    "scientific": "mantissa × 10^e carries half a unit of the mantissa's last digit: 5.7 × 10⁻⁹ -> [5.65, 5.75]·10⁻⁹",
    "power-of-ten": "a bare power 10^e carries half a unit of itself: 10⁻¹² -> [0.5, 1.5]·10⁻¹²",
    "integer": "an integer without trailing zeros is a rounded real: 488 -> [487.5, 488.5]",
    "integer-trailing-zeros": "trailing zeros of an integer are not significant: 1310 -> [1305, 1315], 370 -> [365, 375]",
    "zero": "a bare printed 0 is exact (≈ 0 reads as an integer: [−0.5, 0.5])",
    "count": "an integer declared a count (exact_integer=True: N spins, a dimension) is exact: 370 -> [370, 370]",
    "fraction": "a fraction a/b is exact: −1/2 -> [−1/2, −1/2]",
    "percent": "x% is x/100 read by the rule of x: 26.2% -> [0.2615, 0.2625]",
    "factor": "a factor x× (or ×x, x-fold) is x read by the rule of x: 2.35× -> [2.345, 2.355]",
    "approx": "≈ x (≃, ≅, =) reads as x by the rule of x; ≈ does not widen a printed number",
    "order": "∼ x: same order of magnitude, within a factor √10 of x: ∼ 10³ -> [316.2, 3162.3]",
    "below-about": "≲ x: at most about x, up to a factor √10: ≲ 0.05 -> (−∞, 0.158]",
    "above-about": "≳ x: at least about x, down to a factor √10: ≳ 10 -> [3.16, ∞)",
    "much-below": "≪ x: at most a tenth of x",
    "much-above": "≫ x: at least ten times x",
    "upper-bound": "< x, ≤ x: a threshold taken as printed: < 0.01 -> (−∞, 0.01]",
    "lower-bound": "> x, ≥ x: a threshold taken as printed: ≥ 2 -> [2, ∞)",
    "range": "a–b (or a to b): each end to half a unit of its last digit: 0.1–0.3 -> [0.05, 0.35]",
    "approx-range": "≈ a–b, ∼ a–b: a stated window is the window, read as a–b: ≈ 7–30 -> [6.5, 35]",
    "plus-minus": "x ± u: the uncertainty as written: 1.03 ± 0.15 -> [0.88, 1.18]",
    "approx-plus-minus": "≈ x ± u (or ∼ x ± u): x ± u widened by half a unit of the last digit of u: ≈ 125 ± 25 -> [99.5, 150.5]",
}

#: Which rules admit a *minor* refutation (a print that carries a precision).
_GRADED = frozenset({"decimal", "scientific", "power-of-ten", "integer", "integer-trailing-zeros",
                     "percent", "factor", "approx", "range", "approx-range", "upper-bound",
                     "lower-bound", "plus-minus", "approx-plus-minus"})


class StatedValueError(ValueError):
    """The text is not a printed value the parser understands."""


class HiddenCharactersError(StatedValueError):
    """A stated number holds characters that make it display differently from what it is."""


# --- what a reader sees --------------------------------------------------------------------------

#: Invisible characters that do not change what a reader sees: stripped before reading.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
#: Bidirectional controls: they reorder what a reader sees (``2.\u202e153\u202c`` displays 2.351).
BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
#: Spaces and marks that separate thousands: ``6,674``, ``6 674``, ``6\u2009674``, ``6'674``.
THOUSANDS = ",' \u2009\u202f\u00a0\u2007\u2019"


def hidden_characters(text: str) -> list[tuple[int, str]]:
    """Positions and names of invisible and bidirectional characters in ``text``."""
    return [(i, f"U+{ord(c):04X} {unicodedata.name(c, 'control')}")
            for i, c in enumerate(text) if c in INVISIBLE or c in BIDI]


def strip_invisible(text: str) -> str:
    """``text`` without the invisible characters that do not change what a reader sees.

    Raises
    ------
    HiddenCharactersError
        When ``text`` holds a bidirectional control (it changes what a reader sees).
    """
    bidi = [f"U+{ord(c):04X}" for c in text if c in BIDI]
    if bidi:
        raise HiddenCharactersError(
            "hidden characters in a stated number: " + ", ".join(dict.fromkeys(bidi))
            + f" reorder what a reader sees ({safe_text(text)!r})")
    return "".join(c for c in text if c not in INVISIBLE)


def safe_text(text: object, limit: int | None = None) -> str:
    """``text`` safe for a terminal and a Markdown file: every control, escape, invisible and
    bidirectional character shown as ``<U+XXXX>``; newlines and tabs kept as spaces.

    Use it on any manuscript-derived text before it is printed or written into a report.
    """
    s = str(text)
    out = []
    for c in s:
        cat = unicodedata.category(c)
        if c in "\n\t\r":
            out.append(" ")
        elif c in INVISIBLE or c in BIDI or cat in ("Cc", "Cf", "Cs", "Co", "Cn"):
            out.append(f"<U+{ord(c):04X}>")
        else:
            out.append(c)
    r = "".join(out)
    if limit is not None and len(r) > limit:
        r = r[:limit] + "…"
    return r


# --- the interval --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Interval:
    """Closed interval of admissible values; ``None`` ends are infinite.

    ``rule`` names the rule of :data:`RULES` that read the print; ``number_rule`` the rule of
    the printed number inside it (``approx`` of an ``integer-trailing-zeros``).
    """

    lo: Fraction | None
    hi: Fraction | None
    center: Fraction | None
    kind: str  # 'exact', 'rounded', 'explicit', 'order', 'bound', 'range', 'percent'
    rule: str  # a key of RULES
    half_unit: Fraction | None = None  # half a unit of the last printed digit (of the upper end)
    half_unit_lo: Fraction | None = None  # the same for the lower end of a range, if different
    number_rule: str = ""

    def contains(self, x: float | Fraction) -> bool:
        if isinstance(x, float) and not math.isfinite(x):
            return False
        q = Fraction(x) if not isinstance(x, Fraction) else x
        return (self.lo is None or q >= self.lo) and (self.hi is None or q <= self.hi)

    @property
    def halfwidth(self) -> Fraction | None:
        if self.lo is None or self.hi is None:
            return None
        return (self.hi - self.lo) / 2

    @property
    def description(self) -> str:
        """The rule's one-line documentation (with the printed number's rule, when it differs)."""
        d = RULES[self.rule]
        if self.number_rule and self.number_rule != self.rule:
            d += f"; number: {RULES[self.number_rule]}"
        return d

    def distance(self, x: float | Fraction) -> Fraction:
        """How far x lies outside the interval (0 inside)."""
        q = Fraction(x)
        if self.lo is not None and q < self.lo:
            return self.lo - q
        if self.hi is not None and q > self.hi:
            return q - self.hi
        return Fraction(0)

    def render(self) -> tuple[str, str]:
        return (_fmt(self.lo, "-inf"), _fmt(self.hi, "inf"))


def _fmt(q: Fraction | None, inf: str) -> str:
    if q is None:
        return inf
    if q.denominator == 1:
        return str(q.numerator)
    return f"{float(q):.12g}"


# --- normalisation of a printed value ------------------------------------------------------------

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_SUPERSCRIPT_RUN = re.compile(r"[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
# minus signs (a sign, or an exponent whose superscript the PDF extraction lost)
_MINUS = str.maketrans({"−": "-", "﹣": "-", "－": "-", "‒": "-", "‐": "-", "‑": "-"})
# dashes that join the two ends of a range
_DASH = str.maketrans({"–": "–", "—": "–"})
_SPACES = str.maketrans({"\u2009": " ", "\u202f": " ", "\u00a0": " ", "\u2007": " ",
                         "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ",
                         "\u2006": " ", "\u2008": " ", "\u205f": " "})
# a thousands separator: between a group of 1-3 digits (not after a decimal point) and
# exactly three digits (then no further digit)
_THOUSANDS_RUN = re.compile(
    r"(?<![\d.])(\d{1,3})((?:[,'\u2019 ]\d{3})+)(?![\d])(?!,\d)")


def _join_thousands(s: str) -> str:
    def join(m: re.Match) -> str:
        seps = set(re.findall(r"[,'\u2019 ]", m.group(2)))
        if len(seps) > 1:  # mixed separators: not one printed number
            return m.group(0)
        return m.group(1) + re.sub(r"[,'\u2019 ]", "", m.group(2))
    return _THOUSANDS_RUN.sub(join, s)


def normalise(text: str) -> str:
    """A printed value in canonical form: invisible characters stripped (bidirectional controls
    rejected), superscripts as explicit powers (``10⁻¹²`` -> ``10^-12``), Unicode minus signs as
    ``-``, range dashes as ``–``, thousands separators removed (``6,674``, ``6 674``,
    ``6\u2009674``, ``6'674`` -> ``6674``), spaces collapsed."""
    s = strip_invisible(text).translate(_SPACES)
    s = _SUPERSCRIPT_RUN.sub(lambda m: "^" + m.group(0).translate(_SUPERSCRIPTS), s)
    s = s.translate(_MINUS).translate(_DASH)
    s = " ".join(s.split())
    return _join_thousands(s)


# --- the strict number reader --------------------------------------------------------------------

@dataclass(frozen=True)
class Number:
    """One printed number, read strictly."""

    value: Fraction
    half_unit: Fraction  # half a unit of the last significant printed digit
    rule: str  # decimal, scientific, power-of-ten, integer, integer-trailing-zeros, zero, fraction, count
    percent: bool = False

    @property
    def exact(self) -> bool:
        return self.half_unit == 0


_NUMBER = re.compile(
    r"""^(?P<sign>[+-]?)
        (?P<int>\d+)(?:\.(?P<frac>\d+))?       # mantissa
        (?:/(?P<den>\d+))?                      # fraction
        (?:\s*(?:[eE](?P<e1>[+-]?\d+)           # 1e-9
           |\s*[x×·*]\s*10\s*(?:\^\s*(?:\((?P<e2>[+-]?\d+)\)|\{(?P<e3>[+-]?\d+)\}|(?P<e4>[+-]?\d+))
                              |(?P<e5>-\d+))))?  # × 10^-9, × 10⁻⁹, × 10^(−9), × 10−9 (lost superscript)
        (?P<pct>\s*%)?$""",
    re.VERBOSE,
)
# 10^-12, 10⁻¹², 10^(−12), 10^{-12}, and "10−12" (a minus sign right after 10: a lost superscript)
_POWER_ONLY = re.compile(
    r"^(?P<sign>[+-]?)10\s*(?:\^\s*(?:\((?P<e1>[+-]?\d+)\)|\{(?P<e2>[+-]?\d+)\}|(?P<e3>[+-]?\d+))"
    r"|(?P<e_lost>-\d+))(?P<pct>\s*%)?$")
_NESTED = re.compile(r"\^\s*[({]?[^)}]*\^|\^\s*\([^)]*\(")


def read_number(text: str, *, exact_integer: bool = False) -> Number:
    """The one strict number reader: a printed number (no relation sign, no range).

    Accepts decimals, integers, fractions, ``e`` notation, ``× 10^e`` in every printed form
    (``10⁻⁹``, ``10^-9``, ``10^(−9)``, ``10^{-9}``, ``10−9``), a bare power of ten, a trailing
    ``%``, thousands separators (comma, space, thin and narrow spaces, apostrophe).  Invisible
    characters are stripped; bidirectional controls raise :class:`HiddenCharactersError`.

    Raises
    ------
    StatedValueError
        Anything else, with a one-line reason: a nested exponent ``10^(10^10)`` is unreadable,
        not 10; a digit string over :data:`MAX_DIGITS`; an exponent over :data:`MAX_EXPONENT`.
    """
    if not isinstance(text, str):
        raise StatedValueError("a printed number must be text")
    if len(text) > MAX_INPUT:
        raise StatedValueError(f"printed number longer than {MAX_INPUT} characters")
    s = normalise(text)
    return _read_normalised(s, exact_integer)


def _read_normalised(s: str, exact_integer: bool = False) -> Number:
    s = s.strip()
    if _NESTED.search(s):
        raise StatedValueError(f"nested exponent is unreadable: {safe_text(s[:40])!r}")
    m = _POWER_ONLY.match(s)
    if m:
        exp = _exponent(m.group("e1") or m.group("e2") or m.group("e3") or m.group("e_lost"))
        v = Fraction(10) ** exp * (-1 if m.group("sign") == "-" else 1)
        h = Fraction(1, 2) * Fraction(10) ** exp
        if m.group("pct"):
            v, h = v / 100, h / 100
        return Number(v, h, "power-of-ten", bool(m.group("pct")))
    m = _NUMBER.match(s)
    if not m:
        raise StatedValueError(f"not a printed number: {safe_text(s[:40])!r}")
    ip, fp, den = m.group("int"), m.group("frac"), m.group("den")
    if len(ip) + len(fp or "") + len(den or "") > MAX_DIGITS:
        raise StatedValueError(f"digit string longer than {MAX_DIGITS} digits")
    e = next((m.group(g) for g in ("e1", "e2", "e3", "e4", "e5") if m.group(g)), None)
    exp = _exponent(e) if e else 0
    sign = -1 if m.group("sign") == "-" else 1
    pct = bool(m.group("pct"))
    scale = Fraction(10) ** exp / (100 if pct else 1)
    if den is not None:
        if fp is not None:
            raise StatedValueError(f"decimal fraction not understood: {safe_text(s[:40])!r}")
        if int(den) == 0:
            raise StatedValueError("zero denominator")
        return Number(sign * Fraction(int(ip), int(den)) * scale, Fraction(0), "fraction", pct)
    ndec = len(fp) if fp is not None else 0
    value = sign * Fraction(int(ip + (fp or "")), 10**ndec) * scale
    if fp is not None:
        return Number(value, Fraction(1, 2 * 10**ndec) * scale, "scientific" if e else "decimal", pct)
    if e:
        return Number(value, Fraction(1, 2) * scale, "scientific", pct)
    if int(ip) == 0:
        return Number(value, Fraction(0), "zero", pct)
    if exact_integer and not pct:
        return Number(value, Fraction(0), "count", pct)
    zeros = len(ip) - len(ip.rstrip("0"))
    rule = "integer-trailing-zeros" if zeros else "integer"
    return Number(value, Fraction(1, 2) * 10**zeros * scale, rule, pct)


def _exponent(e: str) -> int:
    if len(e.lstrip("+-")) > 4 or abs(int(e)) > MAX_EXPONENT:
        raise StatedValueError(f"exponent {e[:8]} out of range")
    return int(e)


# --- the printed forms ----------------------------------------------------------------------------

_RELATIONS = ("≈", "≃", "≅", "~", "∼", "=", "≲", "≳", "≪", "≫", "<", ">", "≤", "≥", "<=", ">=")
_APPROX_SIGNS = ("≈", "≃", "≅", "=")
_RANGE = re.compile(r"^(?P<a>\S+?%?)\s*(?:–|\bto\b)\s*(?P<b>\S+%?)$")
_HYPHEN_RANGE = re.compile(r"^(?P<a>\d+(?:\.\d+)?%?)-(?P<b>\d+(?:\.\d+)?%?)$")
_FACTOR = re.compile(r"(?:\s*(?:×|x|-fold)$)|(?:^×\s*)")


def split_relation(s: str) -> tuple[str, str]:
    """The leading relation sign of a normalised print and the rest."""
    for r in sorted(_RELATIONS, key=len, reverse=True):
        if s.startswith(r):
            return r, s[len(r):].strip()
    return "", s


def parse_stated(text: str, *, exact_integer: bool = False) -> Interval:
    """Interval of values consistent with ``text`` as printed, by the rules of :data:`RULES`.

    ``exact_integer=True`` declares a printed integer a count (exact), for quantities that
    are integers by nature (a number of spins, a dimension, a degeneracy).

    Raises
    ------
    StatedValueError
        If ``text`` is not a printed value this parser understands.
    """
    if not isinstance(text, str):
        raise StatedValueError("stated value must be text")
    if len(text) > MAX_INPUT:
        raise StatedValueError(f"stated value longer than {MAX_INPUT} characters")
    s = normalise(text)
    if not s:
        raise StatedValueError("empty stated value")
    rel, s = split_relation(s)
    s2 = _FACTOR.sub("", s)
    factor = s2 != s
    s = s2.strip()
    if not s:
        raise StatedValueError("a relation without a value")
    pct = s.endswith("%")
    if "±" in s or "+/-" in s:
        return _plus_minus(s.replace("+/-", "±"), rel, pct, exact_integer)
    rng = _RANGE.match(s) or _HYPHEN_RANGE.match(s)
    if rng and rel in ("", "≈", "≃", "~", "∼") and not _POWER_ONLY.match(s):
        return _range(rng, rel, exact_integer)
    n = _read_normalised(s, exact_integer)
    if n.rule == "zero" and rel:  # "≈ 0", "< 0": a rounded zero, half a unit of its digit
        n = Number(n.value, Fraction(1, 2) / (100 if n.percent else 1), "integer", n.percent)
    c, h = n.value, n.half_unit
    bound = _bound(rel, c, h, s, n.rule)
    if bound is not None:
        return bound
    if rel in _APPROX_SIGNS and rel != "=" and n.rule == "fraction":
        raise StatedValueError(f"approximate fraction {s!r} has no printed precision; write a decimal")
    if n.exact:
        return Interval(c, c, c, "exact", n.rule, number_rule=n.rule)
    kind = "percent" if pct else "rounded"
    rule = "approx" if rel in _APPROX_SIGNS and rel != "=" else (
        "percent" if pct else "factor" if factor else n.rule)
    return Interval(c - h, c + h, c, kind, rule, h, number_rule=n.rule)


def _plus_minus(s: str, rel: str, pct: bool, exact_integer: bool) -> Interval:
    a, _, b = s.partition("±")
    a, b = a.strip().removeprefix("(").strip(), b.strip().removesuffix(")").strip()
    if pct and not a.endswith("%"):
        a += "%"
    if rel not in ("", "≈", "≃", "≅", "=", "∼", "~"):
        raise StatedValueError(f"'{rel}' before x ± u is not a printed form this policy reads")
    na, nb = _read_normalised(a, exact_integer), _read_normalised(b, False)
    c, u = na.value, abs(nb.value)
    if rel in ("≈", "≃", "≅", "∼", "~"):
        w = u + nb.half_unit
        return Interval(c - w, c + w, c, "explicit", "approx-plus-minus", nb.half_unit,
                        number_rule=na.rule)
    return Interval(c - u, c + u, c, "explicit", "plus-minus", number_rule=na.rule)


def _range(rng: re.Match, rel: str, exact_integer: bool) -> Interval:
    ta, tb = rng.group("a"), rng.group("b")
    if tb.endswith("%") and not ta.endswith("%"):
        ta += "%"  # "1–5%": both ends are percentages
    a, b = _read_normalised(ta, exact_integer), _read_normalised(tb, exact_integer)
    lo, hi = min(a.value, b.value), max(a.value, b.value)
    ha, hb = (a.half_unit, b.half_unit) if b.value >= a.value else (b.half_unit, a.half_unit)
    return Interval(lo - ha, hi + hb, (lo + hi) / 2, "range", "approx-range" if rel else "range",
                    hb, ha, number_rule=a.rule)


def _bound(rel: str, c: Fraction, h: Fraction, s: str, number_rule: str) -> Interval | None:
    if rel in ("~", "∼"):
        if c == 0:
            raise StatedValueError("order-of-magnitude statement about zero")
        lo, hi = sorted((c / SQRT10, c * SQRT10))
        return Interval(lo, hi, c, "order", "order", number_rule=number_rule)
    if rel in ("<", "≤", "<="):
        return Interval(None, c, c, "bound", "upper-bound", h, number_rule=number_rule)
    if rel in (">", "≥", ">="):
        return Interval(c, None, c, "bound", "lower-bound", h, number_rule=number_rule)
    if rel == "≲":
        return Interval(None, max(c * SQRT10, c / SQRT10), c, "bound", "below-about",
                        number_rule=number_rule)
    if rel == "≳":
        return Interval(min(c / SQRT10, c * SQRT10), None, c, "bound", "above-about",
                        number_rule=number_rule)
    if rel == "≪":
        return Interval(None, c / 10, c, "bound", "much-below", number_rule=number_rule)
    if rel == "≫":
        return Interval(10 * c, None, c, "bound", "much-above", number_rule=number_rule)
    return None


# --- severity -------------------------------------------------------------------------------------

def severity(iv: Interval, x: float | Fraction) -> str | None:
    """``None`` inside the interval; else ``"minor"`` or ``"gross"``.

    Minor: the print carries a precision (a rule of :data:`_GRADED`) and misses ``x`` by at
    most one unit of its last printed digit (half a unit for a threshold: within its own
    rounding), or by at most :data:`MINOR_REL` (1 %) of ``x`` relative to the nearer end of
    the interval.  Gross: anything else, and every miss of an order of magnitude (∼, ≲, ≳, ≪,
    ≫) or of an exact print.
    """
    q = Fraction(x)
    d = iv.distance(q)
    if d == 0:
        return None
    if iv.rule not in _GRADED:
        return "gross"
    below = iv.lo is not None and q < iv.lo
    h = (iv.half_unit_lo or iv.half_unit) if below else iv.half_unit
    unit = h if iv.kind == "bound" else (2 * h if h else None)
    if unit and d <= unit:
        return "minor"
    if q != 0 and d <= MINOR_REL * abs(q):
        return "minor"
    return "gross"


def severity_is_minor(iv: Interval, x: float | Fraction) -> bool:
    """Is a value outside ``iv`` a *minor* refutation (see :func:`severity`)?"""
    return severity(iv, x) == "minor"


def rules_table() -> list[tuple[str, str]]:
    """The rules of the reading policy as (name, one line) rows, for reports."""
    return list(RULES.items())
