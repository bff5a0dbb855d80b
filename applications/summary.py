"""The submitted application as the candidate reads it: sections for the printable page and
the PDF, in the active language. The PDF embeds fonts shipped in applications/fonts/."""

from dataclasses import dataclass
from pathlib import Path

from django.template.defaultfilters import capfirst
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from fpdf import FPDF

from applications.evidence import evidence_summary
from applications.models import Application, SupportKind
from portal.categories import Category

FONTS = Path(__file__).resolve().parent / "fonts"


@dataclass(frozen=True)
class Section:
    title: str
    rows: list  # (label, value)


def _label(name: str) -> str:
    return capfirst(Application._meta.get_field(name).verbose_name)


def _date(value) -> str:
    return formats.date_format(value, "DATE_FORMAT") if value else ""


def _datetime(value) -> str:
    if not value:
        return ""
    local = timezone.localtime(value)
    return f"{formats.date_format(local, 'DATETIME_FORMAT')} ({local.tzname()})"


def summary_sections(application: Application) -> list[Section]:
    """Every answer of the case, grouped as the form asked for them; empty answers left out."""
    a = application
    about = [
        (_label("first_name"), a.first_name),
        (_label("last_name"), a.last_name),
        (_label("first_name_latin"), a.first_name_latin),
        (_label("last_name_latin"), a.last_name_latin),
        (_label("first_name_cyrillic"), a.first_name_cyrillic),
        (_label("last_name_cyrillic"), a.last_name_cyrillic),
        (_label("date_of_birth"), _date(a.date_of_birth)),
        (_label("citizenship"), a.citizenship.name if a.citizenship else ""),
        (
            _label("country_of_residence"),
            a.country_of_residence.name if a.country_of_residence else "",
        ),
        (_label("email"), a.email),
        (_label("phone"), a.phone),
        (_label("preferred_language"), a.get_preferred_language_display()),
        (_label("occupation"), a.occupation),
    ]
    category = Category(a.category).label if a.category in Category.values else ""
    evidence = [(_label("category"), category), *evidence_summary(a.category, a.category_details)]
    family = [
        (
            member.get_relation_display(),
            f"{member.first_name} {member.last_name}, {_date(member.date_of_birth)}, "
            f"{member.citizenship.name}",
        )
        for member in a.family_members.all()
    ]
    regions = ", ".join(
        f"{choice.position}. {choice.region.name}" for choice in a.region_choices.all()
    )
    support = ", ".join(
        str(SupportKind(value).label) for value in a.support_wanted if value in SupportKind.values
    )
    where = [
        (_label("preferred_regions"), regions),
        (_label("russian_level"), a.get_russian_level_display() if a.russian_level else ""),
        (_label("timeline"), a.get_timeline_display() if a.timeline else ""),
        (_label("support_wanted"), support),
    ]
    documents = [
        (document.get_kind_display(), document.original_name) for document in a.documents.all()
    ]
    declaration = [
        (_label("declaration_version"), str(a.declaration_version or "")),
        (_label("declaration_accepted_at"), _datetime(a.declaration_accepted_at)),
        (_label("signature_name"), a.signature_name),
        (_label("personal_data_consent_at"), _datetime(a.personal_data_consent_at)),
    ]
    case = [
        (_label("reference"), a.reference or ""),
        (_label("status"), a.get_status_display()),
        (_label("submitted_at"), _datetime(a.submitted_at)),
    ]
    sections = [
        Section(_("Your application"), case),
        Section(_("About you"), about),
        Section(_("Category and evidence"), evidence),
        Section(_("Family members"), family),
        Section(_("Where and how"), where),
        Section(_("Documents"), documents),
        Section(_("Declaration and consent"), declaration),
    ]
    return [
        Section(section.title, [(str(label), str(value)) for label, value in section.rows if value])
        for section in sections
    ]


def summary_pdf(application: Application, *, language: str) -> bytes:
    """The summary as an A4 PDF; Latin, Cyrillic, Greek and Arabic from DejaVu Sans, anything
    else (Chinese, Japanese, Korean) from Droid Sans Fallback."""
    pdf = FPDF(format="A4")
    pdf.set_title(_("Application %(reference)s") % _reference(application))
    pdf.set_lang(language)
    pdf.set_creator(_("Time to Live in Russia"))
    pdf.add_font("dejavu", "", FONTS / "DejaVuSans.ttf")
    pdf.add_font("dejavu", "B", FONTS / "DejaVuSans-Bold.ttf")
    pdf.add_font("droid", "", FONTS / "DroidSansFallbackFull.ttf")
    pdf.set_fallback_fonts(["droid"], exact_match=False)
    # HarfBuzz joins Arabic letters and orders right-to-left text ("محمد").
    pdf.set_text_shaping(True)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("dejavu", "", 10)
    pdf.cell(0, 6, _("Time to Live in Russia"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dejavu", "B", 16)
    title = _("Application %(reference)s") % _reference(application)
    pdf.multi_cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
    for section in summary_sections(application):
        if not section.rows:
            continue
        pdf.ln(3)
        pdf.set_font("dejavu", "B", 12)
        pdf.multi_cell(0, 7, section.title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dejavu", "", 10)
        with pdf.table(
            col_widths=(2, 3),
            first_row_as_headings=False,
            line_height=5,
            text_align="LEFT",
            padding=1,
        ) as table:
            for label, value in section.rows:
                row = table.row()
                row.cell(label)
                row.cell(value)
    pdf.ln(4)
    pdf.set_font("dejavu", "", 8)
    pdf.multi_cell(
        0,
        4,
        _("Printed on %(date)s. This summary is a copy for your records, not a decision.")
        % {"date": _datetime(timezone.now())},
    )
    return bytes(pdf.output())


def _reference(application) -> dict:
    return {"reference": application.reference or ""}
