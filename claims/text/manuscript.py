"""Read a manuscript and normalise it, keeping a map back to its lines.

A manuscript arrives as plain text extracted from a PDF (broken lines, lost
superscripts, Unicode minus signs, ligatures), as Markdown, as LaTeX source,
or as a PDF (read with the pure-Python extractor ``pypdf``).  Whatever the
format, it becomes *display text* with the same lines as the source file
(Markdown and LaTeX markup is stripped line by line, so line numbers stay the
source's), and then *normalised text* for matching claim quotes:

* NFKC (ligatures ``ﬁ`` -> ``fi``, ``ℏ`` -> ``ħ``, superscript digits -> digits),
* every Unicode minus sign and dash -> ``-``,
* every run of whitespace, newlines included -> one space.

Normalisation is robust to reflowed lines: a quote copied from one line is
found whatever the line breaks of a later revision.  Each character of the
normalised text maps back to an offset of the display text, hence to a line.

Manuscript text is data: nothing here evaluates it.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

#: Dashes and minus signs that all mean '-' once normalised.
DASHES = "\u2212\u2010\u2011\u2012\u2013\u2014\u2015\ufe63\uff0d\u2043"
_DASH_MAP = {ord(c): "-" for c in DASHES}

FORMATS = ("text", "markdown", "latex", "pdf")
_SUFFIX_FORMAT = {".md": "markdown", ".markdown": "markdown", ".tex": "latex", ".pdf": "pdf"}


class ManuscriptError(ValueError):
    """The manuscript cannot be read (missing, unreadable, unsupported)."""


# --- normalisation ------------------------------------------------------------------------

_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")  # change nothing a reader sees


def normalise_char(ch: str) -> str:
    """One display character in normalised form (may be empty or several characters).

    Invisible characters (zero-width space, joiner and non-joiner, word joiner, BOM, soft
    hyphen) are dropped: they change nothing a reader sees.  Bidirectional controls are kept:
    they change what a reader sees, and the strict number reader reports them.
    """
    if ch in _INVISIBLE:
        return ""
    if ch in DASHES:
        return "-"
    if ch.isspace():
        return " "
    out = unicodedata.normalize("NFKC", ch)
    return out.translate(_DASH_MAP)


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised ``text`` and, for each normalised character, its offset in ``text``.

    Whitespace runs collapse to one space (leading and trailing space dropped).
    """
    out: list[str] = []
    where: list[int] = []
    pending_space = -1
    for i, ch in enumerate(text):
        n = normalise_char(ch)
        if not n:
            continue
        for c in n:
            if c.isspace():
                if out and pending_space < 0:
                    pending_space = i
                continue
            if pending_space >= 0:
                out.append(" ")
                where.append(pending_space)
                pending_space = -1
            out.append(c)
            where.append(i)
    return "".join(out), where


def normalise(text: str) -> str:
    """Normalised form of a snippet (a quote): see the module docstring."""
    return normalise_with_map(text)[0]


# --- the manuscript ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Manuscript:
    """A manuscript's display text, its normalised form and the map between them.

    Attributes
    ----------
    path
        Where it was read from (or a name for synthetic texts).
    format
        One of :data:`FORMATS`.
    text
        Display text: markup stripped, one line per source line.
    norm
        Normalised text (see the module docstring).
    norm_to_text
        ``norm_to_text[i]`` is the offset in ``text`` of ``norm[i]``.
    """

    path: str
    format: str
    text: str
    norm: str = field(repr=False, default="")
    norm_to_text: list[int] = field(repr=False, default_factory=list)
    _line_starts: list[int] = field(repr=False, default_factory=list)

    @classmethod
    def from_text(cls, text: str, path: str = "<text>", fmt: str = "text") -> Manuscript:
        norm, where = normalise_with_map(text)
        starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        return cls(path, fmt, text, norm, where, starts)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def line_of_offset(self, offset: int) -> int:
        """1-based line number of a display-text offset."""
        return bisect.bisect_right(self._line_starts, offset)

    def line_of(self, norm_index: int) -> int:
        """1-based line number of a normalised-text index."""
        if not self.norm_to_text:
            return 1
        i = min(max(norm_index, 0), len(self.norm_to_text) - 1)
        return self.line_of_offset(self.norm_to_text[i])

    def line_text(self, lineno: int) -> str:
        lines = self.lines
        return lines[lineno - 1] if 1 <= lineno <= len(lines) else ""

    def text_span(self, a: int, b: int) -> tuple[int, int]:
        """Display-text span [start, end) of the normalised span [a, b)."""
        if a >= b or not self.norm_to_text:
            return (0, 0)
        return (self.norm_to_text[a], self.norm_to_text[b - 1] + 1)

    def find_all(self, snippet: str) -> list[int]:
        """Normalised start indices of every occurrence of ``snippet`` (normalised first)."""
        q = normalise(snippet)
        if not q:
            return []
        out, i = [], self.norm.find(q)
        while i >= 0:
            out.append(i)
            i = self.norm.find(q, i + 1)
        return out


