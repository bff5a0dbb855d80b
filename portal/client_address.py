"""The client's address: the one value every rate limit and every consent record keys on."""

import ipaddress

from django.conf import settings


def client_address(request) -> str:
    """The connecting address; behind TRUSTED_PROXY_COUNT = N proxies, the N-th X-Forwarded-For
    entry from the right (shared/CONTRACT.md). Anything left of it was written by the client.

    The same rule as DRF's NUM_PROXIES, which only its throttles can reach; here the status page,
    the form and the consent record use it too. An entry that is not an address (a proxy that
    was bypassed or misconfigured) falls back to the connecting address, never to client input.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies < 1 or not forwarded:
        return remote
    entries = [entry.strip() for entry in forwarded.split(",")]
    candidate = entries[-min(proxies, len(entries))]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
