"""The outbox: one delivery row per case and ministry request, carrying its own story."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DeliveryTarget(models.TextChoices):
    MVD_CASE = "mvd_case", _("Interior Ministry: impatriate status request")
    MID_VISA = "mid_visa", _("Foreign Ministry: visa request")


class DeliveryState(models.TextChoices):
    PENDING = "pending", _("Pending")
    IN_FLIGHT = "in_flight", _("In flight")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed")


class DeliveryQuerySet(models.QuerySet):
    def due(self, now):
        """Pending rows whose time has come, and in-flight rows whose worker's lease ran out."""
        return self.filter(
            models.Q(state=DeliveryState.PENDING, next_attempt_at__lte=now)
            | models.Q(state=DeliveryState.IN_FLIGHT, lease_expires_at__lt=now)
        )


class Delivery(models.Model):
    """The database row is the truth; a broker message only nudges a worker to look at it."""

    application = models.ForeignKey(
        "applications.Application",
        verbose_name=_("application"),
        related_name="deliveries",
        on_delete=models.PROTECT,
    )
    target = models.CharField(_("target"), max_length=10, choices=DeliveryTarget.choices)
    # Fixed at creation: every attempt of this row sends the same key, so the ministry
    # stores the case once however often we retry.
    idempotency_key = models.UUIDField(_("idempotency key"), default=uuid.uuid4, unique=True)
    state = models.CharField(
        _("state"), max_length=10, choices=DeliveryState.choices, default=DeliveryState.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    lease_expires_at = models.DateTimeField(_("worker lease expires at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    last_status_code = models.PositiveSmallIntegerField(_("last HTTP status"), null=True)
    response = models.JSONField(_("response"), null=True, blank=True)
    external_id = models.CharField(_("external id"), max_length=64, blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    failure_notified_at = models.DateTimeField(_("operators notified at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("delivery to a ministry")
        verbose_name_plural = _("deliveries to ministries")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "target"], name="one_delivery_per_case_and_target"
            )
        ]
        indexes = [
            models.Index(fields=["state", "next_attempt_at"], name="delivery_due_idx"),
            models.Index(fields=["state", "lease_expires_at"], name="delivery_lease_idx"),
        ]

    def __str__(self):
        return f"{self.get_target_display()} — {self.get_state_display()}"


class DeliveryEventKind(models.TextChoices):
    ATTEMPT = "attempt", _("Attempt")
    RETRY_REQUESTED = "retry_requested", _("Retry requested by an operator")


class DeliveryEvent(models.Model):
    """One attempt or operator action on a delivery: the audit trail of the outbox."""

    delivery = models.ForeignKey(Delivery, related_name="events", on_delete=models.CASCADE)
    kind = models.CharField(_("kind"), max_length=20, choices=DeliveryEventKind.choices)
    at = models.DateTimeField(_("at"), auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT
    )
    status_code = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=200, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("delivery event")
        verbose_name_plural = _("delivery events")

    def __str__(self):
        return f"{self.get_kind_display()} {self.at:%Y-%m-%d %H:%M:%S}"


class MvdDecisionOutcome(models.TextChoices):
    GRANTED = "granted", _("Granted")
    REFUSED = "refused", _("Refused")


class MvdDecision(models.Model):
    """A decision the Interior Ministry called back with; stored once per external id."""

    external_id = models.CharField(_("external id"), max_length=64, unique=True)
    reference = models.CharField(_("reference"), max_length=20)
    decision = models.CharField(_("decision"), max_length=10, choices=MvdDecisionOutcome.choices)
    decided_at = models.DateTimeField(_("decided at"))
    note = models.TextField(_("note"), blank=True)
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)
    applied_at = models.DateTimeField(_("applied to the case at"), null=True, blank=True)

    class Meta:
        verbose_name = _("Interior Ministry decision")
        verbose_name_plural = _("Interior Ministry decisions")

    def __str__(self):
        return f"{self.reference}: {self.get_decision_display()}"
