"""Personal data in the admin: legal holds (operators), erasure requests, and the read-only
destruction records and access log."""

import csv

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from applications.operators.export import BOM, spreadsheet_safe
from portal.admin import ReadOnlyInline
from privacy.models import AccessLogEntry, DestructionRecord, ErasureRequest, LegalHold
from privacy.retention import retention_periods
from privacy.services import legal_hold_place


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class LegalHoldInline(ReadOnlyInline):
    """On the case page: why the case is kept past its retention period."""

    model = LegalHold
    fields = ("reason", "placed_by", "placed_at")
    readonly_fields = fields


class ErasureRequestInline(ReadOnlyInline):
    """On the case page: the candidate asked to withdraw and delete; close the case to erase it."""

    model = ErasureRequest
    fields = ("requested_at",)
    readonly_fields = fields


@admin.register(LegalHold)
class LegalHoldAdmin(admin.ModelAdmin):
    list_display = ("application", "reason", "placed_by", "placed_at")
    search_fields = ("=application__reference",)
    raw_id_fields = ("application",)
    fields = ("application", "reason", "placed_by", "placed_at")
    readonly_fields = ("placed_by", "placed_at")

    def save_model(self, request, obj, form, change):
        hold = legal_hold_place(application=obj.application, reason=obj.reason, user=request.user)
        obj.pk = hold.pk


@admin.register(ErasureRequest)
class ErasureRequestAdmin(ReadOnlyAdmin):
    """Candidates who asked to withdraw and delete: the case is erased once it is closed."""

    list_display = ("application", "status", "requested_at")
    list_select_related = ("application",)
    search_fields = ("=application__reference",)

    @admin.display(description=_("status"))
    def status(self, request_row):
        return request_row.application.get_status_display()


DESTRUCTION_COLUMNS = [
    ("started_at", _("Started at")),
    ("finished_at", _("Finished at")),
    ("rule", _("Rule")),
    ("retention_days", _("Retention period in days")),
    ("cases", _("Cases destroyed")),
    ("files", _("Files destroyed")),
    ("trigger", _("By")),
    ("performed_by", _("Person")),
    ("run", _("Run")),
]


class _Echo:
    def write(self, value: str) -> str:
        return value


@admin.register(DestructionRecord)
class DestructionRecordAdmin(ReadOnlyAdmin):
    """The acts of destruction; exportable as CSV for an auditor."""

    list_display = ("started_at", "rule", "retention_days", "cases", "files", "trigger")
    list_filter = ("rule", "trigger")
    date_hierarchy = "started_at"

    def get_urls(self):
        view = self.admin_site.admin_view(self.export_view)
        return [path("export/", view, name="privacy_destructionrecord_export"), *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "retention": retention_periods(),
            "export_url": reverse("admin:privacy_destructionrecord_export"),
        }
        return super().changelist_view(request, extra_context)

    def export_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        writer = csv.writer(_Echo())

        def lines():
            yield BOM + writer.writerow(
                [spreadsheet_safe(label) for _n, label in DESTRUCTION_COLUMNS]
            )
            records = DestructionRecord.objects.select_related("performed_by").order_by(
                "started_at"
            )
            for record in records.iterator():
                cells = {
                    "started_at": timezone.localtime(record.started_at).isoformat(),
                    "finished_at": timezone.localtime(record.finished_at).isoformat(),
                    "rule": record.get_rule_display(),
                    "retention_days": ""
                    if record.retention_days is None
                    else record.retention_days,
                    "cases": record.cases,
                    "files": record.files,
                    "trigger": record.get_trigger_display(),
                    "performed_by": record.performed_by.get_username()
                    if record.performed_by
                    else "",
                    "run": record.run,
                }
                yield writer.writerow([spreadsheet_safe(cells[n]) for n, _l in DESTRUCTION_COLUMNS])

        response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
        name = f"destruction-records-{timezone.localdate():%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["X-Content-Type-Options"] = "nosniff"
        return response


@admin.register(AccessLogEntry)
class AccessLogEntryAdmin(ReadOnlyAdmin):
    """Who looked at what; only superusers read it, nobody edits or deletes it."""

    list_display = ("at", "user", "kind", "reference", "detail")
    list_filter = ("kind", ("user", admin.RelatedOnlyFieldListFilter))
    search_fields = ("=reference", "=user__username")
    search_help_text = _("Reference or user name (exactly).")
    list_select_related = ("user",)
    date_hierarchy = "at"

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_module_permission(self, request):
        return self.has_view_permission(request)
