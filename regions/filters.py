"""Query filters of the support measures API."""

import django_filters
from django.utils.translation import gettext_lazy as _

from portal.categories import Category
from regions.models import Audience, MeasureKind, Region, SupportMeasure


class SupportMeasureFilter(django_filters.FilterSet):
    region = django_filters.ModelChoiceFilter(
        queryset=Region.objects.published(),
        to_field_name="code",
        label=_("Region (ISO 3166-2 code, e.g. RU-KLU)"),
    )
    audience = django_filters.ChoiceFilter(choices=Audience.choices, label=_("Audience"))
    kind = django_filters.ChoiceFilter(choices=MeasureKind.choices, label=_("Kind of support"))
    category = django_filters.ChoiceFilter(
        choices=Category.choices,
        method="filter_category",
        label=_("Category: measures open to it, including those open to every category"),
    )

    class Meta:
        model = SupportMeasure
        fields = ["region", "audience", "kind", "category"]

    def filter_category(self, queryset, name, value):
        return queryset.open_to_category(value)
