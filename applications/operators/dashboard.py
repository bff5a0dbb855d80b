"""The operators' dashboard: counts, time spent in each status, weekly submissions, deliveries.

All figures are over the cases the user may see (an operator bound to regions sees theirs).
"""

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db import connection
from django.db.models import Count, QuerySet
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.http import urlencode
from django_countries import countries

from applications.forwarding.models import Delivery, DeliveryState
from applications.models import ApplicationStatus, StatusChange
from applications.operators.selectors import visible_cases
from applications.operators.statuses import OPEN_STATUSES
from portal.categories import Category

S = ApplicationStatus
WEEKS = 12
SECONDS_PER_DAY = 86_400


@dataclass(frozen=True)
class Row:
    """One line of a table: what it counts, how many, and the queue's filter for it."""

    label: str | date
    count: int
    query: str = ""


@dataclass(frozen=True)
class StatusDuration:
    status: str
    label: str
    median_days: float
    stays: int


@dataclass(frozen=True)
class Dashboard:
    total: int
    by_status: list[Row]
    by_category: list[Row]
    by_region: list[Row]
    by_citizenship: list[Row]
    median_days: list[StatusDuration]
    weekly: list[Row]
    deliveries_pending: int
    deliveries_failed: int
    regions: list = field(default_factory=list)


def dashboard_for(*, user, now: datetime | None = None) -> Dashboard:
    now = now or timezone.now()
    cases = visible_cases(user=user)
    by_status = _counts(cases, "status")
    pending, failed = _delivery_counts(cases)
    return Dashboard(
        total=sum(by_status.values()),
        by_status=[
            Row(label, by_status[value], urlencode({"status": value}))
            for value, label in S.choices
            if by_status.get(value)
        ],
        by_category=[
            Row(label, count, urlencode({"category": value}))
            for value, label, count in _labelled(_counts(cases, "category"), dict(Category.choices))
        ],
        by_region=_region_rows(cases),
        by_citizenship=[
            Row(label, count, urlencode({"citizenship": value}))
            for value, label, count in _labelled(_counts(cases, "citizenship"), dict(countries))
        ],
        median_days=median_days_in_status(cases, now=now),
        weekly=weekly_submissions(cases, now=now),
        deliveries_pending=pending,
        deliveries_failed=failed,
        regions=list(user.edited_regions.all()) if not user.is_superuser else [],
    )


# ---- Time in each status


def median_days_in_status(cases: QuerySet, *, now: datetime) -> list[StatusDuration]:
    """Median days a case stays in each status that still leads somewhere: from entering it
    to leaving it, or to now for the cases still there. PostgreSQL computes it in SQL."""
    if connection.vendor == "postgresql":
        medians = _medians_in_sql(cases, now)
    else:
        medians = medians_in_python(cases, now)
    return [
        StatusDuration(value, label, round(medians[value][0], 1), medians[value][1])
        for value, label in S.choices
        if value in medians
    ]


def _medians_in_sql(cases: QuerySet, now: datetime) -> dict[str, tuple[float, int]]:
    case_ids, params = cases.order_by().values("pk").query.sql_with_params()
    table = StatusChange._meta.db_table
    open_statuses = sorted(OPEN_STATUSES)
    placeholders = ", ".join(["%s"] * len(open_statuses))
    # One pass: LEAD() finds when each stay ended; percentile_cont takes the median.
    sql = f"""
        SELECT to_status,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) / {SECONDS_PER_DAY},
               count(*)
        FROM (
            SELECT to_status,
                   EXTRACT(EPOCH FROM (
                       COALESCE(LEAD(at) OVER (PARTITION BY application_id ORDER BY at, id), %s)
                       - at
                   )) AS seconds
            FROM {table}
            WHERE application_id IN ({case_ids})
        ) AS stays
        WHERE to_status IN ({placeholders})
        GROUP BY to_status
    """  # noqa: S608 - only our own table name and compiled query are interpolated
    with connection.cursor() as cursor:
        cursor.execute(sql, [now, *params, *open_statuses])
        return {status: (float(median), count) for status, median, count in cursor.fetchall()}


def medians_in_python(cases: QuerySet, now: datetime) -> dict[str, tuple[float, int]]:
    """The same medians for databases without percentile_cont, streaming the history once."""
    stays: dict[str, list[float]] = defaultdict(list)
    rows = (
        StatusChange.objects.filter(application__in=cases.order_by().values("pk"))
        .order_by("application_id", "at", "pk")
        .values_list("application_id", "to_status", "at")
        .iterator(chunk_size=5000)
    )
    previous = None
    for application_id, to_status, at in rows:
        if previous and previous[0] == application_id:
            _add_stay(stays, previous[1], at - previous[2])
        elif previous:
            _add_stay(stays, previous[1], now - previous[2])
        previous = (application_id, to_status, at)
    if previous:
        _add_stay(stays, previous[1], now - previous[2])
    return {status: (statistics.median(days), len(days)) for status, days in stays.items() if days}


def _add_stay(stays: dict, status: str, length: timedelta) -> None:
    if status in OPEN_STATUSES:
        stays[status].append(length.total_seconds() / SECONDS_PER_DAY)


# ---- Submissions per week


def weekly_submissions(cases: QuerySet, *, now: datetime) -> list[Row]:
    """Cases submitted in each of the last twelve weeks (Monday to Sunday), oldest first."""
    this_monday = timezone.localtime(now).date() - timedelta(days=timezone.localtime(now).weekday())
    first_monday = this_monday - timedelta(weeks=WEEKS - 1)
    start = timezone.make_aware(datetime.combine(first_monday, datetime.min.time()))
    counts = {
        _as_date(row["week"]): row["count"]
        for row in cases.filter(submitted_at__gte=start)
        .annotate(week=TruncWeek("submitted_at"))
        .order_by()
        .values("week")
        .annotate(count=Count("pk"))
    }
    weeks = [first_monday + timedelta(weeks=index) for index in range(WEEKS)]
    return [Row(week, counts.get(week, 0)) for week in weeks]


def _as_date(value) -> date:
    return timezone.localtime(value).date() if isinstance(value, datetime) else value


# ---- Counts


def _counts(cases: QuerySet, field_name: str) -> dict[str, int]:
    rows = cases.order_by().values_list(field_name).annotate(count=Count("pk"))
    return dict(rows)


def _labelled(counts: dict, labels: dict) -> list[tuple[str, str, int]]:
    """(value, label, count), most frequent first; an empty value is left out."""
    rows = [
        (value, str(labels.get(value, value)), count) for value, count in counts.items() if value
    ]
    return sorted(rows, key=lambda row: (-row[2], row[1]))


def _region_rows(cases: QuerySet) -> list[Row]:
    rows = (
        cases.with_first_region()
        .order_by()
        .values_list("first_region_code", "first_region_name")
        .annotate(count=Count("pk"))
    )
    return [
        Row(f"{name} ({code})", count, urlencode({"region": code}))
        for code, name, count in sorted(rows, key=lambda row: (-row[2], row[0] or ""))
        if code
    ]


def _delivery_counts(cases: QuerySet) -> tuple[int, int]:
    counts = dict(
        Delivery.objects.filter(application__in=cases.order_by().values("pk"))
        .order_by()
        .values_list("state")
        .annotate(count=Count("pk"))
    )
    pending = counts.get(DeliveryState.PENDING, 0) + counts.get(DeliveryState.IN_FLIGHT, 0)
    return pending, counts.get(DeliveryState.FAILED, 0)
