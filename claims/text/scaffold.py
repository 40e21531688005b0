"""``claims new KEY --manuscript FILE --out DIR``: an installable paper package from a manuscript.

After Hypothesis's ghostwriter: everything but the mathematics is written for the author.
The package holds

* ``pyproject.toml``: the distribution ``KEY-claims``, its entry point
  ``[project.entry-points."physics_claims.papers"] KEY = "KEY_claims"`` (so ``claims audit``
  and ``pytest --claims`` find it once installed), the manuscript as package data, and
  ``addopts = "--claims=KEY"`` so a plain ``pytest`` in DIR runs the claims;
* ``KEY_claims/__init__.py``: ``PAPER``, an empty ``INPUTS`` and one stub per numeric
  statement that ``claims coverage`` finds (quote, stated value, line and section filled in);
* ``KEY_claims/derive.py`` and ``KEY_claims/numerics.py``: one route per stub, each raising
  ``NotImplementedError``, so the audit shows the stub as ``error`` until it is written: a stub
  never passes;
* ``KEY_claims/<manuscript>``: a copy of the manuscript beside its claims (the record names it
  relative to the package);
* ``tests/test_KEY.py``: the records load without importing an engine and every quote is bound
  to the manuscript.

Nothing here imports an engine: the scaffold reads the manuscript and writes text.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path


class ScaffoldError(ValueError):
    """``claims new`` cannot write the package (one line; the CLI exits 2)."""


def add_parser(sub) -> None:
    """The ``new`` subcommand of the CLI."""
    nw = sub.add_parser("new", help="write an installable paper package with one stub claim per "
                                    "numeric statement of a manuscript")
    nw.add_argument("key", metavar="KEY", help="the paper key (an identifier, e.g. note)")
    nw.add_argument("--manuscript", metavar="FILE", required=True,
                    help="the manuscript (.txt, .md, .tex, .pdf)")
    nw.add_argument("--out", metavar="DIR", required=True,
                    help="folder to write the package to (must not exist or be empty)")
    nw.add_argument("--title", default=None, help="the paper's title (default: its first line)")


def command(args) -> int:
    out = scaffold(args.key, Path(args.manuscript), Path(args.out), title=args.title)
    print(f"wrote {out.stubs} stub claims for paper {args.key!r} to {out.root}")
    print(f"next: write the routes in {out.package}/derive.py and numerics.py, then")
    print(f"      pip install -e {out.root} && claims audit --paper {args.key}")
    return 0


# --- reading the manuscript -------------------------------------------------------------

_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s+\S.*|(?:\d+(?:\.\d+)*\.?|[A-Z]\.\d*|§\s*\d+(?:\.\d+)*)\s+[^\W\d_].{0,70}|"
    r"(?:Abstract|Introduction|Conclusions?|Summary|Appendix\b.{0,60}|References))\s*$")


def section_of(lines: list[str], lineno: int) -> str:
    """The nearest heading at or above ``lineno`` (1-based), shortened; "" when none."""
    for i in range(min(lineno, len(lines)) - 1, -1, -1):
        text = lines[i].strip()
        if text and len(text) <= 80 and _HEADING.match(text) and not _looks_like_sentence(text):
            text = text.lstrip("#").strip()
            return text if len(text) <= 50 else text[:47].rstrip() + "..."
    return ""


def _looks_like_sentence(text: str) -> bool:
    return text.endswith((".", ",", ";")) and not text.endswith("...")


def unique_quote(ms, lineno: int, col: int, number: str) -> str:
    """The shortest run of whole words of line ``lineno`` around the number at ``col`` that
    occurs exactly once in the manuscript (the whole line when nothing shorter is unique)."""
    line = ms.line_text(lineno)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    at = next((i for i, (a, b) in enumerate(words) if a <= col < b), None)
    if at is None:
        return line.strip()
    lo = hi = at
    best = None
    for _ in range(2 * len(words)):
        q = line[words[lo][0]:words[hi][1]]
        if (number in q and len(q) >= 12 and hi > lo and len(ms.find_all(q)) == 1):
            best = q
            break
        grow_left = lo > 0 and (hi - at >= at - lo or hi == len(words) - 1)
        if grow_left:
            lo -= 1
        elif hi < len(words) - 1:
            hi += 1
        else:
            break
    q = (best or line.strip()).strip(" ,;:")
    return q[:-1] if q.endswith(".") and not q.endswith("..") and q[:-1].strip() else q


def _slug(number: str) -> str:
    s = re.sub(r"[^0-9.]+", "-", number).strip("-.")
    return s or "n"


def stubs_from(ms) -> list[dict]:
    """One stub per numeric statement of ``ms`` (restatements merged, as coverage counts them)."""
    from claims.text.coverage import numeric_statements

    stmts, _ = numeric_statements(ms)
    out, labels = [], set()
    for s in stmts:
        label = f"l{s.line}-{_slug(s.number)}"
        base, k = label, 2
        while label in labels:
            label, k = f"{base}-{k}", k + 1
        labels.add(label)
        out.append({
            "label": label, "fn": "l" + re.sub(r"[^0-9a-z]+", "_", label[1:]).strip("_"),
            "line": s.line, "number": s.number, "why": s.why,
            "section": section_of(ms.lines, s.line),
            "quote": unique_quote(ms, s.line, s.col, s.number),
            "also": [ln for ln, _ in s.also],
        })
    return out


# --- writing the package ----------------------------------------------------------------

class Written:
    def __init__(self, root: Path, package: str, stubs: int) -> None:
        self.root, self.package, self.stubs = root, package, stubs


def _py(s: str) -> str:
    """A Python string literal (double quotes, escapes as needed)."""
    r = repr(s)
    if r.startswith("'") and '"' not in s:
        r = '"' + r[1:-1].replace("\\'", "'") + '"'
    return r


def scaffold(key: str, manuscript: Path, out: Path, title: str | None = None) -> Written:
    from claims.text.manuscript import ManuscriptError, read_manuscript

    if not key.isidentifier() or key != key.lower():
        raise ScaffoldError(f"paper key {key!r} must be a lower-case identifier (e.g. note)")
    if not manuscript.is_file():
        raise ScaffoldError(f"--manuscript {manuscript}: no such file")
    try:
        ms = read_manuscript(manuscript)
    except ManuscriptError as e:
        raise ScaffoldError(f"--manuscript {manuscript}: {e}") from None
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ScaffoldError(f"--out {out} exists and is not an empty folder; name a new folder")
    pkg = f"{key}_claims"
    stubs = stubs_from(ms)
    title = title or next((ln.strip().lstrip("#").strip() for ln in ms.lines if ln.strip()), key)
    try:
        (out / pkg).mkdir(parents=True, exist_ok=True)
        (out / "tests").mkdir(exist_ok=True)
        shutil.copyfile(manuscript, out / pkg / manuscript.name)
        files = {
            out / "pyproject.toml": _pyproject(key, pkg, manuscript.name, title),
            out / pkg / "__init__.py": _claims_module(key, pkg, manuscript.name, title, stubs),
            out / pkg / "derive.py": _routes(key, "derive", stubs),
            out / pkg / "numerics.py": _routes(key, "numerics", stubs),
            out / "tests" / f"test_{key}.py": _test_file(key, pkg),
        }
        for path, text in files.items():
            path.write_text(text, encoding="utf-8")
    except OSError as e:
        raise ScaffoldError(f"cannot write {out}: {e.strerror or e}") from None
    return Written(out, pkg, len(stubs))


def _pyproject(key: str, pkg: str, ms_name: str, title: str) -> str:
    return f'''[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "{key.replace("_", "-")}-claims"
version = "0.1.0"
description = {_py(f"Claims of {title!r}, checked by physics-claims")}
requires-python = ">=3.11"
dependencies = ["physics-claims"]

# how `claims audit` and `pytest --claims` find this paper once it is installed
[project.entry-points."physics_claims.papers"]
{key} = "{pkg}"

[tool.setuptools]
packages = ["{pkg}"]

[tool.setuptools.package-data]
{pkg} = [{_py(ms_name)}]

[tool.pytest.ini_options]
testpaths = ["tests"]
# every claim of this paper is a test item (the physics-claims pytest plugin)
addopts = "--claims={key}"
'''


def _claims_module(key: str, pkg: str, ms_name: str, title: str, stubs: list[dict]) -> str:
    head = f'''"""Claims of {title!r} ({ms_name}).

