"""What operators add to a case: interviews with the candidate and internal notes."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class InterviewFormat(models.TextChoices):
    VIDEO = "video", _("Video call")
    IN_PERSON = "in_person", _("In person")


class InterviewOutcome(models.TextChoices):
    HELD = "held", _("Took place")
    NO_SHOW = "no_show", _("The candidate did not attend")
    CANCELLED = "cancelled", _("Cancelled")


class Interview(models.Model):
    """One interview the operator scheduled; the candidate gets it as a calendar invitation."""

    application = models.ForeignKey(
        "applications.Application",
        verbose_name=_("application"),
        related_name="interviews",
        on_delete=models.CASCADE,
    )
    # The calendar event's UID: a later update of the same interview keeps it.
    uid = models.UUIDField(_("calendar UID"), default=uuid.uuid4, unique=True, editable=False)
    starts_at = models.DateTimeField(_("starts at"))
    time_zone = models.CharField(_("time zone"), max_length=64)
    duration_minutes = models.PositiveSmallIntegerField(_("duration in minutes"), default=45)
    format = models.CharField(_("format"), max_length=10, choices=InterviewFormat.choices)
    location = models.CharField(
        _("place or link"), max_length=500, help_text=_("The address, or the video call's link.")
    )
    instructions = models.TextField(_("instructions for the candidate"), blank=True)
    scheduled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("scheduled by"),
        related_name="+",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    scheduled_at = models.DateTimeField(_("scheduled at"), default=timezone.now)
    invitation_sent_at = models.DateTimeField(_("invitation sent at"), null=True, blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=10, choices=InterviewOutcome.choices, blank=True
    )
    outcome_notes = models.TextField(_("outcome notes"), blank=True)
    outcome_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("outcome recorded by"),
        related_name="+",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    outcome_recorded_at = models.DateTimeField(_("outcome recorded at"), null=True, blank=True)

    class Meta:
        ordering = ["application", "starts_at", "pk"]
        verbose_name = _("interview")
        verbose_name_plural = _("interviews")

    def __str__(self):
        return f"{self.get_format_display()} {self.starts_at:%Y-%m-%d %H:%M} UTC"


class OperatorNote(models.Model):
    """An operator's internal note on a case: never shown to the candidate, never changed."""

    application = models.ForeignKey(
        "applications.Application",
        verbose_name=_("application"),
        related_name="operator_notes",
        on_delete=models.CASCADE,
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        related_name="+",
        on_delete=models.PROTECT,
    )
    text = models.TextField(_("note"))
    created_at = models.DateTimeField(_("written at"), default=timezone.now)

    class Meta:
        ordering = ["application", "created_at", "pk"]
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")
        indexes = [models.Index(fields=["application", "created_at"], name="operatornote_case_idx")]

    def __str__(self):
        return str(self.text)[:60]

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError("Internal notes are append-only.")
        super().save(*args, **kwargs)
