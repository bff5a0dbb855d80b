import datetime

import pytest

from content.models import DatePrecision
from content.selectors import FAQS_PER_PAGE
from tests.content.conftest import DRAFT, LANGUAGE_CODES, fallback_notice_text
from tests.factories import (
    FaqFactory,
    FaqTopicFactory,
    InfoPageFactory,
    JourneyStepFactory,
    LegalDocumentFactory,
    RegionFactory,
    SuccessStoryFactory,
)

# ---- every page: 200 when published, 404 when draft or unknown, in every language


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_faq_page_is_200_in_every_language_and_lists_published_faqs(client, lang):
    published = FaqFactory()
    draft = FaqFactory(publication_status=DRAFT)

    response = client.get(f"/{lang}/faq/")

    assert response.status_code == 200
    assert f'id="faq-{published.pk}"' in response.text
    assert f'id="faq-{draft.pk}"' not in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_legal_list_is_200_in_every_language_and_leaves_out_drafts(client, lang):
    LegalDocumentFactory(slug="decree-702", title_en="Decree No. 702")
    LegalDocumentFactory(slug="secret", title_en="Unpublished act", publication_status=DRAFT)

    response = client.get(f"/{lang}/legal/")

    assert response.status_code == 200
    assert f'href="/{lang}/legal/decree-702/"' in response.text
    assert "/legal/secret/" not in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_legal_detail_is_200_in_every_language(client, lang):
    LegalDocumentFactory(slug="decree-702", title_en="Decree No. 702", title_ru="Указ № 702")

    response = client.get(f"/{lang}/legal/decree-702/")

    assert response.status_code == 200
    assert ("Указ № 702" if lang == "ru" else "Decree No. 702") in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_story_list_is_200_in_every_language_and_leaves_out_drafts(client, lang):
    SuccessStoryFactory(slug="published-story")
    SuccessStoryFactory(slug="draft-story", publication_status=DRAFT)

    response = client.get(f"/{lang}/stories/")

    assert response.status_code == 200
    assert f'href="/{lang}/stories/published-story/"' in response.text
    assert "draft-story" not in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_story_detail_is_200_in_every_language(client, lang):
    SuccessStoryFactory(slug="engineer", display_name_en="An engineer from Serbia")

    response = client.get(f"/{lang}/stories/engineer/")

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_page_list_and_page_detail_are_200_in_every_language(client, lang):
    InfoPageFactory(slug="living-in-russia", section="living")

    assert client.get(f"/{lang}/pages/").status_code == 200
    assert client.get(f"/{lang}/pages/living-in-russia/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_journey_is_200_in_every_language_and_leaves_out_drafts(client, lang):
    JourneyStepFactory(order=1)
    JourneyStepFactory(order=2, publication_status=DRAFT)

    response = client.get(f"/{lang}/journey/")

    assert response.status_code == 200
    assert 'id="step-1"' in response.text
    assert 'id="step-2"' not in response.text


DETAIL_FACTORIES = {
    "legal": LegalDocumentFactory,
    "stories": SuccessStoryFactory,
    "pages": InfoPageFactory,
}


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
@pytest.mark.parametrize("prefix", DETAIL_FACTORIES)
def test_detail_page_of_a_draft_is_404_for_the_public(client, lang, prefix):
    DETAIL_FACTORIES[prefix](slug="not-yet", publication_status=DRAFT)

    assert client.get(f"/{lang}/{prefix}/not-yet/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
@pytest.mark.parametrize("prefix", DETAIL_FACTORIES)
def test_detail_page_of_an_unknown_slug_is_404(client, lang, prefix):
    assert client.get(f"/{lang}/{prefix}/no-such-thing/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", DETAIL_FACTORIES)
def test_staff_preview_a_draft_with_a_draft_notice(staff_client, prefix):
    DETAIL_FACTORIES[prefix](slug="not-yet", publication_status=DRAFT)

    response = staff_client.get(f"/en/{prefix}/not-yet/")

    assert response.status_code == 200
    assert "not visible to the public" in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", DETAIL_FACTORIES)
def test_published_page_has_no_draft_notice_for_staff(staff_client, prefix):
    DETAIL_FACTORIES[prefix](slug="public")

    assert "not visible to the public" not in staff_client.get(f"/en/{prefix}/public/").text


# ---- FAQ


@pytest.mark.django_db
def test_faq_groups_questions_under_their_topics_in_order(client):
    later = FaqTopicFactory(title_en="Family", order=2)
    first = FaqTopicFactory(title_en="About the programme", order=1)
    FaqFactory(topic=later, question_en="Can my children come?")
    FaqFactory(topic=first, question_en="What is the programme?")

    page = client.get("/en/faq/").text

    assert (
        page.index("About the programme")
        < page.index("What is the programme?")
        < page.index("Family</h2>")
        < page.index("Can my children come?")
    )


@pytest.mark.django_db
def test_faq_filter_matches_the_question_or_the_answer_in_any_case(client):
    FaqFactory(question_en="How do I get a visa?", answer_en="Ask the consulate.")
    FaqFactory(question_en="Where do I live?", answer_en="The region helps with HOUSING.")
    FaqFactory(question_en="Can I bring my family?", answer_en="Yes.")

    visa = client.get("/en/faq/", {"q": "VISA"}).text
    housing = client.get("/en/faq/", {"q": "housing"}).text

    assert "How do I get a visa?" in visa
    assert "Where do I live?" not in visa
    assert "Where do I live?" in housing
    assert "Can I bring my family?" not in housing
    assert "1 question matches “housing”." in housing


@pytest.mark.django_db
def test_faq_filter_says_clearly_when_nothing_matches(client):
    FaqFactory(question_en="How do I get a visa?")

    page = client.get("/en/faq/", {"q": "submarine"}).text

    assert "No question or answer contains “submarine”." in page
    assert "How do I get a visa?" not in page


@pytest.mark.django_db
def test_faq_filter_searches_russian_text_on_the_russian_page(client):
    FaqFactory(question_ru="Как получить визу?", answer_ru="Обратитесь в консульство.")
    FaqFactory(question_ru="Где жить?", answer_ru="Регион поможет с жильём.")

    page = client.get("/ru/faq/", {"q": "ВИЗУ"}).text

    assert "Как получить визу?" in page
    assert "Где жить?" not in page


@pytest.mark.django_db
def test_faq_filter_searches_the_text_shown_not_a_hidden_fallback(client):
    # On /ru/ the Russian answer is shown, so its English translation must not match.
    FaqFactory(question_en="Visa?", question_ru="Виза?", answer_en="Apply online.")
    # On /de/ nothing is German: the English text is shown and searched.
    FaqFactory(question_en="Housing?", question_ru="Жильё?", answer_en="Ask the one-stop shop.")

    assert "Виза?" not in client.get("/ru/faq/", {"q": "visa"}).text
    assert "Housing?" in client.get("/de/faq/", {"q": "one-stop"}).text


@pytest.mark.django_db
def test_faq_list_is_paginated_and_every_question_is_on_exactly_one_page(client):
    topic = FaqTopicFactory()
    faqs = [FaqFactory(topic=topic, order=n, question_en=f"Question {n:03d}?") for n in range(45)]

    first = client.get("/en/faq/").text
    second = client.get("/en/faq/", {"page": 2}).text

    on_first = [faq for faq in faqs if f'id="faq-{faq.pk}"' in first]
    on_second = [faq for faq in faqs if f'id="faq-{faq.pk}"' in second]
    assert on_first == faqs[:FAQS_PER_PAGE]
    assert on_second == faqs[FAQS_PER_PAGE:]
    assert "Page 1 of 2" in first
    assert 'href="?page=2" rel="next"' in first
    assert 'rel="prev"' in second


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["0", "99", "abc", "-1", "inf", "nan", "1e400", "9" * 40])
def test_faq_page_number_out_of_range_shows_a_page_not_an_error(client, page):
    FaqFactory(question_en="How do I get a visa?")

    response = client.get("/en/faq/", {"page": page})

    assert response.status_code == 200
    assert "How do I get a visa?" in response.text


@pytest.mark.django_db
def test_faq_topic_shows_only_its_questions_and_marks_the_topic_current(client):
    family = FaqTopicFactory(title_en="Family")
    work = FaqTopicFactory(title_en="Work")
    FaqFactory(topic=family, question_en="Can my children come?")
    FaqFactory(topic=work, question_en="Can I change jobs?")

    page = client.get(family.get_absolute_url()).text

    assert "Can my children come?" in page
    assert "Can I change jobs?" not in page
    assert f'href="/en/faq/?topic={family.slug}" aria-current="page"' in page
    assert f'href="/en/faq/?topic={work.slug}"' in page
    assert 'href="/en/faq/">All questions</a>' in page


@pytest.mark.django_db
def test_faq_topic_links_list_only_topics_with_published_questions(client):
    shown = FaqTopicFactory(title_en="Visas")
    only_drafts = FaqTopicFactory(title_en="Unfinished")
    FaqFactory(topic=shown)
    FaqFactory(topic=only_drafts, publication_status=DRAFT)

    page = client.get("/en/faq/").text

    assert f"?topic={shown.slug}" in page
    assert f"?topic={only_drafts.slug}" not in page


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["no-such-topic", "'; DROP TABLE x", "😀"])
def test_faq_unknown_topic_is_not_found(client, slug):
    FaqFactory()

    assert client.get("/en/faq/", {"topic": slug}).status_code == 404


