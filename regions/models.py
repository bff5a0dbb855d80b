"""Regions of the Russian Federation taking part in the programme and their support measures."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.categories import Category
from portal.publishing import PublicationStatus, Publishable, PublishableQuerySet
from portal.remembered_urls import reverse_remembered


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


# What each work model offers, as the ASI deck lists it; shown next to the model's name.
WORK_MODEL_ADVANTAGES = {
    WorkModel.SUBORDINATE_ORGANIZATION: [
        _("Support for impatriates at every stage (a “concierge service”)"),
        _("Highly qualified staff"),
        _("Paid services can be offered if necessary"),
        _("A more flexible information policy"),
    ],
    WorkModel.EMPOWERED_EXECUTIVE_BODY: [
        _("Direct interaction with other government bodies"),
        _("No need to hire new staff"),
        _("Low implementation costs"),
    ],
    WorkModel.DEDICATED_UNIT_UNDER_HEAD: [
        _("Support for impatriates at every stage (a “concierge service”)"),
        _("Qualified staff"),
        _("The head of the region can be kept informed directly"),
    ],
}

REGION_CODE_PATTERN = r"^RU-[A-Z]{2,3}$"

region_code_validator = RegexValidator(
    REGION_CODE_PATTERN, _("Enter an ISO 3166-2 code such as RU-KLU.")
)


def is_region_code(text: str) -> bool:
    return re.fullmatch(REGION_CODE_PATTERN, text) is not None


class RegionQuerySet(PublishableQuerySet):
    def edited_by(self, user):
        """The regions a staff user may edit: all for superusers, else the ones bound to them."""
        if not user.is_authenticated:
            return self.none()
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

    def get_absolute_url(self):
        return reverse_remembered("regions:region_detail", kwargs={"code": self.code})

    def clean(self):
        super().clean()
        invalid = invalid_categories(self.priority_categories)
        if invalid:
            raise ValidationError(
                {
                    "priority_categories": _(
                        "Choose categories of the programme only; not a category: %(values)s."
                    )
                    % {"values": ", ".join(str(value) for value in invalid)}
                }
            )

    @property
    def office_phone_uri(self) -> str:
        """The phone as a tel: link: digits and a leading plus only."""
        digits = re.sub(r"[^\d+]", "", self.office_phone)
        return f"tel:{digits[0]}{digits[1:].replace('+', '')}" if digits else ""

    @property
    def work_model_advantages(self) -> list:
        return WORK_MODEL_ADVANTAGES.get(self.work_model, [])

    @property
    def priority_category_labels(self) -> list:
        return category_labels(self.priority_categories)


def category_labels(values) -> list:
    """Translated labels of stored category values, in the order of the Category choices."""
    return [category.label for category in Category if category.value in (values or [])]


def invalid_categories(values) -> list:
    """What in `values` is not a list of Category values; [] when it is one."""
    if not isinstance(values, list):
        return [values]
    return [value for value in values if value not in Category.values]


class Audience(models.TextChoices):
    IMPATRIATES = "impatriates", _("Impatriates")
    FAMILY_MEMBERS = "family_members", _("Family members")
    EMPLOYERS = "employers", _("Employers")


class MeasureKind(models.TextChoices):
    HOUSING = "housing", _("Housing")
    EMPLOYMENT = "employment", _("Employment")
    LANGUAGE_CULTURE = "language_culture", _("Language and culture")
    CHILDREN_EDUCATION = "children_education", _("Children's education")
    HEALTHCARE = "healthcare", _("Healthcare")
    GRANTS_TAX = "grants_tax", _("Grants and tax")
    BUSINESS_SUPPORT = "business_support", _("Business support")
    LEGAL_HELP = "legal_help", _("Legal help")
    OTHER = "other", _("Other")


class SupportMeasureQuerySet(PublishableQuerySet):
    def published(self):
        """Published measures of published regions: a measure is public only with its region."""
        return super().published().filter(region__publication_status=PublicationStatus.PUBLISHED)

    def currently_valid(self, today=None):
        """Measures in force today: no dates, or today within the dates that are set."""
        today = today or timezone.localdate()
        return self.filter(
            models.Q(valid_from__isnull=True) | models.Q(valid_from__lte=today),
            models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=today),
        )

    def open_to_category(self, category: str):
        """Measures open to `category`: those listing it and those open to every category."""
        # The quoted JSON string matches one whole value; JSON containment is not on SQLite.
        return self.filter(
            models.Q(eligible_categories=[])
            | models.Q(eligible_categories__icontains=f'"{category}"')
        )

    def editable_by(self, user):
        """The measures `user` may edit: those of the regions they edit (all for superusers)."""
        return self.filter(region__in=Region.objects.edited_by(user))

    def viewable_by(self, user):
        """Everybody sees published measures; staff also preview the drafts they may edit."""
        if user.is_authenticated and user.is_staff:
            return self.published() | self.editable_by(user)
        return self.published()


class SupportMeasure(Publishable):
    region = models.ForeignKey(
        Region, verbose_name=_("region"), related_name="measures", on_delete=models.PROTECT
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences, plain text."))
    body = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices)
    kind = models.CharField(_("kind of support"), max_length=30, choices=MeasureKind.choices)
    eligible_categories = models.JSONField(
        _("eligible categories"),
        default=list,
        blank=True,
        help_text=_("Leave empty when the measure is open to every category."),
    )
    benefit = models.TextField(_("benefit"), blank=True, help_text=_("Markdown."))
    how_to_apply = models.TextField(_("how to apply"), blank=True, help_text=_("Markdown."))
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    is_sample = models.BooleanField(
        _("sample measure"),
        default=False,
        help_text=_("Demonstration content: the site marks it as a sample, not the actual terms."),
    )

    objects = SupportMeasureQuerySet.as_manager()

    class Meta:
        ordering = ["audience", "kind", "slug"]
        verbose_name = _("support measure")
        verbose_name_plural = _("support measures")
        indexes = [
            models.Index(fields=["region", "audience", "kind"]),
            # The public list: its page in list order, and its count from the index alone.
            models.Index(
                fields=["audience", "kind", "slug"],
                condition=models.Q(publication_status=PublicationStatus.PUBLISHED),
                name="measure_public_order_idx",
            ),
            models.Index(
                fields=["region"],
                include=["valid_from", "valid_to"],
                condition=models.Q(publication_status=PublicationStatus.PUBLISHED),
                name="measure_public_validity_idx",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse_remembered("regions:measure_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        errors = {}
        invalid = invalid_categories(self.eligible_categories)
        if invalid:
            errors["eligible_categories"] = _(
                "Choose categories of the programme only; not a category: %(values)s."
            ) % {"values": ", ".join(str(value) for value in invalid)}
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            errors["valid_to"] = _("The end of validity cannot be before its start.")
        if errors:
            raise ValidationError(errors)

    @property
    def eligible_category_labels(self) -> list:
        return category_labels(self.eligible_categories)

    @property
    def is_currently_valid(self) -> bool:
        today = timezone.localdate()
        started = self.valid_from is None or self.valid_from <= today
        return started and (self.valid_to is None or today <= self.valid_to)
