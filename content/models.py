"""Public content: FAQs, regulatory documents, success stories, info pages, journey steps."""

import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import get_script_prefix
from django.utils import formats
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from portal.categories import Category
from portal.publishing import PublicationStatus, Publishable, PublishableQuerySet
from portal.remembered_urls import reverse_remembered

MARKDOWN_HELP = _("Markdown: **bold**, *italic*, lists, [links](https://…), ## headings.")
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def shown_text_contains(field: str, query: str, language: str) -> Q:
    """`field` as the reader sees it in `language` (with the en → ru fallback) contains `query`.

    The text shown is the first non-empty translation along the fallback chain, so a match in a
    fallback language counts only when every language before it is empty.
    """
    chain = list(dict.fromkeys((language, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES)))
    condition = Q()
    earlier_empty = Q()
    for lang in chain:
        column = f"{field}_{lang}"
        condition |= earlier_empty & Q(**{f"{column}__icontains": query})
        earlier_empty &= Q(**{f"{column}__isnull": True}) | Q(**{column: ""})
    return condition


# ---- FAQs


class FaqTopic(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("FAQ topic")
        verbose_name_plural = _("FAQ topics")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"{reverse_remembered('content:faq')}?{urlencode({'topic': self.slug})}"


class FaqQuerySet(PublishableQuerySet):
    def matching(self, query: str, language: str | None = None):
        """FAQs whose question or answer, as shown in `language`, contains `query` (any case)."""
        language = language or get_language()
        return self.filter(
            shown_text_contains("question", query, language)
            | shown_text_contains("answer", query, language)
        )


class Faq(Publishable):
    topic = models.ForeignKey(
        FaqTopic, verbose_name=_("topic"), related_name="faqs", on_delete=models.PROTECT
    )
    question = models.CharField(_("question"), max_length=300)
    answer = models.TextField(_("answer"), help_text=MARKDOWN_HELP)
    order = models.PositiveSmallIntegerField(_("order within the topic"), default=0)

    objects = FaqQuerySet.as_manager()

    class Meta:
        ordering = ["topic__order", "order", "pk"]
        verbose_name = _("FAQ")
        verbose_name_plural = _("FAQs")
        constraints = [
            # The demo seeder finds a FAQ by its place in its topic.
            models.UniqueConstraint(fields=["topic", "order"], name="content_faq_unique_order")
        ]

    def __str__(self):
        return self.question

    def get_absolute_url(self):
        # The topic's page holds every question of the topic; the list is paginated.
        return f"{self.topic.get_absolute_url()}#faq-{self.pk}"


# ---- Regulatory documents


class LegalDocumentKind(models.TextChoices):
    FEDERAL_LAW = "federal_law", _("Federal law")
    PRESIDENTIAL_DECREE = "presidential_decree", _("Presidential decree")
    PRESIDENTIAL_INSTRUCTION = "presidential_instruction", _("Presidential instruction")
    CONCEPT = "concept", _("Concept")
    REGIONAL_ACT = "regional_act", _("Regional act")
    STANDARD = "standard", _("Standard")


class LegalStatus(models.TextChoices):
    IN_FORCE = "in_force", _("In force")
    DRAFT = "draft", _("Draft")
    REPEALED = "repealed", _("Repealed")


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day known")
    MONTH = "month", _("Only month and year known")


class LegalDocumentQuerySet(PublishableQuerySet):
    """Reads of regulatory documents; chain after .published() or .viewable_by(user)."""


class LegalDocument(Publishable):
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=30, choices=LegalDocumentKind.choices)
    number = models.CharField(_("number"), max_length=50, blank=True)
    signed_on = models.DateField(_("signed or approved on"), null=True, blank=True)
    signed_on_precision = models.CharField(
        _("precision of the date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("When only the month is known, enter any day of it: the site shows the month."),
    )
    issued_by = models.CharField(_("issued by"), max_length=300, blank=True)
    legal_status = models.CharField(
        _("legal status"), max_length=10, choices=LegalStatus.choices, default=LegalStatus.IN_FORCE
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences, plain text."))
    body = models.TextField(_("text"), blank=True, help_text=MARKDOWN_HELP)
    source_url = models.URLField(_("official source"), blank=True)
    region = models.ForeignKey(
        "regions.Region",
        verbose_name=_("region"),
        related_name="legal_documents",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        help_text=_("Only for a regional act."),
    )

    objects = LegalDocumentQuerySet.as_manager()

    class Meta:
        ordering = [models.F("signed_on").desc(nulls_last=True), "slug"]
        verbose_name = _("regulatory document")
        verbose_name_plural = _("regulatory documents")
        indexes = [models.Index(fields=["kind", "legal_status"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse_remembered("content:legal_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        # One stored form per month, so sorting and comparing month-only dates stays simple.
        if self.signed_on and self.signed_on_precision == DatePrecision.MONTH:
            self.signed_on = self.signed_on.replace(day=1)

    @property
    def signed_on_display(self) -> str:
        """The date in the reader's locale: "21 November 2024" or only "August 2024"."""
        if self.signed_on is None:
            return ""
        if self.signed_on_precision == DatePrecision.MONTH:
            return formats.date_format(self.signed_on, "YEAR_MONTH_FORMAT")
        return formats.date_format(self.signed_on, "DATE_FORMAT")


# ---- Success stories


class SuccessStoryQuerySet(PublishableQuerySet):
    def country_codes(self) -> list[str]:
        """The distinct countries of origin of these stories (one query)."""
        return list(self.order_by().values_list("country", flat=True).distinct())


class SuccessStory(Publishable):
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    display_name = models.CharField(
        _("display name"),
        max_length=120,
        help_text=_("How the person is named on the site, e.g. a first name and a profession."),
    )
    country = CountryField(_("country of origin"))
    category = models.CharField(_("category"), max_length=30, choices=Category.choices)
    region = models.ForeignKey(
        "regions.Region",
        verbose_name=_("region"),
        related_name="success_stories",
        on_delete=models.PROTECT,
    )
    year_of_relocation = models.PositiveSmallIntegerField(
        _("year of relocation"),
        validators=[MinValueValidator(1991), MaxValueValidator(2100)],
    )
    photo = models.ImageField(_("photo"), upload_to="stories/", blank=True)
    photo_alt = models.CharField(
        _("photo description (alt text)"),
        max_length=250,
        blank=True,
        help_text=_("Required with a photo: what the photo shows, for readers who cannot see it."),
    )
    quote = models.CharField(_("quote"), max_length=400)
    body = models.TextField(_("story"), help_text=MARKDOWN_HELP)
    is_sample = models.BooleanField(
        _("sample story"),
        default=False,
        help_text=_("Illustrative content: the site marks it as a sample, not a real person."),
    )

    objects = SuccessStoryQuerySet.as_manager()

    class Meta:
        ordering = ["-year_of_relocation", "slug"]
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")
        indexes = [
            models.Index(fields=["category"]),
            models.Index(fields=["country"]),
            models.Index(fields=["region", "category"]),
            # The public list's first page straight from the index, not a sort of every story.
            models.Index(
                fields=["-year_of_relocation", "slug"],
                condition=Q(publication_status=PublicationStatus.PUBLISHED),
                name="story_public_order_idx",
            ),
        ]

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse_remembered("content:story_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        # The default language heads the fallback chain: its alt text reaches every reader.
        alt_field = f"photo_alt_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}"
        if self.photo and not (getattr(self, alt_field, "") or "").strip():
            raise ValidationError(
                {alt_field: _("Describe the photo: alt text is required whenever a photo is set.")}
            )


# ---- Information pages


class InfoSection(models.TextChoices):
    LIVING = "living", _("Living")
    WORKING = "working", _("Working")
    STUDYING = "studying", _("Studying")
    INVESTING = "investing", _("Investing")
    FAMILY = "family", _("Family")
    OTHER = "other", _("Other")


class InfoPageQuerySet(PublishableQuerySet):
    """Reads of information pages; chain after .published() or .viewable_by(user)."""


class InfoPage(Publishable):
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    section = models.CharField(_("section"), max_length=20, choices=InfoSection.choices)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), help_text=MARKDOWN_HELP)
    order = models.PositiveSmallIntegerField(_("order within the section"), default=0)

    objects = InfoPageQuerySet.as_manager()

    class Meta:
        ordering = ["section", "order", "slug"]
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")
        indexes = [models.Index(fields=["section", "order"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse_remembered("content:page_detail", kwargs={"slug": self.slug})


# ---- The candidate's journey

SITE_PATH_PATTERN = r"^/(?!/)[A-Za-z0-9\-_./]*(?:[?#]\S*)?$"


class JourneyStepQuerySet(PublishableQuerySet):
    """Reads of journey steps; chain after .published()."""


class JourneyStep(Publishable):
    order = models.PositiveSmallIntegerField(_("step number"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("what happens"), help_text=MARKDOWN_HELP)
    who_helps = models.CharField(_("who helps"), max_length=300, blank=True)
    link = models.CharField(
        _("link"),
        max_length=200,
        blank=True,
        validators=[
            RegexValidator(SITE_PATH_PATTERN, _("Enter a path of this site such as /eligibility/."))
        ],
        help_text=_(
            "A path of this site without the language, e.g. /eligibility/; "
            "the reader's language is added."
        ),
    )

    objects = JourneyStepQuerySet.as_manager()

    class Meta:
        ordering = ["order"]
        verbose_name = _("journey step")
        verbose_name_plural = _("journey steps")

    def __str__(self):
        return f"{self.order}. {self.title}"

    def get_absolute_url(self):
        return f"{reverse_remembered('content:journey')}#step-{self.order}"

    def clean(self):
        super().clean()
        first_segment = re.match(r"^/([^/?#]+)", self.link or "")
        if first_segment and first_segment.group(1) in LANGUAGE_CODES:
            raise ValidationError({"link": _("Leave out the language: write /faq/, not /en/faq/.")})

    @property
    def link_url(self) -> str:
        """The link under the current language prefix: /eligibility/ → /ru/eligibility/."""
        if not self.link:
            return ""
        return f"{get_script_prefix()}{get_language()}{self.link}"
