"""Command line: ``claims list | check | audit | diff | coverage | cache``.

Every flag is checked before any work is done (no claim runs, no manuscript is read, no
report is written while a flag is wrong): a wrong flag is one line on stderr and exit 2.
The exit codes and environment variables are listed in :data:`EPILOG` (``claims --help``).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path

from claims import __version__

FORMATS = ("json", "md", "html", "junit", "github", "sarif")
MAX_TIME_LIMIT = 86_400.0  # seconds per claim: one day; more is a typo, not a plan

EPILOG = """\
exit codes:
  0    every verdict equals the registry's expectation (with --manuscript or --fail-on:
       nothing listed in --fail-on happened; coverage: no paper below --min)
  1    a verdict differs from its expectation, or a claim ended in disagree/error
       (listed on stderr); with --fail-on: a claim fails a listed condition
  2    usage or input error: one line on stderr, nothing run (a wrong flag, an unknown
       claim id or paper key, an unreadable manuscript or baseline, a report or cache
       folder that cannot be written, a paper module that cannot be imported)
  130  interrupted (Ctrl-C)
  A closed output pipe (claims list | head) ends quietly with exit 0.

environment variables:
  CLAIMS_CACHE_DIR      result cache folder (default .claims-cache/ in the current folder)
  CLAIMS_MANUSCRIPTS    the configured manuscripts folder, looked in after a paper's own
                        package and config (default ../shared/manuscripts beside the
                        checker's source tree)
  CLAIMS_PAPER_MODULES  comma-separated modules to audit instead of the bundled papers
  CLAIMS_TRACER         'settrace': trace routes with sys.settrace instead of the call probes
                        compiled into the project's functions (the same record, 1.6x slower)
  COLUMNS               terminal width used by 'claims list' and the summary tables
  NO_COLOR              no colours in terminal output
  GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID
                        set by GitHub Actions: the Markdown summary links to the run's page
                        for the full report (or give --report-url)
"""


class UsageError(Exception):
    """A problem with the command line or its inputs: exit 2 with one line."""


class _Parser(argparse.ArgumentParser):
    def __init__(self, *a, **k):
        k.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        k.setdefault("epilog", EPILOG)
        super().__init__(*a, **k)

    def error(self, message: str) -> None:  # one line, exit 2
        raise UsageError(f"{message} (see 'claims {self.prog.split()[-1]} --help')"
                         if " " in self.prog else f"{message} (see 'claims --help')")


# --- flag types: each rejects a wrong value with one line (argparse turns it into exit 2) -----

def _path(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path; name a file or folder")
    return text


def _seconds(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(v) or v <= 0 or v > MAX_TIME_LIMIT:
        raise argparse.ArgumentTypeError(
            f"{text!r}: give a number of seconds above 0 and at most {MAX_TIME_LIMIT:g} (one day)")
    return v


def _count(minimum: int):
    def parse(text: str) -> int:
        try:
            v = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if v < minimum:
            raise argparse.ArgumentTypeError(f"{text!r}: must be at least {minimum}")
        return v

    parse.__name__ = "count"
    return parse


def _percent(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage") from None
    if not math.isfinite(v) or not 0 <= v <= 100:
        raise argparse.ArgumentTypeError(f"{text!r}: give a percentage from 0 to 100")
    return v


def _common() -> argparse.ArgumentParser:
    c = argparse.ArgumentParser(add_help=False)
    g = c.add_mutually_exclusive_group()
    g.add_argument("-q", "--quiet", action="store_true",
                   help="print only errors and what fails the build (no progress, no tables)")
    g.add_argument("-v", "--verbose", action="store_true",
                   help="also one line per claim as it finishes (verdict, seconds, cached)")
    return c


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="claims", description="Check the stated results of physics manuscripts.")
    p.add_argument("--version", action="version", version=f"claims {__version__}")
    p.add_argument("--papers", metavar="MODULE[,MODULE]",
                   help="audit these paper modules (default: the installed paper plugins)")
    sub = p.add_subparsers(dest="command", parser_class=_Parser, required=True)
    common = [_common()]

    ls = sub.add_parser("list", parents=common, help="list claims: ids, locations, statements")
    ls.add_argument("--paper", help="only this paper key")
    ls.add_argument("--json", action="store_true", help="print the claims as JSON (one array)")

    ck = sub.add_parser("check", parents=common, help="check claims and explain each verdict")
    ck.add_argument("ids", nargs="+", metavar="ID", help="claim ids, e.g. lmg_lgi:s-inst-closed-form")
    ck.add_argument("--time-limit", type=_seconds, default=None, help="seconds per claim")

    au = sub.add_parser("audit", parents=common,
                        help="run every claim, print a summary, write reports")
    au.add_argument("--paper", help="only this paper key")
    au.add_argument("--format", default="json,md",
                    help="comma-separated: json, md, html, junit, sarif (files in --out) and "
                         "github (workflow commands on stdout); default json,md")
    au.add_argument("--summary", action="store_true",
                    help="Markdown: a pull-request comment (< 60,000 characters): what is new, "
                         "changed or stale first, known findings as counts")
    au.add_argument("--baseline", metavar="OLD.json", type=_path,
                    help="a claims.json of an earlier run: report what is new, changed or stale since")
    au.add_argument("--report-url", metavar="URL",
                    help="where the full report is (linked from the summary; default: the "
                         "GitHub Actions run page when run there)")
    au.add_argument("--out", default="claims-report", type=_path,
                    help="report folder (default claims-report/)")
    au.add_argument("-j", "--jobs", type=_count(1), default=1,
                    help="worker processes (default 1; capped at the cores available)")
    au.add_argument("--time-limit", type=_seconds, default=None,
                    help="seconds per claim before it is 'undecided' (default 300)")
    au.add_argument("--no-progress", action="store_true", help="no progress bar")
    au.add_argument("--no-cache", action="store_true",
                    help="recompute every claim (default: reuse results whose code and inputs are "
                         "unchanged); the last run's costs still order the work, slowest first")
    au.add_argument("--manuscript", metavar="FILE", type=_path,
                    help="re-read stated values from this revision (.txt, .md, .tex, .pdf); see docs/ci.md")
    au.add_argument("--fail-on", metavar="LIST", default=None,
                    help="what fails the build: unexpected, refuted, conditional, undecided, "
                         "not_checkable, error, disagree, stale, changed, or none "
                         "(default unexpected, plus stale with --manuscript)")

    df = sub.add_parser("diff", parents=common,
                        help="audit two manuscript revisions and list what changed")
    df.add_argument("old", metavar="OLD", type=_path, help="the earlier revision (.txt, .md, .tex, .pdf)")
    df.add_argument("new", metavar="NEW", type=_path, help="the later revision")
    df.add_argument("--paper", help="paper key (default: inferred from the manuscripts)")
    df.add_argument("--json", metavar="FILE", type=_path, help="also write the diff as JSON")
    df.add_argument("--fail-on", metavar="LIST", default=None,
                    help="exit 1 when the NEW revision fails one of these (as for audit; default none)")
    df.add_argument("-j", "--jobs", type=_count(1), default=1,
                    help="worker processes (default 1; capped at the cores available)")
    df.add_argument("--time-limit", type=_seconds, default=None, help="seconds per claim")
    df.add_argument("--no-progress", action="store_true", help="no progress bar")
    df.add_argument("--no-cache", action="store_true", help="recompute every claim")

    cv = sub.add_parser("coverage", parents=common,
                        help="which numeric statements of the manuscripts claims cover")
    cv.add_argument("--paper", help="only this paper key")
    cv.add_argument("--manuscript", metavar="FILE", type=_path,
                    help="this file (default: each paper's manuscript, beside its package or config, "
                         "else in $CLAIMS_MANUSCRIPTS)")
    cv.add_argument("--show", type=_count(0), default=20, metavar="N",
                    help="uncovered numbers listed per paper")
    cv.add_argument("--min", type=_percent, default=None, metavar="PERCENT",
                    help="exit 1 when a paper's coverage is below PERCENT")
    cv.add_argument("--json", metavar="FILE", type=_path, help="also write the coverage as JSON")

    ca = sub.add_parser("cache", parents=common,
                        help="manage the result cache (.claims-cache/, or $CLAIMS_CACHE_DIR)")
    ca.add_argument("action", choices=["clear", "info"])
    # `claims new` (claims.text.scaffold, imported only when it runs)
    nw = sub.add_parser("new", help="write an installable paper package: INPUTS for the numbers "
                                    "a manuscript gives, one stub claim per other numeric "
                                    "statement")
    nw.add_argument("key", metavar="KEY", help="the paper key (an identifier, e.g. note)")
    nw.add_argument("--manuscript", metavar="FILE", required=True,
                    help="the manuscript (.txt, .md, .tex, .pdf)")
    nw.add_argument("--out", metavar="DIR", required=True,
                    help="folder to write the package to (must not exist or be empty)")
    nw.add_argument("--title", default=None, help="the paper's title (default: its first line)")
    return p


def main(argv: list[str] | None = None) -> int:
    # One BLAS thread per process, before numpy is imported: results then do not depend on
    # the thread count (summation order), so -j 1 and -j N give identical digits, and worker
    # processes share the cores instead of oversubscribing them.
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    _inert_streams()
    try:
        args = _parser().parse_args(argv)
        _validate(args)
        return _dispatch(args)
    except UsageError as e:
        print(f"claims: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("claims: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (claims list | head): nothing more to say, and nothing to
        # flush at exit either (that would raise again). audit and diff catch it themselves
        # and keep their exit code.
        _stdout_gone()
        return 0


class _Inert:
    """A text stream that drops control characters (terminal escape sequences, bidi controls)
    from what it is given: text read from a manuscript never drives the terminal.  Our own
    coloured output (rich) writes to the underlying stream, ``raw``."""

    _CONTROL = None

    def __init__(self, raw):
        import re

        self.raw = raw
        if _Inert._CONTROL is None:
            _Inert._CONTROL = re.compile(
                "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

    def write(self, s: str) -> int:
        self.raw.write(self._CONTROL.sub("", s))
        return len(s)

    def __getattr__(self, name):
        return getattr(self.raw, name)


def _inert_streams() -> None:
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, _Inert):
            setattr(sys, name, _Inert(stream))


def _raw(stream):
    return getattr(stream, "raw", stream) if isinstance(stream, _Inert) else stream


def _stdout_gone() -> None:
    """Standard output's reader went away: send the rest (and the flush at exit) nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _PipeConsole(**kw):  # noqa: N802 - a class factory (rich imported only when needed)
    """A rich Console whose closed pipe raises BrokenPipeError (rich itself exits 1)."""
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            raise BrokenPipeError

    return PipeConsole(**kw)


# --- checks done before any work -------------------------------------------------------------

def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _validate(args: argparse.Namespace) -> None:
    """Everything that can be checked without running a claim: one line and exit 2 if wrong."""
    if getattr(args, "jobs", 1) > cores():
        n = cores()
        if not args.quiet:
            print(f"claims: note: -j {args.jobs} capped at {n}, the cores available", file=sys.stderr)
        args.jobs = n
    if args.command == "audit":
        args.formats = _formats(args.format)
        args.baseline_doc = _read_baseline(args.baseline) if args.baseline else None
        args.out = _outdir(args.out)
    if args.command in ("audit", "diff") and not args.no_cache:
        _check_cache_dir()
    for name in ("manuscript", "old", "new"):
        value = getattr(args, name, None)
        if value is not None and Path(value).is_dir():
            raise UsageError(f"{value} is a folder; name a manuscript file")
    if args.command in ("diff", "coverage") and args.json:
        _check_output_file(args.json, "--json")


def _probe(folder: Path, what: str) -> None:
    """Create and remove a uniquely named file in ``folder`` (safe when audits run at once)."""
    try:
        import tempfile

        fd, probe = tempfile.mkstemp(dir=folder, prefix=".claims-write-test.")
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        raise UsageError(f"{what} {folder} is not writable: {e.strerror}") from None


def _outdir(text: str) -> Path:
    out = Path(text)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} exists and is not a folder; name a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"cannot create report folder {out}: {e.strerror}") from None
    _probe(out, "report folder")
    return out


