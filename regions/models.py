"""Regions of the Russian Federation taking part in the programme."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.publishing import Publishable, PublishableQuerySet


class FederalDistrict(models.TextChoices):
    CENTRAL = "central", _("Central Federal District")
    NORTHWESTERN = "northwestern", _("Northwestern Federal District")
    SOUTHERN = "southern", _("Southern Federal District")
    NORTH_CAUCASIAN = "north_caucasian", _("North Caucasian Federal District")
    VOLGA = "volga", _("Volga Federal District")
    URAL = "ural", _("Ural Federal District")
    SIBERIAN = "siberian", _("Siberian Federal District")
    FAR_EASTERN = "far_eastern", _("Far Eastern Federal District")


class WorkModel(models.TextChoices):
    """The three models of working with impatriates in pilot regions (ASI deck)."""

    SUBORDINATE_ORGANIZATION = (
        "subordinate_organization",
        _("A subordinate organisation or separate unit of the regional executive body"),
    )
    EMPOWERED_EXECUTIVE_BODY = (
        "empowered_executive_body",
        _("An existing regional executive body empowered to work with impatriates"),
    )
    DEDICATED_UNIT_UNDER_HEAD = (
        "dedicated_unit_under_head",
        _("A dedicated unit under the head of the region"),
    )


region_code_validator = RegexValidator(
    r"^RU-[A-Z]{2,3}$", _("Enter an ISO 3166-2 code such as RU-KLU.")
)


class RegionQuerySet(PublishableQuerySet):
    def edited_by(self, user):
        """The regions a staff user may edit: all for superusers, else the ones bound to them."""
        if user.is_superuser:
            return self
        return self.filter(editors=user)


class Region(Publishable):
    code = models.CharField(
        _("ISO 3166-2 code"), max_length=6, unique=True, validators=[region_code_validator]
    )
    name = models.CharField(_("name"), max_length=120)
    federal_district = models.CharField(
        _("federal district"), max_length=20, choices=FederalDistrict.choices
    )
    is_pilot = models.BooleanField(_("pilot region"), default=False)
    work_model = models.CharField(
        _("work model"), max_length=30, choices=WorkModel.choices, blank=True
    )
    priority_categories = models.JSONField(_("priority categories"), default=list, blank=True)
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))

    office_name = models.CharField(_("one-stop-shop office"), max_length=200, blank=True)
    office_address = models.CharField(_("office address"), max_length=300, blank=True)
    office_phone = models.CharField(_("office phone"), max_length=40, blank=True)
    office_email = models.EmailField(_("office email"), blank=True)
    office_website = models.URLField(_("office website"), blank=True)
    office_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    official_name = models.CharField(_("responsible official"), max_length=200, blank=True)
    official_title = models.CharField(_("official's title"), max_length=300, blank=True)

    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("regional editors"),
        related_name="edited_regions",
        blank=True,
    )

    objects = RegionQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return f"{self.name} ({self.code})"
