"""Reading and normalising manuscripts: plain text, Markdown, LaTeX, PDF; the map back to lines."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from claims.core.reading import parse_stated
from claims.text.manuscript import (
    Manuscript,
    ManuscriptError,
    detect_format,
    latex_to_text,
    manuscripts_dir,
    markdown_to_text,
    normalise,
    normalise_with_map,
    read_manuscript,
)


def test_normalisation_ligatures_minus_signs_whitespace():
    assert normalise("e\ufb00ective  ﬁeld\n\n−0.5 – 1 — x") == "effective field -0.5 - 1 - x"
    assert normalise("  a\t\u2009b\u00a0c  ") == "a b c"
    assert normalise("10⁻⁹ s⁻¹") == "10-9 s-1"  # superscripts as the extraction loses them


@given(st.text(alphabet=st.sampled_from("ab1 \n\t−–ﬁ.⁻²"), max_size=60))
@example("ﬁ\n\n−")
def test_map_points_back_at_the_source_character(text):
    norm, where = normalise_with_map(text)
    assert len(norm) == len(where)
    assert where == sorted(where)
    for c, i in zip(norm, where):
        src = text[i]
        assert c == " " and src.isspace() or c in normalise(src) or (c == "-" and src in "−–⁻")


def test_lines_and_reflowed_quotes():
    ms = Manuscript.from_text("first line\nthe value\nQ = 0.94 holds\nlast")
    (i,) = ms.find_all("value Q = 0.94")
    assert ms.line_of(i) == 2 and ms.line_of(i + len("value ")) == 3
    assert ms.line_text(3) == "Q = 0.94 holds"
    a, b = ms.text_span(i, i + 5)
    assert ms.text[a:b] == "value"
    assert ms.find_all("") == [] and ms.find_all("absent") == []


def test_markdown_is_stripped_line_by_line():
    md = ("# Results\n\nThe **threshold** is $\\gamma \\lesssim 0.289$ s$^{-1}$ [see](http://x).\n"
          "| N | R |\n|---|---|\n| 370 | 2.351 |\n```\ncode = 1\n```\n")
    text = markdown_to_text(md)
    lines = text.split("\n")
    assert len(lines) == len(md.split("\n"))  # line numbers are the source's
    assert lines[0] == "Results"
    assert "The threshold is γ ≲ 0.289 s⁻¹ see." == lines[2]
    assert lines[5].split() == ["370", "2.351"]


def test_latex_commands_become_unicode_and_comments_vanish():
    tex = ("\\section{Results}\\label{sec:res}\n"
           "We find $S \\approx 5.7\\times10^{-9}$ and $K_3 = 1.32 \\pm 0.01$ % a comment\n"
           "as in Eq.~\\eqref{eq:k3} and \\cite{bell}; 50\\% of it, $\\frac{1}{2}$.\n")
    lines = latex_to_text(tex).split("\n")
    assert lines[0] == "Results"
    assert lines[1].strip() == "We find S ≈ 5.7×10⁻⁹ and K₃ = 1.32 ± 0.01"
    assert lines[2] == "as in Eq. (*) and [*]; 50% of it, 1/2."
    assert parse_stated("≈ 5.7×10⁻⁹").contains(5.7e-9)


def _minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with the given text lines (Helvetica), written by hand."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 720 Td"]
    for ln in lines:
        ops.append("(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
    ops.append("ET")
    stream = zlib.compress("\n".join(ops).encode("latin-1"))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
            + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_pdf_through_pypdf(tmp_path):
    pytest.importorskip("pypdf", reason="pypdf (pure-Python PDF text extractor) not installed")
    p = tmp_path / "paper.pdf"
    p.write_bytes(_minimal_pdf(["The matrix element Q = 0.9436 from the full", "diagonalisation."]))
    ms = read_manuscript(p)
    assert ms.format == "pdf"
    assert len(ms.find_all("Q = 0.9436 from the full diagonalisation")) == 1


def test_pdf_without_pypdf_is_a_clear_error(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pypdf(name, *a, **kw):
        if name == "pypdf":
            raise ImportError("no pypdf")
        return real_import(name, *a, **kw)

    monkeypatch.setattr(builtins, "__import__", no_pypdf)
    p = tmp_path / "paper.pdf"
    p.write_bytes(_minimal_pdf(["x"]))
    with pytest.raises(ManuscriptError, match="pip install pypdf"):
        read_manuscript(p)


def test_read_errors_are_one_line(tmp_path):
    with pytest.raises(ManuscriptError, match="not found"):
        read_manuscript(tmp_path / "missing.txt")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(ManuscriptError, match="binary"):
        read_manuscript(tmp_path / "bin.txt")
    (tmp_path / "bad.pdf").write_bytes(b"not a pdf at all")
    pytest.importorskip("pypdf")
    with pytest.raises(ManuscriptError, match="PDF"):
        read_manuscript(tmp_path / "bad.pdf")


def test_formats_by_suffix_and_crlf(tmp_path):
    assert [detect_format(n) for n in ("a.txt", "a.md", "a.TEX", "a.pdf", "a")] == [
        "text", "markdown", "latex", "pdf", "text"]
    p = tmp_path / "a.txt"
    p.write_bytes("x = 1\r\ny ≈ 2\r\n".encode())
    ms = read_manuscript(p)
    assert ms.lines[:2] == ["x = 1", "y ≈ 2"]


def test_manuscripts_dir_env_and_default(monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMS_MANUSCRIPTS", str(tmp_path))
    assert manuscripts_dir() == tmp_path
    monkeypatch.delenv("CLAIMS_MANUSCRIPTS")
    assert manuscripts_dir("/repo") == Path("/shared/manuscripts")
