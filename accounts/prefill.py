"""What a new application takes from the candidate's Gosuslugi identity, and what is certified.

Names follow the names rule of the application: today the main names are the Latin passport
spelling with optional Cyrillic ones; where the application has `first_name_latin` (names in
any script, shared/CONTRACT.md "Candidate data"), the main names are the identity's own and
the Latin ones go to the *_latin fields. Fields the application does not have are skipped.
"""

from accounts.esia import Identity
from applications.models import Application


def _application_fields() -> set[str]:
    return {field.name for field in Application._meta.get_fields()}


def prefill_fields(identity: Identity) -> dict:
    """Draft field → value from the identity, only for what the identity tells."""
    fields = _application_fields()
    if "first_name_latin" in fields:
        names = {
            "first_name": identity.given_name or identity.given_name_latin,
            "last_name": identity.family_name or identity.family_name_latin,
            "first_name_latin": identity.given_name_latin,
            "last_name_latin": identity.family_name_latin,
        }
    else:
        names = {
            "first_name": identity.given_name_latin,
            "last_name": identity.family_name_latin,
            "first_name_cyrillic": identity.given_name,
            "last_name_cyrillic": identity.family_name,
        }
    values = {
        **names,
        "date_of_birth": identity.birthdate,
        "citizenship": identity.citizenship,
        "email": identity.email,
    }
    return {name: value for name, value in values.items() if name in fields and value}


# What a confirmed ESIA account certifies (checked against an identity document). The e-mail
# stays the candidate's choice: they may want our mail elsewhere.
CERTIFIED = frozenset(
    {
        "first_name",
        "last_name",
        "first_name_latin",
        "last_name_latin",
        "first_name_cyrillic",
        "last_name_cyrillic",
        "date_of_birth",
        "citizenship",
    }
)


def certified_fields(identity: Identity | None) -> dict:
    """The prefilled fields the candidate cannot change: none for an unconfirmed account."""
    if identity is None or not identity.verified:
        return {}
    return {name: value for name, value in prefill_fields(identity).items() if name in CERTIFIED}
