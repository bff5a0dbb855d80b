"""What makes one worker fast without changing what it does: a kept-alive connection to the
ministry, a database connection kept between tasks, candidate e-mails on a queue of their own."""

import json
import uuid

import psycopg
import pytest
import redis
from django.conf import settings
from django.db import connection, transaction

from applications.forwarding import transport
from applications.forwarding.models import Delivery, DeliveryState, DeliveryTarget
from applications.forwarding.service import delivery_attempt
from applications.forwarding.tasks import deliver
from applications.models import StatusChange
from applications.tasks import status_change_notify
from ministries.models import ReceivedRequest
from portal.celery import app as celery_app
from portal.tasks import ping
from tests.factories import SubmittedApplicationFactory
from tests.forwarding.conftest import approve, wait_for

pytestmark = [pytest.mark.postgres, pytest.mark.redis]


@pytest.fixture
def connections_used():
    """The local address of the connection each ministry request of this process went out on."""
    client = transport.client()
    addresses = []

    def record(response):
        addresses.append(response.extensions["network_stream"].get_extra_info("client_addr"))

    client.event_hooks["response"].append(record)
    yield addresses
    client.event_hooks["response"].remove(record)


def mvd_state(case):
    return Delivery.objects.get(application=case, target=DeliveryTarget.MVD_CASE).state


@pytest.mark.django_db(transaction=True)
def test_consecutive_deliveries_reuse_one_connection_to_the_ministry(ministries, connections_used):
    cases = SubmittedApplicationFactory.create_batch(2)

    for case in cases:
        approve(case)  # tasks are eager here: each approval delivers in this process

    assert [mvd_state(case) for case in cases] == [DeliveryState.DELIVERED] * 2
    assert ReceivedRequest.objects.count() == 2
    assert len(connections_used) == 2
    assert connections_used[0] == connections_used[1]


@pytest.mark.django_db(transaction=True)
def test_a_changed_ministry_url_takes_effect_on_the_next_attempt(ministries, settings):
    live_url = settings.MVD_API_URL
    settings.MVD_API_URL = "http://127.0.0.1:9/mock/mvd/v1"  # nothing listens there
    case = SubmittedApplicationFactory()

    approve(case)
    delivery = Delivery.objects.get(application=case)
    assert delivery.state == DeliveryState.PENDING
    assert "connection error" in delivery.last_error

    settings.MVD_API_URL = live_url
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=delivery.created_at)
    assert delivery_attempt(delivery_id=delivery.pk) == DeliveryState.DELIVERED
    assert ReceivedRequest.objects.get().reference == case.reference


@pytest.mark.django_db
def test_candidate_emails_and_deliveries_travel_in_separate_queues(broker_queue):
    notifications = settings.CELERY_NOTIFICATIONS_QUEUE
    broker = redis.Redis.from_url(settings.REDIS_URL)
    try:
        status_change_notify.delay(1)
        deliver.delay(1)

        def tasks_in(queue):
            return [json.loads(m)["headers"]["task"] for m in broker.lrange(queue, 0, -1)]

        assert tasks_in(notifications) == ["applications.status_change_notify"]
        assert tasks_in(broker_queue) == ["forwarding.deliver"]
    finally:
        broker.delete(notifications, broker_queue)


def test_each_declared_queue_is_bound_to_its_own_name():
    # Bound to the default queue's key, the notifications queue would get every task twice.
    queues = celery_app.conf.task_queues

    assert {queue.name for queue in queues} == {
        settings.CELERY_TASK_DEFAULT_QUEUE,
        settings.CELERY_NOTIFICATIONS_QUEUE,
    }
    for queue in queues:
        assert queue.exchange.name == queue.routing_key == queue.name


@pytest.mark.django_db
def test_an_eager_task_leaves_its_callers_transaction_and_connection_alone():
    with transaction.atomic():
        before = connection.connection
        ping.delay()

        assert connection.connection is before
        assert not connection.needs_rollback


def worker_backends(application_name):
    """When each database connection opened by the worker so named began."""
    with psycopg.connect(
        host=settings.DATABASES["default"]["HOST"],
        port=settings.DATABASES["default"]["PORT"],
        user=settings.DATABASES["default"]["USER"],
        dbname="postgres",
        autocommit=True,
    ) as admin:
        rows = admin.execute(
            "SELECT backend_start FROM pg_stat_activity WHERE application_name = %s",
            [application_name],
        ).fetchall()
    return [row[0] for row in rows]


@pytest.mark.django_db(transaction=True)
def test_a_worker_keeps_its_database_connection_from_task_to_task(
    start_worker, worker_database_url
):
    name = f"test-worker-{uuid.uuid4().hex[:12]}"
    start_worker(DATABASE_URL=f"{worker_database_url}?conn_max_age=60&application_name={name}")
    cases = SubmittedApplicationFactory.create_batch(3)

    for case in cases:
        approve(case)

    wait_for(lambda: Delivery.objects.filter(state=DeliveryState.DELIVERED).count() == 3)
    # Quiet: the e-mails about the approvals and the sent cases are out as well.
    wait_for(
        lambda: (
            not StatusChange.objects.filter(
                to_status__in=["approved", "sent_to_mvd"], notified_at__isnull=True
            ).exists()
        )
    )
    first_delivered = Delivery.objects.order_by("delivered_at").first().delivered_at
    backends = worker_backends(name)
    assert len(backends) == 1
    assert backends[0] < first_delivered