@pytest.mark.django_db
def test_faq_link_leads_to_the_page_that_shows_the_question(client):
    topic = FaqTopicFactory()
    faqs = [FaqFactory(topic=topic, order=n) for n in range(FAQS_PER_PAGE + 5)]
    last = faqs[-1]

    path, anchor = last.get_absolute_url().split("#")

    assert anchor == f"faq-{last.pk}"
    assert f'id="faq-{last.pk}"' in client.get(path).text


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["%", "_", "' OR 1=1 --", "\\", "x" * 5000, "  ", "😀", "a\x00b"])
def test_faq_filter_survives_odd_input(client, query):
    FaqFactory(question_en="How do I get a visa?")

    assert client.get("/en/faq/", {"q": query}).status_code == 200


# ---- regulatory documents


@pytest.mark.django_db
def test_legal_list_shows_number_date_and_status_grouped_by_kind(client):
    LegalDocumentFactory(
        title_en="Instruction No. Pr-2423",
        kind="presidential_instruction",
        number="Pr-2423",
        signed_on=datetime.date(2024, 11, 21),
    )
    LegalDocumentFactory(title_en="Draft law on impatriates", kind="federal_law", number="")
    LegalDocumentFactory(
        title_en="Old act", kind="federal_law", legal_status="repealed", signed_on=None
    )

    page = client.get("/en/legal/").text

    assert page.index("Federal law") < page.index("Presidential instruction")
    assert "Pr-2423" in page
    assert "21 November 2024" in page
    assert "In force" in page
    assert "Repealed" in page


