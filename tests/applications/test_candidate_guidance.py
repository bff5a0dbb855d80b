"""Pages built for one candidate: the measures that fit, the document checklist, the printable
summary and its PDF, keeping what is typed, and renewing the session."""

import datetime
import io

import pytest
from pypdf import PdfReader

from applications.models import Application
from tests.applications.steps import ABOUT, CATEGORY, SPOUSE, fill_in, step_url
from tests.factories import (
    TEST_ACCESS_CODE,
    RegionFactory,
    SubmittedApplicationFactory,
    SupportMeasureFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def regions(declaration):
    kaluga = RegionFactory(
        code="RU-KLU", name_en="Kaluga Region", priority_categories=["scientist"]
    )
    tatarstan = RegionFactory(code="RU-TA", name_en="Tatarstan")
    SupportMeasureFactory(region=kaluga, slug="klu-housing", title_en="Housing in Kaluga")
    SupportMeasureFactory(
        region=kaluga,
        slug="klu-schools",
        title_en="School places in Kaluga",
        audience="family_members",
        kind="children_education",
    )
    SupportMeasureFactory(
        region=kaluga,
        slug="klu-investors",
        title_en="Tax relief for investors",
        eligible_categories=["investor"],
    )
    SupportMeasureFactory(region=tatarstan, slug="ta-housing", title_en="Housing in Tatarstan")
    return kaluga, tatarstan


def self_check(client, **answers):
    """The result page; the answers go as a POST where the view takes one, else in the URL."""
    response = client.post("/en/eligibility/", answers)
    if response.status_code == 405:
        response = client.get("/en/eligibility/", answers)
    assert response.status_code == 200
    return response.content.decode()


def look_up(client, reference):
    return client.post(
        "/en/apply/status/",
        {"reference": reference, "access_code": TEST_ACCESS_CODE, "action": "lookup"},
    )


# ---- Measures that fit and the checklist on the self-check result


def test_the_self_check_result_lists_the_measures_that_fit_with_why(client):
    page = self_check(
        client,
        declaration="yes",
        category="scientist",
        family="children",
        region="RU-KLU",
        category_fit="yes",
    )

    assert "Support measures that fit you" in page
    assert "Housing in Kaluga" in page
    assert "School places in Kaluga" in page
    assert "You move with children: it helps with school and kindergarten places." in page
    assert "Tax relief for investors" not in page
    assert "Housing in Tatarstan" not in page


def test_the_self_check_result_has_a_printable_checklist_for_the_category(client):
    scientist = self_check(
        client, declaration="yes", category="scientist", family="alone", category_fit="yes"
    )
    investor = self_check(
        client, declaration="yes", category="investor", family="alone", category_fit="yes"
    )

    assert "Your document checklist" in scientist
    assert "A list of your publications, with links or DOIs" in scientist
    assert "Proof of the funds you plan to invest" not in scientist
    assert "Proof of the funds you plan to invest" in investor
    assert 'src="/static/js/print.js"' in scientist
    assert "style=" not in scientist


def test_no_measures_or_checklist_without_a_category(client):
    page = self_check(client, declaration="yes", category="none", family="alone")

    assert "Support measures that fit you" not in page
    assert "Your document checklist" not in page


# ---- The status page


def test_the_status_page_lists_the_measures_that_fit_the_case(client, regions):
    kaluga, _tatarstan = regions
    application = SubmittedApplicationFactory(regions=[kaluga], category="investor")
    look_up(client, application.reference)

    page = client.get("/en/apply/status/").content.decode()

    assert "Tax relief for investors" in page
    assert "It is meant for your category: Investor." in page
    assert "School places in Kaluga" not in page  # no children in this case
    assert "Housing in Tatarstan" not in page


def test_a_closed_case_lists_no_measures(client, regions):
    kaluga, _tatarstan = regions
    application = SubmittedApplicationFactory(regions=[kaluga], status="withdrawn")
    look_up(client, application.reference)

    page = client.get("/en/apply/status/").content.decode()

    assert "Support measures that fit you" not in page
    assert "Printable summary of your application" in page


# ---- The draft's checklist


def test_the_draft_saves_a_checklist_built_from_its_category_and_family(client):
    fill_in(client, 1, ABOUT)
    fill_in(client, 2, CATEGORY)
    fill_in(client, 3, SPOUSE)

    draft = Application.objects.get()
    assert draft.document_checklist["items"] == [
        "passport",
        "cv",
        "research_degree",
        "publications",
        "affiliation_letter",
        "marriage_certificate",
        "spouse_passport",
    ]
    page = client.get(step_url(5)).content.decode()
    assert "Ihre Heiratsurkunde" in page or "Your marriage certificate" in page


def test_ticking_checklist_items_is_saved_in_the_draft(client):
    fill_in(client, 1, ABOUT)
    fill_in(client, 2, CATEGORY)

    response = client.post("/en/apply/checklist/", {"ready": ["passport", "not-an-item"]})

    assert response.status_code == 302
    draft = Application.objects.get()
    assert draft.document_checklist["ready"] == ["passport"]
    page = client.get("/en/apply/checklist/").content.decode()
    assert 'value="passport" id="ready-passport" checked' in page
    assert 'value="cv" id="ready-cv" aria' in page


def test_a_new_category_keeps_the_ticks_that_still_apply(client):
    fill_in(client, 1, ABOUT)
    fill_in(client, 2, CATEGORY)
    client.post("/en/apply/checklist/", {"ready": ["passport", "publications"]})

    fill_in(
        client,
        2,
        {
            "category": "investor",
            "evidence_for": "investor",
            "evidence-planned_investment": "100000",
            "evidence-currency": "EUR",
            "evidence-sector": "Agriculture",
        },
    )

    saved = Application.objects.get().document_checklist
    assert saved["items"] == ["passport", "cv", "proof_of_funds", "investment_plan"]
    assert saved["ready"] == ["passport"]


def test_the_checklist_page_needs_a_draft(client):
    assert client.get("/en/apply/checklist/")["Location"] == "/en/apply/step/1/"


# ---- Printable summary and PDF


def test_the_summary_needs_the_reference_and_access_code(client):
    SubmittedApplicationFactory()

    assert client.get("/en/apply/status/summary/")["Location"] == "/en/apply/status/"
    assert client.get("/en/apply/status/summary.pdf")["Location"] == "/en/apply/status/"


def test_the_summary_page_shows_the_answers_after_the_lookup(client):
    application = SubmittedApplicationFactory(first_name="Jürgen", last_name="Müller")
    look_up(client, application.reference)

    page = client.get("/de/apply/status/summary/").content.decode()

    assert "Jürgen" in page
    assert application.reference in page
    assert "style=" not in page


def test_the_pdf_renders_cyrillic_cjk_arabic_and_accented_latin(client):
    application = SubmittedApplicationFactory(
        first_name="李", last_name="小龙", preferred_language="ru"
    )
    application.family_members.create(
        relation="spouse",
        first_name="Jürgen",
        last_name="Ødegård",
        date_of_birth=datetime.date(1980, 2, 3),
        citizenship="NO",
    )
    application.family_members.create(
        relation="child",
        first_name="محمد",
        last_name="Li",
        date_of_birth=datetime.date(2012, 2, 3),
        citizenship="EG",
    )
    look_up(client, application.reference)

    response = client.get("/ru/apply/status/summary.pdf")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'attachment; filename="{application.reference}.pdf"'
    )
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "李" in text and "小龙" in text
    assert "Jürgen Ødegård" in text
    assert "محمد" in text
    assert "Заявка" in text and "Категория" in text
    assert application.reference in text


