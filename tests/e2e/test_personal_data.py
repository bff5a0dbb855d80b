"""The issue's "done when": a new user reads the privacy notice in German, downloads their data,
withdraws and deletes; the case is gone while the statistics still count it."""

import json

import pytest

from stats.models import CaseFact

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_privacy_notice_reads_in_german_and_french(
    site, new_page, axe_violations, screenshot, language
):
    page = new_page("desktop")
    page.goto(f"{site.url}/{language}/")
    page.locator(".site-footer").get_by_role("link").first.click()

    assert page.url == f"{site.url}/{language}/privacy/"
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    assert "365" in page.locator(".privacy-retention").inner_text()
    assert axe_violations(page) == []
    screenshot(page, f"privacy-{language}-desktop")


def test_a_candidate_downloads_their_data_then_withdraws_and_deletes(site, new_page, screenshot):
    payload = {
        "category": "scientist",
        "first_name": "Lotte",
        "last_name": "Brandauer",
        "date_of_birth": "1990-01-02",
        "citizenship": "DE",
        "email": "lotte.brandauer@example.org",
        "preferred_language": "de",
        "preferred_regions": ["RU-KLU"],
        "values_declaration_accepted": True,
        "signature_name": "Lotte Brandauer",
        "personal_data_consent": True,
    }
    page = new_page("desktop")
    created = page.request.post(f"{site.url}/api/v1/applications/", data=payload)
    assert created.status == 201, created.text()
    body = created.json()
    facts_before = CaseFact.objects.count()
    page.goto(f"{site.url}/de/apply/status/")
    page.fill("input[name=reference]", body["reference"])
    page.fill("input[name=access_code]", body["access_code"])
    page.click("button[value=lookup]")
    screenshot(page, "status-your-data-de-desktop")

    page.fill("input[name='export-access_code']", body["access_code"])
    with page.expect_download() as download:
        page.click("button[value=export]")
    exported = json.loads(open(download.value.path(), encoding="utf-8").read())  # noqa: SIM115
    assert exported["application"]["last_name"] == "Brandauer"

    page.fill("input[name='erase-access_code']", body["access_code"])
    page.check("input[name='erase-confirm']")
    page.click("button[value=erase]")
    screenshot(page, "erasure-requested-de-desktop")

    assert "zurückgezogen" in page.locator("main").inner_text()
    lookup = page.request.get(
        f"{site.url}/api/v1/applications/{body['reference']}/",
        headers={"X-Access-Code": body["access_code"]},
    )
    assert lookup.status == 404
    # Withdrawn, then erased: the submission and the withdrawal are still counted.
    assert CaseFact.objects.count() == facts_before + 1
