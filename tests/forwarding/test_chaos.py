"""Chaos: real worker processes, real Redis, the mocks on a live server. Each scenario ends
with every approved case received exactly once by the mock MVD (`times_received` 1) and
decided. Time is scaled down through settings where a scenario says so."""

import os
import signal
import socket
import subprocess
import time

import httpx
import psycopg
import pytest
from django.db import transaction

from applications.forwarding.models import Delivery, DeliveryState, DeliveryTarget
from applications.models import Actor, Application, ApplicationStatus
from applications.services import application_transition
from ministries.models import Ministry, ReceivedRequest
from portal.celery import app as celery_app
from tests.factories import SubmittedApplicationFactory
from tests.forwarding.conftest import approve, wait_for

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db(transaction=True)]
S = ApplicationStatus
DECIDED = (S.STATUS_GRANTED, S.STATUS_REFUSED)
# The sweeper and reconciliation every second instead of every minute (FORWARDING_SWEEP_SECONDS).
FAST_BEAT = {"FORWARDING_SWEEP_SECONDS": "1"}


def control(server, **body):
    httpx.post(f"{server.url}/mock/mvd/_control/", json=body, timeout=10).raise_for_status()


def received_by_mvd() -> dict[str, int]:
    return dict(
        ReceivedRequest.objects.filter(ministry=Ministry.MVD).values_list(
            "reference", "times_received"
        )
    )


def all_decided(cases) -> bool:
    references = [case.reference for case in cases]
    return Application.objects.filter(reference__in=references, status__in=DECIDED).count() == len(
        references
    )


def summary(cases) -> str:
    """Where the cases are, for a failure message."""
    rows = Delivery.objects.filter(application__in=cases).values_list(
        "target", "state", "attempts", "application__status"
    )
    counts: dict = {}
    for row in rows:
        counts[row] = counts.get(row, 0) + 1
    return f"deliveries {counts}; received {sorted(received_by_mvd().values())}"


def assert_each_received_once_and_decided(cases, timeout=90.0):
    deadline = time.monotonic() + timeout
    while not all_decided(cases):
        assert time.monotonic() < deadline, summary(cases)
        time.sleep(0.5)
    received = received_by_mvd()
    assert received == {case.reference: 1 for case in cases}
    delivered = Delivery.objects.filter(
        target=DeliveryTarget.MVD_CASE, state=DeliveryState.DELIVERED
    )
    assert delivered.count() == len(cases)


def test_mvd_unavailable_for_a_while_then_recovering(ministries, start_worker):
    """MVD answers 503 to everything for 'two minutes' (scaled: until every case was refused
    three times and 3 s more, against a backoff capped at 1 s instead of 15 min), then
    recovers; nothing is lost, nothing gives up."""
    cases = SubmittedApplicationFactory.create_batch(10)
    control(ministries, mode="error", remaining=100_000, decision_delay_seconds=0.3)
    # Both workers may take the last attempt, so both must know the higher limit.
    patient = {"FORWARDING_MAX_ATTEMPTS": "30"}
    start_worker(beat=True, **patient, **FAST_BEAT)
    start_worker(**patient)

    for case in cases:
        approve(case)
    # Every case is refused several times over the outage, and none gives up.
    wait_for(
        lambda: (
            Delivery.objects.filter(target=DeliveryTarget.MVD_CASE, attempts__gte=3).count() == 10
        ),
        timeout=60,
    )
    time.sleep(3)
    assert not received_by_mvd()
    assert not Delivery.objects.filter(state=DeliveryState.FAILED).exists()
    control(ministries, mode="ok", decision_delay_seconds=0.3)

    assert_each_received_once_and_decided(cases)
    assert all(
        delivery.events.filter(status_code=503).exists()
        for delivery in Delivery.objects.filter(target=DeliveryTarget.MVD_CASE)
    )


