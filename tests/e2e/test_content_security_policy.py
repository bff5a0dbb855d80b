"""Under the strict Content-Security-Policy nothing the candidate or the operator uses breaks:
a real browser walks the form journey, the status page, the admin and Swagger UI and reports no
CSP violation (a `securitypolicyviolation` event or a console error)."""

import datetime
import re

import pytest

from applications.models import Application
from portal.roles import Role, staff_ensure
from tests.e2e.data import committed
from tests.e2e.keyboard import choose_option, choose_radio, press, tick, type_date, type_into
from tests.e2e.test_candidate_journey import CONTINUE, PDF

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# Runs in every document before its own scripts: each violation becomes a console error.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`
    + ` at ${event.sourceFile}:${event.lineNumber}`);
});
"""


# Ours above, and Chromium's own "Refused to ... violates the following Content Security Policy".
CSP_MESSAGE = re.compile(r"CSP violation|Content Security Policy")


@pytest.fixture
def watched(page):
    """The page, the CSP violations it meets, and the policies of the documents it loads."""
    problems = []
    page.add_init_script(REPORT_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            problems.append(f"{page.url}: {message.text}")
            if message.type == "error" and CSP_MESSAGE.search(message.text)
            else None
        ),
    )
    headers = []
    page.on(
        "response",
        lambda response: (
            headers.append(response.headers.get("content-security-policy"))
            if response.request.resource_type == "document"
            else None
        ),
    )
    return page, problems, headers


def test_the_form_journey_meets_no_csp_violation(site, watched, tmp_path):
    page, problems, headers = watched
    page.goto(f"{site.url}/en/eligibility/")
    choose_radio(page, "declaration", "yes")
    choose_radio(page, "category", "scientist")
    choose_radio(page, "family", "spouse")
    choose_option(page, "#id_region", "Kaluga Region")
    press(page, 'main button[type="submit"]')
    choose_radio(page, "category_fit", "yes")
    press(page, 'main button[type="submit"]')
    press(page, 'a:text-is("Start the application")')
    press(page, 'main a:text-is("Start")')

    type_into(page, "#id_first_name", "Ana")
    type_into(page, "#id_last_name", "Petrovic")
    type_date(page, "#id_date_of_birth", datetime.date(1990, 5, 17))
    choose_option(page, "#id_citizenship", "Serbia")
    type_into(page, "#id_email", "ana.csp@example.org")
    press(page, CONTINUE)
    if page.locator('button[value="choose"]').count():
        choose_radio(page, "category", "scientist")
        press(page, 'button[value="choose"]')
    type_into(page, "#id_evidence-field", "Materials science")
    choose_option(page, "#id_evidence-degree", "PhD or Candidate of Sciences")
    type_into(page, "#id_evidence-affiliation", "University of Belgrade")
    press(page, CONTINUE)
    press(page, CONTINUE)  # no family member
    choose_option(page, "#id_region_1", "Kaluga Region")
    choose_option(page, "#id_russian_level", "A2 — elementary")
    choose_radio(page, "timeline", "within_1_year")
    press(page, CONTINUE)
    passport = tmp_path / "passport.pdf"
    passport.write_bytes(PDF)
    choose_option(page, "#id_kind", "Passport")
    page.locator("#id_file").set_input_files(passport)
    press(page, 'button[value="upload"]')
    press(page, CONTINUE)
    tick(page, "#id_values_declaration_accepted")
    type_into(page, "#id_signature_name", "Ana Petrovic")
    tick(page, "#id_personal_data_consent")
    press(page, CONTINUE)
    press(page, 'button[value="submit"]')
    assert page.locator("h1").inner_text().strip() == "Application submitted"
    reference, access_code = page.locator(".confirmation__value").all_inner_texts()

    press(page, 'a:text-is("Follow your application")')
    type_into(page, "#id_reference", reference)
    type_into(page, "#id_access_code", access_code)
    press(page, 'main button[value="lookup"]')
    assert page.locator("h1").inner_text().strip() == f"Application {reference}"

    assert problems == []
    assert len(headers) >= 10
    assert all(header and "script-src 'self'" in header for header in headers)


def test_the_admin_case_page_and_swagger_ui_meet_no_csp_violation(site, watched):
    page, problems, _headers = watched
    committed(
        staff_ensure, username="csp-operator", role=Role.OPERATOR, password="pw-csp-operator-1"
    )
    page.goto(f"{site.url}/admin/login/")
    page.fill("#id_username", "csp-operator")
    page.fill("#id_password", "pw-csp-operator-1")
    page.click('input[type="submit"]')
    page.goto(f"{site.url}/admin/applications/application/")
    case = committed(lambda: Application.objects.submitted().order_by("pk").first())
    page.goto(f"{site.url}/admin/applications/application/{case.pk}/change/")
    assert case.reference in page.locator("main").inner_text()

    page.goto(f"{site.url}/api/docs/")
    page.locator(".swagger-ui .opblock").first.wait_for()

    assert problems == []


def test_the_watch_sees_a_violation(site, watched):
    page, problems, _headers = watched
    page.goto(f"{site.url}/en/")

    page.evaluate(
        """() => {
          const script = document.createElement("script");
          script.textContent = "document.title = 'injected'";
          document.body.appendChild(script);
        }"""
    )
    page.wait_for_timeout(200)

    assert page.title() != "injected"
    assert any("script-src" in problem for problem in problems), problems
