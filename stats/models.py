"""Anonymous statistics facts: one row per status change, kept when the case is purged."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from applications.models import ApplicationStatus


class CaseFact(models.Model):
    """A case entered `status` (from `from_status`); nothing here identifies a person.

    The cohort (`year`, `month`) is when the case was submitted, so a case is counted in the
    same year at every change; `week` is the Monday of the week the change happened.
    """

    year = models.PositiveSmallIntegerField(_("year submitted"))
    month = models.PositiveSmallIntegerField(_("month submitted"))
    week = models.DateField(_("week of the change"))
    category = models.CharField(_("category"), max_length=30, blank=True)
    citizenship = models.CharField(_("citizenship"), max_length=2, blank=True)
    region = models.CharField(_("first preferred region"), max_length=10, blank=True)
    from_status = models.CharField(
        _("from"), max_length=20, choices=ApplicationStatus.choices, blank=True
    )
    status = models.CharField(_("status"), max_length=20, choices=ApplicationStatus.choices)
    days_in_previous_status = models.FloatField(_("days in the previous status"), null=True)
    # How long the procedure had run at this change: the operator's whole stage is the value on
    # the change that ends it, whichever statuses the case passed through on the way.
    days_since_submission = models.FloatField(_("days since submission"), null=True)

    class Meta:
        verbose_name = _("statistics fact")
        verbose_name_plural = _("statistics facts")
        indexes = [
            models.Index(fields=["status", "year"], name="casefact_status_idx"),
            models.Index(fields=["from_status", "year"], name="casefact_from_idx"),
            models.Index(fields=["region", "year"], name="casefact_region_idx"),
        ]

    def __str__(self):
        return f"{self.year}-{self.month:02d} {self.from_status} → {self.status}"
