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


def test_the_queue_offers_submission_periods_and_an_export_link(client, operator, case):
    page = client.get(QUEUE, {"status": "open"}).content.decode()

    assert f"?status=open&amp;submitted={timezone.localdate():%Y-%m}" in page
    assert f"{QUEUE}export/?status=open" in page


def local(*moment) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(*moment))


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("2025-06", ["june_first", "june_last"]),
        ("2025-12", ["december_last"]),
        ("2025", ["may_last", "june_first", "june_last", "july_first", "december_last"]),
        ("2024", ["new_year_eve"]),
        ("2025-13", "all"),
        ("junk", "all"),
        # Years a datetime cannot hold (or whose end it cannot): ignored, not an error.
        ("0000", "all"),
        ("9999", "all"),
        ("9999-12", "all"),
    ],
)
def test_the_submitted_filter_shows_the_cases_of_a_month_or_year_in_local_time(
    client, operator, period, expected
):
    cases = {
        "new_year_eve": case_in("submitted", submitted_at=local(2024, 12, 31, 23, 59, 59)),
        "may_last": case_in("submitted", submitted_at=local(2025, 5, 31, 23, 59, 59)),
        "june_first": case_in("submitted", submitted_at=local(2025, 6, 1)),
        "june_last": case_in("submitted", submitted_at=local(2025, 6, 30, 23, 59, 59)),
        "july_first": case_in("submitted", submitted_at=local(2025, 7, 1)),
        "december_last": case_in("submitted", submitted_at=local(2025, 12, 31, 23, 59, 59)),
    }

    shown = references(client.get(QUEUE, {"submitted": period}))

    expected = list(cases) if expected == "all" else expected
    assert shown == [cases[name].reference for name in expected]


def test_the_submitted_filter_offers_the_last_twelve_months_and_each_year_since_the_first(
    client, operator
):
    first = timezone.now() - datetime.timedelta(days=800)
    case_in("submitted", submitted_at=first)
    SubmittedApplicationFactory(status="draft", reference=None, submitted_at=None)

    offered = [value for value, _label in choices(client.get(QUEUE), "submitted")]

    today = timezone.localdate()
    months = [f"{today.year}-{today.month:02d}"]
    for _ in range(11):
        before = datetime.date.fromisoformat(f"{months[-1]}-01") - datetime.timedelta(days=1)
        months.append(f"{before.year}-{before.month:02d}")
    years = [str(year) for year in range(today.year, timezone.localdate(first).year - 1, -1)]
    assert offered == months + years


def test_the_submitted_filter_offers_no_month_before_the_first_case(client, operator):
    case_in("submitted", submitted_at=timezone.now())

    offered = [value for value, _label in choices(client.get(QUEUE), "submitted")]

    assert offered == [f"{timezone.localdate():%Y-%m}", f"{timezone.localdate():%Y}"]


def test_the_citizenship_filter_offers_the_countries_that_have_cases(client, operator):
    for citizenship in ("RS", "DE", "FR", "DE"):
        case_in("in_review", citizenship=citizenship)
    SubmittedApplicationFactory(status="draft", reference=None, submitted_at=None, citizenship="US")

    offered = choices(client.get(QUEUE), "citizenship")

    assert offered == [("FR", "France"), ("DE", "Germany"), ("RS", "Serbia")]


def test_an_operator_bound_to_regions_is_offered_only_their_cases_citizenships(
    client, operator, case
):
    case_in("submitted", citizenship="RS", regions=[RegionFactory()])
    case.region_choices.get().region.editors.add(operator)

    assert choices(client.get(QUEUE), "citizenship") == [("DE", "Germany")]


def choices(response, parameter: str) -> list[tuple[str, str]]:
    """The choices a list filter offers, as (value, label)."""
    (spec,) = [
        spec
        for spec in response.context["cl"].filter_specs
        if getattr(spec, "parameter_name", None) == parameter
    ]
    return [(value, str(label)) for value, label in spec.lookup_choices]


@pytest.mark.parametrize("count", [5, 200])
@pytest.mark.parametrize("filtered", [False, True])
def test_the_queue_costs_the_same_queries_for_5_and_200_cases(
    client, operator, kaluga, django_assert_max_num_queries, count, filtered
):
    cases = bulk_cases(count, region=kaluga)
    Application.objects.filter(pk__in=[case.pk for case in cases[::2]]).update(
        assigned_operator=operator
    )
    newest = cases[-1]
    query = {"status": "open"}
    if filtered:
        month = f"{timezone.localtime(newest.submitted_at):%Y-%m}"
        query.update(submitted=month, citizenship="DE", region="RU-KLU")
    client.get(QUEUE)  # the session and permission caches are warm from here on

    # 14: the 13 of the queue, plus whether the operator has a second-factor device.
    with django_assert_max_num_queries(14):
        response = client.get(QUEUE, query)

    assert response.status_code == 200
    shown = references(response)
    if filtered:
        assert newest.reference in shown
    else:
        assert len(shown) == min(count, 50)


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