def _check_cache_dir() -> None:
    from claims.core.cache import cache_dir

    d = cache_dir()
    if not str(d).strip():
        raise UsageError("CLAIMS_CACHE_DIR is empty; unset it or name a folder")
    if d.exists() and not d.is_dir():
        raise UsageError(f"cache folder {d} exists and is not a folder; set CLAIMS_CACHE_DIR "
                         "to a folder or use --no-cache")
    try:
        d.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"cannot create cache folder {d}: {e.strerror}; set CLAIMS_CACHE_DIR "
                         "or use --no-cache") from None
    try:
        _probe(d, "cache folder")
    except UsageError as e:
        raise UsageError(f"{e}; set CLAIMS_CACHE_DIR or use --no-cache") from None


def _check_output_file(text: str, flag: str) -> None:
    """A report file can be written at ``text``: not a folder, a device or a virtual file."""
    path = Path(text)
    if path.is_dir():
        raise UsageError(f"{flag} {path} is a folder; name a file")
    if path.exists() and not path.is_file():
        raise UsageError(f"{flag} {path} is not a regular file; name a file")
    parent = path.parent if str(path.parent) else Path(".")
    resolved = parent.resolve()
    if resolved.parts[:2] in (("/", "proc"), ("/", "sys"), ("/", "dev")):
        raise UsageError(f"{flag} {path} is in the virtual folder {'/'.join(resolved.parts[:2])[1:]}; "
                         "name a file on disk")
    if path.exists() and not os.access(path, os.W_OK):
        raise UsageError(f"{flag} {path} is read-only")
    if parent.exists() and not parent.is_dir():
        raise UsageError(f"{flag} {path}: {parent} is not a folder")
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"{flag} {path}: cannot create folder {parent}: {e.strerror}") from None
    _probe(parent, f"{flag} folder")


