"""The OpenAPI schema says what the server does: every error status it can answer, and the
constraints its fields really enforce (checked by schemathesis in tests/test_api_schema.py).

One place adds what every endpoint shares, so no view has to remember it:
- 400 everywhere (an unknown `?lang=` is refused on every API URL; bodies and filters too),
- 404 where a path names an object or a list is paginated,
- 403 where a permission other than "anyone" guards the view,
- 429 where a throttle applies, 413 where a body is accepted (API_MAX_BODY_BYTES),
- minLength 1 and a non-space character for text fields that refuse blanks.
"""

from drf_spectacular.openapi import AutoSchema
from rest_framework import serializers
from rest_framework.permissions import AllowAny

BODY_METHODS = {"POST", "PUT", "PATCH"}


class PortalAutoSchema(AutoSchema):
    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        for code in self._error_codes():
            if code not in responses:
                responses[code] = self._get_response_for_code(_error_serializer(), code)
        return responses

    def _error_codes(self) -> list[str]:
        codes = ["400"]
        if "{" in self.path or (self._is_list_view() and self._get_paginator()):
            codes.append("404")
        if any(not isinstance(p, AllowAny) for p in self.view.get_permissions()):
            codes.append("403")
        if self.method in BODY_METHODS:
            codes.append("413")
        if self.view.get_throttles():
            codes.append("429")
        return codes

    def _map_serializer_field(self, field, direction, bypass_extensions=False):
        schema = super()._map_serializer_field(field, direction, bypass_extensions)
        refuses_blank = (
            direction == "request"
            and isinstance(field, serializers.CharField)
            and not isinstance(field, serializers.ChoiceField)
            and not field.allow_blank
            and schema.get("type") == "string"
            and "enum" not in schema
        )
        if refuses_blank:
            schema.setdefault("minLength", 1)
            if field.trim_whitespace and "pattern" not in schema and "format" not in schema:
                schema["pattern"] = r"\S"  # spaces alone are trimmed to nothing, then refused
        return schema


def blank_means_all(result, generator, request, public):
    """A filter's enum also allows "": django-filter treats an empty choice as no filter."""
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                if (
                    parameter.get("in") == "query"
                    and parameter.get("name") != "lang"
                    and "enum" in schema
                    and "" not in schema["enum"]
                ):
                    schema["enum"] = [*schema["enum"], ""]
    return result


def _error_serializer():
    from applications.serializers import ErrorSerializer  # the one error shape

    return ErrorSerializer
