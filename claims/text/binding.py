"""Bind a claim to a manuscript revision: find its quote with the value masked, re-read the value.

Each claim carries a verbatim ``quote`` and its ``stated`` value as printed.  On a revision the
binding never trusts a plain substring match.  It

1. makes the claim's **anchor**: the quote with the stated value located in it (compact forms:
   no spaces, superscripts as digits, every dash ``-``) and *masked*, i.e. the quote's text
   before the value (``prefix``) and after it (``suffix``).  A value printed right after its
   quote (within :data:`AFTER_GAP` characters of the registered manuscript) extends the quote
   to the value.  A stated value found neither in nor right after its quote makes the claim
   **unverified** (it fails the build: CI could not see an edit of that value);
2. finds ``prefix · VALUE · suffix`` in the revision, where VALUE is any printed value (for a
   number) or any text (for a formula or a statement), and re-reads the value there with the
   strict number reader's token rules: the re-read value is the *whole* printed token, so a
   value at the quote's edge that grows (``0.9436`` -> ``10.9436``, ``+0.0024`` ->
   ``+0.0024 × 10³``) is seen, and a value ending a sentence is not truncated (``2.46×.``,
   ``13.2.``);
3. falls back, when the masked quote is not found, on fuzzy anchoring (one side of the quote,
   or the best-surviving context, :func:`fuzzy_anchor`), and otherwise calls the claim
   **stale**.

A table cell mention is re-read by its position (:func:`bind_cell`; the table's structure is
read by :mod:`claims.text.tables`).  The value and text primitives (compact forms, printed value
tokens, a quote's display text) are :mod:`claims.text.values`, re-exported here.

Quotes and stated values are read through the same markup conversion as the manuscript
(Markdown, LaTeX), so ``.txt``, ``.md``, ``.tex`` and ``.pdf`` revisions of the same text bind
alike.  Manuscript text is never evaluated: numbers are read by
:func:`claims.core.reading.read_number`, formulas by :mod:`claims.text.formula`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING

from claims.text.manuscript import Manuscript, latex_to_text, markdown_to_text
from claims.text.outcome import STATUSES  # noqa: F401 - re-exported (revision, quotes)
from claims.text.values import (  # noqa: F401 - re-exported for callers and tests
    _REL_CLASS,
    _VALUE_HEAD,
    MAX_VALUE,
    RELATIONS,
    VALUE,
    VALUE_RANGE,
    VALUE_SPACED,
    _percent_kept,
    compact,
    compact_with_map,
    in_format,
    restore_form,
    value_token_at,
    value_token_before,
)

if TYPE_CHECKING:
    from claims.core.model import Claim

AFTER_GAP = 40  # how far after the quote a stated value may stand
NOT_AT_QUOTE = "stated value not found at the quote"
MIN_CONTEXT = 6  # non-space characters of quote context needed to re-read a changed value there

_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_TYPO_THOUSANDS = "\u2009\u202f\u00a0\u2007"  # typographic thousands spaces (thin, narrow, no-break)


def is_numeric(stated: str) -> bool:
    """Does the reading policy read ``stated`` as a number?"""
    from claims.core.reading import StatedValueError, parse_stated

    if not stated or not stated.strip():
        return False
    try:
        parse_stated(stated)
    except StatedValueError:
        return False
    return True


def _boundary_ok(text: str, a: int, b: int, needle: str) -> bool:
    """A located number is not part of a longer number of ``text`` (0.99 inside 0.990)."""
    before = text[a - 1] if a > 0 else " "
    after = text[b] if b < len(text) else " "
    after2 = text[b + 1] if b + 1 < len(text) else " "
    if needle[:1].isdigit() and (before.isdigit() or before == "."):
        return False
    if needle[-1:].isdigit() and (after.isdigit() or (after == "." and after2.isdigit())):
        return False
    return True


def locate_in(text: str, stated: str) -> tuple[int, int, str] | None:
    """Span ``[a, b)`` of ``stated`` in (normalised) ``text`` and the part of ``stated`` not found.

    The stated value is compared in compact form, at number boundaries of ``text``.  When
    the value's leading relation sign (``≈``, ``∼``, ``<`` ...) is not in the text, the
    number alone is located and the sign is returned as the third element (``lead``), to be
    put back in front of a re-read value.
    """
    ctext, cmap = compact_with_map(text)
    cst = compact(stated)
    lead = ""
    for attempt in range(2):
        if not cst:
            return None
        k = ctext.find(cst)
        while k >= 0:
            a, b = cmap[k], cmap[k + len(cst) - 1] + 1
            if _boundary_ok(text, a, b, cst):
                return a, b, lead
            k = ctext.find(cst, k + 1)
        if attempt == 0 and cst[0] in RELATIONS:
            lead, cst = stated.strip()[0], cst[1:]
        else:
            return None
    return None


# --- the claim's anchor ------------------------------------------------------------------------------

_VIEWS: dict = {}


def as_format(reference: Manuscript | None, fmt: str) -> Manuscript | None:
    """The registered manuscript as a revision of format ``fmt`` displays the same text.

    The registry's quotes are taken from the registered manuscript (display text); a revision
    in another format is compared with that text put through the same markup conversion as
    the revision and the quotes (Markdown, LaTeX; a PDF's text is read as is), so the anchor,
    the claim's place and the fuzzy anchoring are made on the same display text whatever the
    revision's format.  Line by line, so line numbers stay the registered manuscript's.
    """
    if reference is None or reference.format == fmt or (
            fmt in ("text", "pdf") and reference.format in ("text", "pdf")):
        return reference
    key = (id(reference), fmt)
    hit = _VIEWS.get(key)
    if hit is not None and hit[0] is reference:
        return hit[1]
    if len(_VIEWS) > 16:
        _VIEWS.clear()
    if fmt == "markdown":
        view = markdown_to_text(reference.text)
    elif fmt == "latex":
        view = latex_to_text(_percent_kept(reference.text))
    else:
        view = reference.text
    out = Manuscript.from_text(view, reference.path, fmt)
    _VIEWS[key] = (reference, out)
    return out


@dataclass(frozen=True)
class Anchor:
    """A claim's quote with its stated value masked (all normalised).

    ``token`` is the whole printed token at the value's place in the manuscript the anchor was
    made on (``= 0.9436`` around a stated ``0.9436``): a revision is compared token to token.
    ``index`` and ``count``: which of the places enclosed by ``prefix`` and ``suffix`` is the
    claim's, there (the claim's place by position when the context repeats).
    """

    prefix: str
    value: str  # the stated value as it stands in the quote (or right after it)
    suffix: str
    lead: str  # a relation sign of the stated value missing from the text
    after: bool  # the value stands right after the quote, not inside it
    token: str = ""
    index: int | None = None
    count: int = 0
    at: int | None = None  # where the value stands in the manuscript the anchor was made on
    wide: str = ""  # the registered text around the value (WIDE characters each side)
    wide_at: int = 0  # the value's offset in ``wide``


def anchor_of(quote: str, stated: str, where: Manuscript | None) -> Anchor | None:
    """The claim's anchor: the value located in the quote, or right after the quote in ``where``.

    None when the stated value is found neither in the quote nor right after it.
    """
    loc = locate_in(quote, stated)
    hits = _find(where.norm, quote) if where is not None else []
    if loc is not None:
        a, b, lead = loc
        anchor = Anchor(quote[:a], quote[a:b], quote[b:], lead, False, quote[a:b])
        at = hits[0] + a if len(hits) == 1 else None
    else:
        if len(hits) != 1:
            return None
        start = hits[0]
        window = where.norm[start:start + len(quote) + AFTER_GAP + MAX_VALUE]
        loc = locate_in(window, stated)
        if loc is None or loc[0] > len(quote) + AFTER_GAP or loc[0] < len(quote) - len(stated) - 2:
            return None
        a, b, lead = loc
        anchor = Anchor(window[:a], window[a:b], "", lead, True, window[a:b])
        at = start + a
    if at is None:
        return anchor
    numeric = is_numeric(stated)
    found = _masked(where.norm, anchor, numeric, _is_range(anchor.value) or _is_range(stated))
    for k, (pos, tok, _span) in enumerate(found):
        if pos <= at < pos + max(1, len(tok)):
            wide, off = _wide(where.norm, at, len(tok))
            return dataclasses.replace(anchor, token=tok, index=k, count=len(found), at=at,
                                       wide=wide, wide_at=off)
    wide, off = _wide(where.norm, at, len(anchor.value))
    return dataclasses.replace(anchor, at=at, wide=wide, wide_at=off)


WIDE = 30  # characters of registered text each side of a value that, found once, bind it


def _wide(norm: str, at: int, n: int) -> tuple[str, int]:
    """The registered text around a value, if it stands only once there (else ""), and the
    value's offset in it."""
    for w in (WIDE, 3 * WIDE):
        s = norm[max(0, at - w):at + n + w]
        if len(_find(norm, s)) == 1:
            return s, at - max(0, at - w)
    return "", 0


