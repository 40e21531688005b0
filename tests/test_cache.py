"""The result cache is never stale: changing an engine recomputes exactly its dependent claims."""

import dataclasses
import textwrap

from claims.core.cache import ResultCache, claim_key, code_fingerprint, module_closure
from claims.core.registry import build_registry
from claims.core.runner import run_claims

MINI = build_registry(("tests.fixtures.mini_paper",))


def _tree(tmp_path):
    files = {
        "claims/__init__.py": "", "claims/papers/__init__.py": "",
        "claims/papers/alpha.py": "from numerics import engine as E\nfrom derive import algebra\n",
        "claims/papers/beta.py": "from derive.algebra import f\n",
        "derive/__init__.py": "", "derive/algebra.py": "def f():\n    return 1\n",
        "numerics/__init__.py": "", "numerics/engine.py": "from numerics.helpers import g\n",
        "numerics/helpers.py": "def g():\n    return 2\n",
    }
    for name, text in files.items():
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(textwrap.dedent(text))
    return tmp_path


def test_closure_follows_imports_transitively(tmp_path):
    root = _tree(tmp_path)
    names = {str(p.relative_to(root)) for p in module_closure("claims.papers.alpha", root)}
    assert {"numerics/engine.py", "numerics/helpers.py", "derive/algebra.py"} <= names
    names_b = {str(p.relative_to(root)) for p in module_closure("claims.papers.beta", root)}
    assert "numerics/engine.py" not in names_b


def test_changing_an_engine_changes_only_dependent_fingerprints(tmp_path):
    root = _tree(tmp_path)
    a0, b0 = code_fingerprint("claims.papers.alpha", root), code_fingerprint("claims.papers.beta", root)
    (root / "numerics/helpers.py").write_text("def g():\n    return 3\n")
    assert code_fingerprint("claims.papers.alpha", root) != a0
    assert code_fingerprint("claims.papers.beta", root) == b0


def test_warm_run_reuses_and_changed_claims_recompute(tmp_path):
    cache = ResultCache(tmp_path / "cache")
    claims = list(MINI.claims.values())
    cold = run_claims(claims, cache=cache, origin=MINI.origin)
    assert cache.hits == 0 and cache.misses == len(claims)
    warm = run_claims(claims, cache=cache, origin=MINI.origin)
    assert cache.hits == len(claims)
    assert [dataclasses.replace(r, seconds=0) for r in warm] == [
        dataclasses.replace(r, seconds=0) for r in cold]
    # a changed stated value is a different key: recomputed, not served stale
    changed = dataclasses.replace(claims[0], stated="1.4143")
    assert claim_key(changed, "tests.fixtures.mini_paper", 300) != claim_key(
        claims[0], "tests.fixtures.mini_paper", 300)
    (r,) = run_claims([changed], cache=cache, origin=MINI.origin)
    assert r.verdict.value == "refuted"


def test_clear(tmp_path):
    cache = ResultCache(tmp_path / "c")
    run_claims(list(MINI.claims.values())[:2], cache=cache, origin=MINI.origin)
    assert cache.clear() == 2 and not (tmp_path / "c").exists()
