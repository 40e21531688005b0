"""Numerical checks (mpmath, numpy, scipy).  Never imports ``claims``."""
