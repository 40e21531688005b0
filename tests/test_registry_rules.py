"""House rules enforced over every registered claim (after pluggy's completeness checks)."""

import ast
import pathlib

import pytest

from claims.core.judges import NotCheckable, Value
from claims.core.model import Claim, Expect, Paper, Verdict
from claims.core.reading import StatedValueError, parse_stated
from claims.core.registry import Registry, RegistryError, build_registry, default_registry

ROOT = pathlib.Path(__file__).resolve().parents[1]
REG = default_registry()
CLAIMS = list(REG.claims.values())


def test_every_paper_is_registered_with_claims():
    assert set(REG.papers) == {"collapse", "oqt", "lmg_lgi", "lmg_dephasing"}
    for key in REG.papers:
        assert REG.for_paper(key), key


def test_duplicate_ids_are_rejected_naming_both():
    reg = Registry()
    reg.register_paper(Paper(key="oqt", title="t", manuscript="m.txt"))
    c = Claim(id="oqt:a", location="Eq. (1)", statement="s", stated="1", quote="q",
              judge=NotCheckable("r"))
    reg.register(c, origin="first.py")
    with pytest.raises(RegistryError, match=r"first\.py.*second\.py"):
        reg.register(c, origin="second.py")


def test_registry_build_is_deterministic():
    again = build_registry()
    assert list(again.claims) == list(REG.claims)


@pytest.mark.parametrize(
    "kw",
    [dict(id="nope"), dict(id="oqt:"), dict(id="not a key:x"), dict(location=" "),
     dict(statement=""), dict(derivation=None, numeric=None)],
)
def test_claim_records_are_validated(kw):
    base = dict(id="oqt:x", location="Eq. (1)", statement="s", stated="1", quote="q",
                judge=Value(), derivation=lambda: 1, numeric=lambda: 1)
    with pytest.raises(ValueError):
        Claim(**{**base, **kw})


def test_non_confirmed_expectations_need_reasons():
    for v in (Verdict.REFUTED, Verdict.CONDITIONAL, Verdict.NOT_CHECKABLE, Verdict.UNDECIDED):
        with pytest.raises(ValueError):
            Expect(v, "")
    for v in (Verdict.ERROR, Verdict.DISAGREE):
        with pytest.raises(ValueError):
            Expect(v, "a reason")


@pytest.mark.parametrize("claim", CLAIMS, ids=[c.id for c in CLAIMS])
def test_claim_rules(claim):
    assert claim.location.strip() and claim.statement.strip()
    assert claim.quote.strip(), "every claim carries a verbatim quote"
    if claim.expect.verdict is not Verdict.CONFIRMED:
        assert len(claim.expect.reason.strip()) >= 10, "a non-confirmed expectation explains itself"
    if isinstance(claim.judge, Value) and claim.judged_value.strip():
        try:  # a Value claim's printed value (or its reading of the print) must be parseable
            parse_stated(claim.judged_value)
        except StatedValueError as e:
            pytest.fail(f"stated value {claim.judged_value!r} not parseable: {e}")
    if isinstance(claim.judge, Value) and not claim.judged_value.strip():
        assert claim.expect.verdict is Verdict.NOT_CHECKABLE, "a lost value cannot be confirmed"
    if claim.quantity is not None:  # a mention: its routes are its quantity's
        q = claim.quantity
        if q.derivation is None or q.numeric is None:
            assert q.absent_reason.strip() or not getattr(q.judge, "needs_routes", True)
    elif claim.derivation is None or claim.numeric is None:
        assert claim.absent_reason.strip() or not getattr(claim.judge, "needs_routes", True)


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


@pytest.mark.parametrize("pkg", ["derive", "numerics"])
def test_derive_and_numerics_never_import_claims(pkg):
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / pkg).rglob("*.py")
                 if any(m == "claims" or m.startswith("claims.") for m in _imports(p))]
    assert not offenders, offenders