Scaffolded by `claims new` from the manuscript's {len(stubs)} numeric statements.

For each stub: say what the number is (``what`` and ``statement``), write its two routes
(``derive.py``: exact, SymPy or rationals; ``numerics.py``: an independent numerical
method), declare the parameters they take in ``INPUTS`` and set the expected verdict
(``CONFIRMED``, or ``refuted("the correct value ...")``).  A number the paper *gives* (a
parameter) is an input, not a claim: move it into ``INPUTS`` and delete its stub.  Until its
routes are written a stub ends in ``error`` and fails the audit.  See docs/framework.md.
"""

from claims.core.api import (  # noqa: F401 - the names a claim table uses
    CONFIRMED,
    Claim,
    Input,
    Inputs,
    Paper,
    Quantity,
    Route,
    Value,
    refuted,
)

PAPER = Paper(key={_py(key)}, title={_py(title)}, manuscript={_py(ms_name)}, earned=True)
D, N = "{pkg}.derive", "{pkg}.numerics"

INPUTS = Inputs(
    # Input("N", 370, quote="N = 370", kind="integer", around=(330, 410)),
)

'''
    qs, cs = [], []
    for s in stubs:
        var = "Q_" + s["fn"].upper()
        where = f"line {s['line']}" + (f" ({s['section']})" if s["section"] else "")
        also = f"; restated on line(s) {', '.join(map(str, s['also']))}" if s["also"] else ""
        qs.append(f"# {where}: {s['number']} ({s['why']}){also}\n"
                  f"{var} = Quantity({_py(key + ':' + s['label'])}, "
                  f"{_py('TODO: what ' + s['number'] + ' is')}, Value(),\n"
                  f"{' ' * (len(var) + 12)}Route(f\"{{D}}:{s['fn']}\"), "
                  f"Route(f\"{{N}}:{s['fn']}\"))\n")
        loc = (f"{s['section']}, line {s['line']}" if s["section"] else f"line {s['line']}")
        cs.append(f"    Claim(id={_py(key + ':' + s['label'])}, quantity={var},\n"
                  f"          location={_py(loc)},\n"
                  f"          statement={_py('TODO: what the paper asserts on line ' + str(s['line']))},\n"
                  f"          stated={_py(s['number'])}, quote={_py(s['quote'])},\n"
                  f"          expect=CONFIRMED),\n")
    if not stubs:
        cs.append("    # no numeric statement found: add claims by hand (docs/framework.md)\n")
    return head + "\n".join(qs) + "\nCLAIMS = [\n" + "".join(cs) + "]\n"


def _routes(key: str, side: str, stubs: list[dict]) -> str:
    what = ("Derivations: exact (SymPy, rational arithmetic), one function per quantity."
            if side == "derive" else
            "Numerical checks, independent of derive.py (no shared function computes a result).")
    doc = (f'"""{what}\n\nA route is a module-level function of the paper\'s inputs (its '
           "parameters are named\nlike the INPUTS, or bound with Route(..., param=\"input\")) "
           "returning a plain value.\nNever import claims here; never write a number the "
           'manuscript prints."""\n')
    body = [doc]
    for s in stubs:
        msg = _py(f"{key}:{s['label']} {side} route: not written yet")
        body.append(f"\n\ndef {s['fn']}():\n"
                    f"    \"\"\"{key}:{s['label']}: {s['number']} (line {s['line']}).\"\"\"\n"
                    f"    raise NotImplementedError({msg})\n")
    return "".join(body)


def _test_file(key: str, pkg: str) -> str:
    return f'''"""Checks of the paper package itself; its claims run as test items of
`pytest --claims={key}` (set in pyproject.toml's addopts)."""

import subprocess
import sys

from claims.text.quotes import check_quotes
from claims.core.registry import build_registry


def test_records_load_without_importing_an_engine():
    code = ("import sys, {pkg}; heavy = [m for m in ('numpy', 'scipy', 'sympy', 'mpmath') "
            "if m in sys.modules]; assert not heavy, heavy")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_quote_is_bound_to_the_manuscript():
    check = check_quotes(build_registry(("{pkg}",)), "{key}")
    assert check.manuscript is not None, check.lines()[0]
    assert not check.problems, "\\n".join(check.lines())
'''
