"""Personal data: legal holds, erasure requests, destruction records and the staff access log."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AppendOnly(models.Model):
    """A record written once and never changed (the admin offers no edit or delete either)."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError(f"{self._meta.verbose_name} rows are append-only.")
        super().save(*args, **kwargs)


class LegalHold(models.Model):
    """A case that must not be purged (a court order, an appeal...) while the hold exists."""

    application = models.OneToOneField(
        "applications.Application",
        verbose_name=_("application"),
        related_name="legal_hold",
        on_delete=models.CASCADE,
    )
    reason = models.TextField(_("reason"))
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("placed by"),
        related_name="+",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    placed_at = models.DateTimeField(_("placed at"), default=timezone.now)

    class Meta:
        verbose_name = _("legal hold")
        verbose_name_plural = _("legal holds")

    def __str__(self):
        return str(self.application)


class ErasureRequest(models.Model):
    """The candidate asked to withdraw and delete; the case is erased as soon as it is closed."""

    application = models.OneToOneField(
        "applications.Application",
        verbose_name=_("application"),
        related_name="erasure_request",
        on_delete=models.CASCADE,
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)

    class Meta:
        verbose_name = _("erasure request")
        verbose_name_plural = _("erasure requests")

    def __str__(self):
        return str(self.application)


class PurgeRule(models.TextChoices):
    CLOSED = "closed", _("Closed cases (rejected, withdrawn, status refused)")
    GRANTED = "granted", _("Cases with the status granted")
    DRAFT = "draft", _("Drafts never submitted")
    ERASURE_REQUEST = "erasure_request", _("Erasure requested by the candidate")


class PurgeTrigger(models.TextChoices):
    SCHEDULE = "schedule", _("Daily job")
    COMMAND = "command", _("Management command")
    CANDIDATE = "candidate", _("Candidate's request")


class DestructionRecord(AppendOnly):
    """The act of destruction of one purge run under one rule: what was destroyed, not whose."""

    run = models.UUIDField(_("run"), default=uuid.uuid4, editable=False)
    rule = models.CharField(_("rule"), max_length=20, choices=PurgeRule.choices)
    retention_days = models.PositiveIntegerField(_("retention period in days"), null=True)
    cases = models.PositiveIntegerField(_("cases destroyed"), default=0)
    files = models.PositiveIntegerField(_("files destroyed"), default=0)
    started_at = models.DateTimeField(_("started at"))
    finished_at = models.DateTimeField(_("finished at"))
    trigger = models.CharField(_("trigger"), max_length=20, choices=PurgeTrigger.choices)
    performed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        related_name="+",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )

    class Meta:
        ordering = ["-started_at", "rule"]
        verbose_name = _("destruction record")
        verbose_name_plural = _("destruction records")

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M} {self.get_rule_display()}: {self.cases}"


class AccessKind(models.TextChoices):
    CASE_VIEW = "case_view", _("Case page viewed")
    DOCUMENT_DOWNLOAD = "document_download", _("Document downloaded")
    CSV_EXPORT = "csv_export", _("Cases exported as CSV")
    API_READ = "api_read", _("Case read through the API")
    CANDIDATE_EXPORT = "candidate_export", _("Candidate downloaded their data")
    CANDIDATE_ERASURE = "candidate_erasure", _("Candidate asked to withdraw and delete")


class AccessLogEntry(AppendOnly):
    """Who looked at personal data: a staff user (or the candidate), when, which case, what."""

    at = models.DateTimeField(_("at"), default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        related_name="+",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    application = models.ForeignKey(
        "applications.Application",
        verbose_name=_("application"),
        related_name="+",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    # Kept after a purge: the reference alone no longer leads to anyone.
    reference = models.CharField(_("reference"), max_length=20, blank=True, db_index=True)
    kind = models.CharField(_("what"), max_length=20, choices=AccessKind.choices)
    detail = models.CharField(_("detail"), max_length=300, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")
        indexes = [models.Index(fields=["user", "at"], name="accesslog_user_at_idx")]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_kind_display()} {self.reference}"
