"""Paper plugins: discovery (entry points, folder fallback, --papers, $CLAIMS_PAPER_MODULES,
[tool.claims]), key clashes, one-line load errors, lazy loading, manuscripts beside their
claims, the quote check of every audit, the sources of a paper, the pytest plugin, and the
end-to-end run in a fresh venv (tests/e2e_plugin.sh)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from claims.cli import main
from claims.core import plugins
from claims.core.model import Paper
from claims.core.plugins import PluginError, PluginSpec, discover, find_config, paper_sources
from claims.core.registry import (
    PAPER_MODULES,
    PaperLoadError,
    Registry,
    RegistryError,
    build_registry,
    default_registry,
)

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = {"collapse", "oqt", "lmg_lgi", "lmg_dephasing"}
FIXTURE = "tests.fixtures.plugin_paper"


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    """No paper selection from the environment; a cwd without a [tool.claims] table."""
    for var in (plugins.ENV, "CLAIMS_PAPERS_FROM_OPTION", "CLAIMS_MANUSCRIPTS"):
        monkeypatch.setenv(var, "x")
        monkeypatch.delenv(var)
    monkeypatch.chdir(tmp_path)
    default_registry.cache_clear()
    yield tmp_path
    default_registry.cache_clear()


def _env(**kw) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in (plugins.ENV, "CLAIMS_PAPERS_FROM_OPTION")}
    env["PYTHONPATH"] = str(ROOT)
    env.update(kw)
    return env


def _dist(where: Path, name: str, entries: dict[str, str]) -> None:
    """A fake installed distribution with ``physics_claims.papers`` entry points."""
    d = where / f"{name}-0.1.dist-info"
    d.mkdir(parents=True)
    (d / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
    lines = "\n".join(f"{k} = {v}" for k, v in entries.items())
    (d / "entry_points.txt").write_text(f"[physics_claims.papers]\n{lines}\n")


def _paper_module(where: Path, name: str, key: str, body: str = "") -> None:
    (where / f"{name}.py").write_text(textwrap.dedent(f'''
        from claims.core.api import Claim, NotCheckable, Paper, not_checkable
        PAPER = Paper(key="{key}", title="t", manuscript="{name}.txt")
        CLAIMS = [Claim(id="{key}:a", location="§1", statement="s", stated="", quote="q",
                        judge=NotCheckable("no content"), expect=not_checkable("no content"))]
        ''') + textwrap.dedent(body))


# --- discovery -------------------------------------------------------------------------------

def test_bundled_papers_are_plugins_without_a_list_of_keys(clean_env):
    import claims.core.model as model

    assert not hasattr(model, "PAPER_KEYS")
    specs = {s.key: s for s in discover()}
    assert BUNDLED <= set(specs)
    assert {specs[k].module for k in BUNDLED} == set(PAPER_MODULES)
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for k in BUNDLED:  # registered the same way as any other paper
        assert f'{k} = "claims.papers.{k}"' in text


def test_an_installed_distribution_is_found_by_its_entry_point(clean_env, monkeypatch):
    _dist(clean_env, "note-claims", {"my_note": "my_note_module"})
    _paper_module(clean_env, "my_note_module", "my_note")
    monkeypatch.syspath_prepend(str(clean_env))
    specs = {s.key: s for s in discover()}
    assert specs["my_note"].source == "entry point my_note = my_note_module (note-claims 0.1)"
    assert BUNDLED <= set(specs)  # this project's papers stay (installed or from the folder)
    reg = default_registry()
    assert [c.id for c in reg.for_paper("my_note")] == ["my_note:a"]


def test_the_folder_scan_finds_the_entry_points_importlib_metadata_finds(clean_env, monkeypatch):
    # the scan replaces importlib.metadata (55 ms to import) for `claims list`: it must agree
    # on this environment and on a path with an egg-info, a shadowed second copy, comments,
    # other groups, extras and an attribute
    _dist(clean_env / "a", "note-claims", {"my_note": "my_note_module [extra]"})
    _dist(clean_env / "b", "note-claims", {"shadowed": "never_seen"})  # same name: first wins
    egg = clean_env / "a" / "Egg_Dist.egg-info"
    egg.mkdir()
    (egg / "PKG-INFO").write_text("Metadata-Version: 1.1\nName: Egg-Dist\nVersion: 2.0\n\nx: y\n")
    (egg / "entry_points.txt").write_text(
        "# comment\n[console_scripts]\nx = y:z\n\n[physics_claims.papers]\n# also a comment\n"
        "egg_note = egg_mod:attr\n")
    monkeypatch.syspath_prepend(str(clean_env / "b"))
    monkeypatch.syspath_prepend(str(clean_env / "a"))
    scanned = plugins._scan_entry_points(plugins.GROUP)
    assert scanned is not None
    assert sorted(scanned) == sorted(plugins._metadata_entry_points(plugins.GROUP))
    assert ("my_note", "my_note_module [extra]", "note-claims", "0.1") in scanned
    assert not any(e[0] == "shadowed" for e in scanned)
    with pytest.raises(PluginError, match="names a module, not an attribute"):
        plugins.entry_point_specs()  # egg_mod:attr


def test_a_zip_archive_on_the_path_leaves_the_entry_points_to_importlib_metadata(clean_env, monkeypatch):
    import zipfile

    archive = clean_env / "dists.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("zipped-1.0.dist-info/METADATA", "Name: zipped\nVersion: 1.0\n")
        z.writestr("zipped-1.0.dist-info/entry_points.txt", "[physics_claims.papers]\nzk = zmod\n")
    monkeypatch.syspath_prepend(str(archive))
    assert plugins._scan_entry_points(plugins.GROUP) is None
    specs = {s.key: s for s in discover()}
    assert specs["zk"].module == "zmod"


def test_a_key_registered_by_two_plugins_is_an_error_naming_both(clean_env, monkeypatch):
    _dist(clean_env, "first-dist", {"dup": "first_mod"})
    _dist(clean_env, "second-dist", {"dup": "second_mod"})
    monkeypatch.syspath_prepend(str(clean_env))
    with pytest.raises(PluginError, match=r"'dup' registered twice: first_mod .*first-dist.* "
                                          r"and second_mod .*second-dist"):
        discover()


def test_two_modules_defining_the_same_key_is_an_error_naming_both(clean_env, monkeypatch):
    _paper_module(clean_env, "twin_a", "twin")
    _paper_module(clean_env, "twin_b", "twin")
    monkeypatch.syspath_prepend(str(clean_env))
    with pytest.raises(RegistryError, match=r"'twin' registered twice: twin_a and twin_b"):
        build_registry(("twin_a", "twin_b"))


def test_entry_point_name_must_be_the_paper_key(clean_env, monkeypatch):
    _dist(clean_env, "misnamed", {"wrong_name": "misnamed_mod"})
    _paper_module(clean_env, "misnamed_mod", "right_name")
    monkeypatch.syspath_prepend(str(clean_env))
    with pytest.raises(PaperLoadError, match=r"defines paper 'right_name'.*right_name = misnamed_mod"):
        default_registry().for_paper("wrong_name")


def test_any_identifier_is_a_paper_key():
    assert Paper(key="my_note2", title="t", manuscript="m.txt").key == "my_note2"
    for bad in ("my-note", "2note", ""):
        with pytest.raises(ValueError, match="valid identifier"):
            Paper(key=bad, title="t", manuscript="m.txt")


def test_tool_claims_table_selects_papers_and_manuscripts(clean_env):
    root = clean_env / "author"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "ms").mkdir()
    (root / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.claims]\npapers = ["cfg_paper"]\nmanuscripts = "ms"\n')
    _paper_module(root, "cfg_paper", "cfg")
    (root / "ms" / "cfg_paper.txt").write_text("q\n")
    os.chdir(root / "sub" / "deeper")  # found from the cwd upward
    cfg = find_config()
    assert cfg.path == root / "pyproject.toml" and cfg.manuscripts == root / "ms"
    specs = discover()
    assert [s.module for s in specs] == ["cfg_paper"] and "[tool.claims]" in specs[0].source
    reg = default_registry()  # the config's folder is on sys.path: no install needed
    assert list(reg.papers) == ["cfg"]
    assert reg.manuscript("cfg")[0] == root / "ms" / "cfg_paper.txt"
    sys.modules.pop("cfg_paper", None)


@pytest.mark.parametrize("table, message", [
    ('papers = "one"', "papers must be a list"),
    ("papers = ['not a module']", "is not a module name"),
    ("paper = []", "unknown key"),
    ("manuscripts = 3", "manuscripts must be a path"),
])
def test_a_bad_tool_claims_table_is_one_line(clean_env, table, message):
    (clean_env / "pyproject.toml").write_text(f"[tool.claims]\n{table}\n")
    with pytest.raises(PluginError, match=message) as e:
        discover()
    assert "\n" not in str(e.value)


def test_papers_option_and_environment_select_modules(clean_env, monkeypatch, capsys):
    monkeypatch.syspath_prepend(str(ROOT))
    assert main(["--papers", FIXTURE, "list"]) == 0
    out = capsys.readouterr().out
    assert "fixture_note:ok" in out and "3 claims" in out and "oqt:" not in out
    default_registry.cache_clear()
    monkeypatch.setenv(plugins.ENV, FIXTURE)
    monkeypatch.delenv("CLAIMS_PAPERS_FROM_OPTION")
    assert [s.source for s in discover()] == ["$CLAIMS_PAPER_MODULES"]
    assert main(["--papers", "not a module", "list"]) == 2
    assert "--papers: not a module is not a module name" in capsys.readouterr().err


# --- one-line errors, exit 2 -----------------------------------------------------------------

BROKEN = {
    "syntax": ("x = (\n", "SyntaxError"),
    "raises": ("import math\nmath.sqrt(-1)\n", "ValueError: math domain error"),
    "no_claims": ("PAPER = 1\n", "defines no CLAIMS"),
    "bad_claim": ("from claims.core.api import Claim, NotCheckable, Paper\n"
                  "PAPER = Paper(key='bad_claim', title='t', manuscript='m')\n"
                  "CLAIMS = [Claim(id='bad claim', location='x', statement='s', stated='',\n"
                  "                quote='q', judge=NotCheckable('r'))]\n", "ValueError: claim id"),
    "missing_import": ("import no_such_module_anywhere\n", "ModuleNotFoundError"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_paper_is_one_line_exit_2(tmp_path, name):
    src, what = BROKEN[name]
    (tmp_path / f"{name}.py").write_text(src)
    env = _env(CLAIMS_PAPER_MODULES=name, PYTHONPATH=f"{ROOT}{os.pathsep}{tmp_path}")
    p = subprocess.run([sys.executable, "-m", "claims", "list"], capture_output=True, text=True,
                       env=env, cwd=tmp_path)
    assert p.returncode == 2, p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1, p.stderr
    assert lines[0].startswith(f"claims: error: cannot load paper module {name}") or \
        lines[0].startswith(f"claims: error: paper module {name}"), lines[0]
    assert what in lines[0]
    if name in ("syntax", "raises", "bad_claim"):  # the paper's own file and line
        assert f"{name}.py:" in lines[0], lines[0]


# --- lazy: records only when asked for, engines only when a claim runs --------------------------

def _imported_after(args: list[str], **env) -> tuple[int, list[str]]:
    code = ("import sys; from claims.cli import main; rc = main(%r); "
            "heavy = sorted(m for m in sys.modules if m.startswith('claims.papers.') "
            "or m in ('numpy', 'scipy', 'sympy', 'mpmath')); print('HEAVY', rc, *heavy)" % args)
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env=_env(**env), cwd=ROOT)
    line = next(x for x in p.stdout.splitlines() if x.startswith("HEAVY"))
    _, rc, *mods = line.split()
    return int(rc), mods


def test_help_and_unknown_ids_import_no_paper_and_no_engine():
    for args in (["--help"], ["check", "no-such-id"], ["check", "nopaper:x"]):
        try:
            rc, mods = _imported_after(args)
        except StopIteration:  # --help exits through SystemExit before the print
            p = subprocess.run([sys.executable, "-X", "importtime", "-m", "claims", *args],
                               capture_output=True, text=True, env=_env(), cwd=ROOT)
            mods = [m for m in ("numpy", "sympy", "claims.papers") if f" {m}\n" in p.stderr]
            rc = p.returncode
        assert mods == [], (args, mods)
        assert rc in (0, 2), (args, rc)


def test_a_claim_id_imports_its_own_paper_only():
    rc, mods = _imported_after(["check", "oqt:no-such-claim"])
    assert rc == 2
    assert [m for m in mods if m.startswith("claims.papers.")][:1] == ["claims.papers.oqt"]
    assert not [m for m in mods if m.startswith("claims.papers.") and ".oqt" not in m], mods


def test_records_on_the_framework_load_without_engines():
    rc, mods = _imported_after(["list"], CLAIMS_PAPER_MODULES=FIXTURE)
    assert rc == 0 and mods == [], mods


# --- manuscripts beside their claims; every audit checks quotes --------------------------------

def test_manuscript_relative_to_the_paper_package(clean_env):
    reg = build_registry((FIXTURE,))
    path, tried = reg.manuscript("fixture_note")
    assert path == ROOT / "tests" / "fixtures" / "plugin_paper.txt"
    assert tried[0] == path


def test_audit_checks_quotes_and_fails_on_a_bogus_one(clean_env, monkeypatch, capsys):
    pkg = clean_env / "qpaper"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(textwrap.dedent('''
        from claims.core.api import Claim, NotCheckable, Paper, not_checkable
        PAPER = Paper(key="qpaper", title="t", manuscript="paper.txt")
        NC = dict(judge=NotCheckable("r"), expect=not_checkable("r"), location="§1", statement="s")
        CLAIMS = [Claim(id="qpaper:good", stated="", quote="a real sentence", **NC),
                  Claim(id="qpaper:bogus", stated="", quote="never written", **NC),
                  Claim(id="qpaper:twice", stated="", quote="again", **NC)]
        '''))
    (pkg / "paper.txt").write_text("Here is a real sentence.\nagain and again.\n")
    monkeypatch.syspath_prepend(str(clean_env))
    rc = main(["--papers", "qpaper", "audit", "--no-cache", "--no-progress", "--format", "json",
               "--out", str(clean_env / "rep")])
    out, err = capsys.readouterr()
    assert rc == 1
    assert f"qpaper: quotes checked in {pkg / 'paper.txt'}: 3 claims, 2 not bound" in out
    assert "qpaper:bogus: quote not found" in out and "qpaper:twice: quote found 2 times" in out
    assert "quotes not bound to the manuscript" in err
    (pkg / "paper.txt").unlink()
    default_registry.cache_clear()
    rc = main(["--papers", "qpaper", "audit", "--no-cache", "--no-progress", "--format", "json",
               "--out", str(clean_env / "rep")])
    out = capsys.readouterr().out
    assert rc == 0
    assert f"qpaper: quotes not checked: manuscript not found at {pkg / 'paper.txt'}" in out
    sys.modules.pop("qpaper", None)


def test_one_manuscript_lookup_for_coverage_and_locations(clean_env, monkeypatch, capsys):
    """An out-of-tree paper whose manuscript sits beside its package: `claims coverage` (no
    --manuscript) and the audit's file/line locations find it there, not in the configured
    folder; declared inputs count as covered."""
    pkg = clean_env / "beside_paper"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(textwrap.dedent('''
        from claims.core.api import Claim, Input, Inputs, NotCheckable, Paper, not_checkable
        PAPER = Paper(key="beside", title="t", manuscript="beside.txt")
        INPUTS = Inputs(Input("N", 370, quote="with N = 370 atoms", kind="integer"))
        CLAIMS = [Claim(id="beside:gap", location="§1", statement="s", stated="1310",
                        quote="ΔE ≈ 1310", judge=NotCheckable("r"), expect=not_checkable("r"))]
        '''))
    (pkg / "beside.txt").write_text("We work with N = 370 atoms.\nThe gap ΔE ≈ 1310 rad/s.\n"
                                    "A ratio R ≈ 2.5 remains.\n")
    shared = clean_env / "shared"
    shared.mkdir()
    (shared / "beside.txt").write_text("a decoy that must not be read: x ≈ 9.9\n")
    monkeypatch.setenv("CLAIMS_MANUSCRIPTS", str(shared))
    monkeypatch.syspath_prepend(str(clean_env))
    try:
        assert main(["--papers", "beside_paper", "coverage", "--json", str(clean_env / "c.json")]) == 0
        out = capsys.readouterr().out
        assert "beside: 2/3 numeric statements covered (66.7%), 1 of them as declared inputs" in out
        assert f"[{pkg / 'beside.txt'}]" in out and "[2.5]" in out
        cov = json.loads((clean_env / "c.json").read_text(encoding="utf-8"))["beside"]
        assert cov["inputs"] == [{"line": 1, "number": "370", "key": "N=370atoms"}]
        from claims.cli import _locations

        reg = build_registry(("beside_paper",))
        doc = {"claims": [{"id": "beside:gap", "paper": "beside"}]}
        assert _locations(reg, doc, None) == {"beside:gap": (str(pkg / "beside.txt"), 2)}
        assert reg.manuscript("beside")[1][-1] == shared / "beside.txt"  # the folder comes last
    finally:
        sys.modules.pop("beside_paper", None)


# --- the sources of a paper, for the result cache ------------------------------------------------

def test_paper_sources_cover_the_package_and_the_routes_it_names(clean_env, monkeypatch):
    pkg = clean_env / "srcpaper"
    (pkg / "sub").mkdir(parents=True)
    (clean_env / "outside_routes.py").write_text("def f(n):\n    return n\n\ndef g(n):\n    return n\n")
    (pkg / "numerics.py").write_text("def f(n):\n    return n\n")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "helper.py").write_text("X = 1\n")
    (pkg / "__init__.py").write_text(textwrap.dedent('''
        from claims.core.api import Claim, Input, Inputs, Paper, Quantity, Route, Value
        PAPER = Paper(key="srcpaper", title="t", manuscript="m.txt")
        INPUTS = Inputs(Input("n", 3, kind="integer", around=(1, 5)))
        Q = Quantity("srcpaper:q", "n", Value(), Route("outside_routes:f"), Route("outside_routes:g"))
        CLAIMS = [Claim(id="srcpaper:q", quantity=Q, location="§1", statement="s", stated="3", quote="q")]
        '''))
    monkeypatch.syspath_prepend(str(clean_env))
    reg = build_registry(("srcpaper",))
    names = {p.relative_to(clean_env).as_posix() for p in reg.sources("srcpaper")}
    assert names == {"srcpaper/__init__.py", "srcpaper/numerics.py", "srcpaper/sub/__init__.py",
                     "srcpaper/sub/helper.py", "outside_routes.py"}
    assert set(paper_sources("srcpaper")) == set(reg.sources("srcpaper"))
    sys.modules.pop("srcpaper", None)


# --- the pytest plugin ---------------------------------------------------------------------------

def _pytest(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    (tmp_path / "pyproject.toml").write_text("[tool.pytest.ini_options]\naddopts = ''\n")
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "claims.pytest_plugin",
                           "-p", "no:cacheprovider", *args], capture_output=True, text=True,
                          env=_env(CLAIMS_PAPER_MODULES=FIXTURE), cwd=tmp_path)


def test_pytest_claims_collects_one_item_per_claim(tmp_path):
    p = _pytest(tmp_path, "--claims", "--collect-only", "-q")
    ids = [x for x in p.stdout.splitlines() if x.startswith("claims::")]
    assert ids == ["claims::fixture_note:ok", "claims::fixture_note:wrong",
                   "claims::fixture_note:bad-expectation"], p.stdout + p.stderr
    p = _pytest(tmp_path, "--claims=fixture_note", "--collect-only", "-q", "-k", "wrong")
    assert [x for x in p.stdout.splitlines() if x.startswith("claims::")] == \
        ["claims::fixture_note:wrong"]
    assert "claims::" not in _pytest(tmp_path, "--collect-only", "-q").stdout  # only on request


@pytest.mark.parametrize("workers", [[], ["-n", "2"]], ids=["serial", "xdist"])
def test_pytest_claims_fails_with_the_claims_explanation(tmp_path, workers):
    p = _pytest(tmp_path, "--claims=fixture_note", "-q", *workers)
    assert p.returncode == 1, p.stdout + p.stderr
    assert "1 failed, 2 passed" in p.stdout, p.stdout
    assert ("fixture_note:bad-expectation [§3]: refuted (expected confirmed): correct value 385"
            in p.stdout), p.stdout


def test_pytest_claims_unknown_key_is_a_usage_error(tmp_path):
    p = _pytest(tmp_path, "--claims=nope", "-q")
    assert p.returncode == 4
    assert "--claims: unknown paper key 'nope'" in p.stderr


def test_pytest_plugin_is_registered_by_entry_point():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '[project.entry-points.pytest11]\n"claims.pytest_plugin" = "claims.pytest_plugin"' in text


# --- end to end: a fresh venv, this project installed non-editable, the example note ------------

@pytest.mark.slow
def test_e2e_plugin_installed_audited_collected_and_recomputed():
    """tests/e2e_plugin.sh once (about a minute): every step but the cache's must pass; the
    cache step (an edit of the installed plugin's numerics.py recomputes its claim) is an
    expected failure until claims.core.cache fingerprints plugin sources (exit 3)."""
    e2e = subprocess.run(["bash", str(ROOT / "tests" / "e2e_plugin.sh"), sys.executable],
                         capture_output=True, text=True, timeout=900)
    out = e2e.stdout + e2e.stderr
    assert e2e.returncode in (0, 3), out
    for step in ("physics-claims installed non-editable", "claims new wrote 3 stub claims and 2 inputs",
                 "discovered: entry point note = note_claims", "claims list --paper note",
                 "filled claims confirmed/refuted, stubs error", "checked the quotes",
                 "pytest --claims=note collects 3 claim items", "pytest -n 2 --claims",
                 "broken module: exit 2, one line", "the injected bug is seen without the cache"):
        assert any(x.startswith("e2e ok:") and step in x for x in out.splitlines()), (step, out)
    if e2e.returncode == 3:
        pytest.xfail("the result cache does not fingerprint an out-of-tree plugin's sources yet "
                     "(claims.core.plugins.paper_sources gives them): an edited numerics.py "
                     "still gives the cached verdict")
    assert "e2e ok: edited numerics recomputed" in out, out


def test_json_report_of_a_plugin_names_its_paper(clean_env, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT))
    out = clean_env / "rep"
    assert main(["--papers", FIXTURE, "audit", "--paper", "fixture_note", "--no-cache",
                 "--no-progress", "--format", "json", "--out", str(out)]) == 1
    doc = json.loads((out / "claims.json").read_text(encoding="utf-8"))
    assert {c["id"]: c["verdict"] for c in doc["claims"]} == {
        "fixture_note:ok": "confirmed", "fixture_note:wrong": "refuted",
        "fixture_note:bad-expectation": "refuted"}


def test_registry_specs_are_not_imported_until_needed():
    reg = Registry([PluginSpec("no_such_module_xyz", key="ghost"),
                    PluginSpec(FIXTURE, key="fixture_note")])
    assert reg.keys() == ["ghost", "fixture_note"]
    assert [c.id for c in reg.for_paper("fixture_note")][:1] == ["fixture_note:ok"]
    with pytest.raises(PaperLoadError, match=r"no_such_module_xyz.*ModuleNotFoundError"):
        reg.claims  # noqa: B018 - loading everything reaches the broken one
