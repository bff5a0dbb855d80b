"""The public statistics endpoint (shared/CONTRACT.md): counts only, small cells left out."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from applications.models import ApplicationStatus
from portal.categories import Category
from stats import selectors


class StatisticsCellSerializer(serializers.Serializer):
    year = serializers.IntegerField(help_text=_("The year the cases were submitted."))
    category = serializers.ChoiceField(choices=Category.choices, allow_blank=True)
    region = serializers.CharField(help_text=_("ISO 3166-2 code of the first preferred region."))
    status = serializers.ChoiceField(choices=ApplicationStatus.choices)
    count = serializers.IntegerField(min_value=0)


class StatisticsSerializer(serializers.Serializer):
    generated_at = serializers.DateTimeField()
    cases = StatisticsCellSerializer(many=True)


class StatisticsView(APIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="statistics",
        summary=_("How many cases are in each status, by year, category and region"),
        description=_(
            "Counted from anonymous facts, so purged cases are still counted. A cell of fewer "
            "than five cases is left out."
        ),
        tags=["statistics"],
        responses={200: StatisticsSerializer},
    )
    def get(self, request):
        return Response(StatisticsSerializer(selectors.public_statistics()).data)
