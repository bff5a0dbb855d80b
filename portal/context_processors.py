"""Template context shared by every page."""

import re

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info


def languages(request):
    """The language switcher and hreflang alternates: the current page in each language."""
    current_path = request.get_full_path()
    alternates = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(current_path, code)
        if url == current_path and code != get_language():
            # An address that resolves to nothing (a 404): swap the language prefix instead,
            # so the switcher still changes the language.
            url = re.sub(rf"^/{get_language()}/", f"/{code}/", current_path)
        alternates.append(
            {
                "code": code,
                "name_local": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": code == get_language(),
            }
        )
    return {"language_alternates": alternates}


def site_contact(request):
    """The service's contact address, linked from every page's footer."""
    return {"contact_email": settings.CONTACT_EMAIL}
