"""A candidate's whole journey in a real browser: language, self-check, the seven steps of the
form by keyboard only, the confirmation and the status page."""

import datetime
import re

import pytest

from tests.applications.samples import plain_pdf_bytes
from tests.e2e.keyboard import (
    choose_option,
    choose_radio,
    press,
    tab_to,
    tick,
    type_date,
    type_into,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

STEP_HEADINGS = [
    "About you",
    "Category and evidence",
    "Family members",
    "Where and how",
    "Documents",
    "Declaration and consent",
    "Review and submit",
]
CONTINUE = 'button[value="next"]:not(.visually-hidden)'
# A one-page PDF written by pypdf: the portal parses a document, whatever its name says.
PDF = plain_pdf_bytes()


def heading(page) -> str:
    return page.locator("h1").inner_text().strip()


@pytest.mark.parametrize(
    ("start", "language", "target"),
    [
        ("/en/regions/RU-KLU/", "Русский", "/ru/regions/RU-KLU/"),
        ("/ru/legal/decree-702/", "Deutsch", "/de/legal/decree-702/"),
        ("/de/apply/status/", "Italiano", "/it/apply/status/"),
    ],
)
def test_language_switch_on_a_deep_page_stays_on_that_page(site, page, start, language, target):
    page.goto(site.url + start)

    tab_to(page, f'.language-switcher a:text-is("{language}")')
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.url == site.url + target
    assert page.locator("html").get_attribute("lang") == target[1:3]


def test_self_check_recommends_the_form_with_the_category_chosen(site, page):
    page.goto(f"{site.url}/en/eligibility/")

    choose_radio(page, "declaration", "yes")
    choose_radio(page, "category", "scientist")
    choose_radio(page, "family", "spouse")
    choose_option(page, "#id_region", "Kaluga Region")
    press(page, 'main button[type="submit"]')
    assert page.locator("legend").inner_text().startswith("Do you work in research")
    choose_radio(page, "category_fit", "yes")
    press(page, 'main button[type="submit"]')

    assert heading(page) == "Your self-check result"
    assert "good fit" in page.locator(".result").inner_text()
    press(page, 'a:text-is("Start the application")')
    assert heading(page) == "Apply to the programme"
    assert "Scientist" in page.locator(".notice").inner_text()


def test_candidate_completes_the_form_by_keyboard_and_follows_the_case(
    site, page, tmp_path, screenshot
):
    page.goto(f"{site.url}/en/apply/")
    press(page, 'main a:text-is("Start")')

    # Step 1: who the candidate is.
    assert heading(page) == STEP_HEADINGS[0]
    type_into(page, "#id_first_name", "Ana")
    type_into(page, "#id_last_name", "Petrovic")
    type_date(page, "#id_date_of_birth", datetime.date(1990, 5, 17))
    choose_option(page, "#id_citizenship", "Serbia")
    type_into(page, "#id_email", "ana.petrovic@example.org")
    press(page, CONTINUE)

    # Step 2: the category first, then the questions that belong to it.
    assert heading(page) == STEP_HEADINGS[1]
    choose_radio(page, "category", "scientist")
    press(page, 'button[value="choose"]')
    type_into(page, "#id_evidence-field", "Materials science")
    choose_option(page, "#id_evidence-degree", "PhD or Candidate of Sciences")
    type_into(page, "#id_evidence-affiliation", "University of Belgrade")
    press(page, CONTINUE)

    # Step 3: a spouse comes along; "Add a family member" needs no mouse and no JavaScript.
    assert heading(page) == STEP_HEADINGS[2]
    press(page, 'button[value="add"]')
    assert page.evaluate("document.activeElement.id") == "id_family-0-relation"
    choose_option(page, "#id_family-0-relation", "Spouse")
    type_into(page, "#id_family-0-first_name", "Marko")
    type_into(page, "#id_family-0-last_name", "Petrovic")
    type_date(page, "#id_family-0-date_of_birth", datetime.date(1988, 3, 2))
    choose_option(page, "#id_family-0-citizenship", "Serbia")
    press(page, CONTINUE)

    # Step 4: where and how; going back with Shift+Tab works like forwards.
    assert heading(page) == STEP_HEADINGS[3]
    choose_option(page, "#id_region_1", "Kaluga Region")
    choose_option(page, "#id_russian_level", "A2 — elementary")
    choose_radio(page, "timeline", "within_1_year")
    tick(page, '#id_support_wanted input[value="housing"]')
    tab_to(page, "#id_region_1", backwards=True)
    press(page, CONTINUE)

    # Step 5: a document. A file chooser cannot be driven by keyboard in headless Chromium,
    # so the file is handed to the file input the keyboard has focused.
    assert heading(page) == STEP_HEADINGS[4]
    passport = tmp_path / "passport.pdf"
    passport.write_bytes(PDF)
    choose_option(page, "#id_kind", "Passport")
    tab_to(page, "#id_file")
    page.locator(":focus").set_input_files(passport)
    press(page, 'button[value="upload"]')
    assert "passport.pdf" in page.locator(".documents-table").inner_text()
    press(page, CONTINUE)

    # Step 6: the values declaration, signed by ticking and typing the full name.
    assert heading(page) == STEP_HEADINGS[5]
    tick(page, "#id_values_declaration_accepted")
    type_into(page, "#id_signature_name", "Ana Petrovic")
    tick(page, "#id_personal_data_consent")
    press(page, CONTINUE)

    # Step 7: review, nothing missing, submit.
    assert heading(page) == STEP_HEADINGS[6]
    assert page.locator(".error-summary").count() == 0
    review = page.locator("main").inner_text()
    for answer in ("Ana Petrovic", "Serbia", "Scientist", "Marko", "Kaluga Region", "passport"):
        assert answer in review
    press(page, 'button[value="submit"]')

    # The confirmation: the reference and the access code, shown once.
    assert heading(page) == "Application submitted"
    reference, access_code = page.locator(".confirmation__value").all_inner_texts()
    assert re.fullmatch(r"TLR-\d{4}-\d{6}", reference)
    screenshot(page, "apply-confirmation-en-desktop")

    # The status page finds the case with both.
    press(page, 'a:text-is("Follow your application")')
    type_into(page, "#id_reference", reference)
    type_into(page, "#id_access_code", access_code)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert heading(page) == f"Application {reference}"
    assert "Submitted" in page.locator(".status-now").inner_text()
    screenshot(page, "status-case-en-desktop")
