"""What a candidate types into each step of /LANG/apply/, as POST data."""

ABOUT = {
    "first_name": "Juergen",
    "last_name": "Mueller",
    "first_name_cyrillic": "Юрген",
    "last_name_cyrillic": "Мюллер",
    "date_of_birth": "1985-03-02",
    "citizenship": "DE",
    "country_of_residence": "AT",
    "email": "juergen@example.org",
    "phone": "+49 30 1234567",
    "preferred_language": "de",
}
CATEGORY = {
    "category": "scientist",
    "evidence_for": "scientist",
    "evidence-field": "Solid-state physics",
    "evidence-degree": "phd",
    "evidence-affiliation": "TU Wien",
    "evidence-publications": "doi:10.1000/xyz",
}
NO_FAMILY = {"family-TOTAL_FORMS": "0", "family-INITIAL_FORMS": "0"}
SPOUSE = {
    "family-TOTAL_FORMS": "1",
    "family-INITIAL_FORMS": "0",
    "family-0-relation": "spouse",
    "family-0-first_name": "Eva",
    "family-0-last_name": "Mueller",
    "family-0-date_of_birth": "1987-11-30",
    "family-0-citizenship": "DE",
}
WHERE = {
    "region_1": "RU-KLU",
    "region_2": "RU-TA",
    "russian_level": "a2",
    "timeline": "within_1_year",
    "support_wanted": ["housing", "language"],
}
DECLARATION = {
    "values_declaration_accepted": "on",
    "signature_name": "Juergen Mueller",
    "personal_data_consent": "on",
}


def step_url(step: int, language: str = "de") -> str:
    return f"/{language}/apply/step/{step}/"


def fill_in(client, step: int, data: dict, action: str = "next", language: str = "de"):
    return client.post(step_url(step, language), {**data, "action": action})


def fill_in_steps_1_to_4(client, language: str = "de") -> None:
    for step, data in ((1, ABOUT), (2, CATEGORY), (3, SPOUSE), (4, WHERE)):
        response = fill_in(client, step, data, language=language)
        assert response.status_code == 302, response.content.decode()[:2000]


def german(message: str) -> str:
    """`message` as a German page shows it, escaped as the template escapes it."""
    from django.utils import translation
    from django.utils.html import escape

    with translation.override("de"):
        return escape(translation.gettext(message))
