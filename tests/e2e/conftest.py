"""Browser tests: Playwright driving Debian's Chromium against a live server on the demo content.

The demo content is seeded once for the whole package and served by one live server: the pages
under test only read it, and the journeys that write (a new application, an approval) add rows
no other test counts. The database is emptied again when the package is done.

The tests carry a plain `django_db` mark so that pytest-django creates the test database and
runs each test in a transaction the server never sees: a test writes what the server must see
with `tests.e2e.data.committed`. (While Playwright runs, its event loop counts as running in
this thread, and Django keys this thread's connection to it: `site` closes that one itself.)
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.test.utils import override_settings

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
]
SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


@pytest.fixture(scope="package")
def site(browser, django_db_setup, django_db_blocker, tmp_path_factory):
    """A live server on the seeded demo content, shared by every browser test of the package."""
    from django.db import connections
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
        server = LiveServer("localhost")
        mock = f"{server.url}/mock"
        with override_settings(
            ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "localhost"],
            PRIVATE_STORAGE_ROOT=tmp_path_factory.mktemp("private"),
            # An approval forwards the case to the mock ministries on this same server.
            MVD_API_URL=f"{mock}/mvd/v1",
            MID_API_URL=f"{mock}/mid/v1",
            MVD_CALLBACK_URL=f"{server.url}/api/v1/integrations/mvd/decisions/",
        ):
            # Throttle counters live in the (Redis) cache, which outlives a test run.
            cache.clear()
            yield server
            server.stop()
            cache.clear()
        call_command("flush", interactive=False, verbosity=0)
        connections.close_all()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; the tests' ORM calls are
    # still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def new_page(browser):
    """Open a page in a fresh browser context (own cookies) at a named viewport."""
    contexts = []

    def open_page(viewport: str = "desktop", locale: str = "en-GB"):
        context = browser.new_context(viewport=VIEWPORTS[viewport], locale=locale)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def screenshot():
    """Save a full-page screenshot under var/screenshots/ (git-ignored)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str):
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return take


@pytest.fixture
def axe_violations():
    """The WCAG 2.0/2.1/2.2 A and AA violations axe-core (packaged, offline) finds on a page."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def run(page) -> list[str]:
        options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}}
        results = axe.run(page, options=options)
        return [
            f"{violation['id']}: {violation['help']} — "
            + "; ".join(node["target"][0] for node in violation["nodes"][:5])
            for violation in results.response["violations"]
        ]

    return run
