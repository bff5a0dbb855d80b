"""The self-check against the programme's two criteria: guidance only, nothing is stored."""

from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext_lazy as _

from applications.forms import RegionChoiceField
from portal.categories import Category

NO_CATEGORY = "none"

CATEGORY_QUESTIONS = {
    Category.QUALIFIED_PROFESSIONAL: _(
        "Do you work in an in-demand profession (for example medicine or IT) and have several "
        "years of experience in it?"
    ),
    Category.SCIENTIST: _(
        "Do you work in research, with a research degree or publications in your field?"
    ),
    Category.INVESTOR: _("Are you ready to invest in a business or project in Russia?"),
    Category.ENTREPRENEUR: _(
        "Do you run a business, or have a concrete plan to open one in Russia?"
    ),
    Category.CREATIVE_PROFESSIONAL: _(
        "Do you work professionally in a creative field, with work you can show?"
    ),
    Category.STUDENT_GRADUATE: _(
        "Are you studying at a university, or did you graduate from one recently?"
    ),
    Category.OUTSTANDING_TALENT: _(
        "Do you have achievements recognised nationally or internationally, such as awards, "
        "prizes or records?"
    ),
}


class EligibilityForm(forms.Form):
    declaration = forms.ChoiceField(
        label=_(
            "Are you ready to sign a declaration that you share traditional Russian spiritual "
            "and moral values?"
        ),
        choices=[("yes", _("Yes")), ("unsure", _("I am not sure yet")), ("no", _("No"))],
        widget=forms.RadioSelect,
    )
    category = forms.ChoiceField(
        label=_("Which category describes you best?"),
        choices=[*Category.choices, (NO_CATEGORY, _("None of these"))],
        widget=forms.RadioSelect,
    )
    family = forms.ChoiceField(
        label=_("Who would move with you?"),
        choices=[
            ("alone", _("Nobody, I would move alone")),
            ("spouse", _("My spouse")),
            ("children", _("My children")),
            ("spouse_children", _("My spouse and children")),
        ],
        widget=forms.RadioSelect,
    )
    region = RegionChoiceField(
        label=_("Do you already have a region in mind?"),
        required=False,
        empty_label=_("Not decided yet"),
    )
    category_fit = forms.ChoiceField(
        label=_("About your category"),
        choices=[("yes", _("Yes")), ("partly", _("Partly")), ("no", _("No"))],
        widget=forms.RadioSelect,
        required=False,
    )

    def __init__(self, *args, regions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = regions

    def needs_category_question(self) -> bool:
        """After the first answers: ask the question of the chosen category, unless moot."""
        data = self.cleaned_data
        return (
            not data.get("category_fit")
            and data["category"] != NO_CATEGORY
            and data["declaration"] != "no"
        )

    def category_question(self):
        return CATEGORY_QUESTIONS.get(self.cleaned_data.get("category"))


@dataclass
class Assessment:
    fit: str  # "good", "possible" or "not_yet"
    points: list = field(default_factory=list)
    category: str = ""
    region: object = None


def assess(answers: dict) -> Assessment:
    """How the answers meet the two criteria, with the reasons, in plain words."""
    declaration, category = answers["declaration"], answers["category"]
    category_fit = answers.get("category_fit") or "yes"
    points = []
    fit = "good"
    if declaration == "no":
        fit = "not_yet"
        points.append(
            _(
                "The first criterion is shared values, confirmed by signing the values "
                "declaration. Without it an application cannot be accepted."
            )
        )
    elif declaration == "unsure":
        fit = "possible"
        points.append(
            _(
                "Read the values declaration before you apply: you sign it as part of the form, "
                "and it confirms the first criterion."
            )
        )
    if category == NO_CATEGORY:
        fit = "not_yet"
        points.append(
            _(
                "The second criterion is belonging to one of the programme's categories. If "
                "none fits you today, the programme may not be the right path yet."
            )
        )
    elif category_fit != "yes":
        fit = "possible" if fit == "good" else fit
        points.append(
            _(
                "Your answer suggests the evidence for this category may be thin. Describe your "
                "experience carefully in the form, or check whether another category fits better."
            )
        )
    if answers.get("family") in ("spouse", "children", "spouse_children"):
        points.append(
            _("Your family members can be included in your application, in step 3 of the form.")
        )
    region = answers.get("region")
    if region is not None and category in (region.priority_categories or []):
        points.append(
            _("%(region)s lists your category among its priorities.") % {"region": region.name}
        )
    return Assessment(
        fit=fit, points=points, category="" if category == NO_CATEGORY else category, region=region
    )
