"""A decision that never called back is found by asking the MVD, and applied exactly once."""

import json
import time
from datetime import timedelta

import httpx
import pytest
from django.test import Client
from django.utils import timezone

from applications.forwarding.models import (
    Delivery,
    DeliveryEventKind,
    DeliveryState,
    DeliveryTarget,
    MvdDecision,
)
from applications.forwarding.service import decisions_reconcile, deliveries_send
from applications.models import ApplicationStatus
from ministries.models import ReceivedRequest
from portal import webhook_signature
from tests.factories import SubmittedApplicationFactory
from tests.forwarding.conftest import CALLBACK_SECRET, approve

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
S = ApplicationStatus


def control(server, **body):
    httpx.post(f"{server.url}/mock/mvd/_control/", json=body, timeout=10).raise_for_status()


@pytest.fixture
def sent_case(ministries, settings):
    """A case the MVD received and will decide at once, without calling back."""
    control(ministries, mode="drop_callbacks", remaining=1, decision_delay_seconds=0)
    case = approve(SubmittedApplicationFactory())
    deliveries_send()
    case.refresh_from_db()
    assert case.status == S.SENT_TO_MVD
    return case


def mvd_delivery(case):
    return Delivery.objects.get(application=case, target=DeliveryTarget.MVD_CASE)


def test_a_delivered_case_is_asked_about_after_the_reconcile_window(sent_case, settings):
    delivery = mvd_delivery(sent_case)
    window = (delivery.decision_check_at - delivery.delivered_at).total_seconds()

    assert window == settings.MVD_RECONCILE_AFTER_SECONDS
    assert decisions_reconcile() == 0  # not yet: the window has not passed
    assert mvd_delivery(sent_case).decision_checks == 0


def test_a_dropped_callback_is_reconciled_by_polling_like_a_callback(sent_case):
    Delivery.objects.filter(pk=mvd_delivery(sent_case).pk).update(decision_check_at=timezone.now())
    time.sleep(0.3)  # the mock's timer decides the case (and drops the callback)

    assert decisions_reconcile() == 1

    sent_case.refresh_from_db()
    assert sent_case.status == S.STATUS_GRANTED
    decision = MvdDecision.objects.get()
    assert decision.applied_at is not None
    assert decision.note == ReceivedRequest.objects.get(ministry="mvd").decision_note
    delivery = mvd_delivery(sent_case)
    assert delivery.decision_found_at is not None
    assert delivery.events.filter(kind=DeliveryEventKind.DECISION_CHECK).count() == 1
    # As a callback would, a granted status asks the MID for the visa (sent at once: eager).
    assert Delivery.objects.get(application=sent_case, target=DeliveryTarget.MID_VISA).state == (
        DeliveryState.DELIVERED
    )
    assert decisions_reconcile() == 0  # found: never asked again


def test_an_undecided_case_is_asked_again_later_with_a_growing_interval(ministries, settings):
    control(ministries, mode="ok", decision_delay_seconds=3600)
    case = approve(SubmittedApplicationFactory())
    deliveries_send()
    settings.MVD_RECONCILE_AFTER_SECONDS = 100
    intervals = []
    for _check in range(3):
        Delivery.objects.filter(application=case).update(decision_check_at=timezone.now())
        before = timezone.now()
        assert decisions_reconcile() == 0
        intervals.append((mvd_delivery(case).decision_check_at - before).total_seconds())

    assert mvd_delivery(case).decision_checks == 3
    assert 50 <= intervals[0] <= 100 and 100 <= intervals[1] <= 200 and 200 <= intervals[2] <= 400
    case.refresh_from_db()
    assert case.status == S.SENT_TO_MVD


def test_a_late_callback_after_polling_changes_nothing(sent_case, settings):
    settings.MVD_CALLBACK_SECRET = CALLBACK_SECRET
    Delivery.objects.filter(application=sent_case).update(decision_check_at=timezone.now())
    time.sleep(0.3)
    decisions_reconcile()
    history = sent_case.history.count()
    received = ReceivedRequest.objects.get(ministry="mvd")
    body = json.dumps(
        {
            "external_id": received.external_id,
            "reference": sent_case.reference,
            "decision": "granted",
            "decided_at": received.decided_at.isoformat(),
            "note": received.decision_note,
        }
    ).encode()
    headers = webhook_signature.signed_headers(body, CALLBACK_SECRET)

    response = Client().post(
        "/api/v1/integrations/mvd/decisions/",
        body,
        content_type="application/json",
        HTTP_X_TIMESTAMP=headers["X-Timestamp"],
        HTTP_X_SIGNATURE=headers["X-Signature"],
    )

    assert response.status_code == 200
    assert sent_case.history.count() == history
    assert MvdDecision.objects.count() == 1


def test_a_case_decided_by_callback_is_not_polled(ministries, settings):
    settings.MVD_CALLBACK_SECRET = CALLBACK_SECRET
    control(ministries, mode="ok", decision_delay_seconds=0.1)
    case = approve(SubmittedApplicationFactory())
    deliveries_send()
    deadline = time.monotonic() + 20
    while mvd_delivery(case).decision_found_at is None:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    Delivery.objects.filter(application=case).update(
        decision_check_at=timezone.now() - timedelta(seconds=1)
    )

    assert decisions_reconcile() == 0

    assert not mvd_delivery(case).events.filter(kind=DeliveryEventKind.DECISION_CHECK).exists()
    case.refresh_from_db()
    assert case.status == S.STATUS_GRANTED
    # The callback's thread goes on to send the visa request: let it land in this test.
    while not Delivery.objects.filter(
        application=case, target=DeliveryTarget.MID_VISA, state=DeliveryState.DELIVERED
    ).exists():
        assert time.monotonic() < deadline
        time.sleep(0.1)
