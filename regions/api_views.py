"""Read-only public API of regions and support measures."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import generics

from portal.api import LANG_PARAMETER, PublicReadOnly
from regions import selectors
from regions.filters import SupportMeasureFilter
from regions.serializers import (
    RegionDetailSerializer,
    RegionSerializer,
    SupportMeasureSerializer,
)

CODE_PARAMETER = OpenApiParameter(
    "code",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    description="ISO 3166-2 code of a published region, e.g. RU-KLU.",
)


@extend_schema_view(get=extend_schema(parameters=[LANG_PARAMETER]))
class RegionListView(PublicReadOnly, generics.ListAPIView):
    """Published regions of the programme."""

    serializer_class = RegionSerializer
    filter_backends: list = []

    def get_queryset(self):
        return selectors.region_list()


@extend_schema_view(get=extend_schema(parameters=[CODE_PARAMETER, LANG_PARAMETER]))
class RegionDetailView(PublicReadOnly, generics.RetrieveAPIView):
    """One published region with its one-stop-shop office and responsible official."""

    serializer_class = RegionDetailSerializer

    def get_object(self):
        return selectors.region_get(code=self.kwargs["code"].upper())


@extend_schema_view(get=extend_schema(parameters=[CODE_PARAMETER, LANG_PARAMETER]))
class RegionMeasureListView(PublicReadOnly, generics.ListAPIView):
    """The support measures in force in one published region."""

    serializer_class = SupportMeasureSerializer
    filter_backends: list = []

    def get_queryset(self):
        return selectors.region_measures(code=self.kwargs["code"].upper())


@extend_schema_view(get=extend_schema(parameters=[LANG_PARAMETER]))
class MeasureListView(PublicReadOnly, generics.ListAPIView):
    """Support measures in force, filtered by region, audience, kind and category."""

    serializer_class = SupportMeasureSerializer
    filterset_class = SupportMeasureFilter

    def get_queryset(self):
        return selectors.measure_list()
