"""The privacy notice in six languages, with the retention periods from settings."""

import pytest
from django.conf import settings

from tests.applications.steps import fill_in_steps_1_to_4, step_url

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_notice_is_in_every_language_with_the_periods_from_settings(client, settings, language):
    settings.RETENTION_DAYS_CLOSED = 401
    settings.RETENTION_DAYS_GRANTED = 1202
    settings.RETENTION_DAYS_DRAFT = 23

    response = client.get(f"/{language}/privacy/")

    page = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in page
    for days in ("401", "1202", "23"):
        assert days in page
    assert settings.PRIVACY_CONTACT_EMAIL in page


def test_the_notice_is_translated(client):
    english = client.get("/en/privacy/").content.decode()
    german = client.get("/de/privacy/").content.decode()

    assert "Privacy notice" in english
    assert "Datenschutzhinweis" in german
    assert "How long we keep it" not in german


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_footer_links_to_the_notice(client, language):
    page = client.get(f"/{language}/faq/").content.decode()

    assert f'href="/{language}/privacy/"' in page


def test_the_consent_step_links_to_the_notice(client, declaration, kaluga):
    from tests.factories import RegionFactory

    RegionFactory(code="RU-TA")
    fill_in_steps_1_to_4(client)

    page = client.get(step_url(6)).content.decode()

    assert 'href="/de/privacy/"' in page


def test_head_answers_like_get(client):
    assert client.head("/en/privacy/").status_code == 200