_ANCHORS: dict = {}


def _cached_anchor(q: str, st: str, where: Manuscript) -> Anchor | None:
    """:func:`anchor_of` on a reference manuscript, computed once per (reference, quote, value)."""
    key = (id(where), q, st)
    hit = _ANCHORS.get(key)
    if hit is not None and hit[0] is where:
        return hit[1]
    if len(_ANCHORS) > 20000:
        _ANCHORS.clear()
    a = anchor_of(q, st, where)
    _ANCHORS[key] = (where, a)
    return a


def _is_range(stated: str) -> bool | str:
    if re.search(r"\d[ \u2009\u202f\u00a0\u2007]\d{3}(?!\d)", stated or ""):
        return "spaced"
    return bool(re.search(r"\d\s*[–—]\s*[-−]?\d|\d\s+to\s+\d", stated or ""))


def _find(hay: str, needle: str) -> list[int]:
    out, i = [], hay.find(needle) if needle else -1
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


# --- binding one claim ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Binding:
    """Where a claim stands in a manuscript revision and what it states there."""

    claim_id: str
    status: str  # one of STATUSES
    stated: str  # what the manuscript states now ("" if lost or stale)
    stated_registry: str
    line: int | None = None
    note: str = ""
    span: tuple[int, int] | None = None  # normalised span of the quote (or anchors) found
    value_span: tuple[int, int] | None = None  # normalised span of the value token re-read

    @property
    def changed(self) -> bool:
        return self.status == "changed"


