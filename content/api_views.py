"""Read-only public API of FAQs, regulatory documents and success stories."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import generics

from content import selectors
from content.filters import FaqFilter, LegalDocumentFilter, SuccessStoryFilter
from content.serializers import FaqSerializer, LegalDocumentSerializer, SuccessStorySerializer
from portal.api import LANG_PARAMETER, PublicReadOnly

SLUG_PARAMETER = OpenApiParameter(
    "slug", OpenApiTypes.STR, OpenApiParameter.PATH, description="The object's slug."
)


@extend_schema_view(get=extend_schema(parameters=[LANG_PARAMETER]))
class FaqListView(PublicReadOnly, generics.ListAPIView):
    """Published questions and answers, in topic order; filter by topic slug or by words."""

    serializer_class = FaqSerializer
    filterset_class = FaqFilter

    def get_queryset(self):
        return selectors.faq_list()


@extend_schema_view(get=extend_schema(parameters=[LANG_PARAMETER]))
class LegalDocumentListView(PublicReadOnly, generics.ListAPIView):
    """Published regulatory documents, newest first; filter by kind, legal status, region."""

    serializer_class = LegalDocumentSerializer
    filterset_class = LegalDocumentFilter

    def get_queryset(self):
        return selectors.legal_document_list()


@extend_schema_view(get=extend_schema(parameters=[SLUG_PARAMETER, LANG_PARAMETER]))
class LegalDocumentDetailView(PublicReadOnly, generics.RetrieveAPIView):
    """One published regulatory document."""

    serializer_class = LegalDocumentSerializer

    def get_object(self):
        return selectors.legal_document_get(slug=self.kwargs["slug"])


@extend_schema_view(get=extend_schema(parameters=[LANG_PARAMETER]))
class SuccessStoryListView(PublicReadOnly, generics.ListAPIView):
    """Published success stories; filter by category, region code and country of origin.

    Stories with `is_sample: true` are illustrative and not about real people.
    """

    serializer_class = SuccessStorySerializer
    filterset_class = SuccessStoryFilter

    def get_queryset(self):
        return selectors.story_list()


@extend_schema_view(get=extend_schema(parameters=[SLUG_PARAMETER, LANG_PARAMETER]))
class SuccessStoryDetailView(PublicReadOnly, generics.RetrieveAPIView):
    """One published success story."""

    serializer_class = SuccessStorySerializer

    def get_object(self):
        return selectors.story_get(slug=self.kwargs["slug"])
