"""The public page types of the portal, each at one address with the seeded demo content."""

PAGE_TYPES = {
    "home": "/",
    "faq": "/faq/",
    "legal-list": "/legal/",
    "legal-detail": "/legal/instruction-pr-2423/",
    "story-list": "/stories/",
    "story-detail": "/stories/sample-software-engineer-serbia-kaluga/",
    "region-list": "/regions/",
    "region-detail": "/regions/RU-KLU/",
    "measure-detail": "/measures/klu-school-places/",
    "page-list": "/pages/",
    "page-detail": "/pages/living-in-russia/",
    "journey": "/journey/",
    "eligibility": "/eligibility/",
    # The self-check's answers are POSTed: `visit` fills them in on /eligibility/.
    "eligibility-category-question": "/eligibility/#category-question",
    "eligibility-result": "/eligibility/#result",
    "apply-start": "/apply/",
    "apply-done-missing": "/apply/done/",
    "accessibility": "/accessibility/",
    "apply-saved": "/apply/saved/",
    "apply-resume-expired": "/apply/resume/no-such-link/",
    "status-lookup": "/apply/status/",
    "privacy": "/privacy/",
    "search": "/search/?q=Kaluga",
    "not-found": "/no-such-page/",
}

# The answers each POSTed page type sends, page by page of the self-check.
POSTED_ANSWERS = {
    "eligibility-category-question": [
        {"declaration": "yes", "category": "scientist", "family": "alone", "region": "RU-KLU"}
    ],
    "eligibility-result": [
        {"declaration": "yes", "category": "scientist", "family": "spouse", "region": "RU-KLU"},
        {"category_fit": "partly"},
    ],
}


def visit(page, prefix: str, page_type: str) -> None:
    """Open a page type at `prefix` (site URL and language): a plain address, or the self-check
    answered through its form (its answers never go into an address)."""
    page.goto(prefix + PAGE_TYPES[page_type].split("#")[0])
    for answers in POSTED_ANSWERS.get(page_type, []):
        for name, value in answers.items():
            if name == "region":
                page.select_option(f'select[name="{name}"]', value)
            else:
                page.check(f'input[name="{name}"][value="{value}"]')
        with page.expect_navigation():
            page.click('main button[type="submit"]')
