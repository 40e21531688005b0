"""The CLI as a user meets it: through a subprocess, exit codes and output."""

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MINI = {"CLAIMS_PAPER_MODULES": "tests.fixtures.mini_paper", "PYTHONPATH": ROOT}


def _env(extra):
    e = {k: v for k, v in os.environ.items() if k != "CLAIMS_MINI_INJECT"}
    return {**e, **(extra or {})}


def run(*args, env=None, cwd=None):
    e = _env(env)
    return subprocess.run([sys.executable, "-m", "claims", *args], capture_output=True, text=True,
                          env=e, cwd=cwd, timeout=600)


def one_line_error(p):
    assert p.returncode == 2, p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("claims: error:"), p.stderr
    assert "Traceback" not in p.stderr
    return lines[0]


def test_audit_writes_reports_and_exits_0(tmp_path):
    p = run("audit", "--out", str(tmp_path / "rep"), env=MINI)
    assert p.returncode == 0, p.stderr
    doc = json.loads((tmp_path / "rep" / "claims.json").read_text())
    assert set(doc) == {"schema_version", "tool", "papers", "claims", "summary"}
    keys = {"id", "paper", "location", "statement", "stated", "interval", "derived", "numeric",
            "verdict", "expected", "evidence", "severity", "reason", "seconds"}
    assert all(keys <= set(c) for c in doc["claims"])
    verdicts = {c["id"]: c["verdict"] for c in doc["claims"]}
    assert verdicts["oqt:mini-third"] == "refuted" and verdicts["oqt:mini-sqrt2"] == "confirmed"
    third = next(c for c in doc["claims"] if c["id"] == "oqt:mini-third")
    assert third["interval"] == ["0.3335", "0.3345"] and third["severity"] == "minor"
    md = (tmp_path / "rep" / "claims.md").read_text()
    assert "oqt:mini-third" in md and "5 claims" in md
    assert "5 claims" in p.stdout


def test_check_explains_a_claim():
    p = run("check", "oqt:mini-third", env=MINI)
    assert p.returncode == 0, p.stderr
    for word in ("statement", "stated", "interval", "derivation", "numerics", "verdict", "reason"):
        assert word in p.stdout
    assert "refuted (minor)" in p.stdout


def test_list_filters_by_paper():
    p = run("list", "--paper", "oqt", env=MINI)
    assert p.returncode == 0 and "oqt:mini-sqrt2" in p.stdout and "5 claims" in p.stdout


@pytest.mark.parametrize(
    "args",
    [("check", "no-such-id"), ("audit", "--paper", "nope"), ("audit", "--format", "pdf"),
     ("audit", "--jobs", "0"), ("audit", "--time-limit", "-1"), ("frobnicate",), ()],
)
def test_usage_errors_exit_2_with_one_line(args):
    one_line_error(run(*args, env=MINI))


def test_out_path_that_is_a_file(tmp_path):
    f = tmp_path / "afile"
    f.write_text("x")
    msg = one_line_error(run("audit", "--out", str(f), env=MINI))
    assert "not a folder" in msg


def test_unexpected_verdict_exits_1(tmp_path):
    p = run("audit", "--out", str(tmp_path), env={**MINI, "CLAIMS_MINI_INJECT": "error"})
    assert p.returncode == 1
    assert "oqt:mini-raises" in p.stderr and "ZeroDivisionError" in p.stderr


def test_time_limit_makes_undecided(tmp_path):
    p = run("audit", "--out", str(tmp_path), "--time-limit", "1",
            env={**MINI, "CLAIMS_MINI_INJECT": "slow"})
    assert p.returncode == 1
    doc = json.loads((tmp_path / "claims.json").read_text())
    slow = next(c for c in doc["claims"] if c["id"] == "oqt:mini-slow")
    assert slow["verdict"] == "undecided" and "time limit of 1 s reached" in slow["reason"]
    assert sum(c["verdict"] == "confirmed" for c in doc["claims"]) == 2  # the audit went on


def test_python_m_and_console_script_agree():
    import shutil

    exe = shutil.which("claims")
    if exe is None:
        pytest.skip("console script not on PATH (not installed in this environment)")
    a = subprocess.run([exe, "list"], capture_output=True, text=True,
                       env=_env(MINI), timeout=120)
    assert a.stdout == run("list", env=MINI).stdout


# --- the CLI's habits (issue 21.4) and flags validated before any work (issue 22.4) -------------

def test_help_lists_exit_codes_and_environment():
    for args in ((), ("audit",), ("list",)):
        p = run(*args, "--help", env=MINI)
        assert p.returncode == 0
        for word in ("exit codes:", "  0 ", "  1 ", "  2 ", "CLAIMS_CACHE_DIR", "CLAIMS_MANUSCRIPTS",
                     "CLAIMS_PAPER_MODULES", "CLAIMS_TRACER", "NO_COLOR"):
            assert word in p.stdout, (args, word)


