"""The manuscript layer: reading manuscripts, binding claims to text, coverage, revisions."""
