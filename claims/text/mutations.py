"""The revision CI tested at scale: mutations of a manuscript generated from the registry itself.

For every mention whose stated value is a number and binds ``unchanged`` to the registered
manuscript, three revisions are made:

``outside``
    the printed number moved outside its printed interval, the new interval not reaching the
    old one (×3, or ×/÷100 for orders of magnitude, bounds, and ranges wider than a factor 3): the mention must be ``changed`` (and re-judged: refuted where it
    was confirmed), every other mention ``unchanged``;
``inside``
    the print widened around itself (``x`` -> ``x ± one unit of its last digit``, a range's
    ends moved apart, a bound loosened): ``changed``, and still confirmed where it was;
``delete``
    the sentence holding the value deleted (for a table cell, its row): ``stale``.

For every Expression mention, ``coefficient``: one number of the printed formula changed
(n -> n + 1): ``changed``, re-judged by the claim's Expression judge on the re-read
transcription.

Only mentions bound near an edit are re-bound (an edit can change a binding only where the
claim's quote context overlaps it); see :func:`affected`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from claims.core.reading import StatedValueError, parse_stated
from claims.text.binding import Binding, bind, compact, is_numeric, judge_of
from claims.text.manuscript import Manuscript

WINDOW = 300  # characters around an edit whose claims are re-bound


@dataclass(frozen=True)
class Mutation:
    claim_id: str
    kind: str  # outside, inside, delete, coefficient
    text: str  # the revised manuscript's display text
    edit: tuple[int, int]  # display span of the edit in the revised text
    old: str
    new: str
    expect: str  # the status the mention must get


@dataclass
class Outcome:
    mutation: Mutation
    status: str
    stated: str
    detected: bool  # exactly the required status, and no other mention moved
    others: dict[str, str] = field(default_factory=dict)  # other mentions that moved
    seen: bool = False  # not passed silently: the mention changed, went stale or unverified
    verdict: str | None = None
    why: str = ""


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


_POWER = re.compile(r"(10(?:\s?\^\s?\(?)?)([-−⁻]?)(\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_UNSUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _scaled(token: str, factor: Fraction, all_numbers: bool = False) -> str:
    """``token`` with its first number (or every number) multiplied by ``factor``, printed
    with the same number of decimals; a bare power of ten gets its exponent moved."""
    pm = _POWER.search(token)
    if pm and not (pm.group(1) != "10" or pm.group(2) or not pm.group(3).isdigit()):
        pm = None
    if pm and not re.search(r"\d\s?[×x·]\s?10", token) and pm.start() == len(
            re.match(r"^[^\d]*", token).group(0)):
        sign = -1 if pm.group(2) else 1
        digits = pm.group(3)
        sup = not digits.isdigit() or digits != digits.translate(_UNSUP)
        e = sign * int(digits.translate(_UNSUP))
        shift = 2 if factor > 1 else -2 if factor < 1 else 0
        e2 = e + shift if factor not in (Fraction(3),) else e + 1
        s2 = ("-" if pm.group(2) in ("-", "") else "−" if pm.group(2) == "−" else "⁻") if e2 < 0 else ""
        if pm.group(2) == "⁻" or sup:
            s2 = "⁻" if e2 < 0 else ""
            body = str(abs(e2)).translate(_SUP)
        else:
            s2 = (pm.group(2) or "−") if e2 < 0 else ""
            body = str(abs(e2))
        if e2 >= 0 and not pm.group(1).endswith(("^", "(")) and not sup:
            return token[:pm.start()] + str(10 ** e2) + token[pm.end():]
        return token[:pm.start()] + pm.group(1) + s2 + body + token[pm.end():]
    def one(m: re.Match) -> str:
        t = m.group(0)
        nd = len(t.split(".")[1]) if "." in t else 0
        v = Fraction(t) * factor
        if v == 0:  # a printed zero moves to the factor itself (≈ 0 -> ≈ 3: clear of ≈ 0)
            v = factor if factor > 1 else Fraction(1)
        if nd == 0 and v.denominator == 1:
            return str(v.numerator)
        nd = max(nd, 1)
        while round(float(v), nd) == 0 or abs(round(float(v), nd) - float(v)) > abs(float(v)) / 5:
            nd += 1
        return f"{float(v):.{nd}f}"
    return _NUMBER.sub(one, token, count=0 if all_numbers else 1)


def outside_print(stated: str, token: str) -> str | None:
    """A print of ``token``'s form whose interval excludes the stated interval's centre."""
    try:
        iv = parse_stated(stated)
    except StatedValueError:
        return None
    c = iv.center if iv.center is not None else (iv.lo if iv.lo is not None else iv.hi)
    for factor in ((Fraction(1, 100),) if iv.rule in ("upper-bound", "below-about", "much-below")
                   else (Fraction(100),) if iv.rule in ("lower-bound", "above-about", "much-above")
                   else (Fraction(3), Fraction(100))):
        new = _scaled(token, factor, all_numbers=iv.kind == "range")
        try:
            niv = parse_stated(_stated_of(stated, token, new))
        except StatedValueError:
            continue
        # the new interval must not reach the old one (adjacent orders of magnitude, or a
        # range moved by less than its width, may still hold the true value)
        if c is not None and not niv.contains(c) and compact(new) != compact(token) and not any(
                x is not None and niv.contains(x) for x in (iv.lo, iv.hi)):
            return new
    return None


def inside_print(stated: str, token: str) -> str | None:
    """A wider print around ``token`` whose interval contains the stated interval."""
    try:
        iv = parse_stated(stated)
    except StatedValueError:
        return None
    if iv.rule in ("upper-bound", "below-about", "much-below"):
        new = _scaled(token, Fraction(2))
    elif iv.rule in ("lower-bound", "above-about", "much-above"):
        new = _scaled(token, Fraction(1, 2))
    elif iv.kind in ("rounded", "percent") and iv.half_unit:
        m = list(_NUMBER.finditer(token))
        if not m:
            return None
        last = m[0].group(0)
        unit = "0." + "0" * (len(last.split(".")[1]) - 1) + "1" if "." in last else "1"
        if iv.rule == "integer-trailing-zeros":
            unit = "1" + "0" * (len(last) - len(last.rstrip("0")))
        end = m[0].end()
        pct = "%" if "%" in token[end:end + 2] else ""
        if re.search(r"[×x]\s*10", token) or "e" in token.lower():
            return None
        new = token[:end] + (pct and "") + f" ± {unit}" + token[end:]
    else:
        return None
    try:
        niv = parse_stated(_stated_of(stated, token, new))
    except StatedValueError:
        return None
    if iv.lo is not None and iv.hi is not None and niv.contains(iv.lo) and niv.contains(iv.hi):
        return new
    if (iv.lo is None) == (niv.lo is None) and (iv.hi is None) == (niv.hi is None) and (
            iv.lo is None or niv.contains(iv.lo)) and (iv.hi is None or niv.contains(iv.hi)):
        return new
    return None


def _inside_reading(claim, token: str) -> str | None:
    """For a claim that judges the *number* of a printed bound (reading rule ``number of a
    bound``: '≲ 0.050' states the threshold 0.050), a print keeping that number inside its
    interval: the number widened by one unit of its last digit ('≲ 0.050 ± 0.001'), not the
    bound loosened (a looser bound states another threshold).  None for any other claim."""
    reading = getattr(claim, "reading", "")
    if not reading:
        return None
    from claims.text.readings import ReadingError, reading_of, rule_of

    if rule_of(claim) != "number of a bound":
        return None
    m = _NUMBER.search(token)
    if m is None or re.search(r"[×x]\s*10|e", token[m.end():m.end() + 4]):
        return None
    last = m.group(0)
    unit = "0." + "0" * (len(last.split(".")[1]) - 1) + "1" if "." in last else "1"
    new = token[:m.end()] + f" ± {unit}" + token[m.end():]
    try:
        old_iv, new_iv = parse_stated(reading), parse_stated(reading_of(new, "number of a bound"))
    except (ReadingError, StatedValueError):
        return None
    if old_iv.lo is None or old_iv.hi is None or not (
            new_iv.contains(old_iv.lo) and new_iv.contains(old_iv.hi)):
        return None
    return new


def _stated_of(stated: str, token: str, new: str) -> str:
    """The stated value a revision shows when ``token`` (as printed) becomes ``new``."""
    rel = stated.strip()[:1]
    if rel in "≈≃≅∼~=≲≳≪≫≤≥<>" and new.strip()[:1] != rel:
        return rel + " " + new
    return new


def _display(ms: Manuscript, b: Binding) -> tuple[int, int] | None:
    if b.value_span is None:
        return None
    a, e = ms.text_span(*b.value_span)
    return (a, e) if e > a else None


def _sentence(text: str, a: int, e: int) -> tuple[int, int]:
    """Display span of the sentence holding [a, e): from after the previous '. ' (or blank
    line: a table row) to the next."""
    s = max(text.rfind(". ", 0, a), text.rfind(".\n", 0, a), text.rfind("\n\n", 0, a))
    s = 0 if s < 0 else s + 2
    nxt = [k for k in (text.find(". ", e), text.find(".\n", e), text.find("\n\n", e)) if k >= 0]
    t = min(nxt) + 1 if nxt else len(text)
    return s, t


def _row(text: str, a: int, e: int) -> tuple[int, int]:
    """Display span of the line holding [a, e), its line break included."""
    s = text.rfind("\n", 0, a) + 1
    t = text.find("\n", e)
    return s, len(text) if t < 0 else t + 1


def generate(claims, ms: Manuscript, bindings: dict[str, Binding]) -> list[Mutation]:
    """Every mutation of the module docstring for the claims bound ``unchanged`` to ``ms``."""
    out: list[Mutation] = []
    text = ms.text
    for c in claims:
        b = bindings[c.id]
        if b.status != "unchanged" or not c.stated.strip():
            continue
        span = _display(ms, b)
        judge = judge_of(c)
        if span is None:
            continue
        a, e = span
        token = text[a:e]
        if is_numeric(c.stated) and re.search(r"\d", token):
            # a value already followed by "± u" (the real part of -0.1 ± 1.7i) is not widened
            widen = not re.match(r"\s*(?:±|\+/-)", text[e:e + 4])
            for kind, new in (("outside", outside_print(c.stated, token)),
                              ("inside", (_inside_reading(c, token) or inside_print(c.stated, token))
                               if widen else None)):
                if new is not None:
                    out.append(Mutation(c.id, kind, text[:a] + new + text[e:], (a, a + len(new)),
                                        token, new, "changed"))
            # a table cell's "sentence" is its row (a line); another mention's, its sentence
            s, t = _row(text, a, e) if getattr(c, "cell", None) is not None else _sentence(text, a, e)
            from claims.text.manuscript import normalise

            if ms.norm.count(normalise(c.quote)) == 1 and ms.norm.count(normalise(text[s:t])) == 1:
                # (a sentence printed twice still states the value once deleted)
                out.append(Mutation(c.id, "delete", text[:s] + text[t:], (s, s), text[s:t], "",
                                    "stale"))
        elif judge is not None and type(judge).__name__ == "Expression":
            m = _coefficient(token)
            if m is not None:
                i, j, new = m
                out.append(Mutation(c.id, "coefficient", text[:a + i] + new + text[a + j:],
                                    (a + i, a + i + len(new)), token[i:j], new, "changed"))
    return out


def _coefficient(formula: str) -> tuple[int, int, str] | None:
    """The first number of a printed formula not glued to a letter on its left, and n + 1."""
    for m in _NUMBER.finditer(formula):
        before = formula[m.start() - 1] if m.start() else " "
        if before.isalpha() or before in "∗′_^⁰¹²³⁴⁵⁶⁷⁸⁹":
            continue
        t = m.group(0)
        new = str(Fraction(t) + 1) if "." not in t else f"{float(t) + 1:.{len(t.split('.')[1])}f}"
        return m.start(), m.end(), new
    return None


def affected(claims, ms: Manuscript, bindings: dict[str, Binding], revised: str,
             edit: tuple[int, int], shift: int) -> list:
    """Claims whose binding an edit may change: those bound within :data:`WINDOW` characters of
    the edit, and those whose quote context (a word of 6+ characters of it) appears in the
    revised text around the edit."""
    lo, hi = edit[0] - WINDOW, edit[1] + WINDOW
    near = revised[max(0, lo):hi]
    from claims.text.manuscript import normalise

    near_norm = normalise(near)
    out = []
    for c in claims:
        b = bindings[c.id]
        if b.span is not None:
            a, e = ms.text_span(*b.span)
            if e >= lo and a <= edit[1] - shift + WINDOW:
                out.append(c)
                continue
        words = [w for w in normalise(c.quote).split() if len(w) >= 6]
        if any(w in near_norm for w in words):
            out.append(c)
    return out


def run(claims, ms: Manuscript, reference: Manuscript, bindings: dict[str, Binding],
        mutation: Mutation) -> Outcome:
    """Bind the mutated revision and check the mutation's claim and the others near it."""
    revised = Manuscript.from_text(mutation.text, ms.path, ms.format)
    shift = len(mutation.text) - len(ms.text)
    target = next(c for c in claims if c.id == mutation.claim_id)
    nb = bind(target, revised, reference)
    others = {}
    for c in affected(claims, ms, bindings, mutation.text, mutation.edit, shift):
        if c.id == target.id:
            continue
        b = bind(c, revised, reference)
        if b.status != bindings[c.id].status and not _overlaps(ms, bindings[c.id], mutation, shift):
            others[c.id] = b.status
    ok = nb.status == mutation.expect and not others
    if ok and mutation.expect == "changed":
        ok = compact(nb.stated) != compact(target.stated)
    if mutation.expect == "stale":
        seen = nb.status in ("stale", "unverified")
    else:
        seen = nb.status in ("stale", "unverified") or (
            nb.status == "changed" and compact(nb.stated) != compact(target.stated))
    seen = seen and not any(v == "changed" for v in others.values())
    return Outcome(mutation, nb.status, nb.stated, ok, others, seen=seen,
                   why="" if ok else f"{nb.status} ({nb.note})")


