import pytest
from django.core.management import call_command

from portal.seeding import demo_items
from regions.models import Region, SupportMeasure


@pytest.mark.django_db
def test_seed_demo_twice_gives_the_same_counts():
    call_command("seed_demo")
    first = (Region.objects.count(), SupportMeasure.objects.count())

    call_command("seed_demo")

    assert (Region.objects.count(), SupportMeasure.objects.count()) == first
    assert first[1] == len(demo_items("measures"))


@pytest.mark.django_db
def test_every_pilot_region_gets_published_sample_measures():
    call_command("seed_demo")

    for region in Region.objects.filter(is_pilot=True):
        measures = SupportMeasure.objects.published().filter(region=region)
        assert measures.exists(), region.code
        assert all(measure.is_sample for measure in measures)


@pytest.mark.django_db
def test_seeded_measures_are_valid_and_in_english_and_russian():
    call_command("seed_demo")

    for measure in SupportMeasure.objects.all():
        measure.full_clean()
        assert measure.title_en and measure.title_ru
        assert measure.summary_en and measure.summary_ru


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_seeded_kaluga_page_shows_its_sample_measures(client, lang):
    call_command("seed_demo")

    page = client.get(f"/{lang}/regions/RU-KLU/").text

    assert (
        page.count('class="card measure-card"')
        == SupportMeasure.objects.filter(region__code="RU-KLU").count()
    )
