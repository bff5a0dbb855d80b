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


def annual_report_csv(*, facts: QuerySet, year: int) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield BOM + writer.writerow([spreadsheet_safe(label) for label in COLUMNS])
    rows = annual_report(facts=facts, year=year)
    names = {
        region.code: str(region.name)
        for region in Region.objects.filter(code__in={row[0] for row in rows})
    }
    statuses = dict(ApplicationStatus.choices)
    categories = dict(Category.choices)
    for region, category, status, count in rows:
        cells = [
            year,
            region,
            names.get(region, ""),
            categories.get(category, category),
            statuses.get(status, status),
            count,
        ]
        yield writer.writerow([spreadsheet_safe(cell) for cell in cells])
