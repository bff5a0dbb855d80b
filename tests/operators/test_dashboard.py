"""The operators' dashboard: counts, medians of time in status, weekly submissions."""

import datetime

import pytest
from django.utils import timezone

from applications.forwarding.models import Delivery
from applications.models import Application, StatusChange
from applications.operators import dashboard
from applications.operators.selectors import visible_cases
from tests.factories import RegionFactory
from tests.operators.conftest import QUEUE, case_in

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def days_ago(days: float) -> datetime.datetime:
    return NOW - datetime.timedelta(days=days)


def with_history(*moves, **fields) -> Application:
    """A case that went through `moves`: (status, days ago) pairs, the first from draft."""
    application = case_in(moves[-1][0], submitted_at=days_ago(moves[0][1]), **fields)
    previous = "draft"
    for status, age in moves:
        StatusChange.objects.create(
            application=application,
            from_status=previous,
            to_status=status,
            actor_label="operator",
            at=days_ago(age),
        )
        previous = status
    return application


@pytest.fixture
def cases(kaluga):
    return [
        with_history(("submitted", 10), ("in_review", 8), ("approved", 2), regions=[kaluga]),
        with_history(("submitted", 6), ("in_review", 2), regions=[kaluga]),
        with_history(("submitted", 4), category="investor", citizenship="RS"),
    ]


def test_the_medians_of_time_in_each_status(operator, cases):
    medians = {
        row.status: (row.median_days, row.stays)
        for row in dashboard.median_days_in_status(visible_cases(user=operator), now=NOW)
    }

    # submitted: 2, 4 and (still) 4 days; in_review: 6 and (still) 2; approved: (still) 2.
    assert medians == {"submitted": (4.0, 3), "in_review": (4.0, 2), "approved": (2.0, 1)}


def test_the_database_and_python_medians_agree(operator, cases):
    in_python = dashboard.medians_in_python(visible_cases(user=operator), NOW)
    by_status = dashboard.median_days_in_status(visible_cases(user=operator), now=NOW)

    assert {row.status: row.median_days for row in by_status} == {
        status: round(median, 1) for status, (median, _stays) in in_python.items()
    }


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
    case_in("submitted", submitted_at=NOW)
    case_in("submitted", submitted_at=NOW)
    case_in("submitted", submitted_at=NOW - datetime.timedelta(weeks=3))
    case_in("submitted", submitted_at=NOW - datetime.timedelta(weeks=20))

    weekly = dashboard.weekly_submissions(visible_cases(user=operator), now=NOW)

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
