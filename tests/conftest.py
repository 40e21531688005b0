"""Test configuration: a derandomised hypothesis profile for CI, no deadlines."""

import os

# One BLAS thread per test process: pytest-xdist already runs one worker per core, and
# multithreaded OpenBLAS on small matrices oversubscribes the cores (about 7x slower here).
# Set before numpy is first imported by a test module.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("dev", deadline=None, max_examples=60, derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
