import pytest

from portal.publishing import PublicationStatus
from tests.factories import RegionFactory, SupportMeasureFactory
from tests.regions.conftest import LANGUAGE_CODES

# ---- regions


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_region_list_is_paginated_and_public_in_every_language(client, lang, kaluga, draft_region):
    response = client.get(f"/api/v1/regions/?lang={lang}")

    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert [region["code"] for region in body["results"]] == ["RU-KLU"]
    assert response["Content-Language"] == lang


@pytest.mark.django_db
def test_region_list_describes_each_region(client, kaluga):
    kaluga.work_model = "dedicated_unit_under_head"
    kaluga.save()

    region = client.get("/api/v1/regions/").json()["results"][0]

    assert region["name"] == "Kaluga Region"
    assert region["is_pilot"] is True
    assert region["work_model"] == "dedicated_unit_under_head"
    assert region["work_model_label"] == "A dedicated unit under the head of the region"
    assert region["federal_district"] == "central"
    assert region["url"] == "http://testserver/en/regions/RU-KLU/"


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_region_detail_is_200_in_every_language(client, lang, kaluga):
    response = client.get(f"/api/v1/regions/RU-KLU/?lang={lang}")

    assert response.status_code == 200
    assert response.json()["code"] == "RU-KLU"


@pytest.mark.django_db
def test_region_detail_has_the_office_and_the_official(client, kaluga):
    kaluga.office_phone = "+7 4842 000000"
    kaluga.official_name_en = "Ivan Petrov"
    kaluga.save()

    body = client.get("/api/v1/regions/RU-KLU/").json()

    assert body["office"]["phone"] == "+7 4842 000000"
    assert body["office"]["email"] == ""
    assert body["official"]["name"] == "Ivan Petrov"


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["RU-TVE", "RU-XXX", "nonsense", "RU-" + "Z" * 300])
def test_region_detail_is_404_for_draft_unknown_or_garbage_codes(client, draft_region, code):
    response = client.get(f"/api/v1/regions/{code}/")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.django_db
def test_region_detail_accepts_a_lowercase_code(client, kaluga):
    assert client.get("/api/v1/regions/ru-klu/").json()["code"] == "RU-KLU"


@pytest.mark.django_db
def test_region_detail_speaks_russian_from_accept_language(client, kaluga):
    body = client.get("/api/v1/regions/RU-KLU/", HTTP_ACCEPT_LANGUAGE="ru").json()

    assert body["name"] == "Калужская область"


# ---- a region's measures


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_region_measures_are_listed_in_every_language(client, lang, kaluga_measure, moscow_measure):
    response = client.get(f"/api/v1/regions/RU-KLU/measures/?lang={lang}")

    assert response.status_code == 200
    assert [m["slug"] for m in response.json()["results"]] == ["klu-housing-help"]


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["RU-TVE", "RU-XXX", "garbage"])
def test_region_measures_are_404_for_a_draft_or_unknown_region(client, draft_region, code):
    SupportMeasureFactory(region=draft_region)

    response = client.get(f"/api/v1/regions/{code}/measures/")

    assert response.status_code == 404
    assert set(response.json()["error"]) == {"code", "message", "fields"}


@pytest.mark.django_db
def test_region_measures_leave_out_drafts(client, kaluga_measure):
    SupportMeasureFactory(region=kaluga_measure.region, publication_status=PublicationStatus.DRAFT)

    assert client.get("/api/v1/regions/RU-KLU/measures/").json()["count"] == 1


# ---- measures


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_measure_list_is_200_in_every_language(client, lang, kaluga_measure):
    response = client.get(f"/api/v1/measures/?lang={lang}")

    assert response.status_code == 200
    assert response.json()["count"] == 1


@pytest.mark.django_db
def test_measure_list_describes_each_measure(client, kaluga):
    SupportMeasureFactory(
        region=kaluga,
        slug="grant",
        kind="grants_tax",
        audience="employers",
        eligible_categories=["investor"],
        is_sample=True,
    )

    measure = client.get("/api/v1/measures/").json()["results"][0]

    assert measure["region"] == "RU-KLU"
    assert measure["kind"] == "grants_tax"
    assert measure["kind_label"] == "Grants and tax"
    assert measure["audience_label"] == "Employers"
    assert measure["eligible_categories"] == ["investor"]
    assert measure["is_sample"] is True
    assert measure["url"] == "http://testserver/en/measures/grant/"


@pytest.mark.django_db
def test_measure_list_leaves_out_drafts_and_measures_of_draft_regions(
    client, kaluga_measure, draft_region
):
    SupportMeasureFactory(region=draft_region)
    SupportMeasureFactory(region=kaluga_measure.region, publication_status=PublicationStatus.DRAFT)

    slugs = [m["slug"] for m in client.get("/api/v1/measures/").json()["results"]]

    assert slugs == ["klu-housing-help"]


