"""The error pages speak the reader's language and lead somewhere useful."""

import re

import pytest
from django.template.loader import render_to_string
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_missing_page_answers_404_in_the_readers_language(client):
    response = client.get("/ru/no-such-page/")

    assert response.status_code == 404
    page = response.text
    assert '<html lang="ru">' in page
    assert "<h1>Страница не найдена</h1>" in page
    assert page.count("<h1") == 1


def test_language_switcher_on_a_missing_page_changes_the_language(client):
    page = client.get("/ru/no-such-page/?from=mail").text
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', page, re.S).group(0)

    assert 'href="/en/no-such-page/?from=mail" lang="en"' in switcher
    assert 'href="/de/no-such-page/?from=mail" lang="de"' in switcher


def test_server_error_page_needs_no_request_and_is_translated():
    with translation.override("de"):
        page = render_to_string("500.html")

    assert '<html lang="de">' in page
    assert "<h1>Etwas ist schiefgelaufen</h1>" in page
    assert 'href="/de/"' in page
