"""The forms of the candidate's pages: the seven steps, the self-check and the status page."""

from django import forms
from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField
from modeltranslation.utils import build_localized_fieldname, resolution_order

from applications import rules
from applications.models import DocumentKind, FamilyRelation, RussianLevel, SupportKind, Timeline
from applications.uploads import MAX_DOCUMENT_BYTES, InspectedUpload, inspect_upload
from portal.categories import Category
from portal.errors import DomainError

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATE_HELP = _("For example 1990-05-17 (year-month-day).")
CERTIFIED_HELP = _("Confirmed by Gosuslugi: it cannot be changed here.")
NAME_HELP = _("As you write it, in any alphabet.")
LATIN_HELP = _(
    "Latin letters as in the machine-readable zone of your passport. Leave it empty and we "
    "spell it by the international rules (ICAO Doc 9303); you can check it afterwards."
)


def country_choices():
    """Countries named and sorted in the language of this request (not of the start-up)."""
    return [("", "—"), *countries]


def country_field(label, required=True, **kwargs):
    return LazyTypedChoiceField(label=label, choices=country_choices, required=required, **kwargs)


def _upload_help() -> str:
    return _("PDF, JPEG or PNG, at most %(mb)s MB.") % {"mb": MAX_DOCUMENT_BYTES // 2**20}


UPLOAD_HELP = lazy(_upload_help, str)()


def language_choices():
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class AboutYouForm(forms.Form):
    """Step 1."""

    first_name = forms.CharField(
        label=_("First name(s)"),
        max_length=100,
        help_text=NAME_HELP,
        validators=[rules.validate_person_name],
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=100,
        help_text=NAME_HELP,
        validators=[rules.validate_person_name],
    )
    first_name_latin = forms.CharField(
        label=_("First name(s) as in the passport (optional)"),
        max_length=100,
        required=False,
        help_text=LATIN_HELP,
        validators=[rules.validate_latin_name],
    )
    last_name_latin = forms.CharField(
        label=_("Last name as in the passport (optional)"),
        max_length=100,
        required=False,
        help_text=LATIN_HELP,
        validators=[rules.validate_latin_name],
    )
    first_name_cyrillic = forms.CharField(
        label=_("First name in Cyrillic (optional)"),
        max_length=100,
        required=False,
        validators=[rules.validate_cyrillic_name],
    )
    last_name_cyrillic = forms.CharField(
        label=_("Last name in Cyrillic (optional)"),
        max_length=100,
        required=False,
        validators=[rules.validate_cyrillic_name],
    )
    date_of_birth = forms.DateField(
        label=_("Date of birth"),
        widget=DATE_INPUT,
        input_formats=["%Y-%m-%d"],
        help_text=DATE_HELP,
        validators=[rules.validate_birth_date],
    )
    citizenship = country_field(_("Citizenship"))
    country_of_residence = country_field(_("Country where you live now"), required=False)
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        help_text=_("We send the link to continue your application and every update here."),
    )
    phone = forms.CharField(
        label=_("Phone (optional)"),
        max_length=32,
        required=False,
        help_text=_("With the country code, for example +49 30 1234567."),
        validators=[rules.validate_phone],
    )
    preferred_language = forms.ChoiceField(
        label=_("Language for our emails"), choices=language_choices
    )

    def __init__(self, *args, certified=(), **kwargs):
        super().__init__(*args, **kwargs)
        # What a confirmed Gosuslugi account certifies is shown, not edited.
        for name in certified:
            if name in self.fields:
                self.fields[name].disabled = True
                self.fields[name].help_text = CERTIFIED_HELP

    def clean(self):
        data = super().clean()
        if self.errors.keys() & {"first_name", "last_name"}:
            return data
        typed = {name: data.get(name, "") for name in ("first_name_latin", "last_name_latin")}
        try:
            data.update(
                rules.passport_spelling(
                    first_name=data["first_name"], last_name=data["last_name"], **typed
                )
            )
        except forms.ValidationError as error:
            for name, messages in error.message_dict.items():
                if name not in self.errors:
                    self.add_error(name, messages)
        self.spelling_derived = [name for name, value in typed.items() if not value]
        return data


class CategoryForm(forms.Form):
    """Step 2, first part: the category; its evidence form comes from applications.evidence."""

    category = forms.ChoiceField(
        label=_("Your category"),
        choices=Category.choices,
        widget=forms.RadioSelect,
        help_text=_("Choose the one that fits you best."),
    )


class FamilyMemberForm(forms.Form):
    """Step 3: one person coming along."""

    relation = forms.ChoiceField(label=_("Relation"), choices=FamilyRelation.choices)
    first_name = forms.CharField(
        label=_("First name(s)"),
        max_length=100,
        help_text=NAME_HELP,
        validators=[rules.validate_person_name],
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=100,
        validators=[rules.validate_person_name],
    )
    date_of_birth = forms.DateField(
        label=_("Date of birth"),
        widget=DATE_INPUT,
        input_formats=["%Y-%m-%d"],
        help_text=DATE_HELP,
        validators=[rules.validate_birth_date],
    )
    citizenship = country_field(_("Citizenship"))


FamilyFormSet = forms.formset_factory(
    FamilyMemberForm,
    extra=0,
    can_delete=True,
    max_num=rules.MAX_FAMILY_MEMBERS,
    validate_max=True,
)


