"""The layout (hreflang links, header, footer) is rendered once per process, language and
address, and what it shows stays right: each language and address has its own, a setting
change is seen at once, and addresses made up by a crawler cannot grow the memory it takes."""

import pytest

from portal import layout_cache

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_layout_parts")]


def header(page: str) -> str:
    return page[page.index('<header class="site-header">') : page.index("</header>")]


def test_each_language_and_address_has_its_own_header(client):
    english_faq = header(client.get("/en/faq/").content.decode())
    german_faq = header(client.get("/de/faq/").content.decode())
    english_regions = header(client.get("/en/regions/").content.decode())

    assert '<span lang="en" aria-current="true">English</span>' in english_faq
    assert '<span lang="de" aria-current="true">Deutsch</span>' in german_faq
    assert 'href="/de/faq/"' in english_faq
    assert 'href="/de/regions/"' in english_regions
    # The menu marks the page the reader is on.
    assert 'href="/en/faq/" aria-current="page"' in english_faq
    assert 'href="/en/regions/" aria-current="page"' in english_regions


def test_the_switcher_keeps_the_query_string_of_the_address(client):
    page = client.get("/en/faq/?page=2").content.decode()

    assert 'href="/fr/faq/?page=2"' in header(page)


def test_a_second_view_reuses_the_rendered_parts(client):
    first = client.get("/en/accessibility/").content.decode()
    parts = len(layout_cache._parts)

    second = client.get("/en/accessibility/").content.decode()

    assert parts == 3  # hreflang links, header, footer
    assert len(layout_cache._parts) == parts
    assert header(second) == header(first)


def test_hreflang_links_use_the_requests_own_host(client):
    page = client.get("/en/faq/", HTTP_HOST="testserver").content.decode()

    assert '<link rel="alternate" hreflang="ru" href="http://testserver/ru/faq/">' in page
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/en/faq/">' in page


def test_a_changed_setting_is_shown_at_once(client, settings):
    settings.CONTACT_EMAIL = "first@example.org"
    assert "mailto:first@example.org" in client.get("/en/faq/").content.decode()

    settings.CONTACT_EMAIL = "second@example.org"

    assert "mailto:second@example.org" in client.get("/en/faq/").content.decode()


def test_made_up_addresses_only_push_older_parts_out(client, monkeypatch):
    monkeypatch.setattr(layout_cache, "MAX_PARTS", 10)

    for n in range(20):
        assert client.get(f"/en/no-such-page-{n}/").status_code == 404

    assert len(layout_cache._parts) == 10
    page = client.get("/en/no-such-page-0/").content.decode()
    assert 'href="/de/no-such-page-0/"' in header(page)