@pytest.mark.django_db
def test_measure_list_filters_by_region(client, kaluga_measure, moscow_measure):
    body = client.get("/api/v1/measures/?region=RU-MOW").json()

    assert [m["slug"] for m in body["results"]] == ["mow-language-courses"]


@pytest.mark.django_db
def test_measure_list_filters_by_audience_and_kind(client, kaluga):
    SupportMeasureFactory(
        region=kaluga, slug="a", audience="family_members", kind="children_education"
    )
    SupportMeasureFactory(region=kaluga, slug="b", audience="family_members", kind="healthcare")
    SupportMeasureFactory(region=kaluga, slug="c", audience="impatriates", kind="healthcare")

    body = client.get("/api/v1/measures/?audience=family_members&kind=healthcare").json()

    assert [m["slug"] for m in body["results"]] == ["b"]


@pytest.mark.django_db
def test_measure_list_filters_by_category_including_open_measures(client, kaluga):
    SupportMeasureFactory(region=kaluga, slug="open", eligible_categories=[])
    SupportMeasureFactory(region=kaluga, slug="sci", eligible_categories=["scientist"])
    SupportMeasureFactory(region=kaluga, slug="inv", eligible_categories=["investor"])

    body = client.get("/api/v1/measures/?category=scientist").json()

    assert sorted(m["slug"] for m in body["results"]) == ["open", "sci"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("audience=aliens", "audience"),
        ("kind=free-money", "kind"),
        ("category=astronaut", "category"),
        ("region=RU-XXX", "region"),
        ("region=%27%20OR%201%3D1", "region"),
    ],
)
def test_invalid_filter_is_400_in_the_error_shape(client, kaluga_measure, query, field):
    response = client.get(f"/api/v1/measures/?{query}")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert field in error["fields"]


@pytest.mark.django_db
def test_filter_on_a_draft_region_is_refused(client, draft_region):
    assert client.get("/api/v1/measures/?region=RU-TVE").status_code == 400


@pytest.mark.django_db
def test_measure_list_speaks_russian_with_lang(client, kaluga_measure):
    measure = client.get("/api/v1/measures/?lang=ru").json()["results"][0]

    assert measure["title"] == kaluga_measure.title_ru


@pytest.mark.django_db
def test_measure_list_falls_back_to_english_without_a_translation(client, kaluga_measure):
    measure = client.get("/api/v1/measures/?lang=de").json()["results"][0]

    assert measure["title"] == "Kaluga housing help"


@pytest.mark.django_db
def test_measure_list_is_paginated(client, kaluga):
    SupportMeasureFactory.create_batch(25, region=kaluga)

    first = client.get("/api/v1/measures/").json()
    second = client.get(first["next"]).json()

    assert first["count"] == 25
    assert len(first["results"]) == 20
    assert len(second["results"]) == 5
    assert second["previous"]


@pytest.mark.django_db
def test_page_out_of_range_is_404_in_the_error_shape(client, kaluga_measure):
    response = client.get("/api/v1/measures/?page=99")

    assert response.status_code == 404
    assert "error" in response.json()


@pytest.mark.django_db
@pytest.mark.parametrize("measures", [1, 50])
def test_measure_list_query_count_does_not_grow(
    client, django_assert_max_num_queries, kaluga, measures
):
    SupportMeasureFactory.create_batch(measures, region=kaluga)

    with django_assert_max_num_queries(2):
        response = client.get("/api/v1/measures/?category=scientist")

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("measures", [1, 50])
def test_region_measures_query_count_does_not_grow(
    client, django_assert_max_num_queries, kaluga, measures
):
    SupportMeasureFactory.create_batch(measures, region=kaluga)

    with django_assert_max_num_queries(3):
        response = client.get("/api/v1/regions/RU-KLU/measures/")

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("regions", [1, 50])
def test_region_list_query_count_does_not_grow(client, django_assert_max_num_queries, regions):
    RegionFactory.create_batch(regions)

    with django_assert_max_num_queries(2):
        response = client.get("/api/v1/regions/")

    assert response.status_code == 200


@pytest.mark.django_db
def test_api_is_read_only(client, kaluga):
    assert client.post("/api/v1/regions/", {}).status_code == 405
    assert client.delete("/api/v1/regions/RU-KLU/").status_code == 405


@pytest.mark.django_db
def test_openapi_describes_the_region_endpoints(client):
    schema = client.get("/api/schema/?format=json").json()

    paths = schema["paths"]
    assert {
        "/api/v1/regions/",
        "/api/v1/regions/{code}/",
        "/api/v1/regions/{code}/measures/",
        "/api/v1/measures/",
    } <= set(paths)
    parameters = {p["name"]: p for p in paths["/api/v1/measures/"]["get"]["parameters"]}
    assert {"region", "audience", "kind", "category", "lang", "page"} <= set(parameters)
    code = next(
        p for p in paths["/api/v1/regions/{code}/"]["get"]["parameters"] if p["name"] == "code"
    )
    assert code["schema"]["type"] == "string"
