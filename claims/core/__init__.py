"""The checker's core: claim records, judges, the reading policy, registry, runner and cache."""