def _read_baseline(text: str) -> dict:
    path = Path(text)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"--baseline {path} not found; give the claims.json of an earlier run") from None
    except (OSError, UnicodeDecodeError) as e:
        why = e.strerror if isinstance(e, OSError) else "not UTF-8"
        raise UsageError(f"--baseline {path} cannot be read: {why}") from None
    try:
        import json

        doc = json.loads(raw)
    except ValueError as e:
        raise UsageError(f"--baseline {path} is not JSON ({e.msg} at line {e.lineno})") from None
    ok = (isinstance(doc, dict) and isinstance(doc.get("claims"), list)
          and all(isinstance(c, dict) and isinstance(c.get("id"), str) and "verdict" in c
                  for c in doc["claims"]))
    if not ok:
        raise UsageError(f"--baseline {path} is not a claims.json report (no list of claims "
                         "with id and verdict)")
    return doc


def _formats(text: str) -> list[str]:
    fmts = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in fmts if f not in FORMATS]
    if unknown or not fmts:
        raise UsageError(f"unknown format {','.join(unknown) or text!r}; choose from {', '.join(FORMATS)}")
    return list(dict.fromkeys(fmts))


# --- commands ----------------------------------------------------------------------------------

def _manuscript_error(e: BaseException) -> bool:
    """``e`` is a ManuscriptError (its module is imported only by a command that reads one:
    when it was never imported, no such error can have been raised)."""
    mod = sys.modules.get("claims.text.manuscript")
    return mod is not None and isinstance(e, mod.ManuscriptError)


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "cache":  # needs no registry (no paper module imported: fast)
        return _cache(args)
    if args.command != "list":  # list reads no manuscript (and logging costs 20 ms to import)
        # libraries' own warnings (pypdf on a damaged PDF) are not ours to print: what is
        # wrong with an input is said once, in our one line
        import logging

        logging.getLogger("pypdf").setLevel(logging.ERROR)
    if args.command in ("list", "new", "coverage"):  # no route runs: no call probes needed
        from claims.core.probes import paused

        with paused():
            return _commands(args)
    return _commands(args)


