"""JSON shapes of regions and support measures, in the request's language."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from portal.api import ChoiceLabelField
from regions.models import Region, SupportMeasure


class RegionSerializer(serializers.ModelSerializer):
    federal_district_label = ChoiceLabelField(source="federal_district")
    work_model_label = ChoiceLabelField(source="work_model")
    url = serializers.SerializerMethodField(help_text="The region's page on the portal.")

    class Meta:
        model = Region
        fields = [
            "code",
            "name",
            "federal_district",
            "federal_district_label",
            "is_pilot",
            "work_model",
            "work_model_label",
            "priority_categories",
            "url",
        ]

    @extend_schema_field(serializers.URLField())
    def get_url(self, region) -> str:
        return self.context["request"].build_absolute_uri(region.get_absolute_url())


class OfficeSerializer(serializers.Serializer):
    name = serializers.CharField(source="office_name")
    address = serializers.CharField(source="office_address")
    phone = serializers.CharField(source="office_phone")
    email = serializers.CharField(source="office_email")
    website = serializers.CharField(source="office_website")
    opening_hours = serializers.CharField(source="office_hours")


class OfficialSerializer(serializers.Serializer):
    name = serializers.CharField(source="official_name")
    title = serializers.CharField(source="official_title")


class RegionDetailSerializer(RegionSerializer):
    description = serializers.CharField(help_text="Markdown.")
    office = OfficeSerializer(
        source="*", help_text="The one-stop-shop office; empty strings until the region publishes."
    )
    official = OfficialSerializer(source="*", help_text="The responsible official.")

    class Meta(RegionSerializer.Meta):
        fields = [*RegionSerializer.Meta.fields, "description", "office", "official"]


class SupportMeasureSerializer(serializers.ModelSerializer):
    region = serializers.CharField(source="region.code", help_text="ISO 3166-2 code.")
    audience_label = ChoiceLabelField(source="audience")
    kind_label = ChoiceLabelField(source="kind")
    eligible_categories = serializers.ListField(
        child=serializers.CharField(), help_text="Category values; empty means every category."
    )
    url = serializers.SerializerMethodField(help_text="The measure's page on the portal.")

    class Meta:
        model = SupportMeasure
        fields = [
            "slug",
            "region",
            "title",
            "summary",
            "body",
            "audience",
            "audience_label",
            "kind",
            "kind_label",
            "eligible_categories",
            "benefit",
            "how_to_apply",
            "valid_from",
            "valid_to",
            "is_sample",
            "url",
        ]

    @extend_schema_field(serializers.URLField())
    def get_url(self, measure) -> str:
        return self.context["request"].build_absolute_uri(measure.get_absolute_url())
