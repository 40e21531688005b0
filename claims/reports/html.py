"""The claims-verification report as one self-contained HTML page.

The page needs no network to be read: styles and the small filtering script are
inline, figures are embedded as base64 PNG, and the derivations are presentation
MathML (rendered natively by current browsers).  The markup is well-formed XML
(XHTML syntax in an HTML5 document), so it can be checked with any XML parser.

Layout
------
* a header with the tool, one time stamp and the overall status;
* a summary per paper: counts by verdict (each a link that filters the table),
  and, when the manuscripts are given, coverage (equations referenced, quotes
  located, where in the manuscript the claims sit);
* the claims table: one row per claim (verdict badge, id, location, stated value
  and interval, derived and numerical values, evidence, reason); a row expands
  (``<details>``) to the statement, the derivation as mathematics, the numerical
  details and the claim's figures.  ``#<claim id>`` in the address opens that claim.

Everything but the header's time stamp is deterministic: the same results give
the same bytes.
"""

from __future__ import annotations

import base64
import html
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html.entities import html5 as _HTML5_ENTITIES
from pathlib import Path
from typing import Any

from claims.core.model import Claim, Paper, Result
from claims.reports.report import VERDICT_ORDER

#: What each verdict means, for the legend and the badges' tooltips.
VERDICT_MEANING = {
    "confirmed": "both routes agree with each other and with the statement",
    "refuted": "both routes agree; the statement is wrong",
    "conditional": "holds only under an assumption the paper does not state",
    "undecided": "precision or time ran out",
    "not_checkable": "no definite mathematical content, or the value was lost in extraction",
    "error": "a check raised: a defect of ours or of the input",
    "disagree": "the two routes disagree: a defect of ours",
}
VERDICT_LABEL = {v: v.replace("_", " ") for v in VERDICT_ORDER}

MATHML_NS = "http://www.w3.org/1998/Math/MathML"
_XML_KEEP = {"lt", "gt", "amp", "quot", "apos"}
_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")


def esc(x: object) -> str:
    """Escape text for element content and attribute values."""
    return html.escape("" if x is None else str(x), quote=True)


# --- MathML -----------------------------------------------------------------------------------

def mathml_block(mathml: str | None) -> str | None:
    """Wrap SymPy's presentation MathML in a ``<math>`` element, as well-formed XML.

    SymPy writes named entities (``&pi;``, ``&InvisibleTimes;``) that XML does not
    know; they are replaced by their characters.  Anything that still does not
    parse is not shown as mathematics (``None``), so a printer quirk can never break
    the page.
    """
    if not mathml:
        return None

    def _char(m: re.Match) -> str:
        name = m.group(1)
        if name in _XML_KEEP:
            return m.group(0)
        ch = _HTML5_ENTITIES.get(name + ";")
        return esc(ch) if ch is not None else m.group(0)

    body = _ENTITY.sub(_char, mathml.strip())
    if not body.startswith("<math"):
        body = f'<math xmlns="{MATHML_NS}" display="block">{body}</math>'
    try:
        ET.fromstring(body)
    except ET.ParseError:
        return None
    return body


# --- figures ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class RenderedFigure:
    name: str
    caption: str
    png_base64: str | None = None
    error: str | None = None


_FIGURE_CACHE: dict[Any, RenderedFigure] = {}


def figure_name(fn: Callable[[], Any]) -> str:
    """A stable name for a figure callable (its function name; partials unwrapped)."""
    inner = getattr(fn, "func", fn)
    return getattr(fn, "figure_name", None) or getattr(inner, "__name__", None) or repr(fn)


_CODE_REF = re.compile(r"\s*\((?:see\s+)?(?:numerics|derive|claims|tests)(?:\.\w+)+\)"
                       r"|\s+(?:of|in|by|from)\s+(?:numerics|derive|claims|tests)(?:\.\w+)+")


def figure_caption(fn: Callable[[], Any]) -> str:
    """The caption a reader sees: the first paragraph of the figure's docstring, without the
    references to the checker's own modules that are notes for its developers."""
    inner = getattr(fn, "func", fn)
    doc = (getattr(fn, "__doc__", None) if not hasattr(fn, "func") else None) or inner.__doc__
    first = (doc or "").strip().split("\n\n")[0]
    return _CODE_REF.sub("", " ".join(first.split())) or figure_name(fn)


def render_figure(fn: Callable[[], Any], *, dpi: int = 100) -> RenderedFigure:
    """Call a figure callable and encode its Figure as PNG; never raises.

    A figure shared by several claims is rendered once per process.
    """
    try:
        return _FIGURE_CACHE[fn]
    except (KeyError, TypeError):
        pass
    name, caption = figure_name(fn), figure_caption(fn)
    try:
        fig = fn()
        buf = io.BytesIO()
        # no Software/date metadata: the same figure gives the same bytes
        fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
        _close(fig)
        out = RenderedFigure(name, caption, base64.b64encode(buf.getvalue()).decode("ascii"))
    except Exception as e:  # noqa: BLE001 - a failing figure must never cost the report
        out = RenderedFigure(name, caption, error=f"{type(e).__name__}: {e}")
    try:
        _FIGURE_CACHE[fn] = out
    except TypeError:  # unhashable callable: just not cached
        pass
    return out


def _close(fig: Any) -> None:
    import sys

    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None:
        plt.close(fig)


# --- coverage of the manuscript ----------------------------------------------------------------

_EQ_LABEL = re.compile(r"(?:\((\d{1,3})\)\s*$|\\tag\{(\d{1,3})\})")
_EQ_REF = re.compile(r"Eqs?\.\s*((?:\(?\d{1,3}\)?(?:\s*[\-–—]\s*\(?\d{1,3}\)?)?[,\s]*(?:and\s*)?)+)")
_NUM_RANGE = re.compile(r"(\d{1,3})\)?(?:\s*[\-–—]\s*\(?(\d{1,3}))?")


