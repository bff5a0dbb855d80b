"""No input gets a 5xx: NUL and invalid UTF-8 anywhere, hostile JSON bodies, HEAD on every GET.

Endpoints come from the URL conf (tests/url_catalogue.py), so a new one is covered as it lands.
"""

import socket
import uuid

import django_filters
import pytest
from django.conf import settings
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.parsers import JSONParser
from rest_framework.views import APIView

from portal import webhook_signature
from portal.api_parsers import LimitedJSONParser
from portal.request_guard import UNREADABLE_VALUE
from portal.roles import Role, staff_ensure
from tests.factories import (
    TEST_ACCESS_CODE,
    FaqFactory,
    InfoPageFactory,
    JourneyStepFactory,
    LegalDocumentFactory,
    RegionFactory,
    SubmittedApplicationFactory,
    SuccessStoryFactory,
    SupportMeasureFactory,
)
from tests.url_catalogue import json_routes, routes

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    """Hundreds of requests per test: the limits are tested in tests/applications."""
    rates = settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": dict.fromkeys(rates, "100000/minute"),
    }
    cache.clear()
    yield
    cache.clear()


def filter_names() -> set[str]:
    """Every filter of every FilterSet, plus the parameters views read themselves."""
    names = {"q", "topic", "page", "lang", "category", "version"}
    pending = list(django_filters.FilterSet.__subclasses__())
    while pending:
        filterset = pending.pop()
        names.update(filterset.base_filters)
        pending.extend(filterset.__subclasses__())
    return names


@pytest.fixture
def samples(declaration_version):
    """Published objects for the detail routes, by route name."""
    region = RegionFactory(code="RU-KLU")
    measure = SupportMeasureFactory(region=region)
    document = LegalDocumentFactory()
    story = SuccessStoryFactory(region=region)
    page = InfoPageFactory()
    FaqFactory()
    JourneyStepFactory()
    case = {"reference": SubmittedApplicationFactory().reference}
    return {
        "api-document-detail": {"slug": document.slug},
        "api-story-detail": {"slug": story.slug},
        "api-region-detail": {"code": region.code},
        "api-region-measures": {"code": region.code},
        "api-application-status": case,
        "api-application-documents": case,
        "api-operator-transition": case,
        "content:legal_detail": {"slug": document.slug},
        "content:story_detail": {"slug": story.slug},
        "content:page_detail": {"slug": page.slug},
        "regions:region_detail": {"code": region.code},
        "regions:measure_detail": {"slug": measure.slug},
    }


@pytest.fixture
def declaration_version():
    from tests.factories import DeclarationVersionFactory

    return DeclarationVersionFactory(version="2025-1")


def concrete_paths(samples) -> list[str]:
    return [route.path(samples.get(route.name)) for route in routes()]


# ---- NUL and invalid UTF-8 in query strings, paths and form fields


UNREADABLE_VALUES = ["%00", "a%00b", "%FF", "%C3%28"]


@pytest.mark.parametrize("value", UNREADABLE_VALUES)
def test_every_filter_of_every_page_ignores_nul_and_invalid_utf8(client, samples, value):
    failures = {}
    for route in routes():
        if route.template.startswith(("api/", "mock/")):
            continue
        path = route.path(samples.get(route.name))
        # A fresh session per page: a sign-in that an earlier route (the ESIA callback) failed
        # rightly makes /account/signin/problem/ answer with that failure's 400.
        client.cookies.clear()
        for name in sorted(filter_names()):
            response = client.get(f"{path}?{name}={value}")
            if response.status_code >= 500 or response.status_code == 400:
                failures[f"{path}?{name}={value}"] = response.status_code

    assert failures == {}


@pytest.mark.parametrize("value", UNREADABLE_VALUES)
def test_every_filter_of_every_json_endpoint_refuses_nul_and_invalid_utf8(client, samples, value):
    failures = {}
    for route in json_routes():
        path = route.path(samples.get(route.name))
        for name in sorted(filter_names()):
            response = client.get(f"{path}?{name}={value}")
            error = response.json()["error"] if response.status_code == 400 else {}
            if error.get("fields") != {name: [UNREADABLE_VALUE]}:
                failures[f"{path}?{name}={value}"] = (response.status_code, error)

    assert failures == {}


