"""Rate limits keyed on the client address, for the API and for plain views alike."""

from types import SimpleNamespace

from rest_framework.settings import api_settings
from rest_framework.throttling import ScopedRateThrottle

from portal.client_address import client_address


class AddressRateThrottle(ScopedRateThrottle):
    """ScopedRateThrottle keyed on the client address that a client cannot choose.

    DRF's own get_ident trusts the whole X-Forwarded-For when NUM_PROXIES is unset, so a new
    header value would get a fresh quota; the rates are read when asked, so overrides apply.
    """

    @property
    def THROTTLE_RATES(self):
        return api_settings.DEFAULT_THROTTLE_RATES

    def get_ident(self, request):
        return client_address(request)


def request_allowed(request, scope: str) -> bool:
    """Count a request of a plain view against the per-address budget of `scope`."""
    return AddressRateThrottle().allow_request(request, SimpleNamespace(throttle_scope=scope))
