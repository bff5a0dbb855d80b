"""The page cache: hits and misses, invalidation by every cached model, what is never cached."""

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory

from portal import page_cache
from portal.page_cache import HEADER, storable
from portal.publishing import PublicationStatus
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

pytestmark = pytest.mark.django_db


def cache_state(response) -> str | None:
    return response.headers.get(HEADER)


# ---- Hits and misses


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(
    client, page_cache_on, django_assert_num_queries
):
    FaqFactory(question_en="Who is an impatriate?")
    first = client.get("/en/faq/")

    with django_assert_num_queries(0):
        second = client.get("/en/faq/")

    assert cache_state(first) == "miss"
    assert cache_state(second) == "hit"
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_each_language_has_its_own_cached_page(client, page_cache_on):
    FaqFactory(question_en="In English?", question_ru="По-русски?")
    client.get("/en/faq/")

    russian = client.get("/ru/faq/")

    assert cache_state(russian) == "miss"
    assert "По-русски?" in russian.text


def test_the_query_string_is_part_of_the_cached_address(client, page_cache_on):
    FaqFactory(question_en="About visas?")
    FaqFactory(question_en="About housing?")
    client.get("/en/faq/", {"q": "visas"})

    housing = client.get("/en/faq/", {"q": "housing"})

    assert cache_state(housing) == "miss"
    assert "About housing?" in housing.text
    assert "About visas?" not in housing.text


def test_api_list_is_cached_per_negotiated_language(client, page_cache_on):
    SupportMeasureFactory(title_en="Housing help", title_ru="Помощь с жильём")
    client.get("/api/v1/measures/", HTTP_ACCEPT_LANGUAGE="en")

    russian = client.get("/api/v1/measures/", HTTP_ACCEPT_LANGUAGE="ru")
    again = client.get("/api/v1/measures/", HTTP_ACCEPT_LANGUAGE="ru")

    assert cache_state(russian) == "miss"
    assert russian.json()["results"][0]["title"] == "Помощь с жильём"
    assert cache_state(again) == "hit"
    assert again.json() == russian.json()
    assert again["Content-Language"] == "ru"


def test_cacheable_pages_vary_on_the_cookie(client, page_cache_on):
    client.get("/en/journey/")

    response = client.get("/en/journey/")

    assert "Cookie" in response["Vary"]


def test_zero_seconds_switches_the_cache_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/en/faq/")

    response = client.get("/en/faq/")

    assert cache_state(response) is None


# ---- Restarts and releases


@pytest.fixture
def fresh_release():
    page_cache.release.cache_clear()
    yield
    page_cache.release.cache_clear()


def test_a_restarted_process_finds_the_cache_warm(client, page_cache_on):
    FaqFactory(question_en="Still cached after a deploy?")
    client.get("/en/faq/")
    generation = page_cache.current_generation()

    # A new client loads the middleware afresh, as a restarted worker or a new replica does.
    response = Client().get("/en/faq/")

    assert cache_state(response) == "hit"
    assert page_cache.current_generation() == generation


def test_only_a_content_change_bumps_the_generation(client, page_cache_on):
    generation = page_cache.current_generation()
    Client().get("/en/faq/")
    assert page_cache.current_generation() == generation

    FaqFactory(question_en="New?")

    assert page_cache.current_generation() > generation


def test_a_new_release_does_not_serve_the_pages_of_the_old_one(
    client, page_cache_on, fresh_release
):
    page_cache_on.PAGE_CACHE_RELEASE = "release-1"
    client.get("/en/faq/")
    assert cache_state(client.get("/en/faq/")) == "hit"

    page_cache_on.PAGE_CACHE_RELEASE = "release-2"
    page_cache.release.cache_clear()

    assert cache_state(Client().get("/en/faq/")) == "miss"


def test_without_a_release_name_the_source_files_fingerprint_the_release(settings, fresh_release):
    settings.PAGE_CACHE_RELEASE = ""

    fingerprint = page_cache.release()

    assert len(fingerprint) == 16
    page_cache.release.cache_clear()
    assert page_cache.release() == fingerprint


# ---- Invalidation: every cached model, on save and on delete


def make_faq():
    return FaqFactory(question_en="Old question?"), "/en/faq/", "question_en"


def make_topic():
    topic = FaqTopicFactory(title_en="Old topic")
    FaqFactory(topic=topic)
    return topic, "/en/faq/", "title_en"


def make_document():
    return LegalDocumentFactory(title_en="Old decree"), "/en/legal/", "title_en"


def make_story():
    return SuccessStoryFactory(display_name_en="Old engineer"), "/en/stories/", "display_name_en"


def make_info_page():
    return InfoPageFactory(title_en="Old living page"), "/en/pages/", "title_en"


def make_journey_step():
    return JourneyStepFactory(title_en="Old step"), "/en/journey/", "title_en"


