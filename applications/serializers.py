"""The candidate API's input and output shapes (shared/CONTRACT.md)."""

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from rest_framework import serializers

from applications import rules, selectors
from applications.models import DocumentKind, FamilyRelation, RussianLevel
from portal.categories import Category


class CountryCodeField(serializers.CharField):
    """An ISO 3166-1 alpha-2 code; a plain string in the schema rather than 250 enum values."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", _("ISO 3166-1 alpha-2 code, such as DE."))
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        code = super().to_internal_value(data).upper()
        if len(code) != 2 or code not in countries:
            raise serializers.ValidationError(
                _("Unknown country code “%(code)s”; use ISO 3166-1 alpha-2, such as DE.")
                % {"code": code}
            )
        return code


def name_field() -> serializers.CharField:
    """A name in any script, as the candidate writes it."""
    return serializers.CharField(max_length=100, validators=[rules.validate_person_name])


def latin_name_field() -> serializers.CharField:
    """The passport spelling (A–Z); derived by ICAO Doc 9303 when left out."""
    return serializers.CharField(
        max_length=100,
        required=False,
        allow_blank=True,
        validators=[rules.validate_latin_name],
        help_text=_(
            "Latin letters A–Z, spaces, hyphens and apostrophes, as in the passport; derived "
            "from the name by ICAO Doc 9303 transliteration when left out."
        ),
    )


def birth_date_field() -> serializers.DateField:
    return serializers.DateField(input_formats=["%Y-%m-%d"], validators=[rules.validate_birth_date])


class FamilyMemberInputSerializer(serializers.Serializer):
    relation = serializers.ChoiceField(choices=FamilyRelation.choices)
    first_name = name_field()
    last_name = name_field()
    date_of_birth = birth_date_field()
    citizenship = CountryCodeField()


class ApplicationSubmitSerializer(serializers.Serializer):
    category = serializers.ChoiceField(
        choices=Category.choices,
        error_messages={"invalid_choice": _("Unknown category “{input}”.")},
    )
    first_name = name_field()
    last_name = name_field()
    first_name_latin = latin_name_field()
    last_name_latin = latin_name_field()
    first_name_cyrillic = serializers.CharField(
        max_length=100, required=False, allow_blank=True, validators=[rules.validate_cyrillic_name]
    )
    last_name_cyrillic = serializers.CharField(
        max_length=100, required=False, allow_blank=True, validators=[rules.validate_cyrillic_name]
    )
    date_of_birth = birth_date_field()
    citizenship = CountryCodeField()
    email = serializers.EmailField(max_length=254)
    preferred_language = serializers.ChoiceField(choices=settings.LANGUAGES)
    preferred_regions = serializers.ListField(
        child=serializers.CharField(max_length=6),
        allow_empty=False,
        max_length=rules.MAX_PREFERRED_REGIONS,
    )
    values_declaration_accepted = serializers.BooleanField()
    signature_name = serializers.CharField(max_length=201)
    personal_data_consent = serializers.BooleanField()
    phone = serializers.CharField(
        max_length=32, required=False, allow_blank=True, validators=[rules.validate_phone]
    )
    country_of_residence = CountryCodeField(required=False, allow_blank=True)
    occupation = serializers.CharField(max_length=200, required=False, allow_blank=True)
    russian_level = serializers.ChoiceField(
        choices=RussianLevel.choices, required=False, allow_blank=True
    )
    category_details = serializers.CharField(max_length=5000, required=False, allow_blank=True)
    family_members = FamilyMemberInputSerializer(
        many=True, required=False, max_length=rules.MAX_FAMILY_MEMBERS
    )

    def validate_preferred_regions(self, codes):
        if len(set(codes)) != len(codes):
            raise serializers.ValidationError(_("Name each region only once."))
        found = selectors.published_regions_by_code(codes)
        unknown = [code for code in codes if code not in found]
        if unknown:
            raise serializers.ValidationError(
                _("Unknown region code(s): %(codes)s.") % {"codes": ", ".join(unknown)}
            )
        return [found[code] for code in codes]

    def validate(self, data):
        errors = rules.declaration_errors(
            declaration_accepted=data["values_declaration_accepted"],
            signature_name=data["signature_name"],
            consent_given=data["personal_data_consent"],
            first_name=data["first_name"],
            last_name=data["last_name"],
        )
        try:
            data.update(
                rules.passport_spelling(
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                    first_name_latin=data.get("first_name_latin", ""),
                    last_name_latin=data.get("last_name_latin", ""),
                )
            )
        except DjangoValidationError as error:
            errors.update(error.message_dict)
        if errors:
            raise serializers.ValidationError(errors)
        return data

    def service_arguments(self) -> dict:
        """The validated data as application_create's keyword arguments (less `signing`)."""
        data = dict(self.validated_data)
        regions = data.pop("preferred_regions")
        family = data.pop("family_members", [])
        signature_name = data.pop("signature_name")
        data.pop("values_declaration_accepted")
        data.pop("personal_data_consent")
        details = data.pop("category_details", "")
        data["category_details"] = {"description": details} if details else {}
        return {
            "fields": data,
            "regions": regions,
            "family_members": [dict(member) for member in family],
            "signature_name": signature_name,
        }


class ApplicationCreatedSerializer(serializers.Serializer):
    reference = serializers.CharField()
    status = serializers.CharField()
    access_code = serializers.CharField(help_text=_("Shown once; keep it safe."))


class HistoryEntrySerializer(serializers.Serializer):
    status = serializers.CharField(source="to_status")
    at = serializers.DateTimeField()


class ApplicationStatusSerializer(serializers.Serializer):
    reference = serializers.CharField()
    status = serializers.CharField()
    status_label = serializers.CharField(source="get_status_display")
    history = HistoryEntrySerializer(many=True, source="history_entries")


class DocumentUploadSerializer(serializers.Serializer):
    file = serializers.FileField(allow_empty_file=False)
    kind = serializers.ChoiceField(choices=DocumentKind.choices)


class DocumentSerializer(serializers.Serializer):
    kind = serializers.CharField()
    name = serializers.CharField(source="original_name")
    content_type = serializers.CharField()
    size = serializers.IntegerField()
    sha256 = serializers.CharField()
    uploaded_at = serializers.DateTimeField()


class ErrorDetailSerializer(serializers.Serializer):
    code = serializers.CharField()
    message = serializers.CharField()
    fields = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))


class ErrorSerializer(serializers.Serializer):
    """The project's one error shape."""

    error = ErrorDetailSerializer()
