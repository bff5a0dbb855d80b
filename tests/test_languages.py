import re

import pytest
from django.conf import settings

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("de", "/de/"),
        ("ru-RU,ru;q=0.9,en;q=0.8", "/ru/"),
        ("fr-CA", "/fr/"),
        ("xx-YY", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_best_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_page_declares_its_language(client, language):
    html = client.get(f"/{language}/").content.decode()

    assert f'<html lang="{language}">' in html


@pytest.mark.django_db
def test_page_has_hreflang_alternate_for_every_language(client):
    html = client.get("/de/").content.decode()

    for code in LANGUAGE_CODES:
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/">' in html
    assert 'hreflang="x-default" href="http://testserver/en/"' in html


@pytest.mark.django_db
def test_language_switcher_keeps_the_page_and_marks_each_language(client):
    html = client.get("/de/?ref=newsletter").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)

    assert '<span lang="de" aria-current="true">Deutsch</span>' in switcher
    assert 'href="/ru/?ref=newsletter" lang="ru"' in switcher
    assert 'href="/en/?ref=newsletter" lang="en"' in switcher


@pytest.mark.django_db
def test_service_name_is_translated(client):
    assert "Время жить в России" in client.get("/ru/").content.decode()
    assert "Time to Live in Russia" in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_every_page_has_skip_link_and_landmarks(client):
    html = client.get("/en/").content.decode()

    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert html.count("<h1") == 1
