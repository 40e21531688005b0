"""The earned-verdicts framework decides: each defect kind is caught, each verdict kind reached.

Runs the fixture paper tests/fixtures/earned_paper.py, whose routes are small mathematics with
known answers and deliberate defects (a frozen route, two constant routes, a shared core, a bare
boolean), so every assertion below could have come out otherwise.
"""

import pytest

from claims.core import evaluate
from claims.core.inputs import Input, InputError, Inputs, Route
from claims.core.model import Verdict
from claims.core.registry import build_registry
from claims.core.runner import run_claim
from claims.core.tracer import trace

REG = build_registry(("tests.fixtures.earned_paper",))


def run(label):
    return run_claim(REG.get(f"oqt:{label}"))


@pytest.mark.parametrize(("label", "verdict"), [
    ("t-ok", Verdict.CONFIRMED), ("t-ok-row", Verdict.CONFIRMED), ("t-wrong", Verdict.REFUTED),
    ("frozen", Verdict.DISAGREE), ("constant", Verdict.INSENSITIVE), ("pure", Verdict.CONFIRMED),
    ("shared", Verdict.DEPENDENT), ("nonneg", Verdict.CONFIRMED),
    ("positive-cond", Verdict.CONDITIONAL), ("positive-ref", Verdict.REFUTED),
    ("gauss", Verdict.CONFIRMED), ("bare", Verdict.ERROR), ("scale", Verdict.CONFIRMED),
    ("scale-inherited", Verdict.REFUTED), ("times-t", Verdict.CONFIRMED),
    ("nc", Verdict.NOT_CHECKABLE),
])
def test_fixture_verdicts(label, verdict):
    r = run(label)
    assert r.verdict is verdict, r.reason


def test_cross_check_is_recorded_with_its_points():
    r = run("t-ok")
    assert r.cross_check["points"] == 3 and len(r.cross_check["at"]) == 3
    assert all(p["n"] != 10 for p in r.cross_check["at"])
    assert r.inputs == {"n": 10} and r.quantity == "oqt:triangular"


def test_a_mention_at_another_point_moves_the_neighbourhood():
    r = run("t-ok-row")
    assert r.inputs == {"n": 20}
    assert all(15 <= p["n"] <= 25 for p in r.cross_check["at"])


def test_trace_names_what_each_route_ran():
    r = run("t-ok")
    assert "tests.fixtures.earned_routes.triangular" in r.trace["derivation"]
    assert "tests.fixtures.earned_routes.triangular_by_summation" in r.trace["numeric"]
    assert r.trace["shared"] == []


def test_a_cache_hit_is_still_seen_by_the_tracer():
    """The second route finds _shared_core in functools' cache; the tracer must see it."""
    r = run("shared")
    assert "tests.fixtures.earned_routes._shared_core" in r.reason


def test_the_judge_re_evaluates_counterexamples():
    r = run("positive-ref")
    assert "-3" in r.reason and r.evidence.value == "counterexample"
    assert r.instances_checked == 7 + 13


def test_a_condition_needs_a_search_under_it():
    r = run("positive-cond")
    assert "holds only if x ≥ 1" in r.reason and "search of" in r.reason


def test_a_search_is_reported_as_weaker_than_a_proof():
    assert run("nonneg").decided_by.startswith("search:")
    assert run("gauss").decided_by.startswith("exact: proof")


def test_inherited_error_names_its_root():
    r = run("scale-inherited")
    assert r.inherited_from == "input c" and "consistent with the printed c = 4" in r.reason
    assert run("t-wrong").inherited_from is None


def test_a_quantity_bound_to_another_uses_its_value():
    assert run("times-t").reason.startswith("165")


def test_evaluations_are_memoised_per_quantity():
    evaluate.clear()
    run("t-ok")
    before = dict(evaluate._MEMO)
    run("t-wrong")  # the same quantity at the same point: no new evaluation
    assert evaluate._MEMO.keys() == before.keys()


def test_route_bindings_are_checked():
    with pytest.raises(InputError, match="must name an input"):
        Route("tests.fixtures.earned_routes:triangular", n=10)
    with pytest.raises(InputError, match="bound to nothing"):
        Route("tests.fixtures.earned_routes:linear_scale").parameters(Inputs(Input("n", 3, kind="integer")))
    with pytest.raises(InputError, match="module:function"):
        Route("no_colon")


def test_inputs_validate_themselves():
    with pytest.raises(InputError, match="declared twice"):
        Inputs(Input("a", 1.0), Input("a", 2.0))
    with pytest.raises(InputError, match="finite"):
        Input("a", float("nan"))
    with pytest.raises(InputError, match="integer input"):
        Input("N", 3.5, kind="integer")


def test_tracer_sees_nothing_outside_the_project():
    with trace() as seen:
        sorted([3, 1, 2])
    assert seen == set()


