"""The Regional Standard's annual report (provision 3): cases per region × category × outcome,
aggregated from the facts, as CSV a spreadsheet opens safely."""

import csv
from collections.abc import Iterator

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from applications.models import ApplicationStatus
from applications.operators.export import BOM, spreadsheet_safe
from portal.categories import Category
from regions.models import Region
from stats.selectors import annual_report

COLUMNS = [
    _("Year submitted"),
    _("Region"),
    _("Region name"),
    _("Category"),
    _("Outcome"),
    _("Cases"),
]


class _Echo:
    def write(self, value: str) -> str:
        return value


def annual_report_rows(*, facts: QuerySet, year: int) -> list[tuple]:
    """(region code, region name, category label, outcome label, cases), in the active language."""
    rows = annual_report(facts=facts, year=year)
    names = {
        region.code: str(region.name)
        for region in Region.objects.filter(code__in={row[0] for row in rows})
    }
    statuses = dict(ApplicationStatus.choices)
    categories = dict(Category.choices)
    return [
        (
            region,
            names.get(region, ""),
            str(categories.get(category, category)),
            str(statuses.get(status, status)),
            count,
        )
        for region, category, status, count in rows
    ]


def annual_report_csv(*, facts: QuerySet, year: int) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield BOM + writer.writerow([spreadsheet_safe(label) for label in COLUMNS])
    for row in annual_report_rows(facts=facts, year=year):
        yield writer.writerow([spreadsheet_safe(cell) for cell in (year, *row)])
