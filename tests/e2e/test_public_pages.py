import pytest
from django.conf import settings
from django.core.management import call_command

from tests.e2e.conftest import VIEWPORTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def demo_content():
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_reads_in_each_language(live_server, page, demo_content, language, screenshot):
    page.goto(f"{live_server.url}/{language}/")

    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    screenshot(page, f"home-{language}-desktop")


def test_language_switcher_keeps_the_page(live_server, page, demo_content):
    page.goto(f"{live_server.url}/en/?utm=newsletter")

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Русский").click()

    assert page.url == f"{live_server.url}/ru/?utm=newsletter"
    assert page.locator("html").get_attribute("lang") == "ru"


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(live_server, page, demo_content):
    page.goto(f"{live_server.url}/en/")

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_home_page_has_no_accessibility_violations(
    live_server, browser, demo_content, axe_violations, screenshot, language, viewport
):
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    page = context.new_page()
    page.goto(f"{live_server.url}/{language}/")

    assert axe_violations(page) == []
    screenshot(page, f"home-{language}-{viewport}")
    context.close()
