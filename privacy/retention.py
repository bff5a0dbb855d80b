"""The retention rules: how long each kind of case keeps its personal data (from settings)."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery

from applications.models import Application, ApplicationStatus, StatusChange
from privacy.models import ErasureRequest, LegalHold, PurgeRule

S = ApplicationStatus
CLOSED_STATUSES = (S.REJECTED, S.WITHDRAWN, S.STATUS_REFUSED)
FINAL_STATUSES = (*CLOSED_STATUSES, S.STATUS_GRANTED)


@dataclass(frozen=True)
class RetentionPeriods:
    closed: int
    granted: int
    draft: int


def retention_periods() -> RetentionPeriods:
    return RetentionPeriods(
        closed=settings.RETENTION_DAYS_CLOSED,
        granted=settings.RETENTION_DAYS_GRANTED,
        draft=settings.RETENTION_DAYS_DRAFT,
    )


def rule_days(rule: str) -> int | None:
    periods = retention_periods()
    return {
        PurgeRule.CLOSED: periods.closed,
        PurgeRule.GRANTED: periods.granted,
        PurgeRule.DRAFT: periods.draft,
    }.get(rule)


def due_for_purge(rule: str, *, now: datetime) -> QuerySet:
    """The cases `rule` says must lose their personal data now; never one on legal hold."""
    cases = Application.objects.annotate(
        _held=Exists(LegalHold.objects.filter(application=OuterRef("pk")))
    ).filter(_held=False)
    if rule == PurgeRule.DRAFT:
        return cases.filter(status=S.DRAFT, updated_at__lt=now - timedelta(days=rule_days(rule)))
    if rule == PurgeRule.ERASURE_REQUEST:
        requested = Exists(ErasureRequest.objects.filter(application=OuterRef("pk")))
        return cases.filter(requested, status__in=FINAL_STATUSES)
    statuses = CLOSED_STATUSES if rule == PurgeRule.CLOSED else (S.STATUS_GRANTED,)
    # Closed since the change that brought the case into its present status.
    entered = (
        StatusChange.objects.filter(application=OuterRef("pk"), to_status=OuterRef("status"))
        .order_by("-at")
        .values("at")[:1]
    )
    cutoff = now - timedelta(days=rule_days(rule))
    return (
        cases.filter(status__in=statuses)
        .annotate(_entered=Subquery(entered))
        .filter(Q(_entered__lt=cutoff) | Q(_entered__isnull=True, updated_at__lt=cutoff))
    )