def test_list_into_a_closed_pipe_ends_quietly():
    """``claims list | head -3``: the bundled registry's 880 lines overflow the pipe buffer."""
    with subprocess.Popen([sys.executable, "-m", "claims", "list"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=_env({"PYTHONPATH": ROOT})) as p:
        head = [p.stdout.readline() for _ in range(3)]
        p.stdout.close()  # what head does after its lines
        err = p.stderr.read().decode()
        code = p.wait(timeout=120)
    assert code == 0, err
    assert all(head) and "Traceback" not in err and "BrokenPipe" not in err and err == ""


def test_list_fits_the_terminal_width_and_has_json():
    for cols in (60, 100):
        p = run("list", env={**MINI, "COLUMNS": str(cols)})
        assert p.returncode == 0, p.stderr
        lines = p.stdout.splitlines()
        assert len(lines) == 1 + 5 + 1  # header, one line per claim, count
        assert max(len(ln) for ln in lines) <= cols, p.stdout
    p = run("list", "--json", env=MINI)
    rows = json.loads(p.stdout)
    assert [r["id"] for r in rows][:2] == ["oqt:mini-sqrt2", "oqt:mini-third"]
    assert rows[1] == {"id": "oqt:mini-third", "paper": "oqt", "location": "Eq. (2)",
                       "expected": "refuted", "statement": "1/3 = 0.334 (a rounding slip)",
                       "stated": "0.334"}


def test_quiet_and_verbose(tmp_path):
    q = run("audit", "-q", "--no-cache", "--out", str(tmp_path / "q"), env=MINI)
    assert q.returncode == 0 and q.stdout == "" and q.stderr == ""
    assert (tmp_path / "q" / "claims.json").is_file()
    v = run("audit", "-v", "--no-cache", "--out", str(tmp_path / "v"), env=MINI)
    assert v.returncode == 0
    per_claim = [ln for ln in v.stderr.splitlines() if "oqt:mini-" in ln]
    assert len(per_claim) == 5 and any(ln.split()[0] == "refuted" for ln in per_claim)
    one_line_error(run("audit", "-q", "-v", env=MINI))


@pytest.mark.parametrize(
    ("args", "words"),
    [(("audit", "--out", ""), ["empty path"]),
     (("audit", "--manuscript", ""), ["empty path"]),
     (("audit", "--baseline", ""), ["empty path"]),
     (("audit", "--time-limit", "nan"), ["--time-limit"]),
     (("audit", "--time-limit", "inf"), ["--time-limit"]),
     (("audit", "--time-limit", "1e300"), ["at most 86400"]),
     (("audit", "--time-limit", "0"), ["above 0"]),
     (("check", "oqt:mini-sqrt2", "--time-limit", "-inf"), ["--time-limit"]),
     (("audit", "-j", "-3"), ["at least 1"]),
     (("diff", "a.txt", "b.txt", "-j", "0"), ["at least 1"]),
     (("diff", "", "b.txt"), ["empty path"]),
     (("diff", "a.txt", "b.txt", "--time-limit", "nan"), ["--time-limit"]),
     (("coverage", "--min", "nan"), ["percentage"]),
     (("coverage", "--min", "101"), ["percentage"]),
     (("coverage", "--show", "-1"), ["at least 0"]),
     (("coverage", "--json", "/proc/claims-coverage.json"), ["virtual folder /proc"]),
     (("diff", "a.txt", "b.txt", "--json", "/proc/self/status"), ["virtual folder /proc"]),
     (("audit", "--format", "json,,pdf"), ["unknown format"])],
)
def test_bad_flags_one_line_before_any_work(args, words, tmp_path):
    line = one_line_error(run(*args, env=MINI, cwd=tmp_path))
    for w in words:
        assert w in line, line
    assert not (tmp_path / "claims-report").exists()  # nothing was written


def test_json_output_that_is_a_folder(tmp_path):
    for args in (("coverage", "--json", str(tmp_path)),
                 ("diff", "a.txt", "b.txt", "--json", str(tmp_path))):
        assert "is a folder" in one_line_error(run(*args, env=MINI))


def test_manuscript_that_is_a_folder(tmp_path):
    assert "is a folder" in one_line_error(run("audit", "--manuscript", str(tmp_path), env=MINI))


def test_jobs_above_the_cores_capped_with_a_note(tmp_path):
    p = run("audit", "-j", "10000", "--no-cache", "--out", str(tmp_path), env=MINI)
    assert p.returncode == 0, p.stderr
    assert "-j 10000 capped at" in p.stderr and len(p.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("modules", ["os", "no.such.module", "tests.fixtures.mini_paper,json"])
def test_paper_modules_that_cannot_be_used(modules):
    line = one_line_error(run("list", env={"PYTHONPATH": ROOT, "CLAIMS_PAPER_MODULES": modules}))
    assert "CLAIMS_PAPER_MODULES" in line


def test_unwritable_cache_folder_exit_2_before_any_claim(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    for cache in (blocker, blocker / "sub"):
        line = one_line_error(run("audit", "--out", str(tmp_path / "rep"),
                                  env={**MINI, "CLAIMS_CACHE_DIR": str(cache)}))
        assert "cache folder" in line and "--no-cache" in line
    assert not (tmp_path / "rep" / "claims.json").exists()
    p = run("audit", "--no-cache", "--out", str(tmp_path / "rep"),
            env={**MINI, "CLAIMS_CACHE_DIR": str(blocker / "sub")})
    assert p.returncode == 0, p.stderr  # --no-cache: the cache folder does not matter


def test_junit_times_are_this_runs(tmp_path):
    import xml.etree.ElementTree as ET

    env = {**MINI, "CLAIMS_CACHE_DIR": str(tmp_path / "cache")}
    cold = run("audit", "--format", "json,junit", "--out", str(tmp_path / "a"), env=env)
    warm = run("audit", "--format", "json,junit", "--out", str(tmp_path / "b"), env=env)
    assert cold.returncode == warm.returncode == 0, warm.stderr

    def cases(folder):
        root = ET.parse(folder / "claims.junit.xml").getroot()
        return {c.get("name"): c for c in root.iter("testcase")}, root

    a, _ = cases(tmp_path / "a")
    b, root = cases(tmp_path / "b")
    doc_a = json.loads((tmp_path / "a" / "claims.json").read_text())
    doc_b = json.loads((tmp_path / "b" / "claims.json").read_text())
    assert not any(c["cached"] for c in doc_a["claims"])
    cached = {c["id"] for c in doc_b["claims"] if c["cached"]}
    assert cached == {c["id"] for c in doc_b["claims"] if c["verdict"] not in ("error", "undecided")}
    assert cached
    for cid in cached:
        assert b[cid].get("time") == "0.000"
        props = {p.get("name"): p.get("value") for p in b[cid].iter("property")}
        assert props["cached"] == "true"
        assert float(props["computed_seconds"]) == pytest.approx(
            next(c["seconds"] for c in doc_a["claims"] if c["id"] == cid), abs=1e-3)
        assert "cached: result reused from an earlier run" in "".join(b[cid].itertext())
    assert float(root.get("time")) == pytest.approx(
        sum(float(c.get("time")) for c in b.values()), abs=0.01)


@pytest.mark.parametrize(("inject", "code"), [("", 0), ("error", 1)])
def test_audit_into_a_closed_pipe_keeps_its_exit_code(tmp_path, inject, code):
    """``claims audit | head``: the reader goes away, the build's verdict must not."""
    env = _env({**MINI, "CLAIMS_MINI_INJECT": inject})
    with subprocess.Popen([sys.executable, "-m", "claims", "audit", "--no-cache", "--format",
                           "json,github", "--out", str(tmp_path)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=env) as p:
        p.stdout.close()  # closed before the audit writes a line
        err = p.stderr.read().decode()
        rc = p.wait(timeout=300)
    assert rc == code, err
    assert "Traceback" not in err and "BrokenPipe" not in err
    assert (tmp_path / "claims.json").is_file()


def test_control_characters_never_reach_the_terminal(tmp_path):
    """Text from a registry or manuscript with escape sequences or bidi controls is printed inert."""
    (tmp_path / "escpaper.py").write_text(
        "from claims.core.judges import Value\n"
        "from claims.core.model import Claim, Paper\n"
        "PAPER = Paper('oqt', 't', 'none.txt')\n"
        "CLAIMS = [Claim(id='oqt:esc', location='\\x1b[2J§1', statement='one \\x1b[31mred\\x1b[0m "
        "\\u202eevil', stated='1', quote='', judge=Value(), derivation=lambda: 1, "
        "numeric=lambda: 1.0)]\n", encoding="utf-8")
    env = {"PYTHONPATH": os.pathsep.join([str(tmp_path), ROOT]), "CLAIMS_PAPER_MODULES": "escpaper"}
    for args in (("list",), ("check", "oqt:esc"), ("list", "--json")):
        p = run(*args, env=env)
        assert p.returncode == 0, p.stderr
        assert "\x1b" not in p.stdout and "\u202e" not in p.stdout, args
        assert "red" in p.stdout
