"""POST /api/v1/integrations/mvd/decisions/ — the Interior Ministry's signed decision callback."""

from django.conf import settings
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import UnsupportedMediaType
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from applications.forwarding.models import MvdDecisionOutcome
from applications.forwarding.service import mvd_callback_accept
from portal import webhook_signature
from portal.api import error_response
from portal.api_parsers import LimitedJSONParser


class MvdDecisionSerializer(serializers.Serializer):
    external_id = serializers.CharField(max_length=64)
    reference = serializers.RegexField(r"^TLR-\d{4}-\d{6}$")
    decision = serializers.ChoiceField(choices=MvdDecisionOutcome.choices)
    decided_at = serializers.DateTimeField()
    note = serializers.CharField(max_length=5000, allow_blank=True, required=False, default="")


class MvdDecisionResultSerializer(serializers.Serializer):
    reference = serializers.CharField()
    status = serializers.CharField()


class MvdDecisionCallbackView(APIView):
    """Authenticated by the HMAC signature of the raw body, not by a session or token."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    # The signature covers the raw JSON body; a form body is not a decision (and, once read
    # as a form, its raw bytes are gone).
    parser_classes = [LimitedJSONParser]

    @extend_schema(
        operation_id="mvd_decision_callback",
        request=MvdDecisionSerializer,
        parameters=[
            OpenApiParameter(
                "X-Timestamp",
                location=OpenApiParameter.HEADER,
                required=True,
                description="Unix seconds when the callback was signed; more than 300 s "
                "away from now → 401.",
            ),
            OpenApiParameter(
                "X-Signature",
                location=OpenApiParameter.HEADER,
                required=True,
                description='sha256=<hex HMAC-SHA256 of "<X-Timestamp>.<raw body>" with '
                "MVD_CALLBACK_SECRET>; the same signed callback twice → 401.",
            ),
        ],
        responses={
            200: MvdDecisionResultSerializer,
            400: OpenApiResponse(description="The body is not a valid decision."),
            401: OpenApiResponse(
                description="Missing or wrong signature, a stale timestamp, or a replay."
            ),
            404: OpenApiResponse(description="No case was sent with this id."),
            409: OpenApiResponse(description="A different decision was already recorded."),
            415: OpenApiResponse(description="The body is not application/json."),
        },
        tags=["integrations"],
    )
    def post(self, request):
        if request.content_type != "application/json":
            raise UnsupportedMediaType(request.content_type)
        signature = request.headers.get("X-Signature")
        timestamp = request.headers.get("X-Timestamp")
        if not webhook_signature.is_valid(
            request.body, signature, timestamp, settings.MVD_CALLBACK_SECRET
        ):
            return error_response(
                "bad_signature",
                "Missing or wrong signature, or a timestamp more than 300 s from now.",
                http_status=401,
            )
        serializer = MvdDecisionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        application = mvd_callback_accept(signature=signature, **serializer.validated_data)
        return Response(
            {"reference": application.reference, "status": application.status},
            status=status.HTTP_200_OK,
        )
