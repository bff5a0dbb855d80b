"""The rules a candidate's data must meet, shared by the form, the API and the services."""

import re
import unicodedata
from datetime import date

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from applications.transliteration import latin_spelling

LATIN_NAME = re.compile(r"[A-Za-z]+(?:[ '\-][A-Za-z]+)*")
CYRILLIC_NAME = re.compile(r"[А-Яа-яЁё]+(?:[ '\-][А-Яа-яЁё]+)*")
CYRILLIC_LETTER = re.compile(r"[\u0400-\u04FF]")
PHONE = re.compile(r"\+?[0-9][0-9 ()\-]{4,30}")
OLDEST_BIRTH_YEAR = 1900
MAX_PREFERRED_REGIONS = 3
MAX_FAMILY_MEMBERS = 20


# Inside a name, besides letters of any script and their marks.
NAME_PUNCTUATION = frozenset(" -'’.")


def validate_person_name(value: str) -> None:
    """A name as the candidate writes it, in any script ("Jürgen", "Иван", "李", "محمد")."""
    if any(
        char not in NAME_PUNCTUATION and unicodedata.category(char)[0] not in "LM" for char in value
    ) or not any(unicodedata.category(char)[0] == "L" for char in value):
        raise ValidationError(
            _(
                "Use only letters (in any alphabet), spaces, hyphens, apostrophes and full "
                "stops in a name."
            ),
            code="name",
        )


def validate_latin_name(value: str) -> None:
    """The passport spelling: Latin letters A–Z, spaces, hyphens and apostrophes."""
    if LATIN_NAME.fullmatch(value):
        return
    if CYRILLIC_LETTER.search(value):
        message = _(
            "Write the passport spelling in Latin letters (for example Ivanov, not Иванов), "
            "or leave it empty and we spell it for you."
        )
    elif LATIN_NAME.fullmatch(_strip_accents(value)):
        message = _(
            "Write the passport spelling without accents, as in the machine-readable zone of "
            "your passport (for example Mueller for Müller, Jose for José)."
        )
    else:
        message = _(
            "Use only the Latin letters A–Z, spaces, hyphens and apostrophes, as in the "
            "machine-readable zone of your passport."
        )
    raise ValidationError(message, code="latin_name")


def passport_spelling(
    *, first_name: str, last_name: str, first_name_latin: str = "", last_name_latin: str = ""
) -> dict[str, str]:
    """The Latin spelling of both names: as typed, else derived by ICAO Doc 9303.

    Raises ValidationError with field errors for a name that has no derivable spelling.
    """
    spelled, errors = {}, {}
    for field, name, typed in (
        ("first_name_latin", first_name, first_name_latin),
        ("last_name_latin", last_name, last_name_latin),
    ):
        value = " ".join((typed or "").split()) or latin_spelling(name or "")
        if value:
            spelled[field] = value
        elif name:
            errors[field] = [
                _(
                    "We cannot spell this name in Latin letters for you; type it as in the "
                    "machine-readable zone of your passport."
                )
            ]
    if errors:
        raise ValidationError(errors)
    return spelled


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
    typed = unicodedata.normalize("NFC", " ".join(signature.split())).casefold()
    expected = unicodedata.normalize("NFC", " ".join(f"{first_name} {last_name}".split()))
    return bool(typed) and typed == expected.casefold()


SIGNATURE_MISMATCH = _(
    "Type your full name exactly as given above, first name then last name: “%(name)s”."
)
DECLARATION_NOT_SIGNED = _("Sign the values declaration to apply.")
CONSENT_NOT_GIVEN = _("Consent to the processing of your personal data to apply.")


def declaration_errors(
    *,
    declaration_accepted: bool,
    signature_name: str,
    consent_given: bool,
    first_name: str,
    last_name: str,
) -> dict[str, list]:
    """The one check of criterion 1 and the consent, for the form, the API and the services:
    field → messages, {} when the declaration is validly signed."""
    errors: dict[str, list] = {}
    if not declaration_accepted:
        errors["values_declaration_accepted"] = [DECLARATION_NOT_SIGNED]
    if not signature_matches(signature_name or "", first_name, last_name):
        name = " ".join(f"{first_name} {last_name}".split())
        errors["signature_name"] = [SIGNATURE_MISMATCH % {"name": name}]
    if not consent_given:
        errors["personal_data_consent"] = [CONSENT_NOT_GIVEN]
    return errors


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
    if application.declaration_version_id is None:
        gaps["values_declaration_accepted"] = [DECLARATION_NOT_SIGNED]
    else:
        gaps.update(
            declaration_errors(
                declaration_accepted=application.declaration_accepted_at is not None,
                signature_name=application.signature_name,
                consent_given=application.personal_data_consent_at is not None,
                first_name=application.first_name,
                last_name=application.last_name,
            )
        )
    return gaps
