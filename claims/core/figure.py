"""Figure helpers for the papers' figures: style, a figure factory, a data note, a title.

Each paper keeps its figures beside its claims (``claims/papers/<key>/figures.py``):
zero-argument functions returning a matplotlib Figure, attached to claims with
``Claim(..., figures=(figures.splitting_vs_n,))``; the HTML report calls them (only when
writing HTML) and embeds the PNG.  The first paragraph of each docstring is the caption.

Every figure computes its data by calling the project's engines (``numerics.lmg``,
``numerics.lmg_dephasing``, ``numerics.tdgl``, ``numerics.sse``, and ``numerics.lindblad`` for
the open-system curves such as lmg_lgi's K3(γ_φ)), never a private copy of their
mathematics.  Data are cached per process
(``functools.cache``), random generators are seeded (the seed is printed on the
figure), and figures are built with the object-oriented API (no pyplot state, Agg).
"""

from __future__ import annotations

# matplotlib is imported when a figure is drawn, not when a paper module imports this one:
# the audit without HTML never pays for it, and no global backend is switched (figures are
# bare ``matplotlib.figure.Figure`` objects, rendered to PNG by the Agg canvas).

STYLE = {
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "font.size": 9.5,
    "legend.fontsize": 8.5,
    "legend.frameon": False,
    "svg.hashsalt": "claims",
}


def new_figure(ncols: int = 1, width: float = 7.6, height: float = 3.9):
    import matplotlib
    from matplotlib.figure import Figure

    with matplotlib.rc_context(STYLE):
        fig = Figure(figsize=(width, height), layout="constrained")
        axes = fig.subplots(1, ncols, squeeze=False)[0]
    for ax in axes:
        ax.grid(True, alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
    return fig, axes


def note(fig, text: str) -> None:
    """Where the data come from, in small print under the axes (inside the layout)."""
    fig.supxlabel(text, x=0.995, ha="right", fontsize=7, color="0.45")




def titled(title: str):
    """Give a figure function its short title for the report's figure index."""

    def mark(fn):
        fn.figure_title = title
        return fn

    return mark