# --- reading -----------------------------------------------------------------------------------

def detect_format(path: str | Path) -> str:
    return _SUFFIX_FORMAT.get(Path(path).suffix.lower(), "text")


def read_manuscript(path: str | Path, fmt: str | None = None) -> Manuscript:
    """Read a manuscript file in any supported format.

    Raises
    ------
    ManuscriptError
        Missing or unreadable file, unsupported PDF, missing ``pypdf``.
    """
    p = Path(path)
    fmt = fmt or detect_format(p)
    if fmt not in FORMATS:
        raise ManuscriptError(f"unknown manuscript format {fmt!r}; choose from {', '.join(FORMATS)}")
    if not p.is_file():
        raise ManuscriptError(f"manuscript {p} not found (or not a file)")
    size = p.stat().st_size
    if size >= MAX_BYTES:
        raise ManuscriptError(f"manuscript {p} is {size / 2**20:.0f} MB, over the {MAX_BYTES // 2**20} MB "
                              "limit; give the manuscript text alone (no embedded data)")
    if size == 0:
        raise ManuscriptError(f"manuscript {p} is empty; give the manuscript's text")
    if fmt == "pdf":
        return Manuscript.from_text(pdf_to_text(p), str(p), fmt)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise ManuscriptError(f"cannot read manuscript {p}: {e.strerror}") from None
    text = decode_text(raw, p)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if fmt == "markdown":
        text = markdown_to_text(text)
    elif fmt == "latex":
        text = latex_to_text(text)
    return Manuscript.from_text(text, str(p), fmt)


MAX_BYTES = 100 * 2**20  # a manuscript's text is a few hundred kB; 100 MB is not a manuscript


