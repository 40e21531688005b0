"""A printed number carries its own tolerance.

``parse_stated`` turns a value *as printed* in a manuscript into an interval
of exact rationals.  It is a hand-written scanner: it never calls ``eval`` or
``sympify`` on manuscript text, rejects absurd inputs (overlong digit strings,
huge exponents) with :class:`StatedValueError`, and runs in time linear in the
input.

Rules
-----
* Superscripts are exponents (``10⁻⁹``); so is a minus sign right after ``10``
  (``10−12``, a superscript lost in PDF extraction), whereas an en dash joins the
  ends of a range (``7–30``).
* A decimal carries half a unit of its last printed digit:
  ``"0.9436"`` -> [0.94355, 0.94365]; ``"5.7 × 10⁻⁹"`` -> 5.7e-9 ± 0.05e-9.
* An integer or fraction written without an approximation sign is exact
  (``"2"``, ``"-1/2"``); with one (``≈ 370``) it carries half a unit of its
  last digit, as a decimal does.
* An explicit ``± u`` is used as written: ``"1.03 ± 0.15"`` -> [0.88, 1.18].
* Percentages are converted to fractions: ``"26.2%"`` -> [0.2615, 0.2625].
* A range ``"a–b"`` is [a - h_a, b + h_b]; ``"≈ a–b"`` and ``"∼ a–b"`` read the
  same (a stated window is taken as the window, not as an order of magnitude).
* Order of magnitude, ``"∼ x"`` (also ``~``): the value must lie within a
  factor √10 of ``x`` (same order of magnitude, half a decade either way),
  i.e. [x/√10, x·√10] for x > 0.  The constant is √10 rounded *up* in its
  15th digit, so a value exactly half a decade away (10^(k ± 1/2)) counts as
  inside: the boundary belongs to the interval, robustly against rounding.
* Bounds: ``"< x"``, ``"≤ x"`` -> (-inf, x]; ``"> x"``, ``"≥ x"`` -> [x, inf)
  (a threshold is taken as printed, without rounding slack; missing it by less
  than half a unit of its last digit is a *minor* refutation); ``"≲ x"`` -> (-inf, x·√10]; ``"≳ x"`` -> [x/√10, inf);
  ``"≪ x"`` -> (-inf, x/10]; ``"≫ x"`` -> [10·x, inf).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction

MAX_DIGITS = 60  # longer digit strings are not printed physics numbers
MAX_EXPONENT = 400  # |exponent| beyond this is not a printed physics number
MAX_INPUT = 200  # characters; a stated value is short
SQRT10 = Fraction(316227766016838, 100000000000000)  # √10 to 15 digits (a rule, not a measurement)


class StatedValueError(ValueError):
    """The text is not a printed value the parser understands."""


@dataclass(frozen=True)
class Interval:
    """Closed interval of admissible values; ``None`` ends are infinite."""

    lo: Fraction | None
    hi: Fraction | None
    center: Fraction | None
    kind: str  # 'exact', 'rounded', 'explicit', 'order', 'bound', 'range', 'percent'
    rule: str  # one-line description of the rule applied
    half_unit: Fraction | None = None  # half a unit of the last printed digit (of the upper end)
    half_unit_lo: Fraction | None = None  # the same for the lower end of a range, if different

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


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_SUPERSCRIPT_RUN = re.compile(r"[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
# minus signs (a sign, or an exponent whose superscript the PDF extraction lost)
_MINUS = str.maketrans({"−": "-", "﹣": "-", "－": "-", "‒": "-"})
# dashes that join the two ends of a range
_DASH = str.maketrans({"–": "–", "—": "–"})

_APPROX = ("≈", "≃", "≅", "~", "∼", "=", "≲", "≳", "≪", "≫", "<", ">", "≤", "≥", "<=", ">=")

_NUMBER = re.compile(
    r"""^(?P<sign>[+-]?)
        (?P<int>\d+)(?:\.(?P<frac>\d*))?      # mantissa
        (?:/(?P<den>\d+))?                     # fraction
        (?:\s*(?:[eE](?P<e1>[+-]?\d+)          # 1e-9
           |\s*[x×·*]\s*10\s*\^?\s*\(?(?P<e2>[+-]?\d+)\)?))?  # × 10^-9, × 10⁻⁹, × 10−9
        (?P<pct>\s*%)?$""",
    re.VERBOSE,
)
# 10^-12, 10⁻¹², and "10−12" (a minus sign right after 10: a superscript lost in extraction)
_POWER_ONLY = re.compile(r"^(?P<sign>[+-]?)10\s*(?:\^\s*\(?(?P<e>[+-]?\d+)\)?|(?P<e_lost>-\d+))$")
_RANGE = re.compile(r"^(?P<a>\S+?%?)\s*(?:–|\bto\b)\s*(?P<b>\S+%?)$")
_HYPHEN_RANGE = re.compile(r"^(?P<a>\d+(?:\.\d+)?%?)-(?P<b>\d+(?:\.\d+)?%?)$")


def normalise(text: str) -> str:
    """Superscripts as explicit powers (``10⁻¹²`` -> ``10^-12``), Unicode minus signs
    as ``-``, range dashes as ``–``, thin spaces and thousands separators removed."""
    s = _SUPERSCRIPT_RUN.sub(lambda m: "^" + m.group(0).translate(_SUPERSCRIPTS), text)
    s = s.translate(_MINUS).translate(_DASH)
    s = s.replace("\u2009", " ").replace("\u202f", " ").replace("\u00a0", " ")
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)  # 37,195 -> 37195
    return " ".join(s.split())


@dataclass(frozen=True)
class _Num:
    value: Fraction
    half_unit: Fraction  # half a unit of the last printed digit
    exact_form: bool  # a plain integer or a fraction: exact unless marked approximate


def _parse_number(s: str) -> _Num:
    s = s.strip()
    m = _POWER_ONLY.match(s)
    if m:
        exp = _exponent(m.group("e") or m.group("e_lost"))
        v = Fraction(10) ** exp * (-1 if m.group("sign") == "-" else 1)
        return _Num(v, Fraction(1, 2) * Fraction(10) ** exp, False)
    m = _NUMBER.match(s)
    if not m:
        raise StatedValueError(f"not a printed number: {s[:40]!r}")
    ip, fp, den = m.group("int"), m.group("frac"), m.group("den")
    if len(ip) + len(fp or "") + len(den or "") > MAX_DIGITS:
        raise StatedValueError(f"digit string longer than {MAX_DIGITS} digits")
    e = m.group("e1") or m.group("e2")
    exp = _exponent(e) if e else 0
    sign = -1 if m.group("sign") == "-" else 1
    if den is not None:
        if fp is not None:
            raise StatedValueError(f"decimal fraction not understood: {s[:40]!r}")
        if int(den) == 0:
            raise StatedValueError("zero denominator")
        value = sign * Fraction(int(ip), int(den)) * Fraction(10) ** exp
        return _Num(value, Fraction(0), True)
    ndec = len(fp) if fp is not None else 0
    value = sign * Fraction(int(ip + (fp or "")), 10**ndec) * Fraction(10) ** exp
    half = Fraction(1, 2 * 10**ndec) * Fraction(10) ** exp
    if m.group("pct"):
        value, half = value / 100, half / 100
    return _Num(value, half, fp is None and e is None and not m.group("pct"))


def _exponent(e: str) -> int:
    if len(e.lstrip("+-")) > 4 or abs(int(e)) > MAX_EXPONENT:
        raise StatedValueError(f"exponent {e[:8]} out of range")
    return int(e)


def parse_stated(text: str) -> Interval:
    """Interval of values consistent with ``text`` as printed.

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
    rel = ""
    for r in sorted(_APPROX, key=len, reverse=True):
        if s.startswith(r):
            rel, s = r, s[len(r):].strip()
            break
    s = re.sub(r"\s*(?:×|x|-fold)$", "", s)  # a factor printed as "2.35×"
    s = re.sub(r"^×\s*", "", s)  # ... or as "×2.35"
    pct = s.endswith("%")
    if "±" in s or "+/-" in s:
        a, _, b = s.replace("+/-", "±").partition("±")
        a, b = a.strip().removeprefix("(").strip(), b.strip().removesuffix(")").strip()
        if pct and not a.endswith("%"):
            a += "%"
        c, u = _parse_number(a).value, abs(_parse_number(b).value)
        return Interval(c - u, c + u, c, "explicit", f"explicit ± {b} used as written")
    rng = _RANGE.match(s) or _HYPHEN_RANGE.match(s)
    if rng and rel in ("", "≈", "≃", "~", "∼") and not _POWER_ONLY.match(s):
        ta, tb = rng.group("a"), rng.group("b")
        if tb.endswith("%") and not ta.endswith("%"):
            ta += "%"  # "1–5%": both ends are percentages
        a, b = _parse_number(ta), _parse_number(tb)
        lo, hi = min(a.value, b.value), max(a.value, b.value)
        note = f" ('{rel}' before a range reads as 'about')" if rel else ""
        return Interval(lo - a.half_unit, hi + b.half_unit, (lo + hi) / 2, "range",
                        "range, each end to half a unit of its last digit" + note,
                        b.half_unit if b.value >= a.value else a.half_unit,
                        a.half_unit if b.value >= a.value else b.half_unit)
    n = _parse_number(s)
    c, h = n.value, n.half_unit
    if rel in ("~", "∼"):
        if c == 0:
            raise StatedValueError("order-of-magnitude statement about zero")
        lo, hi = sorted((c / SQRT10, c * SQRT10))
        return Interval(lo, hi, c, "order", "∼: within a factor √10 (same order of magnitude)")
    if rel in ("<", "≤", "<="):
        return Interval(None, c, c, "bound", f"upper bound {rel} {s}: a threshold, taken as printed", h)
    if rel in (">", "≥", ">="):
        return Interval(c, None, c, "bound", f"lower bound {rel} {s}: a threshold, taken as printed", h)
    if rel == "≲":
        return Interval(None, max(c * SQRT10, c / SQRT10), c, "bound", "≲: at most √10 times")
    if rel == "≳":
        return Interval(min(c / SQRT10, c * SQRT10), None, c, "bound", "≳: at least x/√10")
    if rel == "≪":
        return Interval(None, c / 10, c, "bound", "≪: at most a tenth")
    if rel == "≫":
        return Interval(10 * c, None, c, "bound", "≫: at least ten times")
    approx = rel in ("≈", "≃", "≅")
    if n.exact_form and not approx:
        return Interval(c, c, c, "exact", "exact as printed")
    if n.exact_form and h == 0:  # an approximate fraction: no printed precision to go by
        raise StatedValueError(f"approximate fraction {s!r} has no printed precision; write a decimal")
    kind = "percent" if pct else "rounded"
    return Interval(c - h, c + h, c, kind, "± half a unit of the last printed digit", h)


def severity_is_minor(iv: Interval, x: float | Fraction) -> bool:
    """Only just outside the printed rounding: off by one in the last printed digit
    (of the nearer end, for a range)."""
    q = Fraction(x)
    below = iv.lo is not None and q < iv.lo
    h = (iv.half_unit_lo or iv.half_unit) if below else iv.half_unit
    if not h or iv.kind not in ("rounded", "percent", "range", "bound"):
        return False
    if iv.kind == "bound":  # a threshold missed by less than its own printed rounding
        return iv.distance(q) <= h
    return iv.distance(q) <= 2 * h
