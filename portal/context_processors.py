"""Template context shared by every page."""

import re

from django.conf import settings
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, get_language_info, override


def languages(request):
    """The language switcher and hreflang alternates: the current page in each language.

    Lazy: the layout that shows them is rendered once per address (portal/layout_cache.py), so
    most pages never compute them."""
    return {"language_alternates": SimpleLazyObject(lambda: language_alternates(request))}


def language_alternates(request) -> list[dict]:
    current = get_language()
    path = request.path_info
    query = request.META.get("QUERY_STRING", "")
    # One resolution for the six languages (Django's translate_url resolves once per language).
    try:
        match = resolve(path)
    except Resolver404:
        match = None
    alternates = []
    for code, _name in settings.LANGUAGES:
        url = _path_in(code, match, path)
        if query:
            url = f"{url}?{query}"
        alternates.append(
            {
                "code": code,
                "name_local": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": code == current,
            }
        )
    return alternates


def _path_in(code: str, match, path: str) -> str:
    if match is not None and match.url_name:
        view = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
        try:
            with override(code):
                return reverse(view, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            pass
    # An address that resolves to nothing (a 404): swap the language prefix instead, so the
    # switcher still changes the language.
    return re.sub(rf"^/{get_language()}/", f"/{code}/", path)


def site_contact(request):
    """The service's contact address, linked from every page's footer."""
    return {"contact_email": settings.CONTACT_EMAIL}