def decode_text(raw: bytes, p: Path) -> str:
    """UTF-8 text of a manuscript file, or a one-line error saying what it is and what to do."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or _looks_utf16(raw[:4096]):
        raise ManuscriptError(f"manuscript {p} is UTF-16 text; convert it to UTF-8 "
                              f"(iconv -f UTF-16 -t UTF-8 {p.name} > {p.stem}-utf8{p.suffix})")
    if b"\x00" in raw[:4096]:
        raise ManuscriptError(f"manuscript {p} looks binary; give a .pdf, .tex, .md or text file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ManuscriptError(
            f"manuscript {p} is not UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start}); if it is "
            f"Latin-1, convert it: iconv -f LATIN1 -t UTF-8 {p.name} > {p.stem}-utf8{p.suffix}") from None
    if not text.strip():
        raise ManuscriptError(f"manuscript {p} contains only white space; give the manuscript's text")
    return text


def _looks_utf16(head: bytes) -> bool:
    """Without a BOM: text in UTF-16 has a NUL in every other byte."""
    if len(head) < 16:
        return False
    odd, even = head[1::2], head[0::2]
    return odd.count(0) > 0.6 * len(odd) or even.count(0) > 0.6 * len(even)


def pdf_to_text(path: Path) -> str:
    """Plain text of a PDF through ``pypdf`` (pure Python), pages separated by blank lines."""
    try:
        import pypdf
    except ImportError:
        raise ManuscriptError(
            "reading a PDF needs the pure-Python extractor pypdf: pip install pypdf "
            "(or give the manuscript as text, Markdown or LaTeX)") from None
    try:
        reader = pypdf.PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as e:  # noqa: BLE001 - any extractor failure is an input problem
        raise ManuscriptError(f"cannot extract text from PDF {path}: {type(e).__name__}: {e}") from None
    text = "\n\n".join(pages).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ManuscriptError(f"PDF {path} has no extractable text (a scanned image?)")
    return text


# --- light markup stripping (line by line, so line numbers are the source's) ---------------

_MD_SUBS = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]]+)\]\((?:[^)]*)\)"), r"\1"),  # links -> text
    (re.compile(r"^\s{0,3}#{1,6}\s+"), ""),  # headings
    (re.compile(r"^\s{0,3}>\s?"), ""),  # block quotes
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"`([^`]*)`"), r"\1"),  # inline code
]


def markdown_to_text(text: str) -> str:
    """Markdown to display text: emphasis, links, headings and ``$`` math stripped lightly."""
    out = []
    for line in text.split("\n"):
        if re.match(r"^\s*(```|~~~)", line):
            out.append("")
            continue
        for rx, rep in _MD_SUBS:
            line = rx.sub(rep, line)
        if re.match(r"^\s*\|?\s*:?-{3,}", line):  # table separator row
            line = ""
        line = line.replace("|", " ")
        out.append(_latex_line(line) if ("$" in line or "\\" in line) else line)
    return "\n".join(out)


LATEX_SYMBOLS = {
    "approx": "≈", "simeq": "≃", "cong": "≅", "sim": "∼", "lesssim": "≲", "gtrsim": "≳",
    "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "ll": "≪", "gg": "≫", "neq": "≠", "ne": "≠",
    "pm": "±", "mp": "∓", "times": "×", "cdot": "·", "hbar": "ℏ", "infty": "∞", "to": "→",
    "rightarrow": "→", "leftarrow": "←", "propto": "∝", "partial": "∂", "nabla": "∇",
    "sum": "∑", "prod": "∏", "int": "∫", "sqrt": "√", "langle": "⟨", "rangle": "⟩",
    "ell": "ℓ", "degree": "°", "circ": "°", "dagger": "†", "ast": "∗", "star": "⋆",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ",
    "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ",
    "omega": "ω", "Gamma": "Γ", "Delta": "∆", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ",
    "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    "%": "%", "&": "&", "_": "_", "#": "#", "$": "$", "{": "{", "}": "}",
    ",": " ", ";": " ", ":": " ", "!": "", " ": " ", "quad": " ", "qquad": " ",
    "ldots": "...", "dots": "...", "cdots": "...", "textendash": "–", "textemdash": "—",
    "textasciitilde": "~", "S": "§", "textmu": "µ", "micro": "µ",
}
_SUPER = str.maketrans("0123456789+-−=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿ")
_SUB = str.maketrans("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎")
_DROP_WITH_ARG = ("label", "cite", "citep", "citet", "ref", "eqref", "autoref", "cref", "Cref",
                  "url", "href", "includegraphics", "bibliography", "bibliographystyle",
                  "vspace", "hspace", "documentclass", "usepackage", "newcommand",
                  "renewcommand", "begin", "end")
_REPLACE_ARG = {"cite": "[*]", "citep": "[*]", "citet": "[*]", "ref": "*", "eqref": "(*)",
                "autoref": "*", "cref": "*", "Cref": "*"}


def latex_to_text(text: str) -> str:
    """LaTeX source to display text, line by line (comments, environments, markup stripped)."""
    return "\n".join(_latex_line(_strip_comment(line)) for line in text.split("\n"))


def _strip_comment(line: str) -> str:
    m = re.search(r"(?<!\\)%", line)
    return line[: m.start()] if m else line


def _latex_line(line: str) -> str:
    s = line
    s = re.sub(r"\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}", r"\1/\2", s)
    s = re.sub(r"\\(?:tfrac|dfrac)\s*\{([^{}]*)\}\s*\{([^{}]*)\}", r"\1/\2", s)
    s = re.sub(r"\^\{([^{}]*)\}", lambda m: _script(m.group(1), _SUPER, "^"), s)
    s = re.sub(r"\^([0-9+\-−])", lambda m: m.group(1).translate(_SUPER), s)
    s = re.sub(r"_\{([^{}]*)\}", lambda m: _script(m.group(1), _SUB, "_"), s)
    s = re.sub(r"_([0-9])", lambda m: m.group(1).translate(_SUB), s)
    s = re.sub(r"\\(%s)\*?\s*(?:\[[^\]]*\])?\s*\{([^{}]*)\}" % "|".join(_DROP_WITH_ARG),
               lambda m: _REPLACE_ARG.get(m.group(1), ""), s)
    s = re.sub(r"\\([A-Za-z]+)|\\([%&_#${},;:! ])",
               lambda m: LATEX_SYMBOLS.get(m.group(1) or m.group(2), ""), s)
    s = s.replace("$", "").replace("{", "").replace("}", "")
    s = re.sub(r"(?<=\S)~(?=\S)", " ", s)  # a tie is a space
    return s


def _script(body: str, table: dict, mark: str) -> str:
    body = re.sub(r"\\([A-Za-z]+)\s?", lambda m: LATEX_SYMBOLS.get(m.group(1), ""), body)
    if all(c in "0123456789+-−=()n " for c in body):
        return body.replace(" ", "").translate(table)
    return body if mark == "_" else f"^{body}" if len(body) > 1 else body


# --- where the shared manuscripts are --------------------------------------------------------

def manuscripts_dir(repo_root: str | Path | None = None) -> Path:
    """The shared manuscripts folder (see :func:`claims.core.plugins.manuscripts_dir`)."""
    from claims.core.plugins import manuscripts_dir as folder

    return folder(repo_root)


def registered_manuscript(paper, folder: Path | None = None) -> Path | None:
    """Path of a registered paper's manuscript in the shared folder, or None when absent."""
    p = (folder or manuscripts_dir()) / paper.manuscript
    return p if p.is_file() else None
