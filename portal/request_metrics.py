"""Counts and times every request by view name for /metrics (portal.metrics)."""

import functools
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
        _series(view, method, response.status_code).inc()
        _timer(view, method).observe(elapsed)
        return response


_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


# prometheus-client's labels() validates and locks on every call (~4 µs each, a sixtieth of a
# page-cache hit): keep the children, one per series, as it does itself.
@functools.cache
def _series(view: str, method: str, status: int):
    return REQUESTS.labels(view, method, str(status))


@functools.cache
def _timer(view: str, method: str):
    return REQUEST_SECONDS.labels(view, method)


def view_name(request) -> str:
    match = getattr(request, "resolver_match", None)
    if match is not None:
        return match.view_name
    return getattr(request, "page_cache_view", None) or UNRESOLVED
