"""Regional-editor isolation through real admin HTTP requests."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from portal.publishing import PublicationStatus
from regions.models import Region, SupportMeasure
from tests.factories import SupportMeasureFactory

MEASURES = "/admin/regions/supportmeasure/"
REGIONS = "/admin/regions/region/"


def measure_form(region, **changes):
    """The POST body of the support measure admin form."""
    data = {
        "region": region.pk,
        "title_en": "Russian courses for newcomers",
        "slug": "klu-russian-courses",
        "summary_en": "Free Russian lessons.",
        "body_en": "Twice a week.",
        "audience": "impatriates",
        "kind": "language_culture",
        "eligible_categories": ["scientist"],
        "publication_status": PublicationStatus.DRAFT,
        "_save": "Save",
    }
    data.update(changes)
    return data


def region_form(region, **changes):
    """The POST body of the region admin form as a regional editor sees it."""
    data = {
        "description_en": region.description_en or "",
        "office_name_en": "Kaluga one-stop shop",
        "office_address_en": "1 Lenina St",
        "office_phone": "+7 4842 000000",
        "office_email": "office@example.org",
        "office_website": "https://example.org",
        "office_hours_en": "Mon–Fri 9–18",
        "official_name_en": "Ivan Petrov",
        "official_title_en": "Deputy Governor",
        "_save": "Save",
    }
    data.update(changes)
    return data


@pytest.fixture
def editor_client(client, kaluga_editor):
    client.force_login(kaluga_editor)
    return client


# ---- support measures


@pytest.mark.django_db
def test_changelist_shows_a_regional_editor_only_own_measures(
    editor_client, kaluga_measure, moscow_measure
):
    page = editor_client.get(MEASURES).text

    assert "Kaluga housing help" in page
    assert "Moscow language courses" not in page


@pytest.mark.django_db
def test_changelist_filter_on_another_region_shows_nothing_of_it(
    editor_client, kaluga_measure, moscow_measure, moscow
):
    response = editor_client.get(f"{MEASURES}?region__id__exact={moscow.pk}")

    assert "Moscow language courses" not in response.text
    assert "Moscow" not in editor_client.get(MEASURES).text


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["change", "delete", "history"])
def test_another_regions_measure_is_404_to_a_regional_editor(editor_client, moscow_measure, view):
    response = editor_client.get(f"{MEASURES}{moscow_measure.pk}/{view}/")

    assert response.status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["change", "delete", "history"])
def test_own_measure_opens_for_a_regional_editor(editor_client, kaluga_measure, view):
    assert editor_client.get(f"{MEASURES}{kaluga_measure.pk}/{view}/").status_code == 200


@pytest.mark.django_db
def test_garbage_object_id_is_404_not_a_redirect(editor_client):
    assert editor_client.get(f"{MEASURES}not-a-number/change/").status_code == 404


@pytest.mark.django_db
def test_posting_a_delete_of_another_regions_measure_is_404_and_keeps_it(
    editor_client, moscow_measure
):
    response = editor_client.post(f"{MEASURES}{moscow_measure.pk}/delete/", {"post": "yes"})

    assert response.status_code == 404
    assert SupportMeasure.objects.filter(pk=moscow_measure.pk).exists()


@pytest.mark.django_db
def test_add_form_offers_only_the_editors_regions(editor_client, kaluga, moscow):
    response = editor_client.get(f"{MEASURES}add/")

    region_field = response.context["adminform"].form.fields["region"]
    assert list(region_field.queryset) == [kaluga]
    assert f'<option value="{moscow.pk}"' not in response.text


@pytest.mark.django_db
def test_add_form_uses_the_local_jquery_ui_of_the_tabbed_translation_admin(editor_client):
    response = editor_client.get(f"{MEASURES}add/")

    assert "vendor/jquery-ui-1.14.1/jquery-ui.min.js" in response.text
    assert "tabbed_translation_fields.js" in response.text


@pytest.mark.django_db
def test_regional_editor_adds_a_measure_for_own_region(editor_client, kaluga):
    response = editor_client.post(f"{MEASURES}add/", measure_form(kaluga))

    assert response.status_code == 302
    measure = SupportMeasure.objects.get(slug="klu-russian-courses")
    assert measure.region == kaluga
    assert measure.eligible_categories == ["scientist"]


@pytest.mark.django_db
def test_posting_a_measure_for_another_region_is_refused(editor_client, kaluga, moscow):
    response = editor_client.post(f"{MEASURES}add/", measure_form(moscow))

    assert response.status_code == 200
    assert "region" in response.context["adminform"].form.errors
    assert not SupportMeasure.objects.filter(slug="klu-russian-courses").exists()


@pytest.mark.django_db
def test_moving_own_measure_to_another_region_is_refused(editor_client, kaluga_measure, moscow):
    data = measure_form(moscow, slug=kaluga_measure.slug)

    response = editor_client.post(f"{MEASURES}{kaluga_measure.pk}/change/", data)

    assert response.status_code == 200
    kaluga_measure.refresh_from_db()
    assert kaluga_measure.region.code == "RU-KLU"


@pytest.mark.django_db
def test_admin_refuses_an_end_of_validity_before_its_start(editor_client, kaluga):
    data = measure_form(kaluga, valid_from="2026-05-01", valid_to="2026-04-01")

    response = editor_client.post(f"{MEASURES}add/", data)

    assert "valid_to" in response.context["adminform"].form.errors
    assert not SupportMeasure.objects.exists()


@pytest.mark.django_db
def test_kaluga_editor_publishes_a_measure_that_appears_on_kaluga_only(
    client, kaluga_editor, kaluga, moscow
):
    draft = SupportMeasureFactory(
        region=kaluga, title_en="Kaluga school places", publication_status=PublicationStatus.DRAFT
    )
    client.force_login(kaluga_editor)
    response = client.post(MEASURES, {"action": "publish_selected", "_selected_action": [draft.pk]})
    assert response.status_code == 302
    client.logout()

    assert "Kaluga school places" in client.get("/en/regions/RU-KLU/").text
    assert "Kaluga school places" not in client.get("/en/regions/RU-MOW/").text
    assert client.get(draft.get_absolute_url()).status_code == 200


@pytest.mark.django_db
def test_publish_action_ignores_another_regions_measures(editor_client, moscow):
    other = SupportMeasureFactory(region=moscow, publication_status=PublicationStatus.DRAFT)

    editor_client.post(MEASURES, {"action": "publish_selected", "_selected_action": [other.pk]})

    other.refresh_from_db()
    assert other.publication_status == PublicationStatus.DRAFT


@pytest.mark.django_db
def test_unpublish_action_takes_a_measure_off_the_site(client, kaluga_editor, kaluga_measure):
    client.force_login(kaluga_editor)
    client.post(MEASURES, {"action": "unpublish_selected", "_selected_action": [kaluga_measure.pk]})
    client.logout()

    assert client.get(kaluga_measure.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_superuser_sees_and_opens_every_measure(client, superuser, kaluga_measure, moscow_measure):
    client.force_login(superuser)

    page = client.get(MEASURES).text

    assert "Kaluga housing help" in page
    assert "Moscow language courses" in page
    assert client.get(f"{MEASURES}{moscow_measure.pk}/change/").status_code == 200


@pytest.mark.django_db
def test_content_editor_reads_every_measure_but_cannot_change_one(
    client, content_editor, kaluga_measure, moscow_measure
):
    client.force_login(content_editor)

    page = client.get(MEASURES).text
    response = client.post(
        f"{MEASURES}{moscow_measure.pk}/change/", measure_form(moscow_measure.region)
    )

    assert "Kaluga housing help" in page
    assert "Moscow language courses" in page
    assert response.status_code == 403
    assert client.get(f"{MEASURES}add/").status_code == 403


@pytest.mark.django_db
def test_change_page_links_to_the_measure_on_the_site(editor_client, kaluga_measure):
    content_type = ContentType.objects.get_for_model(SupportMeasure)
    view_on_site = reverse("admin:view_on_site", args=[content_type.pk, kaluga_measure.pk])

    page = editor_client.get(f"{MEASURES}{kaluga_measure.pk}/change/").text

    assert view_on_site in page
    assert editor_client.get(view_on_site)["Location"].endswith("/measures/klu-housing-help/")


# ---- regions


@pytest.mark.django_db
def test_region_changelist_shows_a_regional_editor_only_own_regions(editor_client, kaluga, moscow):
    page = editor_client.get(REGIONS).text

    assert "RU-KLU" in page
    assert "RU-MOW" not in page


@pytest.mark.django_db
def test_regional_editor_changes_office_data_of_own_region_but_not_its_code(editor_client, kaluga):
    response = editor_client.post(
        f"{REGIONS}{kaluga.pk}/change/",
        region_form(kaluga, code="RU-XXX", name_en="Renamed", is_pilot=""),
    )

    assert response.status_code == 302
    kaluga.refresh_from_db()
    assert kaluga.office_phone == "+7 4842 000000"
    assert kaluga.office_name_en == "Kaluga one-stop shop"
    assert kaluga.official_name_en == "Ivan Petrov"
    assert kaluga.code == "RU-KLU"
    assert kaluga.name_en == "Kaluga Region"
    assert kaluga.is_pilot is True


@pytest.mark.django_db
def test_region_change_form_shows_structural_fields_read_only_to_an_editor(editor_client, kaluga):
    form = editor_client.get(f"{REGIONS}{kaluga.pk}/change/").context["adminform"].form

    assert "office_phone" in form.fields
    assert "description_en" in form.fields
    for field in ("code", "name_en", "federal_district", "is_pilot", "work_model", "editors"):
        assert field not in form.fields


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["change", "delete", "history"])
def test_another_region_is_404_to_a_regional_editor(editor_client, moscow, view):
    assert editor_client.get(f"{REGIONS}{moscow.pk}/{view}/").status_code == 404


@pytest.mark.django_db
def test_regional_editor_cannot_delete_own_region(editor_client, kaluga):
    response = editor_client.post(f"{REGIONS}{kaluga.pk}/delete/", {"post": "yes"})

    assert response.status_code == 403
    assert Region.objects.filter(pk=kaluga.pk).exists()


@pytest.mark.django_db
def test_regional_editor_cannot_add_a_region(editor_client):
    assert editor_client.get(f"{REGIONS}add/").status_code == 403


@pytest.mark.django_db
def test_regional_editor_is_not_offered_to_publish_regions(editor_client):
    response = editor_client.get(REGIONS)

    assert "publish_selected" not in response.text


@pytest.mark.django_db
def test_superuser_changes_structural_region_fields(client, superuser, moscow):
    client.force_login(superuser)

    form = client.get(f"{REGIONS}{moscow.pk}/change/").context["adminform"].form

    assert {"code", "name_en", "is_pilot", "editors", "priority_categories"} <= set(form.fields)


@pytest.mark.django_db
def test_add_form_preselects_the_only_region_of_an_editor(editor_client, kaluga, moscow):
    form = editor_client.get(f"{MEASURES}add/").context["adminform"].form

    assert form.initial["region"] == kaluga.pk
