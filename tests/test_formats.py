"""Every format the same, and tables by structure, on the shared manuscripts.

The same text written as ``.txt``, ``.md``, ``.tex`` (a ``%`` escaped, as LaTeX needs) and
``.pdf`` (typeset here with matplotlib's PDF backend, read back with pypdf) is a revision of
the registered manuscript; every claim gets the same status in each format (and the same
re-read print where the format displays the same text).  The revisions carry real edits
generated from the registry (a value moved outside its interval, a print widened, a sentence
deleted, a coefficient changed), so the statuses compared are not all ``unchanged``.

Table 3 of lmg_dephasing is declared once (``claims.core.table.Table``) and its cells are
re-read by position: editing one cell changes exactly its mention, in every format.
"""

from __future__ import annotations

import unicodedata
import warnings
from collections import Counter
from pathlib import Path

import pytest

from claims.core.registry import default_registry
from claims.text.binding import bind, restate
from claims.text.manuscript import manuscripts_dir, read_manuscript, registered_manuscript
from claims.text.mutations import generate

ROOT = Path(__file__).resolve().parent.parent
SHARED = manuscripts_dir(ROOT)
REGISTRY = default_registry()
PAPERS = ("collapse", "oqt", "lmg_dephasing")
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared manuscripts absent ({SHARED})")


def write_pdf(text: str, path: Path) -> None:
    """``text`` typeset line by line (DejaVu Sans, 70 lines a page) with matplotlib's PDF
    backend; pypdf reads the lines back as written."""
    mpl = pytest.importorskip("matplotlib")
    mpl.use("pdf")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    lines, per = text.split("\n"), 70
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a glyph missing from the font is still extracted
        with PdfPages(path) as pdf:
            for p in range(0, len(lines), per):
                fig = plt.figure(figsize=(8.5, 11))
                for i, ln in enumerate(lines[p:p + per]):
                    if ln.strip():
                        fig.text(0.01, 0.99 - i * 0.0138, ln, fontsize=5, family="DejaVu Sans",
                                 parse_math=False)
                pdf.savefig(fig)
                plt.close(fig)


def write(text: str, path: Path) -> Path:
    """``text`` as the file ``path`` in its format (a LaTeX source escapes ``%``)."""
    if path.suffix == ".pdf":
        write_pdf(text, path)
    else:
        path.write_text(text.replace("%", "\\%") if path.suffix == ".tex" else text,
                        encoding="utf-8")
    return path


def without_combining_marks(text: str) -> str:
    """The text for the PDF comparison: matplotlib typesets a combining mark (``n̄``, ``P̂``)
    as a glyph of its own, which pypdf reads back with the base letter twice; the same
    mark-less text is then compared in every format."""
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _revision(key: str, n: int = 8):
    """The registered manuscript with up to ``n`` generated edits far apart (at most two of
    each kind), and the edits."""
    path = registered_manuscript(REGISTRY.papers[key])
    text = path.read_text(encoding="utf-8")
    ref = read_manuscript(path)
    claims = REGISTRY.for_paper(key)
    bindings = {c.id: bind(c, ref, ref) for c in claims}
    chosen, kinds = [], Counter()
    for m in generate(claims, ref, bindings):
        if kinds[m.kind] < 2 and all(abs(m.edit[0] - o.edit[0]) > 1500 for o in chosen):
            chosen.append(m)
            kinds[m.kind] += 1
        if len(chosen) == n:
            break
    for m in sorted(chosen, key=lambda m: -m.edit[0]):
        a = m.edit[0]
        assert text[a:a + len(m.old)] == m.old
        text = text[:a] + m.new + text[a + len(m.old):]
    return ref, claims, text, chosen


def _statuses(claims, path: Path, ref):
    ms = read_manuscript(path)
    return {c.id: bind(c, ms, ref) for c in claims}