def _overlaps(ms: Manuscript, b: Binding, mutation: Mutation, shift: int) -> bool:
    """Does the edit touch this claim's own quote (a deleted sentence holds several claims)?"""
    if b.span is None:
        return False
    a, e = ms.text_span(*b.span)
    if b.value_span is not None and mutation.kind != "delete":
        va, ve = ms.text_span(*b.value_span)
        if va <= mutation.edit[1] - shift and ve >= mutation.edit[0]:
            return True  # another mention of the same printed number
    if mutation.kind == "delete":
        s, t = mutation.edit[0], mutation.edit[0] - shift
        return a < t and e > s
    return a < mutation.edit[1] - shift and e > mutation.edit[0]


# --- the self-test of one paper ----------------------------------------------------------------------

@dataclass
class Report:
    paper: str
    tried: dict[str, int] = field(default_factory=dict)
    detected: dict[str, int] = field(default_factory=dict)
    rejudged: dict[str, int] = field(default_factory=dict)  # re-judged as required
    rejudge_tried: dict[str, int] = field(default_factory=dict)
    seen: dict[str, int] = field(default_factory=dict)  # not passed silently
    failures: list[str] = field(default_factory=list)  # not as required (with the reason)
    silent: list[str] = field(default_factory=list)  # passed silently: a defect

    def line(self) -> str:
        kinds = ("outside", "inside", "delete", "coefficient")
        parts = [f"{k} {self.detected.get(k, 0)}/{self.tried.get(k, 0)}"
                 + (f" (seen {self.seen.get(k, 0)})" if self.seen.get(k, 0) != self.detected.get(k, 0)
                    else "") for k in kinds]
        rj = ", ".join(f"{k} {self.rejudged.get(k, 0)}/{self.rejudge_tried.get(k, 0)}"
                       for k in kinds if self.rejudge_tried.get(k))
        return (f"{self.paper}: mutations detected/tried: " + ", ".join(parts)
                + (f"; re-judged as required: {rj}" if rj else ""))


