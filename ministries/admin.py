from django.contrib import admin

from ministries.models import FaultInjection, ReceivedRequest


@admin.register(ReceivedRequest)
class ReceivedRequestAdmin(admin.ModelAdmin):
    """What the mock ministries received: read-only, for developers watching a delivery."""

    list_display = [
        "external_id",
        "ministry",
        "reference",
        "status",
        "times_received",
        "received_at",
    ]
    list_filter = ["ministry", "status"]
    search_fields = ["external_id", "reference"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(FaultInjection)
class FaultInjectionAdmin(admin.ModelAdmin):
    list_display = ["ministry", "mode", "remaining", "decision", "decision_delay_seconds"]
