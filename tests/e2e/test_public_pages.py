"""Every public page type: readable in each language, one h1, screenshots, and no axe findings."""

import pytest
from django.conf import settings

from tests.e2e.pages import PAGE_TYPES, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_reads_in_each_language(site, page, language, screenshot):
    page.goto(f"{site.url}/{language}/")

    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    assert page.locator(".language-switcher [aria-current]").get_attribute("lang") == language
    # The service's own name, translated (English only on the English page).
    assert (page.title().endswith("Time to Live in Russia")) == (language == "en")
    screenshot(page, f"home-{language}-desktop")


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_type_has_no_accessibility_violations(
    site, new_page, axe_violations, screenshot, language, page_type
):
    page = new_page("desktop")
    visit(page, f"{site.url}/{language}", page_type)

    assert axe_violations(page) == []
    screenshot(page, f"{page_type}-{language}-desktop")


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_type_has_one_h1_and_fits_a_phone(site, new_page, screenshot, language, page_type):
    page = new_page("phone")
    visit(page, f"{site.url}/{language}", page_type)

    assert page.locator("h1").count() == 1
    # Nothing wider than the screen: no sideways scrolling on a phone, not even in a table.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.evaluate(
        "[...document.querySelectorAll('.table-scroll')].every(e => e.scrollWidth <= e.clientWidth)"
    )
    screenshot(page, f"{page_type}-{language}-phone")
