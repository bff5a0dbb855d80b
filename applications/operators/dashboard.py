"""The operators' dashboard: counts, time spent in each status, weekly submissions, deliveries.

All figures are over the cases the user may see (an operator bound to regions sees theirs).
The counts come from the anonymous statistics facts, which outlive purged cases.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Count, QuerySet
from django.utils import timezone
from django.utils.http import urlencode
from django_countries import countries

from applications.forwarding.models import Delivery, DeliveryState
from applications.models import ApplicationStatus
from applications.operators.selectors import visible_cases
from applications.operators.statuses import OPEN_STATUSES
from portal.categories import Category
from regions.models import Region
from stats import selectors as fact_selectors

S = ApplicationStatus
WEEKS = 12


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
    """Every count comes from the anonymous facts (stats), so purging cases changes none."""
    now = now or timezone.now()
    facts = fact_selectors.facts_visible_to(user)
    by_status = {
        status: count for (status,), count in fact_selectors.cases_in_status(facts).items()
    }
    pending, failed = _delivery_counts(visible_cases(user=user))
    medians = fact_selectors.median_days_by_status(facts)
    return Dashboard(
        total=fact_selectors.submissions(facts).count(),
        by_status=[
            Row(label, by_status[value], urlencode({"status": value}))
            for value, label in S.choices
            if by_status.get(value)
        ],
        by_category=[
            Row(label, count, urlencode({"category": value}))
            for value, label, count in _labelled(
                fact_selectors.submissions_by(facts, "category"), dict(Category.choices)
            )
        ],
        by_region=_region_rows(fact_selectors.submissions_by(facts, "region")),
        by_citizenship=[
            Row(label, count, urlencode({"citizenship": value}))
            for value, label, count in _labelled(
                fact_selectors.submissions_by(facts, "citizenship"), dict(countries)
            )
        ],
        median_days=[
            StatusDuration(value, label, round(medians[value][0], 1), medians[value][1])
            for value, label in S.choices
            if value in medians and value in OPEN_STATUSES
        ],
        weekly=weekly_submissions(facts, now=now),
        deliveries_pending=pending,
        deliveries_failed=failed,
        regions=list(user.edited_regions.all()) if not user.is_superuser else [],
    )


# ---- Submissions per week


def weekly_submissions(facts: QuerySet, *, now: datetime) -> list[Row]:
    """Cases submitted in each of the last twelve weeks (Monday to Sunday), oldest first."""
    today = timezone.localtime(now).date()
    this_monday = today - timedelta(days=today.weekday())
    first_monday = this_monday - timedelta(weeks=WEEKS - 1)
    counts = fact_selectors.submissions_per_week(facts, since=first_monday)
    weeks = [first_monday + timedelta(weeks=index) for index in range(WEEKS)]
    return [Row(week, counts.get(week, 0)) for week in weeks]


# ---- Counts


def _labelled(counts: dict, labels: dict) -> list[tuple[str, str, int]]:
    """(value, label, count), most frequent first; an empty value is left out."""
    rows = [
        (value, str(labels.get(value, value)), count) for value, count in counts.items() if value
    ]
    return sorted(rows, key=lambda row: (-row[2], row[1]))


def _region_rows(counts: dict[str, int]) -> list[Row]:
    names = {region.code: str(region.name) for region in Region.objects.filter(code__in=counts)}
    return [
        Row(f"{names.get(code, code)} ({code})", count, urlencode({"region": code}))
        for code, count in sorted(counts.items(), key=lambda row: (-row[1], row[0]))
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