@dataclass(frozen=True)
class Coverage:
    """How much of one manuscript the registered claims cover."""

    manuscript: str
    found: bool
    lines: int = 0
    equations: tuple[int, ...] = ()  # equation numbers the manuscript prints
    referenced: tuple[int, ...] = ()  # of those, the ones named in a claim's location
    quotes_found: int = 0
    quotes_total: int = 0
    stale: tuple[str, ...] = ()  # claim ids whose quote is not (or not uniquely) in the text
    positions: tuple[tuple[str, str, float], ...] = ()  # (claim id, verdict, line fraction)
    contexts: tuple[tuple[str, int, str], ...] = ()  # (claim id, line number, line text)


def referenced_equations(location: str) -> set[int]:
    """Equation numbers named in a location such as ``"App. G, Eqs. (51)-(52); also Eq. (10)"``."""
    out: set[int] = set()
    for m in _EQ_REF.finditer(location):
        for a, b in _NUM_RANGE.findall(m.group(1)):
            lo = int(a)
            hi = int(b) if b else lo
            if 0 < hi - lo < 50:
                out.update(range(lo, hi + 1))
            else:
                out.add(lo)
    return out


def _read(path: Path):
    """(text, find, line_of) for a manuscript: the project's normalising reader when present
    (quotes found across reflowed lines and Unicode dashes), else plain text search."""
    try:
        from claims.text.manuscript import read_manuscript
    except ImportError:  # pragma: no cover - the reader is optional for the report
        read_manuscript = None
    if read_manuscript is not None:
        try:
            m = read_manuscript(path)
            return m.text, m.find_all, m.line_of
        except Exception:  # noqa: BLE001, S110 - unreadable by the reader: plain text below
            pass
    text = path.read_text(encoding="utf-8")

    def find_all(q: str) -> list[int]:
        out, i = [], text.find(q) if q else -1
        while i >= 0:
            out.append(i)
            i = text.find(q, i + 1)
        return out

    return text, find_all, lambda i: text.count("\n", 0, i) + 1


def coverage(paper: Paper, claims: Sequence[Claim], results: dict[str, Result],
             manuscripts_dir: Path, path: Path | None = None) -> Coverage:
    """Equations referenced, quotes located (a quote not found exactly once is *stale*: the
    manuscript changed under the claim) and the claims' positions in the manuscript
    (``path``, by default the paper's registered file in ``manuscripts_dir``)."""
    path = Path(path) if path is not None else Path(manuscripts_dir) / paper.manuscript
    try:
        text, find_all, line_of = _read(path)
    except OSError:
        return Coverage(path.name, found=False)
    lines = text.splitlines()
    labels = sorted({int(m.group(1) or m.group(2)) for ln in lines for m in _EQ_LABEL.finditer(ln)})
    refs: set[int] = set()
    stale, positions, contexts, found = [], [], [], 0
    for c in claims:
        refs |= referenced_equations(c.location)
        if not c.quote:
            continue
        hits = find_all(c.quote)
        if len(hits) != 1:
            stale.append(c.id)
            continue
        found += 1
        r = results.get(c.id)
        line = line_of(hits[0])
        positions.append((c.id, r.verdict.value if r else "", (line - 1) / max(len(lines), 1)))
        contexts.append((c.id, line, lines[line - 1] if 0 < line <= len(lines) else ""))
    return Coverage(path.name, True, len(lines), tuple(labels),
                    tuple(sorted(refs & set(labels))), found,
                    sum(1 for c in claims if c.quote), tuple(stale), tuple(positions),
                    tuple(contexts))


# --- the page ----------------------------------------------------------------------------------

