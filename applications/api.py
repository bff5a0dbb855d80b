"""The candidate API: submit an application, follow its status, add documents."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.exceptions import NotFound
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from applications import selectors, services
from applications.lookup_limit import application_look_up
from applications.serializers import (
    ApplicationCreatedSerializer,
    ApplicationStatusSerializer,
    ApplicationSubmitSerializer,
    DocumentSerializer,
    DocumentUploadSerializer,
    ErrorSerializer,
)
from applications.throttling import CandidateThrottle
from portal.client_address import client_address

ACCESS_CODE_HEADER = OpenApiParameter(
    name="X-Access-Code",
    location=OpenApiParameter.HEADER,
    required=True,
    type=str,
    description=_("The access code received when the application was submitted."),
)


def signing_from(request) -> services.Signing:
    return services.Signing(
        ip=client_address(request) or None,
        user_agent=request.META.get("HTTP_USER_AGENT", ""),
        language=getattr(request, "LANGUAGE_CODE", ""),
    )


class CandidateAPIView(APIView):
    """A candidate is not a user: no session or CSRF, just the reference and access code."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    throttle_classes = [CandidateThrottle]

    def candidate_application(self, request, reference: str):
        application = application_look_up(
            reference=reference, access_code=request.headers.get("X-Access-Code", "")
        )
        if application is None:
            # The same answer for an unknown reference and a wrong code.
            raise NotFound(_("No application matches this reference and access code."))
        return application


class ApplicationCreateView(CandidateAPIView):
    throttle_scope = "application_submit"

    @extend_schema(
        operation_id="application_submit",
        summary=_("Submit an application"),
        tags=["candidate"],
        request=ApplicationSubmitSerializer,
        responses={201: ApplicationCreatedSerializer, 400: ErrorSerializer, 429: ErrorSerializer},
    )
    def post(self, request):
        serializer = ApplicationSubmitSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        application, access_code = services.application_create(
            **serializer.service_arguments(), signing=signing_from(request)
        )
        body = {
            "reference": application.reference,
            "status": application.status,
            "access_code": access_code,
        }
        return Response(ApplicationCreatedSerializer(body).data, status=status.HTTP_201_CREATED)


class ApplicationStatusView(CandidateAPIView):
    throttle_scope = "application_lookup"

    @extend_schema(
        operation_id="application_status",
        summary=_("The status and history of an application"),
        tags=["candidate"],
        parameters=[ACCESS_CODE_HEADER],
        responses={200: ApplicationStatusSerializer, 404: ErrorSerializer, 429: ErrorSerializer},
    )
    def get(self, request, reference: str):
        application = self.candidate_application(request, reference)
        application.history_entries = selectors.candidate_history(application)
        return Response(ApplicationStatusSerializer(application).data)


class DocumentUploadView(CandidateAPIView):
    throttle_scope = "application_documents"
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(
        operation_id="application_document_upload",
        summary=_("Add a document (PDF, JPEG or PNG, at most 10 MB)"),
        tags=["candidate"],
        parameters=[ACCESS_CODE_HEADER],
        request={"multipart/form-data": DocumentUploadSerializer},
        responses={
            201: DocumentSerializer,
            400: ErrorSerializer,
            404: ErrorSerializer,
            409: ErrorSerializer,
            429: ErrorSerializer,
        },
    )
    def post(self, request, reference: str):
        application = self.candidate_application(request, reference)
        serializer = DocumentUploadSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        document = services.document_attach(
            application=application,
            upload=serializer.validated_data["file"],
            kind=serializer.validated_data["kind"],
        )
        return Response(DocumentSerializer(document).data, status=status.HTTP_201_CREATED)
