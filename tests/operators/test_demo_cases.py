"""seed_demo gives the demo operator a few clearly fake cases, in development only."""

import pytest
from django.core.management import call_command

from applications.models import Application
from stats.models import CaseFact
from stats.selectors import typical_days_in_status, typical_days_until

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


def test_seed_demo_gives_the_timeline_a_made_up_history_when_debug_is_on(settings):
    settings.DEBUG = True

    call_command("seed_demo")
    call_command("seed_demo")

    # Twelve earlier cases: medians of 29.5 days with the operator and 56.5 at the MVD (ten).
    assert CaseFact.objects.filter(status__in=["sent_to_mvd", "rejected"]).count() == 12
    assert typical_days_until(("sent_to_mvd", "rejected")) == 30
    assert typical_days_in_status("sent_to_mvd") == 56
    # The made-up history names no country or region (the demo cases' own facts do).
    history = CaseFact.objects.filter(year=2026, month=3)
    assert history.count() == 22
    assert set(history.values_list("citizenship", "region")) == {("", "")}


def test_seed_demo_writes_no_history_in_production(settings):
    settings.DEBUG = False

    call_command("seed_demo")

    assert not CaseFact.objects.exists()
