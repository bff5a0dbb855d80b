"""The "not yet in your language" notice appears exactly when a page shows text in another
language: for any field of the object, along the fallback chain (→ English → Russian)."""

import pytest
from django.core.management import call_command
from django.utils import translation

from tests.factories import (
    InfoPageFactory,
    LegalDocumentFactory,
    RegionFactory,
    SuccessStoryFactory,
    SupportMeasureFactory,
)

pytestmark = pytest.mark.django_db

# Each detail page: its factory, its address and the fields its notice looks at.
DETAIL_PAGES = {
    "legal": (LegalDocumentFactory, "/legal/{slug}/", ["title", "issued_by", "summary", "body"]),
    "stories": (SuccessStoryFactory, "/stories/{slug}/", ["display_name", "quote", "body"]),
    "pages": (InfoPageFactory, "/pages/{slug}/", ["title", "body"]),
    "measures": (
        SupportMeasureFactory,
        "/measures/{slug}/",
        ["title", "summary", "body", "benefit", "how_to_apply"],
    ),
    "regions": (RegionFactory, "/regions/{code}/", ["name", "description"]),
}
NOTICE = "This text is not yet available in your language. It is shown in %(language)s."


def notice(reader: str, shown: str) -> str:
    with translation.override(reader):
        name = translation.get_language_info(shown)["name_translated"]
        return translation.gettext(NOTICE) % {"language": name}


def any_notice(reader: str) -> str:
    with translation.override(reader):
        return translation.gettext(NOTICE).split("%(language)s")[0]


def detail_page(client, kind: str, reader: str, **texts) -> str:
    """Create the object with exactly `texts` (field_lang=text) and read its page."""
    factory, address, fields = DETAIL_PAGES[kind]
    blank = {f"{field}_{language}": "" for field in fields for language in ("en", "ru")}
    obj = factory(**{**blank, **texts})
    url = address.format(slug=getattr(obj, "slug", None), code=getattr(obj, "code", None))
    response = client.get(f"/{reader}{url}")
    assert response.status_code == 200
    return response.text


def written_in(kind: str, *languages: str, except_last_in: str = "") -> dict:
    """Every field of `kind` written in `languages`; the last field not in `except_last_in`."""
    fields = DETAIL_PAGES[kind][2]
    return {
        f"{field}_{language}": f"{field} ({language})"
        for field in fields
        for language in languages
        if not (language == except_last_in and field == fields[-1])
    }


@pytest.mark.parametrize("kind", DETAIL_PAGES)
def test_no_notice_when_every_field_is_in_the_readers_language(client, kind):
    page = detail_page(client, kind, "de", **written_in(kind, "en", "ru", "de"))

    assert any_notice("de") not in page


@pytest.mark.parametrize("kind", DETAIL_PAGES)
def test_notice_names_english_when_one_field_is_shown_in_english(client, kind):
    texts = written_in(kind, "en", "ru", "de", except_last_in="de")

    page = detail_page(client, kind, "de", **texts)

    assert page.count(notice("de", "en")) == 1


@pytest.mark.parametrize("kind", DETAIL_PAGES)
def test_english_reader_is_told_when_the_text_is_only_in_russian(client, kind):
    page = detail_page(client, kind, "en", **written_in(kind, "ru"))

    assert notice("en", "ru") in page


@pytest.mark.parametrize("kind", DETAIL_PAGES)
def test_russian_reader_sees_no_notice_for_a_text_written_in_russian(client, kind):
    page = detail_page(client, kind, "ru", **written_in(kind, "en", "ru"))

    assert any_notice("ru") not in page


@pytest.mark.parametrize("language", ["en", "ru", "de", "fr", "es", "it"])
@pytest.mark.parametrize(
    "address", ["/stories/sample-musician-uk-perm/", "/measures/klu-school-places/"]
)
def test_demo_stories_and_measures_read_in_every_language_without_the_notice(
    client, language, address
):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115

    page = client.get(f"/{language}{address}").text

    assert any_notice(language) not in page
