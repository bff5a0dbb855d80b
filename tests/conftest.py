"""Service markers: tests that need PostgreSQL, Redis or Chromium are skipped, named, when absent.

With PORTAL_REQUIRE_SERVICES=1 (as in CI) a missing service fails the run instead.
"""

import os

import pytest
from django.conf import settings
from django.utils import translation

from portal.roles import Role, staff_ensure
from tests.factories import RegionFactory


def _postgres_missing() -> str:
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        return ""
    return "needs PostgreSQL: DATABASE_URL is not PostgreSQL and nothing answers on 127.0.0.1:5432"


def _redis_missing() -> str:
    if not settings.REDIS_URL:
        return "needs Redis: REDIS_URL is empty and nothing answers on 127.0.0.1:6379"
    import redis

    try:
        redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError as error:
        return f"needs Redis: {settings.REDIS_URL} does not answer ({error})"
    return ""


def _chromium_missing() -> str:
    from pathlib import Path

    chromium = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
    if not chromium.exists():
        return f"needs Chromium: {chromium} is absent (apt-get install chromium)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "needs Chromium: the playwright package is not installed"
    return ""


# ---- Candidate documents: a folder, or moto's S3 server with DOCUMENT_STORAGE=s3


@pytest.fixture(scope="session")
def s3_server():
    """The URL of a real S3 API server (moto's, in a thread) with the test bucket."""
    from tests.document_storage import start_s3_server

    server, endpoint = start_s3_server()
    yield endpoint
    server.stop()


@pytest.fixture
def s3_documents(settings, s3_server):
    """This test's documents go to the S3 server, under a prefix of their own."""
    from tests.document_storage import use_s3

    use_s3(settings, s3_server)
    return settings


@pytest.fixture(autouse=True)
def _documents_on_s3_when_asked(request):
    if os.environ.get("DOCUMENT_STORAGE") == "s3":
        request.getfixturevalue("s3_documents")


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A request leaves its language active in the thread; later tests must not inherit it."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def no_layout_parts():
    """An empty layout store (portal/layout_cache.py) before and after the test."""
    from portal import layout_cache

    layout_cache._forget_parts()
    yield layout_cache
    layout_cache._forget_parts()


# ---- Staff and regions shared by the apps' tests (a closer conftest may override them)


@pytest.fixture
def kaluga(db):
    return RegionFactory(
        code="RU-KLU", name_en="Kaluga Region", name_ru="Калужская область", is_pilot=True
    )


@pytest.fixture
def moscow(db):
    return RegionFactory(code="RU-MOW", name_en="Moscow", name_ru="Москва", is_pilot=True)


@pytest.fixture
def content_editor(db):
    user, _created = staff_ensure(username="content", role=Role.CONTENT_EDITOR, password="pw")
    return user


SERVICE_CHECKS = {
    "postgres": _postgres_missing,
    "redis": _redis_missing,
    "browser": _chromium_missing,
}


# A browser test's live server answers Chromium from other threads; SQLite's shared in-memory
# test database locks under that, so a browser test needs PostgreSQL too.
IMPLIED_SERVICES = {"browser": ("postgres",)}


def needed_services(item) -> set[str]:
    needed = {marker for marker in SERVICE_CHECKS if item.get_closest_marker(marker)}
    for marker in list(needed):
        needed.update(IMPLIED_SERVICES.get(marker, ()))
    return needed


def pytest_collection_modifyitems(config, items):
    missing = {marker: check() for marker, check in SERVICE_CHECKS.items()}
    required = os.environ.get("PORTAL_REQUIRE_SERVICES") == "1"
    for item in items:
        for marker in needed_services(item):
            reason = missing[marker]
            if reason:
                if required:
                    raise pytest.UsageError(f"PORTAL_REQUIRE_SERVICES=1 but {item.nodeid} {reason}")
                item.add_marker(pytest.mark.skip(reason=reason))