@needs_shared
@pytest.mark.parametrize("key", PAPERS)
def test_txt_md_tex_and_pdf_revisions_of_the_same_text_give_the_same_statuses(key, tmp_path):
    ref, claims, text, edits = _revision(key)
    assert edits, f"{key}: no edit generated"
    by_id = {c.id: c for c in claims}
    base = _statuses(claims, write(text, tmp_path / "rev.txt"), ref)
    for m in edits:  # the edits are seen in the text revision (so the comparison means something)
        assert base[m.claim_id].status == m.expect, (m.claim_id, m.kind, base[m.claim_id])
    plain = without_combining_marks(text)
    base_plain = _statuses(claims, write(plain, tmp_path / "plain.txt"), ref)
    for name, against in (("rev.md", base), ("rev.tex", base), ("plain.pdf", base_plain)):
        got = _statuses(claims, write(plain if name.endswith("pdf") else text, tmp_path / name), ref)
        diff = {i: (against[i].status, b.status) for i, b in got.items()
                if b.status != against[i].status}
        assert not diff, f"{key} {name}: statuses differ from the .txt revision: {diff}"
        for i, b in got.items():
            if b.status != "changed":
                continue
            # the same print re-read (up to the format's display of markup) and re-judged alike
            why_txt, why_fmt = restate(by_id[i], against[i])[1], restate(by_id[i], b)[1]
            assert (why_txt is None) == (why_fmt is None), (name, i, why_txt, why_fmt)
            if "$" not in against[i].stated and "\\" not in against[i].stated:
                assert b.stated == against[i].stated, (name, i, against[i].stated, b.stated)


# --- Table 3 of lmg_dephasing, by structure --------------------------------------------------------

def _table3_edit(text: str, row: str, old: str, new: str) -> str:
    line = next(ln for ln in text.split("\n") if ln.startswith(f"| {row} |"))
    assert line.count(f" {old} ") == 1
    return text.replace(line, line.replace(f" {old} ", f" {new} "))


EDITS = [
    ("300", "1827", "4388", "lmg_dephasing:table3-n300-g-eig"),  # now equal to its neighbour
    ("1000", "2.103", "2.301", "lmg_dephasing:table3-n1000-r"),  # a row printing 3 of 6 columns
    ("100", "7.33", "7.34", "lmg_dephasing:table3-n100-de-kbt"),  # the first column
]


def _table3():
    from claims.papers.lmg_dephasing.s5_table3 import TABLE3

    ref_path = registered_manuscript(REGISTRY.papers["lmg_dephasing"])
    claims = REGISTRY.for_paper("lmg_dephasing")
    cells = [c for c in claims if c.cell is not None]
    assert len(cells) == 36 and {c.cell.table for c in cells} == {TABLE3}
    return ref_path, read_manuscript(ref_path), claims, cells


def _check_cells(got, ref, cells, edits, suffix):
    moved = {i: (b.status, b.stated) for i, b in got.items() if b.status != "unchanged"}
    assert moved == {cid: ("changed", new) for _, _, new, cid in edits}
    for *_, cid in edits:
        assert "re-read by position" in got[cid].note
        if suffix != ".pdf":  # (a PDF's extracted lines are its pages', not the source's)
            assert got[cid].line == ref.line_of(
                bind(next(c for c in cells if c.id == cid), ref, ref).value_span[0])


@needs_shared
@pytest.mark.parametrize("suffix", [".txt", ".md", ".tex"])
@pytest.mark.parametrize("edit", EDITS, ids=[e[3].split(":")[1] for e in EDITS])
def test_one_edited_cell_of_table3_changes_exactly_its_mention(suffix, edit, tmp_path):
    ref_path, ref, claims, cells = _table3()
    row, old, new, _cid = edit
    text = _table3_edit(ref_path.read_text(encoding="utf-8"), row, old, new)
    _check_cells(_statuses(claims, write(text, tmp_path / f"rev{suffix}"), ref), ref, cells,
                 [edit], suffix)


@needs_shared
def test_edited_cells_of_table3_in_a_pdf_change_exactly_their_mentions(tmp_path):
    ref_path, ref, claims, cells = _table3()
    text = ref_path.read_text(encoding="utf-8")
    for row, old, new, _ in EDITS:
        text = _table3_edit(text, row, old, new)
    _check_cells(_statuses(claims, write(text, tmp_path / "rev.pdf"), ref), ref, cells, EDITS,
                 ".pdf")


@needs_shared
def test_a_deleted_row_of_table3_makes_exactly_its_cells_stale(tmp_path):
    ref_path = registered_manuscript(REGISTRY.papers["lmg_dephasing"])
    ref = read_manuscript(ref_path)
    claims = REGISTRY.for_paper("lmg_dephasing")
    text = ref_path.read_text(encoding="utf-8")
    line = next(ln for ln in text.split("\n") if ln.startswith("| 370 |"))
    got = _statuses(claims, write(text.replace(line + "\n", ""), tmp_path / "rev.txt"), ref)
    moved = {i for i, b in got.items() if b.status != "unchanged"}
    assert moved == {f"lmg_dephasing:table3-n370-{c}" for c in (
        "de-kbt", "g-mf", "g-eig", "r", "gap-ratio", "secular-ratio")}
    assert all(got[i].status == "stale" for i in moved)
