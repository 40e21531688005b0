"""``claims new KEY --manuscript FILE --out DIR``: an installable paper package from a manuscript.

After Hypothesis's ghostwriter: everything but the mathematics is written for the author.
The package holds

* ``pyproject.toml``: the distribution ``KEY-claims``, its entry point
  ``[project.entry-points."physics_claims.papers"] KEY = "KEY_claims"`` (so ``claims audit``
  and ``pytest --claims`` find it once installed), the manuscript as package data, and
  ``addopts = "--claims=KEY"`` so a plain ``pytest`` in DIR runs the claims;
* ``KEY_claims/__init__.py``: ``PAPER``, ``INPUTS`` with the numbers the paper evidently gives
  as parameters (``with N = 370``, ``at T = 10 nK``: :func:`parameter_of`), and one stub per
  other numeric statement that ``claims coverage`` finds (quote, stated value, line and
  section filled in);
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


def command(args) -> int:
    out = scaffold(args.key, Path(args.manuscript), Path(args.out), title=args.title)
    print(f"wrote {out.stubs} stub claims and {out.inputs} inputs for paper {args.key!r} "
          f"to {out.root}")
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
    """One stub per numeric statement of ``ms`` that is not a parameter the paper gives
    (restatements merged, as coverage counts them); see :func:`statements_of`."""
    return statements_of(ms)[0]


def statements_of(ms) -> tuple[list[dict], list[dict]]:
    """The numeric statements of ``ms`` as (claim stubs, inputs): a statement the paper
    evidently gives (:func:`parameter_of`: ``with N = 370``, ``at T = 10 nK``) is an input
    declaration, every other one a stub."""
    from claims.text.coverage import numeric_statements

    stmts, _ = numeric_statements(ms)
    out, inputs, labels, names = [], [], set(), set()
    for s in stmts:
        par = parameter_of(ms, s)
        if par is not None:
            name, k = par["name"], 2
            while par["name"] in names:
                par["name"], k = f"{name}_{k}", k + 1
            names.add(par["name"])
            inputs.append(par)
            continue
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
    return out, inputs

# --- numbers the paper gives: inputs, not claims ------------------------------------------

#: a symbol a parameter is named by: N, T, ω0, T1, γϕ, Γ/J, κ/2π, N_max (no digits first)
_SYMBOL = r"[^\W\d_][\w′']{0,5}(?:/[\w]{1,4})?"
_ASSIGNED = re.compile(r"(?<![\w/])(" + _SYMBOL + r")\s*=\s*[-−]?$")
#: words that introduce parameters ("with N = 370", "we take T = 10 nK", "at Γ/J = 0.95")
_CUE = re.compile(r"\b(?:with|at|for|take|takes|taking|use|uses|using|used|set|sets|setting|"
                  r"let|fix|fixed|choose|chose|chosen|assume|assuming|parameters?|where|given|"
                  r"consider|considering)\b", re.I)
#: words that state a result: a number after them is a claim even after a cue
_RESULT = re.compile(r"\b(?:find|finds|found|obtain|obtains|obtained|gives?|giving|yields?|"
                     r"get|gets|is|are|was|were|reads?|equals?|becomes?|computed?|predicts?|"
                     r"reaches|reach|shows?|implies|so|thus|hence|then)\b", re.I)
_GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta",
          "η": "eta", "θ": "theta", "κ": "kappa", "λ": "lam", "μ": "mu", "µ": "mu", "ν": "nu",
          "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "φ": "phi", "ϕ": "phi",
          "χ": "chi", "ψ": "psi", "ω": "omega", "Γ": "Gamma", "Δ": "Delta", "Θ": "Theta",
          "Λ": "Lambda", "Ξ": "Xi", "Π": "Pi", "Σ": "Sigma", "Φ": "Phi", "Ψ": "Psi",
          "Ω": "Omega", "ħ": "hbar", "′": "p", "'": "p"}


def _sentence_before(ms, lineno: int, col: int) -> str:
    """The text of the sentence up to column ``col`` of line ``lineno`` (up to two lines back)."""
    lines = [ms.line_text(i) for i in range(max(1, lineno - 2), lineno)]
    text = " ".join([*lines, ms.line_text(lineno)[:col]])
    end = max(text.rfind(". "), text.rfind("; "), text.rfind(": "))
    return text[end + 2:] if end >= 0 else text


def input_name(symbol: str) -> str:
    """A Python identifier for a parameter symbol: ω0 -> omega0, Γ/J -> Gamma_over_J."""
    out = ""
    for ch in symbol.replace("/", "_over_"):
        name = _GREEK.get(ch, ch)
        out += f"_{name}" if ch in _GREEK and out[-1:].isalpha() else name  # γϕ -> gamma_phi
    out = re.sub(r"\W+", "_", out).strip("_")
    return out if out.isidentifier() and out.isascii() else f"p_{_slug(out)}"


def parameter_of(ms, stmt) -> dict | None:
    """``stmt`` as an input when the manuscript evidently *gives* it: ``SYMBOL = number
    [unit]`` (a plain "=", never ≈ or ∼), in a sentence where a cue introduces it ("with",
    "at", "for", "we take", "where", "parameters" ...) and only other such assignments stand
    between the cue and the symbol (no "we find", "is", ≈).  Else None: a claim stub."""
    if stmt.why not in ("relation", "unit"):
        return None
    line = ms.line_text(stmt.line)
    m = _ASSIGNED.search(line[:stmt.col])
    if m is None:
        return None
    before = _sentence_before(ms, stmt.line, m.start(1))
    cues = list(_CUE.finditer(before))
    if not cues:
        return None
    between = before[cues[-1].end():]
    rest = re.sub(_SYMBOL + r"\s*=\s*[-−]?\d[\d.,]*", " ", between)  # earlier assignments
    if re.search(r"[=≈≃≅∼~<>≤≥≲≳≪≫±]", rest) or _RESULT.search(rest):
        return None
    tail = line[stmt.col + len(stmt.number):]
    unit = re.match(r"\s?([^\s,;.)]+(?:/[^\s,;.)]+)?)", tail)
    units = ""
    if stmt.why == "unit" and unit:
        units = unit.group(1)
    symbol = m.group(1)
    plain = stmt.number.replace(",", "")
    if not re.fullmatch(r"\d+(?:\.\d+)?", plain):
        return None  # 5 × 10−9, 1/2: write it by hand
    quote = f"{symbol} = {stmt.number}" + (f" {units}" if units else "")
    if len(ms.find_all(quote)) != 1:
        quote = unique_quote(ms, stmt.line, stmt.col, stmt.number)
    integer = "." not in plain and not units
    return {"name": input_name(symbol), "symbol": symbol, "line": stmt.line,
            "number": stmt.number, "value": plain if integer or "." in plain else plain + ".0",
            "kind": "integer" if integer else "continuous", "units": units, "quote": quote,
            "section": section_of(ms.lines, stmt.line)}


# --- writing the package ----------------------------------------------------------------

class Written:
    def __init__(self, root: Path, package: str, stubs: int, inputs: int = 0) -> None:
        self.root, self.package, self.stubs, self.inputs = root, package, stubs, inputs


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
    stubs, inputs = statements_of(ms)
    title = title or next((ln.strip().lstrip("#").strip() for ln in ms.lines if ln.strip()), key)
    try:
        (out / pkg).mkdir(parents=True, exist_ok=True)
        (out / "tests").mkdir(exist_ok=True)
        shutil.copyfile(manuscript, out / pkg / manuscript.name)
        files = {
            out / "pyproject.toml": _pyproject(key, pkg, manuscript.name, title),
            out / pkg / "__init__.py": _claims_module(key, pkg, manuscript.name, title, stubs, inputs),
            out / pkg / "derive.py": _routes(key, "derive", stubs),
            out / pkg / "numerics.py": _routes(key, "numerics", stubs),
            out / "tests" / f"test_{key}.py": _test_file(key, pkg),
        }
        for path, text in files.items():
            path.write_text(text, encoding="utf-8")
    except OSError as e:
        raise ScaffoldError(f"cannot write {out}: {e.strerror or e}") from None
    return Written(out, pkg, len(stubs), len(inputs))


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


def _input_line(p: dict) -> str:
    args = [_py(p["name"]), p["value"], f"quote={_py(p['quote'])}"]
    if p["kind"] == "integer":
        args.append('kind="integer"')
    if p["units"]:
        args.append(f"units={_py(p['units'])}")
    loc = (f"{p['section']}, line {p['line']}" if p["section"] else f"line {p['line']}")
    args.append(f"location={_py(loc)}")
    return f"    Input({', '.join(args)}),  # {p['symbol']}\n"


def _claims_module(key: str, pkg: str, ms_name: str, title: str, stubs: list[dict],
                   inputs: list[dict] = ()) -> str:
    declared = "".join(_input_line(p) for p in inputs) or \
        '    # Input("N", 370, quote="N = 370", kind="integer", around=(330, 410)),\n'
    head = f'''"""Claims of {title!r} ({ms_name}).

Scaffolded by `claims new` from the manuscript's {len(stubs) + len(inputs)} numeric statements:
{len(inputs)} that the paper gives as parameters are ``INPUTS``, {len(stubs)} are claim stubs.

For each stub: say what the number is (``what`` and ``statement``), write its two routes
(``derive.py``: exact, SymPy or rationals; ``numerics.py``: an independent numerical
method), declare the parameters they take in ``INPUTS`` and set the expected verdict
(``CONFIRMED``, or ``refuted("the correct value ...")``).  A number the paper *gives* (a
parameter) is an input, not a claim: the scaffold declared those it recognised ("with N = 370",
"at T = 10 nK"); move any other one into ``INPUTS`` and delete its stub.  Until its routes are
written a stub ends in ``error`` and fails the audit.  See docs/framework.md.
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
{declared})

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
