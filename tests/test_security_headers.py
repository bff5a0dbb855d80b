"""Content-Security-Policy and Permissions-Policy on every response, strict; the CSP report
endpoint logs violations, is throttled and never fails on junk."""

import json
import logging
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache

from portal.roles import Role, staff_ensure
from tests.factories import RegionFactory, SubmittedApplicationFactory

pytestmark = pytest.mark.django_db

PUBLIC = ["/en/", "/ru/faq/", "/de/search/?q=visa", "/en/apply/", "/en/apply/status/"]
OTHER = ["/api/docs/", "/api/schema/", "/api/v1/faqs/", "/healthz", "/en/no-such-page/"]


def policy(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    directives = (part.split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in directives}


def assert_strict(response):
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["report-uri"] == ["/csp-report/"]
    assert "unsafe" not in response.headers["Content-Security-Policy"]
    permissions = response.headers["Permissions-Policy"]
    for feature in ("camera", "geolocation", "microphone", "payment", "usb"):
        assert f"{feature}=()" in permissions


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize("path", PUBLIC + OTHER)
def test_public_pages_api_and_docs_carry_a_strict_policy(client, path):
    RegionFactory(code="RU-KLU")

    assert_strict(client.get(path))


def test_the_admin_carries_a_strict_policy(client):
    case = SubmittedApplicationFactory()
    assert_strict(client.get("/admin/login/"))
    user, _created = staff_ensure(username="olga", role=Role.OPERATOR, password="pw")
    client.force_login(user)

    assert_strict(client.get("/admin/"))
    assert_strict(client.get(f"/admin/applications/application/{case.pk}/change/"))


def test_swagger_ui_loads_its_start_up_script_as_a_file(client):
    page = client.get("/api/docs/").text
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, re.S)

    assert scripts
    assert all("src=" in attributes and not body.strip() for attributes, body in scripts)
    assert "<style" not in page
    assert client.get("/api/docs/?script=")["Content-Type"].startswith("application/javascript")


def test_templates_hold_no_inline_script_or_style_attribute():
    offending = []
    for template in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        text = template.read_text()
        for attributes, body in re.findall(r"<script([^>]*)>(.*?)</script>", text, re.S):
            if body.strip() and "application/json" not in attributes:
                offending.append(f"{template}: inline script")
        if re.search(r"\sstyle\s*=", text) or re.search(r"\son[a-z]+\s*=", text):
            offending.append(f"{template}: style or event attribute")
        if "<style" in text:
            offending.append(f"{template}: <style> element")

    assert offending == []


# ---- The report endpoint


REPORT = {
    "csp-report": {
        "document-uri": "https://portal.example.org/en/",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "blocked-uri": "inline",
        "source-file": "https://portal.example.org/en/",
        "line-number": 12,
    }
}


def send(client, body, content_type="application/csp-report", **extra):
    data = body if isinstance(body, bytes | str) else json.dumps(body)
    return client.post("/csp-report/", data, content_type=content_type, **extra)


def test_a_violation_report_is_logged(client, caplog):
    with caplog.at_level(logging.WARNING, logger="portal.csp"):
        response = send(client, REPORT)

    assert response.status_code == 204
    [record] = [r for r in caplog.records if r.name == "portal.csp"]
    assert "script-src-elem blocked inline on https://portal.example.org/en/" in record.message


def test_a_reporting_api_batch_is_logged(client, caplog):
    batch = [
        {
            "type": "csp-violation",
            "body": {"documentURL": "https://portal.example.org/de/", "blockedURL": "eval"},
        }
    ]
    with caplog.at_level(logging.WARNING, logger="portal.csp"):
        response = send(client, batch, content_type="application/reports+json")

    assert response.status_code == 204
    assert "blocked eval on https://portal.example.org/de/" in caplog.text


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"\xff\xfe",
        b'{"csp-report": "x"}',
        b"[1, 2, 3]",
        b'{"csp-report": {"blocked-uri": "a\\u0000b"}}',
        ("[" * 5000 + "]" * 5000).encode(),
        b'{"csp-report": {"blocked-uri": ' + b'"' + b"x" * 40_000 + b'"}}',
    ],
)
def test_junk_is_refused_with_a_4xx(client, body):
    response = send(client, body)

    assert 400 <= response.status_code < 500
    assert response.json()["error"]["code"]


def test_reports_are_throttled_per_address(client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "csp_report": "3/minute",
        },
    }

    statuses = [
        send(client, REPORT, headers={"x-forwarded-for": f"198.51.100.{i}"}).status_code
        for i in range(4)
    ]

    assert statuses == [204, 204, 204, 429]


def test_the_report_endpoint_takes_only_post(client):
    assert client.get("/csp-report/").status_code == 405
