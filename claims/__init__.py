"""physics-claims: a claims registry for physics manuscripts, each claim checked by two routes."""

__version__ = "0.1.0"
