"""The operator API (shared/CONTRACT.md): the queue with filters, and moving a case.

Staff session or DRF token; only users with the operators' permissions (the Operators group
and superusers), everyone else 403.
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.exceptions import NotFound
from rest_framework.generics import ListAPIView
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.response import Response
from rest_framework.views import APIView

from applications.models import ApplicationStatus, RejectionReason
from applications.operators import selectors, services
from applications.serializers import ErrorSerializer
from portal.categories import Category
from privacy.access_log import access_log_write_many
from privacy.models import AccessKind
from regions.models import is_region_code

S = ApplicationStatus


class IsOperator(BasePermission):
    """Reading needs the operators' view permission, moving a case their change permission."""

    def has_permission(self, request, view) -> bool:
        user = request.user
        if not (user and user.is_authenticated and user.is_active and user.is_staff):
            return False
        action = "view" if request.method in SAFE_METHODS else "change"
        return user.has_perm(f"applications.{action}_application")


class OperatorAPIView(APIView):
    # Session first: an anonymous request gets 403 (a token scheme first would make it 401).
    authentication_classes = [SessionAuthentication, TokenAuthentication]
    permission_classes = [IsOperator]


class OperatorApplicationSerializer(serializers.Serializer):
    reference = serializers.CharField()
    status = serializers.ChoiceField(choices=S.choices)
    category = serializers.ChoiceField(choices=Category.choices)
    first_name = serializers.CharField()
    last_name = serializers.CharField()
    citizenship = serializers.CharField(help_text=_("ISO 3166-1 alpha-2 code."))
    email = serializers.EmailField()
    preferred_language = serializers.CharField()
    first_region = serializers.CharField(
        source="first_region_code", allow_null=True, help_text=_("The first preferred region.")
    )
    assigned_operator = serializers.CharField(
        source="assigned_operator.username", allow_null=True, default=None
    )
    submitted_at = serializers.DateTimeField()
    version = serializers.IntegerField(
        help_text=_("Send it back with a transition to refuse it if the case changed meanwhile.")
    )


class OperatorApplicationFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(
        choices=[(value, label) for value, label in S.choices if value != S.DRAFT]
    )
    category = django_filters.ChoiceFilter(choices=Category.choices)
    region = django_filters.CharFilter(
        method="filter_region",
        help_text=_("ISO 3166-2 code of the first preferred region, such as RU-KLU."),
    )

    def filter_region(self, queryset, name, value):
        code = value.strip().upper()
        if not is_region_code(code):
            raise serializers.ValidationError({"region": [_("Give a region code such as RU-KLU.")]})
        return queryset.filter(first_region_code=code)


@extend_schema_view(
    get=extend_schema(
        operation_id="operator_application_list",
        summary=_("The operators' queue, oldest submission first"),
        tags=["operator"],
        responses={
            200: OperatorApplicationSerializer(many=True),
            400: ErrorSerializer,
            403: ErrorSerializer,
        },
    )
)
class OperatorApplicationListView(OperatorAPIView, ListAPIView):
    serializer_class = OperatorApplicationSerializer
    filterset_class = OperatorApplicationFilter

    def get_queryset(self):
        return selectors.queue(user=self.request.user)

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        access_log_write_many(user=self.request.user, kind=AccessKind.API_READ, applications=page)
        return page


class TransitionSerializer(serializers.Serializer):
    to = serializers.ChoiceField(choices=S.choices)
    note = serializers.CharField(
        max_length=services.MAX_TEXT, allow_blank=True, required=False, default=""
    )
    reason = serializers.ChoiceField(
        choices=RejectionReason.choices,
        required=False,
        default=RejectionReason.OTHER,
        help_text=_("Only for a rejection; “other” when left out."),
    )
    version = serializers.IntegerField(
        required=False,
        min_value=1,
        help_text=_("The version you saw: a case changed meanwhile is refused with 409."),
    )


class TransitionResultSerializer(serializers.Serializer):
    reference = serializers.CharField()
    status = serializers.ChoiceField(choices=S.choices)
    version = serializers.IntegerField()


class OperatorTransitionView(OperatorAPIView):
    @extend_schema(
        operation_id="operator_application_transition",
        summary=_("Move a case to another status"),
        description=_(
            "Information requests email `note` to the candidate; approvals and rejections need "
            "a note. Interviews are scheduled in the admin. A move the status machine does not "
            "allow, or a stale `version`, is answered with 409."
        ),
        tags=["operator"],
        request=TransitionSerializer,
        responses={
            200: TransitionResultSerializer,
            400: ErrorSerializer,
            403: ErrorSerializer,
            404: ErrorSerializer,
            409: ErrorSerializer,
        },
    )
    def post(self, request, reference: str):
        application = selectors.case_by_reference(user=request.user, reference=reference)
        if application is None:
            raise NotFound(_("No application has this reference."))
        serializer = TransitionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        moved = services.application_operator_transition(
            application=application,
            to=data["to"],
            user=request.user,
            note=data["note"],
            reason=data["reason"],
            expected_version=data.get("version"),
        )
        return Response(TransitionResultSerializer(moved).data)