@pytest.mark.django_db
def test_month_precision_dates_show_only_month_and_year(client):
    LegalDocumentFactory(
        slug="decree-702",
        signed_on=datetime.date(2024, 8, 1),
        signed_on_precision=DatePrecision.MONTH,
    )

    english = client.get("/en/legal/decree-702/").text
    russian = client.get("/ru/legal/decree-702/").text

    assert "August 2024" in english
    assert "Aug. 1" not in english
    assert "2024 г." in russian
    assert "1 августа" not in russian


@pytest.mark.django_db
def test_legal_detail_lists_its_metadata_and_links_its_region(client, kaluga):
    LegalDocumentFactory(
        slug="kaluga-act",
        kind="regional_act",
        number="15-ОЗ",
        region=kaluga,
        issued_by_en="Governor of the Kaluga Region",
        source_url="https://example.org/act",
    )

    page = client.get("/en/legal/kaluga-act/").text

    assert "<dt>Number</dt>" in page
    assert "15-ОЗ" in page
    assert "Governor of the Kaluga Region" in page
    assert 'href="/en/regions/RU-KLU/"' in page
    assert 'href="https://example.org/act"' in page


@pytest.mark.django_db
def test_a_draft_law_says_it_has_no_legal_force(client):
    LegalDocumentFactory(slug="draft-law", legal_status="draft")

    assert "no legal force yet" in client.get("/en/legal/draft-law/").text


# ---- success stories


@pytest.mark.django_db
def test_story_filters_combine_category_region_and_country(client, kaluga, moscow):
    SuccessStoryFactory(slug="match", category="scientist", region=kaluga, country="IT")
    SuccessStoryFactory(slug="other-region", category="scientist", region=moscow, country="IT")
    SuccessStoryFactory(slug="other-country", category="scientist", region=kaluga, country="FR")
    SuccessStoryFactory(slug="other-category", category="investor", region=kaluga, country="IT")

    page = client.get(
        "/en/stories/", {"category": "scientist", "region": "RU-KLU", "country": "IT"}
    )

    assert "/stories/match/" in page.text
    for slug in ("other-region", "other-country", "other-category"):
        assert f"/stories/{slug}/" not in page.text
    assert "1 story" in page.text


