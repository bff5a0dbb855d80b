"""What the mock ministries have received, and the faults they are told to simulate."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Ministry(models.TextChoices):
    MVD = "mvd", _("Ministry of Internal Affairs (MVD)")
    MID = "mid", _("Ministry of Foreign Affairs (MID)")


class CaseStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    GRANTED = "granted", _("Granted")
    REFUSED = "refused", _("Refused")


class ReceivedRequest(models.Model):
    """One case (MVD) or visa request (MID), stored once per idempotency key."""

    ministry = models.CharField(max_length=3, choices=Ministry.choices)
    idempotency_key = models.UUIDField()
    external_id = models.CharField(max_length=40, unique=True)
    reference = models.CharField(max_length=20, db_index=True)
    payload = models.JSONField()
    times_received = models.PositiveIntegerField(default=1)
    status = models.CharField(max_length=10, choices=CaseStatus.choices, default="received")
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)
    # Chosen by the drop_callbacks mode: decided as usual, but the portal is never called.
    callback_dropped = models.BooleanField(default=False)
    callback_delivered_at = models.DateTimeField(null=True, blank=True)
    callback_last_error = models.TextField(blank=True)
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["received_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["ministry", "idempotency_key"], name="mock_unique_idempotency_key"
            )
        ]
        verbose_name = _("received request")
        verbose_name_plural = _("received requests")

    def __str__(self):
        return f"{self.ministry.upper()} {self.external_id} ({self.reference})"


class FaultMode(models.TextChoices):
    OK = "ok", _("Answer normally")
    ERROR = "error", _("Fail with 503")
    SLOW = "slow", _("Answer after a delay")
    DROP_CALLBACKS = "drop_callbacks", _("Decide without calling back")


class FaultInjection(models.Model):
    """The next `remaining` requests to a ministry fail or are slow (set via /_control/)."""

    ministry = models.CharField(max_length=3, choices=Ministry.choices, primary_key=True)
    mode = models.CharField(max_length=20, choices=FaultMode.choices, default=FaultMode.OK)
    remaining = models.PositiveIntegerField(default=0)
    # The MVD decision the mock will take, and after how many seconds.
    decision = models.CharField(max_length=10, default=CaseStatus.GRANTED)
    decision_delay_seconds = models.FloatField(null=True, blank=True)

    def __str__(self):
        return f"{self.ministry}: {self.mode} × {self.remaining}"


# The mock ESIA's models live beside its views; Django finds models through this module.
from ministries.esia.models import EsiaFault, EsiaIdentity  # noqa: E402

__all__ = ["EsiaFault", "EsiaIdentity"]
