"""The API's request parsers (kept apart from portal.api: DRF's views import the parsers)."""

from django.conf import settings
from rest_framework import exceptions
from rest_framework.parsers import JSONParser

from portal.json_body import JsonBodyError, json_body_parse


class BodyRefused(exceptions.APIException):
    """A JSON body refused by portal.json_body: 400, or 413 when too large."""

    def __init__(self, error: JsonBodyError):
        super().__init__(detail=str(error.message), code=error.code)
        self.status_code = error.status


class LimitedJSONParser(JSONParser):
    """DRF's JSON parser with the contract's limits: size, depth 32, no NUL characters."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return json_body_parse(stream.read(settings.API_MAX_BODY_BYTES + 1))
        except JsonBodyError as error:
            raise BodyRefused(error) from None