@pytest.mark.django_db
def test_story_filter_form_works_without_javascript(client, kaluga):
    SuccessStoryFactory(region=kaluga, country="RS")

    page = client.get("/en/stories/", {"region": "RU-KLU"}).text

    assert 'method="get"' in page
    assert '<label for="story-region">' in page
    assert '<option value="RU-KLU" selected>Kaluga Region</option>' in page
    assert '<option value="RS">Serbia</option>' in page


@pytest.mark.django_db
def test_story_region_choices_are_only_published_regions(client, kaluga):
    RegionFactory(code="RU-TVE", name_en="Tver Region", publication_status=DRAFT)
    SuccessStoryFactory(region=kaluga)

    page = client.get("/en/stories/").text

    assert 'value="RU-KLU"' in page
    assert 'value="RU-TVE"' not in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"category": "astronaut"}, "Unknown category “astronaut”"),
        ({"region": "RU-XXX"}, "Unknown region “RU-XXX”"),
        ({"region": "\x00"}, "Unknown region"),
        ({"country": "QQ"}, "Unknown country “QQ”"),
        ({"country": "<script>"}, "Unknown country “&lt;script&gt;”"),
    ],
)
def test_story_filter_with_a_bad_value_is_ignored_with_a_message(client, kaluga, params, message):
    SuccessStoryFactory(slug="still-listed", region=kaluga)

    response = client.get("/en/stories/", params)

    assert response.status_code == 200
    assert message in response.text
    assert "/stories/still-listed/" in response.text


@pytest.mark.django_db
def test_a_draft_region_is_not_a_valid_story_filter(client, kaluga):
    draft = RegionFactory(code="RU-TVE", publication_status=DRAFT)
    SuccessStoryFactory(slug="tver-story", region=draft)

    page = client.get("/en/stories/", {"region": "RU-TVE"}).text

    assert "Unknown region “RU-TVE”" in page


@pytest.mark.django_db
def test_stories_are_paginated_twelve_per_page_keeping_the_filters(client, kaluga):
    SuccessStoryFactory.create_batch(13, region=kaluga, category="scientist")

    first = client.get("/en/stories/", {"category": "scientist"}).text
    second = client.get("/en/stories/", {"category": "scientist", "page": "2"}).text

    assert first.count('class="card story-card"') == 12
    assert second.count('class="card story-card"') == 1
    assert "Page 1 of 2" in first
    assert 'href="?category=scientist&amp;page=2"' in first


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["0", "-1", "999", "abc", "1.5", ""])
def test_story_list_survives_any_page_number(client, page):
    SuccessStoryFactory()

    assert client.get("/en/stories/", {"page": page}).status_code == 200


@pytest.mark.django_db
def test_sample_stories_are_marked_on_the_list_and_the_detail(client):
    SuccessStoryFactory(slug="sample", is_sample=True)

    listing = client.get("/en/stories/").text
    detail = client.get("/en/stories/sample/").text

    assert "Sample story — illustrative, not a real person" in listing
    assert "Sample story — illustrative, not a real person" in detail


@pytest.mark.django_db
def test_a_real_story_carries_no_sample_mark(client):
    SuccessStoryFactory(slug="real", is_sample=False)

    assert "Sample story" not in client.get("/en/stories/real/").text


@pytest.mark.django_db
def test_story_detail_shows_country_category_region_and_year(client, kaluga):
    SuccessStoryFactory(
        slug="engineer",
        country="RS",
        category="qualified_professional",
        region=kaluga,
        year_of_relocation=2025,
    )

    page = client.get("/en/stories/engineer/").text

    assert "Serbia" in page
    assert "Qualified professional" in page
    assert 'href="/en/regions/RU-KLU/"' in page
    assert "2025" in page


@pytest.mark.django_db
def test_story_country_name_is_in_the_page_language(client):
    SuccessStoryFactory(slug="engineer", country="DE")

    assert "Германия" in client.get("/ru/stories/engineer/").text


# ---- information pages and the journey