def bind(claim, ms: Manuscript, reference: Manuscript | None = None) -> Binding:
    """Find ``claim`` in ``ms`` and re-read its stated value (see the module docstring).

    ``reference`` is the manuscript the registry's quotes were taken from, when available: the
    anchor (value right after its quote, the whole token, the place among repeated contexts)
    is made there, and fuzzy anchoring is trusted only where it is unambiguous there too.
    """
    if getattr(claim, "cell", None) is not None:  # a table cell: re-read by position
        return bind_cell(claim, ms, reference)
    stated = claim.stated or ""
    q = in_format(claim.quote, ms.format)
    if not q:
        return Binding(claim.id, "stale", "", stated, note="the claim has no quote")
    occ = _find(ms.norm, q)
    if not stated.strip():
        return _quote_only(claim, ms, q, occ, "no stated value (lost in extraction): bound by its quote")
    st = _as_read(stated, ms)
    reference = as_format(reference, ms.format)
    where = reference
    anchor = _cached_anchor(q, st, where) if where is not None else None
    if anchor is None:
        anchor = anchor_of(q, st, ms)
    if anchor is None:
        if len(occ) == 1:
            return Binding(claim.id, "unverified", stated, stated, ms.line_of(occ[0]),
                           note=f"{NOT_AT_QUOTE}: {stated!r} is neither in its quote nor right "
                                "after it, so an edit of it cannot be seen; fix the quote",
                           span=(occ[0], occ[0] + len(q)))
        return _quote_only(claim, ms, q, occ, "")
    numeric = is_numeric(stated)
    if anchor.wide and len(anchor.wide) > 2 * WIDE and where is not None:
        w = _find(ms.norm, anchor.wide)
        if len(w) == 1:  # the registered text around the value stands once: unchanged there
            pos = w[0] + anchor.wide_at
            return Binding(claim.id, "unchanged", stated, stated, ms.line_of(pos), span=(
                occ[0], occ[0] + len(q)) if len(occ) == 1 else (pos, pos + len(anchor.value)),
                value_span=(pos, pos + len(anchor.value)))
    ranges = _is_range(anchor.value) or _is_range(stated)
    hits = _masked(ms.norm, anchor, numeric, ranges)
    ref_token = compact(anchor.token or anchor.value)
    n_hits = len(hits)
    if len(hits) > 1:
        same = [h for h in hits if compact(h[1]) == ref_token]
        if anchor.index is not None and len(hits) == anchor.count:
            hits = [hits[anchor.index]]  # the claim's place by position among repeated contexts
        elif len(same) == 1 and anchor.count <= 1:
            hits = same
        else:
            by_context = _by_registered_context(claim, ms, anchor, where, numeric, ranges)
            if by_context is not None:
                return by_context
            lines = ", ".join(str(ms.line_of(h[0])) for h in hits[:5])
            return Binding(claim.id, "stale", "", stated,
                           note=f"quote's context occurs {len(hits)} times (lines {lines}); "
                                "make the quote unique")
    if anchor.count > 1 and n_hits != anchor.count:
        # the context repeats in the registered manuscript and a place is gone: which one is
        # this claim's cannot be told by position; its own value standing once still tells,
        # else fuzzy anchoring decides (it must be unambiguous in the registered text too)
        hits = [h for h in hits if compact(h[1]) == ref_token]
        if len(hits) != 1:
            hits = []
    side = len(compact(anchor.prefix)) + len(compact(anchor.suffix))
    if side < MIN_CONTEXT:  # too little context to re-read a changed value: only the same one
        hits = [h for h in hits if compact(h[1]) == ref_token]
        if len(hits) != 1:
            by_context = _by_registered_context(claim, ms, anchor, where, numeric, ranges)
            if by_context is not None:
                return by_context
    if len(hits) == 1:
        pos, new, span = hits[0]
        if anchor.after and where is not None and compact(new) == ref_token and not _text_after_stands(
                ms, pos + len(new), where, anchor):
            return Binding(claim.id, "stale", "", stated, note=(
                "the value after the quote is the registry's but the registered text after it "
                "is gone: the claim's value may have been deleted up to a like value (declare "
                "the table cell, or quote the text after the value)"))
        how = "value right after the quote" if anchor.after else "value re-read at its quote"
        return _result(claim, ms, new, pos, span, how, anchor)
    return fuzzy_anchor(claim, ms, q, anchor, reference)


EXTEND = 24  # non-space characters of registered context added to each side of a short quote


def extended(anchor: Anchor, where: Manuscript, numeric: bool, ranges=False) -> Anchor | None:
    """The anchor of a quote whose context around the value is too short (under
    :data:`MIN_CONTEXT` characters: a quote that is the formula itself, ``∼ 100 kHz.``), its
    prefix and suffix lengthened by the registered manuscript's text around the value
    (:data:`EXTEND` non-space characters each side, or as many as there are).

    A changed value is then re-read between the lengthened sides, as for a long quote.  None
    when the claim's place in the registered manuscript is not known, or the lengthened
    context does not tell it there (it must enclose exactly the claim's value, once).
    """
    if anchor.at is None:
        return None
    norm, at, n = where.norm, anchor.at, len(anchor.token or anchor.value)
    if norm[at:at + len(anchor.value)] != anchor.value:
        return None
    a, have = at, 0
    while a > 0 and have < EXTEND:
        a -= 1
        have += not norm[a].isspace()
    b, have = at + len(anchor.value), 0
    while b < len(norm) and have < EXTEND:
        have += not norm[b].isspace()
        b += 1
    ext = dataclasses.replace(anchor, prefix=norm[a:at], suffix=norm[at + len(anchor.value):b])
    if len(compact(ext.prefix)) + len(compact(ext.suffix)) < MIN_CONTEXT:
        return None
    there = _masked(norm, ext, numeric, ranges)
    if len(there) != 1 or not there[0][0] <= at < there[0][0] + max(1, n):
        return None
    return ext