def test_the_session_that_submitted_can_read_its_summary(client):
    from tests.applications.steps import DECLARATION, NO_FAMILY, WHERE

    for step, data in ((1, ABOUT), (2, CATEGORY), (3, NO_FAMILY), (4, WHERE), (6, DECLARATION)):
        fill_in(client, step, data)
    client.post(step_url(5), {"action": "next"})
    response = fill_in(client, 7, {}, action="submit")
    assert response.status_code in (200, 302)

    application = Application.objects.get()
    assert application.reference
    done = client.get(response["Location"]) if response.status_code == 302 else response
    assert "/de/apply/status/summary.pdf" in done.content.decode()
    page = client.get("/de/apply/status/summary/").content.decode()
    assert "Juergen" in page
    assert client.get("/de/apply/status/summary.pdf").status_code == 200
    # The status page itself still asks for the reference and access code.
    assert 'name="access_code"' in client.get("/de/apply/status/").content.decode()
    client.post("/de/apply/status/", {"action": "forget"})
    assert client.get("/de/apply/status/summary/").status_code == 302


# ---- Keeping what is typed


def test_what_is_typed_is_kept_in_the_draft_and_shown_again_without_errors(client):
    fill_in(client, 1, ABOUT)
    fill_in(client, 2, CATEGORY)

    typed = {"category": "scientist", "evidence_for": "scientist", "evidence-field": "Optics"}
    response = client.post("/en/apply/step/2/keep/", typed)

    assert response.status_code == 204
    assert Application.objects.get().pending_steps["2"]["evidence-field"] == ["Optics"]
    page = client.get("/ru/apply/step/2/").content.decode()
    assert 'value="Optics"' in page
    assert "errorlist" not in page