def test_site_search_with_nul_finds_nothing_instead_of_failing(client):
    FaqFactory(question_en="How do I get a visa?")

    response = client.get("/ru/search/?q=visa%00")

    assert response.status_code == 200
    assert '<html lang="ru">' in response.text


def test_a_story_filter_with_nul_is_an_unknown_value(client, samples):
    response = client.get("/en/stories/?region=RU%00KLU")

    assert response.status_code == 200
    assert "Unknown region" in response.text


def test_a_form_that_cannot_be_read_is_a_translated_400_page(client):
    response = client.post(
        "/ru/apply/status/", {"reference": "TLR-2026-\x00", "access_code": "x", "action": "lookup"}
    )

    assert response.status_code == 400
    assert '<html lang="ru">' in response.text
    assert "Запрос не удалось прочитать" in response.text


def test_api_filters_with_nul_answer_the_error_shape(client):
    response = client.get("/api/v1/measures/?region=%00")

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_request"
    assert response.json()["error"]["fields"] == {"region": [UNREADABLE_VALUE]}


def test_readable_unicode_still_searches(client):
    assert client.get("/en/search/?q=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0").status_code == 200
    assert client.get("/en/search/?q=caf%C3%A9+%2B+tea").status_code == 200


def test_a_nul_in_the_path_is_a_404(client):
    page = client.get("/en/regions/RU%00KLU/")
    api = client.get("/api/v1/regions/RU%00KLU/")

    assert page.status_code == 404
    assert "Page not found" in page.text
    assert api.status_code == 404
    assert api.json()["error"]["code"] == "not_found"


