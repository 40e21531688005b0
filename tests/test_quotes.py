"""Rule test: every claim is bound to its manuscript by a quote.

For every registered claim: the quote is non-empty, it occurs exactly once in the
paper's manuscript after normalisation (:mod:`claims.text.manuscript`), and a numeric
stated value can be re-read from the manuscript at the quote (inside it or right
after it) as the registry records it.  All offending claim ids are reported in one
message.  The manuscript checks need the shared manuscripts
(``$CLAIMS_MANUSCRIPTS`` or ``<repo>/../shared/manuscripts``) and skip without them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.text.manuscript import manuscripts_dir, read_manuscript, registered_manuscript
from claims.core.registry import default_registry
from claims.text.revision import NOT_AT_QUOTE, bind, is_numeric

ROOT = Path(__file__).resolve().parent.parent
SHARED = manuscripts_dir(ROOT)
REGISTRY = default_registry()
CLAIMS = list(REGISTRY.claims.values())


def test_every_claim_has_a_quote():
    bad = [c.id for c in CLAIMS if not c.quote.strip()]
    assert not bad, f"{len(bad)} claim(s) without a quote: {', '.join(bad)}"


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared manuscripts absent ({SHARED})")
def test_every_quote_is_unique_and_every_stated_value_rereadable():
    problems: list[str] = []
    for key, paper in REGISTRY.papers.items():
        path = registered_manuscript(paper, SHARED)
        if path is None:
            problems.append(f"{key}: manuscript {paper.manuscript} missing from {SHARED}")
            continue
        ms = read_manuscript(path)
        for c in REGISTRY.for_paper(key):
            if not c.quote.strip():
                continue  # reported by test_every_claim_has_a_quote
            n = len(ms.find_all(c.quote))
            if n != 1:
                problems.append(f"{c.id}: quote {'not found' if n == 0 else f'found {n} times'}"
                                f" in {paper.manuscript}: {c.quote!r}")
                continue
            b = bind(c, ms)
            numeric = is_numeric(c.stated)
            if numeric and b.status == "unchanged" and b.note == NOT_AT_QUOTE:
                problems.append(f"{c.id}: stated {c.stated!r} is not in (or right after) its "
                                f"quote {c.quote!r}")
            elif b.status != "unchanged":
                problems.append(f"{c.id}: stated {c.stated!r} not re-read at its quote "
                                f"({b.status}{': ' + b.note if b.note else ''}; read {b.stated!r})")
    assert not problems, (f"{len(problems)} claim(s) not bound to their manuscript:\n  "
                          + "\n  ".join(problems))
