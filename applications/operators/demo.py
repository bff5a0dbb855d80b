"""Clearly fake demo cases for the operators' queue, created only in development (DEBUG)."""

import datetime

from django.conf import settings
from django.db import transaction

from applications import services
from applications.models import Actor, Application, ApplicationStatus

DEMO_EMAIL = "demo-candidate-{number}@example.org"

# (category, citizenship, language, regions, evidence, taken into review)
DEMO_CASES = [
    (
        "scientist",
        "DE",
        "de",
        ["RU-KLU"],
        {"field": "Physics", "degree": "phd", "affiliation": "Demo University"},
        False,
    ),
    (
        "qualified_professional",
        "RS",
        "en",
        ["RU-MOW", "RU-KLU"],
        {"occupation": "Software engineer", "years_of_experience": 8, "job_offer": "no"},
        False,
    ),
    ("creative_professional", "IT", "it", ["RU-NGR"], {"description": "Demo sculptor"}, False),
    ("entrepreneur", "FR", "fr", ["RU-SAM"], {"description": "Demo bakery chain"}, False),
    ("investor", "ES", "es", ["RU-KLU", "RU-LIP"], {"description": "Demo investment"}, True),
    ("student_graduate", "IN", "en", ["RU-PER"], {"description": "Demo graduate"}, True),
]


def demo_cases_seed() -> int:
    """Submit the demo cases that do not exist yet (by email); nothing unless DEBUG is on."""
    if not settings.DEBUG:
        return 0
    from applications.selectors import published_regions_by_code

    for number, (category, country, language, codes, details, reviewed) in enumerate(
        DEMO_CASES, start=1
    ):
        email = DEMO_EMAIL.format(number=number)
        # A letter, not the number: a passport spelling has no digits (ICAO Doc 9303).
        last_name = f"Candidate {chr(ord('A') + number - 1)}"
        if Application.objects.filter(email=email).exists():
            continue
        regions = published_regions_by_code(codes)
        with transaction.atomic():
            application, _code = services.application_create(
                fields={
                    "first_name": "Demo",
                    "last_name": last_name,
                    "date_of_birth": datetime.date(1980 + number, number, 10 + number),
                    "citizenship": country,
                    "country_of_residence": country,
                    "email": email,
                    "preferred_language": language,
                    "category": category,
                    "category_details": details,
                    "russian_level": "a2",
                },
                regions=[regions[code] for code in codes if code in regions],
                family_members=[],
                signature_name=f"Demo {last_name}",
                signing=services.Signing(ip="127.0.0.1", user_agent="seed_demo", language="en"),
            )
            if reviewed:
                services.application_transition(
                    application=application,
                    to=ApplicationStatus.IN_REVIEW,
                    actor=Actor.OPERATOR,
                    note="Demo case taken into review by seed_demo.",
                )
    return len(DEMO_CASES)
