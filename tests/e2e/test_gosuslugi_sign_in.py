"""Sign in with Gosuslugi in a real browser: the mock ESIA's picker and consent, the prefilled
form, a submission, and the case on the account page without its access code."""

import pytest
from django.conf import settings
from django.test.utils import override_settings

from applications import services
from applications.models import Application
from ministries.esia.services import client_register, identities_seed
from regions.models import Region
from tests.e2e.data import committed

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture
def gosuslugi(site):
    """The portal registered at the mock ESIA served by the same live server."""
    committed(
        client_register,
        client_id=settings.ESIA_CLIENT_ID,
        client_secret=settings.ESIA_CLIENT_SECRET,
        redirect_uris=[f"{site.url}/account/esia/callback/"],
    )
    committed(identities_seed)
    with override_settings(ESIA_OIDC_ISSUER=f"{site.url}/mock/esia"):
        yield site


def complete_the_draft(uuid) -> None:
    """Steps 2 to 6, as the form's own services store them."""
    draft = Application.objects.get(uuid=uuid)
    services.draft_save(
        application=draft,
        fields={
            "category": "scientist",
            "category_details": {"field": "Physics", "degree": "phd", "affiliation": "TU Wien"},
        },
        regions=[Region.objects.published().order_by("-is_pilot", "code").first()],
    )
    services.declaration_sign(
        application=draft,
        signature_name=f"{draft.first_name} {draft.last_name}",
        declaration_accepted=True,
        consent_given=True,
        signing=services.Signing(ip="127.0.0.1", user_agent="e2e", language="en"),
    )


def test_a_new_candidate_signs_in_applies_prefilled_and_finds_the_case_in_the_account(
    gosuslugi, page, screenshot
):
    page.goto(f"{gosuslugi.url}/en/apply/")
    page.get_by_role("link", name="Sign in with Gosuslugi").click()

    page.get_by_role("button", name="Мюллер Юрген").click()
    assert page.locator("h1").inner_text() == "“Time to Live in Russia” asks for your data"
    screenshot(page, "gosuslugi-consent-en")
    page.get_by_role("button", name="Allow").click()

    page.wait_for_url(f"{gosuslugi.url}/en/apply/")
    assert (
        "Signed in with Gosuslugi as Юрген Мюллер (Juergen Mueller)"
        in page.locator("main").inner_text()
    )
    page.get_by_role("link", name="Start").click()
    first_name = page.locator("#id_first_name")
    assert first_name.input_value() == "Юрген"
    assert page.locator("#id_first_name_latin").input_value().upper() == "JUERGEN"
    assert first_name.is_disabled()
    assert page.locator("#id_date_of_birth").input_value() == "1984-03-14"
    assert page.locator("#id_email").is_editable()
    screenshot(page, "gosuslugi-prefilled-step-1-en")
    page.locator('button[value="next"]:not(.visually-hidden)').click()
    page.wait_for_url(f"{gosuslugi.url}/en/apply/step/2/")

    draft = committed(lambda: Application.objects.get(first_name="Юрген"))
    committed(complete_the_draft, draft.uuid)
    page.goto(f"{gosuslugi.url}/en/apply/step/7/")
    page.locator('button[value="submit"]').click()
    reference = committed(lambda: Application.objects.get(pk=draft.pk).reference)
    assert reference in page.locator("main").inner_text()

    page.goto(f"{gosuslugi.url}/en/account/")
    assert reference in page.locator("main").inner_text()
    screenshot(page, "account-en")
    page.get_by_role("link", name=reference, exact=True).click()
    assert page.locator("h1").inner_text() == f"Application {reference}"
    assert "Submitted" in page.locator(".status-now").inner_text()

    page.goto(f"{gosuslugi.url}/ru/account/")
    assert "Ваши заявки" in page.locator("main").inner_text()
    screenshot(page, "account-ru")


def test_the_consent_screen_speaks_the_candidates_language_and_deny_is_explained(
    gosuslugi, new_page, screenshot
):
    page = new_page(locale="ru-RU")
    page.goto(f"{gosuslugi.url}/ru/apply/status/")
    page.get_by_role("link", name="Войти через Госуслуги").click()
    page.get_by_role("button", name="Соколова Мария Андреевна").click()

    assert page.locator("html").get_attribute("lang") == "ru"
    assert "запрашивает ваши данные" in page.locator("h1").inner_text()
    screenshot(page, "gosuslugi-consent-ru")
    page.get_by_role("button", name="Отказать").click()

    page.wait_for_url(f"{gosuslugi.url}/ru/account/signin/problem/")
    assert page.locator("h1").inner_text() == "Вы не разрешили вход"
    screenshot(page, "gosuslugi-denied-ru")