def test_schedule_groups_mentions_of_a_quantity_and_runs_the_slowest_first():
    from claims.core.runner import _tasks

    claims = list(REG.claims.values())
    costs = {c.id: 0.1 for c in claims} | {"oqt:positive-ref": 9.0}
    tasks = _tasks(claims, costs)
    assert [c.id for c in tasks[0]] == ["oqt:positive-ref"]
    triangular = [t for t in tasks if t[0].quantity is not None and t[0].quantity.id == "oqt:triangular"]
    assert len(triangular) == 1 and {c.id for c in triangular[0]} == {"oqt:t-ok", "oqt:t-ok-row", "oqt:t-wrong"}


def test_parallel_results_equal_sequential_ones(tmp_path, monkeypatch):
    from claims.core.runner import run_claims

    monkeypatch.setenv("CLAIMS_PAPER_MODULES", "tests.fixtures.earned_paper")
    claims = [REG.get(f"oqt:{x}") for x in ("t-ok", "t-wrong", "positive-ref", "scale", "times-t")]
    seq = run_claims(claims, jobs=1)
    par = run_claims(claims, jobs=2)
    assert [(r.claim_id, r.verdict, r.reason) for r in seq] == [(r.claim_id, r.verdict, r.reason) for r in par]


def _plan_claims():
    class Q:
        def __init__(self, mod):
            self.mod = mod

        def routes(self):
            return {"derivation": Route(f"{self.mod}:f")}

    class C:
        def __init__(self, cid, mod):
            self.id, self.paper, self.quantity = cid, cid.partition(":")[0], Q(mod)

    return C


def test_plan_keeps_each_paper_on_one_worker_while_another_paper_is_left():
    """A worker keeps to its paper (its memoised engines serve the whole paper); the largest
    papers by measured cost start first, and a worker with no paper left to start takes the
    far end of the paper with the most work left."""
    from claims.core.runner import _plan

    C = _plan_claims()
    big = [[C(f"p:x{k}", "eng.x")] for k in range(8)]           # 8 s
    mid = [[C(f"q:y{k}", "eng.y")] for k in range(3)]           # 3 s
    small = [[C(f"r:z{k}", "eng.z")] for k in range(2)]         # 2 s
    tasks = small + mid + big
    costs = {t[0].id: 1.0 for t in tasks}
    plan = _plan(tasks, costs, 2)
    assert sorted(sum(plan, [])) == list(range(len(tasks)))
    papers = [[tasks[i][0].paper for i in p] for p in plan]
    # worker 0 starts the largest paper and keeps it; worker 1 runs q, then r, then helps with p
    assert papers[0] == ["p"] * len(papers[0])
    assert papers[1][:5] == ["q"] * 3 + ["r"] * 2 and set(papers[1][5:]) == {"p"}
    # the helper took p's far end: the two never run the same task and meet in the middle
    assert plan[1][5:] == [tasks.index(big[-1])]
    # measured costs decide which paper is largest: here r is the slow one
    costs |= {"r:z0": 20.0, "r:z1": 20.0}
    plan = _plan(tasks, costs, 2)
    assert {tasks[i][0].paper for i in plan[0]} == {"r"}


def test_plan_puts_a_papers_engine_families_at_opposite_ends():
    """Within one paper, tasks of one engine family are adjacent: two workers sharing the paper
    start at different families, so each family's memoised engine is computed once."""
    from claims.core.runner import _engines, _plan

    C = _plan_claims()
    tasks = [[C(f"p:{m}{k}", f"eng.{m}")] for k in range(4) for m in "ab"]
    assert _engines(tasks[0]) == {"eng.a"}
    costs = {t[0].id: 1.0 for t in tasks} | {"p:a0": 1.5}
    plan = _plan(tasks, costs, 2)
    assert sorted(sum(plan, [])) == list(range(8))
    assert [{tasks[i][0].quantity.mod for i in p} for p in plan] == [{"eng.a"}, {"eng.b"}]
    assert tasks[plan[0][0]][0].id == "p:a0"  # the costliest family, longest first


def test_a_worker_that_dies_gives_an_error_and_the_audit_goes_on(monkeypatch):
    from claims.core.registry import build_registry
    from claims.core.runner import run_claims

    monkeypatch.setenv("CLAIMS_PAPER_MODULES", "tests.fixtures.dying_paper")
    reg = build_registry(("tests.fixtures.dying_paper",))
    claims = [reg.get(i) for i in ("dies:square", "dies:gone", "dies:square-again")]
    out = {r.claim_id: r for r in run_claims(claims, jobs=2)}
    assert out["dies:gone"].verdict is Verdict.ERROR and "died (exit code 3)" in out["dies:gone"].reason
    assert out["dies:square"].verdict is Verdict.CONFIRMED
    assert out["dies:square-again"].verdict is Verdict.CONFIRMED


