"""Every public page and API list stays within 8 queries, whether it shows 1 object or 50."""

import pytest

from tests.factories import (
    FaqFactory,
    FaqTopicFactory,
    InfoPageFactory,
    JourneyStepFactory,
    LegalDocumentFactory,
    RegionFactory,
    SuccessStoryFactory,
    SupportMeasureFactory,
)

BUDGET = 8


def make_everything(count: int) -> None:
    """`count` published objects of every public kind, spread over three regions."""
    regions = [RegionFactory(code="RU-KLU", is_pilot=True), *RegionFactory.create_batch(2)]
    for n in range(count):
        region = regions[n % 3]
        FaqFactory(question_en=f"Visa question {n}?")
        LegalDocumentFactory(title_en=f"Visa decree {n}")
        SuccessStoryFactory(region=region, quote_en="A visa and a home.")
        InfoPageFactory(title_en=f"Visa page {n}")
        JourneyStepFactory()
        SupportMeasureFactory(region=region, title_en=f"Visa help {n}")


PAGES = [
    "/en/",
    "/en/search/?q=visa",
    "/sitemap.xml",
    "/en/faq/",
    "/en/faq/?page=2",
    "/en/faq/?q=visa",
    "/en/legal/",
    "/en/stories/",
    "/en/pages/",
    "/en/journey/",
    "/en/regions/",
    "/en/regions/RU-KLU/",
    "/en/eligibility/",
    "/en/eligibility/?declaration=yes&category=scientist&family=alone&category_fit=yes",
    "/en/apply/",
    "/en/apply/step/1/",
    "/en/apply/status/",
]
API_LISTS = [
    "/api/v1/faqs/",
    "/api/v1/documents/",
    "/api/v1/stories/",
    "/api/v1/regions/",
    "/api/v1/regions/RU-KLU/measures/",
    "/api/v1/measures/",
    "/api/v1/measures/?region=RU-KLU&audience=impatriates",
]


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 50])
@pytest.mark.parametrize("url", PAGES + API_LISTS)
def test_public_page_stays_within_the_query_budget(
    client, django_assert_max_num_queries, url, count
):
    make_everything(count)

    with django_assert_max_num_queries(BUDGET):
        response = client.get(url)

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 50])
def test_detail_pages_stay_within_the_query_budget(client, django_assert_max_num_queries, count):
    make_everything(count)
    urls = [
        FaqFactory(topic=FaqTopicFactory(slug="visas")).topic.get_absolute_url(),
        LegalDocumentFactory(slug="decree").get_absolute_url(),
        SuccessStoryFactory(slug="story").get_absolute_url(),
        InfoPageFactory(slug="living").get_absolute_url(),
        SupportMeasureFactory(slug="housing").get_absolute_url(),
    ]

    for url in urls:
        with django_assert_max_num_queries(BUDGET):
            response = client.get(url)
        assert response.status_code == 200
