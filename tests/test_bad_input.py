"""Bad input gives exit code 2 and one clear line: no traceback, no half-written report."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims.reports import report
from claims.text.manuscript import manuscripts_dir

ROOT = Path(__file__).resolve().parents[1]
SHARED = manuscripts_dir(ROOT)
DEPHASING = SHARED / "003_391ba59f5db62018.txt"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared manuscripts absent ({SHARED})")


def claims(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "claims", *args], capture_output=True, text=True,
                          timeout=600, cwd=cwd, env={**os.environ, "PYTHONPATH": str(ROOT)})


def one_line(p, *words):
    assert p.returncode == 2, (p.returncode, p.stderr[-2000:])
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("claims: error:"), p.stderr[-2000:]
    assert "Traceback" not in p.stderr
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


def _make(tmp_path, name, data: bytes):
    f = tmp_path / name
    f.write_bytes(data)
    return f


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("empty.txt", b"", ["empty"]),
        ("blank.txt", b"  \n\n \t\n", ["white space"]),
        ("binary.txt", bytes(range(256)) * 40, ["binary"]),
        ("latin1.txt", "Q01² = 0.9436 ± café\n".encode("latin-1"), ["not UTF-8", "iconv"]),
        ("utf16.txt", "Q01 = 0.9436\n".encode("utf-16"), ["UTF-16", "iconv"]),
        ("utf16le.txt", "Q01 = 0.9436 and more text here\n".encode("utf-16-le"), ["UTF-16"]),
    ],
)
def test_unreadable_manuscripts(tmp_path, name, data, words):
    f = _make(tmp_path, name, data)
    one_line(claims("audit", "--manuscript", str(f), "--out", str(tmp_path / "out")), *words)
    assert not (tmp_path / "out" / "claims.json").exists()


def test_missing_manuscript(tmp_path):
    one_line(claims("audit", "--manuscript", str(tmp_path / "nope.txt"), "--out", str(tmp_path)),
             "not found")


def test_very_large_manuscript(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:  # sparse: 100 MB without writing them
        fh.seek(100 * 2**20)
        fh.write(b"x")
    one_line(claims("audit", "--manuscript", str(f), "--out", str(tmp_path / "o")), "100 MB")


@needs_shared
def test_truncated_manuscript(tmp_path):
    text = DEPHASING.read_text(encoding="utf-8")
    f = tmp_path / "truncated.txt"
    f.write_text(text[: int(len(text) * 0.75)], encoding="utf-8")
    one_line(claims("audit", "--manuscript", str(f), "--paper", "lmg_dephasing", "--out",
                    str(tmp_path / "o")), "truncated")


@needs_shared
def test_manuscript_of_another_paper(tmp_path):
    one_line(claims("audit", "--manuscript", str(DEPHASING), "--paper", "oqt", "--out",
                    str(tmp_path / "o")), "lmg_dephasing", "not of oqt")


@pytest.mark.parametrize(
    ("args", "words"),
    [(("check", "oqt:no-such-claim"), ["unknown claim id"]),
     (("audit", "--paper", "nope"), ["unknown paper key"]),
     (("list", "--paper", "nope"), ["unknown paper key"]),
     (("audit", "--format", "docx"), ["unknown format"])],
)
def test_unknown_names(args, words):
    one_line(claims(*args), *words)


def test_output_path_cannot_be_created(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    one_line(claims("audit", "--paper", "oqt", "--out", str(f / "sub")), "cannot create")


def test_reports_are_written_atomically(tmp_path, monkeypatch):
    target = tmp_path / "claims.json"
    target.write_text("previous report")

    def fail(*a, **k):
        raise OSError("disk full")

    from claims.core import files

    monkeypatch.setattr(files.os, "replace", fail)
    with pytest.raises(OSError):
        report.write_atomic(target, "new report")
    assert target.read_text() == "previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.json"]  # no temporary left behind


@pytest.mark.parametrize("data", [b"%PDF-1.4\n1 0 obj garbage\n%%EOF\n",
                                  b"%PDF-1.7\n" + bytes(range(256)) * 20])
def test_fake_pdf_is_one_line_without_library_warnings(tmp_path, data):
    pytest.importorskip("pypdf")
    f = _make(tmp_path, "fake.pdf", data)
    one_line(claims("audit", "--manuscript", str(f), "--out", str(tmp_path / "out")), "PDF")
