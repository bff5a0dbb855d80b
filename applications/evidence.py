"""Evidence for each category (criterion 2): one form per category, stored as JSON details."""

from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.categories import Category
from portal.money import format_money

LONG_TEXT = 5000
YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class EvidenceForm(forms.Form):
    """Category-specific questions; `details()` is what the case stores."""

    prefix = "evidence"

    def details(self) -> dict:
        return {
            name: str(value) if isinstance(value, Decimal) else value
            for name, value in self.cleaned_data.items()
            if value not in (None, "")
        }

    @classmethod
    def summary(cls, details: dict) -> list[tuple[str, str]]:
        """(label, value as shown) for the stored details, in the form's order."""
        form = cls()
        rows = []
        for name, field in form.fields.items():
            if details.get(name) in (None, ""):
                continue
            value = details[name]
            choices = dict(getattr(field, "choices", []) or [])
            rows.append((field.label, str(choices.get(value, value))))
        return rows


class QualifiedProfessionalEvidence(EvidenceForm):
    occupation = forms.CharField(label=_("Occupation"), max_length=200)
    years_of_experience = forms.IntegerField(
        label=_("Years of professional experience"), min_value=0, max_value=70
    )
    job_offer = forms.ChoiceField(
        label=_("Do you have a job offer from an employer in Russia?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
    )
    employer = forms.CharField(
        label=_("Employer"),
        max_length=200,
        required=False,
        help_text=_("If you have a job offer: the employer's name."),
    )


class ScientistEvidence(EvidenceForm):
    DEGREES = [
        ("master", _("Master's degree or equivalent")),
        ("phd", _("PhD or Candidate of Sciences")),
        ("doctor", _("Doctor of Sciences or habilitation")),
        ("other", _("Other")),
    ]

    field = forms.CharField(label=_("Field of research"), max_length=200)
    degree = forms.ChoiceField(label=_("Highest degree"), choices=DEGREES)
    affiliation = forms.CharField(label=_("Current university or institute"), max_length=200)
    publications = forms.CharField(
        label=_("Main publications"),
        max_length=LONG_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Up to five, one per line, with a link or DOI where there is one."),
    )


class InvestorEvidence(EvidenceForm):
    CURRENCIES = [("RUB", "RUB"), ("USD", "USD"), ("EUR", "EUR"), ("CNY", "CNY")]

    planned_investment = forms.DecimalField(
        label=_("Planned investment"), min_value=0, max_digits=15, decimal_places=0
    )
    currency = forms.ChoiceField(label=_("Currency"), choices=CURRENCIES)
    sector = forms.CharField(label=_("Sector of the investment"), max_length=200)

    @classmethod
    def summary(cls, details: dict) -> list[tuple[str, str]]:
        """The amount and its currency as one sum, in the reader's way: "250 000 €"."""
        rows = super().summary(details)
        try:
            money = format_money(Decimal(details["planned_investment"]), details["currency"])
        except (KeyError, TypeError, ValueError, ArithmeticError):
            return rows  # not a sum we can read (e.g. free text from the API): shown as is
        amount_label = cls.base_fields["planned_investment"].label
        currency_label = cls.base_fields["currency"].label
        return [
            (label, money if label == amount_label else value)
            for label, value in rows
            if label != currency_label
        ]


class EntrepreneurEvidence(EvidenceForm):
    business_idea = forms.CharField(
        label=_("Your business idea"),
        max_length=LONG_TEXT,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What you want to do in Russia, for whom, and with what resources."),
    )
    current_business = forms.CharField(
        label=_("Business you run today"), max_length=300, required=False
    )


class CreativeProfessionalEvidence(EvidenceForm):
    discipline = forms.CharField(
        label=_("Discipline"),
        max_length=200,
        help_text=_("For example music, film, literature, design or fine arts."),
    )
    portfolio_url = forms.URLField(
        label=_("Link to your portfolio"), max_length=500, required=False, assume_scheme="https"
    )


class StudentGraduateEvidence(EvidenceForm):
    institution = forms.CharField(label=_("University or school"), max_length=200)
    programme = forms.CharField(label=_("Programme of study"), max_length=200)
    graduation_year = forms.IntegerField(label=_("Year of graduation (expected or past)"))

    def clean_graduation_year(self):
        year = self.cleaned_data["graduation_year"]
        this_year = timezone.localdate().year
        if not 1950 <= year <= this_year + 8:
            raise forms.ValidationError(
                _("Enter a year between 1950 and %(last)s.") % {"last": this_year + 8}
            )
        return year


class OutstandingTalentEvidence(EvidenceForm):
    field = forms.CharField(
        label=_("Field"), max_length=200, help_text=_("For example sport, culture or technology.")
    )
    achievements = forms.CharField(
        label=_("Your achievements"),
        max_length=LONG_TEXT,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Awards, records, prizes, recognition; with links where possible."),
    )


EVIDENCE_FORMS: dict[str, type[EvidenceForm]] = {
    Category.QUALIFIED_PROFESSIONAL: QualifiedProfessionalEvidence,
    Category.SCIENTIST: ScientistEvidence,
    Category.INVESTOR: InvestorEvidence,
    Category.ENTREPRENEUR: EntrepreneurEvidence,
    Category.CREATIVE_PROFESSIONAL: CreativeProfessionalEvidence,
    Category.STUDENT_GRADUATE: StudentGraduateEvidence,
    Category.OUTSTANDING_TALENT: OutstandingTalentEvidence,
}


def evidence_summary(category: str, details: dict) -> list[tuple[str, str]]:
    """What the case holds as evidence, labelled; free text from the API as one row."""
    form_class = EVIDENCE_FORMS.get(category)
    rows = form_class.summary(details) if form_class else []
    if details.get("description"):
        rows.append((_("Details"), details["description"]))
    return rows
