"""The earned-verdicts rules, enforced over every claim of every paper that is on the framework
(``Paper(earned=True)``), over the mentions of a paper part-way onto it, and over the
framework's own fixture paper.

No route captures a manuscript number or returns a literal; derivations do not call numerics/
and numerical routes do not call derive/ (by their targets; the runner's tracer checks what they
execute); every property predicate and condition is executable; a printed text on one quantity
gets one verdict everywhere; inputs are declared with quotes and are not claims.
"""

import ast
import inspect
import textwrap
from fractions import Fraction

import pytest

from claims.core.judges import Property, _resolve
from claims.core.reading import StatedValueError, parse_stated
from claims.core.registry import build_registry, default_registry

REG = default_registry()
FIXTURE = build_registry(("tests.fixtures.earned_paper",))
EARNED = [k for k, p in REG.papers.items() if p.earned]
#: papers part-way onto the framework: the rules hold for their claims that are mentions
PARTLY = [k for k, p in REG.papers.items()
          if not p.earned and any(c.quantity is not None for c in REG.for_paper(k))]
REGS = [(REG, k) for k in EARNED + PARTLY] + [(FIXTURE, "oqt")]
IDS = EARNED + [f"{k}-partly" for k in PARTLY] + ["fixture"]


def _claims(reg, key):
    if reg.papers[key].earned:
        return reg.for_paper(key)
    return [c for c in reg.for_paper(key) if c.quantity is not None]


def _quantities(reg, key):
    out = {}
    for c in _claims(reg, key):
        if c.quantity is not None:
            out.setdefault(c.quantity.id, c.quantity)
    return list(out.values())


def _manuscript_numbers(reg, key) -> set[Fraction]:
    """Numbers the manuscript prints that a route could have copied: inputs and stated values
    with at least three significant digits (0, 1, 2, 1/2 and the like are not manuscript numbers)."""
    nums = set()
    paper = reg.papers[key]
    values = [x.value for x in (paper.inputs or {}).values()] if paper.inputs else []
    for q in _quantities(reg, key):
        if q.inputs:
            values += [x.value for x in q.inputs.values()]
    for v in values:
        if isinstance(v, (int, float, Fraction)) and not isinstance(v, bool):
            nums.add(Fraction(v))
    for c in _claims(reg, key):
        try:
            iv = parse_stated(c.stated)
        except (StatedValueError, TypeError):
            continue
        if iv.center is not None:
            nums.add(iv.center)
    return {x for x in nums if _significant(x) >= 3}


def _significant(x: Fraction) -> int:
    s = f"{float(x):.12g}".lstrip("-").replace(".", "").lstrip("0")
    s = s.split("e")[0].rstrip("0")
    return len(s)


def _consts(code):
    for c in code.co_consts:
        if isinstance(c, type(code)):
            yield from _consts(c)
        elif isinstance(c, (int, float)) and not isinstance(c, bool):
            yield c


def _route_functions(reg, key):
    for q in _quantities(reg, key):
        for kind, r in q.routes().items():
            yield q, kind, r


@pytest.mark.parametrize(("reg", "key"), REGS, ids=IDS)
def test_every_claim_is_a_mention_of_a_quantity(reg, key):
    legacy = [c.id for c in _claims(reg, key)
              if c.quantity is None and getattr(c.judge, "needs_routes", True)]
    assert not legacy, f"claims with their own lambdas (not on the framework): {legacy[:10]}"


@pytest.mark.parametrize(("reg", "key"), REGS, ids=IDS)
def test_routes_resolve_bind_and_live_on_their_side(reg, key):
    bad = []
    for q, kind, r in _route_functions(reg, key):
        try:
            r.parameters(q.inputs)
        except Exception as e:  # noqa: BLE001 - every failure is listed
            bad.append(f"{q.id} {kind}: {e}")
            continue
        top = r.module.split(".")
        if kind == "derivation" and "numerics" in top:
            bad.append(f"{q.id}: derivation {r.target} lives in numerics/")
        if kind == "numeric" and "derive" in top:
            bad.append(f"{q.id}: numerical route {r.target} lives in derive/")
    if reg is REG:
        assert not bad, "\n".join(bad)


