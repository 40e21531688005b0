"""Checks of the paper package itself; its claims run as test items of
`pytest --claims=note` (set in pyproject.toml's addopts)."""

import subprocess
import sys

from claims.core.registry import build_registry
from claims.text.quotes import check_quotes


def test_records_load_without_importing_an_engine():
    code = ("import sys, note_claims; heavy = [m for m in ('numpy', 'scipy', 'sympy', 'mpmath') "
            "if m in sys.modules]; assert not heavy, heavy")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_quote_is_bound_to_the_manuscript():
    check = check_quotes(build_registry(("note_claims",)), "note")
    assert check.manuscript is not None, check.lines()[0]
    assert not check.problems, "\n".join(check.lines())
