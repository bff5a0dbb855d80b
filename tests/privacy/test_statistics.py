"""Anonymous facts: written at submission and every change; the public table, the annual
report and the typical time in a status read them."""

import csv
import datetime
import io
import random

import pytest
from django.test import Client
from django.utils import timezone

from applications.models import ApplicationStatus
from applications.operators import services as operator_services
from portal.roles import Role, staff_ensure
from stats.facts import record_status_fact
from stats.models import CaseFact
from stats.selectors import typical_days_in_status
from tests.factories import RegionFactory, SubmittedApplicationFactory
from tests.privacy.conftest import submit_case

S = ApplicationStatus
pytestmark = pytest.mark.django_db


def fact(**fields) -> CaseFact:
    values = {
        "year": 2026,
        "month": 3,
        "week": datetime.date(2026, 3, 2),
        "category": "scientist",
        "citizenship": "AT",
        "region": "RU-KLU",
        "from_status": S.DRAFT,
        "status": S.SUBMITTED,
        "days_in_previous_status": 1.0,
    }
    return CaseFact.objects.create(**{**values, **fields})


def cases_in(status: str, count: int, **fields) -> None:
    """`count` cases that went draft → submitted → … → `status` (one hop after submitted)."""
    for _i in range(count):
        fact(**fields)
        if status != S.SUBMITTED:
            fact(from_status=S.SUBMITTED, status=status, **fields)


def test_a_submission_writes_one_anonymous_fact(kaluga, declaration):
    application, _code = submit_case()

    [written] = CaseFact.objects.all()

    year = timezone.localtime(application.submitted_at).year
    assert (written.year, written.category, written.region, written.citizenship) == (
        year,
        "scientist",
        "RU-KLU",
        "AT",
    )
    assert (written.from_status, written.status) == (S.DRAFT, S.SUBMITTED)
    assert written.days_in_previous_status is not None
    assert written.days_since_submission == 0
    # Nothing in a fact can name the person: only these columns exist.
    assert {field.name for field in CaseFact._meta.concrete_fields} == {
        "id",
        "year",
        "month",
        "week",
        "category",
        "citizenship",
        "region",
        "from_status",
        "status",
        "days_in_previous_status",
        "days_since_submission",
    }


def test_every_status_change_writes_a_fact_with_the_days_in_the_previous_status(
    operator, kaluga, declaration
):
    application, _code = submit_case()
    application.history.update(at=timezone.now() - datetime.timedelta(days=3))

    operator_services.application_review_start(application=application, user=operator)

    moved = CaseFact.objects.get(status=S.IN_REVIEW)
    assert moved.from_status == S.SUBMITTED
    assert 2.9 < moved.days_in_previous_status < 3.1
    assert CaseFact.objects.count() == 2


def test_the_public_statistics_count_cases_in_their_present_status():
    cases_in(S.IN_REVIEW, 6)
    cases_in(S.SUBMITTED, 5)

    body = Client().get("/api/v1/statistics/").json()

    assert set(body) == {"generated_at", "cases"}
    assert body["cases"] == [
        {"year": 2026, "category": "scientist", "region": "RU-KLU", "status": s, "count": n}
        for s, n in (("in_review", 6), ("submitted", 5))
    ]


def test_cells_under_five_are_left_out():
    cases_in(S.IN_REVIEW, 4)
    cases_in(S.SUBMITTED, 5, region="RU-MOW")

    cells = Client().get("/api/v1/statistics/").json()["cases"]

    assert [(cell["region"], cell["status"], cell["count"]) for cell in cells] == [
        ("RU-MOW", "submitted", 5)
    ]


def test_no_public_cell_is_ever_under_five():
    generator = random.Random(14)
    for _i in range(150):
        cases_in(
            generator.choice([S.SUBMITTED, S.IN_REVIEW, S.REJECTED]),
            1,
            region=generator.choice(["RU-KLU", "RU-MOW", "RU-TA"]),
            category=generator.choice(["scientist", "investor"]),
            year=generator.choice([2025, 2026]),
        )

    cells = Client().get("/api/v1/statistics/").json()["cases"]

    assert cells
    assert min(cell["count"] for cell in cells) >= 5
    assert sum(cell["count"] for cell in cells) < 150


def test_the_typical_days_in_a_status_need_five_cases():
    for days in (1, 2, 3, 10):
        fact(from_status=S.SUBMITTED, status=S.IN_REVIEW, days_in_previous_status=days)

    assert typical_days_in_status(S.SUBMITTED) is None

    fact(from_status=S.SUBMITTED, status=S.IN_REVIEW, days_in_previous_status=4)

    assert typical_days_in_status(S.SUBMITTED) == 3
    assert typical_days_in_status(S.IN_REVIEW) is None


def test_facts_recorded_by_the_workflow_match_a_case_built_by_hand(kaluga):
    application = SubmittedApplicationFactory(regions=[kaluga])
    change = application.history.create(from_status=S.DRAFT, to_status=S.SUBMITTED)

    written = record_status_fact(application=application, change=change)

    assert (written.region, written.status) == ("RU-KLU", S.SUBMITTED)


# ---- The annual report per region


@pytest.fixture
def report_facts():
    cases_in(S.REJECTED, 3)
    cases_in(S.SUBMITTED, 2)
    cases_in(S.REJECTED, 1, region="RU-MOW", category="investor")
    cases_in(S.REJECTED, 7, year=2025)


def report_rows(client, year=2026) -> list[list[str]]:
    response = client.get("/admin/stats/casefact/", {"year": year, "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_the_annual_report_is_one_row_per_region_category_and_outcome(
    operator_client, kaluga, report_facts
):
    RegionFactory(code="RU-MOW", name_en="Moscow")

    rows = report_rows(operator_client)

    assert rows[0] == ["Year submitted", "Region", "Region name", "Category", "Outcome", "Cases"]
    assert rows[1:] == [
        ["2026", "RU-KLU", "Kaluga Region", "Scientist", "Rejected", "3"],
        ["2026", "RU-KLU", "Kaluga Region", "Scientist", "Submitted", "2"],
        ["2026", "RU-MOW", "Moscow", "Investor", "Rejected", "1"],
    ]


def test_the_annual_report_page_lists_the_years(operator_client, report_facts):
    response = operator_client.get("/admin/stats/casefact/", {"year": "2025"})

    page = response.content.decode()
    assert response.status_code == 200
    assert '<option value="2025" selected>' in page
    assert response.context["rows"] == [("RU-KLU", "", "Scientist", "Rejected", 7)]


def test_an_operator_bound_to_a_region_reports_only_that_region(kaluga, report_facts):
    user, _created = staff_ensure(username="klu", role=Role.OPERATOR, password="pw")
    kaluga.editors.add(user)
    client = Client()
    client.force_login(user)

    rows = report_rows(client)

    assert {row[1] for row in rows[1:]} == {"RU-KLU"}


def test_the_report_is_not_for_editors(report_facts):
    user, _created = staff_ensure(username="ed", role=Role.CONTENT_EDITOR, password="pw")
    client = Client()
    client.force_login(user)

    assert client.get("/admin/stats/casefact/").status_code == 403
