"""The candidate's export (shared/CONTRACT.md): every piece of personal data held, as JSON."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from applications.api import ACCESS_CODE_HEADER, CandidateAPIView
from applications.serializers import ErrorSerializer
from privacy.access_log import access_log_write
from privacy.export import case_export
from privacy.models import AccessKind


class ApplicationExportView(CandidateAPIView):
    throttle_scope = "application_lookup"

    @extend_schema(
        operation_id="application_export",
        summary=_("Everything held about an application"),
        description=_(
            "Every field of the case, its preferred regions, family members, documents (with "
            "their SHA-256), every status change, requests, interviews and the consent record. "
            "The download is recorded in the access log."
        ),
        tags=["candidate"],
        parameters=[ACCESS_CODE_HEADER],
        responses={200: OpenApiTypes.OBJECT, 404: ErrorSerializer, 429: ErrorSerializer},
    )
    def get(self, request, reference: str):
        application = self.candidate_application(request, reference)
        access_log_write(user=None, kind=AccessKind.CANDIDATE_EXPORT, application=application)
        response = Response(case_export(application))
        response["Cache-Control"] = "private, no-store"
        return response
