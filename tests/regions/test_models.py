import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError

from portal.publishing import PublicationStatus
from regions.models import Region, SupportMeasure
from tests.factories import RegionFactory, SupportMeasureFactory

TODAY = datetime.date(2026, 6, 15)


@pytest.mark.django_db
def test_measure_rejects_an_unknown_eligible_category(kaluga_measure):
    kaluga_measure.eligible_categories = ["scientist", "astronaut"]

    with pytest.raises(ValidationError) as error:
        kaluga_measure.full_clean()

    assert "astronaut" in str(error.value.message_dict["eligible_categories"])


@pytest.mark.django_db
def test_measure_rejects_eligible_categories_that_are_not_a_list(kaluga_measure):
    kaluga_measure.eligible_categories = {"scientist": True}

    with pytest.raises(ValidationError) as error:
        kaluga_measure.full_clean()

    assert "eligible_categories" in error.value.message_dict


@pytest.mark.django_db
def test_measure_accepts_an_empty_category_list_meaning_every_category(kaluga_measure):
    kaluga_measure.eligible_categories = []

    kaluga_measure.full_clean()


@pytest.mark.django_db
def test_measure_rejects_an_end_of_validity_before_its_start(kaluga_measure):
    kaluga_measure.valid_from = datetime.date(2026, 5, 1)
    kaluga_measure.valid_to = datetime.date(2026, 4, 30)

    with pytest.raises(ValidationError) as error:
        kaluga_measure.full_clean()

    assert "valid_to" in error.value.message_dict


@pytest.mark.django_db
def test_region_rejects_an_unknown_priority_category(kaluga):
    kaluga.priority_categories = ["nobody"]

    with pytest.raises(ValidationError) as error:
        kaluga.full_clean()

    assert "priority_categories" in error.value.message_dict


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("valid_from", "valid_to", "in_force"),
    [
        (None, None, True),
        (datetime.date(2026, 1, 1), None, True),
        (None, datetime.date(2026, 6, 15), True),
        (datetime.date(2026, 6, 16), None, False),
        (None, datetime.date(2026, 6, 14), False),
        (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31), True),
    ],
)
def test_currently_valid_keeps_measures_in_force_on_the_day(kaluga, valid_from, valid_to, in_force):
    measure = SupportMeasureFactory(region=kaluga, valid_from=valid_from, valid_to=valid_to)

    found = SupportMeasure.objects.currently_valid(today=TODAY).filter(pk=measure.pk).exists()

    assert found is in_force


@pytest.mark.django_db
def test_published_measures_need_a_published_region(draft_region, kaluga_measure):
    hidden = SupportMeasureFactory(region=draft_region)

    published = set(SupportMeasure.objects.published())

    assert kaluga_measure in published
    assert hidden not in published


@pytest.mark.django_db
def test_editable_by_gives_an_editor_only_the_measures_of_their_regions(
    kaluga_editor, kaluga_measure, moscow_measure
):
    assert list(SupportMeasure.objects.editable_by(kaluga_editor)) == [kaluga_measure]


@pytest.mark.django_db
def test_editable_by_gives_a_superuser_every_measure(superuser, kaluga_measure, moscow_measure):
    assert set(SupportMeasure.objects.editable_by(superuser)) == {kaluga_measure, moscow_measure}


@pytest.mark.django_db
def test_editable_by_gives_an_anonymous_user_nothing(kaluga_measure):
    assert not SupportMeasure.objects.editable_by(AnonymousUser()).exists()
    assert not Region.objects.edited_by(AnonymousUser()).exists()


@pytest.mark.django_db
def test_staff_preview_covers_the_drafts_they_may_edit_only(kaluga_editor, kaluga, moscow):
    own_draft = SupportMeasureFactory(region=kaluga, publication_status=PublicationStatus.DRAFT)
    other_draft = SupportMeasureFactory(region=moscow, publication_status=PublicationStatus.DRAFT)
    published = SupportMeasureFactory(region=moscow)

    viewable = set(SupportMeasure.objects.viewable_by(kaluga_editor))

    assert viewable == {own_draft, published}
    assert other_draft not in viewable


@pytest.mark.django_db
@pytest.mark.parametrize("category", ["scientist", "investor"])
def test_open_to_category_includes_measures_open_to_everyone(kaluga, category):
    for_scientists = SupportMeasureFactory(region=kaluga, eligible_categories=["scientist"])
    for_everyone = SupportMeasureFactory(region=kaluga, eligible_categories=[])
    for_students = SupportMeasureFactory(region=kaluga, eligible_categories=["student_graduate"])

    found = set(SupportMeasure.objects.open_to_category(category))

    expected = {for_everyone, for_scientists} if category == "scientist" else {for_everyone}
    assert found == expected
    assert for_students not in found


@pytest.mark.django_db
def test_publishing_stamps_published_at_once():
    region = RegionFactory(publication_status=PublicationStatus.DRAFT)
    measure = SupportMeasureFactory(region=region, publication_status=PublicationStatus.DRAFT)
    assert measure.published_at is None

    measure.publication_status = PublicationStatus.PUBLISHED
    measure.save()

    assert measure.published_at is not None


@pytest.mark.django_db
def test_office_phone_becomes_a_tel_uri(kaluga):
    kaluga.office_phone = "+7 (4842) 56-00-00"

    assert kaluga.office_phone_uri == "tel:+74842560000"
