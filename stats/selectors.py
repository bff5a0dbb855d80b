"""Read queries over the anonymous facts: counts that stay the same when cases are purged.

A case's current status is never read from the case: each fact adds one to the status it
entered and takes one from the status it left, so summing facts gives how many cases are in
each status now, per cohort year, category and region.
"""

import statistics
from collections import Counter
from datetime import date

from django.conf import settings
from django.db import connection
from django.db.models import Aggregate, Count, FloatField, QuerySet
from django.utils import timezone

from applications.models import ApplicationStatus, case_region_ids
from regions.models import Region
from stats.models import CaseFact

S = ApplicationStatus
# The status facts of a submission come from; it counts the case once.
SUBMISSION = {"from_status": S.DRAFT, "status": S.SUBMITTED}


class Median(Aggregate):
    """PostgreSQL's median of a column."""

    function = "percentile_cont"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


def facts_visible_to(user) -> QuerySet:
    """The facts of the cases a staff user may see (an operator bound to regions: theirs)."""
    if not user.is_authenticated or not user.has_perm("applications.view_application"):
        return CaseFact.objects.none()
    region_ids = case_region_ids(user)
    if not region_ids:
        return CaseFact.objects.all()
    codes = Region.objects.filter(pk__in=region_ids).values_list("code", flat=True)
    return CaseFact.objects.filter(region__in=list(codes))


def cases_in_status(facts: QuerySet, by: tuple[str, ...] = ()) -> dict[tuple, int]:
    """{(*by values, status): cases now in that status}, zero counts left out."""
    counts: Counter = Counter()
    entered = facts.order_by().values_list(*by, "status").annotate(n=Count("pk"))
    left = facts.order_by().exclude(from_status="").values_list(*by, "from_status")
    for *key, n in entered:
        counts[tuple(key)] += n
    for *key, n in left.annotate(n=Count("pk")):
        counts[tuple(key)] -= n
    return {key: n for key, n in counts.items() if n > 0}


def submissions(facts: QuerySet) -> QuerySet:
    """One fact per case ever submitted."""
    return facts.filter(**SUBMISSION)


def submissions_by(facts: QuerySet, field: str) -> dict[str, int]:
    rows = submissions(facts).order_by().values_list(field).annotate(n=Count("pk"))
    return dict(rows)


def submissions_per_week(facts: QuerySet, *, since: date) -> dict[date, int]:
    rows = (
        submissions(facts)
        .filter(week__gte=since)
        .order_by()
        .values_list("week")
        .annotate(n=Count("pk"))
    )
    return dict(rows)


def median_days_by_status(facts: QuerySet) -> dict[str, tuple[float, int]]:
    """{status: (median days a case stayed in it before moving on, how many stays)}."""
    stays = facts.exclude(from_status="").filter(days_in_previous_status__isnull=False)
    if connection.vendor == "postgresql":
        rows = (
            stays.order_by()
            .values_list("from_status")
            .annotate(median=Median("days_in_previous_status"), n=Count("pk"))
        )
        return {status: (float(median), n) for status, median, n in rows}
    days: dict[str, list[float]] = {}
    for status, value in stays.values_list("from_status", "days_in_previous_status"):
        days.setdefault(status, []).append(value)
    return {status: (statistics.median(values), len(values)) for status, values in days.items()}


def typical_days_in_status(status: str) -> int | None:
    """How many days a case usually stays in `status` (the median, rounded), or None while
    fewer than STATISTICS_MIN_CELL cases have left it."""
    median, stays = median_days_by_status(CaseFact.objects.filter(from_status=status)).get(
        status, (None, 0)
    )
    if median is None or stays < settings.STATISTICS_MIN_CELL:
        return None
    return round(median)


def typical_days_until(statuses) -> int | None:
    """How many days after submission a case usually enters one of `statuses` (each is entered
    once), or None while fewer than STATISTICS_MIN_CELL cases have."""
    arrivals = CaseFact.objects.filter(status__in=statuses, days_since_submission__isnull=False)
    if connection.vendor == "postgresql":
        found = arrivals.aggregate(median=Median("days_since_submission"), n=Count("pk"))
        median, n = found["median"], found["n"]
    else:
        days = list(arrivals.values_list("days_since_submission", flat=True))
        median, n = (statistics.median(days) if days else None), len(days)
    if median is None or n < settings.STATISTICS_MIN_CELL:
        return None
    return round(median)


# ---- Public and reported tables


def public_statistics() -> dict:
    """Cases per submission year, category, first preferred region and current status; cells
    under STATISTICS_MIN_CELL are left out so nobody can be singled out."""
    counts = cases_in_status(CaseFact.objects.all(), by=("year", "category", "region"))
    cells = [
        {"year": year, "category": category, "region": region, "status": status, "count": n}
        for (year, category, region, status), n in counts.items()
        if n >= settings.STATISTICS_MIN_CELL
    ]
    cells.sort(key=lambda cell: (cell["year"], cell["region"], cell["category"], cell["status"]))
    return {"generated_at": timezone.now(), "cases": cells}


def annual_report(*, facts: QuerySet, year: int) -> list[tuple[str, str, str, int]]:
    """(region, category, outcome, cases) of the cases submitted in `year`, aggregated."""
    counts = cases_in_status(facts.filter(year=year), by=("region", "category"))
    return sorted((region, category, status, n) for (region, category, status), n in counts.items())


def report_years(facts: QuerySet) -> list[int]:
    return list(facts.order_by("-year").values_list("year", flat=True).distinct())