@pytest.mark.django_db
def test_page_list_groups_pages_by_section(client):
    InfoPageFactory(section="working", title_en="Working in Russia")
    InfoPageFactory(section="living", title_en="Living in Russia")

    page = client.get("/en/pages/").text
    page = page[page.index("<main") :]  # the menu has a "Living in Russia" link too

    assert (
        page.index("Living</h2>")
        < page.index("Living in Russia")
        < page.index("Working</h2>")
        < page.index("Working in Russia")
    )


@pytest.mark.django_db
def test_journey_lists_steps_in_order_with_who_helps_and_a_localized_link(client):
    JourneyStepFactory(order=2, title_en="Send the form", who_helps_en="The portal", link="/apply/")
    JourneyStepFactory(order=1, title_en="Check yourself", link="/eligibility/")

    english = client.get("/en/journey/").text
    russian = client.get("/ru/journey/").text
    main = english[english.index("<main") :]

    assert main.index("Check yourself") < main.index("Send the form")
    assert "The portal" in english
    assert 'href="/en/eligibility/"' in main
    assert 'href="/ru/apply/"' in russian[russian.index("<main") :]


# ---- Markdown is sanitised on real pages


@pytest.mark.django_db
def test_markdown_on_pages_loses_script_tags_and_javascript_links(client):
    evil = (
        "Hello <script>alert('x')</script> **bold** "
        '[click](javascript:alert(1)) <a href="javascript:alert(2)">raw</a> '
        '<img src=x onerror="alert(3)">'
    )
    InfoPageFactory(slug="evil", body_en=evil)
    FaqFactory(answer_en=evil)

    for url in ("/en/pages/evil/", "/en/faq/"):
        page = client.get(url).text
        assert "<strong>bold</strong>" in page
        assert "<script" not in page
        assert "javascript:" not in page
        assert "onerror" not in page


# ---- fallback notice


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", DETAIL_FACTORIES)
def test_fallback_notice_shows_on_german_page_when_only_english_exists(client, prefix):
    DETAIL_FACTORIES[prefix](slug="english-only")

    german = client.get(f"/de/{prefix}/english-only/").text
    english = client.get(f"/en/{prefix}/english-only/").text

    assert fallback_notice_text("de", "en") in german
    assert fallback_notice_text("en", "en") not in english
    assert "not yet available in your language" not in english


@pytest.mark.django_db
def test_fallback_notice_on_the_faq_list_appears_once(client):
    FaqFactory.create_batch(3)

    german = client.get("/de/faq/").text

    assert german.count(fallback_notice_text("de", "en")) == 1
    assert fallback_notice_text("en", "en") not in client.get("/en/faq/").text


# ---- query counts: the same budget with 1 and with 50 objects


def make_faqs(count):
    topics = FaqTopicFactory.create_batch(3)
    for n in range(count):
        FaqFactory(topic=topics[n % 3])


def make_documents(count):
    region = RegionFactory()
    for n in range(count):
        LegalDocumentFactory(kind="regional_act" if n % 2 else "concept", region=region)


def make_stories(count):
    regions = RegionFactory.create_batch(3)
    countries = ["RS", "IT", "US", "DE"]
    for n in range(count):
        SuccessStoryFactory(region=regions[n % 3], country=countries[n % 4])


def make_pages(count):
    sections = ["living", "working", "family"]
    for n in range(count):
        InfoPageFactory(section=sections[n % 3])


LIST_PAGES = [
    # Topics for the links, the count and one page of answers.
    ("/en/faq/", make_faqs, 3),
    ("/en/faq/?q=question", make_faqs, 3),
    ("/en/legal/", make_documents, 1),
    ("/en/stories/", make_stories, 4),
    ("/en/stories/?category=qualified_professional&region=RU-XXX&country=RS", make_stories, 5),
    ("/en/pages/", make_pages, 1),
    ("/en/journey/", JourneyStepFactory.create_batch, 1),
]


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 50])
@pytest.mark.parametrize(("url", "make", "budget"), LIST_PAGES)
def test_list_page_query_count_does_not_grow(
    client, django_assert_max_num_queries, url, make, budget, count
):
    make(count)

    with django_assert_max_num_queries(budget):
        response = client.get(url)

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 50])
def test_staff_story_list_query_count_does_not_grow(
    staff_client, django_assert_max_num_queries, count
):
    make_stories(count)

    # The session and the user add their queries; the page itself stays within its budget.
    with django_assert_max_num_queries(8):
        response = staff_client.get("/en/stories/")

    assert response.status_code == 200