def test_a_worker_killed_in_the_middle_of_a_batch(ministries, start_worker, worker_database_url):
    """The worker has claimed a batch of ten and is building its payloads when it is killed
    (a table lock holds it there, so the kill lands before any send of the batch): the rows
    stay in flight until their lease runs out, then the sweeper hands them to another worker."""
    cases = SubmittedApplicationFactory.create_batch(10)
    control(ministries, mode="ok", decision_delay_seconds=0.3)
    short_lease = {
        "FORWARDING_LEASE_SECONDS": "5",
        "FORWARDING_CONNECT_TIMEOUT": "1",
        "FORWARDING_READ_TIMEOUT": "2",
    }
    with psycopg.connect(worker_database_url, autocommit=False) as blocker:
        blocker.execute("LOCK TABLE applications_familymember IN ACCESS EXCLUSIVE MODE")
        doomed = start_worker(**short_lease)
        for case in cases:
            approve(case)
        wait_for(lambda: Delivery.objects.filter(state=DeliveryState.IN_FLIGHT).count() == 10)
        os.kill(doomed.pid, signal.SIGKILL)
        doomed.wait(timeout=10)
        blocker.rollback()

    assert Delivery.objects.filter(state=DeliveryState.IN_FLIGHT).count() == 10
    start_worker(beat=True, **short_lease, **FAST_BEAT)

    assert_each_received_once_and_decided(cases)
    # The killed worker's claim counted as an attempt; the rows were then sent once.
    assert set(
        Delivery.objects.filter(target=DeliveryTarget.MVD_CASE).values_list("attempts", flat=True)
    ) == {2}


def free_port() -> int:
    for port in range(6390, 6400):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    pytest.fail("no free port in 6390-6399 for this test's own redis-server")


class OwnRedis:
    """A redis-server of this test's own, on a port of its own, without persistence."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        wait_for(lambda: socket.socket().connect_ex(("127.0.0.1", self.port)) == 0, timeout=10)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def own_redis(broker_queue):
    """Celery in this process and in the workers uses the test's own Redis as its broker."""
    redis = OwnRedis()
    redis.start()
    previous = celery_app.conf.broker_url
    celery_app.close()
    celery_app.conf.broker_url = redis.url
    yield redis
    if redis.process.poll() is None:
        redis.stop()
    celery_app.close()
    celery_app.conf.broker_url = previous


def test_redis_stopped_and_restarted_while_cases_are_approved(ministries, start_worker, own_redis):
    cases = SubmittedApplicationFactory.create_batch(12)
    control(ministries, mode="ok", decision_delay_seconds=0.3)
    broker = {"CELERY_BROKER_URL": own_redis.url}
    start_worker(beat=True, **broker, **FAST_BEAT)
    start_worker(**broker)

    for case in cases[:4]:
        approve(case)
    own_redis.stop()
    for case in cases[4:8]:
        approve(case)  # the nudges are lost; the approval still commits
    assert Application.objects.filter(status=S.APPROVED).count() >= 4
    own_redis.start()  # empty: whatever was queued is gone
    for case in cases[8:]:
        approve(case)

    assert_each_received_once_and_decided(cases, timeout=120)


def test_dropped_callbacks_are_reconciled_by_polling(ministries, start_worker):
    """The mock decides 20 cases but never calls back; after MVD_RECONCILE_AFTER_SECONDS
    (scaled: 1 s instead of an hour) the portal asks and applies each decision once."""
    cases = SubmittedApplicationFactory.create_batch(20)
    control(ministries, mode="drop_callbacks", remaining=20, decision_delay_seconds=0.2)
    start_worker(beat=True, MVD_RECONCILE_AFTER_SECONDS="1", **FAST_BEAT)

    for case in cases:
        approve(case)

    assert_each_received_once_and_decided(cases)
    assert not ReceivedRequest.objects.filter(callback_delivered_at__isnull=False).exists()
    assert all(
        delivery.decision_checks >= 1 and delivery.decision_found_at
        for delivery in Delivery.objects.filter(target=DeliveryTarget.MVD_CASE)
    )


def test_two_hundred_cases_approved_at_once_with_two_workers(ministries, start_worker):
    """An operator's bulk approval of 200 cases in one transaction: 200 nudges at once."""
    cases = SubmittedApplicationFactory.create_batch(200, status=S.IN_REVIEW)
    control(ministries, mode="ok", decision_delay_seconds=0.5)
    start_worker(beat=True, **FAST_BEAT)
    start_worker()

    with transaction.atomic():
        for case in cases:
            application_transition(application=case, to=S.APPROVED, actor=Actor.OPERATOR)

    assert_each_received_once_and_decided(cases, timeout=240)
