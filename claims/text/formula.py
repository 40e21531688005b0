"""Printed formulas re-read from a manuscript revision, without ever evaluating its text.

A formula arrives as Unicode text, as a plain-text PDF extraction (superscripts flattened:
``β3J4/3`` for β³J⁴/3) or as LaTeX source (``2\\alpha \\mathcal{N}/\\hbar``).  This module
has its own small grammar for all three: :func:`tokens` splits a print into numbers,
identifiers, operators and brackets, and :func:`parse` builds a SymPy expression from them
directly (``sympy.Symbol``, ``sympy.Integer`` ..., never ``sympify``/``parse_expr``, which call
``eval``).  Its job is not to understand every notation but to read two revisions of the same
print *the same way*, so their difference is exact.

:func:`reread` re-reads a changed formula in the claim's own terms: the change from the
registry's print to the revision's is mapped onto the claim's transcription (the judge's
SymPy form of the registry's print):

1. only numbers changed, each at a place whose literal occurs once in the transcription:
   that literal is replaced (``ω = 2α𝒩/ħ`` -> ``ω = 3α𝒩/ħ`` turns ``2*alpha*N/hbar`` into
   ``3*alpha*N/hbar``);
2. otherwise, the right-hand side is one product whose leading numeric coefficient was
   added, removed or changed: the transcription is multiplied by the factor;
3. otherwise (new symbols, new structure, a changed left-hand side, an unparseable print):
   the formula is *changed* and *undecided*, with the new print shown (it fails the build).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp

from claims.text.manuscript import normalise

MAX_TOKENS = 400
MAX_DEPTH = 60
MAX_EXPONENT = 400  # a printed exponent beyond this is not physics (10^(10^10) is rejected)

FUNCTIONS = {
    "ln": sp.log, "log": sp.log, "exp": sp.exp, "sin": sp.sin, "cos": sp.cos, "tan": sp.tan,
    "sinh": sp.sinh, "cosh": sp.cosh, "tanh": sp.tanh, "coth": sp.coth, "arctanh": sp.atanh,
    "atanh": sp.atanh, "arcsin": sp.asin, "arccos": sp.acos, "arctan": sp.atan, "sqrt": sp.sqrt,
    "erf": sp.erf,
}
RELATIONS = ("=", "≈", "≃", "≅", "∼", "~", "∝", "<", ">", "≤", "≥", "≲", "≳", "≪", "≫", "→", "⇒",
             "≡", "≠")
_TOKEN = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)"
    r"|(?P<cmd>\\[A-Za-z]+|\\[,;:! ])"
    r"|(?P<func>(?<![^\W\d_])(?:arctanh|atanh|arcsin|arccos|arctan|sinh|cosh|tanh|coth|sqrt|exp|erf"
    r"|sin|cos|tan|log|ln)(?=[\s(\[{√\\]|[^\W\d_]))"
    r"|(?P<ident>(?:[^\W\d_]|[∆∇∂∞ℓħℏ])[\d′'∗\u0300-\u036f]*)"
    r"|(?P<op>[-+±∓*/·×^_=≈≃≅∼~∝<>≤≥≲≳≪≫→⇒≡≠√!,;|])"
    r"|(?P<open>[([{⟨])|(?P<close>[)\]}⟩])"
    r"|(?P<space>\s+)",
)


class FormulaError(ValueError):
    """A print this grammar cannot read."""


@dataclass(frozen=True)
class Tok:
    kind: str  # num, func, ident, cmd, op, open, close
    text: str


def tokens(text: str) -> list[Tok]:
    """The tokens of a printed formula (normalised first: NFKC, every dash '-').

    A digit glued to a letter on its left belongs to the identifier (``β3``, ``ω0``, ``m2``):
    the extraction lost whether it was an index or a power, and both revisions lose it alike.
    """
    s = normalise(text)
    out: list[Tok] = []
    i = 0
    while i < len(s):
        m = _TOKEN.match(s, i)
        if m is None:
            raise FormulaError(f"cannot read {s[i]!r} at {i} of the formula")
        kind = m.lastgroup
        if kind != "space":
            t = m.group(0)
            if kind == "op" and t == "*" and out and out[-1].kind == "ident":
                out[-1] = Tok("ident", out[-1].text + t)  # m* for m∗
            else:
                out.append(Tok(kind, t))
        i = m.end()
        if len(out) > MAX_TOKENS:
            raise FormulaError(f"formula longer than {MAX_TOKENS} tokens")
    return out


def split_relation(toks: list[Tok]) -> tuple[list[Tok], list[Tok]]:
    """(left-hand side with its relation, right-hand side): split at the last top-level relation."""
    depth, cut = 0, -1
    for k, t in enumerate(toks):
        if t.kind == "open":
            depth += 1
        elif t.kind == "close":
            depth -= 1
        elif depth == 0 and t.kind == "op" and t.text in RELATIONS:
            cut = k
    return toks[:cut + 1], toks[cut + 1:]


class _Parser:
    """Recursive descent over :class:`Tok`; builds SymPy objects, never evaluates text."""

    def __init__(self, toks: list[Tok]):
        self.t = toks
        self.i = 0
        self.depth = 0
        self.in_abs = 0

    def peek(self, k: int = 0) -> Tok | None:
        j = self.i + k
        return self.t[j] if j < len(self.t) else None

    def take(self) -> Tok:
        tok = self.peek()
        if tok is None:
            raise FormulaError("formula ends early")
        self.i += 1
        return tok

    def expect(self, text: str) -> None:
        tok = self.take()
        if tok.text != text:
            raise FormulaError(f"expected {text!r}, found {tok.text!r}")

    def parse(self) -> sp.Expr:
        e = self.sum()
        if self.peek() is not None:
            raise FormulaError(f"unexpected {self.peek().text!r}")
        return e

    def sum(self) -> sp.Expr:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise FormulaError("formula nested too deeply")
        e = self.term()
        while (tok := self.peek()) is not None and tok.kind == "op" and tok.text in "+-±∓":
            self.take()
            r = self.term()
            e = e - r if tok.text in "-∓" else e + r
        self.depth -= 1
        return e

    def term(self) -> sp.Expr:
        e = self.unary()
        while (tok := self.peek()) is not None:
            if tok.kind == "op" and tok.text in "*·×/":
                self.take()
                r = self.unary()
                e = e / r if tok.text == "/" else e * r
            elif tok.kind in ("num", "ident", "func", "cmd", "open") or (
                    tok.kind == "op" and (tok.text == "√" or (tok.text == "|" and not self.in_abs))):
                e = e * self.power()  # implicit multiplication
            else:
                break
        return e

    def unary(self) -> sp.Expr:
        tok = self.peek()
        if tok is not None and tok.kind == "op" and tok.text in "-+±":
            self.take()
            e = self.unary()
            return -e if tok.text == "-" else e
        return self.power()

    def power(self) -> sp.Expr:
        base = self.atom()
        while (tok := self.peek()) is not None and tok.kind == "op" and tok.text in "^_":
            self.take()
            arg = self.unary() if self.peek() and self.peek().kind != "open" else self.atom()
            if tok.text == "^":
                if arg.is_Number and abs(arg) > MAX_EXPONENT:
                    raise FormulaError(f"exponent {sp.sstr(arg)[:12]} out of range")
                base = sp.Pow(base, arg)
            else:  # a subscript: part of the symbol's name
                base = sp.Symbol(f"{sp.sstr(base)}_{{{sp.sstr(arg)}}}")
        if (tok := self.peek()) is not None and tok.kind == "op" and tok.text == "!":
            self.take()
            if base.is_Number and abs(base) > MAX_EXPONENT:
                raise FormulaError("factorial out of range")
            base = sp.factorial(base)
        return base

    def group(self) -> sp.Expr:
        tok = self.take()
        if tok.kind != "open":
            raise FormulaError(f"expected a bracket, found {tok.text!r}")
        outer, self.in_abs = self.in_abs, 0
        e = self.sum()
        self.in_abs = outer
        close = self.take()
        if close.kind != "close":
            raise FormulaError(f"unclosed {tok.text!r}")
        return sp.Function("braket")(e) if tok.text == "⟨" else e

    def atom(self) -> sp.Expr:
        tok = self.peek()
        if tok is None:
            raise FormulaError("formula ends early")
        if tok.kind == "num":
            self.take()
            return sp.Rational(Fraction(tok.text))
        if tok.kind == "open":
            return self.group()
        if tok.kind == "op" and tok.text == "√":
            self.take()
            return sp.sqrt(self.power())
        if tok.kind == "op" and tok.text == "|":
            self.take()
            self.in_abs += 1
            e = self.sum()
            self.in_abs -= 1
            self.expect("|")
            return sp.Abs(e)
        if tok.kind == "cmd":
            return self.command()
        if tok.kind == "func":
            self.take()
            return FUNCTIONS[tok.text](self.power())
        if tok.kind == "ident":
            self.take()
            return sp.Symbol(tok.text)
        raise FormulaError(f"unexpected {tok.text!r}")

    def command(self) -> sp.Expr:
        name = self.take().text[1:]
        if name in (",", ";", ":", "!", " ", "left", "right", "quad", "qquad"):
            return sp.Integer(1)
        if name in ("frac", "dfrac", "tfrac"):
            return self.group() / self.group()
        if name == "sqrt":
            return sp.sqrt(self.group())
        if name in FUNCTIONS:
            return FUNCTIONS[name](self.power())
        if self.peek() is not None and self.peek().kind == "open" and self.peek().text == "{":
            return sp.Function(name)(self.group())  # \mathcal{N}, \hat{x}: a decorated symbol
        return sp.Symbol(name)


def parse(text: str) -> sp.Expr:
    """The SymPy expression of a print (its right-hand side when it is a relation).

    Raises
    ------
    FormulaError
        A print this grammar cannot read (one line).
    """
    _, rhs = split_relation(tokens(text))
    if not rhs:
        raise FormulaError("no expression after the relation")
    p = _Parser(rhs)
    try:
        return p.parse()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        if isinstance(e, FormulaError):
            raise
        raise FormulaError(f"cannot build the expression: {e}") from None


# --- re-reading a changed formula in the claim's terms -------------------------------------------

_LITERAL = re.compile(r"(?<![\w.*])(\d+(?:\.\d+)?)(?![\w.])")


@dataclass(frozen=True)
class ReRead:
    """A changed print read in the claim's terms: the new transcription, or why not."""

    transcription: str | None
    how: str