AFTER_CONTEXT = 8  # non-space characters of registered text after a value that follows its quote


def _text_after_stands(ms: Manuscript, end: int, where: Manuscript, anchor: Anchor) -> bool:
    """Does the registered text right after a value printed after its quote (the anchor's
    missing side, :data:`AFTER_CONTEXT` characters) still follow the value re-read at ``end``?"""
    if anchor.at is None:
        return True
    ref_end = anchor.at + len(anchor.token or anchor.value)
    want = compact(where.norm[ref_end:ref_end + 4 * AFTER_CONTEXT])[:AFTER_CONTEXT]
    return compact(ms.norm[end:end + 4 * AFTER_CONTEXT]).startswith(want)


def _as_read(stated: str, ms: Manuscript) -> str:
    """A stated value as the manuscript's format displays it (markup converted)."""
    return in_format(stated, ms.format) if ms.format in ("markdown", "latex") else stated


def _by_registered_context(claim, ms: Manuscript, anchor: Anchor, where: Manuscript | None,
                           numeric: bool, ranges) -> Binding | None:
    """The value re-read between the registered text around the claim's value (the quote's
    context lengthened, :func:`extended`) when the quote's own context is too short or repeats.
    Both sides must stand: one side alone would let a neighbouring value slide into a deleted
    one's place (two figure labels ``N inst c ≈360``, ``N inst c ≈105``).  None when they do
    not stand once here."""
    if where is None:
        return None
    ext = extended(anchor, where, numeric, ranges)
    if ext is None:
        return None
    found = _masked(ms.norm, ext, numeric, ranges)
    if len(found) != 1:
        return None
    pos, new, span = found[0]
    return _result(claim, ms, new, pos, span, "value re-read at its quote's registered context", ext)


def _quote_only(claim, ms: Manuscript, q: str, occ: list[int], note: str) -> Binding:
    stated = claim.stated or ""
    if len(occ) == 1:
        return Binding(claim.id, "unchanged", stated, stated, ms.line_of(occ[0]), note=note,
                       span=(occ[0], occ[0] + len(q)))
    if occ:
        lines = ", ".join(str(ms.line_of(i)) for i in occ[:5])
        return Binding(claim.id, "stale", "", stated,
                       note=f"quote occurs {len(occ)} times (lines {lines}); make it unique")
    return Binding(claim.id, "stale", "", stated, note="quote not found")


def _masked(norm: str, anchor: Anchor, numeric: bool,
            ranges: bool = False) -> list[tuple[int, str, tuple[int, int]]]:
    """Every place of ``norm`` where the anchor's prefix and suffix enclose a value: (start of
    the value, the whole value token or formula text, span of prefix+value+suffix)."""
    p, s = anchor.prefix, anchor.suffix
    out = []
    if p and s:
        limit = MAX_VALUE if numeric else min(MAX_VALUE * 3, 2 * len(anchor.value) + 20)
        rx = re.compile(r"(.{1,%d}?)" % limit + re.escape(s))
        for i in _find(norm, p):
            m = rx.match(norm, i + len(p))
            if m is None:
                continue
            a, b = m.start(1), m.end(1)
            if numeric:
                inner = m.group(1)
                if any(ch in _BIDI for ch in inner):  # shown reordered: the finding is the text
                    out.append((a, inner.strip(), (i, m.end())))
                    continue
                a0 = a + len(inner) - len(inner.lstrip())
                tok = value_token_at(norm, a0, ranges)
                b0 = b - (len(inner) - len(inner.rstrip()))
                if tok is None or tok[1] < b0 or tok[0] < i:
                    continue  # not one printed value between the quote's two sides
                a1 = max(tok[0], a)  # the prefix is the quote's, not the value's
                out.append((a1, norm[a1:tok[1]], (i, m.end())))
            else:
                out.append((a, norm[a:b].strip(), (i, m.end())))
    elif p:
        for i in _find(norm, p):
            a = i + len(p)
            if numeric:
                a0 = a + len(norm[a:a + 3]) - len(norm[a:a + 3].lstrip())
                tok = value_token_at(norm, a0, ranges)
                if tok is None or tok[0] < i:
                    continue
                a1 = max(tok[0], a)
                out.append((a1, norm[a1:tok[1]].strip(), (i, tok[1])))
            else:
                b = _formula_end(norm, a, anchor.value)
                out.append((a, norm[a:b].strip(), (i, b)))
    elif s:
        for i in _find(norm, s):
            end = i
            while end > 0 and norm[end - 1] == " ":
                end -= 1
            if numeric:
                tok = value_token_before(norm, end, ranges)
                if tok is None:
                    continue
                out.append((tok[0], norm[tok[0]:tok[1]], (tok[0], i + len(s))))
            else:
                a = _formula_start(norm, end, anchor.value)
                out.append((a, norm[a:end].strip(), (a, i + len(s))))
    else:  # the quote is the value alone
        for i in _find(norm, anchor.value):
            if _boundary_ok(norm, i, i + len(anchor.value), anchor.value):
                out.append((i, anchor.value, (i, i + len(anchor.value))))
    if not numeric:  # an edited formula is still mostly the formula; other text is not it
        out = [h for h in out if similar(h[1], anchor.value)]
    return out


