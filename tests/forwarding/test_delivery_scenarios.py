"""Approved cases reach the ministries exactly once in effect, whatever fails on the way."""

import os
import signal

import httpx
import pytest
import redis
from django.conf import settings

from applications.forwarding.models import Delivery, DeliveryState, DeliveryTarget
from applications.forwarding.service import deliveries_sweep
from applications.models import ApplicationStatus, StatusChange
from ministries.models import Ministry, ReceivedRequest
from tests.factories import SubmittedApplicationFactory
from tests.forwarding.conftest import approve, wait_for

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db(transaction=True)]


def control(live_server, ministry, **body):
    response = httpx.post(f"{live_server.url}/mock/{ministry}/_control/", json=body, timeout=10)
    response.raise_for_status()


def delivery_of(application, target=DeliveryTarget.MVD_CASE):
    return Delivery.objects.filter(application=application, target=target).first()


def state_of(application, target=DeliveryTarget.MVD_CASE):
    delivery = delivery_of(application, target)
    return delivery.state if delivery else None


def test_happy_path_from_approval_to_visa_request(ministries, start_worker, submitted_case):
    control(ministries, "mvd", mode="ok", decision="granted", decision_delay_seconds=0.5)
    start_worker()

    approve(submitted_case)

    wait_for(lambda: state_of(submitted_case, DeliveryTarget.MID_VISA) == DeliveryState.DELIVERED)
    submitted_case.refresh_from_db()
    assert submitted_case.status == ApplicationStatus.STATUS_GRANTED
    mvd = ReceivedRequest.objects.get(ministry=Ministry.MVD)
    mid = ReceivedRequest.objects.get(ministry=Ministry.MID)
    assert mvd.times_received == 1 and mid.times_received == 1
    assert mvd.reference == mid.reference == submitted_case.reference
    assert mid.payload["mvd_external_id"] == mvd.external_id
    assert list(
        submitted_case.history.order_by("at", "pk").values_list("to_status", flat=True)
    ) == ["in_review", "approved", "sent_to_mvd", "status_granted"]
    # The candidate is emailed (by the worker) about every change they should know of.
    wait_for(
        lambda: (
            not StatusChange.objects.filter(
                application=submitted_case,
                to_status__in=["approved", "status_granted"],
                notified_at__isnull=True,
            ).exists()
        )
    )


def test_mvd_failing_three_times_is_delivered_once_in_the_end(ministries, start_worker):
    case = SubmittedApplicationFactory()
    control(ministries, "mvd", mode="error", remaining=3)
    start_worker()

    approve(case)

    wait_for(lambda: state_of(case) == DeliveryState.DELIVERED)
    delivery = delivery_of(case)
    assert delivery.attempts == 4
    assert list(delivery.events.values_list("status_code", flat=True)) == [503, 503, 503, 202]
    assert ReceivedRequest.objects.get(ministry=Ministry.MVD).times_received == 1
    case.refresh_from_db()
    assert case.status == ApplicationStatus.SENT_TO_MVD


def test_a_slow_answer_beyond_the_read_timeout_is_retried_under_one_external_id(
    ministries, start_worker
):
    case = SubmittedApplicationFactory()
    control(ministries, "mvd", mode="slow", remaining=1)
    start_worker(FORWARDING_READ_TIMEOUT="2")

    approve(case)

    wait_for(lambda: state_of(case) == DeliveryState.DELIVERED)
    delivery = delivery_of(case)
    assert delivery.attempts >= 2
    assert "timeout" in delivery.events.first().outcome
    # The slow first request also lands eventually: still one case, under one id.
    wait_for(lambda: ReceivedRequest.objects.get().times_received >= 2, timeout=20)
    assert ReceivedRequest.objects.count() == 1
    assert ReceivedRequest.objects.get().external_id == delivery.external_id


def test_a_worker_killed_mid_delivery_is_replaced_and_the_case_is_sent_once(
    ministries, start_worker
):
    case = SubmittedApplicationFactory()
    control(ministries, "mvd", mode="slow", remaining=1)
    doomed = start_worker(FORWARDING_READ_TIMEOUT="30", FORWARDING_LEASE_SECONDS="2")

    approve(case)
    wait_for(lambda: state_of(case) == DeliveryState.IN_FLIGHT)
    os.kill(doomed.pid, signal.SIGKILL)
    doomed.wait(timeout=10)

    start_worker()
    # The broker will not hand the task back for an hour; the sweeper finds the stale lease.
    wait_for(
        lambda: deliveries_sweep() == 0 and state_of(case) == DeliveryState.DELIVERED, interval=1
    )
    wait_for(lambda: ReceivedRequest.objects.filter(times_received__gte=2).exists(), timeout=20)
    assert ReceivedRequest.objects.count() == 1
    # The killed worker's attempt plus at least one more (a loaded machine may need another).
    assert delivery_of(case).attempts >= 2


def test_a_broker_that_lost_its_messages_only_delays_delivery(
    ministries, broker_queue, start_worker
):
    case = SubmittedApplicationFactory()

    approve(case)  # the nudge is now in Redis, and no worker is running
    redis.Redis.from_url(settings.REDIS_URL).flushdb()
    assert state_of(case) == DeliveryState.PENDING

    start_worker()
    assert deliveries_sweep() == 1

    wait_for(lambda: state_of(case) == DeliveryState.DELIVERED)
    assert ReceivedRequest.objects.get().times_received == 1


def test_a_wrong_token_fails_at_once_with_the_reason(ministries, start_worker):
    case = SubmittedApplicationFactory()
    start_worker(MVD_API_TOKEN="not-the-token")

    approve(case)

    wait_for(lambda: state_of(case) == DeliveryState.FAILED)
    delivery = delivery_of(case)
    assert delivery.attempts == 1
    assert delivery.last_status_code == 401
    assert "HTTP 401" in delivery.last_error
    wait_for(lambda: delivery_of(case).failure_notified_at is not None)
    assert deliveries_sweep() == 0  # a failed row is not retried by itself
    case.refresh_from_db()
    assert case.status == ApplicationStatus.APPROVED
    assert ReceivedRequest.objects.count() == 0
