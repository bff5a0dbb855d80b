import datetime

import pytest
from django.utils import timezone

from portal.publishing import PublicationStatus
from tests.factories import RegionFactory, SupportMeasureFactory
from tests.regions.conftest import LANGUAGE_CODES

# ---- region list


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_region_list_is_200_in_every_language(client, lang, kaluga):
    response = client.get(f"/{lang}/regions/")

    assert response.status_code == 200
    assert f'href="/{lang}/regions/RU-KLU/"' in response.text


@pytest.mark.django_db
def test_region_list_groups_regions_by_federal_district(client, kaluga):
    RegionFactory(code="RU-PER", name_en="Perm Krai", federal_district="volga")

    page = client.get("/en/regions/").text

    assert page.index("Central Federal District") < page.index("Kaluga Region")
    assert page.index("Volga Federal District") < page.index("Perm Krai")
    assert "Northwestern Federal District" not in page


@pytest.mark.django_db
def test_region_list_marks_pilot_regions_and_shows_the_work_model(client, kaluga):
    kaluga.work_model = "subordinate_organization"
    kaluga.save()
    RegionFactory(code="RU-TUL", name_en="Tula Region", is_pilot=False)

    page = client.get("/en/regions/").text

    assert page.count("Pilot region") == 1
    assert "A subordinate organisation or separate unit" in page


@pytest.mark.django_db
def test_region_list_leaves_out_draft_regions(client, kaluga, draft_region):
    page = client.get("/en/regions/").text

    assert "Kaluga Region" in page
    assert "Tver Region" not in page


@pytest.mark.django_db
def test_region_list_counts_only_public_measures(client, kaluga, kaluga_measure):
    SupportMeasureFactory(region=kaluga, publication_status=PublicationStatus.DRAFT)

    page = client.get("/en/regions/").text

    assert "1 support measure" in page


@pytest.mark.django_db
@pytest.mark.parametrize("measures", [1, 50])
def test_region_list_query_count_does_not_grow(
    client, django_assert_max_num_queries, kaluga, measures
):
    for n in range(measures):
        region = RegionFactory() if n % 2 else kaluga
        SupportMeasureFactory(region=region)

    with django_assert_max_num_queries(2):
        response = client.get("/en/regions/")

    assert response.status_code == 200


# ---- region page


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_region_page_is_200_in_every_language(client, lang, kaluga, kaluga_measure):
    response = client.get(f"/{lang}/regions/RU-KLU/")

    assert response.status_code == 200
    assert kaluga_measure.get_absolute_url() in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_region_page_is_404_for_a_draft_region(client, lang, draft_region):
    assert client.get(f"/{lang}/regions/RU-TVE/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_region_page_is_404_for_an_unknown_code(client, lang):
    assert client.get(f"/{lang}/regions/RU-XXX/").status_code == 404


@pytest.mark.django_db
def test_lowercase_region_code_redirects_permanently_to_upper_case(client, kaluga):
    response = client.get("/ru/regions/ru-klu/")

    assert response.status_code == 301
    assert response["Location"] == "/ru/regions/RU-KLU/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "code",
    ["kaluga", "RU-KLUGA", "RU-K1U", "ru-klü", "%27%3B%20drop%20table", "RU-" + "X" * 500, "%00"],
)
def test_garbage_region_code_is_404(client, kaluga, code):
    assert client.get(f"/en/regions/{code}/").status_code == 404


@pytest.mark.django_db
def test_region_page_shows_filled_office_data_as_links(client, kaluga):
    kaluga.office_name_en = "Kaluga one-stop shop"
    kaluga.office_address_en = "1 Lenina St, Kaluga"
    kaluga.office_phone = "+7 (4842) 00-00-00"
    kaluga.office_email = "impatriates@example.org"
    kaluga.office_website = "https://example.org/klu"
    kaluga.save()

    page = client.get("/en/regions/RU-KLU/").text

    assert 'href="tel:+74842000000"' in page
    assert 'href="mailto:impatriates@example.org"' in page
    assert 'href="https://example.org/klu"' in page
    assert "1 Lenina St, Kaluga" in page
    assert "Opening hours" not in page
    assert "Contact details will be published by the region" not in page


