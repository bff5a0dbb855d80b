"""The queue as CSV for the Regional Standard's annual report: streamed row by row, safe to
open in a spreadsheet (formula injection neutralised), UTF-8 with a BOM so Excel reads it."""

import csv
from collections.abc import Iterator

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from applications.models import ApplicationStatus, RejectionReason
from applications.operators.statuses import OPEN_STATUSES
from portal.categories import Category

BOM = "\ufeff"
CHUNK_SIZE = 2000
# A spreadsheet treats a cell starting with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = [
    ("reference", _("Reference")),
    ("status", _("Status")),
    ("category", _("Category")),
    ("last_name", _("Last name")),
    ("first_name", _("First name")),
    ("citizenship", _("Citizenship")),
    ("first_region_code", _("First preferred region")),
    ("first_region_name", _("Region name")),
    ("submitted_at", _("Submitted at")),
    ("days_waiting", _("Days waiting")),
    ("assigned_operator__username", _("Assigned operator")),
    ("rejection_reason", _("Rejection reason")),
]
FIELDS = [name for name, _label in COLUMNS if name != "days_waiting"]


def spreadsheet_safe(value) -> str:
    """The cell's text, with a leading ' when a spreadsheet would run it as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_PREFIXES) else text


class _Echo:
    """A file-like object whose write() returns the line, for csv.writer to stream through."""

    def write(self, value: str) -> str:
        return value


def queue_csv(cases: QuerySet, *, now=None) -> Iterator[str]:
    """The BOM, the header, then one line per case; the cases are read in chunks."""
    now = now or timezone.now()
    writer = csv.writer(_Echo())
    yield BOM + writer.writerow([spreadsheet_safe(label) for _name, label in COLUMNS])
    statuses = dict(ApplicationStatus.choices)
    categories = dict(Category.choices)
    reasons = dict(RejectionReason.choices)
    rows = cases.values(*FIELDS).iterator(chunk_size=CHUNK_SIZE)
    for row in rows:
        submitted_at = row["submitted_at"]
        waiting = ""
        if submitted_at and row["status"] in OPEN_STATUSES:
            waiting = (now - submitted_at).days
        cells = {
            **row,
            "status": statuses.get(row["status"], row["status"]),
            "category": categories.get(row["category"], row["category"]),
            "citizenship": countries.name(row["citizenship"]) or row["citizenship"],
            "submitted_at": timezone.localtime(submitted_at).isoformat() if submitted_at else "",
            "days_waiting": waiting,
            "rejection_reason": reasons.get(row["rejection_reason"], ""),
        }
        yield writer.writerow([spreadsheet_safe(cells[name]) for name, _label in COLUMNS])