def test_saving_the_step_forgets_what_was_kept(client):
    fill_in(client, 1, ABOUT)
    client.post("/en/apply/step/2/keep/", {"category": "investor"})

    fill_in(client, 2, CATEGORY)

    assert Application.objects.get().pending_steps == {}
    assert 'value="TU Wien"' in client.get("/en/apply/step/2/").content.decode()


def test_the_first_step_is_kept_in_the_session_before_there_is_a_draft(client):
    response = client.post("/en/apply/step/1/keep/", {"first_name": "Иван"})

    assert response.status_code == 204
    assert not Application.objects.exists()
    page = client.get("/de/apply/step/1/").content.decode()
    assert 'value="Иван"' in page
    assert "errorlist" not in page


def test_the_last_save_of_an_idle_session_ends_it(client):
    fill_in(client, 1, ABOUT)

    response = client.post(
        "/en/apply/step/2/keep/", {"evidence-field": "Optics", "end_session": "1"}
    )

    assert response.status_code == 204
    assert Application.objects.get().pending_steps["2"] == {"evidence-field": ["Optics"]}
    assert "applications.draft" not in client.session
    assert client.get("/en/apply/step/2/")["Location"] == "/en/apply/step/1/"


def test_steps_with_uploads_or_a_signature_are_not_kept(client):
    fill_in(client, 1, ABOUT)
    assert client.post("/en/apply/step/5/keep/", {}).status_code == 404
    assert client.post("/en/apply/step/6/keep/", {}).status_code == 404
    assert client.get("/en/apply/step/1/keep/").status_code == 405


def test_the_step_form_carries_the_autosave_address_and_the_timeout_dialog(client):
    page = client.get("/en/apply/step/1/").content.decode()

    assert 'data-autosave="/en/apply/step/1/keep/"' in page
    assert "data-session-timeout" in page
    assert 'src="/static/js/session-timeout.js"' in page
    assert "<script>" not in page


# ---- Renewing the session


def test_extending_the_session_answers_its_new_age(client, settings):
    settings.SESSION_COOKIE_AGE = 600
    client.get("/en/apply/step/1/")

    response = client.post("/en/apply/session/", HTTP_ACCEPT="application/json")

    assert response.status_code == 200
    assert response.json() == {"expires_in": 600}


def test_extending_without_javascript_goes_back_to_a_local_page_only(client):
    back = client.post("/en/apply/session/", {"next": "/en/apply/step/3/"})
    elsewhere = client.post("/en/apply/session/", {"next": "https://evil.example/"})

    assert back["Location"] == "/en/apply/step/3/"
    assert elsewhere["Location"] == "/en/apply/"


def test_a_nul_byte_is_refused_and_nothing_is_kept(client):
    fill_in(client, 1, ABOUT)

    response = client.post("/en/apply/step/2/keep/", {"evidence-field": "Op\x00tics"})

    # The request guard refuses a NUL in any form field before the view runs (contract).
    assert response.status_code == 400
    assert "2" not in Application.objects.get().pending_steps


def test_an_overlong_value_is_kept_cut_to_size(client):
    fill_in(client, 1, ABOUT)

    response = client.post("/en/apply/step/2/keep/", {"evidence-publications": "x" * 9000})

    assert response.status_code == 204
    kept = Application.objects.get().pending_steps["2"]
    assert len(kept["evidence-publications"][0]) == 5000


def test_the_summary_and_checklist_answer_head(client):
    application = SubmittedApplicationFactory()
    look_up(client, application.reference)

    assert client.head("/en/apply/status/summary/").status_code == 200
    assert client.head("/en/apply/status/summary.pdf").status_code == 200