def comparable(old_print: str, new_print: str) -> tuple[str, str]:
    """The two prints read alike: when either is LaTeX (a backslash or ``$``: the registry's
    print of a LaTeX extraction, the revision's as Markdown or LaTeX display it), both are
    put through the manuscript layer's LaTeX-to-text conversion (``\\alpha`` -> ``α``, ``$``
    dropped; a ``%`` is a percent sign); a formula wrapped in prose, ``(where … )``, is unwrapped."""
    if any("\\" in s or "$" in s for s in (old_print, new_print)):
        from claims.text.manuscript import latex_to_text

        old_print, new_print = (latex_to_text(re.sub(r"(?<!\\)%", r"\\%", s))
                                for s in (old_print, new_print))
    return _unwrap(old_print), _unwrap(new_print)


_WRAPPED = re.compile(r"\s*\(\s*(?:where|with|for)\s+(.+?)\)\s*[,.;:]?\s*")


def _unwrap(s: str) -> str:
    m = _WRAPPED.fullmatch(s)
    return m.group(1) if m else s


def reread(old_print: str, new_print: str, transcription: str) -> ReRead:
    """Map the change ``old_print`` -> ``new_print`` onto ``transcription`` (see the module)."""
    old_print, new_print = comparable(old_print, new_print)
    try:
        old_t, new_t = tokens(old_print), tokens(new_print)
        parse(new_print)
    except FormulaError as e:
        return ReRead(None, f"the new print cannot be parsed ({e})")
    (old_l, old_r), (new_l, new_r) = split_relation(old_t), split_relation(new_t)
    if [t.text for t in old_l] != [t.text for t in new_l]:
        return ReRead(None, "the left-hand side or relation changed: a different statement")
    if len(old_r) == len(new_r) and all(
            a.text == b.text or (a.kind == b.kind == "num") for a, b in zip(old_r, new_r)):
        changes = [(a.text, b.text) for a, b in zip(old_r, new_r) if a.text != b.text]
        t = _substitute(transcription, changes)
        if t is not None:
            return ReRead(t, "changed numbers replaced in the transcription: "
                          + ", ".join(f"{a} -> {b}" for a, b in changes))
    factor = _leading_factor(old_r, new_r)
    if factor is not None:
        return ReRead(f"({transcription})*({factor.numerator}/{factor.denominator})",
                      f"the leading coefficient of a product changed by a factor {factor}")
    return ReRead(None, "the print changed in its structure or symbols, or a changed number "
                  "does not stand once in the claim's transcription")


