"""Rate limits on the candidate's endpoints, shared by the API and the pages."""

from portal.throttling import AddressRateThrottle, request_allowed


class CandidateThrottle(AddressRateThrottle):
    """The candidate API's throttle: per client address, per scope."""


def page_request_allowed(request, scope: str) -> bool:
    """Count a page request against the same per-address budget as the API scope `scope`."""
    return request_allowed(request, scope)
