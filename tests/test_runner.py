"""Runner behaviour: errors and time limits become verdicts; results do not depend on -j."""

import dataclasses
import json

from claims.core.judges import Value
from claims.core.model import Claim, Verdict
from claims.core.registry import build_registry
from claims.core.runner import run_claim, run_claims
from claims.reports.report import build_json

MINI = build_registry(("tests.fixtures.mini_paper",))


def _claim(**kw):
    base = dict(id="oqt:t", location="x", statement="s", stated="1", quote="q", judge=Value())
    return Claim(**{**base, **kw})


def test_exception_becomes_error_with_message():
    def boom():
        raise RuntimeError("kaput")

    r = run_claim(_claim(derivation=boom, numeric=lambda: 1))
    assert r.verdict is Verdict.ERROR and "RuntimeError: kaput" in r.reason


def test_time_limit_becomes_undecided():
    def spin():
        while True:
            pass

    r = run_claim(_claim(derivation=spin, numeric=lambda: 1), default_limit=0.5)
    assert r.verdict is Verdict.UNDECIDED and r.reason == "time limit of 0.5 s reached"


def test_routes_that_disagree_are_a_defect():
    r = run_claim(_claim(derivation=lambda: 1, numeric=lambda: 1.001))
    assert r.verdict is Verdict.DISAGREE


def _strip(doc):
    for c in doc["claims"]:
        c["seconds"] = 0
    return json.dumps(doc, sort_keys=True)


def test_parallel_equals_sequential_and_repeatable():
    claims = list(MINI.claims.values())
    papers = list(MINI.papers.values())
    one = _strip(build_json(papers, claims, run_claims(claims, jobs=1)))
    again = _strip(build_json(papers, claims, run_claims(claims, jobs=1)))
    assert one == again
    # worker processes rebuild the registry from CLAIMS_PAPER_MODULES
    import os
    os.environ["CLAIMS_PAPER_MODULES"] = "tests.fixtures.mini_paper"
    try:
        from claims.core.registry import default_registry
        default_registry.cache_clear()
        two = _strip(build_json(papers, claims, run_claims(claims, jobs=2)))
    finally:
        del os.environ["CLAIMS_PAPER_MODULES"]
        default_registry.cache_clear()
    assert one == two


def test_expected_verdict_mismatch_is_reported():
    c = dataclasses.replace(MINI.get("oqt:mini-sqrt2"), stated="1.4143")
    r = run_claim(c)
    assert r.verdict is Verdict.REFUTED and not r.as_expected


def test_work_alongside_runs_in_a_thread_beside_the_workers_and_after_a_serial_run(monkeypatch):
    import threading

    import pytest

    from claims.core.registry import default_registry

    claims = list(MINI.claims.values())
    seen = []

    def note():
        seen.append((threading.current_thread().name, len(done)))

    done = []
    run_claims(claims, jobs=1, on_result=done.append, alongside=note)
    assert seen == [("MainThread", len(claims))]  # after every claim, in this thread
    monkeypatch.setenv("CLAIMS_PAPER_MODULES", "tests.fixtures.mini_paper")
    default_registry.cache_clear()
    try:
        seen.clear(), done.clear()
        run_claims(claims, jobs=2, on_result=done.append, alongside=note)
        assert [name for name, _ in seen] == ["claims-alongside"] and len(done) == len(claims)

        def fails():
            raise ValueError("quote check broke")

        with pytest.raises(ValueError, match="quote check broke"):
            run_claims(claims, jobs=2, alongside=fails)
    finally:
        default_registry.cache_clear()


def test_a_cache_that_keeps_no_results_is_asked_for_costs_only():
    class CostsOnly:  # what --no-cache gives the runner
        keeps_results = False
        written = None

        def get(self, key):
            raise AssertionError("a result was looked up")

        put = get

        def read_costs(self):
            return {"oqt:mini-sqrt2": 5.0}

        def write_costs(self, costs):
            self.written = dict(costs)

    claims = list(MINI.claims.values())
    cache = CostsOnly()
    results = run_claims(claims, cache=cache, origin=lambda c: "tests.fixtures.mini_paper")
    assert len(results) == len(claims)
    assert set(cache.written) == {c.id for c in claims}  # this run's costs kept


def test_the_imports_parsed_by_the_work_alongside_are_kept_in_the_index(tmp_path, monkeypatch):
    # the quote check parses the paper's module closure; a warm audit must not parse it again
    import json

    from claims.core import cache as cache_mod

    cache = cache_mod.ResultCache(tmp_path / "cache")
    claims = list(MINI.claims.values())
    run_claims(claims, cache=cache, origin=lambda c: "tests.fixtures.mini_paper")  # marks it ours
    monkeypatch.setattr(cache_mod, "_IMPORTS", {})
    monkeypatch.setattr(cache_mod, "_IMPORTS_NEW", False)
    (tmp_path / "cache" / cache_mod.IMPORTS_INDEX).unlink(missing_ok=True)
    assert (tmp_path / "cache" / cache_mod.MARKER).is_file()
    fresh = tmp_path / "alongside_mod.py"
    fresh.write_text("import numerics.lmg\n")
    run_claims(claims, cache=cache, origin=lambda c: "tests.fixtures.mini_paper",
               alongside=lambda: cache_mod._imported_modules(fresh, tmp_path, "alongside_mod"))
    index = json.loads((tmp_path / "cache" / cache_mod.IMPORTS_INDEX).read_text())
    import hashlib

    digest = hashlib.sha256(fresh.read_bytes()).hexdigest()
    assert [v for k, v in index.items() if k.endswith(":" + digest)] == [["numerics.lmg"]], index
