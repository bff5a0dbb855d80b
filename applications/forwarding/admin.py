"""Deliveries in the admin: inline on the case, a list of their own, the dead letters."""

from django.contrib import admin, messages
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from applications.forwarding.base import registry
from applications.forwarding.models import (
    Delivery,
    DeliveryEvent,
    DeliveryState,
    FailedDelivery,
    OperatorAlert,
)
from applications.forwarding.service import delivery_retry
from portal.admin import ReadOnlyInline
from portal.errors import DomainError

DELIVERY_FIELDS = (
    "target_label",
    "state",
    "attempts",
    "next_attempt_at",
    "last_status_code",
    "last_error",
    "external_id",
    "delivered_at",
    "failure_notified_at",
    "decision_checks",
    "decision_check_at",
    "decision_found_at",
)


class TargetLabel:
    """The plugin's label for a delivery's target (targets are not model choices)."""

    @admin.display(description=_("target"), ordering="target")
    def target_label(self, delivery: Delivery) -> str:
        if delivery.target in registry:
            return registry.get(delivery.target).label
        return delivery.target


class DeliveryInline(TargetLabel, ReadOnlyInline):
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


class OperatorAlertInline(ReadOnlyInline):
    model = OperatorAlert
    fields = ("recipient", "created_at", "sent_at", "attempts", "last_error")
    readonly_fields = fields
    verbose_name_plural = _("operator alerts")


class RetryActions:
    """The "retry now" action shared by the delivery list and the dead letters."""

    def has_retry_permission(self, request):
        return request.user.has_perm("applications.change_delivery")

    def _retry(self, request, queryset):
        retried = 0
        for delivery in queryset:
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


@admin.register(Delivery)
class DeliveryAdmin(TargetLabel, RetryActions, admin.ModelAdmin):
    list_display = (
        "application",
        "target_label",
        "state",
        "attempts",
        "next_attempt_at",
        "last_status_code",
        "updated_at",
    )
    list_filter = ("state", "target")
    list_select_related = ("application",)
    search_fields = ("application__reference", "external_id")
    readonly_fields = ("application", "idempotency_key", *DELIVERY_FIELDS, "response")
    fields = ("application", "idempotency_key", "target_label", *DELIVERY_FIELDS[1:], "response")
    inlines = [DeliveryEventInline, OperatorAlertInline]
    actions = ["retry_now"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(
        description=_("Retry now (failed deliveries, and pending ones that are due)"),
        permissions=["retry"],
    )
    def retry_now(self, request, queryset):
        # A pending row whose next attempt is still ahead keeps its backoff; an overdue one,
        # which no worker picked up, is taken as well as a failed one.
        self._retry(
            request,
            queryset.filter(
                Q(state=DeliveryState.FAILED)
                | Q(state=DeliveryState.PENDING, next_attempt_at__lte=timezone.now())
            ),
        )


@admin.register(FailedDelivery)
class FailedDeliveryAdmin(TargetLabel, RetryActions, admin.ModelAdmin):
    """The dead letters: what gave up and why, with a resend under the same idempotency key."""

    list_display = (
        "application",
        "target_label",
        "attempts",
        "last_status_code",
        "last_error",
        "failure_notified_at",
        "updated_at",
    )
    list_filter = ("target",)
    list_select_related = ("application",)
    search_fields = ("application__reference", "external_id")
    readonly_fields = DeliveryAdmin.readonly_fields
    fields = DeliveryAdmin.fields
    inlines = [DeliveryEventInline, OperatorAlertInline]
    actions = ["resend"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("applications.view_delivery")

    @admin.action(
        description=_("Resend (same idempotency key: the ministry stores the case once)"),
        permissions=["retry"],
    )
    def resend(self, request, queryset):
        self._retry(request, queryset)
