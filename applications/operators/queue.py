"""The queue's list filters and paginator: every filter is served by an index, and the
paginator never counts more rows than it can show."""

import re
from datetime import MAXYEAR, MINYEAR, date, datetime

from django.contrib import admin
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from applications.forwarding.models import Delivery, DeliveryState
from applications.models import ApplicationStatus
from applications.operators.selectors import first_submission, queue_citizenships
from applications.operators.statuses import OPEN_STATUSES
from portal.categories import Category
from regions.models import Region

S = ApplicationStatus
OPEN = "open"


class CappedCountPaginator(Paginator):
    """Counts at most COUNT_CAP rows (SELECT COUNT(*) over a LIMITed subquery): an exact
    count of 100 000 cases on every page view would cost more than the page itself."""

    COUNT_CAP = 10_000

    @cached_property
    def count(self) -> int:
        # Only the ids, in no order: the joins that feed the columns drop out of the count, and
        # PostgreSQL stops after the first rows it finds instead of walking submitted_at's index.
        found = self.object_list.order_by().values("pk")[: self.COUNT_CAP + 1].count()
        self.capped = found > self.COUNT_CAP
        return min(found, self.COUNT_CAP)

    capped = False


class StatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        statuses = [(value, label) for value, label in S.choices if value != S.DRAFT]
        return [(OPEN, _("All open cases")), *statuses]

    def queryset(self, request, queryset):
        if self.value() == OPEN:
            return queryset.filter(status__in=OPEN_STATUSES)
        if self.value() in S.values:
            return queryset.filter(status=self.value())
        return queryset


class CategoryFilter(admin.SimpleListFilter):
    title = _("category")
    parameter_name = "category"

    def lookups(self, request, model_admin):
        return Category.choices

    def queryset(self, request, queryset):
        if self.value() in Category.values:
            return queryset.filter(category=self.value())
        return queryset


class RegionFilter(admin.SimpleListFilter):
    """By the first preferred region, the one the case is counted for."""

    title = _("first preferred region")
    parameter_name = "region"

    def lookups(self, request, model_admin):
        return [(region.code, f"{region.name} ({region.code})") for region in Region.objects.all()]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(first_region_code=self.value())
        return queryset


class CitizenshipFilter(admin.SimpleListFilter):
    """Only the citizenships that occur, not all 250 countries."""

    title = _("citizenship")
    parameter_name = "citizenship"

    def lookups(self, request, model_admin):
        return sorted(
            (
                (code, countries.name(code) or code)
                for code in queue_citizenships(user=request.user)
            ),
            key=lambda choice: str(choice[1]),
        )

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(citizenship=self.value().upper())
        return queryset


class SubmittedFilter(admin.SimpleListFilter):
    """By submission month (the last twelve) or year, read from the calendar rather than from
    the cases: Django's date_hierarchy would read every case's date to list the years."""

    title = _("submitted")
    parameter_name = "submitted"
    RECENT_MONTHS = 12
    VALUE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2}))?$")

    def lookups(self, request, model_admin):
        first = first_submission()
        if first is None:
            return []
        first, today = timezone.localdate(first), timezone.localdate()
        months = []
        year, month = today.year, today.month
        while len(months) < self.RECENT_MONTHS and (year, month) >= (first.year, first.month):
            title = capfirst(date_format(date(year, month, 1), "YEAR_MONTH_FORMAT"))
            months.append((f"{year}-{month:02d}", title))
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        years = [(str(year), str(year)) for year in range(today.year, first.year - 1, -1)]
        return months + years

    def queryset(self, request, queryset):
        period = self.period()
        if period is None:
            return queryset
        start, end = period
        return queryset.filter(submitted_at__gte=start, submitted_at__lt=end)

    def period(self) -> tuple[datetime, datetime] | None:
        """The chosen month or year as [start, end) in the current time zone."""
        match = self.VALUE.match(self.value() or "")
        if match is None:
            return None
        year, month = int(match["year"]), int(match["month"] or 0)
        # The period's end must fit in a datetime too, hence MAXYEAR - 1.
        if not MINYEAR <= year < MAXYEAR:
            return None
        if month:
            if not 1 <= month <= 12:
                return None
            start = datetime(year, month, 1)
            end = datetime(year + month // 12, month % 12 + 1, 1)
        else:
            start, end = datetime(year, 1, 1), datetime(year + 1, 1, 1)
        return timezone.make_aware(start), timezone.make_aware(end)


class AssignmentFilter(admin.SimpleListFilter):
    title = _("assigned operator")
    parameter_name = "assigned"

    def lookups(self, request, model_admin):
        return [("me", _("Assigned to me")), ("none", _("Unassigned"))]

    def queryset(self, request, queryset):
        if self.value() == "me":
            return queryset.filter(assigned_operator=request.user)
        if self.value() == "none":
            return queryset.filter(assigned_operator__isnull=True)
        return queryset


class DeliveryFilter(admin.SimpleListFilter):
    title = _("delivery to the ministries")
    parameter_name = "delivery"

    def lookups(self, request, model_admin):
        return [(DeliveryState.FAILED, _("Delivery failed")), ("waiting", _("Delivery pending"))]

    def queryset(self, request, queryset):
        states = {
            DeliveryState.FAILED: [DeliveryState.FAILED],
            "waiting": [DeliveryState.PENDING, DeliveryState.IN_FLIGHT],
        }.get(self.value())
        if states is None:
            return queryset
        deliveries = Delivery.objects.filter(application=OuterRef("pk"), state__in=states)
        return queryset.filter(Exists(deliveries))
