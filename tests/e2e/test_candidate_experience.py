"""The candidate's experience beyond the form's mechanics: names in any script with their
passport spelling, a confirmation that survives a reload, the status page's timeline, and no
text in another language without a notice and its own `lang`."""

import re

import pytest
from django.db.models import Q
from modeltranslation.translator import translator

from tests.e2e.data import committed
from tests.e2e.pages import PAGE_TYPES, visit
from tests.factories import SupportMeasureFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

CONTINUE = 'button[value="next"]:not(.visually-hidden)'


def proceed(page, selector: str = CONTINUE) -> None:
    with page.expect_navigation():
        page.click(selector)


def apply_through_the_form(page, url: str, language: str, first: str, last: str) -> str:
    """Fill in the seven steps as `first last` (citizen of China); return the passport spelling
    the form showed for confirmation."""
    page.goto(f"{url}/{language}/apply/step/1/")
    page.fill("#id_first_name", first)
    page.fill("#id_last_name", last)
    page.fill("#id_date_of_birth", "1990-05-17")
    page.select_option("#id_citizenship", "CN")
    page.fill("#id_email", "candidate@example.org")
    proceed(page)
    # Shown for confirmation: back on step 1 with the derived spelling in its own fields.
    spelling = (
        f"{page.input_value('#id_first_name_latin')} {page.input_value('#id_last_name_latin')}"
    )
    assert spelling in page.locator(".messages, [role=status]").first.inner_text()
    proceed(page)

    page.check('input[name="category"][value="scientist"]')
    proceed(page, 'button[value="choose"]')
    page.fill("#id_evidence-field", "Physics")
    page.select_option("#id_evidence-degree", "phd")
    page.fill("#id_evidence-affiliation", "Universität")
    proceed(page)
    proceed(page)  # nobody comes along
    page.select_option("#id_region_1", "RU-KLU")
    page.select_option("#id_russian_level", "a2")
    page.check('input[name="timeline"][value="within_1_year"]')
    proceed(page)
    proceed(page)  # no documents yet
    page.check("#id_values_declaration_accepted")
    page.fill("#id_signature_name", f"{first} {last}")
    page.check("#id_personal_data_consent")
    proceed(page)
    assert page.locator(".error-summary").count() == 0
    assert spelling in page.locator("main").inner_text()
    proceed(page, 'button[value="submit"]')
    return spelling


@pytest.mark.parametrize(
    ("language", "first", "last", "spelling"),
    [("de", "Jürgen", "Müller", "JUERGEN MUELLER"), ("en", "小龙", "李", "XIAOLONG LI")],
)
def test_a_name_in_any_script_goes_through_the_whole_journey(
    site, new_page, axe_violations, screenshot, language, first, last, spelling
):
    page = new_page("phone")

    assert apply_through_the_form(page, site.url, language, first, last) == spelling

    assert page.url.split("#")[0] == f"{site.url}/{language}/apply/done/"
    reference, access_code = page.locator(".confirmation__value").all_inner_texts()
    assert axe_violations(page) == []
    screenshot(page, f"apply-done-{language}-phone")

    page.goto(f"{site.url}/{language}/apply/status/")
    page.fill("#id_reference", reference)
    page.fill("#id_access_code", access_code)
    proceed(page, 'button[value="lookup"]')
    assert page.locator("#holder-heading").count() == 1
    assert re.search(r"\d{4}.*(MSK|\+03)", page.locator(".case-holder").inner_text())
    assert axe_violations(page) == []
    screenshot(page, f"status-timeline-{language}-phone")


def test_reloading_the_confirmation_shows_the_access_code_again(site, browser, new_page):
    page = new_page("desktop")
    apply_through_the_form(page, site.url, "it", "Zoë", "D'Arcy")
    reference, access_code = page.locator(".confirmation__value").all_inner_texts()

    page.reload()

    assert page.locator(".confirmation__value").all_inner_texts() == [reference, access_code]
    # Another browser (its own cookies) has nothing to show, and says so in a calm way.
    other = new_page("desktop")
    other.goto(f"{site.url}/it/apply/done/")
    assert access_code not in other.content()
    assert other.locator("h1").count() == 1


@pytest.mark.parametrize("language", ["de", "ru"])
def test_the_phone_header_takes_two_rows_and_opens_the_languages(site, new_page, language):
    page = new_page("phone")
    page.goto(f"{site.url}/{language}/faq/")

    header = page.locator(".site-header").bounding_box()
    assert header["height"] < 130
    assert page.locator(".language-switcher").is_hidden()
    page.click(".language-menu summary")
    with page.expect_navigation():
        page.click('.language-menu a[lang="fr"]')
    assert page.url == f"{site.url}/fr/faq/"


# ---- Text in another language: always with the notice and its own lang (WCAG 3.1.2)

SHORT_FIELDS = {"title", "summary", "display_name", "quote", "question", "name", "issued_by"}
FALLBACK_CHECK = """([texts, language]) => {
  const found = [];
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent.trim();
    if (!texts.includes(text)) continue;
    const marked = walker.currentNode.parentElement.closest('[lang]').getAttribute('lang');
    found.push({text: text.slice(0, 60), lang: marked});
  }
  return found;
}"""


def english_only_texts(language: str) -> list[str]:
    """The short texts of the content that exist in English but not in `language`."""
    texts = set()
    for model in translator.get_registered_models():
        for field in translator.get_options_for_model(model).fields:
            if field not in SHORT_FIELDS:
                continue
            missing = Q(**{f"{field}_{language}": ""}) | Q(**{f"{field}_{language}__isnull": True})
            rows = model._default_manager.filter(missing).values_list(f"{field}_en", flat=True)
            texts.update(text.strip() for text in rows if text and text.strip())
    return sorted(texts)


@pytest.fixture(scope="module")
def english_only_measure(site):
    """The demo content is complete in six languages: one measure written in English (and
    Russian) only, as an editor may publish it, makes the fallback appear."""
    from regions.models import Region

    def create():
        return SupportMeasureFactory(
            region=Region.objects.get(code="RU-KLU"),
            title_en="Kaluga relocation grant",
            summary_en="A grant for the first months in Kaluga.",
        )

    measure = committed(create)
    yield measure
    committed(lambda: type(measure).objects.filter(pk=measure.pk).delete())


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
def test_no_page_shows_english_without_the_notice_and_lang_en(
    site, page, english_only_measure, language
):
    texts = english_only_texts(language)
    assert "Kaluga relocation grant" in texts
    unmarked, without_notice, seen = [], [], 0

    for page_type in PAGE_TYPES:
        visit(page, f"{site.url}/{language}", page_type)
        found = page.evaluate(FALLBACK_CHECK, [texts, language])
        seen += len(found)
        unmarked += [(page_type, item["text"]) for item in found if item["lang"] != "en"]
        if found and page.locator("main .notice[role=note]").count() == 0:
            without_notice.append(page_type)

    assert seen > 0
    assert unmarked == []
    assert without_notice == []
