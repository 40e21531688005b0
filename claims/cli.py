"""Command line: ``claims list | check | audit | diff | coverage``.

Exit codes
----------
0  every verdict equals the registry's expectation (with ``--manuscript``: nothing in
   ``--fail-on`` happened; default ``unexpected,stale``)
1  some verdict differs from its expectation, or a claim ended in ``disagree``/``error``
   (with ``--fail-on``: a claim fails one of the listed conditions; see docs/ci.md)
2  usage or input error (one line on stderr, no traceback)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from claims import __version__

FORMATS = ("json", "md", "html", "junit")


class UsageError(Exception):
    """A problem with the command line or its inputs: exit 2 with one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        raise UsageError(f"{message} (see 'claims {self.prog.split()[-1]} --help')"
                         if " " in self.prog else f"{message} (see 'claims --help')")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="claims", description="Check the stated results of physics manuscripts.")
    p.add_argument("--version", action="version", version=f"claims {__version__}")
    p.add_argument("--papers", metavar="MODULE[,MODULE]",
                   help="audit these paper modules (default: the installed paper plugins)")
    sub = p.add_subparsers(dest="command", parser_class=_Parser, required=True)

    ls = sub.add_parser("list", help="list claims: ids, locations, statements")
    ls.add_argument("--paper", help="only this paper key")

    ck = sub.add_parser("check", help="check claims and explain each verdict")
    ck.add_argument("ids", nargs="+", metavar="ID", help="claim ids, e.g. lmg_lgi:s-inst-closed-form")
    ck.add_argument("--time-limit", type=float, default=None, help="seconds per claim")

    au = sub.add_parser("audit", help="run every claim, print a summary, write reports")
    au.add_argument("--paper", help="only this paper key")
    au.add_argument("--format", default="json,md",
                    help="comma-separated: json, md, html, junit (default json,md)")
    au.add_argument("--summary", action="store_true",
                    help="Markdown: summary and claims needing attention only (pull-request comment)")
    au.add_argument("--out", default="claims-report", help="report folder (default claims-report/)")
    au.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    au.add_argument("--time-limit", type=float, default=None,
                    help="seconds per claim before it is 'undecided' (default 300)")
    au.add_argument("--no-progress", action="store_true", help="no progress bar")
    au.add_argument("--no-cache", action="store_true",
                    help="recompute every claim (default: reuse results whose code and inputs are unchanged)")
    au.add_argument("--manuscript", metavar="FILE",
                    help="re-read stated values from this revision (.txt, .md, .tex, .pdf); see docs/ci.md")
    au.add_argument("--fail-on", metavar="LIST", default=None,
                    help="what fails the build: unexpected, refuted, conditional, undecided, "
                         "not_checkable, error, disagree, stale, changed, or none "
                         "(default unexpected, plus stale with --manuscript)")

    df = sub.add_parser("diff", help="audit two manuscript revisions and list what changed")
    df.add_argument("old", metavar="OLD", help="the earlier revision (.txt, .md, .tex, .pdf)")
    df.add_argument("new", metavar="NEW", help="the later revision")
    df.add_argument("--paper", help="paper key (default: inferred from the manuscripts)")
    df.add_argument("--json", metavar="FILE", help="also write the diff as JSON")
    df.add_argument("--fail-on", metavar="LIST", default=None,
                    help="exit 1 when the NEW revision fails one of these (as for audit; default none)")
    df.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    df.add_argument("--time-limit", type=float, default=None, help="seconds per claim")
    df.add_argument("--no-cache", action="store_true", help="recompute every claim")

    cv = sub.add_parser("coverage", help="which numeric statements of the manuscripts claims cover")
    cv.add_argument("--paper", help="only this paper key")
    cv.add_argument("--manuscript", metavar="FILE",
                    help="this file (default: the registered manuscripts in $CLAIMS_MANUSCRIPTS)")
    cv.add_argument("--show", type=int, default=20, metavar="N", help="uncovered numbers listed per paper")
    cv.add_argument("--min", type=float, default=None, metavar="PERCENT",
                    help="exit 1 when a paper's coverage is below PERCENT")
    cv.add_argument("--json", metavar="FILE", help="also write the coverage as JSON")

    ca = sub.add_parser("cache", help="manage the result cache (.claims-cache/, or $CLAIMS_CACHE_DIR)")
    ca.add_argument("action", choices=["clear", "info"])
    from claims.text.scaffold import add_parser  # `claims new`: a paper package from a manuscript

    add_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    # One BLAS thread per process, before numpy is imported: results then do not depend on
    # the thread count (summation order), so -j 1 and -j N give identical digits, and worker
    # processes share the cores instead of oversubscribing them.
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    try:
        args = _parser().parse_args(argv)
        return _dispatch(args)
    except UsageError as e:
        print(f"claims: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("claims: interrupted", file=sys.stderr)
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    from claims.core import plugins
    from claims.core.registry import RegistryError, default_registry
    from claims.text.manuscript import ManuscriptError

    try:
        plugins.use_papers(args.papers)
        if args.command == "new":
            return plugins.new_command(args)
        reg = default_registry()
        if args.command == "list":
            return _list(reg, args)
        if args.command == "check":
            return _check(reg, args)
        if args.command == "cache":
            return _cache(args)
        if args.command in ("diff", "coverage"):
            from claims.text import revision

            return (revision.diff_command if args.command == "diff"
                    else revision.coverage_command)(reg, args)
        return plugins.audit_with_quotes(_audit, reg, args)
    except (RegistryError, ManuscriptError) as e:
        raise UsageError(str(e)) from None


def _limit(args) -> float:
    from claims.core.runner import DEFAULT_TIME_LIMIT

    if args.time_limit is None:
        return DEFAULT_TIME_LIMIT
    if args.time_limit <= 0:
        raise UsageError("--time-limit must be a positive number of seconds")
    return args.time_limit


def _list(reg, args) -> int:
    from rich.console import Console
    from rich.table import Table

    claims = reg.for_paper(args.paper)
    t = Table(show_lines=False, box=None)
    for col in ("id", "location", "expected", "statement"):
        t.add_column(col, overflow="fold")
    for c in claims:
        t.add_row(c.id, c.location, c.expect.verdict.value, c.statement)
    Console(width=160).print(t)
    print(f"{len(claims)} claims")
    return 0


def _check(reg, args) -> int:
    from claims.core.runner import run_claim

    claims = [reg.get(i) for i in args.ids]  # unknown ids: exit 2 before running anything
    limit = _limit(args)
    bad = 0
    for c in claims:
        r = run_claim(c, limit)
        bad += not r.as_expected or r.verdict.value in ("error", "disagree")
        print(f"{c.id}  [{c.location}]")
        print(f"  statement : {c.statement}")
        if c.units:
            print(f"  units     : {c.units}")
        print(f"  stated    : {c.stated or '(lost in extraction)'}")
        if r.interval:
            print(f"  interval  : [{r.interval[0]}, {r.interval[1]}]")
        print(f"  derivation: {r.derived if r.derived is not None else '(none: ' + c.absent_reason + ')'}")
        print(f"  numerics  : {r.numeric if r.numeric is not None else '(none: ' + c.absent_reason + ')'}")
        ev = f" by {r.evidence.value}" if r.evidence else ""
        sev = f" ({r.severity.value})" if r.severity else ""
        print(f"  verdict   : {r.verdict.value}{sev}{ev}"
              + ("" if r.as_expected else f"   <-- expected {r.expected.value}"))
        if r.decided_by:
            print(f"  decided by: {r.decided_by}")
        print(f"  reason    : {r.reason}")
        if c.expect.reason:
            print(f"  registry  : {c.expect.reason}")
        if r.details:
            for line in r.details.splitlines():
                print(f"  | {line}")
        print(f"  seconds   : {r.seconds:.2f}")
        print()
    return 1 if bad else 0


def _cache(args) -> int:
    from claims.core.cache import ResultCache, cache_dir

    c = ResultCache(cache_dir())
    if args.action == "clear":
        print(f"removed {c.clear()} cached results from {c.root}")
    else:
        n = len(list(c.root.glob("*.json"))) if c.root.is_dir() else 0
        print(f"{n} cached results in {c.root}")
    return 0


def _formats(text: str) -> list[str]:
    fmts = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in fmts if f not in FORMATS]
    if unknown or not fmts:
        raise UsageError(f"unknown format {','.join(unknown) or text!r}; choose from {', '.join(FORMATS)}")
    return fmts


