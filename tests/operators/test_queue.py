"""The queue: columns, filters, search, ordering, and its cost at any size."""

import datetime

import pytest
from django.utils import timezone

from applications.forwarding.models import Delivery
from applications.models import Application, ApplicationRegion
from applications.operators.queue import CappedCountPaginator
from tests.factories import RegionFactory, SubmittedApplicationFactory
from tests.operators.conftest import QUEUE, bulk_cases, case_in

pytestmark = pytest.mark.django_db


def references(response) -> list[str]:
    return [case.reference for case in response.context["cl"].result_list]


def test_the_queue_shows_submitted_cases_oldest_first_and_no_drafts(client, operator, kaluga):
    now = timezone.now()
    newer = case_in("submitted", submitted_at=now - datetime.timedelta(days=1))
    older = case_in("in_review", submitted_at=now - datetime.timedelta(days=9))
    SubmittedApplicationFactory(status="draft", reference=None, submitted_at=None)

    response = client.get(QUEUE)

    assert references(response) == [older.reference, newer.reference]


def test_a_row_shows_every_column_of_the_queue(client, operator, kaluga):
    case = SubmittedApplicationFactory(
        regions=[kaluga, RegionFactory()],
        status="in_review",
        assigned_operator=operator,
        submitted_at=timezone.now() - datetime.timedelta(days=12, hours=1),
    )

    row = client.get(QUEUE).content.decode()

    for text in (
        case.reference,
        "Schmidt, Anna",
        "Germany",
        "Scientist",
        "Kaluga Region",
        "In review",
        "olga",
        '<td class="field-days_waiting">12</td>',
    ):
        assert text in row


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "in_review"}, ["reviewed"]),
        ({"status": "open"}, ["reviewed", "fresh"]),
        ({"category": "investor"}, ["investor"]),
        ({"citizenship": "RS"}, ["serbian"]),
        ({"assigned": "me"}, ["reviewed"]),
        ({"region": "RU-KLU"}, ["fresh", "investor", "serbian", "closed"]),
    ],
)
def test_the_queue_filters(client, operator, kaluga, query, expected):
    now = timezone.now()
    cases = {
        "reviewed": case_in("in_review", assigned_operator=operator, regions=[RegionFactory()]),
        "fresh": case_in("submitted", regions=[kaluga]),
        "investor": case_in("rejected", category="investor", regions=[kaluga]),
        "serbian": case_in("rejected", citizenship="RS", regions=[kaluga]),
        "closed": case_in("withdrawn", regions=[kaluga]),
    }
    for age, case in enumerate(cases.values()):
        Application.objects.filter(pk=case.pk).update(submitted_at=now - datetime.timedelta(age))

    response = client.get(QUEUE, query)

    shown = set(references(response))
    assert shown == {cases[name].reference for name in expected}


def test_the_region_filter_counts_only_the_first_preferred_region(client, operator, kaluga):
    first = case_in("submitted", regions=[kaluga])
    second_choice = case_in("submitted", regions=[RegionFactory(), kaluga])

    shown = references(client.get(QUEUE, {"region": "RU-KLU"}))

    assert first.reference in shown
    assert second_choice.reference not in shown


def test_the_unassigned_filter_shows_cases_nobody_has(client, operator, second_operator):
    mine = case_in("in_review", assigned_operator=operator)
    theirs = case_in("in_review", assigned_operator=second_operator[0])
    nobodys = case_in("submitted")

    shown = references(client.get(QUEUE, {"assigned": "none"}))

    assert shown == [nobodys.reference]
    assert mine.reference not in shown and theirs.reference not in shown


def test_the_delivery_failed_filter_shows_cases_whose_delivery_failed(client, operator):
    failed, delivered = case_in("approved"), case_in("sent_to_mvd")
    Delivery.objects.create(application=failed, target="mvd_case", state="failed")
    Delivery.objects.create(application=delivered, target="mvd_case", state="delivered")

    assert references(client.get(QUEUE, {"delivery": "failed"})) == [failed.reference]


@pytest.mark.parametrize("term", ["TLR-2000-", "schmi", "ANNA.SCHMIDT@EXAMPLE.ORG"])
def test_the_queue_searches_reference_name_and_email(client, operator, case, term):
    SubmittedApplicationFactory(first_name="Ivan", last_name="Petrov", email="ivan@example.org")
    term = case.reference if term == "TLR-2000-" else term

    assert references(client.get(QUEUE, {"q": term})) == [case.reference]


def test_the_queue_has_a_date_hierarchy_and_an_export_link(client, operator, case):
    page = client.get(QUEUE, {"status": "open"}).content.decode()

    assert "submitted_at__year=" in page
    assert f"{QUEUE}export/?status=open" in page


@pytest.mark.parametrize("count", [5, 200])
def test_the_queue_costs_the_same_queries_for_5_and_200_cases(
    client, operator, kaluga, django_assert_max_num_queries, count
):
    cases = bulk_cases(count, region=kaluga)
    Application.objects.filter(pk__in=[case.pk for case in cases[::2]]).update(
        assigned_operator=operator
    )
    client.get(QUEUE)  # the session and permission caches are warm from here on

    with django_assert_max_num_queries(14):
        response = client.get(QUEUE, {"status": "open"})

    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == min(count, 50)


def test_the_count_stops_at_its_cap(client, operator, kaluga, monkeypatch):
    monkeypatch.setattr(CappedCountPaginator, "COUNT_CAP", 3)
    bulk_cases(5, region=kaluga)

    page = client.get(QUEUE).content.decode()

    assert "More than 3 cases" in page


def test_every_filter_and_the_ordering_have_an_index():
    def leading_fields(model):
        return {index.fields[0] for index in model._meta.indexes} | {
            constraint.fields[0] for constraint in model._meta.constraints
        }

    leading = leading_fields(Application)
    assert {"status", "category", "citizenship", "assigned_operator", "submitted_at"} <= leading
    assert "region" in leading_fields(ApplicationRegion)
    assert "state" in leading_fields(Delivery)