class RegionChoiceIterator(forms.models.ModelChoiceIterator):
    """A region's option straight from the database's values: its code, and its name in the
    page's language or the next one that has it (the same fallback as `region.name`). A form
    page builds ~90 options on every view; a model instance per option would cost more than
    the rest of the page."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        names = [
            build_localized_fieldname("name", language)
            for language in resolution_order(get_language())
        ]
        for code, *translations in self.queryset.values_list("code", *names):
            yield (code, next((name for name in translations if name), code))


class RegionChoiceField(forms.ModelChoiceField):
    """A published region, chosen by its code."""

    iterator = RegionChoiceIterator

    def __init__(self, **kwargs):
        super().__init__(queryset=None, to_field_name="code", **kwargs)

    def label_from_instance(self, region):
        return region.name or region.code


class WhereAndHowForm(forms.Form):
    """Step 4."""

    region_1 = RegionChoiceField(label=_("First choice of region"))
    region_2 = RegionChoiceField(label=_("Second choice (optional)"), required=False)
    region_3 = RegionChoiceField(label=_("Third choice (optional)"), required=False)
    russian_level = forms.ChoiceField(
        label=_("Your Russian"),
        choices=[("", "—"), *RussianLevel.choices],
        help_text=_("Levels of the Common European Framework of Reference."),
    )
    timeline = forms.ChoiceField(
        label=_("When would you like to move?"), choices=Timeline.choices, widget=forms.RadioSelect
    )
    support_wanted = forms.MultipleChoiceField(
        label=_("Support you would like"),
        choices=SupportKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, regions, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("region_1", "region_2", "region_3"):
            self.fields[name].queryset = regions

    def clean(self):
        data = super().clean()
        chosen = [data.get(name) for name in ("region_1", "region_2", "region_3")]
        seen = set()
        for name, region in zip(("region_1", "region_2", "region_3"), chosen, strict=True):
            if region is None:
                continue
            if region.pk in seen:
                self.add_error(name, _("You chose this region already."))
            seen.add(region.pk)
        return data

    def regions(self) -> list:
        chosen = [self.cleaned_data.get(name) for name in ("region_1", "region_2", "region_3")]
        return [region for region in chosen if region is not None]


class DocumentUploadForm(forms.Form):
    """Step 5 and the status page: one file at a time, checked again by its content."""

    kind = forms.ChoiceField(label=_("What is it?"), choices=DocumentKind.choices)
    file = forms.FileField(
        label=_("File"),
        help_text=UPLOAD_HELP,
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}),
    )

    def clean_file(self):
        return inspected_or_invalid(self.cleaned_data["file"])


class DeclarationForm(forms.Form):
    """Step 6: the declaration, signed by typing the full name, and the separate consent."""

    values_declaration_accepted = forms.BooleanField(
        label=_("I have read the declaration above, share these values and sign it."),
        required=False,
    )
    signature_name = forms.CharField(
        label=_("Your signature: type your full name"),
        max_length=201,
        help_text=_("First name then last name, as in step 1."),
    )
    personal_data_consent = forms.BooleanField(
        label=_(
            "I consent to the processing of my personal data for the review of my application."
        ),
        required=False,
    )

    def __init__(self, *args, first_name: str, last_name: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.names = {"first_name": first_name, "last_name": last_name}

    def clean(self):
        data = super().clean()
        errors = rules.declaration_errors(
            declaration_accepted=data.get("values_declaration_accepted", False),
            signature_name=data.get("signature_name", ""),
            consent_given=data.get("personal_data_consent", False),
            **self.names,
        )
        for name, messages in errors.items():
            if name not in self.errors:
                self.add_error(name, messages)
        return data


class StatusLookupForm(forms.Form):
    reference = forms.CharField(
        label=_("Reference"), max_length=20, help_text=_("For example TLR-2026-000123.")
    )
    access_code = forms.CharField(
        label=_("Access code"),
        max_length=30,
        help_text=_("From the confirmation page or email, for example K7QM-2XHD-9RTA."),
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
    )

    def clean_reference(self):
        return self.cleaned_data["reference"].strip().upper()


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (Django's documented pattern); cleans to a list."""

    def __init__(self, *args, max_files: int, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)
        self.max_files = max_files

    def clean(self, data, initial=None):
        files = [item for item in (data if isinstance(data, list | tuple) else [data]) if item]
        if not files:
            return super().clean(None, initial) or []
        if len(files) > self.max_files:
            raise forms.ValidationError(
                _("Attach at most %(count)s files at once.") % {"count": self.max_files}
            )
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class InformationAnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Your answer"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6})
    )
    files = MultipleFileField(
        label=_("Documents with your answer (optional)"),
        required=False,
        max_files=5,
        help_text=_("Up to 5 files: PDF, JPEG or PNG, at most 10 MB each."),
    )

    def clean_files(self):
        return [inspected_or_invalid(upload) for upload in self.cleaned_data["files"]]


class WithdrawForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, withdraw my application. I understand this cannot be undone."),
        error_messages={"required": _("Tick the box to confirm the withdrawal.")},
    )


def inspected_or_invalid(upload) -> InspectedUpload:
    """The upload checked by `inspect_upload`; its refusal as this field's error."""
    try:
        return inspect_upload(upload)
    except DomainError as refused:
        raise forms.ValidationError(refused.message, code=refused.code) from refused


def add_domain_errors(form: forms.Form, error) -> None:
    """Show a service's DomainError on the form: on its fields, else at the top."""
    if not error.fields:
        form.add_error(None, error.message)
    for name, messages in error.fields.items():
        for message in messages:
            form.add_error(name if name in form.fields else None, message)
