"""Which language a translated object is really shown in (modeltranslation falls back en → ru)."""

from django.conf import settings
from django.utils.translation import get_language


def shown_language(obj, field: str, language: str | None = None) -> str | None:
    """The language whose text `obj.<field>` shows for `language`; None when nothing is written."""
    language = language or get_language()
    for candidate in (language, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES):
        if getattr(obj, f"{field}_{candidate}", None):
            return candidate
    return None


def fallback_language(obj, *fields: str) -> str | None:
    """The other language any of `fields` falls back to, or None when all are in the reader's."""
    language = get_language()
    for field in fields:
        shown = shown_language(obj, field, language)
        if shown and shown != language:
            return shown
    return None
