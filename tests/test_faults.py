"""Fault injection: kills, corruption, full and unwritable folders, concurrency.

Each case is run as a user meets it (the CLI in a subprocess, on the small fixture
registry ``tests.fixtures.mini_paper``) or, for the report writer, in a subprocess that
is SIGKILLed at a named point of the write sequence.  The assertions are the issue's:
nothing lost, nothing wrong reported, exit codes as documented (0 ok, 1 unexpected
verdicts, 2 usage or input error).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from claims.reports.writer import MANIFEST, ReportSetError, read_report_set, write_report_set

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
FORMATS = "json,md,html,junit"
NAMES = ("claims.json", "claims.md", "claims.html", "claims.junit.xml")


def _env(tmp_path, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMS_")}
    env.update(PYTHONPATH=str(ROOT), CLAIMS_PAPER_MODULES="tests.fixtures.mini_paper",
               CLAIMS_CACHE_DIR=str(tmp_path / "cache"), OPENBLAS_NUM_THREADS="1")
    env.update(extra)
    return env


def _claims(tmp_path, *args, pre: str = "", **env):
    """Run ``claims ARGS`` in a subprocess, after the Python statements ``pre`` (patches)."""
    script = textwrap.dedent(pre) + (
        "\nimport sys\nfrom claims.cli import main\nraise SystemExit(main(sys.argv[1:]))\n")
    return subprocess.run([PY, "-c", script, *args], cwd=tmp_path, env=_env(tmp_path, **env),
                          capture_output=True, text=True, timeout=300)


def _audit(tmp_path, out="out", *extra, pre="", **env):
    return _claims(tmp_path, "audit", "--out", str(tmp_path / out), "--format", FORMATS,
                   "--no-progress", *extra, pre=pre, **env)


def _verdicts(out: Path) -> dict[str, tuple]:
    doc = json.loads((out / "claims.json").read_text(encoding="utf-8"))
    return {c["id"]: (c["verdict"], c["expected"], c["stated"], c["derived"], c["numeric"])
            for c in doc["claims"]}


def _warnings(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if "warning" in ln.lower()]


def _no_traceback(r):
    assert "Traceback" not in r.stderr, r.stderr


@pytest.fixture(scope="module")
def truth(tmp_path_factory):
    """The verdicts of a cold audit without any cache."""
    tmp = tmp_path_factory.mktemp("truth")
    r = _audit(tmp, "out", "--no-cache")
    assert r.returncode == 0, r.stderr
    return _verdicts(tmp / "out")


def _entry_for(cache: Path, claim_id: str) -> Path:
    (p,) = [p for p in cache.glob("*.json")
            if json.loads(p.read_text())["result"]["claim_id"] == claim_id]
    return p


# ---- cache: tampered, foreign, not a file, full, unwritable, shared ------------------------

def test_tampered_entry_verdict_and_expectation_flipped_is_recomputed(tmp_path, truth):
    assert _audit(tmp_path).returncode == 0
    p = _entry_for(tmp_path / "cache", "oqt:mini-third")
    e = json.loads(p.read_text())
    e["result"]["verdict"] = e["result"]["expected"] = "confirmed"
    p.write_text(json.dumps(e))
    r = _audit(tmp_path)
    _no_traceback(r)
    assert r.returncode == 0
    assert _verdicts(tmp_path / "out") == truth
    assert truth["oqt:mini-third"][:2] == ("refuted", "refuted")
    (w,) = _warnings(r.stderr)
    assert "not trusted" in w and p.name in w


def test_entry_copied_onto_another_claims_key_is_recomputed(tmp_path, truth):
    assert _audit(tmp_path).returncode == 0
    src = _entry_for(tmp_path / "cache", "oqt:mini-third")
    dst = _entry_for(tmp_path / "cache", "oqt:mini-sqrt2")
    dst.write_bytes(src.read_bytes())
    r = _audit(tmp_path)
    assert r.returncode == 0 and _verdicts(tmp_path / "out") == truth
    (w,) = _warnings(r.stderr)
    assert "another key" in w


def test_folder_in_place_of_an_entry_is_a_miss(tmp_path, truth):
    assert _audit(tmp_path).returncode == 0
    p = _entry_for(tmp_path / "cache", "oqt:mini-sqrt2")
    p.unlink()
    p.mkdir()
    (p / "keep.txt").write_text("mine")
    r = _audit(tmp_path)
    _no_traceback(r)
    assert r.returncode == 0 and _verdicts(tmp_path / "out") == truth
    assert len(_warnings(r.stderr)) == 2  # one on reading, one on not storing over it
    assert (p / "keep.txt").read_text() == "mine"


_FULL = """
import errno, os
from claims.core import cache
def full(path, text, key):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
cache._write_atomic = full
"""


def test_full_cache_folder_degrades_to_cache_off(tmp_path, truth):
    r = _audit(tmp_path, pre=_FULL)
    _no_traceback(r)
    assert r.returncode == 0 and _verdicts(tmp_path / "out") == truth
    (w,) = _warnings(r.stderr)
    assert "No space left on device" in w and "cache off" in w


@pytest.mark.parametrize("where", ["virtual", "a-file", "under-a-file"])
def test_a_cache_folder_that_cannot_be_made_is_a_usage_error(tmp_path, where):
    """A cache folder that cannot be created is found before any claim runs: one line, exit 2
    (a cache that fills up during the run degrades to cache off instead, above)."""
    (tmp_path / "f").write_text("not a folder")
    cache = {"virtual": "/proc/claims-cache", "a-file": str(tmp_path / "f"),
             "under-a-file": str(tmp_path / "f" / "cache")}[where]
    r = _audit(tmp_path, CLAIMS_CACHE_DIR=cache)
    _no_traceback(r)
    assert r.returncode == 2, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "cache" in r.stderr
    assert not list((tmp_path / "out").glob("claims.*"))
    assert (tmp_path / "f").read_text() == "not a folder"


def test_concurrent_audits_share_a_cache(tmp_path, truth):
    procs = [subprocess.Popen(
        [PY, "-m", "claims", "audit", "--out", str(tmp_path / f"out{i}"), "--format", FORMATS,
         "--no-progress"], cwd=tmp_path, env=_env(tmp_path), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True) for i in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert not any(_warnings(err) for _, err in outs)
    assert _verdicts(tmp_path / "out0") == _verdicts(tmp_path / "out1") == truth
    warm = _audit(tmp_path, "out2")
    assert warm.returncode == 0 and not _warnings(warm.stderr)
    assert _verdicts(tmp_path / "out2") == truth
    assert not list((tmp_path / "cache").glob(".*.tmp"))


def test_cache_clear_keeps_foreign_files(tmp_path):
    assert _audit(tmp_path).returncode == 0
    cache = tmp_path / "cache"
    (cache / "notes.txt").write_text("my notes")
    (cache / "sub").mkdir()
    (cache / "sub" / "data.csv").write_text("1,2\n")
    entries = sorted(p.name for p in cache.glob("*.json"))
    r = _claims(tmp_path, "cache", "clear")
    assert r.returncode == 0, r.stderr
    assert f"removed {len(entries)} cached results" in r.stdout
    assert (cache / "notes.txt").read_text() == "my notes"
    assert (cache / "sub" / "data.csv").read_text() == "1,2\n"
    assert sorted(p.name for p in cache.iterdir()) == ["notes.txt", "sub"]
    again = _claims(tmp_path, "cache", "clear")  # the marker is gone: nothing more to remove
    assert "removed 0" in again.stdout and (cache / "notes.txt").exists()


def test_cache_clear_on_a_folder_that_is_not_a_cache_removes_nothing(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "notes.txt").write_text("x")
    (d / "0123456789abcdef0123456789abcdef.json").write_text("{}")
    r = _claims(tmp_path, "cache", "clear", CLAIMS_CACHE_DIR=str(d))
    assert r.returncode == 0 and "removed 0" in r.stdout
    assert len(list(d.iterdir())) == 2


def test_unexpected_verdict_still_exits_1_with_a_warm_cache(tmp_path):
    """A cached run reports what a cold one reports, exit code included."""
    env = {"CLAIMS_MINI_INJECT": "error"}
    cold = _audit(tmp_path, **env)
    warm = _audit(tmp_path, **env)
    assert cold.returncode == warm.returncode == 1
    assert "oqt:mini-raises" in warm.stderr


# ---- report sets: kills at every step, full output folders ---------------------------------

_KILL = """
import os, signal
from claims.reports import writer
_n = [0]
_at = int(os.environ["KILL_AT"])
def _step(label):
    _n[0] += 1
    with open(os.environ["STEP_LOG"], "a") as f:
        f.write(label + "\\n")
    if _n[0] == _at:
        os.kill(os.getpid(), signal.SIGKILL)