def _commands(args: argparse.Namespace) -> int:
    from claims.core.registry import RegistryError, default_registry, use_papers

    try:
        use_papers(args.papers)
        if args.command == "new":
            from claims.text.quotes import new_command

            return new_command(args)
        reg = default_registry()
        if args.command == "list":
            return _list(reg, args)
        if args.command == "check":
            return _check(reg, args)
        if args.command == "diff":
            return _diff(reg, args)
        if args.command == "coverage":
            from claims.text.quotes import coverage_command

            return coverage_command(reg, args)
        from claims.text.quotes import audit_with_quotes

        return audit_with_quotes(_audit, reg, args)
    except RegistryError as e:
        raise UsageError(str(e)) from None
    except Exception as e:
        if _manuscript_error(e):
            raise UsageError(str(e)) from None
        raise


def _limit(args) -> float:
    from claims.core.runner import DEFAULT_TIME_LIMIT

    return DEFAULT_TIME_LIMIT if args.time_limit is None else args.time_limit


def _list(reg, args) -> int:
    claims = reg.for_paper(args.paper)
    if args.json:
        rows = [{"id": c.id, "paper": c.paper, "location": c.location,
                 "expected": c.expect.verdict.value, "statement": c.statement,
                 "stated": c.stated or None} for c in claims]
        # ASCII with \u escapes: exact data, and nothing a terminal would act on
        import json

        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=True) + "\n")
        return 0
    import shutil

    # a terminal (or $COLUMNS): one line per claim, cut to its width; a pipe or file: whole lines
    fit = sys.stdout.isatty() or bool(os.environ.get("COLUMNS"))
    width = shutil.get_terminal_size((100, 24)).columns if fit else 10**6
    rows = [(c.id, " ".join(c.location.split()), c.expect.verdict.value,
             " ".join(c.statement.split())) for c in claims]
    # ids are never cut (they are what one copies); the location and statement are cut to fit
    w_id = max([len("id")] + [len(r[0]) for r in rows])
    w_loc = min(24 if fit else 10**6, max([len("location")] + [len(r[1]) for r in rows]))
    w_exp = max([len("expected")] + [len(r[2]) for r in rows])
    w_stmt = max(12, width - (w_id + w_loc + w_exp + 6))

    def cut(s: str, n: int) -> str:
        return s if len(s) <= n else s[: n - 1] + "…"

    out = sys.stdout
    out.write(f"{'id':<{w_id}}  {'location':<{w_loc}}  {'expected':<{w_exp}}  statement\n")
    for cid, loc, exp, stmt in rows:
        out.write(f"{cid:<{w_id}}  {cut(loc, w_loc):<{w_loc}}  {exp:<{w_exp}}  "
                  f"{cut(stmt, w_stmt)}".rstrip() + "\n")
    if not args.quiet:
        out.write(f"{len(claims)} claims\n")
    out.flush()
    return 0


