"""Read queries of the regions app, shaped for the pages and the API."""

from dataclasses import dataclass

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404

from regions.models import Audience, FederalDistrict, Region, SupportMeasure, is_region_code


@dataclass(frozen=True)
class DistrictGroup:
    district: str
    label: str
    regions: list


@dataclass(frozen=True)
class AudienceGroup:
    audience: str
    label: str
    measures: list


def public_measures():
    """The measures the public sees in lists: published and in force today."""
    return SupportMeasure.objects.published().currently_valid()


def regions_by_district() -> list[DistrictGroup]:
    """Published regions grouped by federal district, each with its count of public measures."""
    measure_count = (
        public_measures()
        .filter(region=OuterRef("pk"))
        .order_by()
        .values("region")
        .annotate(count=Count("pk"))
        .values("count")
    )
    regions = list(
        Region.objects.published().annotate(
            measure_count=Coalesce(Subquery(measure_count, output_field=IntegerField()), 0)
        )
    )
    # Sorted here by the name as shown: in a language without names the column is empty.
    regions.sort(key=lambda region: (not region.is_pilot, region.name.casefold()))
    groups = []
    for district in FederalDistrict:
        members = [region for region in regions if region.federal_district == district]
        if members:
            groups.append(DistrictGroup(district.value, district.label, members))
    return groups


def pilot_regions() -> list[Region]:
    """Published pilot regions, by name as shown in the reader's language."""
    # Only what the list shows: a region row carries long texts in six languages.
    regions = list(Region.objects.published().filter(is_pilot=True).only("code", "name"))
    regions.sort(key=lambda region: region.name.casefold())
    return regions


def region_list():
    """Published regions for the API, with nothing extra to fetch per row."""
    return Region.objects.published().order_by("code")


def region_get(*, code: str) -> Region:
    """A published region by its ISO code, else Http404."""
    if not is_region_code(code):
        raise Http404
    try:
        return Region.objects.published().get(code=code)
    except Region.DoesNotExist:
        raise Http404 from None


def region_page(*, code: str, user) -> tuple[Region, list[AudienceGroup]]:
    """A region with its public measures grouped by audience (two queries)."""
    if not is_region_code(code):
        raise Http404
    regions = Region.objects.viewable_by(user).prefetch_related(
        Prefetch(
            "measures",
            queryset=public_measures().order_by("kind", "slug"),
            to_attr="public_measures",
        )
    )
    try:
        region = regions.get(code=code)
    except Region.DoesNotExist:
        raise Http404 from None
    groups = []
    for audience in Audience:
        members = [m for m in region.public_measures if m.audience == audience]
        if members:
            groups.append(AudienceGroup(audience.value, audience.label, members))
    return region, groups


def measure_page(*, slug: str, user) -> SupportMeasure:
    """One measure with its region: published for the public, plus editable drafts for staff."""
    try:
        return SupportMeasure.objects.viewable_by(user).select_related("region").get(slug=slug)
    except SupportMeasure.DoesNotExist:
        raise Http404 from None


def region_measures(*, code: str):
    """The public measures of a published region, for the API; Http404 for any other code."""
    region = region_get(code=code)
    return public_measures().filter(region=region).select_related("region")


def measure_list():
    """Every public measure, with its region, for the API's filtered list."""
    return public_measures().select_related("region")
