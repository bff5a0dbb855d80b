"""The one JSON body reader of every JSON endpoint: the API's parser and the mock ministries.

A body larger than API_MAX_BODY_BYTES, not UTF-8 JSON, nested deeper than MAX_DEPTH, or holding
a NUL character where no serializer field would refuse it, is refused with a JsonBodyError
(shared/CONTRACT.md), never a RecursionError or a database error further down.
"""

import json

from django.conf import settings
from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _

MAX_DEPTH = 32


class JsonBodyError(Exception):
    def __init__(self, code: str, message, status: int = 400):
        super().__init__(str(message))
        self.code = code
        self.message = message
        self.status = status


def too_large_error() -> JsonBodyError:
    return JsonBodyError(
        "too_large",
        _("The body is larger than %(limit)d bytes.") % {"limit": settings.API_MAX_BODY_BYTES},
        status=413,
    )


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def json_body_parse(raw: bytes, *, refuse_nul: bool = True):
    """The parsed body, or JsonBodyError.

    The API passes refuse_nul=False: DRF's CharField refuses NUL itself, with a field error.
    """
    if len(raw) > settings.API_MAX_BODY_BYTES:
        raise too_large_error()
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except RecursionError:
        raise JsonBodyError("too_deep", _too_deep_message()) from None
    except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise JsonBodyError("parse_error", _("The body is not valid JSON.")) from None
    _check_structure(data, refuse_nul)
    return data


def _too_deep_message():
    return _("The body is nested deeper than %(depth)d levels.") % {"depth": MAX_DEPTH}


def _check_structure(data, refuse_nul: bool) -> None:
    """Depth and NUL characters, walked without recursion."""
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, str):
            if refuse_nul and "\x00" in value:
                raise JsonBodyError("parse_error", _("The body contains a NUL character."))
        elif isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                raise JsonBodyError("too_deep", _too_deep_message())
            items = value.items() if isinstance(value, dict) else ((None, item) for item in value)
            for key, item in items:
                if key is not None:
                    pending.append((key, depth))
                pending.append((item, depth + 1))


def json_error(
    code: str, message, http_status: int = 400, fields: dict | None = None
) -> JsonResponse:
    """The API's error shape ({"error": {"code", "message", "fields"}}) outside DRF."""
    body = {"error": {"code": code, "message": str(message), "fields": fields or {}}}
    return JsonResponse(body, status=http_status)
