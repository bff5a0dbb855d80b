"""Writing the anonymous facts: one function, called wherever a case changes status."""

from datetime import timedelta

from django.utils import timezone

from applications.models import Application, ApplicationStatus, StatusChange
from stats.models import CaseFact

SECONDS_PER_DAY = 86_400


def record_status_fact(*, application: Application, change: StatusChange) -> CaseFact:
    """Write the fact of `change` (already saved) in the caller's transaction."""
    previous_at = (
        StatusChange.objects.filter(application=application, at__lte=change.at)
        .exclude(pk=change.pk)
        .order_by("-at", "-pk")
        .values_list("at", flat=True)
        .first()
    )
    if previous_at is None and change.from_status == ApplicationStatus.DRAFT:
        previous_at = application.created_at
    days = _days_between(previous_at, change.at)
    cohort = timezone.localtime(application.submitted_at or change.at)
    changed_on = timezone.localtime(change.at).date()
    region = (
        application.region_choices.filter(position=1).values_list("region__code", flat=True).first()
    )
    return CaseFact.objects.create(
        year=cohort.year,
        month=cohort.month,
        week=changed_on - timedelta(days=changed_on.weekday()),
        category=application.category or "",
        citizenship=str(application.citizenship or ""),
        region=region or "",
        from_status=change.from_status,
        status=change.to_status,
        days_in_previous_status=days,
        days_since_submission=_days_between(application.submitted_at, change.at),
    )


def _days_between(start, end) -> float | None:
    if start is None:
        return None
    return round(max((end - start).total_seconds(), 0) / SECONDS_PER_DAY, 2)