def _check(reg, args) -> int:
    claims = [reg.get(i) for i in args.ids]  # unknown ids: exit 2 before running anything
    from claims.core.runner import run_claim  # (after: an unknown id never loads the runner)

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


class _SeenCache:
    """A result cache that remembers which claims it answered (reported as ``cached``)."""

    def __init__(self, cache):
        self._cache = cache
        self.hits: set[str] = set()

    def get(self, key):
        r = self._cache.get(key)
        if r is not None:
            self.hits.add(r.claim_id)
        return r

    def __getattr__(self, name):
        return getattr(self._cache, name)


class _ScheduleOnly:
    """``--no-cache``: no result is read or stored, but the scheduler still reads and keeps the
    claims' last measured costs beside the cache (when that folder is usable), so a cold audit
    hands out its slowest quantities first."""

    keeps_results = False  # run_claims computes no claim key for it

    def __init__(self, cache):
        self._cache = cache
        self.hits: set[str] = set()

    def get(self, key):  # noqa: ARG002 - nothing is reused
        return None

    def put(self, key, r):  # noqa: ARG002 - nothing is stored
        return None

    def read_costs(self):
        return self._cache.read_costs()

    def write_costs(self, costs):
        if self._cache.root.is_dir():  # never create a cache folder for --no-cache
            self._cache.write_costs(costs)


def _open_cache(args):
    from claims.core.cache import ResultCache, cache_dir

    if args.no_cache:
        try:
            return _ScheduleOnly(ResultCache(cache_dir()))
        except Exception:  # noqa: BLE001 - an unusable cache folder only loses the order
            return None

    return _SeenCache(ResultCache(cache_dir()))


def _bar_possible(args) -> bool:
    """Whether the progress bar may be shown: not with -q or --no-progress, and only on a
    terminal (or where rich is told to treat stderr as one: TTY_COMPATIBLE, FORCE_COLOR)."""
    if args.quiet or args.no_progress:
        return False
    if "TTY_COMPATIBLE" in os.environ or "FORCE_COLOR" in os.environ:
        return True  # rich decides
    isatty = getattr(_raw(sys.stderr), "isatty", None)
    try:
        return bool(isatty and isatty())
    except (OSError, ValueError):
        return False