@pytest.mark.django_db
def test_region_page_says_contacts_come_later_when_the_office_data_is_empty(client, kaluga):
    page = client.get("/en/regions/RU-KLU/").text
    # The region's own part of the page (the footer has the service's contact address).
    main = page[page.index("<main") : page.index("</main>")]

    assert "Contact details will be published by the region" in main
    assert "tel:" not in main
    assert "mailto:" not in main


@pytest.mark.django_db
def test_region_page_shows_the_responsible_official(client, kaluga):
    kaluga.official_name_en = "Ivan Petrov"
    kaluga.official_title_en = "Deputy Governor"
    kaluga.save()

    page = client.get("/en/regions/RU-KLU/").text

    assert "Ivan Petrov" in page
    assert "Deputy Governor" in page


@pytest.mark.django_db
def test_region_page_explains_the_work_model(client, kaluga):
    kaluga.work_model = "empowered_executive_body"
    kaluga.save()

    page = client.get("/en/regions/RU-KLU/").text

    assert "An existing regional executive body empowered" in page
    assert "No need to hire new staff" in page


@pytest.mark.django_db
def test_region_page_lists_priority_categories(client, kaluga):
    kaluga.priority_categories = ["scientist", "investor"]
    kaluga.save()

    page = client.get("/en/regions/RU-KLU/").text

    assert "Scientist" in page
    assert "Investor" in page


@pytest.mark.django_db
def test_region_page_groups_measures_by_audience_with_their_kind(client, kaluga):
    SupportMeasureFactory(
        region=kaluga,
        title_en="School places",
        audience="family_members",
        kind="children_education",
    )
    SupportMeasureFactory(
        region=kaluga, title_en="Job search", audience="impatriates", kind="employment"
    )

    page = client.get("/en/regions/RU-KLU/").text

    assert (
        page.index("For impatriates") < page.index("Job search") < page.index("For family members")
    )
    assert page.index("For family members") < page.index("School places")
    assert "Children&#x27;s education" in page
    assert "For employers" not in page


@pytest.mark.django_db
def test_region_page_leaves_out_draft_and_expired_measures(client, kaluga):
    SupportMeasureFactory(
        region=kaluga, title_en="Draft help", publication_status=PublicationStatus.DRAFT
    )
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    SupportMeasureFactory(region=kaluga, title_en="Expired help", valid_to=yesterday)

    page = client.get("/en/regions/RU-KLU/").text

    assert "Draft help" not in page
    assert "Expired help" not in page
    assert "The region has not published support measures yet." in page


@pytest.mark.django_db
def test_region_page_says_when_the_text_is_shown_in_another_language(client, kaluga):
    page = client.get("/de/regions/RU-KLU/").text

    assert 'class="notice"' in page


@pytest.mark.django_db
@pytest.mark.parametrize("measures", [1, 50])
def test_region_page_query_count_does_not_grow(
    client, django_assert_max_num_queries, kaluga, measures
):
    SupportMeasureFactory.create_batch(measures, region=kaluga)

    with django_assert_max_num_queries(2):
        response = client.get("/en/regions/RU-KLU/")

    assert response.status_code == 200
    assert response.text.count('class="card measure-card"') == measures


@pytest.mark.django_db
def test_staff_preview_a_draft_region_with_a_draft_notice(client, superuser, draft_region):
    client.force_login(superuser)

    response = client.get("/en/regions/RU-TVE/")

    assert response.status_code == 200
    assert "only staff can see this preview" in response.text


