from django import template

from privacy.forms import your_data_forms

register = template.Library()


@register.inclusion_tag("privacy/_your_data_forms.html", takes_context=True)
def your_data_section(context):
    """The status page's "your data" section with fresh forms."""
    return {**your_data_forms(), "csrf_token": context.get("csrf_token")}
