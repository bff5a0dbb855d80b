"""Query filters of the content lists; the stories page uses the same filters as its form."""

import django_filters
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from content.models import (
    Faq,
    FaqTopic,
    LegalDocument,
    LegalDocumentKind,
    LegalStatus,
    SuccessStory,
)
from portal.categories import Category
from regions.models import Region


def published_regions(request=None):
    """Region choices: published regions by name in the reader's language."""
    return Region.objects.published().only("code", "name").order_by("name", "code")


def country_choices():
    """Every ISO 3166-1 country, named in the reader's language (evaluated per request)."""
    return list(countries)


class FaqFilter(django_filters.FilterSet):
    topic = django_filters.ModelChoiceFilter(
        queryset=FaqTopic.objects.all(), to_field_name="slug", label=_("Topic (slug)")
    )
    q = django_filters.CharFilter(
        method="filter_text",
        max_length=200,
        label=_("Words in the question or answer, as shown in the response's language"),
    )

    class Meta:
        model = Faq
        fields = ["topic", "q"]

    def filter_text(self, queryset, name, value):
        query = " ".join(value.split())
        return queryset.matching(query) if query else queryset


class LegalDocumentFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=LegalDocumentKind.choices, label=_("Kind"))
    legal_status = django_filters.ChoiceFilter(choices=LegalStatus.choices, label=_("Legal status"))
    region = django_filters.ModelChoiceFilter(
        queryset=published_regions,
        to_field_name="code",
        label=_("Region (ISO 3166-2 code, e.g. RU-KLU)"),
    )

    class Meta:
        model = LegalDocument
        fields = ["kind", "legal_status", "region"]


class SuccessStoryFilter(django_filters.FilterSet):
    category = django_filters.ChoiceFilter(
        choices=Category.choices, label=_("Category"), empty_label=_("All categories")
    )
    region = django_filters.ModelChoiceFilter(
        queryset=published_regions,
        to_field_name="code",
        label=_("Region (ISO 3166-2 code, e.g. RU-KLU)"),
        empty_label=_("All regions"),
    )
    country = django_filters.ChoiceFilter(
        choices=country_choices,
        label=_("Country of origin (ISO 3166-1 code, e.g. RS)"),
        empty_label=_("All countries"),
    )

    class Meta:
        model = SuccessStory
        fields = ["category", "region", "country"]
