"""Request middleware of the portal."""

from django.conf import settings
from django.utils import translation

SUPPORTED_LANGUAGES = {code for code, _name in settings.LANGUAGES}


class ApiLanguageMiddleware:
    """`?lang=xx` chooses the API's language; otherwise LocaleMiddleware's Accept-Language wins."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = request.GET.get("lang", "")
        if request.path.startswith("/api/") and language in SUPPORTED_LANGUAGES:
            translation.activate(language)
            request.LANGUAGE_CODE = language
        response = self.get_response(request)
        if request.path.startswith("/api/"):
            response.headers.setdefault("Content-Language", translation.get_language())
        return response
