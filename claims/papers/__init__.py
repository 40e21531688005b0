"""One module per paper: ``PAPER`` (a Paper record) and ``CLAIMS`` (a literal table of claims)."""
