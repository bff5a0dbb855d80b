"""The rules a candidate's data must meet, shared by the form, the API and the services."""

import re
import unicodedata
from datetime import date

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

LATIN_NAME = re.compile(r"[A-Za-z]+(?:[ '\-][A-Za-z]+)*")
CYRILLIC_NAME = re.compile(r"[А-Яа-яЁё]+(?:[ '\-][А-Яа-яЁё]+)*")
CYRILLIC_LETTER = re.compile(r"[\u0400-\u04FF]")
PHONE = re.compile(r"\+?[0-9][0-9 ()\-]{4,30}")
OLDEST_BIRTH_YEAR = 1900
MAX_PREFERRED_REGIONS = 3
MAX_FAMILY_MEMBERS = 20


def validate_latin_name(value: str) -> None:
    """Names as in the passport's machine-readable zone: Latin letters A–Z, spaces, - and '."""
    if LATIN_NAME.fullmatch(value):
        return
    if CYRILLIC_LETTER.search(value):
        message = _(
            "Write this name in Latin letters as in your passport (for example Ivanov, not "
            "Иванов); the Cyrillic spelling has its own optional field."
        )
    elif LATIN_NAME.fullmatch(_strip_accents(value)):
        message = _(
            "Write this name without accents, as in the machine-readable zone of your passport "
            "(for example Mueller for Müller, Jose for José)."
        )
    else:
        message = _(
            "Use only the Latin letters A–Z, spaces, hyphens and apostrophes, as in the "
            "machine-readable zone of your passport."
        )
    raise ValidationError(message, code="latin_name")


def validate_cyrillic_name(value: str) -> None:
    if not CYRILLIC_NAME.fullmatch(value):
        raise ValidationError(
            _("Use only Cyrillic letters, spaces, hyphens and apostrophes."), code="cyrillic_name"
        )


def validate_birth_date(value: date) -> None:
    if value > timezone.localdate():
        raise ValidationError(_("The date of birth cannot be in the future."), code="future")
    if value.year < OLDEST_BIRTH_YEAR:
        raise ValidationError(
            _("Enter a date of birth after %(year)s.") % {"year": OLDEST_BIRTH_YEAR},
            code="too_old",
        )


def validate_phone(value: str) -> None:
    if not PHONE.fullmatch(value):
        raise ValidationError(
            _("Enter a phone number with its country code, for example +49 30 1234567."),
            code="phone",
        )


def signature_matches(signature: str, first_name: str, last_name: str) -> bool:
    """The typed signature is "first_name last_name", ignoring case and extra spaces."""
    typed = " ".join(signature.split()).casefold()
    return bool(typed) and typed == " ".join(f"{first_name} {last_name}".split()).casefold()


SIGNATURE_MISMATCH = _(
    "Type your full name exactly as given above, first name then last name: “%(name)s”."
)


def _strip_accents(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


REQUIRED_FOR_SUBMISSION = (
    "first_name",
    "last_name",
    "date_of_birth",
    "citizenship",
    "email",
    "preferred_language",
    "category",
)


def submission_gaps(application) -> dict[str, list]:
    """What a draft still lacks before it can be submitted, as field → messages; {} when ready."""
    gaps: dict[str, list] = {}
    for field in REQUIRED_FOR_SUBMISSION:
        if not getattr(application, field):
            gaps[field] = [_("This field is required.")]
    if not application.region_choices.all():
        gaps["preferred_regions"] = [_("Choose at least one preferred region.")]
    if application.declaration_version_id is None or application.declaration_accepted_at is None:
        gaps["values_declaration_accepted"] = [_("Sign the values declaration.")]
    elif not signature_matches(
        application.signature_name, application.first_name, application.last_name
    ):
        gaps["signature_name"] = [SIGNATURE_MISMATCH % {"name": application.full_name}]
    if application.personal_data_consent_at is None:
        gaps["personal_data_consent"] = [
            _("Consent to the processing of your personal data to submit the application.")
        ]
    return gaps