def make_region():
    return RegionFactory(code="RU-KLU", name_en="Old region"), "/en/regions/", "name_en"


def make_measure():
    region = RegionFactory(code="RU-KLU")
    return (
        SupportMeasureFactory(region=region, title_en="Old measure"),
        "/en/regions/RU-KLU/",
        "title_en",
    )


CACHED_MODELS = {
    "faq": make_faq,
    "topic": make_topic,
    "legal document": make_document,
    "story": make_story,
    "info page": make_info_page,
    "journey step": make_journey_step,
    "region": make_region,
    "measure": make_measure,
}


@pytest.mark.parametrize("make", CACHED_MODELS.values(), ids=CACHED_MODELS.keys())
def test_saving_a_shown_object_refreshes_the_cached_page(client, page_cache_on, make):
    obj, url, field = make()
    client.get(url)
    assert cache_state(client.get(url)) == "hit"

    setattr(obj, field, "Brand new text")
    obj.save()
    response = client.get(url)

    assert cache_state(response) == "miss"
    assert "Brand new text" in response.text


@pytest.mark.parametrize("make", CACHED_MODELS.values(), ids=CACHED_MODELS.keys())
def test_deleting_an_object_refreshes_the_cached_pages(client, page_cache_on, make):
    obj, url, _field = make()
    other_page = "/en/" if url != "/en/" else "/en/faq/"
    client.get(other_page)
    assert cache_state(client.get(other_page)) == "hit"

    # A topic and a region are protected while anything points at them: delete those first.
    for related in ("faqs", "measures"):
        if hasattr(obj, related):
            getattr(obj, related).all().delete()
    obj.delete()

    assert cache_state(client.get(other_page)) == "miss"


@pytest.mark.parametrize(
    ("make", "shown"),
    [(make_faq, "Old question?"), (make_document, "Old decree"), (make_measure, "Old measure")],
)
def test_a_deleted_object_disappears_from_its_cached_page(client, page_cache_on, make, shown):
    obj, url, _field = make()
    assert shown in client.get(url).text

    obj.delete()

    assert shown not in client.get(url).text


def test_unpublishing_removes_the_object_from_the_cached_page(client, page_cache_on):
    from portal.publishing import publication_status_set

    faq = FaqFactory(question_en="Soon a draft?")
    assert "Soon a draft?" in client.get("/en/faq/").text

    publication_status_set(objects=[faq], status=PublicationStatus.DRAFT)

    assert "Soon a draft?" not in client.get("/en/faq/").text


# ---- Never cached


def test_logged_in_staff_bypass_the_cache_and_see_their_drafts(
    client, page_cache_on, django_user_model
):
    LegalDocumentFactory(slug="draft-act", publication_status=PublicationStatus.DRAFT)
    assert client.get("/en/legal/draft-act/").status_code == 404
    staff = django_user_model.objects.create_user("editor", password="pw", is_staff=True)
    client.force_login(staff)

    response = client.get("/en/legal/draft-act/")

    assert response.status_code == 200
    assert cache_state(response) is None


def test_a_page_seen_by_staff_is_not_stored_for_anonymous_readers(
    client, page_cache_on, django_user_model
):
    LegalDocumentFactory(slug="draft-act", publication_status=PublicationStatus.DRAFT)
    staff = django_user_model.objects.create_user("editor", password="pw", is_staff=True)
    client.force_login(staff)
    assert client.get("/en/legal/draft-act/").status_code == 200
    client.logout()

    response = client.get("/en/legal/draft-act/")

    assert response.status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/en/eligibility/",
        "/en/eligibility/?declaration=yes&category=scientist&family=alone&category_fit=yes",
        "/en/apply/",
        "/en/apply/step/1/",
        "/en/apply/status/",
    ],
)
def test_forms_and_the_status_page_are_never_cached(client, page_cache_on, url):
    # Eligibility results too: their query string holds a candidate's answers, which must not
    # be kept in a shared cache, and each combination would be its own, rarely reused entry.
    client.get(url)

    response = client.get(url)

    assert cache_state(response) is None


def test_not_found_pages_are_not_stored(client, page_cache_on):
    client.get("/en/legal/no-such-document/")

    response = client.get("/en/legal/no-such-document/")

    assert response.status_code == 404
    assert cache_state(response) == "miss"


def test_api_writes_are_never_cached(client, page_cache_on):
    client.post("/api/v1/applications/", {}, content_type="application/json")

    response = client.post("/api/v1/applications/", {}, content_type="application/json")

    assert cache_state(response) is None


def test_a_response_that_sets_a_cookie_is_not_stored():
    request = RequestFactory().get("/en/faq/")
    response = HttpResponse("page")
    response.set_cookie("tracking", "1")

    assert not storable(request, response)


def test_a_response_that_used_the_csrf_token_is_not_stored():
    request = RequestFactory().get("/en/faq/")
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True

    assert not storable(request, HttpResponse("page with a form"))