def self_test(registry, paper: str, *, every: int = 1, rejudge: int = 0,
              progress=None, only: set[str] | None = None) -> Report:
    """Generate the paper's mutations (every ``every``-th), bind each, count detections.

    ``rejudge``: for up to this many mutations of each kind, also run the claim's routes and
    judge the restated claim (confirmed -> refuted for ``outside``, stays confirmed for
    ``inside``, not confirmed for ``coefficient``).
    """
    from claims.text.manuscript import read_manuscript

    path, looked = registry.manuscript(paper)  # the one lookup: beside the package, config, folder
    if path is None:
        raise FileNotFoundError(f"{paper}: manuscript not found (looked in "
                                f"{', '.join(str(p) for p in looked)})")
    ref = read_manuscript(path)
    claims = registry.for_paper(paper)
    bindings = {c.id: bind(c, ref, ref) for c in claims}
    every_kind: dict[str, int] = {}
    muts = []
    for m in generate(claims, ref, bindings):  # every n-th mutation of each kind
        if only is not None and m.claim_id not in only:
            continue
        k = every_kind[m.kind] = every_kind.get(m.kind, -1) + 1
        if k % every == 0:
            muts.append(m)
    rep = Report(paper)
    outcomes_cache: dict = {}
    for k, m in enumerate(muts):
        o = run(claims, ref, ref, bindings, m)
        rep.tried[m.kind] = rep.tried.get(m.kind, 0) + 1
        if o.seen:
            rep.seen[m.kind] = rep.seen.get(m.kind, 0) + 1
        else:
            rep.silent.append(f"{m.claim_id} {m.kind} {m.old!r} -> {m.new!r}: {o.why}")
        if o.detected:
            rep.detected[m.kind] = rep.detected.get(m.kind, 0) + 1
        else:
            rep.failures.append(f"{m.claim_id} {m.kind} {m.old!r} -> {m.new!r}: got {o.why}"
                                + (f"; others moved {o.others}" if o.others else ""))
        if o.detected and m.kind != "delete" and rep.rejudge_tried.get(m.kind, 0) < rejudge:
            _rejudge(registry, claims, ref, m, o, rep, outcomes_cache)
        if progress and k % 50 == 0:
            progress(f"{paper}: {k}/{len(muts)} mutations")
    return rep


