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


# ---- integrity: an entry is trusted only when it proves it is the one written for its key ----

import errno  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

import pytest  # noqa: E402

from claims.core import cache as C  # noqa: E402

MOD = "tests.fixtures.mini_paper"
CLAIMS = list(MINI.claims.values())
THIRD = MINI.get("oqt:mini-third")  # refuted, expected refuted


def _filled(tmp_path):
    c = ResultCache(tmp_path / "cache")
    cold = run_claims(CLAIMS, cache=c, origin=MINI.origin)
    return c, {r.claim_id: r for r in cold}


def _key(claim):
    from claims.core.runner import DEFAULT_TIME_LIMIT

    return claim_key(claim, MOD, DEFAULT_TIME_LIMIT)


def _warm(c, claim):
    fresh = ResultCache(c.root)
    (r,) = run_claims([claim], cache=fresh, origin=MINI.origin)
    return fresh, r


def test_entry_with_verdict_and_expectation_flipped_is_recomputed(tmp_path, caplog):
    c, cold = _filled(tmp_path)
    p = c.root / f"{_key(THIRD)}.json"
    e = json.loads(p.read_text())
    e["result"]["verdict"] = e["result"]["expected"] = "confirmed"
    p.write_text(json.dumps(e))
    with caplog.at_level(logging.WARNING, logger="claims.cache"):
        fresh, r = _warm(c, THIRD)
    assert r.verdict.value == "refuted" and r.expected.value == "refuted"
    assert fresh.hits == 0 and fresh.rejected == 1
    assert [m for m in caplog.messages if "not trusted" in m and "hash" in m]


def test_consistently_rehashed_entry_with_flipped_expectation_is_rejected(tmp_path):
    c, cold = _filled(tmp_path)
    key = _key(THIRD)
    forged = dataclasses.replace(cold[THIRD.id], verdict=C.Verdict.CONFIRMED,
                                 expected=C.Verdict.CONFIRMED)
    (c.root / f"{key}.json").write_text(C.encode_entry(key, forged))  # hash recomputed too
    fresh, r = _warm(c, THIRD)
    assert r.verdict.value == "refuted" and fresh.rejected == 1


def test_entry_copied_onto_another_claims_key_is_not_used(tmp_path):
    c, cold = _filled(tmp_path)
    sqrt2 = MINI.get("oqt:mini-sqrt2")
    (c.root / f"{_key(sqrt2)}.json").write_bytes((c.root / f"{_key(THIRD)}.json").read_bytes())
    fresh, r = _warm(c, sqrt2)
    assert r.claim_id == sqrt2.id and r.verdict.value == "confirmed"
    assert fresh.rejected == 1 and fresh.hits == 0


@pytest.mark.parametrize("kind", ["folder", "fifo", "symlink", "huge", "binary", "truncated",
                                  "old-format", "empty"])
