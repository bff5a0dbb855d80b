"""What every page carries: the footer's links, the menu's way to the information pages, the
favicon, and the accessibility statement in six languages."""

import pytest
from django.utils import translation

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "ru", "de", "fr", "es", "it"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_footer_links_accessibility_and_contact_in_the_pages_language(
    client, settings, language
):
    settings.CONTACT_EMAIL = "help@example.org"

    page = client.get(f"/{language}/faq/").content.decode()

    footer = page[page.index('<footer class="site-footer">') :]
    assert f'href="/{language}/accessibility/"' in footer
    assert 'href="mailto:help@example.org"' in footer


def test_the_menu_links_the_information_pages(client):
    page = client.get("/en/").content.decode()

    nav = page[page.index('<nav class="main-nav"') :]
    assert 'href="/en/pages/"' in nav[: nav.index("</nav>")]


def test_the_home_pages_category_cards_are_links_to_the_form(client):
    page = client.get("/en/").content.decode()

    assert '<a href="/en/apply/?category=scientist">Scientist</a>' in page


@pytest.mark.parametrize("method", ["get", "head"])
def test_favicon_ico_is_served(client, method):
    response = getattr(client, method)("/favicon.ico")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    if method == "get":
        assert response.content[:4] == b"\x00\x00\x01\x00"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_accessibility_statement_names_the_standard_and_the_check_dates(
    client, settings, language
):
    import datetime

    settings.ACCESSIBILITY_MANUAL_CHECK_DATE = datetime.date(2026, 11, 30)

    response = client.get(f"/{language}/accessibility/")

    page = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in page
    assert "WCAG" in page and "2.2" in page
    assert '<time datetime="2026-11-30">' in page
    with translation.override(language):
        assert translation.gettext("Report a problem") in page
        assert translation.gettext("Known gaps") in page


def test_the_accessibility_statement_answers_head(client):
    assert client.head("/de/accessibility/").status_code == 200


def test_a_phone_gets_the_languages_in_one_disclosure(client):
    page = client.get("/it/faq/").content.decode()

    menu = page[page.index('<nav class="language-menu"') :]
    menu = menu[: menu.index("</nav>")]
    assert "<details>" in menu and '<span lang="it">Italiano</span>' in menu
    assert 'href="/de/faq/" lang="de"' in menu
