"""Deliveries in the admin: inline on the case, a list of their own, "retry now" for failures."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from applications.forwarding.models import Delivery, DeliveryEvent, DeliveryState
from applications.forwarding.service import delivery_retry
from portal.admin import ReadOnlyInline
from portal.errors import DomainError

DELIVERY_FIELDS = (
    "target",
    "state",
    "attempts",
    "next_attempt_at",
    "last_status_code",
    "last_error",
    "external_id",
    "delivered_at",
    "failure_notified_at",
)


class DeliveryInline(ReadOnlyInline):
    """The delivery state to the ministries, read-only on the case page."""

    model = Delivery
    fields = DELIVERY_FIELDS
    readonly_fields = DELIVERY_FIELDS
    show_change_link = True
    verbose_name_plural = _("delivery to the ministries")


class DeliveryEventInline(ReadOnlyInline):
    model = DeliveryEvent
    fields = ("at", "kind", "status_code", "outcome", "actor")
    readonly_fields = fields


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ("application", "target", "state", "attempts", "last_status_code", "updated_at")
    list_filter = ("state", "target")
    list_select_related = ("application",)
    search_fields = ("application__reference", "external_id")
    readonly_fields = ("application", "idempotency_key", *DELIVERY_FIELDS, "response")
    fields = readonly_fields
    inlines = [DeliveryEventInline]
    actions = ["retry_now"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_retry_permission(self, request):
        return request.user.has_perm("applications.change_delivery")

    @admin.action(description=_("Retry now (failed deliveries)"), permissions=["retry"])
    def retry_now(self, request, queryset):
        retried = 0
        for delivery in queryset.filter(state=DeliveryState.FAILED):
            try:
                delivery_retry(delivery=delivery, user=request.user)
            except DomainError as error:
                self.message_user(request, error.message, messages.ERROR)
            else:
                retried += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d delivery queued again.", "%(count)d deliveries queued again.", retried
            )
            % {"count": retried},
            messages.SUCCESS if retried else messages.WARNING,
        )
