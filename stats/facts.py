"""Writing the anonymous facts: one function, called wherever a case changes status."""

from collections.abc import Sequence
from datetime import timedelta

from django.db.models import OuterRef, Subquery
from django.utils import timezone

from applications.models import Application, ApplicationRegion, ApplicationStatus, StatusChange
from stats.models import CaseFact

SECONDS_PER_DAY = 86_400


def record_status_fact(*, application: Application, change: StatusChange) -> CaseFact:
    """Write the fact of `change` (already saved) in the caller's transaction."""
    return record_status_facts([(application, change)])[0]


def record_status_facts(moves: Sequence[tuple[Application, StatusChange]]) -> list[CaseFact]:
    """The facts of several saved changes, read and written with one query each."""
    context = {
        pk: (previous_at, region)
        for pk, previous_at, region in StatusChange.objects.filter(
            pk__in=[change.pk for _application, change in moves]
        )
        .annotate(
            previous_at=Subquery(
                StatusChange.objects.filter(
                    application=OuterRef("application"), at__lte=OuterRef("at")
                )
                .exclude(pk=OuterRef("pk"))
                .order_by("-at", "-pk")
                .values("at")[:1]
            ),
            region=Subquery(
                ApplicationRegion.objects.filter(application=OuterRef("application"), position=1)
                .order_by()
                .values("region__code")[:1]
            ),
        )
        .values_list("pk", "previous_at", "region")
    }
    return CaseFact.objects.bulk_create(
        [_fact(application, change, *context[change.pk]) for application, change in moves]
    )


def _fact(application: Application, change: StatusChange, previous_at, region) -> CaseFact:
    if previous_at is None and change.from_status == ApplicationStatus.DRAFT:
        previous_at = application.created_at
    cohort = timezone.localtime(application.submitted_at or change.at)
    changed_on = timezone.localtime(change.at).date()
    return CaseFact(
        year=cohort.year,
        month=cohort.month,
        week=changed_on - timedelta(days=changed_on.weekday()),
        category=application.category or "",
        citizenship=str(application.citizenship or ""),
        region=region or "",
        from_status=change.from_status,
        status=change.to_status,
        days_in_previous_status=_days_between(previous_at, change.at),
        days_since_submission=_days_between(application.submitted_at, change.at),
    )


def _days_between(start, end) -> float | None:
    if start is None:
        return None
    return round(max((end - start).total_seconds(), 0) / SECONDS_PER_DAY, 2)
