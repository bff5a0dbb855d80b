"""Each step of the candidate form with its errors showing, the confirmation and the case page:
no axe findings, and screenshots at desktop and phone width."""

import datetime

import pytest
from django.conf import settings

from applications import services
from regions.models import Region
from tests.e2e.data import committed, session_with
from tests.factories import TEST_ACCESS_CODE, ApplicationFactory, SubmittedApplicationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

CONTINUE = 'button[value="next"]:not(.visually-hidden)'
# What each step needs pressed to show its errors (step 7 shows the missing answers as it is).
SHOW_ERRORS = {
    1: [CONTINUE],
    2: [CONTINUE],
    3: ['button[value="add"]', CONTINUE],
    4: [CONTINUE],
    5: ['button[value="upload"]'],
    6: [CONTINUE],
    7: [],
}


def started_draft():
    """A draft with only step 1 answered, as a candidate leaves it after the first page."""
    return services.draft_start(
        fields={
            "first_name": "Ana",
            "last_name": "Petrovic",
            "date_of_birth": datetime.date(1990, 5, 17),
            "citizenship": "RS",
            "email": "ana.petrovic@example.org",
            "preferred_language": "en",
        }
    )


def complete_draft():
    return ApplicationFactory(
        declaration_version__version="2025-1", regions=[Region.objects.get(code="RU-KLU")]
    )


def submitted_case():
    return SubmittedApplicationFactory(
        declaration_version__version="2025-1", regions=[Region.objects.get(code="RU-KLU")]
    )


@pytest.fixture
def open_draft(site, new_page):
    """A browser whose session holds `draft`, as if the candidate had filled in its steps."""

    def open_page(draft, viewport="desktop"):
        key = committed(session_with, {"applications.draft": str(draft.uuid)})
        page = new_page(viewport)
        cookie = {"name": settings.SESSION_COOKIE_NAME, "value": key, "url": site.url}
        page.context.add_cookies([cookie])
        return page

    return open_page


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("step", SHOW_ERRORS)
def test_form_step_with_errors_has_no_accessibility_violations(
    site, open_draft, axe_violations, screenshot, language, step
):
    draft = committed(started_draft)
    # axe at desktop width in both languages; the English pages at phone width for the eye.
    for viewport in ("desktop", "phone") if language == "en" else ("desktop",):
        page = open_draft(draft, viewport)
        page.goto(f"{site.url}/{language}/apply/step/{step}/")
        if step == 1:
            for name in ("first_name", "last_name", "email"):
                page.fill(f"#id_{name}", "")
        for button in SHOW_ERRORS[step]:
            with page.expect_navigation():
                page.click(button)

        assert page.locator(".error-summary").count() == 1
        assert page.locator("h1").count() == 1
        if viewport == "desktop":
            assert axe_violations(page) == []
        screenshot(page, f"apply-step-{step}-errors-{language}-{viewport}")


@pytest.mark.parametrize("language", ["en", "ru"])
def test_confirmation_and_case_page_have_no_accessibility_violations(
    site, open_draft, new_page, axe_violations, screenshot, language
):
    page = open_draft(committed(complete_draft))
    page.goto(f"{site.url}/{language}/apply/step/7/")
    with page.expect_navigation():
        page.click('button[value="submit"]')

    assert page.locator(".confirmation").count() == 1
    assert axe_violations(page) == []
    screenshot(page, f"apply-confirmation-{language}-desktop")

    case = committed(submitted_case)
    for viewport in ("desktop", "phone") if language == "en" else ("desktop",):
        page = new_page(viewport)
        page.goto(f"{site.url}/{language}/apply/status/")
        page.fill("#id_reference", case.reference)
        page.fill("#id_access_code", TEST_ACCESS_CODE)
        with page.expect_navigation():
            page.click('button[value="lookup"]')

        assert page.locator("h1").inner_text().endswith(case.reference)
        if viewport == "desktop":
            assert axe_violations(page) == []
        screenshot(page, f"status-case-{language}-{viewport}")
