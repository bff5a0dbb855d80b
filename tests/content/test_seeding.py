import datetime

import pytest
from django.core.management import call_command

from content.models import (
    DatePrecision,
    Faq,
    FaqTopic,
    InfoPage,
    JourneyStep,
    LegalDocument,
    SuccessStory,
)
from portal.seeding import demo_items
from tests.content.conftest import fallback_notice_text

CONTENT_MODELS = [FaqTopic, Faq, LegalDocument, SuccessStory, InfoPage, JourneyStep]


@pytest.fixture
def seeded(db):
    call_command("seed_demo")


def counts():
    return {model.__name__: model.objects.count() for model in CONTENT_MODELS}


@pytest.mark.django_db
def test_seed_demo_twice_gives_the_same_counts_for_every_content_model():
    call_command("seed_demo")
    first = counts()

    call_command("seed_demo")

    assert counts() == first
    assert first["Faq"] == len(demo_items("faqs"))
    assert first["LegalDocument"] == len(demo_items("documents"))
    assert first["SuccessStory"] == len(demo_items("stories"))
    assert all(first.values())


@pytest.mark.django_db
def test_seeded_content_is_published_valid_and_in_english_and_russian():
    call_command("seed_demo")

    for model in CONTENT_MODELS[1:]:
        for obj in model.objects.all():
            obj.full_clean()
            assert obj.is_published, obj
    for story in SuccessStory.objects.all():
        assert story.is_sample
        assert story.display_name_en and story.display_name_ru


@pytest.mark.django_db
def test_seeded_documents_keep_month_only_and_exact_dates():
    call_command("seed_demo")

    decree = LegalDocument.objects.get(slug="decree-702")
    instruction = LegalDocument.objects.get(slug="instruction-pr-2423")

    assert (decree.signed_on, decree.signed_on_precision) == (
        datetime.date(2024, 8, 1),
        DatePrecision.MONTH,
    )
    assert instruction.signed_on == datetime.date(2024, 11, 21)
    assert instruction.signed_on_precision == DatePrecision.DAY


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize(
    "url", ["/faq/", "/legal/", "/legal/decree-702/", "/stories/", "/pages/", "/journey/"]
)
def test_seeded_pages_read_in_english_and_russian_without_fallback(client, seeded, lang, url):
    response = client.get(f"/{lang}{url}")

    assert response.status_code == 200
    assert fallback_notice_text(lang, "ru" if lang == "en" else "en") not in response.text