def test_anything_but_a_sound_entry_is_a_miss_not_a_crash(tmp_path, kind, caplog):
    c, cold = _filled(tmp_path)
    p = c.root / f"{_key(THIRD)}.json"
    text = p.read_text()
    p.unlink()
    if kind == "folder":
        p.mkdir()
        (p / "x").write_text("x")
    elif kind == "fifo":
        os.mkfifo(p)  # reading it naively would block forever
    elif kind == "symlink":
        (tmp_path / "elsewhere.json").write_text(text)
        p.symlink_to(tmp_path / "elsewhere.json")
    elif kind == "huge":
        with open(p, "wb") as f:
            f.truncate(C.MAX_ENTRY_BYTES + 1)
    elif kind == "binary":
        p.write_bytes(b"\xff\xfe\x00garbage")
    elif kind == "truncated":
        p.write_text(text[: len(text) // 2])
    elif kind == "old-format":
        p.write_text(C._to_json(cold[THIRD.id]))  # what the first cache wrote: no hash
    elif kind == "empty":
        p.write_text("")
    with caplog.at_level(logging.WARNING, logger="claims.cache"):
        fresh, r = _warm(c, THIRD)
    assert r.verdict.value == "refuted" and fresh.hits == 0 and fresh.rejected == 1
    assert len([m for m in caplog.messages if "not trusted" in m]) == 1
    assert fresh.disabled is None  # one bad entry does not turn the cache off


def test_full_cache_folder_turns_the_cache_off_with_one_warning(tmp_path, monkeypatch, caplog):
    def full(path, text, key):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(C, "_write_atomic", full)
    c = ResultCache(tmp_path / "cache")
    with caplog.at_level(logging.WARNING, logger="claims.cache"):
        results = run_claims(CLAIMS, cache=c, origin=MINI.origin)
    assert len(results) == len(CLAIMS) and c.disabled and "No space left" in c.disabled
    assert len([m for m in caplog.messages if "cache off" in m]) == 1


def test_cache_folder_that_is_a_file_or_virtual_is_off_not_a_crash(tmp_path, caplog):
    (tmp_path / "file").write_text("not a folder")
    for root in (tmp_path / "file", tmp_path / "file" / "sub", "/proc/claims-cache-probe"):
        c = ResultCache(root)
        with caplog.at_level(logging.WARNING, logger="claims.cache"):
            results = run_claims(CLAIMS[:2], cache=c, origin=MINI.origin)
        assert [r.verdict.value for r in results] == ["confirmed", "refuted"]
        assert c.disabled, root
    assert (tmp_path / "file").read_text() == "not a folder"


def test_clear_removes_only_what_the_cache_wrote(tmp_path):
    c, _ = _filled(tmp_path)
    (c.root / "notes.txt").write_text("mine")
    (c.root / "sub").mkdir()
    (c.root / "sub" / "data.csv").write_text("1,2\n")
    (c.root / "results.json").write_text("{}")  # a .json that is not named like an entry
    entries = {p.name for p in c.root.glob("*.json") if C.ENTRY.fullmatch(p.name)}
    assert c.clear() == len(CLAIMS) == len(entries)
    assert {p.name for p in c.removed} == entries | {"CACHEDIR.TAG", C.COSTS}
    assert (c.root / "notes.txt").read_text() == "mine"
    assert (c.root / "sub" / "data.csv").read_text() == "1,2\n"
    assert (c.root / "results.json").exists()
    assert sorted(p.name for p in c.root.iterdir()) == ["notes.txt", "results.json", "sub"]


def test_clear_of_a_folder_without_the_marker_removes_nothing(tmp_path):
    (tmp_path / "0123456789abcdef0123456789abcdef.json").write_text("{}")
    (tmp_path / "notes.txt").write_text("x")
    c = ResultCache(tmp_path)
    assert c.clear() == 0 and c.removed == []
    assert len(list(tmp_path.iterdir())) == 2


def test_key_covers_every_route_library(monkeypatch):
    assert {"hypothesis", "pint", "qutip", "mpmath", "sympy", "numpy", "scipy", "lark"} <= set(
        C.LIBRARIES)
    before = _key(THIRD)
    from claims.core import plugins

    real = plugins.dist_versions
    monkeypatch.setattr(plugins, "dist_versions",
                        lambda names: {**real(names), "pint": "999.0"})
    C._environment.cache_clear()
    try:
        assert _key(THIRD) != before
    finally:
        monkeypatch.undo()
        C._environment.cache_clear()
    assert _key(THIRD) == before


def test_library_versions_are_read_as_importlib_metadata_reads_them():
    """The key's library versions come from the distribution folders (no importlib.metadata
    import); they are the versions importlib.metadata gives, and "absent" where it finds none."""
    import importlib.metadata as md

    from claims.core import plugins

    names = (*C.LIBRARIES, "physics-claims", "typing_extensions", "no-such-distribution-x")
    got = plugins.dist_versions(names)

    def truth(n):
        try:
            return md.version(n)
        except md.PackageNotFoundError:
            return "absent"

    assert got == {n: truth(n) for n in names}
    assert got["no-such-distribution-x"] == "absent" and got["numpy"] != "absent"


def test_out_of_tree_paper_sources_are_fingerprinted(tmp_path, monkeypatch):
    pkg = tmp_path / "plugin_paper_x"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "paper.py").write_text("from plugin_paper_x import helper\nfrom numerics import lmg\n")
    (pkg / "helper.py").write_text("def f():\n    return 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    files = module_closure("plugin_paper_x.paper")
    assert pkg / "paper.py" in files and pkg / "helper.py" in files
    assert any(f.name == "lmg.py" for f in files)
    f0 = code_fingerprint("plugin_paper_x.paper")
    (pkg / "helper.py").write_text("def f():\n    return 2\n")
    assert code_fingerprint("plugin_paper_x.paper") != f0
    sys.modules.pop("plugin_paper_x", None)


@pytest.mark.parametrize("engine, trace, deps", [
    # module names, as an in-process run records them
    ("traced_engine_x", ("traced_engine_x", "derive.equivalence"), {"traced_engine_x", "derive.equivalence"}),
    # function names from a -j N worker: the process that stores the result never imported the
    # engine, and its functions must still map to the engine's source file
    ("traced_engine_unimported", {"derivation": ["traced_engine_unimported.compute"], "numeric": []},
     {"traced_engine_unimported"}),
])
def test_entry_records_the_executed_modules_and_goes_stale_when_one_changes(tmp_path, monkeypatch,
                                                                            engine, trace, deps):
    mod = tmp_path / f"{engine}.py"
    mod.write_text("def compute():\n    return 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    c, cold = _filled(tmp_path)
    r = cold[THIRD.id]
    object.__setattr__(r, "trace", trace)
    key = _key(THIRD)
    c.put(key, r)
    stored = json.loads((c.root / f"{key}.json").read_text())["deps"]
    assert set(stored) == deps and "absent" not in stored.values()
    assert ResultCache(c.root).get(key) is not None
    mod.write_text("def compute():\n    return 2  # edited\n")
    fresh = ResultCache(c.root)
    assert fresh.get(key) is None and fresh.rejected == 0  # stale: an ordinary miss


def test_entries_are_written_atomically_and_leave_no_temporary_files(tmp_path):
    c, _ = _filled(tmp_path)
    names = [p.name for p in c.root.iterdir()]
    assert not [n for n in names if n.endswith(".tmp")]
    assert all(C.ENTRY.fullmatch(n) or n in ("CACHEDIR.TAG", C.COSTS) for n in names)

