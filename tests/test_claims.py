"""One test per registered claim: the two routes agree and the verdict is the expected one.

Test ids are the claim ids, so ``pytest -k lmg_lgi`` or ``pytest "tests/test_claims.py::test_claim[oqt:norm-preservation]"``
select claims the way ``claims check`` does.
"""

import pytest

from claims.core.model import DEFECTS
from claims.core.registry import default_registry
from claims.core.runner import run_claim

REGISTRY = default_registry()
CLAIMS = list(REGISTRY.claims.values())


@pytest.mark.parametrize("claim", CLAIMS, ids=[c.id for c in CLAIMS])
def test_claim(claim):
    r = run_claim(claim)
    assert r.verdict.value not in DEFECTS, f"{r.verdict.value}: {r.reason}"
    assert r.verdict is claim.expect.verdict, (
        f"verdict {r.verdict.value}, expected {claim.expect.verdict.value}: {r.reason}"
    )
