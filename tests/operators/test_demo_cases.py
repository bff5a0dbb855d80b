"""seed_demo gives the demo operator a few clearly fake cases, in development only."""

import pytest
from django.core.management import call_command

from applications.models import Application

pytestmark = pytest.mark.django_db


def test_seed_demo_creates_fake_cases_to_work_on_when_debug_is_on(settings):
    settings.DEBUG = True

    call_command("seed_demo")
    call_command("seed_demo")

    cases = Application.objects.submitted()
    assert cases.count() == 6
    assert set(cases.values_list("status", flat=True)) == {"submitted", "in_review"}
    assert all(email.endswith("@example.org") for email in cases.values_list("email", flat=True))
    assert all(case.full_name.startswith("Demo Candidate") for case in cases)
    assert all(case.region_choices.exists() for case in cases)


def test_seed_demo_creates_no_cases_in_production(settings):
    settings.DEBUG = False

    call_command("seed_demo")

    assert not Application.objects.exists()
