"""Template helpers of the candidate's forms: the error summary at the top of a page, and
field groups remembered while unbound (portal/field_groups.py)."""

from django import template
from django.forms.formsets import BaseFormSet
from django.utils.translation import gettext as _

from portal.field_groups import field_group_html

register = template.Library()


@register.simple_tag
def field_group(field):
    return field_group_html(field)


@register.inclusion_tag("applications/components/error_summary.html")
def error_summary(forms):
    """Every error of a list of forms and formsets, each linking to its field (#id)."""
    items = []
    for form in forms:
        if isinstance(form, BaseFormSet):
            if form.is_bound:
                items.extend({"anchor": "", "message": m} for m in form.non_form_errors())
                for member in form.forms:
                    items.extend(_form_errors(member))
        elif form is not None:
            items.extend(_form_errors(form))
    return {"items": items}


def _form_errors(form) -> list[dict]:
    if not form.is_bound:
        return []
    items = []
    for name, messages in form.errors.items():
        if name == "__all__" or name not in form.fields:
            items.extend({"anchor": "", "message": message} for message in messages)
            continue
        field = form[name]
        # Radio and checkbox groups have no single id; their first option does.
        anchor = field.id_for_label or f"{field.auto_id}_0"
        items.extend(
            {"anchor": anchor, "message": _labelled(field.label, message)} for message in messages
        )
    return items


def _labelled(label, message) -> str:
    """ "Label: message"; a label that is a sentence or a question keeps its own stop, as in
    Django's label_suffix ("When would you like to move? This field is required.")."""
    if not label:
        return message
    if str(label).rstrip()[-1:] in ".?!":
        return _("%(sentence)s %(message)s") % {"sentence": label, "message": message}
    return _("%(label)s: %(message)s") % {"label": label, "message": message}
