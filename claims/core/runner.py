"""Run claims: routes, judge, time limit, errors; sequential or in worker processes.

A check that raises becomes an ``error`` result carrying the message; a check
that exceeds its time limit becomes ``undecided``; the audit always goes on.
Expensive shared computations are cached by the engines' own memoisation
(``functools.cache`` in the paper modules), so they are computed once per
process and run; in parallel runs a worker keeps to one paper while it has tasks left, so
its memoised engines serve the whole paper (:class:`_Dealer`).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator

from claims.core.judges import Judgement, as_outcome, render
from claims.core.model import Claim, Outcome, Result, Verdict

DEFAULT_TIME_LIMIT = 300.0  # seconds per claim


class ClaimTimeout(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ClaimTimeout` after ``seconds`` (main thread, POSIX only)."""
    if not seconds or not hasattr(signal, "setitimer"):
        yield
        return

    def _alarm(signum, frame):  # noqa: ARG001
        raise ClaimTimeout(f"time limit of {seconds:g} s reached")

    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _call(route) -> Outcome | None:
    if route is None:
        return None
    return as_outcome(route())


def _judge_mention(claim: Claim) -> tuple[Judgement, Outcome | None, Outcome | None, dict]:
    """A mention on the framework: its quantity evaluated (once per process), then judged."""
    from claims.core.evaluate import evaluate, register

    q = claim.quantity
    register(q)
    at = dict(claim.at or ())
    ev = evaluate(q, claim.judged_value, at)
    extra = {"quantity": q.id, "inputs": _plain(ev.point), "cross_check": ev.cross_check,
             "trace": ev.trace}
    if ev.defect is not None:
        return Judgement(ev.defect[0], ev.defect[1]), ev.d, ev.n, extra
    j = claim.judge(claim.judged_value, ev.d, ev.n)
    if claim.consistency and j.verdict is Verdict.REFUTED:
        j, extra["inherited_from"] = _inherited(claim, q, at, j)
    return j, ev.d, ev.n, extra


def _inherited(claim: Claim, q, at: dict, j: Judgement):
    """A refuted number computed from a printed upstream number: is it consistent with the
    printed upstream value?  Then the error is inherited, reported at its root."""
    from claims.core.evaluate import evaluate
    from claims.core.inputs import Q

    override = dict(claim.consistency)
    evc = evaluate(q, claim.judged_value, at, override)
    jc = claim.judge(claim.judged_value, evc.d, evc.n)
    if jc.verdict is not Verdict.CONFIRMED:
        return j, None  # wrong even from the paper's own printed inputs: an error of its own
    roots = []
    for param in override:
        b = dict(q.derivation.bindings).get(param) if q.derivation else None
        roots.append(b.id if isinstance(b, Q) else f"input {param}")
    printed = ", ".join(f"{p} = {q.inputs[i].value}" for p, i in override.items())
    root = ", ".join(roots)
    reason = (f"consistent with the printed {printed} ({jc.reason}); the error is inherited "
              f"from {root}, refuted at its root; from the correct inputs: {j.reason}")
    return Judgement(Verdict.REFUTED, reason, j.evidence, j.severity, j.interval, j.decided_by), root


def _plain(d: dict) -> dict:
    out = {}
    for k, v in d.items():
        out[k] = v if isinstance(v, (int, float, str, bool)) or v is None else str(v)
    return out


def run_claim(claim: Claim, default_limit: float | None = DEFAULT_TIME_LIMIT) -> Result:
    """Run both routes of ``claim`` and judge them."""
    limit = claim.time_limit if claim.time_limit is not None else default_limit
    if claim.quantity is not None and claim.quantity.time_limit is not None and claim.time_limit is None:
        limit = claim.quantity.time_limit
    t0 = time.perf_counter()
    d = n = None
    extra: dict = {}
    shown: tuple[str | None, str | None] = (None, None)
    try:
        with time_limit(limit):
            if claim.quantity is not None:
                j, d, n, extra = _judge_mention(claim)
            else:
                d = _call(claim.derivation)
                n = _call(claim.numeric)
                j = claim.judge(claim.judged_value, d, n)
            shown = (render(d), render(n))
    except ClaimTimeout as e:
        j = Judgement(Verdict.UNDECIDED, str(e))
    except Exception as e:  # noqa: BLE001 - a failing check must never stop the audit
        tb = traceback.extract_tb(e.__traceback__)[-1]
        j = Judgement(Verdict.ERROR,
                      f"{type(e).__name__}: {e} (at {tb.filename.rsplit('/', 1)[-1]}:{tb.lineno})")
    seconds = time.perf_counter() - t0
    mathml = _mathml(d)
    details = "\n".join(x for x in ((d and d.details), (n and n.details)) if x)
    return Result(
        claim_id=claim.id,
        verdict=j.verdict,
        expected=claim.expect.verdict,
        reason=j.reason,
        evidence=j.evidence,
        severity=j.severity,
        derived=shown[0],
        numeric=shown[1],
        interval=j.interval.render() if j.interval else None,
        decided_by=j.decided_by,
        details=details,
        seconds=round(seconds, 3),
        derived_mathml=mathml,
        quantity=extra.get("quantity"),
        inputs=extra.get("inputs"),
        cross_check=extra.get("cross_check"),
        trace=extra.get("trace"),
        rule=j.interval.rule if j.interval is not None else None,
        inherited_from=extra.get("inherited_from"),
        instances_checked=_instances(d, n),
    )


