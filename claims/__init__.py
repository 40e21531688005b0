"""physics-claims: a claims registry for physics manuscripts, each claim checked by two routes."""

from claims.core import probes as _probes

__version__ = "0.1.0"
__claims_probed__ = True  # this module defines no function: nothing to probe

# the project's modules imported from now on carry the route tracer's call probes
_probes.install()
