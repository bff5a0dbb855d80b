"""Template helpers used across the site: Markdown rendering and the fallback notice."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info

from portal.fallback import fallback_language, shown_language
from portal.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text):
    return render_markdown(text)


@register.inclusion_tag("components/fallback_notice.html")
def fallback_notice(obj, *fields):
    """A notice, in the reader's language, when `fields` of `obj` are shown in another one."""
    language = fallback_language(obj, *fields)
    if language is None:
        return {"language": None}
    return {"language": language, "language_name": get_language_info(language)["name_translated"]}


@register.filter
def lang_attr(obj, field: str):
    """` lang="en"` for an element showing `obj.<field>` in another language than the page's
    (its fallback), so screen readers pronounce it right (WCAG 3.1.2); else nothing."""
    shown = shown_language(obj, field)
    if shown and shown != get_language():
        return format_html(' lang="{}"', shown)
    return ""
