"""The outbox: one delivery row per case and ministry request, carrying its own story."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DeliveryTarget:
    """The targets of the built-in plugins (forwarding.ministries); a plugin names its own."""

    MVD_CASE = "mvd_case"
    MID_VISA = "mid_visa"


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

    def awaiting_decision(self, now):
        """Delivered requests whose case still waits for the system's decision and whose next
        question about it is due (reconciliation)."""
        return self.filter(
            state=DeliveryState.DELIVERED,
            decision_check_at__lte=now,
            decision_found_at__isnull=True,
        )


class Delivery(models.Model):
    """The database row is the truth; a broker message only nudges a worker to look at it."""

    application = models.ForeignKey(
        "applications.Application",
        verbose_name=_("application"),
        related_name="deliveries",
        on_delete=models.PROTECT,
    )
    # The plugin's target name (forwarding.base.Forwarder.target); no choices here, so a new
    # plugin needs no migration.
    target = models.CharField(_("target"), max_length=20)
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
    failure_notified_at = models.DateTimeField(_("operators alerted at"), null=True, blank=True)
    # Reconciliation of a deciding system (the MVD): when we next ask it about the case, how
    # often we have asked, and when a decision was found (by callback or by asking).
    decision_check_at = models.DateTimeField(_("next decision check at"), null=True, blank=True)
    decision_checks = models.PositiveIntegerField(_("decision checks"), default=0)
    decision_found_at = models.DateTimeField(_("decision found at"), null=True, blank=True)
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
            models.Index(
                fields=["decision_check_at"],
                condition=models.Q(decision_found_at__isnull=True, state="delivered"),
                name="delivery_decision_check_idx",
            ),
        ]

    def __str__(self):
        return f"{self.target} — {self.get_state_display()}"


class FailedDeliveryManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(state=DeliveryState.FAILED)


class FailedDelivery(Delivery):
    """The dead letters: deliveries that gave up, for the operators' view and resend."""

    objects = FailedDeliveryManager()

    class Meta:
        proxy = True
        verbose_name = _("dead letter (failed delivery)")
        verbose_name_plural = _("dead letters (failed deliveries)")


class DeliveryEventKind(models.TextChoices):
    ATTEMPT = "attempt", _("Attempt")
    RETRY_REQUESTED = "retry_requested", _("Retry requested by an operator")
    DECISION_CHECK = "decision_check", _("Decision asked for")


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


class CallbackReceipt(models.Model):
    """A signed callback already accepted: the same signature again is a replay."""

    signature = models.CharField(_("signature"), max_length=80, unique=True)
    received_at = models.DateTimeField(_("received at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("callback receipt")
        verbose_name_plural = _("callback receipts")

    def __str__(self):
        return self.signature


class OperatorAlertKind(models.TextChoices):
    DELIVERY_FAILED = "delivery_failed", _("Delivery failed")
    DAILY_DIGEST = "daily_digest", _("Daily digest of deliveries")


class OperatorAlert(models.Model):
    """One e-mail to one operator, recorded before it is sent and marked sent only after."""

    kind = models.CharField(_("kind"), max_length=20, choices=OperatorAlertKind.choices)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recipient"), on_delete=models.CASCADE
    )
    delivery = models.ForeignKey(
        Delivery, null=True, blank=True, related_name="alerts", on_delete=models.CASCADE
    )
    # The digest's day: one digest per operator and day.
    day = models.DateField(_("day"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("operator alert")
        verbose_name_plural = _("operator alerts")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "recipient", "delivery"],
                condition=models.Q(delivery__isnull=False),
                name="one_failure_alert_per_operator",
            ),
            models.UniqueConstraint(
                fields=["kind", "recipient", "day"],
                condition=models.Q(day__isnull=False),
                name="one_digest_per_operator_and_day",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient}"
