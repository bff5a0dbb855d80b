"""The candidate's copy of their data (shared/CONTRACT.md: every piece of personal data held
about the case): every field of the case and of every row that belongs to it."""

from django.db import models
from django.utils import timezone

from applications.models import Application

# Not the candidate's data: the secret that proves access, and internal bookkeeping.
APPLICATION_SKIPPED = {"id", "access_code_hash", "version"}
# Rows about the case kept for other purposes than the case itself.
RELATIONS_SKIPPED = {"legal_hold"}


def case_export(application: Application) -> dict:
    """Plain JSON-ready data: the case's fields, then each related list, by relation name."""
    data = {
        "reference": application.reference,
        "exported_at": timezone.now().isoformat(),
        "application": _fields(application, skip=APPLICATION_SKIPPED),
        "preferred_regions": [
            {"position": choice.position, "region": choice.region.code}
            for choice in application.region_choices.select_related("region").order_by("position")
        ],
        "consent": {
            "declaration_version": getattr(application.declaration_version, "version", None),
            "declaration_text": getattr(application.declaration_version, "text", None),
            "declaration_language": application.declaration_language,
            "declaration_accepted_at": _value(application.declaration_accepted_at),
            "declaration_ip": application.declaration_ip,
            "declaration_user_agent": application.declaration_user_agent,
            "signature_name": application.signature_name,
            "personal_data_consent_at": _value(application.personal_data_consent_at),
        },
    }
    for relation in _relations():
        name = relation.get_accessor_name()
        if name in data or name in RELATIONS_SKIPPED or name == "region_choices":
            continue
        if relation.one_to_one:
            row = relation.related_model._base_manager.filter(
                **{relation.field.name: application}
            ).first()
            data[name] = _fields(row, skip={"id", relation.field.name}) if row else None
            continue
        rows = relation.related_model._base_manager.filter(**{relation.field.name: application})
        data[name] = [_fields(row, skip={"id", relation.field.name}) for row in rows.order_by("pk")]
    return data


def _relations():
    """Rows that belong to a case (deleted with it); not logs that only point at it."""
    return [
        relation
        for relation in Application._meta.related_objects
        if relation.on_delete in (models.CASCADE, models.PROTECT) and not relation.many_to_many
    ]


def _fields(instance, *, skip: set) -> dict:
    values = {}
    for field in instance._meta.concrete_fields:
        if field.name in skip:
            continue
        if isinstance(field, models.ForeignKey):
            if field.related_model is Application:
                continue
            target = getattr(instance, field.name)
            # Staff users appear by role, not by name; other links by what they point at.
            values[field.name] = None if target is None else _linked(target)
            continue
        if isinstance(field, models.FileField):
            continue
        values[field.name] = _value(field.value_from_object(instance))
    return values


def _linked(target) -> str:
    from django.contrib.auth import get_user_model

    if isinstance(target, get_user_model()):
        return "staff"
    return str(target)


def _value(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool, list, dict)):
        return value
    return str(value)
