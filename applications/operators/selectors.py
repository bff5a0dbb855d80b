"""Read queries of the operators' queue and case page."""

from dataclasses import dataclass
from datetime import datetime

from django.db import connection
from django.db.models import Min, QuerySet
from django.utils import timezone

from applications.models import Application, StatusChange, case_region_ids
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


def first_submission() -> datetime | None:
    """When the oldest case was submitted: one probe of submitted_at's index. Over every case,
    not only a user's: narrowed to an operator's regions it would read all their cases."""
    return Application.objects.submitted().aggregate(first=Min("submitted_at"))["first"]


def queue_citizenships(*, user) -> list[str]:
    """The citizenships of the cases this user sees. A region-bound operator's cases are few
    enough to read; everyone else's are every case, so those are found with one index probe
    per country, not by reading every case (SELECT DISTINCT grows with the table)."""
    cases = visible_cases(user=user)
    if cases.query.is_empty():
        return []
    if case_region_ids(user):
        codes = cases.order_by().values_list("citizenship", flat=True).distinct()
    else:
        codes = _distinct_by_index_probes(cases, "citizenship")
    return [code for code in codes if code]


def _distinct_by_index_probes(cases: QuerySet, column: str) -> list[str]:
    """The distinct values of an indexed column, smallest first, by a loose index scan: each
    step asks the index for the smallest value above the previous one."""
    sql, params = cases.order_by().values(column).query.sql_with_params()
    column = connection.ops.quote_name(column)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH RECURSIVE found(value) AS (
                SELECT MIN({column}) FROM ({sql}) AS probe
                UNION ALL
                SELECT (SELECT MIN({column}) FROM ({sql}) AS probe WHERE {column} > found.value)
                FROM found WHERE found.value IS NOT NULL
            )
            SELECT value FROM found WHERE value IS NOT NULL
            """,  # noqa: S608 - the column is ours and the subquery is the ORM's, with params
            [*params, *params],
        )
        return [value for (value,) in cursor.fetchall()]


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