def build_html(doc: dict, claims: Sequence[Claim], results: Sequence[Result], *,
               figures: bool = True, generated: str | None = None,
               manuscripts_dir: Path | str | None = None) -> str:
    """The whole report as one HTML document (a string).

    Parameters
    ----------
    doc
        The JSON document of :func:`claims.reports.report.build_json` (papers, claims, summary).
    claims, results
        The same claims and their results (for MathML and figures, which the JSON omits).
    figures
        Render each claim's figures (the slow part); ``False`` shows their names only.
    generated
        Time stamp shown in the header (the only non-deterministic text).
    manuscripts_dir
        Folder holding the manuscripts; when given, the summary shows coverage.
    """
    by_id = {c.id: c for c in claims}
    res = {r.claim_id: r for r in results}
    papers = [Paper(p["key"], p["title"], p["manuscript"], p.get("arxiv")) for p in doc["papers"]]
    cov = {}
    read = doc.get("manuscript") or {}  # the revision given with 'claims audit --manuscript'
    if manuscripts_dir is not None or read.get("path"):
        for p in papers:
            own = read.get("path") if read.get("paper") == p.key else None
            if manuscripts_dir is None and own is None:
                continue
            cov[p.key] = coverage(p, [c for c in claims if c.paper == p.key], res,
                                  Path(manuscripts_dir or "."), own)
    parts = [_head(doc), "<body>", _header(doc, generated), "<main>",
             _summary(doc, papers, cov), _claims_section(doc, by_id, res, cov, figures),
             _figure_index(doc, by_id, figures),
             "</main>", _legend(), f"<script>{_SCRIPT}</script>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _head(doc: dict) -> str:
    t = doc["tool"]
    return ("<!DOCTYPE html>\n"
            '<html lang="en" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            '<meta charset="utf-8"/>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
            f'<meta name="generator" content="{esc(t["name"])} {esc(t["version"])}"/>\n'
            "<title>Claims verification report</title>\n"
            f"<style>{_CSS}</style>\n</head>")


def _status(doc: dict) -> tuple[str, str]:
    s = doc["summary"]
    if s.get("defect_ids"):
        return "bad", (f"{len(s['defect_ids'])} claim(s) ended in error, disagree, dependent or "
                       "insensitive (defects of the checker or of a claim's routes), "
                       f"{len(s['unexpected'])} verdict(s) differ from the registry")
    if s["unexpected"]:
        return "bad", f"{len(s['unexpected'])} verdict(s) differ from the registry's expectation"
    return "ok", "every verdict is the one the registry expects"


def _header(doc: dict, generated: str | None) -> str:
    t, s = doc["tool"], doc["summary"]
    cls, status = _status(doc)
    when = f" · generated {esc(generated)}" if generated else ""
    counts = " ".join(_count_link(v, n) for v, n in s["by_verdict"].items())
    unexpected = ""
    if s["unexpected"]:
        links = ", ".join(f'<a href="#{esc(i)}"><code>{esc(i)}</code></a>' for i in s["unexpected"])
        unexpected = f'<p class="unexpected">Differs from the registry: {links}</p>'
    return (f'<header>\n<h1>Claims verification report</h1>\n'
            f'<p class="meta">{esc(t["name"])} {esc(t["version"])}{when} · '
            f'{len(doc["papers"])} paper(s) · {s["claims"]} claims</p>\n'
            f'<p class="status {cls}">{esc(status)}</p>\n'
            f'<p class="totals">{counts}</p>\n{unexpected}\n</header>')


def _badge(verdict: str, extra: str = "") -> str:
    label = VERDICT_LABEL.get(verdict, verdict)
    return (f'<span class="badge v-{esc(verdict)}" title="{esc(VERDICT_MEANING.get(verdict, ""))}">'
            f"{esc(label)}{esc(extra)}</span>")


def _count_link(verdict: str, n: int, paper: str = "") -> str:
    data = f' data-paper="{esc(paper)}"' if paper else ""
    return (f'<a class="count" href="#claims" data-verdict="{esc(verdict)}"{data}>'
            f'{_badge(verdict, f" {n}")}</a>')


def _summary(doc: dict, papers: list[Paper], cov: dict[str, Coverage]) -> str:
    s = doc["summary"]
    verdicts = [v for v in VERDICT_ORDER if any(d.get(v) for d in s["by_paper"].values())]
    head = "".join(f"<th>{_badge(v)}</th>" for v in verdicts)
    raw = {p["key"]: p for p in doc["papers"]}
    has_rev = any(p.get("coverage") for p in doc["papers"])
    cov_head = "<th>coverage of the manuscript</th>" if cov or has_rev else ""
    rows = []
    for p in papers:
        counts = s["by_paper"].get(p.key, {})
        total = sum(counts.values())
        cells = "".join(
            f'<td class="num">{_num_link(v, counts.get(v, 0), p.key)}</td>' for v in verdicts)
        arxiv = f' · arXiv:{esc(p.arxiv)}' if p.arxiv else ""
        cov_cell = ""
        if cov or has_rev:
            parts = _revision_cell(raw.get(p.key, {}))
            if p.key in cov:
                parts += _coverage_cell(cov[p.key])
            cov_cell = f"<td>{parts}</td>"
        rows.append(
            f'<tr><td><a href="#claims" class="paper-link" data-paper="{esc(p.key)}">'
            f"<code>{esc(p.key)}</code></a><div class=\"title\">{esc(p.title)}</div>"
            f'<div class="small">{esc(p.manuscript)}{arxiv}</div></td>'
            f'<td class="num">{total}</td>{cells}{cov_cell}</tr>')
    totals = "".join(f'<td class="num">{s["by_verdict"].get(v, 0)}</td>' for v in verdicts)
    foot = (f'<tr class="total"><td>all papers</td><td class="num">{s["claims"]}</td>{totals}'
            + ("<td></td>" if cov or has_rev else "") + "</tr>")
    return (f'<section id="summary">\n<h2>Summary by paper</h2>\n<div class="scroll"><table class="summary">'
            f"<thead><tr><th>paper</th><th>claims</th>{head}{cov_head}</tr></thead>"
            f"<tbody>{''.join(rows)}{foot}</tbody></table></div>\n</section>")


def _figure_index(doc: dict, by_id: dict[str, Claim], render: bool = True) -> str:
    """Every distinct figure once (same name or same image: one), with the claims that cite it.

    Claims link here (``#fig-<name>``) instead of embedding their own copy, so a figure shared
    by five claims costs its bytes once.
    """
    where: dict[str, tuple[Callable[[], Any], list[str]]] = {}
    for c in doc["claims"]:
        claim = by_id.get(c["id"])
        for fn in (claim.figure_functions() if claim is not None else ()):
            where.setdefault(figure_name(fn), (fn, []))[1].append(c["id"])
    if not where:
        return ""
    items, seen_png = [], {}
    for name, (fn, ids) in where.items():
        title = getattr(fn, "figure_title", None) or _shorten(figure_caption(fn), 90).rstrip(".")
        cites = ", ".join(f'<a href="#{esc(i)}"><code>{esc(i)}</code></a>' for i in ids)
        head = f'<h3 id="fig-{esc(name)}">{esc(title)}</h3><p class="small">shown for {cites}</p>'
        if not render:
            body = (f'<figure class="fig" data-figure="{esc(name)}"><figcaption>'
                    f"{esc(figure_caption(fn))} (not rendered)</figcaption></figure>")
        else:
            f = render_figure(fn)
            if f.png_base64 is None:
                body = (f'<figure class="fig failed" data-figure="{esc(f.name)}">'
                        f'<p class="warn">figure failed: {esc(f.error)}</p>'
                        f"<figcaption>{esc(f.caption)}</figcaption></figure>")
            elif f.png_base64 in seen_png:  # another name for the same picture
                body = (f'<p class="small">the same image as <a href="#fig-{esc(seen_png[f.png_base64])}">'
                        f"{esc(seen_png[f.png_base64])}</a></p>")
            else:
                seen_png[f.png_base64] = name
                body = (f'<figure class="fig" data-figure="{esc(f.name)}">'
                        f'<img alt="{esc(f.caption)}" src="data:image/png;base64,{f.png_base64}"/>'
                        f"<figcaption>{esc(f.caption)}</figcaption></figure>")
        items.append(f'<div class="figitem">{head}{body}</div>')
    return (f'<section id="figures"><h2>Figures</h2><p class="hint">Each figure appears once; '
            f"the claims it belongs to link to it.</p>{''.join(items)}</section>")


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"


def _num_link(verdict: str, n: int, paper: str) -> str:
    if not n:
        return '<span class="zero">0</span>'
    return (f'<a class="count" href="#claims" data-verdict="{esc(verdict)}" '
            f'data-paper="{esc(paper)}">{n}</a>')


def _revision_cell(p: dict) -> str:
    """Coverage of the manuscript read for this run (``claims audit --manuscript``)."""
    cov = p.get("coverage")
    if not cov:
        return ""
    read = str(p.get("manuscript_read") or p["manuscript"])
    name = f'<span title="{esc(read)}">{esc(Path(read).name)}</span>'
    if not cov.get("numbers"):
        return f'<div class="small">no numeric statements recognised in {name}</div>'
    pct = f" ({cov['percent']:.0f}%)" if isinstance(cov.get("percent"), (int, float)) else ""
    head = (f'<div class="small"><b>{cov["covered"]} of {cov["numbers"]}</b> numeric statements '
            f"of {name} covered by claims{pct}</div>")
    unc = cov.get("uncovered") or []
    if not unc:
        return head
    shown = unc[:100]
    items = "".join(f"<li>line {esc(u.get('line'))}: <code>{esc(u.get('number'))}</code> "
                    f"— {esc(u.get('text'))}</li>" for u in shown)
    more = f"<li>… and {len(unc) - len(shown)} more (see claims.json)</li>" if len(unc) > len(shown) else ""
    return head + (f'<details class="uncovered"><summary>{len(unc)} numeric statements without a '
            f"claim</summary><ul>{items}{more}</ul></details>")


def _revision_note(c: dict) -> str:
    status = c.get("manuscript_status")
    if not status:
        return ""
    line = f", line {esc(c['manuscript_line'])}" if c.get("manuscript_line") else ""
    text = f"{esc(status)}{line}"
    if status == "changed":
        text += (f": the registry has <code>{esc(c.get('stated_registry'))}</code>, this revision "
                 f"states <code>{esc(c.get('stated'))}</code>")
    if c.get("manuscript_note"):
        text += f" — {esc(c['manuscript_note'])}"
    return text


def _coverage_cell(c: Coverage) -> str:
    if not c.found:
        return f'<span class="warn">manuscript {esc(c.manuscript)} not found</span>'
    eqs = (f"{len(c.referenced)} of {len(c.equations)} numbered equations referenced"
           if c.equations else "no numbered equations recognised")
    quotes = f"{c.quotes_found} of {c.quotes_total} quotes located"
    stale = ""
    if c.stale:
        links = ", ".join(f'<a href="#{esc(i)}"><code>{esc(i)}</code></a>' for i in c.stale)
        stale = (f'<div class="warn">stale (quote not found once in this revision): '
                 f"{links}</div>")
    ticks = "".join(
        f'<span class="tick v-{esc(v)}" style="left:{100 * f:.2f}%" title="{esc(i)}"></span>'
        for i, v, f in c.positions)
    strip = (f'<div class="strip" title="where the claims sit in the manuscript '
             f'({c.lines} lines)">{ticks}</div>'
             f'<div class="small">claims along the manuscript, first line to last</div>')
    return f'<div class="small">{eqs}; {quotes}</div>{strip}{stale}'


def _claims_section(doc: dict, by_id: dict[str, Claim], res: dict[str, Result],
                    cov: dict[str, Coverage], figures: bool) -> str:
    stale = {i for c in cov.values() for i in c.stale}
    context = {i: (ln, text, c.manuscript) for c in cov.values() for i, ln, text in c.contexts}
    papers = [p["key"] for p in doc["papers"]]
    present = [v for v in VERDICT_ORDER if any(c["verdict"] == v for c in doc["claims"])]
    pbox = "".join(
        f'<label><input type="checkbox" name="paper" value="{esc(k)}" checked="checked"/> '
        f"<code>{esc(k)}</code></label>" for k in papers)
    vbox = "".join(
        f'<label><input type="checkbox" name="verdict" value="{esc(v)}" checked="checked"/> '
        f"{_badge(v)}</label>" for v in present)
    filters = (
        '<div class="filters" id="filters">'
        f'<div class="group"><span class="glabel">paper</span>{pbox}</div>'
        f'<div class="group"><span class="glabel">verdict</span>{vbox}</div>'
        '<div class="group"><input type="search" id="q" placeholder="search id, statement, reason"/>'
        '<button type="button" id="attention">needs attention</button>'
        '<button type="button" id="all">show all</button>'
        '<button type="button" id="expand">expand shown</button>'
        '<button type="button" id="collapse">collapse all</button>'
        '<span id="shown" class="small"></span></div></div>')
    header = ('<div class="row head" role="row"><span>verdict</span><span>claim</span>'
              "<span>stated</span><span>derived</span><span>numerical</span>"
              "<span>evidence</span><span>reason</span></div>")
    titles = {p["key"]: p["title"] for p in doc["papers"]}
    rows, current = [], None
    for c in doc["claims"]:
        if c["paper"] != current:  # a heading row per paper (hidden by the filters with its rows)
            current = c["paper"]
            n = sum(1 for x in doc["claims"] if x["paper"] == current)
            rows.append(f'<div class="group-head" data-group="{esc(current)}"><code>{esc(current)}</code>'
                        f'<span class="small">{esc(titles.get(current, ""))} · {n} claims</span></div>')
        rows.append(_claim_row(c, by_id.get(c["id"]), res.get(c["id"]), c["id"] in stale, figures,
                               context.get(c["id"])))
    return (f'<section id="claims">\n<h2>Claims</h2>\n'
            '<p class="hint">Click a row to see the statement, the derivation and the numerical '
            "details. Without scripts every claim is listed and rows still expand.</p>\n"
            f"{filters}\n<div class=\"ctable\" role=\"table\">{header}\n" + "\n".join(rows)
            + "\n</div>\n</section>")


def _claim_row(c: dict, claim: Claim | None, r: Result | None, stale: bool, figures: bool,
               context: tuple[int, str, str] | None = None) -> str:
    v = c["verdict"]
    sev = f" · {c['severity']}" if c.get("severity") else ""
    flags = ""
    if c["verdict"] != c["expected"]:
        flags += f'<span class="flag bad">expected {esc(VERDICT_LABEL.get(c["expected"]))}</span>'
    status = c.get("manuscript_status")
    if status in ("changed", "stale", "unverified"):
        flags += (f'<span class="flag warn" title="{esc(c.get("manuscript_note") or "")}">'
                  f"{esc(status)} in this revision</span>")
    elif stale:
        flags += '<span class="flag warn">stale quote</span>'
    stated = esc(c["stated"]) if c["stated"] is not None else '<span class="muted">(lost)</span>'
    if c.get("interval") and c["interval"][0] != c["interval"][1]:  # exact values: no interval
        stated += f'<span class="small sub">∈ [{esc(c["interval"][0])}, {esc(c["interval"][1])}]</span>'
    summary = (
        f'<summary class="row" role="row"><span data-label="verdict">{_badge(v, sev)}{flags}</span>'
        f'<span data-label="claim"><code class="cid">{esc(c["id"])}</code>'
        f'<span class="small sub">{esc(c["location"])}</span>'
        f'<span class="sub stmt">{_val(c["statement"], 140)}</span></span>'
        f'<span class="val" data-label="stated">{stated}</span>'
        f'<span class="val" data-label="derived">{cell_value(c["derived"], c)}</span>'
        f'<span class="val" data-label="numerical">{cell_value(c["numeric"], c)}</span>'
        f'<span class="ev" data-label="evidence">{esc(c["evidence"] or "")}</span>'
        f'<span class="reason" data-label="reason">{esc(pretty_formula(c["reason"] or ""))}</span>'
        "</summary>")
    return (f'<details class="claim v-{esc(v)}" id="{esc(c["id"])}" data-paper="{esc(c["paper"])}" '
            f'data-verdict="{esc(v)}">{summary}{_claim_body(c, claim, r, figures, context)}</details>')


def _val(s: str | None, limit: int = 60) -> str:
    if s is None:
        return '<span class="muted">—</span>'
    if len(s) > limit:
        return f'<span title="{esc(s)}">{esc(s[:limit - 1])}…</span>'
    return esc(s)


# --- numbers and formulas in table cells ----------------------------------------------------------
# Display rules (one per printed form; the raw value is always in the cell's tooltip and in
# the expanded claim):
#   * a decimal number is shown to two significant digits more than the stated value has
#     (at least 6, never more than computed), rounded, with ×10ⁿ for exponents;
#   * a number whose magnitude is below NOISE times the largest number of its row (stated
#     value, interval, derivation, numerics), in a row where a route or the stated value says
#     0 exactly, is round-off of that zero and shown as "≈ 0";
#   * integers are shown exactly as computed;
#   * a formula in SymPy's code form is shown with superscripts, √ and · (x**2*y → x²·y).

NOISE = 1e-12
_FLOAT = re.compile(r"^[-+−]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?$")
_NUMS = re.compile(r"[-+−]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")
_SUP = str.maketrans("0123456789-+", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺")


def _float(s: str) -> float | None:
    try:
        return float(s.replace("−", "-"))
    except ValueError:
        return None


def _sig_digits(stated: str | None) -> int:
    m = _NUMS.search((stated or "").replace("−", "-"))
    if not m:
        return 0
    mant = re.split(r"[eE]", m.group(0).lstrip("+-"))[0].replace(".", "").lstrip("0")
    return len(mant)


def _row_scale(c: dict) -> float:
    vals = []
    for s in (c.get("stated"), *(c.get("interval") or ()), c.get("derived"), c.get("numeric")):
        for m in _NUMS.finditer(str(s or "").replace("−", "-")):
            v = _float(m.group(0))
            if v is not None and v == v and abs(v) != float("inf"):
                vals.append(abs(v))
    return max(vals, default=0.0)


def _sci(x: float, digits: int) -> str:
    t = f"{x:#.{digits}g}".replace(".e", "e").rstrip(".")
    if "e" in t:
        mant, exp = t.split("e")
        t = f"{mant} × 10{str(int(exp)).translate(_SUP)}"
    return t.replace("-", "−")


def pretty_formula(s: str) -> str:
    """SymPy's code form made readable: ``x**2*sqrt(y)`` → ``x²·√(y)`` (text, not MathML)."""
    t = re.sub(r"\*\*(?:\((-?\d+)\)|(\d+)(?![\d.]))",
               lambda m: (m.group(1) or m.group(2)).translate(_SUP), s)
    t = t.replace("**", "^").replace("sqrt(", "√(")
    # a product sign between two operands only: m* (a symbol's star) stays as printed
    return re.sub(r"(?<=[A-Za-z0-9_)\]⁰¹²³⁴⁵⁶⁷⁸⁹])\*(?=[A-Za-z0-9_(√])", "·", t)


def cell_value(s: str | None, c: dict, limit: int = 60) -> str:
    """A derived or numerical value as a table cell shows it (rules above); HTML."""
    if s is None:
        return '<span class="muted">—</span>'
    raw = s.strip()
    if _FLOAT.match(raw):
        x = _float(raw)
        if "." not in raw and "e" not in raw.lower():
            return esc(raw.replace("-", "−"))  # an integer: exactly as computed
        scale = _row_scale(c)
        zero = any(_float(m.group(0)) == 0 for v in (c.get("derived"), c.get("numeric"),
                                                      c.get("stated"))
                   for m in _NUMS.finditer(str(v or "").replace("−", "-")))
        if x != 0 and zero and scale > 0 and abs(x) < NOISE * scale:
            return (f'<span title="{esc(raw)}: below 10⁻¹² of the largest number of this row, '
                    'round-off of zero">≈ 0</span>')
        # never more digits than were computed, nor more than the stated value makes meaningful
        shown = _sci(x, max(1, min(_sig_digits(raw), max(6, _sig_digits(c.get("stated")) + 2))))
        return shown if shown == raw else f'<span title="{esc(raw)}">{esc(shown)}</span>'
    shown = pretty_formula(raw) if re.search(r"\*|sqrt\(", raw) else raw
    if len(shown) > limit:
        return f'<span title="{esc(raw)}">{esc(shown[:limit - 1])}…</span>'
    return esc(shown) if shown == raw else f'<span title="{esc(raw)}">{esc(shown)}</span>'


def _dl(items: list[tuple[str, str]]) -> str:
    return "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in items if v) + "</dl>"


def _in_context(quote: str | None, context: tuple[int, str, str] | None, width: int = 160) -> str:
    """The manuscript line holding the quote, the quote marked, long lines cut around it."""
    if not context:
        return ""
    line, text, name = context
    at = text.find(quote) if quote else -1
    if at < 0:
        body = esc(_shorten(text.strip(), 2 * width))
    else:
        a, b = max(0, at - width), min(len(text), at + len(quote) + width)
        body = (("…" if a else "") + esc(text[a:at]) + f"<mark>{esc(quote)}</mark>"
                + esc(text[at + len(quote):b]) + ("…" if b < len(text) else ""))
    return f'<span class="small">{esc(name)}, line {line}:</span> <span class="ctx">{body}</span>'


def _claim_body(c: dict, claim: Claim | None, r: Result | None, figures: bool,
                context: tuple[int, str, str] | None = None) -> str:
    expected = _badge(c["expected"])
    if c.get("expected_reason"):
        expected += f" {esc(c['expected_reason'])}"
    top = _dl([
        ("statement", esc(c["statement"])),
        ("quote", f'<q>{esc(c["quote"])}</q>' if c.get("quote") else ""),
        ("in the text", _in_context(c.get("quote"), context)),
        ("units", esc(c.get("units") or "")),
        ("manuscript", _revision_note(c)),
        ("stated", f"<code>{esc(c['stated'])}</code>" if c["stated"] is not None else
         "lost in extraction"),
        ("interval", f"[{esc(c['interval'][0])}, {esc(c['interval'][1])}]" if c.get("interval")
         else ""),
        ("verdict", _badge(c["verdict"], f" · {c['severity']}" if c.get("severity") else "")
         + f" {esc(c['reason'] or '')}"),
        ("registry expects", expected),
    ])
    math = mathml_block(r.derived_mathml if r else None)
    absent = esc(claim.absent_reason) if claim is not None and claim.absent_reason else ""
    deriv = []
    stated_math = _stated_mathml(claim)
    if stated_math and math:
        deriv.append(f'<div class="mlabel">stated (as transcribed from the manuscript)</div>'
                     f'<div class="math stated">{stated_math}</div>'
                     '<div class="mlabel">derived</div>')
    if math:
        deriv.append(f'<div class="math">{math}</div>')
    if c["derived"] is not None:
        deriv.append(f'<pre class="value">{esc(c["derived"])}</pre>')
    elif absent:
        deriv.append(f'<p class="muted">no derivation route: {absent}</p>')
    else:
        deriv.append('<p class="muted">no derivation route</p>')
    numer = []
    numer.append(f'<pre class="value">{esc(c["numeric"])}</pre>' if c["numeric"] is not None
                 else f'<p class="muted">no numerical route{": " + absent if absent else ""}</p>')
    numer.append(_dl([
        ("decided by", esc(c.get("decided_by") or "")),
        ("evidence", esc(c.get("evidence") or "")),
        ("seed", esc(r.seed_info) if r and r.seed_info else ""),
    ]))
    numer.append(_framework(c))
    if c.get("details"):
        numer.append(f'<pre class="details">{esc(c["details"])}</pre>')
    figs = _figures(claim, figures)
    return (f'<div class="body">{top}<div class="cols">'
            f'<div class="col"><h4>Derivation</h4>{"".join(deriv)}</div>'
            f'<div class="col"><h4>Numerical check</h4>{"".join(numer)}</div></div>{figs}</div>')


_FRAMEWORK_LABELS = {"quantity": "quantity", "rule": "reading rule", "inputs": "inputs",
                     "cross_check": "cross-check", "trace": "routes executed",
                     "inherited_from": "inherited from", "instances_checked": "instances checked"}


def _framework(c: dict) -> str:
    """The framework's per-claim records (quantity, reading rule, inputs, cross-check, ...)."""
    import json

    items = []
    for key, label in _FRAMEWORK_LABELS.items():
        v = c.get(key)
        if v is None or v == [] or v == {}:
            continue
        if key == "inherited_from":
            items.append((label, f'<a href="#{esc(v)}"><code>{esc(v)}</code></a>'))
        elif isinstance(v, (str, int, float)):
            items.append((label, f"<code>{esc(v)}</code>"))
        else:
            items.append((label, f'<pre class="value">'
                                 f"{esc(json.dumps(v, indent=1, ensure_ascii=False, sort_keys=True))}</pre>"))
    return _dl(items) if items else ""


def _stated_mathml(claim: Claim | None) -> str | None:
    """The printed expression of an :class:`~claims.core.judges.Expression` claim as MathML, so that
    the reader compares two formulas rather than a formula and extraction-damaged text."""
    text = getattr(getattr(claim, "judge", None), "transcription", None)
    if not text:
        return None
    try:
        import sympy as sp

        return mathml_block(sp.mathml(sp.sympify(text), printer="presentation"))
    except Exception:  # noqa: BLE001 - a transcription SymPy cannot print is shown as text only
        return None


def _figures(claim: Claim | None, render: bool) -> str:  # noqa: ARG001 - links either way
    """Links from a claim to its figures in the Figures section (each embedded there once)."""
    if claim is None or not claim.figures:
        return ""
    links = []
    for fn in claim.figure_functions():
        name = figure_name(fn)
        title = getattr(fn, "figure_title", None) or _shorten(figure_caption(fn), 90).rstrip(".")
        links.append(f'<li><a class="figlink" data-figure="{esc(name)}" href="#fig-{esc(name)}">'
                     f"{esc(title)}</a></li>")
    return f'<div class="figs"><h4>Figures</h4><ul>{"".join(links)}</ul></div>'


def _legend() -> str:
    items = "".join(f"<li>{_badge(v)} {esc(m)}</li>" for v, m in VERDICT_MEANING.items())
    return (f'<footer><h2>Verdicts</h2><ul class="legend">{items}</ul>'
            "<p class=\"small\">Evidence: <b>exact</b> symbolic simplification or exact arithmetic; "
            "<b>numeric</b> numerical evaluation (seeded points, quadrature, simulation); "
            "<b>counterexample</b> a concrete counterexample, verified. Severity of a refuted "
            "number: <b>minor</b> only just outside the printed rounding, <b>gross</b> otherwise."
            "</p></footer>")


_CSS = """/*<![CDATA[*/
:root{--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700;--mut:#57606a;--line:#d0d7de;--bg2:#f6f8fa}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328}
header,main,footer{max-width:1600px;margin:0 auto;padding:0 20px}
h1{font-size:24px;margin:18px 0 4px}
h2{font-size:18px;margin:22px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
h4{margin:6px 0;font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:var(--mut)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
a{color:#0969da;text-decoration:none}
a:hover{text-decoration:underline}
.meta,.small,.hint{color:var(--mut);font-size:12.5px}
.muted{color:var(--mut)}
.sub{display:block}
.status{font-weight:600;padding:6px 10px;border-radius:6px;display:inline-block;margin:6px 0}
.status.ok{background:#dafbe1;color:var(--ok)}
.status.bad{background:#ffebe9;color:var(--bad)}
.totals a{margin-right:4px}
.unexpected{color:var(--bad)}
.warn{color:var(--warn)}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;
 white-space:nowrap;border:1px solid transparent}
.badge.v-confirmed{background:#dafbe1;color:#116329;border-color:#aceebb}
.badge.v-refuted{background:#ffebe9;color:#a40e26;border-color:#ffcecb}
.badge.v-conditional{background:#fff8c5;color:#7d4e00;border-color:#eed888}
.badge.v-undecided{background:#ddf4ff;color:#0550ae;border-color:#b6e3ff}
.badge.v-not_checkable{background:#eaeef2;color:#424a53;border-color:#d0d7de}
.badge.v-error,.badge.v-disagree{background:#8250df;color:#fff}
.flag{display:inline-block;margin-left:4px;font-size:11px;font-weight:600;border-radius:4px;padding:0 4px}
.flag.bad{background:var(--bad);color:#fff}
.flag.warn{background:#fff8c5;color:var(--warn);border:1px solid #eed888}
.scroll{overflow-x:auto}
table.summary{border-collapse:collapse;min-width:60%}
table.summary th,table.summary td{border-bottom:1px solid var(--line);padding:6px 10px;
 text-align:left;vertical-align:top}
table.summary td.num,table.summary th{text-align:center}
table.summary th:first-child{text-align:left}
table.summary .title{max-width:460px}
table.summary tr.total td{font-weight:600;border-top:2px solid var(--line)}
.zero{color:#b0b7be}
.strip{position:relative;height:10px;background:var(--bg2);border:1px solid var(--line);
 border-radius:3px;margin:4px 0;min-width:220px}
.tick{position:absolute;top:0;width:2px;height:8px;background:var(--mut)}
.tick.v-confirmed{background:var(--ok)}.tick.v-refuted{background:var(--bad)}
.tick.v-conditional{background:#bf8700}
.filters{display:none;flex-wrap:wrap;gap:8px 18px;align-items:center;padding:8px 10px;
 background:var(--bg2);border:1px solid var(--line);border-radius:6px;margin-bottom:8px;
 position:sticky;top:0;z-index:2}
.js .filters{display:flex}
.filters label{margin-right:8px;white-space:nowrap;cursor:pointer}
.glabel{font-weight:600;margin-right:6px;color:var(--mut)}
.filters input[type=search]{padding:3px 6px;width:240px}
.filters button{font:inherit;font-size:12.5px;padding:2px 8px;margin-left:4px;cursor:pointer}
.ctable{border:1px solid var(--line);border-radius:6px}
.row{display:grid;grid-template-columns:150px minmax(170px,1.3fr) minmax(110px,.9fr)
 minmax(120px,1fr) minmax(120px,1fr) 112px minmax(200px,2.2fr);gap:10px;padding:6px 10px;
 align-items:start}
.row>span{min-width:0;overflow-wrap:anywhere}
.row>span.ev{overflow-wrap:normal;word-break:normal}
.row.head{font-weight:600;background:var(--bg2);border-bottom:1px solid var(--line);
 border-radius:6px 6px 0 0}
details.claim{border-bottom:1px solid var(--line);scroll-margin-top:130px}
.group-head{padding:8px 10px;background:#eef1f4;border-bottom:1px solid var(--line);font-weight:600}
.group-head .small{font-weight:400;margin-left:8px}
.group-head[hidden]{display:none}
details.claim[hidden]{display:none}
details.claim>summary{cursor:pointer;list-style:none}
details.claim>summary::-webkit-details-marker{display:none}
details.claim>summary:hover{background:#f3f6fa}
details.claim[open]>summary{background:#eef4fb}
details.claim.v-refuted>summary{border-left:4px solid var(--bad)}
details.claim.v-conditional>summary{border-left:4px solid #bf8700}
details.claim.v-error>summary,details.claim.v-disagree>summary{border-left:4px solid #8250df}
details.claim>summary{border-left:4px solid transparent}
.cid{font-weight:600}
.stmt{font-size:12.5px;color:#3d444d;margin-top:2px}
.val{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
.reason{font-size:13px}
.body{padding:8px 16px 14px 28px;background:#fbfcfd;border-top:1px dashed var(--line)}
.body dl{display:grid;grid-template-columns:128px 1fr;gap:3px 12px;margin:6px 0}
.body dt{color:var(--mut);font-weight:600}
.body dd{margin:0}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:18px}
@media (max-width:900px){.cols{grid-template-columns:1fr}.row{grid-template-columns:1fr 1fr}
 .row.head{display:none}
 .row>span[data-label]::before{content:attr(data-label);display:block;font:600 11px/1.4 system-ui,
  sans-serif;color:var(--mut);text-transform:uppercase;letter-spacing:.03em}
 .row>span.reason{grid-column:1/-1}
 .body{padding:8px 10px 12px 12px}.body dl{grid-template-columns:1fr}
 .body dt{margin-top:4px}
 .filters input[type=search]{width:100%}}
@media (max-width:520px){.row{grid-template-columns:1fr}
 table.summary .title,table.summary td>.small{display:none}
 table.summary th,table.summary td{padding:4px 5px}.strip{min-width:120px}}
.mlabel{font-size:11.5px;color:var(--mut);margin:6px 0 2px}
.math.stated{background:#fffdf5}
.math{overflow-x:auto;padding:8px;background:#fff;border:1px solid var(--line);border-radius:4px;
 font-size:16px}
pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:4px 0;font-size:12.5px;background:#fff;
 border:1px solid var(--line);border-radius:4px;padding:6px 8px}
q{font-style:italic}
.ctx{font-family:Georgia,"Times New Roman",serif;color:#2f363d}
mark{background:#fff3b0;padding:0 1px}
.figs{margin-top:10px}
figure.fig{margin:0;max-width:100%}
figure.fig img{max-width:100%;height:auto;border:1px solid var(--line);border-radius:4px;
 background:#fff}
figcaption{font-size:12.5px;color:var(--mut);max-width:720px}
.legend{list-style:none;padding:0;columns:2}
details.uncovered{font-size:12.5px;max-width:520px}
details.uncovered ul{max-height:260px;overflow-y:auto;margin:4px 0;padding-left:18px}
.legend li{margin:3px 0}
footer{margin-bottom:40px}
.figindex li{margin:2px 0}
.figitem{margin:10px 0 22px}.figitem h3{font-size:15px;margin:0 0 2px}
.figs h4{margin:10px 0 2px}.figs ul{margin:0;padding-left:18px}
@media print{.filters,.hint,#figures{display:none}details.claim{break-inside:avoid}
 .row.head{position:static}body{font-size:11px}}
/*]]>*/"""

_SCRIPT = """//<![CDATA[
(function () {
  var root = document.documentElement;
  root.className += " js";
  var rows = Array.prototype.slice.call(document.querySelectorAll("details.claim"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#filters input[type=checkbox]"));
  var heads = Array.prototype.slice.call(document.querySelectorAll(".group-head"));
  var q = document.getElementById("q"), shown = document.getElementById("shown");
  var ATTENTION = ["refuted", "conditional", "undecided", "error", "disagree"];
  function checked(name) {
    var s = {};
    boxes.forEach(function (b) { if (b.name === name && b.checked) { s[b.value] = 1; } });
    return s;
  }
  function apply() {
    var p = checked("paper"), v = checked("verdict"), t = (q.value || "").toLowerCase(), n = 0;
    rows.forEach(function (r) {
      var ok = p[r.dataset.paper] && v[r.dataset.verdict] &&
        (!t || r.textContent.toLowerCase().indexOf(t) !== -1);
      r.hidden = !ok;
      if (ok) { n += 1; }
    });
    shown.textContent = n + " of " + rows.length + " claims shown";
    heads.forEach(function (h) {
      h.hidden = !rows.some(function (r) { return !r.hidden && r.dataset.paper === h.dataset.group; });
    });
  }
  function set(name, values) {
    boxes.forEach(function (b) {
      if (b.name === name) { b.checked = !values || values.indexOf(b.value) !== -1; }
    });
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  q.addEventListener("input", apply);
  document.getElementById("attention").addEventListener("click", function () {
    set("verdict", ATTENTION); apply();
  });
  document.getElementById("all").addEventListener("click", function () {
    set("verdict", null); set("paper", null); q.value = ""; apply();
  });
  document.getElementById("expand").addEventListener("click", function () {
    rows.forEach(function (r) { if (!r.hidden) { r.open = true; } });
  });
  document.getElementById("collapse").addEventListener("click", function () {
    rows.forEach(function (r) { r.open = false; });
  });
  Array.prototype.slice.call(document.querySelectorAll("a.count, a.paper-link")).forEach(function (a) {
    a.addEventListener("click", function () {
      set("verdict", a.dataset.verdict ? [a.dataset.verdict] : null);
      set("paper", a.dataset.paper ? [a.dataset.paper] : null);
      q.value = ""; apply();
    });
  });
  function openHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id ? document.getElementById(id) : null;
    if (!el || !el.classList.contains("claim")) { return; }
    if (el.hidden) { set("verdict", null); set("paper", null); q.value = ""; apply(); }
    el.open = true;
    el.scrollIntoView();
  }
  window.addEventListener("hashchange", openHash);
  window.addEventListener("beforeprint", function () {  // print every shown claim expanded
    rows.forEach(function (r) { if (!r.hidden) { r.open = true; } });
  });
  apply();
  openHash();
})();
//]]>"""


def write_html(doc: dict, claims: Sequence[Claim], results: Sequence[Result]) -> str:
    """The report as the CLI writes it: time-stamped header, figures rendered, and coverage
    when the shared manuscripts folder is present (``$CLAIMS_MANUSCRIPTS`` or ``../shared``)."""
    from datetime import UTC, datetime

    folder: Path | None = None
    try:
        from claims.text.manuscript import manuscripts_dir

        folder = manuscripts_dir()
    except ImportError:  # pragma: no cover
        folder = None
    if folder is not None and not folder.is_dir():
        folder = None
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return build_html(doc, claims, results, generated=stamp, manuscripts_dir=folder)
