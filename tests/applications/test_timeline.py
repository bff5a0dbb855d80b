"""Who holds a case, since when, and the typical duration of a stage: a median over at least
five cases of the anonymous statistics facts, never one person's data."""

import datetime

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from applications.forwarding.models import Delivery
from applications.models import Application, StatusChange
from applications.timeline import case_timeline, typical_stage_days
from stats.facts import record_status_fact
from tests.factories import TEST_ACCESS_CODE, InterviewFactory, SubmittedApplicationFactory

pytestmark = pytest.mark.django_db

START = timezone.make_aware(datetime.datetime(2026, 3, 2, 10, 0))


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def case_with(*steps):
    """A case whose history is `steps`: (to_status, days after START), in order, each change
    recorded in the statistics as `workflow.transition` records it."""
    last = steps[-1][0]
    application = SubmittedApplicationFactory(status=last, submitted_at=START)
    previous = "draft"
    for status, days in steps:
        change = StatusChange.objects.create(
            application=application,
            from_status=previous,
            to_status=status,
            actor_label="operator",
            at=START + datetime.timedelta(days=days),
        )
        record_status_fact(application=application, change=change)
        previous = status
    return application


def operator_case(days: float):
    return case_with(
        ("submitted", 0), ("in_review", 1), ("approved", days - 1), ("sent_to_mvd", days)
    )


def test_no_typical_duration_below_five_completed_cases():
    for days in range(settings.STATISTICS_MIN_CELL - 1):
        operator_case(10 + days)

    assert typical_stage_days("operator") is None


def test_the_operators_stage_is_the_median_from_submission_to_the_mvd_or_a_refusal():
    for days in (10, 12, 20, 40):
        operator_case(days)
    case_with(("submitted", 0), ("in_review", 2), ("rejected", 14))
    # Still with the operator: not a completed stage, not counted.
    case_with(("submitted", 0), ("in_review", 1))

    assert typical_stage_days("operator") == 14


def test_the_mvd_stage_runs_from_sent_to_mvd_to_the_decision():
    for days in (5, 6, 7, 30, 31):
        case_with(
            ("submitted", 0),
            ("in_review", 1),
            ("approved", 8),
            ("sent_to_mvd", 9),
            ("status_granted", 9 + days),
        )

    assert typical_stage_days("mvd") == 7


def test_the_operators_stage_counts_every_way_through_it():
    """A request for information or an interview lengthens the stage; the figure is the whole
    stage, not a sum of the usual stays in each status."""
    for days in (30, 31, 32):
        case_with(
            ("submitted", 0),
            ("in_review", 1),
            ("info_requested", 2),
            ("in_review", days - 10),
            ("interview_scheduled", days - 5),
            ("approved", days - 1),
            ("sent_to_mvd", days),
        )
    for days in (3, 4):
        operator_case(days)

    assert typical_stage_days("operator") == 30


def test_the_typical_duration_outlives_the_purged_cases():
    for days in (10, 12, 14, 16, 18):
        operator_case(days)
    Application.objects.all().delete()
    assert not StatusChange.objects.exists()

    assert typical_stage_days("operator") == 14


def test_the_median_is_cached_until_it_expires():
    for days in (10, 10, 10, 10, 10):
        operator_case(days)
    assert typical_stage_days("operator") == 10

    for days in (50, 50, 50, 50, 50, 50):
        operator_case(days)

    assert typical_stage_days("operator") == 10
    cache.clear()
    assert typical_stage_days("operator") == 50


@pytest.mark.parametrize("stage", ["candidate", "mid", "closed", None])
def test_stages_not_measured_have_no_typical_duration(stage):
    for days in (10, 10, 10, 10, 10):
        operator_case(days)

    assert typical_stage_days(stage) is None


def test_the_timeline_names_who_holds_the_case_and_since_when():
    application = case_with(
        ("submitted", 0),
        ("in_review", 1),
        ("info_requested", 2),
        ("in_review", 5),
        ("approved", 9),
        ("sent_to_mvd", 10),
        ("status_granted", 30),
    )

    timeline = case_timeline(list(application.history.order_by("at")))

    assert [stage.holder for stage in timeline.stages] == [
        "operator",
        "candidate",
        "operator",
        "mvd",
        "mid",
    ]
    assert timeline.current.holder == "mid"
    assert timeline.current.since == START + datetime.timedelta(days=30)
    assert timeline.current.until is None
    assert timeline.stages[0].until == START + datetime.timedelta(days=2)


def test_a_closed_case_is_held_by_nobody():
    application = case_with(("submitted", 0), ("withdrawn", 1))

    assert case_timeline(list(application.history.all())).current.holder == "closed"


# ---- The status page shows it


def look_up(client, application):
    client.post(
        "/en/apply/status/",
        {"reference": application.reference, "access_code": TEST_ACCESS_CODE, "action": "lookup"},
    )
    return client.get("/en/apply/status/").content.decode()


def test_the_status_page_names_the_holder_and_the_typical_duration(client):
    for days in (10, 11, 12, 13, 14):
        operator_case(days)
    application = case_with(("submitted", 0), ("in_review", 1))

    page = look_up(client, application)

    assert "Who has your application now" in page
    assert "The operator of the programme" in page
    assert "usually takes about 12 days" in page
    # Times carry their time zone.
    assert "MSK" in page


def test_the_status_page_shows_the_interview_with_place_and_time_zone(client):
    interview = InterviewFactory(
        format="in_person", location="Kaluga, Lenina 1", instructions="Bring your passport."
    )
    StatusChange.objects.create(
        application=interview.application,
        from_status="in_review",
        to_status="interview_scheduled",
        actor_label="operator",
    )

    page = look_up(client, interview.application)

    assert "Your interview" in page
    assert "Kaluga, Lenina 1" in page
    assert "Bring your passport." in page
    assert "(Europe/Moscow)" in page and "in UTC" in page


def test_after_the_grant_the_page_explains_the_visa_step_at_the_mid(client):
    application = case_with(
        ("submitted", 0),
        ("in_review", 1),
        ("approved", 3),
        ("sent_to_mvd", 4),
        ("status_granted", 9),
    )
    Delivery.objects.create(
        application=application, target="mid_visa", state="delivered", delivered_at=timezone.now()
    )

    page = look_up(client, application)

    assert "Ministry of Foreign Affairs (MID)" in page
    assert "We sent your visa request to the MID on" in page