# ---- measure page


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_measure_page_is_200_in_every_language(client, lang, kaluga_measure):
    response = client.get(f"/{lang}/measures/klu-housing-help/")

    assert response.status_code == 200
    assert f'href="/{lang}/regions/RU-KLU/"' in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_measure_page_is_404_for_a_draft(client, lang, kaluga):
    SupportMeasureFactory(
        region=kaluga, slug="draft-one", publication_status=PublicationStatus.DRAFT
    )

    assert client.get(f"/{lang}/measures/draft-one/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_measure_page_is_404_for_an_unknown_slug(client, lang):
    assert client.get(f"/{lang}/measures/no-such-measure/").status_code == 404


@pytest.mark.django_db
def test_measure_page_is_404_when_its_region_is_a_draft(client, draft_region):
    SupportMeasureFactory(region=draft_region, slug="tver-help")

    assert client.get("/en/measures/tver-help/").status_code == 404


@pytest.mark.django_db
def test_measure_page_shows_every_field(client, kaluga):
    SupportMeasureFactory(
        region=kaluga,
        slug="full",
        title_en="Grant for researchers",
        summary_en="Money for labs.",
        body_en="## Details\n\nA *grant*.",
        benefit_en="Up to **1 million** roubles (sample).",
        how_to_apply_en="1. Write to the office\n2. Bring papers",
        audience="impatriates",
        kind="grants_tax",
        eligible_categories=["scientist"],
        valid_from=datetime.date(2026, 1, 1),
        valid_to=datetime.date(2099, 12, 31),
    )

    page = client.get("/en/measures/full/").text

    assert "<h1>Grant for researchers</h1>" in page
    assert "Money for labs." in page
    assert "<h2>Details</h2>" in page
    assert "<strong>1 million</strong>" in page
    assert "<li>Bring papers</li>" in page
    assert "Grants and tax" in page
    assert "Scientist" in page
    assert "Kaluga Region" in page
    assert "2099" in page


@pytest.mark.django_db
def test_measure_page_says_every_category_when_none_is_listed(client, kaluga_measure):
    page = client.get("/en/measures/klu-housing-help/").text

    assert "Every category of the programme" in page


@pytest.mark.django_db
def test_sample_measure_is_marked_as_a_sample(client, kaluga):
    SupportMeasureFactory(region=kaluga, slug="sample", is_sample=True)

    page = client.get("/en/measures/sample/").text

    assert "Sample measure — actual terms are set by the region" in page


@pytest.mark.django_db
def test_measure_page_sanitises_editor_html(client, kaluga):
    SupportMeasureFactory(
        region=kaluga,
        slug="evil",
        body_en="<script>alert(1)</script>\n\n[click](javascript:alert(2))",
    )

    page = client.get("/en/measures/evil/").text

    assert "<script>alert(1)" not in page
    assert "javascript:" not in page


@pytest.mark.django_db
def test_measure_page_shows_russian_text_in_russian(client, kaluga_measure):
    page = client.get("/ru/measures/klu-housing-help/").text

    assert kaluga_measure.title_ru in page
    assert "Калужская область" in page


@pytest.mark.django_db
def test_regional_editor_previews_own_draft_measure_with_a_draft_notice(
    client, kaluga_editor, kaluga
):
    SupportMeasureFactory(
        region=kaluga, slug="klu-draft", publication_status=PublicationStatus.DRAFT
    )
    client.force_login(kaluga_editor)

    response = client.get("/en/measures/klu-draft/")

    assert response.status_code == 200
    assert "only staff can see this preview" in response.text


@pytest.mark.django_db
def test_regional_editor_cannot_preview_another_regions_draft(client, kaluga_editor, moscow):
    SupportMeasureFactory(
        region=moscow, slug="mow-draft", publication_status=PublicationStatus.DRAFT
    )
    client.force_login(kaluga_editor)

    assert client.get("/en/measures/mow-draft/").status_code == 404


@pytest.mark.django_db
def test_published_measure_has_no_draft_notice_for_staff(client, superuser, kaluga_measure):
    client.force_login(superuser)

    page = client.get("/en/measures/klu-housing-help/").text

    assert "only staff can see this preview" not in page


@pytest.mark.django_db
@pytest.mark.parametrize("measures", [1, 50])
def test_measure_page_query_count_is_small(client, django_assert_max_num_queries, kaluga, measures):
    SupportMeasureFactory.create_batch(measures, region=kaluga)
    url = kaluga.measures.first().get_absolute_url()

    with django_assert_max_num_queries(1):
        response = client.get(url)

    assert response.status_code == 200