class _Progress:
    """Progress bar with ETA on stderr (a terminal only; never with -q or --no-progress)."""

    def __init__(self, args, total: int, what: str, order: list[str] | None = None):
        self.args, self.what = args, what
        self.order, self.done, self.at = list(order or []), set(), 0
        if not args.verbose and not _bar_possible(args):
            self.prog = None  # nothing is shown: rich is not imported (≈40 ms of a warm audit)
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.err = Console(file=_raw(sys.stderr), highlight=False)
        show = not (args.quiet or args.no_progress) and self.err.is_terminal
        self.prog = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                             TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                             TextColumn("[dim]{task.fields[last]}"), console=self.err,
                             disable=not show, transient=False)
        # the claims in the order they are run: the first one not yet done is (one of) those
        # running now; shown as "next" (with -j N, several run at once)
        self.task = self.prog.add_task(what, total=total, last=self._next())

    def _next(self) -> str:
        while self.at < len(self.order) and self.order[self.at] in self.done:
            self.at += 1
        return f"next: {self.order[self.at][:48]}" if self.at < len(self.order) else ""

    def __enter__(self):
        if self.prog is not None:
            self.prog.__enter__()
        return self

    def __exit__(self, *exc):
        return None if self.prog is None else self.prog.__exit__(*exc)

    def total(self, n: int) -> None:
        if self.prog is not None:
            self.prog.update(self.task, total=n)

    def tick(self, r, cached: bool = False) -> None:
        if self.prog is None:
            return
        self.done.add(r.claim_id)
        self.prog.update(self.task, advance=1, last=self._next())
        if self.args.verbose:
            note = "cached" if cached else f"{r.seconds:.2f} s"
            self.prog.console.print(f"  {r.verdict.value:<13} {r.claim_id}  ({note})",
                                    markup=False, highlight=False)


def _audit(reg, args, alongside=None) -> int:
    """The audit; ``alongside`` is work that needs no claim result (the quote check), handed to
    the runner (not run with ``--manuscript``: the caller then does it)."""
    from claims.core.runner import run_claims
    from claims.reports import report
    from claims.text import outcome

    claims = reg.for_paper(args.paper)
    fmts = args.formats
    limit = _limit(args)
    fail_on = outcome.fail_on_arg(args, outcome.DEFAULT_FAIL_ON if args.manuscript
                                  else ("unexpected",))
    bound = None
    if args.manuscript:  # the binding layer only when a manuscript is read
        from claims.text import revision

        bound = revision.open_audit(reg, args.manuscript, args.paper)
    claims = bound.claims if bound else claims  # stated values as the manuscript has them now
    papers = [p for p in reg.papers.values() if any(c.paper == p.key for c in claims)]
    cache = _open_cache(args)
    with _Progress(args, len(claims), "auditing", [c.id for c in claims]) as prog:
        def tick(r):
            prog.tick(r, cached=cache is not None and r.claim_id in cache.hits)

        results = (bound.run if bound else run_claims)(
            claims, jobs=args.jobs, default_limit=limit, on_result=tick, cache=cache,
            origin=reg.origin, **({} if bound else {"alongside": alongside}))
    doc = report.build_json(papers, claims, results,
                            cached=cache.hits if cache is not None else ())
    if bound:
        bound.annotate(doc)
    if args.baseline_doc is not None:
        doc["baseline"] = report.compare_baseline(doc, args.baseline_doc, args.baseline)
    files = _render(doc, fmts, args, reg, claims, results, fail_on)
    try:
        written = report.write_set(args.out, files)
    except OSError as e:  # full, read-only, not a folder: the previous reports are unchanged
        raise UsageError(f"cannot write the reports to {args.out}: {e}".splitlines()[0]) from None
    try:  # a reader that goes away (claims audit | head) must not change the exit code
        if "github" in fmts:
            from claims.reports.github import workflow_commands

            for line in workflow_commands(doc, fail_on, _locations(reg, doc, bound)):
                print(line)
        if not args.quiet:
            _print_summary(doc, _PipeConsole(file=_raw(sys.stdout), width=120, highlight=False))
            for line in outcome.summary_lines(doc):
                print(line)
            for w in written:
                print(f"wrote {w}")
        sys.stdout.flush()
    except BrokenPipeError:
        _stdout_gone()
    s = doc["summary"]
    if bound or tuple(fail_on) != ("unexpected",):
        bad = outcome.failing(doc, fail_on)
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


