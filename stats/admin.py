"""The annual report in the admin: the facts themselves are never listed or edited."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from stats import selectors
from stats.models import CaseFact
from stats.report import annual_report_csv, annual_report_rows


@admin.register(CaseFact)
class CaseFactAdmin(admin.ModelAdmin):
    """Its list page is the annual report per region: pick a year, read or download it."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
        facts = selectors.facts_visible_to(request.user)
        years = selectors.report_years(facts)
        try:
            year = int(request.GET.get("year", ""))
        except ValueError:
            year = years[0] if years else timezone.localdate().year
        year = min(max(year, 1), 9999)
        if request.GET.get("format") == "csv":
            response = StreamingHttpResponse(
                annual_report_csv(facts=facts, year=year), content_type="text/csv; charset=utf-8"
            )
            name = f"annual-report-{year}.csv"
            response["Content-Disposition"] = f'attachment; filename="{name}"'
            response["X-Content-Type-Options"] = "nosniff"
            return response
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Annual report per region"),
            "years": years,
            "year": year,
            "rows": annual_report_rows(facts=facts, year=year),
        }
        return TemplateResponse(request, "admin/stats/annual_report.html", context)
