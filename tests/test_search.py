import pytest

from portal.publishing import PublicationStatus
from tests.factories import FaqFactory, InfoPageFactory, LegalDocumentFactory, SupportMeasureFactory


@pytest.mark.django_db
def test_search_finds_published_objects_of_several_kinds(client):
    FaqFactory(question_en="How do I get a visa?", answer_en="The Foreign Ministry issues it.")
    LegalDocumentFactory(title_en="Visa rules for impatriates")
    SupportMeasureFactory(title_en="Housing help", summary_en="No visa here")

    html = client.get("/en/search/", {"q": "visa"}).text

    assert "How do I get a visa?" in html
    assert "Visa rules for impatriates" in html
    assert "Housing help" in html
    assert "3 results for “visa”." in html


@pytest.mark.django_db
def test_search_never_shows_drafts(client):
    FaqFactory(question_en="Secret visa plan?", publication_status=PublicationStatus.DRAFT)

    html = client.get("/en/search/", {"q": "visa"}).text

    assert "Secret visa plan" not in html
    assert "Nothing matched" in html


@pytest.mark.django_db
def test_search_links_to_the_page_in_the_readers_language(client):
    page = InfoPageFactory(slug="working", title_en="Working in Russia", title_ru="Работа в России")

    html = client.get("/ru/search/", {"q": "Работа"}).text

    assert f'href="/ru/pages/{page.slug}/"' in html


@pytest.mark.django_db
def test_search_without_a_query_shows_only_the_form(client):
    response = client.get("/en/search/")

    assert response.status_code == 200
    assert "results for" not in response.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["x" * 10_000, "'; DROP TABLE content_faq; --", "<script>", "&|!():*"]
)
def test_search_survives_hostile_queries(client, query):
    response = client.get("/en/search/", {"q": query})

    assert response.status_code == 200
    assert "<script>" not in response.text.split("<main", 1)[1]


@pytest.mark.postgres
@pytest.mark.django_db
def test_search_finds_a_russian_word_in_another_inflected_form(client):
    FaqFactory(
        question_ru="Как найти жильё в регионах?",
        answer_ru="Центры «одного окна» помогают с жильём.",
    )

    html = client.get("/ru/search/", {"q": "регион"}).text

    assert "Как найти жильё в регионах?" in html


@pytest.mark.postgres
@pytest.mark.django_db
def test_search_in_german_also_matches_the_english_fallback_text(client):
    FaqFactory(question_en="Can my children attend school?", answer_en="Yes, schools help.")

    html = client.get("/de/search/", {"q": "schools"}).text

    assert "Can my children attend school?" in html