def _leading_factor(old: list[Tok], new: list[Tok]) -> Fraction | None:
    """The factor new/old when the two right-hand sides are one product that differs only in a
    leading numeric coefficient (added, removed or changed)."""
    def split(toks: list[Tok]) -> tuple[Fraction, list[str]]:
        if toks and toks[0].kind == "num":
            return Fraction(toks[0].text), [t.text for t in toks[1:]]
        return Fraction(1), [t.text for t in toks]

    (ca, ra), (cb, rb) = split(old), split(new)
    if ra != rb or not ra or ca == 0 or ca == cb:
        return None
    depth = 0
    for k, t in enumerate(ra):
        depth += t in "([{⟨"
        depth -= t in ")]}⟩"
        if depth == 0 and t in ("+", "-", "±", "∓") and k > 0:
            return None  # a sum: the coefficient multiplies one term only
    if ra[0] in ("+", "-", "/", "^", "*", "·", "×"):
        return None
    return cb / ca


def _substitute(transcription: str, changes: list[tuple[str, str]]) -> str | None:
    """``transcription`` with each changed literal replaced, if each stands there exactly once."""
    t = transcription
    for old, new in changes:
        hits = [m for m in _LITERAL.finditer(t) if Fraction(m.group(1)) == Fraction(old)]
        if len(hits) != 1:
            return None
        m = hits[0]
        t = t[:m.start(1)] + _literal(new) + t[m.end(1):]
    return t