SIMILAR = 0.6  # share of a formula's characters an edited print keeps (difflib ratio)


def similar(new: str, old: str) -> bool:
    """Is ``new`` an edit of the formula ``old`` (not some other text)?"""
    from difflib import SequenceMatcher

    a, b = compact(new), compact(old)
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    if k == len(a) == len(b):
        return True
    a, b = a[k:], b[k:]  # what differs: the head both share says nothing
    if max(len(a), len(b)) <= 4:
        return True  # a small edit at the end (a coefficient, a sign)
    return bool(a) and SequenceMatcher(None, a, b, autojunk=False).ratio() >= SIMILAR


def _formula_end(norm: str, a: int, old: str) -> int:
    """End of a formula that begins at ``a``: as many formula tokens as the registry's print."""
    from claims.text.formula import FormulaError, tokens

    try:
        n = len(tokens(old))
    except FormulaError:
        return min(len(norm), a + len(old))
    b = a
    for _ in range(n):
        while b < len(norm) and norm[b] == " ":
            b += 1
        k = _one_token(norm, b)
        if k is None:
            break
        b = k
    return b


def _one_token(norm: str, b: int) -> int | None:
    """End of the one formula token at ``b`` of normalised text (None: no token there)."""
    from claims.text.formula import _TOKEN

    m = _TOKEN.match(norm, b)
    if m is None or m.lastgroup == "space":
        return None
    return m.end()


def _formula_start(norm: str, b: int, old: str) -> int:
    """Start of a formula that ends at ``b``: as long as the registry's print, compactly."""
    need = len(compact(old))
    a, have = b, 0
    while a > 0 and have < need:
        a -= 1
        if not norm[a].isspace():
            have += 1
    return a


def _result(claim, ms: Manuscript, new: str, pos: int, span, how: str, anchor: Anchor) -> Binding:
    stated = claim.stated
    ref = anchor.token or anchor.value
    vs = (pos, pos + len(new))
    m = re.search(r"[\d+-]", new)
    if m and stated.strip()[:1] not in RELATIONS:
        pos += m.start()  # the line of the number, not of a relation sign before it
    if compact(new) == compact(ref):
        return Binding(claim.id, "unchanged", stated, stated, ms.line_of(pos), note="", span=span,
                       value_span=vs)
    core = _core(new, ref, anchor)
    if core == new.strip() and not anchor.lead and vs[1] > vs[0]:
        a, e = ms.text_span(*vs)  # the print as displayed (𝒩, not its NFKC form N)
        shown = " ".join(ms.text[a:e].split())
        if compact(shown) == compact(core):
            core = shown
    new = core
    if is_numeric(stated):
        new = _typographic_thousands(ms, pos, new)
    if compact(new) == compact(stated):
        return Binding(claim.id, "unchanged", stated, stated, ms.line_of(pos), note="", span=span,
                       value_span=vs)
    return Binding(claim.id, "changed", restore_form(stated, new.strip()), stated, ms.line_of(pos),
                   note=how, span=span, value_span=vs)


def _core(new: str, ref: str, anchor: Anchor) -> str:
    """The stated part of a re-read token: the token less the text the reference token holds
    around the stated value (``= `` before ``0.9436``), with a missing relation sign put back."""
    cref, cval, cnew = compact(ref), compact(anchor.value), compact(new)
    k = cref.find(cval)
    pre, post = (cref[:k], cref[k + len(cval):]) if k >= 0 else ("", "")
    core = new.strip()
    if pre and cnew.startswith(pre):
        core = _drop_compact(core, len(pre), front=True)
    if post and cnew.endswith(post):
        core = _drop_compact(core, len(post), front=False)
    elif post and not re.search(r"[±–—-]|\bto\b", anchor.value.strip().lstrip("+-−")):
        head = re.compile(_VALUE_HEAD).match(core)  # the value is the token's head (-0.1 of -0.1 ± 1.7)
        if head:
            core = head.group(0).strip()
    if anchor.lead and core[:1] not in RELATIONS:
        core = anchor.lead + " " + core
    return core


def _drop_compact(s: str, n: int, front: bool) -> str:
    """``s`` less its first (or last) ``n`` non-space characters."""
    _, where = compact_with_map(s)
    if n >= len(where):
        return ""
    return s[where[n]:].strip() if front else s[:where[len(where) - n - 1] + 1].strip()


def _typographic_thousands(ms: Manuscript, pos: int, new: str) -> str:
    """A value followed by a group of three digits after a thin or narrow space of the display
    text (``6 674``): the group belongs to the value."""
    i = ms.norm.find(new, pos)
    end = (i if i >= 0 else pos) + len(new)
    m = re.match(r" (\d{3})(?!\d)", ms.norm[end:end + 5])
    if m and end < len(ms.norm_to_text) and ms.text[ms.norm_to_text[end]] in _TYPO_THOUSANDS:
        return new + "\u2009" + m.group(1)
    return new


# --- fuzzy anchoring: the masked quote is no longer found -------------------------------------