def _rejudge(registry, claims, ref, m: Mutation, o: Outcome, rep: Report, cache: dict) -> None:
    from claims.text.binding import restate

    c = next(x for x in claims if x.id == m.claim_id)
    expected = c.expect.verdict.value
    if m.kind in ("outside", "inside") and (expected != "confirmed" or not any(
            k.__name__ == "Value" for k in type(judge_of(c)).__mro__)):
        return  # the requirement is stated for confirmed numbers (a property's print: undecided)
    revised = Manuscript.from_text(m.text, ref.path, ref.format)
    b = bind(c, revised, ref)
    new, _why = restate(c, b)
    verdict = judge_restated(c, new, cache)
    rep.rejudge_tried[m.kind] = rep.rejudge_tried.get(m.kind, 0) + 1
    ok = {"outside": verdict != "confirmed", "inside": verdict == "confirmed",
          "coefficient": verdict != "confirmed"}[m.kind]
    if ok:
        rep.rejudged[m.kind] = rep.rejudged.get(m.kind, 0) + 1
    else:
        rep.failures.append(f"{m.claim_id} {m.kind} {m.old!r} -> {m.new!r}: re-judged {verdict}")


def judge_restated(original, restated, cache: dict) -> str:
    """The verdict of ``restated`` (a claim as a revision states it), its routes run once per
    claim id (``cache``) and its (possibly new) judge applied to its stated value."""
    from claims.core.runner import _call, run_claim

    judge = judge_of(restated)
    if getattr(original, "quantity", None) is not None or not hasattr(original, "derivation"):
        # a mention of a quantity (routes of declared inputs): run it whole
        return run_claim(restated).verdict.value
    if original.id not in cache:
        try:
            cache[original.id] = (_call(original.derivation), _call(original.numeric))
        except Exception as e:  # noqa: BLE001 - a failing route is a finding, not a crash
            cache[original.id] = e
    got = cache[original.id]
    if isinstance(got, Exception):
        return "error"
    d, n = got
    try:
        return judge(restated.judged_value, d, n).verdict.value
    except Exception:  # noqa: BLE001
        return "error"