writer._step = _step
if os.environ.get("NO_EXCHANGE"):
    writer._exchange = lambda a, b: False
"""

_WRITE = _KILL + """
import sys
out, tag = sys.argv[1], sys.argv[2]
files = {n: (tag + ":" + n + "\\n") * 4000 for n in sys.argv[3:]}
writer.write_report_set(out, files, run_id=tag)
"""


def _write(tmp_path, out, tag, names=NAMES, kill_at=0, **env):
    log = tmp_path / "steps.log"
    log.unlink(missing_ok=True)
    r = subprocess.run([PY, "-c", _WRITE, str(out), tag, *names], cwd=tmp_path,
                       env=_env(tmp_path, KILL_AT=str(kill_at), STEP_LOG=str(log), **env),
                       capture_output=True, text=True, timeout=60)
    return r, (log.read_text().splitlines() if log.exists() else [])


def _steps(tmp_path, **env):
    out = tmp_path / "count"
    _write(tmp_path, out, "old", **env)
    r, labels = _write(tmp_path, out, "new", **env)
    assert r.returncode == 0, r.stderr
    return labels


def _whole(out: Path, tag: str, names=NAMES) -> bool:
    run_id, files = read_report_set(out)
    return run_id == tag and sorted(files) == sorted(names) and all(
        b == ((tag + ":" + n + "\n") * 4000).encode() for n, b in files.items())


@pytest.mark.parametrize("mode", ["exchange", "two-renames"])
def test_kill_at_every_step_of_a_report_write_leaves_one_whole_set(tmp_path, mode):
    env = {"NO_EXCHANGE": "1"} if mode == "two-renames" else {}
    labels = _steps(tmp_path, **env)
    assert len(labels) >= 3 * (len(NAMES) + 1)
    seen = set()
    for k in range(1, len(labels) + 1):
        out = tmp_path / f"out{k}"
        assert _write(tmp_path, out, "old", **env)[0].returncode == 0
        r, _ = _write(tmp_path, out, "new", kill_at=k, **env)
        assert r.returncode == -signal.SIGKILL, (labels[k - 1], r.stderr)
        if mode == "two-renames" and not out.exists():  # killed between the two renames
            assert labels[k - 1] == "aside"
        else:
            old, new = _whole(out, "old"), _whole(out, "new")
            assert old or new, labels[k - 1]
            seen.add("old" if old else "new")
        # the next run repairs whatever the kill left beside the folder, and completes
        assert _write(tmp_path, out, "next")[0].returncode == 0
        assert _whole(out, "next")
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(f".out{k}.")] == []
    assert seen == {"old", "new"}


def test_kill_during_an_in_place_write_never_loses_foreign_files(tmp_path):
    labels = None
    for k in range(1, 40):
        out = tmp_path / f"o{k}"
        out.mkdir()
        (out / "notes.txt").write_text("mine")
        assert _write(tmp_path, out, "old")[0].returncode == 0
        r, labels = _write(tmp_path, out, "new", kill_at=k)
        if r.returncode == 0:
            break
        assert (out / "notes.txt").read_text() == "mine"
        try:
            ok = _whole(out, "old") or _whole(out, "new")
        except ReportSetError:
            ok = True  # an interrupted in-place set is detected, never read as whole
        assert ok, labels[-1]
        assert _write(tmp_path, out, "next")[0].returncode == 0 and _whole(out, "next")
    assert labels and r.returncode == 0 and k > 10


def test_full_output_folder_keeps_the_previous_set(tmp_path, monkeypatch):
    import errno

    from claims.reports import writer

    out = tmp_path / "out"
    write_report_set(out, {n: "old" for n in NAMES}, run_id="old")
    calls = []

    def full(path, data):
        calls.append(path)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(path, data)

    real = writer._write_file
    monkeypatch.setattr(writer, "_write_file", full)
    with pytest.raises(ReportSetError) as e:
        write_report_set(out, {n: "new" for n in NAMES})
    assert "No space left on device" in str(e.value) and "\n" not in str(e.value)
    assert read_report_set(out)[0] == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporary folder left


def test_report_set_refuses_paths_in_names_and_keeps_a_foreign_folder(tmp_path):
    with pytest.raises(ValueError):
        write_report_set(tmp_path / "o", {"../x": "y"})
    with pytest.raises(ValueError):
        write_report_set(tmp_path / "o", {MANIFEST: "y"})
    d = tmp_path / "shared"
    (d / "figures").mkdir(parents=True)
    (d / "figures" / "a.png").write_bytes(b"png")
    write_report_set(d, {"claims.json": "{}"})
    assert (d / "figures" / "a.png").read_bytes() == b"png"
    assert read_report_set(d)[1] == {"claims.json": b"{}"}


# ---- the same through the CLI -------------------------------------------------------------

def test_kill_during_each_report_write_of_an_audit(tmp_path):
    out = tmp_path / "out"
    assert _audit(tmp_path, "out", CLAIMS_MINI_INJECT="error").returncode == 1
    old = {n: (out / n).read_bytes() for n in NAMES}
    log = tmp_path / "steps.log"
    k, killed = 0, 0
    while True:
        k += 1
        log.unlink(missing_ok=True)
        r = _audit(tmp_path, "out", pre=_KILL, KILL_AT=str(k), STEP_LOG=str(log))
        if r.returncode != -signal.SIGKILL:
            break
        killed += 1
        now = {n: (out / n).read_bytes() for n in NAMES if (out / n).exists()}
        if now != old:
            _, files = read_report_set(out)
            assert sorted(files) == sorted(NAMES) and len(_verdicts(out)) == 5
        assert _audit(tmp_path, "out", CLAIMS_MINI_INJECT="error").returncode == 1
        old = {n: (out / n).read_bytes() for n in NAMES}  # the previous set of the next trial
    assert r.returncode == 0 and killed >= 3 * len(NAMES)


def test_full_output_folder_through_the_cli(tmp_path):
    assert _audit(tmp_path).returncode == 0
    before = {n: (tmp_path / "out" / n).read_bytes() for n in NAMES}
    pre = """
import errno, os
from claims.reports import writer
def full(path, data):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
writer._write_file = full
"""
    r = _audit(tmp_path, "out", "--no-cache", pre=pre)
    _no_traceback(r)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert {n: (tmp_path / "out" / n).read_bytes() for n in NAMES} == before
