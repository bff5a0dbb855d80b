"""Rate limits on the candidate's endpoints, shared by the API and the status page."""

from types import SimpleNamespace

from rest_framework.settings import api_settings
from rest_framework.throttling import ScopedRateThrottle


class CandidateThrottle(ScopedRateThrottle):
    """ScopedRateThrottle that reads the rates when asked, so settings overrides apply at once."""

    @property
    def THROTTLE_RATES(self):
        return api_settings.DEFAULT_THROTTLE_RATES


def page_request_allowed(request, scope: str) -> bool:
    """Count a page request against the same per-IP budget as the API scope `scope`."""
    return CandidateThrottle().allow_request(request, SimpleNamespace(throttle_scope=scope))
