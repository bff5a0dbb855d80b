"""/metrics: who may scrape it, and what it tells (requests, outbox, queues, counters)."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone
from prometheus_client.parser import text_string_to_metric_families

from applications.forwarding.models import Delivery
from portal import metrics
from portal.celery import app as celery_app
from portal.tasks import ping
from tests.factories import FaqFactory, SubmittedApplicationFactory

OUTSIDER = "203.0.113.5"


@pytest.fixture(autouse=True)
def clean_cache():
    cache.clear()
    yield
    cache.clear()


def scrape(client, **extra) -> dict:
    response = client.get("/metrics", **extra)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=")
    samples = {}
    for family in text_string_to_metric_families(response.content.decode()):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def value(samples: dict, name: str, **labels) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


# ---- Access


def test_an_address_outside_the_allowed_networks_is_refused(client, db):
    response = client.get("/metrics", REMOTE_ADDR=OUTSIDER, HTTP_X_FORWARDED_FOR="127.0.0.1")

    assert response.status_code == 403
    assert b"portal_" not in response.content


def test_an_allowed_network_may_scrape(client, settings, db):
    settings.METRICS_ALLOWED_IPS = ["10.0.0.0/8"]

    assert client.get("/metrics", REMOTE_ADDR="10.1.2.3").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 403


def test_the_bearer_token_opens_it_from_anywhere_and_a_wrong_one_does_not(client, settings, db):
    settings.METRICS_TOKEN = "scrape-secret-1"

    right = client.get(
        "/metrics", REMOTE_ADDR=OUTSIDER, HTTP_AUTHORIZATION="Bearer scrape-secret-1"
    )
    wrong = client.get("/metrics", REMOTE_ADDR=OUTSIDER, HTTP_AUTHORIZATION="Bearer nope")

    assert right.status_code == 200
    assert wrong.status_code == 403


def test_without_a_configured_token_no_token_is_accepted(client, settings, db):
    settings.METRICS_TOKEN = ""

    response = client.get("/metrics", REMOTE_ADDR=OUTSIDER, HTTP_AUTHORIZATION="Bearer ")

    assert response.status_code == 403


# ---- Requests per view


@pytest.mark.django_db
def test_requests_are_counted_and_timed_per_view_and_status(client):
    before = scrape(client)
    client.get("/en/faq/")
    client.get("/en/faq/")
    client.get("/en/no-such-page/")

    after = scrape(client)

    faq = {"view": "content:faq", "method": "GET", "status": "200"}
    assert (
        value(after, "portal_http_requests_total", **faq)
        - value(before, "portal_http_requests_total", **faq)
        == 2
    )
    timed = {"view": "content:faq", "method": "GET"}
    assert (
        value(after, "portal_http_request_duration_seconds_count", **timed)
        - value(before, "portal_http_request_duration_seconds_count", **timed)
        == 2
    )
    missing = {"view": "unresolved", "method": "GET", "status": "404"}
    assert value(after, "portal_http_requests_total", **missing) > value(
        before, "portal_http_requests_total", **missing
    )


@pytest.mark.redis
@pytest.mark.django_db
def test_a_page_cache_hit_is_counted_under_the_view_that_made_the_page(client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    FaqFactory()
    client.get("/en/faq/")
    before = scrape(client)

    assert client.get("/en/faq/")["X-Page-Cache"] == "hit"

    after = scrape(client)
    faq = {"view": "content:faq", "method": "GET", "status": "200"}
    assert (
        value(after, "portal_http_requests_total", **faq)
        - value(before, "portal_http_requests_total", **faq)
        == 1
    )


# ---- The outbox, computed at the scrape


@pytest.mark.django_db
def test_the_outbox_gauges_show_pending_failed_and_the_oldest_age_per_target(client):
    old = Delivery.objects.create(application=SubmittedApplicationFactory(), target="mvd_case")
    Delivery.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=10)
    )
    Delivery.objects.create(
        application=SubmittedApplicationFactory(), target="mvd_case", state="in_flight"
    )
    Delivery.objects.create(
        application=SubmittedApplicationFactory(), target="mvd_case", state="delivered"
    )
    Delivery.objects.create(
        application=SubmittedApplicationFactory(), target="mid_visa", state="failed"
    )

    samples = scrape(client)

    assert value(samples, "portal_outbox_pending", target="mvd_case") == 2
    assert value(samples, "portal_outbox_failed", target="mvd_case") == 0
    assert value(samples, "portal_outbox_failed", target="mid_visa") == 1
    assert value(samples, "portal_outbox_pending", target="mid_visa") == 0
    age = value(samples, "portal_outbox_oldest_pending_age_seconds", target="mvd_case")
    assert 600 <= age < 700
    assert value(samples, "portal_outbox_oldest_pending_age_seconds", target="mid_visa") == 0


# ---- Celery queues, read from the broker


@pytest.mark.redis
@pytest.mark.django_db
def test_queue_lengths_count_the_tasks_waiting_in_redis(client, settings):
    import redis

    queue = settings.CELERY_NOTIFICATIONS_QUEUE
    broker = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    broker.delete(queue)
    celery_app.conf.task_always_eager = False
    try:
        for _ in range(3):
            ping.apply_async(queue=queue)
        samples = scrape(client)
    finally:
        celery_app.conf.task_always_eager = True
        broker.delete(queue)

    assert value(samples, "portal_celery_queue_length", queue=queue) == 3
    assert ("portal_celery_queue_length", (("queue", settings.CELERY_TASK_DEFAULT_QUEUE),)) in (
        samples
    )


# ---- Counters that other processes add to


@pytest.mark.django_db
def test_purge_and_reconcile_counters_add_up_across_calls(client):
    metrics.PURGED_CASES.inc(3)
    metrics.PURGED_CASES.inc()
    metrics.PURGED_DOCUMENTS.inc(5)
    metrics.RECONCILED_CASES.labels(outcome="granted").inc()
    metrics.RECONCILE_CHECKS.labels(outcome="undecided").inc(2)

    samples = scrape(client)

    assert value(samples, "portal_purged_cases_total") == 4
    assert value(samples, "portal_purged_documents_total") == 5
    assert value(samples, "portal_reconciled_cases_total", outcome="granted") == 1
    assert value(samples, "portal_reconciled_cases_total", outcome="refused") == 0
    assert value(samples, "portal_reconcile_checks_total", outcome="undecided") == 2


def test_counters_refuse_unknown_labels_and_going_down():
    with pytest.raises(ValueError):
        metrics.RECONCILED_CASES.labels(outcome="maybe")
    with pytest.raises(ValueError):
        metrics.PURGED_CASES.inc(-1)
    with pytest.raises(ValueError):
        metrics.RECONCILED_CASES.inc()
