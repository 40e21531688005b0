"""Printed values in manuscript text: compact forms, value tokens, display text of a quote.

The low-level primitives shared by :mod:`claims.text.binding` (binding a claim by its quote) and
:mod:`claims.text.tables` (re-reading a table cell by position).  This module imports neither of
them (nor :mod:`claims.text.revision`); :mod:`claims.text.binding` re-exports its names.
"""

from __future__ import annotations

import re

from claims.text.manuscript import latex_to_text, markdown_to_text, normalise, normalise_char

MAX_VALUE = 80  # characters a re-read value may span
RELATIONS = "≈≃≅∼~=≲≳≪≫≤≥<>"
_REL_CLASS = "[" + re.escape(RELATIONS) + "]"
_SUPERSCRIPT = dict(zip("0123456789-+", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺"))
_SUPERSCRIPT_CHARS = set("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺")


# --- compact forms ------------------------------------------------------------------------------

def compact_with_map(s: str) -> tuple[str, list[int]]:
    """``s`` without spaces, NFKC'd, every dash '-', '~' as '∼', thousands commas dropped.

    Returns the compact string and, for each of its characters, the index in ``s``.
    """
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(s):
        for c in normalise_char(ch):
            if c.isspace():
                continue
            if c == "~":
                c = "∼"
            out.append(c)
            where.append(i)
    text = "".join(out)
    keep = [not (c in ",'’" and 0 < k < len(text) - 3 and text[k - 1].isdigit()
                 and text[k + 1:k + 4].isdigit() and not text[k + 4:k + 5].isdigit())
            for k, c in enumerate(text)]
    return "".join(c for c, ok in zip(text, keep) if ok), [w for w, ok in zip(where, keep) if ok]


def compact(s: str) -> str:
    return compact_with_map(s)[0]


def restore_form(registry: str, new: str) -> str:
    """The re-read value in the registry's typography where the shapes allow.

    When only characters changed (same compact length), each changed character replaces the
    registry's one, as a superscript where the registry had one (``∼ 10³`` read back from an
    extraction ``∼ 104`` becomes ``∼ 10⁴``).  Otherwise the manuscript's text is returned.
    """
    old_c, where = compact_with_map(registry)
    new_c = compact(new)
    if len(old_c) != len(new_c):
        return " ".join(new.split())
    chars = list(registry)
    for k, (a, b) in enumerate(zip(old_c, new_c)):
        if a != b:
            j = where[k]
            sup = chars[j] in _SUPERSCRIPT_CHARS
            chars[j] = _SUPERSCRIPT.get(b, b) if sup else b
    return "".join(chars)


# --- printed value tokens in normalised text ---------------------------------------------------------

_D = r"\d+(?:[,'’]\d{3})*(?:\.\d+)?"
_EXP = r"(?:[eE][-+]?\d+|\s?[×x·]\s?10(?:\s?\^\s?)?(?:\(\s?[-+]?[\d^()\s.+-]*\)|\{[-+]?\d+\}|[-+]?\d+))"
_NUMTOK = r"(?:10-\d{1,3}(?![\d.])|" + _D + r")(?:/\d+)?" + _EXP + r"?" + r"(?:\s?\^\s?\(?[\d^()+\-\s]*\)?)?"
_VALUE_HEAD = r"(?:" + _REL_CLASS + r"\s?)?[-+]?\s?" + _NUMTOK + r"(?:\s?%)?"
_VALUE_PM = r"(?:\s?(?:±|\+/-)\s?" + _NUMTOK + r"(?:\s?%)?)?"
_VALUE_RANGE = r"(?:\s?-\s?[-+]?" + _NUMTOK + r"(?:\s?%)?)?"
_VALUE_TAIL = r"(?:\s?(?:×|-fold)(?!\s?\d))?"
#: A printed value in normalised text: relation, sign, number, exponent, %, ± u, ×.
VALUE = re.compile(_VALUE_HEAD + _VALUE_PM + _VALUE_TAIL)
#: The same with a range end (``7-30``: in normalised text every dash is '-').
VALUE_RANGE = re.compile(_VALUE_HEAD + _VALUE_PM + _VALUE_RANGE + _VALUE_TAIL)
#: The same with thousands separated by spaces (``6 674``), for a value printed so.
VALUE_SPACED = re.compile(
    (_VALUE_HEAD + _VALUE_PM + _VALUE_TAIL).replace(_D, r"\d{1,3}(?: \d{3})+(?!\d)(?:\.\d+)?|" + _D))


def value_token_at(norm: str, a: int, ranges: bool = False) -> tuple[int, int] | None:
    """The whole printed value token at ``a`` (extended left over the digits, sign and relation
    glued to it), as a span of ``norm``; None when no value starts there.

    ``ranges``: read ``a-b`` as one range (only for a value printed as a range: in normalised
    text a range dash and a minus sign look alike); ``"spaced"``: read ``6 674`` as one number
    (only for a value printed with spaces between its thousands).
    """
    while a > 0 and (norm[a - 1].isdigit() or norm[a - 1] in ".,'’"
                     and a > 1 and norm[a - 2].isdigit()):
        a -= 1  # a number that grew at its left edge: 0.9436 -> 10.9436
    if a > 0 and norm[a - 1] in "-+±" and (a < 2 or not norm[a - 2].isalnum()):
        a -= 1
    if a > 1 and norm[a - 1] == " " and norm[a - 2] in RELATIONS:
        a -= 2
    elif a > 0 and norm[a - 1] in RELATIONS:
        a -= 1
    m = (VALUE_SPACED if ranges == "spaced" else VALUE_RANGE if ranges else VALUE).match(norm, a)
    if m is None or not re.search(r"\d", m.group(0)):
        return None
    b = m.end()
    while b > a and norm[b - 1] == " ":
        b -= 1
    return a, b


def value_token_before(norm: str, b: int, ranges: bool = False) -> tuple[int, int] | None:
    """The whole printed value token that ends at ``b`` (a value followed by the quote's suffix)."""
    for k in range(max(0, b - MAX_VALUE), b):
        if norm[k].isdigit() and (k == 0 or not (norm[k - 1].isdigit() or norm[k - 1] == ".")):
            span = value_token_at(norm, k, ranges)
            if span is not None and span[1] == b:
                return span
    return None


# --- a quote as the manuscript's format displays it -------------------------------------------

def in_format(text: str, fmt: str) -> str:
    """``text`` (a quote or a stated value) as the manuscript's format displays it, normalised.

    A quote is display text: a ``%`` in it is a percent sign, never a LaTeX comment.
    """
    if fmt == "markdown":
        text = markdown_to_text(text)
    elif fmt == "latex":
        text = latex_to_text(_percent_kept(text))
    return normalise(text or "")


def _percent_kept(text: str) -> str:
    return re.sub(r"(?<!\\)%", r"\\%", text or "")