def _instances(d: Outcome | None, n: Outcome | None) -> int | None:
    counts = [len(o.instances) for o in (d, n) if o is not None and o.instances is not None]
    return sum(counts) if counts else None


def _mathml(o: Outcome | None) -> str | None:
    """Presentation MathML of a symbolic derivation result (rendered natively by browsers)."""
    import sympy as sp

    if o is None or not isinstance(o.value, sp.Basic):
        return None
    try:
        return sp.mathml(o.value, printer="presentation")
    except Exception:  # noqa: BLE001 - a printing failure must not cost the verdict
        return None


# --- parallel execution -------------------------------------------------------------------

BLAS_THREADS = {v: "1" for v in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}


@contextlib.contextmanager
def _env(values: dict[str, str]) -> Iterator[None]:
    """Set environment variables for child processes started inside the block, then restore."""
    import os

    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v

def _worker_loop(inbox, outbox, limit: float | None) -> None:
    """A worker: run tasks (the mentions of one quantity, computed once) until told to stop.

    The worker keeps its process's memoised engines between tasks, which is why the parent
    gives it the tasks of one paper (:class:`_Dealer`).  Told to stop, it has sent all it
    computed (the parent asks for nothing more before it has the answer), so it leaves at once
    instead of tearing down its engines' memory (≈ 0.5 s of a cold audit's end) -- but only
    after its queue's feeder thread has ended: the parent can hold the last answer while that
    thread still holds the outbox's write lock, which an abrupt exit would leave held for good,
    and the other workers would block on their next answer."""
    import os

    from claims.core.registry import default_registry

    reg = default_registry()
    while True:
        item = inbox.get()
        if item is None:
            with contextlib.suppress(Exception):
                outbox.close()
                outbox.join_thread()  # the feeder has released the shared write lock
            for f in (sys.stdout, sys.stderr):
                with contextlib.suppress(Exception):
                    f.flush()
            os._exit(0)
        n, claim_ids = item
        try:
            outbox.put((n, [run_claim(reg.get(i), limit) for i in claim_ids], None))
        except BaseException as e:  # noqa: BLE001 - reported by the parent (a registry error)
            outbox.put((n, None, f"{type(e).__name__}: {e}"))
            if isinstance(e, KeyboardInterrupt):
                return


def _tasks(todo: list[Claim], costs: dict[str, float]) -> list[list[Claim]]:
    """Mentions of one quantity form one task (the quantity is evaluated once); tasks go out
    longest first by their last measured cost, so no slow task is left for the end."""
    groups: dict[str, list[Claim]] = {}
    for c in todo:
        key = c.quantity.id if c.quantity is not None else c.id
        groups.setdefault(key, []).append(c)
    unknown = max(costs.values(), default=1.0)  # never measured: assume it is slow
    return sorted(groups.values(), key=lambda g: -sum(costs.get(c.id, unknown) for c in g))


def _engines(task: list[Claim]) -> frozenset[str]:
    """What a task's computation is likely to share with others in one process: the engine
    modules its routes live in (its paper, for a claim whose routes are plain callables)."""
    keys = set()
    for c in task:
        q = c.quantity
        for r in (q.routes().values() if q is not None else ()):
            if getattr(r, "module", None):
                keys.add(r.module)
    return frozenset(keys or {task[0].paper})


