"""Field groups of unbound forms, rendered once per process for everything they show.

The first view of a form page shows every visitor the same label, help text, widget and
options. Such a field group depends only on what `_key` collects: the language, the field's
names and ids, its texts and attributes, its initial value and its choices (regions included,
as they are read for the page). It is kept in the layout's bounded store
(portal/layout_cache.py). A bound field, with what was typed and its errors, renders every
time.
"""

from django.utils.functional import Promise
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from portal.layout_cache import layout_part


def field_group_html(field) -> str:
    """`field.as_field_group()`, remembered when the form is unbound."""
    if field.form.is_bound:
        return field.as_field_group()
    return mark_safe(layout_part(_key(field), field.as_field_group))  # noqa: S308 - Django's


def _key(field) -> tuple:
    form_field = field.field
    widget = form_field.widget
    return (
        "field-group",
        get_language(),
        type(field.form),
        field.html_name,
        field.auto_id,
        str(field.label),
        str(field.help_text),
        form_field.required,
        form_field.disabled,
        field.form.use_required_attribute,
        type(widget),
        _frozen(widget.attrs),
        _frozen(field.value()),
        _choices_key(getattr(form_field, "choices", ())),
    )


def _choices_key(choices) -> tuple:
    # ~90 region options on some pages: plain strings are taken as they are.
    return tuple(
        (
            value if type(value) is str else _frozen(value),
            label if type(label) is str else _frozen(label),
        )
        for value, label in choices
    )


def _frozen(value):
    """A hashable copy: lists, tuples and dicts become tuples, lazy texts and values strings."""
    if isinstance(value, str | Promise):
        return str(value)
    if isinstance(value, dict):
        return tuple((key, _frozen(item)) for key, item in value.items())
    if hasattr(value, "__iter__"):  # lists, tuples, choice iterators
        return tuple(_frozen(item) for item in value)
    if value is None:
        return None
    if hasattr(value, "_meta") and hasattr(value, "pk"):  # a model instance: by its key
        return (value._meta.label, value.pk)
    return (type(value).__name__, str(value))
