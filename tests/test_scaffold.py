"""`claims new`: an installable paper package with one stub per numeric statement that is not a
parameter (those become INPUTS); a stub never passes (its routes raise NotImplementedError, so
the audit says `error`)."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

import pytest

from claims.cli import main
from claims.core.registry import build_registry, default_registry
from claims.text.binding import bind
from claims.text.coverage import coverage, numeric_statements
from claims.text.manuscript import Manuscript, read_manuscript
from claims.text.scaffold import (
    ScaffoldError,
    input_name,
    scaffold,
    section_of,
    statements_of,
    unique_quote,
)

ROOT = Path(__file__).resolve().parents[1]
NOTE = ROOT / "docs" / "examples" / "note" / "note_claims" / "note.md"


@pytest.fixture
def package(tmp_path, monkeypatch):
    for var in ("CLAIMS_PAPER_MODULES", "CLAIMS_PAPERS_FROM_OPTION"):  # --papers sets them
        monkeypatch.setenv(var, "x")
        monkeypatch.delenv(var)
    out = tmp_path / "pkg"
    assert main(["new", "note", "--manuscript", str(NOTE), "--out", str(out)]) == 0
    monkeypatch.syspath_prepend(str(out))
    yield out
    for m in [m for m in sys.modules if m.startswith("note_claims")]:
        del sys.modules[m]
    default_registry.cache_clear()


def test_one_stub_per_numeric_statement_with_quote_value_line_and_section(package):
    ms = read_manuscript(NOTE)
    stmts, _ = numeric_statements(ms)
    reg = build_registry(("note_claims",))
    claims = reg.for_paper("note")
    assert [c.stated for c in claims] == [s.number for s in stmts if s.line != 9]
    assert len(claims) == 3
    by_id = {c.id: c for c in claims}
    c = by_id["note:l13-1.99937"]
    assert c.quote == "≈ 1.99937 rad/s"
    assert c.location == "2 Frequency and quality factor, line 13"
    assert by_id["note:l20-0.730"].location == "3 Decay, line 20"
    for c in claims:  # every quote is unique in the manuscript and holds the stated value
        assert len(ms.find_all(c.quote)) == 1, c.quote
        assert c.stated in c.quote


def test_the_package_is_installable_with_its_entry_point(package):
    meta = tomllib.loads((package / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["name"] == "note-claims"
    assert meta["project"]["entry-points"]["physics_claims.papers"] == {"note": "note_claims"}
    assert meta["tool"]["setuptools"]["package-data"] == {"note_claims": ["note.md"]}
    assert "--claims=note" in meta["tool"]["pytest"]["ini_options"]["addopts"]
    assert (package / "note_claims" / "note.md").read_bytes() == NOTE.read_bytes()
    for f in ("derive.py", "numerics.py", "__init__.py"):
        ast.parse((package / "note_claims" / f).read_text(encoding="utf-8"))
    ast.parse((package / "tests" / "test_note.py").read_text(encoding="utf-8"))


def test_routes_are_stubs_that_raise(package):
    for side in ("derive", "numerics"):
        tree = ast.parse((package / "note_claims" / f"{side}.py").read_text(encoding="utf-8"))
        fns = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
        assert len(fns) == 3
        for fn in fns:
            assert isinstance(fn.body[-1], ast.Raise), fn.name
            assert fn.body[-1].exc.func.id == "NotImplementedError"


def test_a_stub_never_passes_the_audit(package, tmp_path, capsys):
    rc = main(["--papers", "note_claims", "audit", "--no-cache", "--no-progress",
               "--format", "json", "--out", str(tmp_path / "rep")])
    out, err = capsys.readouterr()
    assert rc == 1
    assert err.count("error (expected confirmed): NotImplementedError") == 3, err
    assert "note: quotes checked in" in out and "3 claims, 0 not bound" in out


def test_parameters_the_note_gives_are_inputs_not_stubs(package):
    """"with the natural frequency ω0 = 2.0 rad/s and the damping rate γ = 0.1 rad/s used
    throughout": two INPUTS with their quotes, no stub; coverage counts them as inputs."""
    mod = __import__("note_claims")
    inputs = mod.INPUTS
    assert list(inputs) == ["omega0", "gamma"]
    assert (inputs["omega0"].value, inputs["omega0"].quote, inputs["omega0"].units) == \
        (2.0, "ω0 = 2.0 rad/s", "rad/s")
    assert inputs["gamma"].value == 0.1 and inputs["gamma"].kind == "continuous"
    assert not [c for c in mod.CLAIMS if c.stated in ("2.0", "0.1")]
    ms = read_manuscript(NOTE)
    cov = coverage(ms, mod.CLAIMS, {c.id: bind(c, ms) for c in mod.CLAIMS}, inputs.values())
    assert [s.number for s in cov.inputs] == ["2.0", "0.1"]
    assert cov.percent == 100.0  # the stubs cover the rest: nothing left for the author to find


PARAMS = """# Test
For N = 370 we find ΔE = 1310 rad/s at the working point.
The threshold is γc = 0.289 s−1 in this model.
At T = 10 nK the population is p = 0.03 only.
We take the target (γϕ = 0.05 s−1, Γ/J = 0.95) throughout.
The sequential protocol gives K3 ≈ 1.311 here.
With κ/2π = 6.4 MHz, the ratio is R = 2.5 exactly.
"""


def test_only_evident_parameters_become_inputs():
    stubs, inputs = statements_of(Manuscript.from_text(PARAMS))
    got = {p["name"]: (p["value"], p["kind"], p["units"]) for p in inputs}
    assert got == {"N": ("370", "integer", ""), "T": ("10.0", "continuous", "nK"),
                   "gamma_phi": ("0.05", "continuous", "s−1"),
                   "Gamma_over_J": ("0.95", "continuous", ""),
                   "kappa_over_2pi": ("6.4", "continuous", "MHz")}
    # results: after "we find", "is", "gives", ≈ — claims, even in a sentence with a cue
    assert [s["number"] for s in stubs] == ["1310", "0.289", "0.03", "1.311", "2.5"]
    assert input_name("ω0") == "omega0" and input_name("T1") == "T1"


def test_section_and_quote_helpers():
    lines = ["# Title", "", "## 2 Results", "text x = 3.5 s here", "3.5 s again elsewhere"]
    assert section_of(lines, 4) == "2 Results"
    assert section_of(["plain text", "x = 1"], 2) == ""
    ms = read_manuscript(NOTE)
    q = unique_quote(ms, 9, ms.line_text(9).index("2.0"), "2.0")
    assert q == "ω0 = 2.0 rad/s" and len(ms.find_all(q)) == 1


@pytest.mark.parametrize("args, message", [
    (["Bad-Key"], "must be a lower-case identifier"),
    (["note", "missing.txt"], "no such file"),
])
def test_bad_arguments_are_one_line_exit_2(tmp_path, capsys, args, message):
    key, ms = (args + [str(NOTE)])[:2]
    rc = main(["new", key, "--manuscript", ms, "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert rc == 2 and message in err and err.count("\n") == 1, err


def test_an_existing_folder_is_not_overwritten(tmp_path):
    (tmp_path / "keep.txt").write_text("mine")
    with pytest.raises(ScaffoldError, match="not an empty folder"):
        scaffold("note", NOTE, tmp_path)
    assert (tmp_path / "keep.txt").read_text() == "mine"
