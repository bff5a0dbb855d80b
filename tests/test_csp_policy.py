"""The policy header built once (portal/csp_policy.py) is exactly django-csp's, follows a
settings change, and leaves nonces and per-view policies to django-csp."""

import pytest
from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CSPMiddleware as DjangoCSPMiddleware
from django.http import HttpResponse
from django.test import RequestFactory

from portal.csp_policy import CSPMiddleware


def headers(middleware_class, *, nonce=False, view_update=None, path="/en/"):
    request = RequestFactory().get(path)
    middleware = middleware_class(lambda request: None)
    middleware.process_request(request)
    if nonce:
        str(request.csp_nonce)
    response = HttpResponse("page")
    if view_update:
        response._csp_update = view_update
    middleware.process_response(request, response)
    return {name: response.get(name) for name in (HEADER, HEADER_REPORT_ONLY)}


@pytest.mark.parametrize(
    "case",
    [{}, {"nonce": True}, {"view_update": {"img-src": ["https://maps.example"]}}],
    ids=["plain", "nonce", "view's own"],
)
def test_the_headers_are_django_csps_own(case):
    ours = headers(CSPMiddleware, **case)

    assert ours == headers(DjangoCSPMiddleware, **case)
    assert "default-src 'self'" in ours[HEADER]


def test_a_changed_setting_changes_the_header_at_once(settings):
    before = headers(CSPMiddleware)[HEADER]
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["'none'"]}}

    after = headers(CSPMiddleware)

    assert "default-src 'self'" in before
    assert after[HEADER] == "default-src 'none'"


def test_report_only_mode_sends_only_the_report_only_header(settings):
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = settings.CONTENT_SECURITY_POLICY
    settings.CONTENT_SECURITY_POLICY = None

    sent = headers(CSPMiddleware)

    assert sent[HEADER] is None
    assert "default-src 'self'" in sent[HEADER_REPORT_ONLY]
