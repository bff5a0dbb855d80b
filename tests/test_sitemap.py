import pytest
from django.conf import settings

from portal.publishing import PublicationStatus
from tests.factories import LegalDocumentFactory, RegionFactory

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.django_db
def test_sitemap_lists_published_pages_in_every_language_with_alternates(client):
    RegionFactory(code="RU-KLU")
    LegalDocumentFactory(slug="decree-702")
    LegalDocumentFactory(slug="draft-act", publication_status=PublicationStatus.DRAFT)

    response = client.get("/sitemap.xml")
    xml = response.text

    assert response.status_code == 200
    for code in LANGUAGE_CODES:
        assert f"<loc>http://testserver/{code}/legal/decree-702/</loc>" in xml
        assert f"<loc>http://testserver/{code}/regions/RU-KLU/</loc>" in xml
        assert f'hreflang="{code}" href="http://testserver/{code}/faq/"' in xml
    assert 'hreflang="x-default"' in xml
    assert "draft-act" not in xml


def test_robots_txt_points_to_the_sitemap_and_hides_the_admin(client):
    text = client.get("/robots.txt").text

    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


@pytest.mark.django_db
def test_home_links_every_entry_point_and_lists_pilot_regions(client):
    RegionFactory(code="RU-KLU", name_en="Kaluga Region", is_pilot=True)
    RegionFactory(code="RU-TVE", name_en="Tver Region", is_pilot=False)

    html = client.get("/en/").text

    for path in [
        "/en/eligibility/",
        "/en/apply/",
        "/en/faq/",
        "/en/legal/",
        "/en/stories/",
        "/en/journey/",
        "/en/regions/",
        "/en/apply/status/",
        "/en/search/",
    ]:
        assert f'href="{path}"' in html
    assert "Kaluga Region" in html
    assert "Tver Region" not in html
    assert "Outstanding talent" in html
