import pytest

from tests.content.conftest import DRAFT, LANGUAGE_CODES
from tests.factories import (
    FaqFactory,
    FaqTopicFactory,
    LegalDocumentFactory,
    RegionFactory,
    SuccessStoryFactory,
)

LISTS = {
    "/api/v1/faqs/": FaqFactory,
    "/api/v1/documents/": LegalDocumentFactory,
    "/api/v1/stories/": SuccessStoryFactory,
}


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
@pytest.mark.parametrize("url", LISTS)
def test_list_is_paginated_and_shows_only_published_objects_in_every_language(client, url, lang):
    published = LISTS[url]()
    LISTS[url](publication_status=DRAFT)

    response = client.get(url, {"lang": lang})

    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert body["count"] == 1
    assert body["results"][0]["url"].endswith(
        published.get_absolute_url().replace("/en/", f"/{lang}/")
    )
    assert response["Content-Language"] == lang


@pytest.mark.django_db
def test_list_pages_link_to_the_next_page(client):
    SuccessStoryFactory.create_batch(21)

    body = client.get("/api/v1/stories/").json()

    assert body["count"] == 21
    assert len(body["results"]) == 20
    assert body["next"] == "http://testserver/api/v1/stories/?page=2"
    assert body["previous"] is None


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
@pytest.mark.parametrize("kind", ["documents", "stories"])
def test_detail_is_200_for_published_and_404_for_draft_or_unknown(client, kind, lang):
    factory = LegalDocumentFactory if kind == "documents" else SuccessStoryFactory
    factory(slug="public")
    factory(slug="hidden", publication_status=DRAFT)

    assert client.get(f"/api/v1/{kind}/public/", {"lang": lang}).status_code == 200
    for slug in ("hidden", "nothing-here", "%00", "bad%20slug", "x" * 500):
        response = client.get(f"/api/v1/{kind}/{slug}/", {"lang": lang})
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"


# ---- language


@pytest.mark.django_db
def test_lang_ru_returns_russian_text(client):
    FaqFactory(question_en="How do I apply?", question_ru="Как подать заявку?")

    faq = client.get("/api/v1/faqs/", {"lang": "ru"}).json()["results"][0]

    assert faq["question"] == "Как подать заявку?"
    assert faq["language"] == "ru"


@pytest.mark.django_db
def test_accept_language_chooses_the_language_without_lang(client):
    LegalDocumentFactory(title_en="Decree No. 702", title_ru="Указ № 702")

    document = client.get("/api/v1/documents/", HTTP_ACCEPT_LANGUAGE="ru").json()["results"][0]

    assert document["title"] == "Указ № 702"


@pytest.mark.django_db
def test_language_field_says_when_text_falls_back_to_english(client):
    SuccessStoryFactory(display_name_en="An engineer")

    story = client.get("/api/v1/stories/", {"lang": "de"}).json()["results"][0]

    assert story["display_name"] == "An engineer"
    assert story["language"] == "en"


# ---- filters


@pytest.mark.django_db
def test_faqs_filter_by_topic_slug(client):
    visas = FaqTopicFactory(slug="visas")
    FaqFactory(topic=visas, question_en="Which visa?")
    FaqFactory(question_en="Which region?")

    results = client.get("/api/v1/faqs/", {"topic": "visas"}).json()["results"]

    assert [faq["question"] for faq in results] == ["Which visa?"]
    assert results[0]["topic"] == "visas"


@pytest.mark.django_db
def test_faqs_filter_by_words_in_the_response_language(client):
    FaqFactory(question_ru="Как получить визу?", answer_ru="В консульстве.")
    FaqFactory(question_ru="Где жить?", answer_ru="Регион поможет.")

    results = client.get("/api/v1/faqs/", {"q": "консульстве", "lang": "ru"}).json()["results"]

    assert [faq["question"] for faq in results] == ["Как получить визу?"]


@pytest.mark.django_db
def test_documents_filter_by_kind_status_and_region(client, kaluga):
    LegalDocumentFactory(slug="kaluga-act", kind="regional_act", region=kaluga)
    LegalDocumentFactory(slug="repealed-act", kind="regional_act", legal_status="repealed")
    LegalDocumentFactory(slug="decree", kind="presidential_decree")

    def slugs(**params):
        return [d["slug"] for d in client.get("/api/v1/documents/", params).json()["results"]]

    assert sorted(slugs(kind="regional_act")) == ["kaluga-act", "repealed-act"]
    assert slugs(kind="regional_act", legal_status="in_force") == ["kaluga-act"]
    assert slugs(region="RU-KLU") == ["kaluga-act"]


