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
    "eligibility-category-question": (
        "/eligibility/?declaration=yes&category=scientist&family=alone&region=RU-KLU"
    ),
    "eligibility-result": (
        "/eligibility/?declaration=yes&category=scientist&family=spouse&region=RU-KLU"
        "&category_fit=partly"
    ),
    "apply-start": "/apply/",
    "apply-saved": "/apply/saved/",
    "apply-resume-expired": "/apply/resume/no-such-link/",
    "status-lookup": "/apply/status/",
    "privacy": "/privacy/",
    "search": "/search/?q=Kaluga",
    "not-found": "/no-such-page/",
}
