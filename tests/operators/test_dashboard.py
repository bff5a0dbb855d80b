"""The operators' dashboard: counts, medians of time in status, weekly submissions."""

import datetime

import pytest
from django.utils import timezone

from applications.forwarding.models import Delivery
from applications.models import Application, StatusChange
from applications.operators import dashboard
from stats import selectors as fact_selectors
from stats.facts import record_status_fact
from stats.models import CaseFact
from tests.factories import RegionFactory
from tests.operators.conftest import QUEUE, case_in

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def days_ago(days: float) -> datetime.datetime:
    return NOW - datetime.timedelta(days=days)


def with_history(*moves, **fields) -> Application:
    """A case that went through `moves`: (status, days ago) pairs, the first from draft; each
    move writes its statistics fact as the workflow would."""
    application = case_in(moves[-1][0], submitted_at=days_ago(moves[0][1]), **fields)
    Application.objects.filter(pk=application.pk).update(created_at=days_ago(moves[0][1] + 1))
    application.refresh_from_db()
    previous = "draft"
    for status, age in moves:
        change = StatusChange.objects.create(
            application=application,
            from_status=previous,
            to_status=status,
            actor_label="operator",
            at=days_ago(age),
        )
        record_status_fact(application=application, change=change)
        previous = status
    return application


@pytest.fixture
def cases(kaluga):
    return [
        with_history(("submitted", 10), ("in_review", 8), ("approved", 2), regions=[kaluga]),
        with_history(("submitted", 6), ("in_review", 2), regions=[kaluga]),
        with_history(("submitted", 4), category="investor", citizenship="RS"),
    ]


def test_the_medians_of_time_in_each_status_a_case_has_left(operator, cases):
    figures = dashboard.dashboard_for(user=operator, now=NOW)

    medians = {row.status: (row.median_days, row.stays) for row in figures.median_days}

    # draft: 1 day each (not an open status); submitted: left after 2 and 4 days;
    # in_review: left after 6 days; approved and the stays still going are not counted.
    assert medians == {"submitted": (3.0, 2), "in_review": (6.0, 1)}


def test_the_database_and_python_medians_agree(operator, cases, settings):
    from django.db import connection

    in_sql = fact_selectors.median_days_by_status(CaseFact.objects.all())
    vendor = connection.vendor
    connection.vendor = "python"
    try:
        in_python = fact_selectors.median_days_by_status(CaseFact.objects.all())
    finally:
        connection.vendor = vendor

    assert in_sql == in_python


def test_the_counts_by_status_category_region_and_citizenship(operator, cases):
    figures = dashboard.dashboard_for(user=operator, now=NOW)

    assert figures.total == 3
    assert {row.label: row.count for row in figures.by_status} == {
        "Submitted": 1,
        "In review": 1,
        "Approved by the operator": 1,
    }
    assert [(row.label, row.count) for row in figures.by_category] == [
        ("Scientist", 2),
        ("Investor", 1),
    ]
    assert figures.by_region[0].label == "Kaluga Region (RU-KLU)"
    assert figures.by_region[0].count == 2
    assert figures.by_region[0].query == "region=RU-KLU"
    assert {row.label: row.count for row in figures.by_citizenship} == {"Germany": 2, "Serbia": 1}


def test_submissions_are_counted_per_week_for_twelve_weeks(operator, kaluga):
    with_history(("submitted", 0))
    with_history(("submitted", 0))
    with_history(("submitted", 21))
    with_history(("submitted", 140))

    weekly = dashboard.weekly_submissions(CaseFact.objects.all(), now=NOW)

    assert len(weekly) == 12
    assert weekly[-1].count == 2
    assert weekly[-4].count == 1
    assert sum(row.count for row in weekly) == 3
    assert all(row.label.weekday() == 0 for row in weekly)


def test_deliveries_pending_and_failed_are_counted(operator):
    for state in ("pending", "in_flight", "failed", "delivered"):
        Delivery.objects.create(application=case_in("approved"), target="mvd_case", state=state)

    figures = dashboard.dashboard_for(user=operator)

    assert (figures.deliveries_pending, figures.deliveries_failed) == (2, 1)


def test_an_operator_bound_to_regions_sees_their_regions_figures(operator, cases, kaluga):
    kaluga.editors.add(operator)
    elsewhere = RegionFactory()
    with_history(("submitted", 1), regions=[elsewhere])

    figures = dashboard.dashboard_for(user=operator, now=NOW)

    assert figures.total == 2
    assert [region.code for region in figures.regions] == ["RU-KLU"]


def test_the_dashboard_page_shows_the_figures(client, operator, cases):
    response = client.get(f"{QUEUE}dashboard/")

    page = response.content.decode()
    assert response.status_code == 200
    assert page.count("<h1") == 1
    for text in ("Median days in each status", "Submissions per week", "Kaluga Region (RU-KLU)"):
        assert text in page
    assert f"{QUEUE}?delivery=failed" in page
