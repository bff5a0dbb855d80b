"""In a real browser: the measures and checklist made for the candidate, the printable summary
and its PDF, the session-timeout dialog, and a language switch that keeps what was typed."""

import datetime

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test.utils import override_settings
from pypdf import PdfReader

from applications import services
from regions.models import Region
from tests.e2e.data import committed, session_with
from tests.e2e.keyboard import choose_option, choose_radio, press
from tests.factories import TEST_ACCESS_CODE, SubmittedApplicationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def started_draft(category=""):
    draft = services.draft_start(
        fields={
            "first_name": "Giulia",
            "last_name": "Rossi",
            "date_of_birth": datetime.date(1988, 4, 9),
            "citizenship": "IT",
            "email": "giulia.rossi@example.org",
            "preferred_language": "it",
        }
    )
    if category:
        services.draft_save(
            application=draft,
            fields={"category": category, "category_details": {"field": "Optics"}},
            family_members=[
                {
                    "relation": "child",
                    "first_name": "Luca",
                    "last_name": "Rossi",
                    "date_of_birth": datetime.date(2016, 2, 1),
                    "citizenship": "IT",
                }
            ],
        )
    return draft


def case_of_li_xiaolong():
    application = SubmittedApplicationFactory(
        first_name="李",
        last_name="小龙",
        category="investor",
        preferred_language="ru",
        declaration_version__version="2025-1",
        regions=[Region.objects.get(code="RU-KLU")],
    )
    application.family_members.create(
        relation="child",
        first_name="Jürgen",
        last_name="Ødegård",
        date_of_birth=datetime.date(2015, 6, 1),
        citizenship="NO",
    )
    return application


@pytest.fixture
def open_draft(site, new_page):
    def open_page(draft, viewport="desktop"):
        key = committed(session_with, {"applications.draft": str(draft.uuid)})
        page = new_page(viewport)
        cookie = {"name": settings.SESSION_COOKIE_NAME, "value": key, "url": site.url}
        page.context.add_cookies([cookie])
        return page, key

    return open_page


def look_up(page, site, language, reference):
    page.goto(f"{site.url}/{language}/apply/status/")
    page.fill("#id_reference", reference)
    page.fill("#id_access_code", TEST_ACCESS_CODE)
    with page.expect_navigation():
        page.click('button[value="lookup"]')


@pytest.mark.parametrize(("language", "viewport"), [("it", "phone"), ("en", "desktop")])
def test_the_self_check_result_shows_measures_and_a_checklist_made_for_me(
    site, new_page, axe_violations, screenshot, language, viewport
):
    page = new_page(viewport)
    page.goto(f"{site.url}/{language}/eligibility/")
    choose_radio(page, "declaration", "yes")
    choose_radio(page, "category", "scientist")
    choose_radio(page, "family", "children")
    kaluga = committed(lambda: Region.objects.get(code="RU-KLU").name)
    choose_option(
        page,
        "#id_region",
        kaluga
        if language == "en"
        else page.locator("#id_region option[value='RU-KLU']").inner_text().strip(),
    )
    press(page, 'main button[type="submit"]')
    choose_radio(page, "category_fit", "yes")
    press(page, 'main button[type="submit"]')

    measures = page.locator(".measures-for-you .measure-card")
    assert measures.count() >= 2
    assert page.locator(".measure-card__why li").count() >= 2 * measures.count()
    assert page.locator(".printable-checklist .checklist__item").count() == 7
    assert page.locator("[data-print]").is_visible()
    assert axe_violations(page) == []
    screenshot(page, f"guidance-selfcheck-{language}-{viewport}")


@pytest.mark.parametrize(("language", "viewport"), [("de", "phone"), ("en", "desktop")])
def test_the_draft_checklist_is_saved_and_printable(
    site, open_draft, axe_violations, screenshot, language, viewport
):
    page, _key = open_draft(committed(started_draft, "scientist"), viewport)
    page.goto(f"{site.url}/{language}/apply/checklist/")
    page.check("#ready-passport")
    with page.expect_navigation():
        page.click('main button[type="submit"]')

    assert page.locator("#ready-passport").is_checked()
    assert page.locator("#ready-birth_certificates").count() == 1
    assert axe_violations(page) == []
    screenshot(page, f"guidance-checklist-{language}-{viewport}")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    screenshot(page, f"guidance-checklist-{language}-{viewport}-print")


