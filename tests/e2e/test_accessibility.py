"""What axe's WCAG rules leave out: visible focus, the skip link, landmarks and headings, the
error summary's links and the language switcher's own `lang`."""

import pytest
from django.conf import settings
from django.utils.translation import get_language_info

from tests.e2e.keyboard import tab_to
from tests.e2e.pages import PAGE_TYPES, visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# axe's "best practice" rules on structure: one main, content inside landmarks, headings in order.
STRUCTURE_RULES = [
    "landmark-one-main",
    "landmark-no-duplicate-banner",
    "landmark-no-duplicate-contentinfo",
    "landmark-unique",
    "region",
    "page-has-heading-one",
    "heading-order",
    "skip-link",
]
FOCUS_STYLE = """() => {
  const style = getComputedStyle(document.activeElement);
  return {outline: style.outlineStyle, width: parseFloat(style.outlineWidth),
          shadow: style.boxShadow, element: document.activeElement.outerHTML.slice(0, 80)};
}"""


def focus_is_visible(style: dict) -> bool:
    return (style["outline"] != "none" and style["width"] >= 2) or style["shadow"] != "none"


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_has_landmarks_and_headings_in_order(site, page, page_type):
    from axe_playwright_python.sync_playwright import Axe

    visit(page, f"{site.url}/en", page_type)
    options = {"runOnly": {"type": "rule", "values": STRUCTURE_RULES}}
    violations = Axe().run(page, options=options).response["violations"]

    assert [(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in violations] == []
    assert page.locator("h1").count() == 1


@pytest.mark.parametrize("path", ["/en/", "/en/apply/step/1/", "/en/eligibility/"])
def test_every_control_shows_where_the_keyboard_focus_is(site, page, path):
    page.goto(site.url + path)

    seen = []
    for _press in range(40):
        page.keyboard.press("Tab")
        style = page.evaluate(FOCUS_STYLE)
        if style["element"].startswith("<body"):
            break
        seen.append(style)

    assert len(seen) > 10
    assert [style["element"] for style in seen if not focus_is_visible(style)] == []


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(site, page):
    page.goto(f"{site.url}/en/faq/")

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab continues inside the main content, not in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('main')")


@pytest.mark.parametrize(
    ("step", "expected_targets"),
    [
        (1, ["id_first_name", "id_last_name", "id_date_of_birth", "id_citizenship", "id_email"]),
        (2, ["id_category_0"]),
    ],
)
def test_error_summary_links_move_focus_to_their_field(site, page, step, expected_targets):
    if step == 2:
        page.goto(f"{site.url}/en/apply/step/1/")
        page.fill("#id_first_name", "Ana")
        page.fill("#id_last_name", "Petrovic")
        page.fill("#id_date_of_birth", "1990-05-17")
        page.select_option("#id_citizenship", "RS")
        page.fill("#id_email", "ana@example.org")
        page.click('button[value="next"]:not(.visually-hidden)')
    page.goto(f"{site.url}/en/apply/step/{step}/")
    page.click('button[value="next"]:not(.visually-hidden)')

    links = page.locator(".error-summary a")
    targets = [href.removeprefix("#") for href in links.evaluate_all("ls => ls.map(l => l.hash)")]
    assert targets == expected_targets
    for target in targets:
        tab_to(page, f'.error-summary a[href="#{target}"]', backwards=True)
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == target


@pytest.mark.parametrize("path", ["/de/", "/ru/regions/RU-KLU/", "/fr/apply/step/1/"])
def test_language_switcher_items_carry_their_own_language(site, page, path):
    page.goto(site.url + path)

    items = page.locator(".language-switcher li > *").evaluate_all(
        "items => items.map(i => [i.lang, i.getAttribute('hreflang'), i.textContent.trim()])"
    )
    current = path.split("/")[1]
    expected = []
    for code, _name in settings.LANGUAGES:
        name = get_language_info(code)["name_local"].capitalize()
        expected.append([code, None if code == current else code, name])
    assert items == expected
