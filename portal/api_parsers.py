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
    """DRF's JSON parser with the contract's limits: size and depth 32.

    A NUL in a string is left to the serializer, whose CharField names the field it is in.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            raw = stream.read(settings.API_MAX_BODY_BYTES + 1)
            return json_body_parse(raw, refuse_nul=False)
        except JsonBodyError as error:
            raise BodyRefused(error) from None