def _literal(text: str) -> str:
    """A strictly checked numeric literal for a transcription (digits and one point only)."""
    if not re.fullmatch(r"\d+(?:\.\d+)?", text):
        raise FormulaError(f"not a numeric literal: {text!r}")
    q = Fraction(text)
    return str(q.numerator) if q.denominator == 1 else f"({q.numerator}/{q.denominator})"


@dataclass(frozen=True)
class Undecided:
    """The judge of a claim whose print changed in a way the checker cannot re-read."""

    reason: str
    needs_routes: bool = False

    def __call__(self, stated, d, n):
        from claims.core.judges import Judgement
        from claims.core.model import Verdict

        return Judgement(Verdict.UNDECIDED, self.reason)


def rejudge(judge, old_print: str, new_print: str):
    """The claim's Expression judge for the new print, or an :class:`Undecided` judge."""
    transcription = getattr(judge, "transcription", None)
    if transcription is None:
        return Undecided(f"the printed statement changed to {new_print!r}; its routes check the "
                         "registry's statement: re-register the claim")
    rr = reread(old_print, new_print, transcription)
    if rr.transcription is None:
        return Undecided(f"the printed formula changed to {new_print!r}: {rr.how}")
    try:
        return dataclasses.replace(judge, transcription=rr.transcription)
    except (TypeError, ValueError) as e:
        return Undecided(f"the printed formula changed to {new_print!r}; cannot re-judge: {e}")