def _groups(tasks: list[list[Claim]], costs: dict[str, float]) -> list[list[int]]:
    """Task indices by paper (the unit whose memoised engines its claims share), largest paper
    first by its last measured cost (its number of mentions where none was measured).  Within a
    paper, tasks whose routes live in the same engine modules are adjacent, the costliest
    family first and each family longest first, so the two ends of a paper's list are
    different families."""
    unknown = max(costs.values(), default=1.0)
    cost = [sum(costs.get(c.id, unknown) for c in t) for t in tasks]
    papers: dict[str, list[int]] = {}
    for i, t in enumerate(tasks):
        papers.setdefault(t[0].paper, []).append(i)
    out = []
    for idx in papers.values():
        families: dict[frozenset[str], list[int]] = {}
        for i in idx:
            families.setdefault(_engines(tasks[i]), []).append(i)
        fams = sorted(families.values(), key=lambda f: -sum(cost[i] for i in f))
        out.append([i for f in fams for i in sorted(f, key=lambda i: -cost[i])])
    return sorted(out, key=lambda g: -sum(cost[i] for i in g))


class _Dealer:
    """Hands tasks to workers as they ask (:func:`_groups`): a worker keeps to its paper while
    that paper has tasks left, so its memoised engines serve every claim of the paper; a
    worker whose paper is done starts the largest paper nobody has started, and once every
    paper is started it joins the one with the most work left, taking from the far end of its
    list (the other worker's engine family stays whole while there is other work)."""

    def __init__(self, tasks: list[list[Claim]], costs: dict[str, float]):
        from collections import deque

        unknown = max(costs.values(), default=1.0)
        self.cost = [sum(costs.get(c.id, unknown) for c in t) for t in tasks]
        self.unstarted = deque(deque(g) for g in _groups(tasks, costs))
        self.started: list = []
        self.at: dict[int, tuple] = {}  # worker -> (its group, takes from the front)

    def next(self, w: int) -> int | None:
        g, front = self.at.get(w, (None, True))
        if not g:
            if self.unstarted:
                g, front = self.unstarted.popleft(), True
                self.started.append(g)
            else:
                left = [g for g in self.started if g]
                if not left:
                    return None
                g, front = max(left, key=lambda g: sum(self.cost[i] for i in g)), False
            self.at[w] = (g, front)
        return g.popleft() if front else g.pop()


def _plan(tasks: list[list[Claim]], costs: dict[str, float], jobs: int) -> list[list[int]]:
    """The tasks each of ``jobs`` workers would run if every task took its measured cost
    (what :class:`_Dealer` does as the workers ask; for tests and benchmarks)."""
    dealer, plan = _Dealer(tasks, costs), [[] for _ in range(jobs)]
    free = [(0.0, w) for w in range(jobs)]
    while free:
        free.sort()
        t, w = free.pop(0)
        i = dealer.next(w)
        if i is not None:
            plan[w].append(i)
            free.append((t + dealer.cost[i], w))
    return plan


def _run_parallel(tasks: list[list[Claim]], costs: dict[str, float], jobs: int,
                  limit: float | None, done: Callable[[Result], None]) -> None:
    """Run ``tasks`` in ``jobs`` worker processes, each handed its next task by
    :class:`_Dealer` when it has finished the last.  A worker that dies (killed, out of
    memory) turns its task into ``error`` results and is replaced."""
    import queue

    dealer = _Dealer(tasks, costs)
    ctx = multiprocessing.get_context("spawn")
    outbox = ctx.Queue()
    workers: list = [None] * jobs
    inboxes: list = [None] * jobs
    busy: dict[int, int] = {}  # worker -> task index in flight

    def start(w: int) -> None:
        inboxes[w] = ctx.Queue()
        workers[w] = ctx.Process(target=_worker_loop, args=(inboxes[w], outbox, limit), daemon=True)
        workers[w].start()

    def feed(w: int) -> None:
        i = dealer.next(w)
        if i is None:
            inboxes[w].put(None)
            return
        busy[w] = i
        inboxes[w].put((i, tuple(c.id for c in tasks[i])))

    try:
        with _env(BLAS_THREADS):
            for w in range(jobs):
                start(w)
        for w in range(jobs):
            feed(w)
        while busy:
            try:
                n, results, err = outbox.get(timeout=1.0)
            except queue.Empty:
                for w, i in list(busy.items()):
                    if not workers[w].is_alive():  # died without a word: its task is an error
                        del busy[w]
                        code = workers[w].exitcode
                        for c in tasks[i]:
                            done(Result(claim_id=c.id, verdict=Verdict.ERROR, expected=c.expect.verdict,
                                        reason=f"the worker process running this claim died (exit code {code})"))
                        with _env(BLAS_THREADS):
                            start(w)
                        feed(w)
                continue
            w = next(w for w, i in busy.items() if i == n)
            del busy[w]
            if err is not None:
                raise RuntimeError(f"worker failed on {tasks[n][0].id}: {err}")
            for r in results:
                done(r)
            feed(w)
    finally:
        for w in range(jobs):
            p = workers[w]
            if p is not None and p.is_alive():
                if busy.get(w) is None:
                    try:
                        inboxes[w].put(None)
                    except (OSError, ValueError):
                        pass
                    p.join(timeout=2)
                if p.is_alive():
                    p.terminate()
                    p.join(timeout=2)