@pytest.mark.parametrize(("language", "viewport"), [("ru", "phone"), ("de", "desktop")])
def test_the_status_page_summary_and_pdf_of_my_application(
    site, new_page, axe_violations, screenshot, language, viewport
):
    case = committed(case_of_li_xiaolong)
    page = new_page(viewport)
    look_up(page, site, language, case.reference)

    assert page.locator(".measures-for-you .measure-card").count() >= 1
    assert axe_violations(page) == []
    screenshot(page, f"guidance-status-{language}-{viewport}")

    with page.expect_navigation():
        page.click(".status-summary-links a:not([download])")
    assert "李" in page.locator("main").inner_text()
    assert axe_violations(page) == []
    screenshot(page, f"guidance-summary-{language}-{viewport}")

    with page.expect_download() as download:
        page.click("main a[download]")
    pdf = PdfReader(download.value.path())
    text = "".join(pdf_page.extract_text() for pdf_page in pdf.pages)
    assert "李" in text and "小龙" in text
    assert "Jürgen Ødegård" in text
    assert case.reference in text
    if language == "ru":
        assert "Заявка" in text


def test_the_timeout_dialog_appears_and_extends_the_session(
    site, open_draft, axe_violations, screenshot
):
    # A session of 125 s: the warning comes two minutes before the end, after 5 s.
    with override_settings(SESSION_COOKIE_AGE=125):
        page, key = open_draft(committed(started_draft))
        page.goto(f"{site.url}/fr/apply/step/1/")
        before = committed(lambda: Session.objects.get(session_key=key).expire_date)

        dialog = page.locator("dialog.session-dialog")
        dialog.wait_for(state="visible", timeout=15_000)
        assert axe_violations(page) == []
        screenshot(page, "guidance-timeout-dialog-fr-desktop")
        page.click("dialog.session-dialog button[type='submit']")
        dialog.wait_for(state="hidden", timeout=5_000)

        after = committed(lambda: Session.objects.get(session_key=key).expire_date)
        assert (after - before).total_seconds() >= 4
        assert page.url.endswith("/fr/apply/step/1/")


@pytest.mark.parametrize(("start", "language", "target"), [("en", "Deutsch", "de")])
def test_switching_language_mid_step_keeps_what_was_typed(
    site, open_draft, screenshot, start, language, target
):
    page, _key = open_draft(committed(started_draft))
    page.goto(f"{site.url}/{start}/apply/step/1/")
    page.fill("#id_first_name", "Jürgen")
    page.fill("#id_phone", "+39 06 1234567")

    with page.expect_navigation(url=f"{site.url}/{target}/apply/step/1/"):
        page.click(f'.language-switcher a:text-is("{language}")')

    assert page.locator("html").get_attribute("lang") == target
    assert page.input_value("#id_first_name") == "Jürgen"
    assert page.input_value("#id_phone") == "+39 06 1234567"
    assert page.locator(".error-summary").count() == 0
    screenshot(page, f"guidance-language-switch-{target}-desktop")


def test_a_new_step_keeps_its_answers_before_there_is_a_draft(site, new_page):
    page = new_page()
    page.goto(f"{site.url}/en/apply/step/1/")
    page.fill("#id_first_name", "Иван")

    with page.expect_navigation(url=f"{site.url}/es/apply/step/1/"):
        page.click('.language-switcher a:text-is("Español")')

    assert page.input_value("#id_first_name") == "Иван"


def test_nothing_typed_is_lost_when_the_session_ends(site, open_draft, new_page, screenshot):
    from applications.models import Application
    from applications.resume import resume_token

    # A 10 s session: the warning shows at once, the page saves 5 s before the end.
    with override_settings(SESSION_COOKIE_AGE=10):
        draft = committed(started_draft)
        page, _key = open_draft(draft)
        page.goto(f"{site.url}/it/apply/step/1/")
        # Typed just before the warning took the screen (the dialog makes the page inert).
        page.evaluate("document.querySelector('#id_phone').value = '+39 06 7654321'")

        page.locator("[data-session-expired]").wait_for(state="visible", timeout=20_000)
        screenshot(page, "guidance-timeout-expired-it-desktop")

    kept = committed(lambda: Application.objects.get(pk=draft.pk).pending_steps)
    assert kept["1"]["phone"] == ["+39 06 7654321"]
    # The emailed link opens the draft in a new session, with what was typed.
    later = new_page()
    later.goto(f"{site.url}/it/apply/resume/{resume_token(draft)}/")
    later.goto(f"{site.url}/it/apply/step/1/")
    assert later.input_value("#id_phone") == "+39 06 7654321"
