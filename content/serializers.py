"""JSON shapes of the public content, in the request's language."""

from django.utils.translation import get_language
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from content.models import Faq, LegalDocument, SuccessStory
from portal.api import ChoiceLabelField
from portal.fallback import fallback_language

LANGUAGE_HELP = (
    "The language the texts are really shown in: the requested one, or the language they fall "
    "back to (en, then ru) while a translation is missing."
)


class ShownLanguageMixin(serializers.Serializer):
    """Adds "language": which language the object's `translated_fields` are shown in."""

    translated_fields: tuple[str, ...] = ()
    language = serializers.SerializerMethodField(help_text=LANGUAGE_HELP)

    def get_language(self, obj) -> str:
        return fallback_language(obj, *self.translated_fields) or get_language()


class PageUrlMixin(serializers.Serializer):
    url = serializers.SerializerMethodField(help_text="The object's page on the portal.")

    @extend_schema_field(serializers.URLField())
    def get_url(self, obj) -> str:
        return self.context["request"].build_absolute_uri(obj.get_absolute_url())


class FaqSerializer(ShownLanguageMixin, PageUrlMixin, serializers.ModelSerializer):
    translated_fields = ("question", "answer")
    topic = serializers.CharField(source="topic.slug", help_text="Slug of the topic.")
    topic_title = serializers.CharField(source="topic.title")
    answer = serializers.CharField(help_text="Markdown.")

    class Meta:
        model = Faq
        fields = ["id", "topic", "topic_title", "order", "question", "answer", "language", "url"]


class LegalDocumentSerializer(ShownLanguageMixin, PageUrlMixin, serializers.ModelSerializer):
    translated_fields = ("title", "issued_by", "summary", "body")
    kind_label = ChoiceLabelField(source="kind")
    legal_status_label = ChoiceLabelField(source="legal_status")
    signed_on = serializers.DateField(
        allow_null=True,
        help_text="When signed_on_precision is month, only the year and month are meaningful.",
    )
    signed_on_display = serializers.CharField(
        help_text="The date as the site shows it, e.g. 21 November 2024 or August 2024."
    )
    region = serializers.CharField(
        source="region.code", allow_null=True, default=None, help_text="ISO 3166-2 code, or null."
    )
    body = serializers.CharField(help_text="Markdown.")

    class Meta:
        model = LegalDocument
        fields = [
            "slug",
            "title",
            "kind",
            "kind_label",
            "number",
            "signed_on",
            "signed_on_precision",
            "signed_on_display",
            "issued_by",
            "legal_status",
            "legal_status_label",
            "summary",
            "body",
            "source_url",
            "region",
            "language",
            "url",
        ]


class SuccessStorySerializer(ShownLanguageMixin, PageUrlMixin, serializers.ModelSerializer):
    translated_fields = ("display_name", "quote", "body")
    country = serializers.CharField(source="country.code", help_text="ISO 3166-1 alpha-2 code.")
    country_name = serializers.CharField(source="country.name")
    category_label = ChoiceLabelField(source="category")
    region = serializers.CharField(source="region.code", help_text="ISO 3166-2 code.")
    region_name = serializers.CharField(source="region.name")
    photo = serializers.SerializerMethodField(help_text="Absolute URL of the photo, or null.")
    body = serializers.CharField(help_text="Markdown.")
    is_sample = serializers.BooleanField(
        help_text="Illustrative content, not a real person; clients must label it as a sample."
    )

    class Meta:
        model = SuccessStory
        fields = [
            "slug",
            "display_name",
            "is_sample",
            "country",
            "country_name",
            "category",
            "category_label",
            "region",
            "region_name",
            "year_of_relocation",
            "photo",
            "photo_alt",
            "quote",
            "body",
            "language",
            "url",
        ]

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_photo(self, story) -> str | None:
        if not story.photo:
            return None
        return self.context["request"].build_absolute_uri(story.photo.url)
