"""The revision CI at scale: mutations generated from the registry itself must all be seen.

For a sample of every paper's mentions (the full set runs in ``benchmarks/bench_revision.py``):
a printed value moved outside its interval (``changed``, every other mention unchanged), a print
widened around itself (``changed``), its sentence deleted (``stale``); one coefficient of a
printed formula changed (``changed``, re-judged).  No mutation may pass silently; a few are also
re-judged by running the claim (outside: no longer confirmed; inside: still confirmed;
coefficient: not confirmed).  The counts are printed per paper.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.core.registry import default_registry
from claims.text.manuscript import manuscripts_dir
from claims.text.mutations import self_test

ROOT = Path(__file__).resolve().parent.parent
SHARED = manuscripts_dir(ROOT)
REGISTRY = default_registry()
#: every n-th mutation of each kind and paper (lmg_lgi has over 1000): the sample stays under ~60 s
SAMPLE = {"collapse": 5, "oqt": 1, "lmg_lgi": 20, "lmg_dephasing": 5}
#: Papers whose every sampled mutation must get exactly its required status (lmg_lgi, being
#: rewritten onto the framework, must let none pass silently).
EXACT = ("collapse", "oqt", "lmg_dephasing")


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared manuscripts absent ({SHARED})")
@pytest.mark.parametrize("key", sorted(REGISTRY.papers))
def test_no_mutation_of_the_manuscript_passes_silently(key, capsys):
    rep = self_test(REGISTRY, key, every=SAMPLE.get(key, 4), rejudge=1)
    with capsys.disabled():
        print(f"\n{rep.line()}")
        for f in rep.failures[:10]:
            print(f"  not as required: {f[:160]}")
    assert sum(rep.tried.values()) > 0 or key == "oqt", f"{key}: no mutation generated"
    assert not rep.silent, f"{key}: mutations passed silently:\n  " + "\n  ".join(rep.silent)
    if key in EXACT:
        assert rep.detected == rep.tried, "\n".join(rep.failures)
    assert rep.rejudged == rep.rejudge_tried, "\n".join(rep.failures)


def test_inside_and_outside_prints_stay_clear_of_the_stated_value():
    """The generated prints: an outside interval never reaches the old one (adjacent orders of
    magnitude, overlapping ranges, a printed zero), an inside one contains it; a claim judging
    the number of a bound has that number widened, not the bound loosened."""
    from types import SimpleNamespace

    from claims.core.reading import parse_stated
    from claims.text.mutations import _inside_reading, inside_print, outside_print

    for stated, out in (("∼ 10−12", "∼ 10−10"), ("≈ 7–30", "≈ 700–3000"), ("≈ 0", "≈ 3"),
                        ("0.63", "1.89"), ("≲ 0.050", "≲ 0.0005")):
        assert outside_print(stated, stated) == out
        old, new = parse_stated(stated), parse_stated(out)
        assert not any(x is not None and new.contains(x) for x in (old.lo, old.hi)), stated
    assert inside_print("0.63", "0.63") == "0.63 ± 0.01"
    bound = SimpleNamespace(stated="≲ 0.050", reading="0.050", reading_from="the threshold x")
    assert _inside_reading(bound, "≲ 0.050") == "≲ 0.050 ± 0.001"
    assert _inside_reading(SimpleNamespace(stated="≲ 0.050", reading=""), "≲ 0.050") is None
    assert inside_print("≲ 0.050", "≲ 0.050") == "≲ 0.100"  # a bound judged as a bound