def _outdir(text: str) -> Path:
    out = Path(text)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} exists and is not a folder; name a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"cannot create report folder {out}: {e.strerror}") from None
    probe = out / ".claims-write-test"
    try:
        probe.write_text("")
        probe.unlink()
    except OSError as e:
        raise UsageError(f"report folder {out} is not writable: {e.strerror}") from None
    return out


def _audit(reg, args) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from claims.core.runner import run_claims
    from claims.reports.report import build_json, build_markdown, dumps, write_atomic
    from claims.text import revision

    claims = reg.for_paper(args.paper)
    fmts = _formats(args.format)
    limit = _limit(args)
    if args.jobs < 1:
        raise UsageError("-j/--jobs must be at least 1")
    fail_on = revision.fail_on_arg(args, revision.DEFAULT_FAIL_ON if args.manuscript
                                    else ("unexpected",))
    bound = revision.open_audit(reg, args.manuscript, args.paper) if args.manuscript else None
    claims = bound.claims if bound else claims  # stated values as the manuscript has them now
    out = _outdir(args.out)
    papers = [p for p in reg.papers.values() if any(c.paper == p.key for c in claims)]
    err = Console(stderr=True)
    show = not args.no_progress and err.is_terminal
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, disable=not show) as prog:
        task = prog.add_task("auditing", total=len(claims))

        def tick(r):
            prog.update(task, advance=1, description=f"auditing {r.claim_id[:40]:<40}")

        from claims.core.cache import ResultCache, cache_dir

        cache = None if args.no_cache else ResultCache(cache_dir())
        results = (bound.run if bound else run_claims)(
            claims, jobs=args.jobs, default_limit=limit, on_result=tick, cache=cache,
            origin=reg.origin)
    doc = build_json(papers, claims, results)
    if bound:
        bound.annotate(doc)
    written = []
    if "json" in fmts:
        write_atomic(out / "claims.json", dumps(doc))
        written.append(out / "claims.json")
    if "md" in fmts:
        write_atomic(out / "claims.md", build_markdown(doc, summary_only=args.summary))
        written.append(out / "claims.md")
    if "html" in fmts:  # figures are rendered only here: the other formats stay fast
        from claims.reports.html import write_html

        write_atomic(out / "claims.html", write_html(doc, claims, results))
        written.append(out / "claims.html")
    if "junit" in fmts:
        from claims.reports.junit import build_junit

        write_atomic(out / "claims.junit.xml", build_junit(doc, fail_on))
        written.append(out / "claims.junit.xml")
    _print_summary(doc, Console(width=120))
    for line in revision.summary_lines(doc):
        print(line)
    for w in written:
        print(f"wrote {w}")
    s = doc["summary"]
    if bound or tuple(fail_on) != ("unexpected",):
        bad = revision.failing(doc, fail_on)
        if bad:
            print(f"failing the build (--fail-on {','.join(fail_on)}):", file=sys.stderr)
            for cid, why in bad.items():
                print(f"  {cid}: {'; '.join(why)}", file=sys.stderr)
        return 1 if bad else 0
    if s["unexpected"]:
        print("verdicts differing from the registry's expectation:", file=sys.stderr)
        for c in doc["claims"]:
            if c["id"] in s["unexpected"]:
                print(f"  {c['id']}: {c['verdict']} (expected {c['expected']}): {c['reason']}",
                      file=sys.stderr)
        return 1
    return 0


def _print_summary(doc: dict, console) -> None:
    from rich.table import Table

    from claims.reports.report import VERDICT_ORDER

    s = doc["summary"]
    verdicts = [v for v in VERDICT_ORDER if any(v in d for d in s["by_paper"].values())]
    t = Table(title=f"{s['claims']} claims")
    t.add_column("paper")
    for v in verdicts:
        t.add_column(v, justify="right")
    for key, counts in s["by_paper"].items():
        t.add_row(key, *(str(counts.get(v, 0)) for v in verdicts))
    console.print(t)
