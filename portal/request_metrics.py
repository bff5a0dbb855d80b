"""Counts and times every request by view name for /metrics (portal.metrics)."""

import time

from portal.metrics import REQUEST_SECONDS, REQUESTS

# A page-cache hit is answered before URL resolution: it is counted under the view that made
# the page (kept with the cached page), or this name for a page stored before that.
UNRESOLVED = "unresolved"


class RequestMetricsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        elapsed = time.perf_counter() - started
        view = view_name(request)
        method = request.method if request.method in _METHODS else "other"
        REQUESTS.labels(view, method, str(response.status_code)).inc()
        REQUEST_SECONDS.labels(view, method).observe(elapsed)
        return response


_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def view_name(request) -> str:
    match = getattr(request, "resolver_match", None)
    if match is not None:
        return match.view_name
    return getattr(request, "page_cache_view", None) or UNRESOLVED
