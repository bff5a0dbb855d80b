"""Prometheus metrics, served on /metrics to configured addresses or a bearer token.

- Requests per view: `portal_http_requests_total` and `portal_http_request_duration_seconds`
  (portal/request_metrics.py). Under gunicorn with PROMETHEUS_MULTIPROC_DIR set, every worker
  process writes to that folder and a scrape adds them up.
- Computed at each scrape: the outbox per target (pending, failed, age of the oldest pending
  row) and the length of every Celery queue in the Redis broker.
- Counters of work done anywhere (a worker, beat, a management command), kept in the shared
  cache so a scrape of any web replica sees them: the purge and the MVD reconciliation call
  `PURGED_CASES.inc(n)`, `RECONCILED_CASES.labels(outcome="granted").inc()` and so on.
"""

import ipaddress
import logging
import os
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Min
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from prometheus_client import (
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.exposition import CONTENT_TYPE_LATEST

logger = logging.getLogger(__name__)

# ---- Requests (recorded by portal.request_metrics.RequestMetricsMiddleware)

REQUESTS = Counter(
    "portal_http_requests",
    "HTTP requests answered, by view name, method and status code.",
    ["view", "method", "status"],
)
REQUEST_SECONDS = Histogram(
    "portal_http_request_duration_seconds",
    "Time to answer an HTTP request, by view name and method.",
    ["view", "method"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)


# ---- Counters shared by every process and host


class SharedCounter:
    """A monotonic counter in the shared cache (Redis in production), read at scrape time.

    Its label values are declared up front, so a scrape knows every key to read.
    """

    def __init__(self, name: str, documentation: str, labels: dict[str, tuple] | None = None):
        self.name = name
        self.documentation = documentation
        self.label_names = tuple(labels or ())
        self._series = [()] if not labels else _combinations(labels)
        SHARED_COUNTERS.append(self)

    def labels(self, **values) -> "_LabelledCounter":
        series = tuple(str(values[name]) for name in self.label_names)
        if series not in self._series:
            raise ValueError(f"{self.name} has no series {values}")
        return _LabelledCounter(self, series)

    def inc(self, amount: int = 1) -> None:
        if self.label_names:
            raise ValueError(f"{self.name} needs labels({', '.join(self.label_names)})")
        _add(self._key(()), amount)

    def values(self) -> dict[tuple, int]:
        keys = {self._key(series): series for series in self._series}
        found = cache.get_many(list(keys))
        return {series: int(found.get(key) or 0) for key, series in keys.items()}

    def _key(self, series: tuple) -> str:
        return "metrics:" + "|".join((self.name, *series))


class _LabelledCounter:
    def __init__(self, counter: SharedCounter, series: tuple):
        self.counter, self.series = counter, series

    def inc(self, amount: int = 1) -> None:
        _add(self.counter._key(self.series), amount)


def _add(key: str, amount: int) -> None:
    if amount < 0:
        raise ValueError("A counter only goes up.")
    if not amount:
        return
    try:
        cache.incr(key, amount)
    except ValueError:
        # Absent: create it; if another process just did, add to theirs.
        if not cache.add(key, amount, timeout=None):
            cache.incr(key, amount)


def _combinations(labels: dict[str, tuple]) -> list[tuple]:
    combos = [()]
    for values in labels.values():
        combos = [(*combo, str(value)) for combo in combos for value in values]
    return combos


SHARED_COUNTERS: list[SharedCounter] = []

PURGED_CASES = SharedCounter(
    "portal_purged_cases", "Cases whose personal data the retention purge removed."
)
PURGED_DOCUMENTS = SharedCounter(
    "portal_purged_documents", "Candidate documents the retention purge deleted from storage."
)
RECONCILE_CHECKS = SharedCounter(
    "portal_reconcile_checks",
    "Cases in sent_to_mvd asked about at the MVD by reconciliation, by what was found.",
    labels={"outcome": ("granted", "refused", "undecided", "error")},
)
RECONCILED_CASES = SharedCounter(
    "portal_reconciled_cases",
    "Decisions that reconciliation found at the MVD and applied (no callback had come).",
    labels={"outcome": ("granted", "refused")},
)


# ---- Gauges computed at scrape time


class ScrapeCollector:
    """The outbox, the Celery queues and the shared counters, read when Prometheus asks."""

    def collect(self):
        yield from _guarded("outbox", _outbox_metrics)
        yield from _guarded("queues", _queue_metrics)
        yield from _guarded("counters", _shared_counter_metrics)


def _guarded(source: str, collect):
    try:
        families = list(collect())
    except Exception:  # a scrape reports what it can; the failure is logged and counted
        logger.exception("metrics: collecting %s failed", source)
        failed = GaugeMetricFamily(
            "portal_metrics_collect_failed",
            "1 when this source could not be read at this scrape.",
            labels=["source"],
        )
        failed.add_metric([source], 1)
        return [failed]
    return families


def _outbox_metrics():
    from applications.forwarding.base import registry
    from applications.forwarding.models import Delivery, DeliveryState

    waiting_states = (DeliveryState.PENDING, DeliveryState.IN_FLIGHT)
    pending = GaugeMetricFamily(
        "portal_outbox_pending",
        "Deliveries to a ministry not yet delivered (pending or in flight), by target.",
        labels=["target"],
    )
    failed = GaugeMetricFamily(
        "portal_outbox_failed",
        "Deliveries that gave up, waiting for an operator.",
        labels=["target"],
    )
    oldest = GaugeMetricFamily(
        "portal_outbox_oldest_pending_age_seconds",
        "Age of the oldest delivery not yet delivered, by target (0 when none waits).",
        labels=["target"],
    )
    # Every registered forwarder shows, at 0 when nothing waits for it.
    counts = {f.target: {"pending": 0, "failed": 0, "oldest": None} for f in registry}
    rows = (
        Delivery.objects.filter(state__in=[*waiting_states, DeliveryState.FAILED])
        .values("target", "state")
        .annotate(count=Count("pk"), oldest=Min("created_at"))
        .order_by()
    )
    for row in rows:
        figures = counts.setdefault(row["target"], {"pending": 0, "failed": 0, "oldest": None})
        if row["state"] == DeliveryState.FAILED:
            figures["failed"] += row["count"]
        else:
            figures["pending"] += row["count"]
            if figures["oldest"] is None or row["oldest"] < figures["oldest"]:
                figures["oldest"] = row["oldest"]
    now = timezone.now()
    for target, figures in counts.items():
        label = [str(target)]
        pending.add_metric(label, figures["pending"])
        failed.add_metric(label, figures["failed"])
        age = (now - figures["oldest"]).total_seconds() if figures["oldest"] else 0.0
        oldest.add_metric(label, max(age, 0.0))
    return [pending, failed, oldest]


def _queue_metrics():
    broker = settings.CELERY_BROKER_URL
    if not broker.startswith(("redis://", "rediss://")):
        return []
    import redis

    lengths = GaugeMetricFamily(
        "portal_celery_queue_length", "Tasks waiting in a Celery queue.", labels=["queue"]
    )
    client = redis.Redis.from_url(broker, socket_timeout=2, socket_connect_timeout=2)
    try:
        for queue in _queue_names():
            # Kombu keeps a list per priority step: the queue's name, then name\x06\x16<step>.
            keys = [queue] + [f"{queue}\x06\x16{step}" for step in (3, 6, 9)]
            with client.pipeline(transaction=False) as pipe:
                for key in keys:
                    pipe.llen(key)
                lengths.add_metric([queue], sum(pipe.execute()))
    finally:
        client.close()
    return [lengths]


def _queue_names() -> list[str]:
    return [queue.name for queue in settings.CELERY_TASK_QUEUES] or [
        settings.CELERY_TASK_DEFAULT_QUEUE
    ]


def _shared_counter_metrics():
    for counter in SHARED_COUNTERS:
        family = CounterMetricFamily(
            counter.name, counter.documentation, labels=list(counter.label_names)
        )
        for series, value in counter.values().items():
            family.add_metric(list(series), value)
        yield family


# ---- The endpoint


def _registry() -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.MultiProcessCollector(registry)
    else:
        registry.register(_ProcessRegistry())
    registry.register(ScrapeCollector())
    return registry


class _ProcessRegistry:
    """This process's own metrics (requests, Python, process) when there is one process."""

    def collect(self):
        yield from REGISTRY.collect()


def allowed(request) -> bool:
    """A bearer token equal to METRICS_TOKEN, or a connecting address in METRICS_ALLOWED_IPS."""
    token = settings.METRICS_TOKEN
    authorization = request.META.get("HTTP_AUTHORIZATION", "")
    if token and authorization.startswith("Bearer "):
        return secrets.compare_digest(authorization[len("Bearer ") :].encode(), token.encode())
    try:
        # The connecting address, never X-Forwarded-For: scrapers reach replicas directly.
        address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    return any(address in network for network in _networks(tuple(settings.METRICS_ALLOWED_IPS)))


def _networks(entries: tuple) -> list:
    return [ipaddress.ip_network(entry, strict=False) for entry in entries]


@never_cache
@require_GET
def metrics_view(request):
    if not allowed(request):
        return HttpResponse("Forbidden\n", status=403, content_type="text/plain; charset=utf-8")
    return HttpResponse(generate_latest(_registry()), content_type=CONTENT_TYPE_LATEST)