@pytest.mark.django_db
def test_stories_filter_by_category_region_code_and_country(client, kaluga, moscow):
    SuccessStoryFactory(slug="match", category="scientist", region=kaluga, country="IT")
    SuccessStoryFactory(slug="moscow", category="scientist", region=moscow, country="IT")
    SuccessStoryFactory(slug="french", category="scientist", region=kaluga, country="FR")

    results = client.get(
        "/api/v1/stories/", {"category": "scientist", "region": "RU-KLU", "country": "IT"}
    ).json()["results"]

    assert [story["slug"] for story in results] == ["match"]
    assert results[0]["region"] == "RU-KLU"
    assert results[0]["country"] == "IT"
    assert results[0]["country_name"] == "Italy"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "params", "field"),
    [
        ("/api/v1/stories/", {"category": "astronaut"}, "category"),
        ("/api/v1/stories/", {"region": "RU-XXX"}, "region"),
        ("/api/v1/stories/", {"country": "QQ"}, "country"),
        ("/api/v1/documents/", {"kind": "novel"}, "kind"),
        ("/api/v1/documents/", {"legal_status": "maybe"}, "legal_status"),
        ("/api/v1/faqs/", {"topic": "nope"}, "topic"),
    ],
)
def test_bad_filter_value_is_a_400_with_the_error_shape(client, url, params, field):
    response = client.get(url, params)

    assert response.status_code == 400
    body = response.json()
    assert body["error"]["code"] == "invalid"
    assert field in body["error"]["fields"]


@pytest.mark.django_db
def test_faq_words_with_a_nul_character_are_a_400(client):
    response = client.get("/api/v1/faqs/", {"q": "visa\x00"})

    assert response.status_code == 400
    assert "q" in response.json()["error"]["fields"]


@pytest.mark.django_db
def test_a_valid_country_without_stories_gives_an_empty_list(client):
    SuccessStoryFactory(country="RS")

    assert client.get("/api/v1/stories/", {"country": "BR"}).json()["count"] == 0


@pytest.mark.django_db
def test_a_draft_region_is_not_a_filter_value(client):
    draft = RegionFactory(code="RU-TVE", publication_status=DRAFT)
    SuccessStoryFactory(region=draft)

    assert client.get("/api/v1/stories/", {"region": "RU-TVE"}).status_code == 400


# ---- shapes


@pytest.mark.django_db
def test_document_carries_its_metadata_and_a_readable_date(client, kaluga):
    LegalDocumentFactory(
        slug="decree-702", number="702", signed_on_precision="month", region=kaluga
    )

    document = client.get("/api/v1/documents/decree-702/").json()

    assert document["number"] == "702"
    assert document["signed_on_precision"] == "month"
    assert document["signed_on_display"] == "November 2024"
    assert document["kind_label"] == "Presidential decree"
    assert document["legal_status"] == "in_force"
    assert document["region"] == "RU-KLU"
    assert document["url"] == "http://testserver/en/legal/decree-702/"


@pytest.mark.django_db
def test_document_without_region_has_null_region(client):
    LegalDocumentFactory(slug="decree")

    assert client.get("/api/v1/documents/decree/").json()["region"] is None


@pytest.mark.django_db
def test_story_says_whether_it_is_a_sample(client):
    SuccessStoryFactory(slug="sample", is_sample=True)

    story = client.get("/api/v1/stories/sample/").json()

    assert story["is_sample"] is True
    assert story["photo"] is None


# ---- query counts and OpenAPI


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 50])
@pytest.mark.parametrize("url", LISTS)
def test_list_query_count_does_not_grow(client, django_assert_max_num_queries, url, count):
    LISTS[url].create_batch(count)

    with django_assert_max_num_queries(2):
        response = client.get(url)

    assert response.status_code == 200


@pytest.mark.django_db
def test_openapi_describes_the_content_endpoints(client):
    schema = client.get("/api/schema/", {"format": "json"}).json()

    for path in (
        "/api/v1/faqs/",
        "/api/v1/documents/",
        "/api/v1/documents/{slug}/",
        "/api/v1/stories/",
        "/api/v1/stories/{slug}/",
    ):
        assert "get" in schema["paths"][path]
    story_parameters = {p["name"] for p in schema["paths"]["/api/v1/stories/"]["get"]["parameters"]}
    assert {"category", "region", "country", "lang", "page"} <= story_parameters
