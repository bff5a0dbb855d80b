"""`{% layout_part "components/site_header.html" %}`: a layout template rendered once per
process, language and address (portal/layout_cache.py)."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from portal.layout_cache import layout_part as cached_part

register = template.Library()


@register.simple_tag(takes_context=True)
def layout_part(context, template_name: str):
    request = context["request"]
    key = (
        template_name,
        get_language(),
        request.scheme,
        request.get_host(),
        request.get_full_path(),
    )
    part = context.template.engine.get_template(template_name)
    return mark_safe(cached_part(key, lambda: part.render(context)))  # noqa: S308 - rendered by our template
