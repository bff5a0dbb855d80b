import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import translation

from content.models import DatePrecision
from tests.factories import JourneyStepFactory, LegalDocumentFactory, SuccessStoryFactory


@pytest.mark.django_db
def test_photo_without_alt_text_fails_validation():
    story = SuccessStoryFactory.build(region=None)
    story.photo = ContentFile(b"not saved", name="photo.png")

    with pytest.raises(ValidationError) as error:
        story.clean()

    assert "photo_alt_en" in error.value.message_dict


@pytest.mark.django_db
def test_story_without_photo_needs_no_alt_text():
    SuccessStoryFactory.build(region=None).clean()


@pytest.mark.django_db
def test_month_precision_date_is_stored_as_the_first_of_the_month():
    document = LegalDocumentFactory.build(
        signed_on=datetime.date(2024, 8, 17), signed_on_precision=DatePrecision.MONTH
    )

    document.clean()

    assert document.signed_on == datetime.date(2024, 8, 1)


@pytest.mark.django_db
def test_day_precision_date_is_shown_in_the_readers_date_format():
    document = LegalDocumentFactory.build(signed_on=datetime.date(2024, 11, 21))

    with translation.override("ru"):
        assert document.signed_on_display == "21 ноября 2024 г."
    with translation.override("fr"):
        assert document.signed_on_display == "21 novembre 2024"


@pytest.mark.django_db
@pytest.mark.parametrize("link", ["/eligibility/", "/apply/status/", "/", "/faq/#visas", ""])
def test_journey_link_accepts_a_site_path_without_language(link):
    JourneyStepFactory.build(link=link).full_clean()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "link",
    ["/en/faq/", "/ru/", "https://example.org/", "//example.org/", "javascript:alert(1)", "faq/"],
)
def test_journey_link_refuses_anything_but_a_language_less_site_path(link):
    with pytest.raises(ValidationError) as error:
        JourneyStepFactory.build(link=link).full_clean()

    assert "link" in error.value.message_dict


def test_journey_link_gets_the_current_language_prefix():
    step = JourneyStepFactory.build(link="/eligibility/")

    with translation.override("de"):
        assert step.link_url == "/de/eligibility/"
