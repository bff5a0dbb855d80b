"""The candidate's document checklist: what to prepare, from the category, evidence and family."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from applications.models import DocumentKind
from portal.categories import Category

FAMILY_ANSWERS = ("alone", "spouse", "children", "spouse_children")


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    title: str
    why: str
    kind: str  # the DocumentKind to upload it as


_EVERYONE = _("Every candidate needs it.")
_FOR_CATEGORY = _("It is the evidence for your category.")

ITEMS = {
    item.key: item
    for item in [
        ChecklistItem(
            "passport",
            _("Your passport: the page with your photo and personal data"),
            _("It proves who you are and your citizenship; every candidate needs it."),
            DocumentKind.PASSPORT,
        ),
        ChecklistItem("cv", _("A CV"), _EVERYONE, DocumentKind.CV),
        ChecklistItem(
            "diploma",
            _("Your highest diploma, with its transcript"),
            _("It shows your qualification."),
            DocumentKind.DIPLOMA,
        ),
        ChecklistItem(
            "work_record",
            _("Proof of your work experience: employment record or employers' references"),
            _FOR_CATEGORY,
            DocumentKind.CATEGORY_EVIDENCE,
        ),
        ChecklistItem(
            "job_offer",
            _("The job offer from your employer in Russia"),
            _("You said you have a job offer."),
            DocumentKind.CATEGORY_EVIDENCE,
        ),
        ChecklistItem(
            "research_degree",
            _("Your research degree certificate (PhD, Candidate or Doctor of Sciences)"),
            _FOR_CATEGORY,
            DocumentKind.DIPLOMA,
        ),
        ChecklistItem(
            "publications",
            _("A list of your publications, with links or DOIs"),
            _FOR_CATEGORY,
            DocumentKind.CATEGORY_EVIDENCE,
        ),
        ChecklistItem(
            "affiliation_letter",
            _("A letter from your university or institute"),
            _FOR_CATEGORY,
            DocumentKind.CATEGORY_EVIDENCE,
        ),
        ChecklistItem(
            "proof_of_funds",
            _("Proof of the funds you plan to invest, such as a bank statement"),
            _FOR_CATEGORY,
            DocumentKind.CATEGORY_EVIDENCE,
        ),
        ChecklistItem(
            "investment_plan",
            _("Your investment plan: the project, the sector and the amount"),
            _FOR_CATEGORY,
            DocumentKind.CATEGORY_EVIDENCE,
        ),
        ChecklistItem(
            "business_plan",
            _("Your business plan"),
            _FOR_CATEGORY,
            DocumentKind.CATEGORY_EVIDENCE,
        ),
        ChecklistItem(
            "business_registration",
            _("The registration documents of the business you run today"),
            _("You said you run a business today."),
            DocumentKind.CATEGORY_EVIDENCE,
        ),
        ChecklistItem(
            "portfolio",
            _("Your portfolio, or a link to it"),
            _FOR_CATEGORY,
            DocumentKind.CATEGORY_EVIDENCE,
        ),
        ChecklistItem(
            "recognition",
            _("Proof of recognition: exhibitions, performances, publications or contracts"),
            _FOR_CATEGORY,
            DocumentKind.CATEGORY_EVIDENCE,
        ),
        ChecklistItem(
            "enrolment",
            _("Your certificate of enrolment or your degree certificate"),
            _FOR_CATEGORY,
            DocumentKind.DIPLOMA,
        ),
        ChecklistItem(
            "transcript",
            _("Your transcript of grades"),
            _FOR_CATEGORY,
            DocumentKind.CATEGORY_EVIDENCE,
        ),
        ChecklistItem(
            "awards",
            _("Proof of your awards, prizes or records"),
            _FOR_CATEGORY,
            DocumentKind.CATEGORY_EVIDENCE,
        ),
        ChecklistItem(
            "press",
            _("Press coverage or letters that recognise your achievements"),
            _FOR_CATEGORY,
            DocumentKind.CATEGORY_EVIDENCE,
        ),
        ChecklistItem(
            "marriage_certificate",
            _("Your marriage certificate"),
            _("Your spouse moves with you."),
            DocumentKind.OTHER,
        ),
        ChecklistItem(
            "spouse_passport",
            _("Your spouse's passport"),
            _("Your spouse moves with you."),
            DocumentKind.OTHER,
        ),
        ChecklistItem(
            "birth_certificates",
            _("Your children's birth certificates"),
            _("Your children move with you."),
            DocumentKind.OTHER,
        ),
        ChecklistItem(
            "school_records",
            _("Your children's latest school or kindergarten records"),
            _("They help the region find school and kindergarten places."),
            DocumentKind.OTHER,
        ),
    ]
}

CATEGORY_ITEMS = {
    Category.QUALIFIED_PROFESSIONAL: ["diploma", "work_record"],
    Category.SCIENTIST: ["research_degree", "publications", "affiliation_letter"],
    Category.INVESTOR: ["proof_of_funds", "investment_plan"],
    Category.ENTREPRENEUR: ["business_plan"],
    Category.CREATIVE_PROFESSIONAL: ["portfolio", "recognition"],
    Category.STUDENT_GRADUATE: ["enrolment", "transcript"],
    Category.OUTSTANDING_TALENT: ["awards", "press"],
}


def document_checklist(*, category: str, family: str, details: dict | None = None) -> list:
    """The documents to prepare, in the order to gather them, each with why it is needed.

    `family` is a self-check answer (alone, spouse, children, spouse_children); `details` the
    category's evidence so far, which can add items (a job offer, a business run today).
    """
    details = details or {}
    keys = ["passport", "cv", *CATEGORY_ITEMS.get(category, [])]
    if category == Category.QUALIFIED_PROFESSIONAL and details.get("job_offer") == "yes":
        keys.append("job_offer")
    if category == Category.ENTREPRENEUR and details.get("current_business"):
        keys.append("business_registration")
    if family in ("spouse", "spouse_children"):
        keys += ["marriage_certificate", "spouse_passport"]
    if family in ("children", "spouse_children"):
        keys += ["birth_certificates", "school_records"]
    return [ITEMS[key] for key in keys]


def family_from_relations(relations) -> str:
    """The self-check's family answer for a set of family-member relations."""
    relations = set(relations)
    spouse, children = "spouse" in relations, "child" in relations
    if spouse and children:
        return "spouse_children"
    return "spouse" if spouse else "children" if children else "alone"


def items_from_keys(keys) -> list:
    """Saved item keys back to items; keys no longer known are skipped."""
    return [ITEMS[key] for key in keys or [] if key in ITEMS]
