"""Request middleware of the portal."""

from django.conf import settings
from django.http import JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _

SUPPORTED_LANGUAGES = {code for code, _name in settings.LANGUAGES}


class ApiLanguageMiddleware:
    """`?lang=xx` chooses the API's language; otherwise LocaleMiddleware's Accept-Language wins."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = request.GET.get("lang", "")
        if request.path.startswith("/api/") and "lang" in request.GET:
            if language not in SUPPORTED_LANGUAGES:
                # The schema's enum is the contract: an unknown language is an error, not English.
                return unknown_language_response()
            translation.activate(language)
            request.LANGUAGE_CODE = language
        response = self.get_response(request)
        if request.path.startswith("/api/"):
            response.headers.setdefault("Content-Language", translation.get_language())
        return response


def unknown_language_response() -> JsonResponse:
    choices = ", ".join(code for code, _name in settings.LANGUAGES)
    message = _("Unknown language; use one of: %(choices)s.") % {"choices": choices}
    response = JsonResponse(
        {"error": {"code": "invalid", "message": message, "fields": {"lang": [message]}}},
        status=400,
    )
    response.headers["Content-Language"] = translation.get_language()
    return response
