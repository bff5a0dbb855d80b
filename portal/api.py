"""API plumbing shared by every app: one error shape for every refusal, public read views."""

from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions, pagination, serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from portal.errors import DomainError

LANG_PARAMETER = OpenApiParameter(
    "lang",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    enum=[code for code, _name in settings.LANGUAGES],
    description="Language of the texts; otherwise Accept-Language, else English.",
)


class PublicReadOnly:
    """Mixin of the public read API: anyone may read, no session or token is looked at."""

    permission_classes = [AllowAny]
    authentication_classes: list = []


class ChoiceLabelField(serializers.CharField):
    """The label of the choice field named by `source`, from the model's get_FOO_display().

    Called directly: given the method as `source`, DRF inspects its signature on every row,
    a third of a 20-item list's time in the API.
    """

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return getattr(instance, f"get_{self.source}_display")()


def error_response(code: str, message, fields: dict | None = None, http_status: int = 400):
    body = {"error": {"code": code, "message": str(message), "fields": fields or {}}}
    return Response(body, status=http_status)


def flat_field_errors(detail, prefix: str = "") -> dict[str, list[str]]:
    """{"field": [messages]} as the schema says, also for list items and nested objects:
    the third region's error is under "preferred_regions.2", a child's name under
    "family_members.1.first_name"."""
    if isinstance(detail, dict):
        items = detail.items()
    elif isinstance(detail, list) and any(isinstance(item, dict | list) for item in detail):
        items = enumerate(detail)
    else:
        messages = detail if isinstance(detail, list) else [detail]
        return {prefix or "non_field_errors": [str(message) for message in messages]}
    flat: dict[str, list[str]] = {}
    for key, value in items:
        if value in ({}, []):
            continue  # a list item without errors
        name = f"{prefix}.{key}" if prefix else str(key)
        for field, messages in flat_field_errors(value, name).items():
            flat.setdefault(field, []).extend(messages)
    return flat


class PageNumberPagination(pagination.PageNumberPagination):
    """DRF's, except that an empty `?page=` is an invalid page (404), not page 1."""

    def get_page_number(self, request, paginator):
        if request.query_params.get(self.page_query_param, None) == "":
            raise exceptions.NotFound(self.invalid_page_message)
        return super().get_page_number(request, paginator)


def exception_handler(exc, context):
    """Render DomainError and DRF errors as {"error": {"code", "message", "fields"}}."""
    if isinstance(exc, DomainError):
        fields = {name: [str(m) for m in messages] for name, messages in exc.fields.items()}
        return error_response(exc.code, exc.message, fields, exc.status_code)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        detail = exc.detail if isinstance(exc.detail, dict) else {"non_field_errors": exc.detail}
        response.data = {
            "error": {
                "code": "invalid",
                "message": _("The request has errors; see the fields."),
                "fields": flat_field_errors(detail),
            }
        }
    else:
        code = exc.get_codes() if isinstance(exc, exceptions.APIException) else "error"
        response.data = {
            "error": {
                "code": code if isinstance(code, str) else "error",
                "message": str(getattr(exc, "detail", exc)),
                "fields": {},
            }
        }
    if response.status_code == status.HTTP_429_TOO_MANY_REQUESTS:
        response.data["error"]["code"] = "throttled"
    return response
