"""Read queries of the operators' queue and case page."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet
from django.utils import timezone

from applications.models import Application, StatusChange
from applications.operators.models import OperatorNote
from applications.operators.statuses import is_open


def visible_cases(*, user) -> QuerySet:
    """Every submitted case this user may see (see ApplicationQuerySet.visible_to)."""
    return Application.objects.submitted().visible_to(user)


def queue(*, user) -> QuerySet:
    """The queue: visible cases, oldest submission first, with what each row shows joined in."""
    return (
        visible_cases(user=user)
        .with_first_region()
        .select_related("assigned_operator")
        .order_by("submitted_at", "pk")
    )


def case_by_reference(*, user, reference: str) -> Application | None:
    return queue(user=user).filter(reference=reference).first()


def days_waiting(application: Application, now: datetime | None = None) -> int | None:
    """Whole days since submission while the case is open; None once it is closed."""
    if application.submitted_at is None or not is_open(application.status):
        return None
    return ((now or timezone.now()) - application.submitted_at).days


@dataclass(frozen=True)
class CasePage:
    history: list[StatusChange]
    notes: list[OperatorNote]


def case_page(*, application: Application) -> CasePage:
    """The case page's timeline and internal notes, each with its author, oldest first."""
    return CasePage(
        history=list(application.history.select_related("actor").order_by("at", "pk")),
        notes=list(
            application.operator_notes.select_related("author").order_by("created_at", "pk")
        ),
    )