MIN_ANCHOR = 6  # characters of quote context (and half of it) to anchor on one side only
MIN_BOTH = 6  # characters of quote context (both sides together) to anchor on both sides

_NUM = r"\d+(?:\.\d+)?"
_GENERIC_VALUE = re.compile(
    r"(?:" + _REL_CLASS + r"\s*)?-?\s*" + _NUM
    + r"(?:\s*/\s*\d+)?(?:\s*[eE][-+]?\d+|\s*[×x·]\s*10\s*\^?\s*-?\s*\d+)?(?:\s*%)?"
    + r"(?:\s*±\s*" + _NUM + r"(?:\s*%)?)?(?:\s*×(?!\s*10))?")


def value_pattern(stated: str) -> re.Pattern:
    """A pattern for a re-read value of the same shape as ``stated``.

    Every number may change (digits, decimals, sign); a leading relation sign may change;
    the other characters stay, with any spacing between tokens.
    """
    cst = compact(stated)
    parts: list[str] = []
    i = 0
    if cst[:1] and cst[0] in RELATIONS:
        parts.append(_REL_CLASS)
        i = 1
    for m in re.finditer(r"-?\d+(?:\.\d+)?|.", cst[i:], re.S):
        tok = m.group(0)
        parts.append(r"-?\s*" + _NUM if tok[-1].isdigit() else re.escape(tok))
    return re.compile(r"\s*".join(parts))


