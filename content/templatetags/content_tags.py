"""Template helpers of the content pages."""

from django import template
from django.utils.translation import get_language_info

from portal.fallback import fallback_language

register = template.Library()


@register.inclusion_tag("components/fallback_notice.html")
def list_fallback_notice(objects, *fields):
    """One notice for a whole list when any object's `fields` are shown in another language."""
    for obj in objects:
        language = fallback_language(obj, *fields)
        if language is not None:
            return {
                "language": language,
                "language_name": get_language_info(language)["name_translated"],
            }
    return {"language": None}