def test_a_worker_told_to_stop_ends_its_outbox_feeder_before_it_leaves(monkeypatch):
    """A multiprocessing queue's feeder thread releases the outbox's shared write lock only
    after the parent can already hold the answer; a worker that left before that thread ended
    left the lock held, and the other worker blocked for good (seen: a cold -j 2 audit hung)."""
    import os

    from claims.core import registry, runner

    events: list[str] = []

    class Box:
        def __init__(self, items=()):
            self.items = list(items)

        def get(self):
            return self.items.pop(0)

        def put(self, item):
            events.append(f"put {item[0]}")

        def close(self):
            events.append("close")

        def join_thread(self):
            events.append("join")

    class Left(Exception):
        pass

    def leave(code):
        events.append(f"exit {code}")
        raise Left

    monkeypatch.setattr(registry, "default_registry", lambda: type("R", (), {"get": lambda s, i: i})())
    monkeypatch.setattr(runner, "run_claim", lambda c, limit: c)
    monkeypatch.setattr(os, "_exit", leave)
    with pytest.raises(Left):
        runner._worker_loop(Box([(0, ("a", "b")), (1, ("c",)), None]), Box(), None)
    assert events == ["put 0", "put 1", "close", "join", "exit 0"]


def test_expression_judge_points_at_20_digits_match_the_former_subs_path():
    """The Expression judge's fast path (mpmath lambdify at 20 digits) against the former
    ``complex(N(expr.subs(pt), 20))`` and a 40-digit ``evalf``: the fast values are within 1e-15
    of the reference (the former ones lose digits to cancellation: S_inst at small m*), and a
    singular point or an unprintable expression falls back to the former path."""
    import sympy as sp

    from claims.core.judges import _at_20_digits
    from derive.equivalence import sample_points

    J, G, T, h, ms, x = sp.symbols("J Gamma T h m_star x", positive=True)
    m = sp.Symbol("m", real=True)
    cases = [
        (J * m**2 / 2 - T * sp.log(2 * sp.cosh(sp.sqrt((J * m + h) ** 2 + G**2) / T)),
         {"J": (0.5, 2.0), "Gamma": (0.1, 1.0), "T": (0.3, 2.0), "h": (-0.3, 0.3), "m": (-1.0, 1.0)}),
        (-ms + sp.log(1 / sp.sqrt(1 - ms**2)) + sp.log(ms + 1), {"m_star": (0.02, 0.98)}),
        (sp.sqrt(x - 1) * sp.atanh(x / 3) + sp.Abs(sp.sin(x)), {"x": (0.1, 2.9)}),   # complex below 1
    ]
    for expr, dom in cases:
        syms = sorted(expr.free_symbols, key=lambda s: s.name)
        at = _at_20_digits(expr, syms)
        for pt in sample_points(syms, dom, 8, seed=7):
            fast, former = at(pt), complex(sp.N(expr.subs(pt), 20))
            ref = complex(expr.evalf(40, subs={k: sp.Float(v, 40) for k, v in pt.items()}))
            assert abs(fast - ref) <= 1e-15 * abs(ref)
            assert abs(fast - former) <= 2e-12 * abs(ref)
    # 1/x at x = 0: mpmath raises, the former path gives zoo (complex: nan), as before
    v = _at_20_digits(1 / x, [x])({x: 0.0})
    assert v != v and str(v) == str(complex(sp.N((1 / x).subs({x: 0.0}), 20)))
    # an expression lambdify cannot compile to mpmath: the former path
    f = sp.Function("f")
    at = _at_20_digits(f(x) + x, [x])
    with pytest.raises(TypeError):
        at({x: 0.5})
    assert _at_20_digits(sp.Integral(x, (x, 0, 1)) + x, [x])({x: 0.25}) == pytest.approx(0.75)


def test_an_upstream_value_is_computed_once_and_its_internals_are_traced():
    """A route bound to another quantity: the upstream value is computed under a trace of its own
    (dropped), so the memoised entry it fills keeps its internals and the route's hit on that
    entry is replayed, not computed a second time; the route's record still names the
    computation's functions."""
    from tests.fixtures import earned_routes as R

    evaluate.clear()
    R.triangular_memo.cache_clear()
    R.MEMO_CALLS["triangular_memo"] = 0
    q = REG.get("oqt:times-memo").quantity
    point = q.inputs.point()
    out, seen = evaluate._call(q.derivation, q, point, None, traced=True)
    assert out.value == 165 and R.MEMO_CALLS["triangular_memo"] == 1
    assert {"tests.fixtures.earned_routes.triangular_memo", "tests.fixtures.earned_routes._triangle_step",
            "tests.fixtures.earned_routes.scale_of_memo"} <= set(seen)
    assert run("times-memo").verdict == Verdict.CONFIRMED
