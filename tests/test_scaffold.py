"""`claims new`: an installable paper package with one stub per numeric statement; a stub
never passes (its routes raise NotImplementedError, so the audit says `error`)."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

import pytest

from claims.cli import main
from claims.core.registry import build_registry, default_registry
from claims.text.coverage import numeric_statements
from claims.text.manuscript import read_manuscript
from claims.text.scaffold import ScaffoldError, scaffold, section_of, unique_quote

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
    assert [c.stated for c in claims] == [s.number for s in stmts]
    assert len(claims) == 5
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
        assert len(fns) == 5
        for fn in fns:
            assert isinstance(fn.body[-1], ast.Raise), fn.name
            assert fn.body[-1].exc.func.id == "NotImplementedError"


def test_a_stub_never_passes_the_audit(package, tmp_path, capsys):
    rc = main(["--papers", "note_claims", "audit", "--no-cache", "--no-progress",
               "--format", "json", "--out", str(tmp_path / "rep")])
    out, err = capsys.readouterr()
    assert rc == 1
    assert err.count("error (expected confirmed): NotImplementedError") == 5, err
    assert "note: quotes checked in" in out and "5 claims, 0 not bound" in out


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