def run_claims(
    claims: Iterable[Claim],
    *,
    jobs: int = 1,
    default_limit: float | None = DEFAULT_TIME_LIMIT,
    on_result: Callable[[Result], None] | None = None,
    cache=None,
    origin: Callable[[Claim], str] | None = None,
    costs: dict[str, float] | None = None,
    alongside: Callable[[], None] | None = None,
) -> list[Result]:
    """Run claims, sequentially (``jobs=1``) or in ``jobs`` worker processes.

    ``alongside`` is the caller's work that needs no result (the audit's quote check): with
    workers it runs in a thread of this process while they compute (nothing is traced here
    then), otherwise after the claims; an exception it raises is raised here.

    Results come back in the order of ``claims`` whatever ``jobs`` is; each claim's
    computation is deterministic, so ``jobs`` does not change them.  With a
    :class:`claims.core.cache.ResultCache` (and ``origin`` naming each claim's paper module),
    unchanged claims are taken from the cache.  Workers receive whole quantities (all
    mentions of one quantity together), one at a time as they finish, by :class:`_Dealer`:
    each keeps to one paper, largest paper first by ``costs`` (claim id → seconds of the last
    run; read from and written to the cache folder when a cache is given), and a worker with
    no paper left to start joins the one with the most work left, from its far end.
    """
    from claims.core.cache import claim_key

    claims = list(claims)
    results: dict[str, Result] = {}
    keys: dict[str, str] = {}
    todo = []
    if cache is not None and not getattr(cache, "keeps_results", True):
        origin = None  # --no-cache: only the costs are kept, no claim key is worth computing
    root = getattr(cache, "root", None) if cache is not None and origin is not None else None
    if root is not None:  # the import index kept beside the results: keys without re-parsing
        from claims.core.cache import load_imports_index

        load_imports_index(root)
    for c in claims:
        if cache is not None and origin is not None:
            keys[c.id] = claim_key(c, origin(c), default_limit)
            hit = cache.get(keys[c.id])
            if hit is not None:
                results[c.id] = hit
                if on_result:
                    on_result(hit)
                continue
        todo.append(c)
    if root is not None:
        from claims.core.cache import save_imports_index

        save_imports_index(root)
    if costs is None:
        costs = load_costs(cache)

    def done(r: Result) -> None:
        results[r.claim_id] = r
        costs[r.claim_id] = r.seconds
        if cache is not None and r.claim_id in keys:
            cache.put(keys[r.claim_id], r)
        if on_result:
            on_result(r)

    tasks = _tasks(todo, costs)
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            for c in task:
                done(run_claim(c, default_limit))
        if alongside is not None:  # a claim traced in this process sees no other work
            alongside()
    else:
        # fresh interpreters with one BLAS thread each: the workers share the cores among
        # themselves instead of each running multithreaded BLAS on all of them
        with _beside(alongside):
            _run_parallel(tasks, costs, min(jobs, len(tasks)), default_limit, done)
    if root is not None and alongside is not None:  # what the work alongside parsed is kept too
        from claims.core.cache import save_imports_index

        save_imports_index(root)
    if todo:
        save_costs(cache, costs)
    return [results[c.id] for c in claims]


@contextlib.contextmanager
def _beside(work: Callable[[], None] | None) -> Iterator[None]:
    """Run ``work`` in a thread for the duration of the block; its exception is raised at the
    end (after the block's own, if any)."""
    if work is None:
        yield
        return
    import threading

    failed: list[BaseException] = []

    def target() -> None:
        try:
            work()
        except BaseException as e:  # noqa: BLE001 - re-raised in the calling thread
            failed.append(e)

    t = threading.Thread(target=target, name="claims-alongside", daemon=True)
    t.start()
    yield
    t.join()
    if failed:
        raise failed[0]


def load_costs(cache) -> dict[str, float]:
    """The last measured cost of each claim, as the cache keeps it (empty without a cache)."""
    read = getattr(cache, "read_costs", None)
    return read() if read is not None else {}


def save_costs(cache, costs: dict[str, float]) -> None:
    write = getattr(cache, "write_costs", None)
    if write is not None:
        write(costs)