@pytest.mark.parametrize(("reg", "key"), REGS, ids=IDS)
def test_no_route_captures_a_manuscript_number(reg, key):
    nums = _manuscript_numbers(reg, key)
    bad = []
    for q, kind, r in _route_functions(reg, key):
        fn = inspect.unwrap(r.resolve())
        for c in _consts(fn.__code__):
            if Fraction(c) in nums or (isinstance(c, float) and
                                       any(abs(float(n) - c) <= 1e-12 * abs(c) for n in nums)):
                bad.append(f"{q.id} {kind} {r.target}: constant {c!r}")
        for name, v in r.fixed:
            if isinstance(v, (int, float)) and not isinstance(v, bool) and Fraction(v) in nums:
                bad.append(f"{q.id} {kind}: fixed {name}={v!r} is a manuscript number")
    assert not bad, "routes that capture manuscript numbers:\n" + "\n".join(bad)


def _returns_only_literals(fn) -> bool:
    try:
        src = textwrap.dedent(inspect.getsource(fn))
    except (OSError, TypeError):
        return False
    tree = ast.parse(src)
    rets = [n for n in ast.walk(tree) if isinstance(n, ast.Return)]
    return bool(rets) and all(isinstance(n.value, ast.Constant) or
                              (isinstance(n.value, ast.Dict) and all(isinstance(v, ast.Constant)
                                                                     for v in n.value.values))
                              for n in rets)


@pytest.mark.parametrize(("reg", "key"), REGS, ids=IDS)
def test_no_route_returns_a_literal(reg, key):
    bad = [f"{q.id} {kind}: {r.target}" for q, kind, r in _route_functions(reg, key)
           if _returns_only_literals(inspect.unwrap(r.resolve()))]
    if reg is FIXTURE:  # the fixture's deliberate defects
        assert any("square_constant" in b for b in bad)
        return
    assert not bad, "routes that return a literal:\n" + "\n".join(bad)


@pytest.mark.parametrize(("reg", "key"), REGS, ids=IDS)
def test_property_predicates_and_conditions_are_executable(reg, key):
    bad = []
    for q in _quantities(reg, key):
        j = q.judge
        if not isinstance(j, Property):
            continue
        if not j.is_predicate_property:
            bad.append(f"{q.id}: a Property without a statement predicate (bare holds)")
            continue
        for what, ref in (("statement", j.statement), ("assumes", j.assumes),
                          ("condition", j.condition[1] if j.condition else None)):
            if ref is None:
                continue
            try:
                assert callable(_resolve(ref))
            except Exception as e:  # noqa: BLE001
                bad.append(f"{q.id}: {what} {ref!r}: {e}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(("reg", "key"), REGS, ids=IDS)
def test_one_printed_text_one_verdict_per_quantity(reg, key):
    seen: dict[tuple, tuple[str, str]] = {}
    bad = []
    for c in _claims(reg, key):
        if c.quantity is None:
            continue
        k = (c.quantity.id, c.at, c.judged_value.strip(), c.consistency)
        v = c.expect.verdict.value
        if k in seen and seen[k][1] != v:
            bad.append(f"{c.id} expects {v} but {seen[k][0]} expects {seen[k][1]} for {k[2]!r}")
        seen.setdefault(k, (c.id, v))
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("key", EARNED + PARTLY or ["(no earned paper yet)"])
def test_earned_papers_declare_inputs_with_quotes(key):
    if key not in REG.papers:
        pytest.fail("no paper is on the framework yet")
    inputs = REG.papers[key].inputs
    assert inputs, f"{key}: PAPER.inputs (the declared inputs) is empty"
    missing = [x.name for x in inputs.values() if not x.quote.strip()]
    assert not missing, f"inputs without a quote: {missing}"


@pytest.mark.parametrize("key", EARNED + PARTLY or ["(no earned paper yet)"])
def test_input_quotes_occur_once_in_the_manuscript(key):
    from claims.text.manuscript import read_manuscript

    if key not in REG.papers:
        pytest.fail("no paper is on the framework yet")
    path = REG.manuscript(key)[0]
    assert path is not None, f"{key}: manuscript not found"
    ms = read_manuscript(path)
    bad = [f"{x.name}: {x.quote!r} found {len(ms.find_all(x.quote))} times"
           for x in REG.papers[key].inputs.values() if len(ms.find_all(x.quote)) != 1]
    assert not bad, "\n".join(bad)
