"""Writing the access log: every read of a case's personal data by staff, and the candidate's
own downloads and erasure requests. Rows are append-only."""

from collections.abc import Iterable

from applications.models import Application
from privacy.models import AccessLogEntry

MAX_DETAIL = 300


def access_log_write(
    *, user, kind: str, application: Application | None = None, detail: str = ""
) -> AccessLogEntry:
    """One row: `user` (None for the candidate) did `kind` on `application` (or on many)."""
    return AccessLogEntry.objects.create(
        user=user if user is not None and user.is_authenticated else None,
        application=application,
        reference=(application.reference or "") if application is not None else "",
        kind=kind,
        detail=detail[:MAX_DETAIL],
    )


def access_log_write_many(*, user, kind: str, applications: Iterable[Application]) -> int:
    """One row per case read at once (a page of the API), in one INSERT."""
    rows = [
        AccessLogEntry(
            user=user, application=application, reference=application.reference or "", kind=kind
        )
        for application in applications
    ]
    AccessLogEntry.objects.bulk_create(rows)
    return len(rows)
