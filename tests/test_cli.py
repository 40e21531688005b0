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