def fuzzy_anchor(claim: Claim, ms: Manuscript, q: str, anchor: Anchor,
                 reference: Manuscript | None = None) -> Binding:
    """Fuzzy anchoring when the masked quote is not found: the quote's text left and right of
    the value.

    The methods are tried in turn; the first that finds exactly one value wins.  With a
    ``reference`` (the manuscript the registry quotes), a method is trusted only if it
    finds exactly one value there too: a context shared by two rows of a table (the same
    words around a different number) must not re-anchor a deleted row to its neighbour.
    """
    prefix, suffix, lead = anchor.prefix, anchor.suffix, anchor.lead
    stated_in_text = claim.stated if not lead else claim.stated.lstrip()[1:]
    pat = value_pattern(stated_in_text)
    numeric = is_numeric(claim.stated)
    one_side = max(MIN_ANCHOR, (len(prefix) + len(suffix)) // 2)  # one side alone: half the context

    def both(norm: str) -> list:
        rx = re.compile(re.escape(prefix) + "(.{1,%d}?)" % MAX_VALUE + re.escape(suffix))
        return [(m.start(1), m.group(1), (m.start(), m.end()), "prefix and suffix")
                for m in rx.finditer(norm)
                if not numeric or pat.fullmatch(m.group(1).strip())
                or _GENERIC_VALUE.fullmatch(m.group(1).strip())]  # a printed value between

    def prefix_only(norm: str) -> list:
        return [(m.start(), m.group(0), (i, m.end()), "prefix only")
                for i in _find_raw(norm, prefix) if (m := pat.match(norm, i + len(prefix)))]

    def suffix_only(norm: str) -> list:
        out = []
        for i in _find_raw(norm, suffix):
            window = norm[max(0, i - MAX_VALUE):i]
            m = re.search("(?:" + pat.pattern + r")\s*$", window)
            if m:
                s0 = i - len(window) + m.start()
                out.append((s0, window[m.start():].rstrip(), (s0, i + len(suffix)), "suffix only"))
        return out

    methods = []
    if len(prefix.strip()) + len(suffix.strip()) >= MIN_BOTH and prefix and suffix:
        methods.append(both)
    if numeric and len(prefix.strip()) >= one_side:
        methods.append(prefix_only)
    if numeric and len(suffix.strip()) >= one_side:
        methods.append(suffix_only)
    if numeric:
        methods.append(lambda norm: _best_context(norm, prefix, suffix, pat))
    hits: list = []
    for method in methods:
        hits = method(ms.norm)
        if hits and reference is not None and len(method(reference.norm)) != 1:
            hits = []  # ambiguous in the manuscript the registry quotes: not an anchor
            continue
        if hits:
            break
    if len(hits) != 1:
        note = "quote not found" + (f"; its context around the value occurs {len(hits)} times"
                                    if hits else "")
        return Binding(claim.id, "stale", "", claim.stated, note=note)
    pos, new, span, how = hits[0]
    if reference is not None and anchor.at is not None and not _same_place(
            ms.norm, pos, len(new), reference.norm, anchor.at, how):
        return Binding(claim.id, "stale", "", claim.stated,
                       note=f"quote not found; the text around the value {how} found at line "
                            f"{ms.line_of(pos)} is not the registered manuscript's text around it")
    if reference is not None and anchor.at is not None and (
            other := _another_passage(ms.norm, pos, len(new), reference.norm, anchor.at)) is not None:
        return Binding(claim.id, "stale", "", claim.stated,
                       note=f"quote not found; the value {how} found at line {ms.line_of(pos)} "
                            f"stands in the registered manuscript too, at line "
                            f"{reference.line_of(other)}: another passage restating it")
    if numeric:  # the whole printed token, never a truncated one
        tok = value_token_at(ms.norm, pos + len(new) - len(new.lstrip()))
        if tok is not None and tok[1] >= pos + len(new.rstrip()):
            a = tok[0] if re.fullmatch(r"[\d.,+-]*", ms.norm[tok[0]:pos]) else pos
            pos, new = a, ms.norm[a:tok[1]]
    return _result(claim, ms, new, pos, span, f"anchored by {how} of the quote", anchor)


PLACE = 12  # characters of text next to a fuzzily anchored value that must be the claim's
NEAR = 2000  # characters a fuzzily anchored value may drift from the claim's registered place


def _same_place(norm: str, pos: int, n: int, ref: str, at: int, how: str = "") -> bool:
    """Is the fuzzily anchored value at ``pos`` of ``norm`` the claim's place (``at`` of the
    registered text ``ref``)?  The text on one side of it must stand next to the claim's value
    in the registered text too (an edit next to a value leaves the other side standing)."""
    drift = abs(pos / max(1, len(norm)) - at / max(1, len(ref))) * len(ref)
    if drift > max(NEAR, abs(len(norm) - len(ref)) + NEAR):
        return False  # far from the claim's place: another passage with similar words
    near = ref[max(0, at - 80):at + n + 80]
    left = norm[max(0, pos - PLACE):pos]
    right = norm[pos + n:pos + n + PLACE]
    left_ok = left.strip() != "" and left in near
    right_ok = right.strip() != "" and right in near
    if how == "suffix only":  # the right side is the quote's own suffix: the left must tell
        return left_ok
    if how == "prefix only":
        return right_ok
    return left_ok or right_ok


OTHER = 20  # characters each side of a fuzzily anchored value compared with the registered text


def _another_passage(norm: str, pos: int, n: int, ref: str, at: int) -> int | None:
    """Where the registered text ``ref`` already holds the fuzzily anchored value at ``pos`` of
    ``norm`` with the same text around it (:data:`OTHER` characters each side), elsewhere than
    the claim's place ``at``: the value found is then another passage restating it (a caption
    repeating a sentence), not the claim's place moved by an edit.  None when it is not so."""
    left = norm[max(0, pos - OTHER):pos]
    window = left + norm[pos:pos + n + OTHER]
    if len(window.strip()) < OTHER:
        return None
    places = [i + len(left) for i in _find_raw(ref, window)]
    if not places or any(abs(p - at) <= n for p in places):
        return None
    return places[0]


def _find_raw(hay: str, needle: str) -> list[int]:
    out, i = [], hay.find(needle) if needle else -1
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


MIN_SURVIVING = 6  # letters and digits of the quote's context still standing around a value
CONTEXT_SHARE = 0.75  # ... and this share of the quote's context
RUNNER_UP = 0.8  # the runner-up must score at most this share of the winner
MAX_CANDIDATES = 2000


def _best_context(norm: str, prefix: str, suffix: str, pat: re.Pattern) -> list:
    """Where the quote's context around the value survives best (a neighbouring edit broke it).

    Candidates are values of the stated value's shape right after the quote's last token
    before the value, or right before its first token after the value.  Each scores the
    characters of the quote's context (prefix and suffix) that still stand at the same
    distance from the value (an edit next to the value leaves the rest aligned).  The best candidate wins if it
    keeps at least :data:`MIN_SURVIVING` letters and digits and :data:`CONTEXT_SHARE` of
    the context's,
    and the runner-up scores at most :data:`RUNNER_UP` of it (a clear, unique winner).
    """
    cands: set[tuple[int, int]] = set()
    ptoks, stoks = prefix.split(), suffix.split()
    if ptoks:
        gap = 1 if prefix.endswith(" ") else 0
        for i in _find_raw(norm, ptoks[-1])[:MAX_CANDIDATES]:
            m = pat.match(norm, i + len(ptoks[-1]) + gap)
            if m and not m.group(0)[:1].isspace():
                cands.add((m.start(), m.end()))
    if stoks:
        gap = 1 if suffix.startswith(" ") else 0
        for i in _find_raw(norm, stoks[0])[:MAX_CANDIDATES]:
            window = norm[max(0, i - gap - MAX_VALUE):i - gap]
            m = re.search("(?:" + pat.pattern + r")$", window)
            if m:
                a = i - gap - len(window) + m.start()
                a += len(m.group(0)) - len(m.group(0).lstrip())
                cands.add((a, i - gap))
    scored = sorted(((_aligned(norm[max(0, a - len(prefix)):a][::-1], prefix[::-1])
                      + _aligned(norm[b:b + len(suffix)], suffix), a, b) for a, b in cands),
                    reverse=True)
    if not scored:
        return []
    best = scored[0]
    runner = scored[1][0] if len(scored) > 1 else 0
    need = max(MIN_SURVIVING, CONTEXT_SHARE * sum(c.isalnum() for c in prefix + suffix))
    if best[0] < need or runner > RUNNER_UP * best[0]:
        return []
    _, a, b = best
    return [(a, norm[a:b], (a, b), f"the surviving context ({best[0]} letters and digits)")]


def _aligned(x: str, y: str) -> int:
    """Letters and digits of ``y`` standing at the same distance from the value in ``x``.

    Spaces and punctuation (table pipes) are left out: every row of a table has them.
    """
    return sum(c == d and c.isalnum() for c, d in zip(x, y))


# --- a table cell: re-read by its position (claims.text.tables) -----------------------------

def bind_cell(claim, ms: Manuscript, reference: Manuscript | None = None):
    """The binding of a cell mention (see :mod:`claims.text.tables`)."""
    from claims.text.tables import TableError, locate_cell, read_cell

    cell = claim.cell
    stated = claim.stated or ""
    st = in_format(stated, ms.format)
    if reference is not None:
        try:
            ref_text, _ = read_cell(reference, cell)
        except TableError as e:
            return Binding(claim.id, "unverified", stated, stated, note=f"{e} in the registered "
                           "manuscript; fix the table declaration")
        if compact(ref_text) != compact(in_format(stated, reference.format)):
            return Binding(claim.id, "unverified", stated, stated,
                           note=f"cell ({cell.row}, {cell.column}) of table {cell.table.id} reads "
                                f"{ref_text!r} in the registered manuscript, not {stated!r}")
    try:
        text, line, row, span = locate_cell(ms, cell)
    except TableError as e:
        # the table's rows are not lines of this revision (reflowed text, a row lost): the
        # cell's own quote, if it has one, still tells the cell (re-read by its text)
        if getattr(claim, "quote", ""):
            b = bind(_without_cell(claim), ms, reference)
            if b.status in ("unchanged", "changed"):
                return dataclasses.replace(b, note=f"{e}; re-read at its quote"
                                           + (f" ({b.note})" if b.note else ""))
        return Binding(claim.id, "stale", "", stated, note=str(e))
    if compact(text) == compact(st):
        return Binding(claim.id, "unchanged", stated, stated, line, span=row, value_span=span)
    if not text:
        return Binding(claim.id, "stale", "", stated, line, note=f"cell ({cell.row}, "
                       f"{cell.column}) of table {cell.table.id} is empty in this revision")
    return Binding(claim.id, "changed", restore_form(stated, text), stated, line,
                   note=f"cell ({cell.row}, {cell.column}) of table {cell.table.id} re-read by "
                        "position", span=row, value_span=span)


def _without_cell(claim):
    """The claim as a quoted mention (its cell declaration set aside)."""
    if dataclasses.is_dataclass(claim):
        return dataclasses.replace(claim, cell=None)
    return SimpleNamespace(**{**vars(claim), "cell": None})


# --- offenders: quotes that do not contain their stated value ------------------------------------

def unverified(registry, paper: str, manuscript: Manuscript | None = None) -> list[tuple[str, str]]:
    """(claim id, reason) for every claim of ``paper`` the manuscript cannot verify at its quote.

    ``manuscript`` defaults to the paper's registered manuscript.  A claim is listed when its
    quote is not found exactly once, or its stated value is neither in the quote nor right
    after it.  Paper modules fix their quotes until this list is empty.
    """
    from claims.text.manuscript import read_manuscript

    if manuscript is None:
        path, looked = registry.manuscript(paper)
        if path is None:
            raise FileNotFoundError(f"the manuscript of {paper} was not found (looked in "
                                    f"{', '.join(str(p) for p in looked)})")
        manuscript = read_manuscript(path)
    out = []
    for c in registry.for_paper(paper):
        b = bind(c, manuscript, manuscript)
        if b.status != "unchanged":
            out.append((c.id, f"{b.status}: {b.note}"))
    return out


# --- a changed print, re-judged --------------------------------------------------------------------

def _is(judge, name: str) -> bool:
    return any(k.__name__ == name for k in type(judge).__mro__)


def judge_of(claim):
    """The claim's judge (on the claim, or on its quantity)."""
    j = getattr(claim, "judge", None)
    if j is None:
        j = getattr(getattr(claim, "quantity", None), "judge", None)
    return j


def restate(claim, binding: Binding):
    """The claim as the revision states it, ready to be re-judged.

    * a number judged by a Value judge: the new stated value; a claim with a ``reading``
      re-reads it from the new print by its rule (:mod:`claims.text.readings`), or is
      undecided when the rule cannot read the new print;
    * a formula judged by an Expression judge: the judge on the re-read transcription
      (:func:`claims.text.formula.rejudge`), or undecided;
    * a statement decided by routes that do not read the print (a Property): undecided, with
      the new print shown (its predicate checks the registry's statement);
    * a not-checkable statement: the new print, still not checkable.

    Returns ``(claim, undecided_reason or None)``.
    """
    import dataclasses as dc

    from claims.text.formula import Undecided, rejudge

    new = binding.stated
    judge = judge_of(claim)
    out = dc.replace(claim, stated=new)
    if judge is None or _is(judge, "NotCheckable"):
        return out, None
    if _is(judge, "Value"):
        reading = getattr(claim, "reading", "")
        if not reading:
            return out, None
        from claims.text.readings import ReadingError, reading_of, rule_of

        rule = rule_of(claim)
        try:
            return dc.replace(out, reading=reading_of(new, rule)), None
        except ReadingError as e:
            why = (f"the print changed to {new!r}; its reading ({rule!r}) cannot be re-read: {e}")
    elif _is(judge, "Expression"):
        j = rejudge(judge, claim.stated, new)
        if not isinstance(j, Undecided):
            return _with_judge(out, j), None
        why = j.reason
    else:
        why = (f"the printed statement changed to {new!r}; its routes check the registry's "
               "statement: re-register the claim")
    return _with_judge(out, Undecided(why)), why


def _with_judge(claim, judge):
    import dataclasses as dc

    if hasattr(claim, "judge") and getattr(claim, "judge", None) is not None:
        return dc.replace(claim, judge=judge)
    q = getattr(claim, "quantity", None)
    return dc.replace(claim, quantity=dc.replace(q, judge=judge))
