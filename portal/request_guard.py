"""Middleware that answers malformed requests before any view sees them (shared/CONTRACT.md).

Each rule is enforced here once, for every URL, rather than in the views that would fail.
"""

from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.http import Http404, QueryDict
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import NotFound

from portal.json_body import json_error, too_large_error
from portal.views import bad_request

# Every URL under these answers JSON: the API and the mock ministries.
JSON_PREFIXES = ("/api/", "/mock/")
UNREADABLE = _("The request holds a NUL character or text that is not valid UTF-8.")
UNREADABLE_VALUE = _("Not valid UTF-8 text, or it holds a NUL character.")


def is_json_endpoint(request) -> bool:
    return request.path_info.startswith(JSON_PREFIXES)


class HeadAsGetMiddleware:
    """Every GET URL answers HEAD: the view runs as for GET, and the body is dropped.

    Content-Length stays that of the GET answer (set by CommonMiddleware further in).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "HEAD":
            return self.get_response(request)
        request.method = "GET"
        response = self.get_response(request)
        if response.streaming:
            response.streaming_content = []
        else:
            response.content = b""
        return response


class JsonBodyLimitMiddleware:
    """A JSON endpoint refuses a body over API_MAX_BODY_BYTES (413) before anything reads it.

    Uploads (multipart) are excepted: the document rules limit those per file.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            is_json_endpoint(request)
            and request.content_type != "multipart/form-data"
            and content_length(request) > settings.API_MAX_BODY_BYTES
        ):
            error = too_large_error()
            return json_error(error.code, error.message, error.status)
        return self.get_response(request)


def content_length(request) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


class ReadableInputMiddleware:
    """What a NUL character or invalid UTF-8 in a request becomes (shared/CONTRACT.md: "a 400 or
    ignored"); PostgreSQL refuses NUL in text, so it would otherwise be a 500 at any query.

    - in a query parameter of the API or the mocks: 400 naming the parameters;
    - in a query parameter of a page: ignored, i.e. read as U+FFFD, as Django already reads
      invalid UTF-8 there, so a filter says "unknown value" and a search finds nothing;
    - in a posted form field: 400 (nothing is saved from a form that cannot be read);
    - in the path: 404, as no object has such a name.

    Placed after LocaleMiddleware so the page is in the reader's language.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path:
            if is_json_endpoint(request):
                return json_error("not_found", NotFound.default_detail, 404)
            raise Http404
        unreadable = _unreadable_parameters(request.META.get("QUERY_STRING", ""))
        if unreadable and is_json_endpoint(request):
            fields = {name: [str(UNREADABLE_VALUE)] for name in unreadable}
            return json_error("bad_request", UNREADABLE, fields=fields)
        if unreadable:
            request.GET = _nul_replaced(request.GET)
        if not _readable_body(request):
            if is_json_endpoint(request):
                return json_error("bad_request", UNREADABLE)
            return bad_request(request)
        return self.get_response(request)


def _unreadable_parameters(query: str) -> list[str]:
    """Names of the query parameters whose name or value is not UTF-8 or holds a NUL."""
    names = []
    for pair in _raw(query).split(b"&"):
        name, _equals, value = pair.partition(b"=")
        if not (_readable_text(name) and _readable_text(value)):
            names.append(_decoded(name).replace("\x00", "\ufffd"))
    return names


def _nul_replaced(params: QueryDict) -> QueryDict:
    cleaned = QueryDict(mutable=True)
    for name, values in params.lists():
        cleaned.setlist(
            name.replace("\x00", "\ufffd"), [value.replace("\x00", "\ufffd") for value in values]
        )
    cleaned._mutable = False
    return cleaned


def _readable_body(request) -> bool:
    if request.content_type == "application/x-www-form-urlencoded":
        return all(_readable_text(pair) for pair in request.body.split(b"&"))
    if request.content_type == "multipart/form-data" and request.method == "POST":
        try:
            fields = request.POST.lists()
        except MultiPartParserError:
            return False
        return not any("\x00" in name + "".join(values) for name, values in fields)
    return True


def _raw(query: str) -> bytes:
    """WSGI hands the query string over as latin-1 text standing for the raw bytes."""
    try:
        return query.encode("latin-1")
    except UnicodeEncodeError:
        return query.encode("utf-8")


def _decoded(raw: bytes) -> str:
    return unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8", errors="replace")


def _readable_text(raw: bytes) -> bool:
    """True if percent-decoding gives UTF-8 text without NUL."""
    try:
        text = unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return "\x00" not in text
