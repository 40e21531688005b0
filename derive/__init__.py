"""Exact and symbolic derivations (SymPy).  Never imports ``claims``."""