def _render(doc, fmts, args, reg, claims, results, fail_on) -> dict[str, str]:
    """The report files of one run, by file name (written together by ``report.write_set``)."""
    from claims.reports import report

    files: dict[str, str] = {}
    if "json" in fmts:
        files["claims.json"] = report.dumps(doc)
    if "md" in fmts:
        from claims.reports.markdown import build_markdown

        files["claims.md"] = build_markdown(doc, summary_only=args.summary,
                                            report_url=args.report_url)
    if "html" in fmts:  # figures are rendered only here: the other formats stay fast
        from claims.reports.html import write_html

        files["claims.html"] = write_html(doc, claims, results)
    if "junit" in fmts:
        from claims.reports.junit import build_junit

        files["claims.junit.xml"] = build_junit(doc, fail_on)
    if "sarif" in fmts:
        from claims.reports.sarif import build_sarif

        files["claims.sarif"] = report.dumps(build_sarif(doc, fail_on, _locations(reg, doc, None)))
    return files


def _locations(reg, doc: dict, bound) -> dict[str, tuple[str, int | None]]:
    """Each claim's manuscript file and line: the revision read, else the registered manuscript."""
    from claims.text.binding import bind
    from claims.text.manuscript import ManuscriptError, read_manuscript

    out: dict[str, tuple[str, int | None]] = {}
    if doc.get("manuscript"):
        path = doc["manuscript"]["path"]
        for c in doc["claims"]:
            if c.get("manuscript_status"):
                out[c["id"]] = (path, c.get("manuscript_line"))
    for key in {c["paper"] for c in doc["claims"] if c["id"] not in out}:
        path = reg.manuscript(key)[0] if key in reg.papers else None
        if path is None:
            continue
        try:
            ms = read_manuscript(path)
        except ManuscriptError:
            continue
        for c in reg.for_paper(key):
            if c.id not in out:
                out[c.id] = (str(path), bind(c, ms).line)
    return out


def _diff(reg, args) -> int:
    """``claims diff OLD NEW``: audit both revisions, print per-claim changes (see docs/ci.md)."""
    from claims.reports import report
    from claims.text import revision

    fail_on = revision.fail_on_arg(args, default=())
    limit = _limit(args)
    new = revision.open_audit(reg, args.new, args.paper)
    old = revision.open_audit(reg, args.old, args.paper or new.paper)
    cache = _open_cache(args)
    old_keys = {(c.id, c.stated) for c in old.claims}
    total = len(old.claims) + sum((c.id, c.stated) not in old_keys for c in new.claims)
    reuse: dict = {}
    order = [c.id for c in old.claims] + [c.id for c in new.claims
                                          if (c.id, c.stated) not in old_keys]
    with _Progress(args, total, "diff: auditing", order) as prog:
        def tick(r):
            prog.tick(r, cached=cache is not None and r.claim_id in cache.hits)

        old_doc = revision.audit_doc(reg, old, report.build_json, jobs=args.jobs, default_limit=limit, cache=cache,
                                     reuse=reuse, on_result=tick)
        new_doc = revision.audit_doc(reg, new, report.build_json, jobs=args.jobs, default_limit=limit, cache=cache,
                                     reuse=reuse, on_result=tick)
    d = revision.diff_docs(old_doc, new_doc)
    d["old"], d["new"], d["paper"] = args.old, args.new, new.paper
    if args.json:
        report.write_atomic(Path(args.json), report.dumps(d))
    try:  # a reader that goes away must not change the exit code
        if not args.quiet:
            print(f"claims diff {args.old} -> {args.new} (paper {new.paper})")
            print("\n".join(revision.diff_lines(d)))
            if args.json:
                print(f"wrote {args.json}")
        sys.stdout.flush()
    except BrokenPipeError:
        _stdout_gone()
    defects = [c["id"] for c in new_doc["claims"] + old_doc["claims"]
               if c["verdict"] in ("error", "disagree")]
    for cid in dict.fromkeys(defects):
        print(f"  DEFECT {cid}: the claim ended in error/disagree (see claims check {cid})",
              file=sys.stderr)
    bad = revision.failing(new_doc, fail_on)
    for cid, why in bad.items():
        print(f"  FAIL {cid}: {'; '.join(why)}", file=sys.stderr)
    return 1 if bad or defects else 0


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
