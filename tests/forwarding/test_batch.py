"""A worker's batch: built, sent and recorded with a number of queries that does not grow with
its size, and written exactly as case-by-case delivery would write it."""

import itertools
from datetime import date

import httpx
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from applications.forwarding import payload, transport
from applications.forwarding.base import registry
from applications.forwarding.models import Delivery, DeliveryEvent, DeliveryState, DeliveryTarget
from applications.forwarding.service import deliveries_send
from applications.models import ApplicationStatus, Document, FamilyMember, StatusChange
from stats.models import CaseFact
from tests.factories import SubmittedApplicationFactory
from tests.forwarding.conftest import approve

pytestmark = pytest.mark.django_db
S = ApplicationStatus


@pytest.fixture
def ministry(monkeypatch):
    """A ministry that accepts every case under a new external id; the requests it received."""
    received = []
    numbers = itertools.count(1)

    def answer(request: httpx.Request) -> httpx.Response:
        received.append(request)
        return httpx.Response(202, json={"external_id": f"MVD-{next(numbers)}"})

    monkeypatch.setattr(transport, "_client", httpx.Client(transport=httpx.MockTransport(answer)))
    return received


def approved_cases(count: int, django_capture_on_commit_callbacks) -> list:
    """Approved cases with family members and documents; no worker is nudged."""
    cases = []
    with django_capture_on_commit_callbacks(execute=False):
        for number in range(count):
            case = SubmittedApplicationFactory()
            FamilyMember.objects.create(
                application=case,
                relation="child",
                first_name=f"Child {number}",
                last_name="Doe",
                date_of_birth=date(2015, 1, 1),
                citizenship="DE",
            )
            Document.objects.create(
                application=case,
                kind="passport",
                file=f"documents/{number}.pdf",
                original_name=f"passport-{number}.pdf",
                content_type="application/pdf",
                size=1,
                sha256="0" * 64,
            )
            cases.append(approve(case))
    return cases


def queries_of_one_batch(size: int) -> int:
    with CaptureQueriesContext(connection) as queries:
        states = deliveries_send(limit=size)
    assert len(states) == size
    assert set(states.values()) == {DeliveryState.DELIVERED}
    return len(queries.captured_queries)


def test_a_batch_takes_as_many_queries_for_twenty_cases_as_for_five(
    ministry, django_capture_on_commit_callbacks
):
    approved_cases(25, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=False):
        five = queries_of_one_batch(5)
        twenty = queries_of_one_batch(20)
    assert twenty == five
    assert len(ministry) == 25


def test_a_batch_records_each_case_as_one_delivery_would(
    ministry, django_capture_on_commit_callbacks
):
    cases = approved_cases(3, django_capture_on_commit_callbacks)
    facts_before = CaseFact.objects.count()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        deliveries_send(limit=3)
    assert len(callbacks) >= 1  # the candidates' e-mails, published after the commit
    for case in cases:
        case.refresh_from_db()
        delivery = Delivery.objects.get(application=case)
        moved = case.history.get(to_status=S.SENT_TO_MVD)
        assert case.status == S.SENT_TO_MVD
        assert case.version == 4  # submitted, in review, approved, sent
        assert moved.from_status == S.APPROVED
        assert moved.note == f"{DeliveryTarget.MVD_CASE} {delivery.external_id}"
        assert DeliveryEvent.objects.filter(delivery=delivery).count() == 1
    facts = CaseFact.objects.order_by("pk")[facts_before:]
    assert [fact.status for fact in facts] == [S.SENT_TO_MVD] * 3
    assert all(fact.region and fact.days_in_previous_status == 0 for fact in facts)
    assert StatusChange.objects.filter(to_status=S.SENT_TO_MVD).count() == 3


def test_the_batch_payloads_are_the_payloads_of_each_case(django_capture_on_commit_callbacks):
    cases = approved_cases(3, django_capture_on_commit_callbacks)
    forwarder = registry.get(DeliveryTarget.MVD_CASE)
    one_by_one = {case.pk: forwarder.build_payload(case) for case in cases}
    assert forwarder.build_payloads(cases) == one_by_one
    assert [body["family_members"][0]["first_name"] for body in one_by_one.values()] == [
        "Child 0",
        "Child 1",
        "Child 2",
    ]
    assert payload.mvd_case(cases[1])["documents"][0]["name"] == "passport-1.pdf"