def test_invalid_utf8_in_a_posted_form_body_is_a_400(client):
    response = client.post(
        "/en/apply/status/",
        b"action=lookup&reference=%FF&access_code=x",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 400


def test_a_nul_in_a_multipart_form_field_is_a_400(client):
    response = client.post("/en/apply/step/1/", {"first_name": "Ju\x00rgen", "action": "next"})

    assert response.status_code == 400


# ---- JSON bodies on every JSON endpoint


@pytest.fixture
def operator_token():
    user, _created = staff_ensure(username="olga", role=Role.OPERATOR, password="pw")
    return Token.objects.create(user=user).key


def headers_for(path: str, body: bytes, operator_token: str) -> dict:
    """What each endpoint checks before it reads the body: token, signature, idempotency key."""
    headers = {"Idempotency-Key": str(uuid.uuid4()), "X-Access-Code": TEST_ACCESS_CODE}
    if path.startswith("/mock/mvd/"):
        headers["Authorization"] = f"Bearer {settings.MVD_API_TOKEN}"
    elif path.startswith("/mock/mid/"):
        headers["Authorization"] = f"Bearer {settings.MID_API_TOKEN}"
    elif path.startswith("/api/v1/operator/"):
        headers["Authorization"] = f"Token {operator_token}"
    elif path.startswith("/api/v1/integrations/mvd/"):
        headers |= webhook_signature.signed_headers(body, settings.MVD_CALLBACK_SECRET)
    return headers


def post_json(client, path: str, body: bytes, operator_token: str):
    headers = headers_for(path, body, operator_token)
    return client.post(path, body, content_type="application/json", headers=headers)


def body_reading_paths(client, samples, operator_token) -> list[str]:
    """JSON endpoints that read a JSON body (others answer 405 or 415 to any)."""
    paths = [route.path(samples.get(route.name)) for route in json_routes()]
    reading = [p for p in paths if post_json(client, p, b"{}", operator_token).status_code]
    return [
        p
        for p in reading
        if post_json(client, p, b"{}", operator_token).status_code not in (405, 415)
    ]


def assert_error_shape(response, status: int, code: str):
    assert response.status_code == status, (response.request["PATH_INFO"], response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == code
    assert set(error) == {"code", "message", "fields"}


def test_the_json_endpoints_that_read_a_body_are_found(client, samples, operator_token):
    paths = body_reading_paths(client, samples, operator_token)

    assert "/api/v1/applications/" in paths
    assert "/api/v1/integrations/mvd/decisions/" in paths
    reference = samples["api-operator-transition"]["reference"]
    assert f"/api/v1/operator/applications/{reference}/transition/" in paths
    assert "/mock/mvd/v1/cases/" in paths
    assert "/mock/mid/v1/visa-requests/" in paths


@pytest.mark.parametrize("depth", [33, 1000, 100_000])
def test_every_json_endpoint_refuses_deep_nesting(client, samples, operator_token, depth):
    body = ("[" * depth + "]" * depth).encode()
    for path in body_reading_paths(client, samples, operator_token):
        assert_error_shape(post_json(client, path, body, operator_token), 400, "too_deep")


def test_nesting_of_32_levels_is_still_read(client, samples, operator_token):
    body = ('{"a":' * 31 + "[1]" + "}" * 31).encode()
    for path in body_reading_paths(client, samples, operator_token):
        response = post_json(client, path, body, operator_token)
        assert response.status_code < 500
        if response.status_code == 400 and "code" in response.json().get("error", {}):
            assert response.json()["error"]["code"] != "too_deep"


@pytest.mark.parametrize("body", [b'{"a": ', b"\xff\xfe{}", b"NaN"])
def test_every_json_endpoint_refuses_what_is_not_json(client, samples, operator_token, body):
    for path in body_reading_paths(client, samples, operator_token):
        assert_error_shape(post_json(client, path, body, operator_token), 400, "parse_error")


def test_a_nul_in_a_json_field_names_the_field_in_the_api(client):
    body = b'{"first_name": "Eva\\u0000", "note": "x"}'

    response = client.post("/api/v1/applications/", body, content_type="application/json")

    assert response.status_code == 400
    assert "first_name" in response.json()["error"]["fields"]


@pytest.mark.parametrize("path", ["/mock/mvd/v1/cases/", "/mock/mvd/_control/"])
def test_a_nul_in_a_json_body_of_the_mocks_is_a_400(client, operator_token, path):
    body = b'{"mode": "ok\\u0000", "reference": "a\\u0000"}'

    assert_error_shape(post_json(client, path, body, operator_token), 400, "parse_error")


def test_every_json_endpoint_refuses_an_oversized_body_with_413(client, samples, operator_token):
    body = b'{"note": "' + b"x" * settings.API_MAX_BODY_BYTES + b'"}'
    for route in json_routes():
        path = route.path(samples.get(route.name))
        assert_error_shape(post_json(client, path, body, operator_token), 413, "too_large")


def test_the_body_limit_follows_the_setting(client, settings):
    settings.API_MAX_BODY_BYTES = 100

    response = client.post(
        "/api/v1/applications/", {"x": "y" * 200}, content_type="application/json"
    )

    assert_error_shape(response, 413, "too_large")


def test_every_api_view_reads_json_through_the_limited_parser():
    for route in routes():
        view = route.view
        if isinstance(view, type) and issubclass(view, APIView):
            json_parsers = [p for p in view.parser_classes if issubclass(p, JSONParser)]
            assert all(issubclass(p, LimitedJSONParser) for p in json_parsers), route.name


# ---- HEAD answers on every GET URL


def test_head_answers_as_get_on_every_url(client, samples):
    differences = {}
    for path in concrete_paths(samples):
        get = client.get(path)
        if get.status_code == 405:
            continue
        head = client.head(path)
        if head.status_code != get.status_code:
            differences[path] = (get.status_code, head.status_code)

    assert differences == {}


@pytest.mark.parametrize(
    "path", ["/en/", "/en/faq/", "/en/search/?q=visa", "/sitemap.xml", "/healthz", "/api/v1/faqs/"]
)
def test_head_of_a_contract_page_is_200(client, samples, path):
    assert client.head(path).status_code == 200


def test_head_sends_no_body_over_http(live_server):
    host, port = live_server.thread.host, live_server.thread.port
    with socket.create_connection((host, port), timeout=10) as connection:
        connection.sendall(b"HEAD /en/ HTTP/1.0\r\nHost: localhost\r\n\r\n")
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk

    head, _separator, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200") or head.startswith(b"HTTP/1.0 200")
    assert b"Content-Length" in head
    assert body == b""


def test_the_schema_documents_the_guards_answers(client):
    schema = client.get("/api/schema/", headers={"accept": "application/json"}).json()

    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            assert "400" in operation["responses"], (method, path)
            if "application/json" in operation.get("requestBody", {}).get("content", {}):
                assert "413" in operation["responses"], (method, path)
