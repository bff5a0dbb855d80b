"""Each page's own behaviour: the self-check, every step's validation, the status page."""

import re

import pytest
from django.core.cache import cache

from applications.models import Application, FamilyMember, StatusChange
from tests.applications.conftest import stored_files
from tests.applications.samples import exe_upload, pdf_upload
from tests.applications.steps import (
    ABOUT,
    CATEGORY,
    DECLARATION,
    SPOUSE,
    WHERE,
    fill_in,
    fill_in_steps_1_to_4,
    german,
    step_url,
)
from tests.factories import (
    TEST_ACCESS_CODE,
    InformationRequestFactory,
    RegionFactory,
    SubmittedApplicationFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def regions(declaration):
    return [
        RegionFactory(code="RU-KLU", priority_categories=["scientist"]),
        RegionFactory(code="RU-TA"),
    ]


# ---- Eligibility self-check


def check(client, **answers):
    if not answers:
        return client.get("/en/eligibility/").content.decode()
    return client.post("/en/eligibility/", answers).content.decode()


def test_the_self_check_sends_its_answers_in_the_body_not_the_address(client):
    page = check(client)

    assert re.search(r'<form method="post" action="/en/eligibility/"', page)
    # Answers put in an address anyway are not taken: only the questions are shown.
    from_url = client.get("/en/eligibility/?declaration=no&category=none&family=alone")
    assert "does not fit you yet" not in from_url.content.decode()
    assert "Are you ready to sign a declaration" in from_url.content.decode()


def test_the_self_check_asks_the_questions_first(client):
    page = check(client)

    assert "Are you ready to sign a declaration" in page
    assert 'name="category"' in page
    assert 'name="category_fit"' not in page


def test_the_self_check_then_asks_the_chosen_categorys_own_question(client):
    page = check(client, declaration="yes", category="investor", family="alone")

    assert "ready to invest in a business or project in Russia" in page
    assert 'type="hidden" name="category" value="investor"' in page


def test_both_criteria_met_is_a_good_fit_with_a_link_to_the_form(client):
    page = check(
        client, declaration="yes", category="scientist", family="alone", category_fit="yes"
    )

    assert "looks like a good fit" in page
    assert 'href="/en/apply/?category=scientist"' in page
    assert "not a legal decision" in page


def test_no_declaration_means_not_yet_and_no_link_to_the_form(client):
    page = check(client, declaration="no", category="scientist", family="alone")

    assert "does not fit you yet" in page
    assert "/en/apply/?category" not in page


def test_no_category_means_not_yet(client):
    page = check(client, declaration="yes", category="none", family="alone")

    assert "does not fit you yet" in page


def test_a_region_that_prioritises_the_category_says_so(client):
    page = check(
        client,
        declaration="yes",
        category="scientist",
        family="spouse",
        region="RU-KLU",
        category_fit="partly",
    )

    assert "may fit you" in page
    assert "lists your category among its priorities" in page
    assert "Your family members can be included" in page


def test_unanswered_questions_are_listed_at_the_top(client):
    page = check(client, declaration="yes")

    assert 'class="error-summary"' in page
    assert 'href="#id_category_0"' in page


def test_the_self_check_stores_nothing(client):
    check(client, declaration="yes", category="scientist", family="alone", category_fit="yes")

    assert not Application.objects.exists()
    assert not client.session.keys()


def test_the_form_is_not_told_an_unknown_category(client):
    client.get("/en/apply/?category=astronaut")

    assert "applications.category" not in client.session


# ---- Each step's validation


def test_step_1_takes_a_name_with_accents_and_shows_its_passport_spelling_to_check(client):
    response = fill_in(client, 1, {**ABOUT, "first_name": "Jürgen", "last_name": "Müller"})

    assert response["Location"] == step_url(1) + "#passport-spelling"
    page = client.get(step_url(1)).content.decode()
    assert "JUERGEN MUELLER" in page
    assert 'value="JUERGEN"' in page and 'value="Jürgen"' in page
    # Confirmed as shown (or corrected): the form goes on to step 2.
    data = {**ABOUT, "first_name": "Jürgen", "last_name": "Müller"}
    data |= {"first_name_latin": "JUERGEN", "last_name_latin": "MULLER"}
    assert fill_in(client, 1, data)["Location"] == step_url(2)
    assert Application.objects.get().passport_name == "JUERGEN MULLER"


def test_step_1_refuses_a_name_with_digits_and_creates_no_draft(client):
    response = fill_in(client, 1, {**ABOUT, "first_name": "Jürgen2"})

    page = response.content.decode()
    assert response.status_code == 200
    assert '<a href="#id_first_name">' in page
    assert 'aria-describedby="id_first_name_helptext id_first_name_error"' in page
    assert not Application.objects.exists()


def test_step_1_refuses_a_birth_date_in_the_future(client):
    page = fill_in(client, 1, {**ABOUT, "date_of_birth": "2999-01-01"}).content.decode()

    assert german("The date of birth cannot be in the future.") in page


def test_step_1_keeps_one_draft_when_sent_twice(client):
    fill_in(client, 1, ABOUT)
    fill_in(client, 1, {**ABOUT, "phone": "+43 1 234567"})

    assert Application.objects.get().phone == "+43 1 234567"


def test_step_2_shows_the_questions_of_a_newly_chosen_category_before_checking_them(client):
    fill_in(client, 1, ABOUT)

    response = fill_in(client, 2, {"category": "investor", "evidence_for": "scientist"})

    assert response["Location"] == step_url(2) + "#evidence"
    page = client.get(step_url(2)).content.decode()
    assert 'name="evidence-planned_investment"' in page
    assert "errorlist" not in page


def test_step_2_validates_the_evidence_with_the_categorys_own_form(client):
    fill_in(client, 1, ABOUT)

    page = fill_in(
        client, 2, {"category": "student_graduate", "evidence_for": "student_graduate"}
    ).content.decode()

    assert '<a href="#id_evidence-institution">' in page
    assert '<a href="#id_evidence-graduation_year">' in page


def test_step_2_stores_the_evidence_as_details(client):
    fill_in(client, 1, ABOUT)

    fill_in(client, 2, CATEGORY)

    assert Application.objects.get().category_details == {
        "field": "Solid-state physics",
        "degree": "phd",
        "affiliation": "TU Wien",
        "publications": "doi:10.1000/xyz",
    }


def test_step_3_add_another_keeps_the_typed_member_and_adds_an_empty_form(client):
    fill_in(client, 1, ABOUT)

    page = fill_in(client, 3, SPOUSE, "add").content.decode()

    assert 'value="Eva"' in page
    assert 'name="family-1-first_name"' in page
    assert not FamilyMember.objects.exists()


def test_step_3_takes_a_member_with_a_cyrillic_name(client):
    fill_in(client, 1, ABOUT)

    assert fill_in(client, 3, {**SPOUSE, "family-0-first_name": "Ева"})["Location"] == step_url(4)
    assert FamilyMember.objects.get().first_name == "Ева"


def test_step_3_refuses_a_member_with_digits_in_the_name(client):
    fill_in(client, 1, ABOUT)

    page = fill_in(client, 3, {**SPOUSE, "family-0-first_name": "Eva7"}).content.decode()

    assert '<a href="#id_family-0-first_name">' in page
    assert not FamilyMember.objects.exists()


def test_step_3_removes_a_member_marked_for_removal(client):
    fill_in(client, 1, ABOUT)
    fill_in(client, 3, SPOUSE)

    fill_in(client, 3, {**SPOUSE, "family-INITIAL_FORMS": "1", "family-0-DELETE": "on"})

    assert not FamilyMember.objects.exists()


def test_step_3_survives_a_tampered_management_form(client):
    fill_in(client, 1, ABOUT)

    response = fill_in(client, 3, {"family-TOTAL_FORMS": "many"})

    assert response.status_code == 200


def test_step_4_refuses_the_same_region_twice(client):
    fill_in(client, 1, ABOUT)

    page = fill_in(client, 4, {**WHERE, "region_2": "RU-KLU"}).content.decode()

    assert german("You chose this region already.") in page


def test_step_4_stores_the_regions_in_order(client):
    fill_in(client, 1, ABOUT)

    fill_in(client, 4, {**WHERE, "region_1": "RU-TA", "region_2": "RU-KLU"})

    choices = Application.objects.get().region_choices.order_by("position")
    assert [choice.region.code for choice in choices] == ["RU-TA", "RU-KLU"]


def test_step_5_refuses_a_renamed_executable_and_writes_nothing(client, private_root):
    fill_in(client, 1, ABOUT)

    response = client.post(
        step_url(5), {"kind": "diploma", "file": exe_upload("diploma.pdf"), "action": "upload"}
    )

    assert response.status_code == 200
    assert (
        german("Upload a PDF, JPEG or PNG file. This file is of another kind, whatever its name.")
        in response.content.decode()
    )
    assert stored_files(private_root) == []


def test_step_5_removes_a_document_from_the_draft(
    client, private_root, django_capture_on_commit_callbacks
):
    fill_in(client, 1, ABOUT)
    client.post(step_url(5), {"kind": "cv", "file": pdf_upload(), "action": "upload"})
    document = Application.objects.get().documents.get()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(step_url(5), {"remove_document": str(document.pk)})

    assert not Application.objects.get().documents.exists()
    assert stored_files(private_root) == []


def test_step_6_refuses_a_signature_that_is_not_the_name(client):
    fill_in(client, 1, ABOUT)

    page = fill_in(client, 6, {**DECLARATION, "signature_name": "Someone Else"}).content.decode()

    assert '<a href="#id_signature_name">' in page
    assert Application.objects.get().declaration_accepted_at is None


def test_step_6_needs_the_consent_separately(client):
    fill_in(client, 1, ABOUT)

    page = fill_in(client, 6, {**DECLARATION, "personal_data_consent": ""}).content.decode()

    assert '<a href="#id_personal_data_consent">' in page
    assert Application.objects.get().personal_data_consent_at is None


def test_step_6_records_version_time_ip_and_browser(client):
    fill_in(client, 1, ABOUT)

    client.post(step_url(6), {**DECLARATION, "action": "next"}, headers={"user-agent": "Lynx/2.9"})

    application = Application.objects.get()
    assert application.declaration_version.version == "2025-1"
    assert application.declaration_user_agent == "Lynx/2.9"
    assert application.declaration_ip == "127.0.0.1"
    assert application.declaration_accepted_at is not None


def test_step_7_lists_what_is_missing_and_does_not_submit(client):
    fill_in(client, 1, ABOUT)

    response = fill_in(client, 7, {}, "submit")

    page = response.content.decode()
    assert german("Still missing before you can submit") in page
    assert 'href="/de/apply/step/6/"' in page
    assert Application.objects.get().status == "draft"


@pytest.mark.parametrize("members", [1, 20])
def test_the_review_costs_the_same_queries_for_a_big_family(
    client, members, django_assert_max_num_queries
):
    fill_in_steps_1_to_4(client)  # with one family member already
    family = {"family-TOTAL_FORMS": str(members), "family-INITIAL_FORMS": "1"}
    for n in range(members):
        family |= {
            f"family-{n}-{key.split('-', 2)[2]}": value
            for key, value in SPOUSE.items()
            if key.startswith("family-0-")
        }
    fill_in(client, 3, family)

    with django_assert_max_num_queries(12):
        response = client.get(step_url(7))

    assert response.content.decode().count("Mueller, 30. November 1987") == members


# ---- Status page


def look_up(client, reference, code=TEST_ACCESS_CODE):
    return client.post(
        "/en/apply/status/", {"reference": reference, "access_code": code, "action": "lookup"}
    )


def test_the_status_page_shows_status_and_history_after_the_lookup(client):
    application = SubmittedApplicationFactory(status="in_review")
    StatusChange.objects.create(
        application=application, from_status="submitted", to_status="in_review", actor_label="x"
    )

    assert look_up(client, application.reference)["Location"] == "/en/apply/status/"
    page = client.get("/en/apply/status/").content.decode()

    assert application.reference in page
    assert "In review" in page
    assert '<th scope="col">' in page


def test_a_wrong_code_and_an_unknown_reference_look_the_same(client):
    application = SubmittedApplicationFactory()

    wrong_code = look_up(client, application.reference, "WRNG-CODE-XXXX")
    unknown = look_up(client, "TLR-2026-999999")

    assert wrong_code.status_code == unknown.status_code == 404
    for response in (wrong_code, unknown):
        assert "We could not find an application with this reference" in response.content.decode()
    assert "applications.status_reference" not in client.session


def test_lookups_are_throttled(client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "application_lookup": "2/minute",
        },
    }
    cache.clear()
    application = SubmittedApplicationFactory()

    statuses = [look_up(client, application.reference, "NOPE").status_code for _i in range(2)]
    throttled = look_up(client, application.reference)

    assert statuses == [404, 404]
    assert throttled.status_code == 429
    assert "Too many attempts" in throttled.content.decode()
    assert "applications.status_reference" not in client.session


def test_the_candidate_answers_an_open_request_with_text_and_a_file(client, private_root):
    request = InformationRequestFactory(message="Please send your diploma.")
    look_up(client, request.application.reference)
    assert "Please send your diploma." in client.get("/en/apply/status/").content.decode()

    response = client.post(
        "/en/apply/status/",
        {"action": "answer", "answer": "Attached.", "files": [pdf_upload(), pdf_upload("b.pdf")]},
    )

    assert response.status_code == 302
    request.refresh_from_db()
    assert request.answer == "Attached."
    assert request.documents.count() == 2
    assert request.application.status == "in_review"


def test_an_answer_without_text_is_refused_on_the_page(client):
    request = InformationRequestFactory()
    look_up(client, request.application.reference)

    response = client.post("/en/apply/status/", {"action": "answer", "answer": ""})

    assert '<a href="#id_answer">' in response.content.decode()
    request.refresh_from_db()
    assert request.answered_at is None


def test_the_candidate_withdraws_after_confirming(client):
    application = SubmittedApplicationFactory()
    look_up(client, application.reference)

    unconfirmed = client.post("/en/apply/status/", {"action": "withdraw"})
    assert "Tick the box" in unconfirmed.content.decode()

    client.post("/en/apply/status/", {"action": "withdraw", "confirm": "on"})

    application.refresh_from_db()
    assert application.status == "withdrawn"


def test_withdrawal_is_not_offered_once_review_has_started(client):
    application = SubmittedApplicationFactory(status="in_review")
    look_up(client, application.reference)

    page = client.get("/en/apply/status/").content.decode()

    assert 'value="withdraw"' not in page


def test_a_document_is_added_from_the_status_page(client, private_root):
    application = SubmittedApplicationFactory()
    look_up(client, application.reference)

    client.post("/en/apply/status/", {"action": "upload", "kind": "cv", "file": pdf_upload()})

    assert application.documents.count() == 1


def test_closing_the_case_on_the_device_asks_for_the_code_again(client):
    application = SubmittedApplicationFactory()
    look_up(client, application.reference)

    client.post("/en/apply/status/", {"action": "forget"})

    assert 'name="access_code"' in client.get("/en/apply/status/").content.decode()


@pytest.mark.parametrize("entries", [1, 50])
def test_the_status_page_costs_the_same_queries_for_a_long_history(
    client, entries, django_assert_max_num_queries
):
    application = SubmittedApplicationFactory()
    StatusChange.objects.bulk_create(
        StatusChange(
            application=application, from_status="a", to_status="in_review", actor_label="x"
        )
        for _i in range(entries)
    )
    look_up(client, application.reference)

    with django_assert_max_num_queries(6):
        response = client.get("/en/apply/status/")

    assert response.content.decode().count("<td>In review</td>") == entries


# ---- Every page: one h1, labelled fields


def test_every_candidate_page_has_one_h1_and_no_unlabelled_field(client):
    application = SubmittedApplicationFactory()
    pages = ["/en/eligibility/", "/en/eligibility/?declaration=yes&category=scientist&family=alone"]
    pages += ["/en/eligibility/?declaration=yes&category=scientist&family=alone&category_fit=no"]
    pages += ["/en/apply/", "/en/apply/saved/", "/en/apply/status/"]
    fill_in(client, 1, ABOUT, language="en")
    pages += [step_url(step, "en") for step in range(1, 8)]
    for url in pages:
        page = client.get(url).content.decode()
        assert page.count("<h1") == 1, url
        for attributes in re.findall(r"<(?:input|select|textarea)\b([^>]*)>", page):
            if 'type="hidden"' in attributes:
                continue
            field_id = re.search(r'\bid="([^"]+)"', attributes).group(1)
            assert f'for="{field_id}"' in page, (url, field_id)
    look_up(client, application.reference)
    assert client.get("/en/apply/status/").content.decode().count("<h1") == 1


# ---- Every list and hint in the reader's language


@pytest.mark.parametrize(
    ("language", "germany", "other"),
    [("de", "Deutschland", "AT"), ("ru", "Германия", "CN"), ("fr", "Allemagne", "AT")],
)
def test_country_lists_are_named_and_sorted_in_the_pages_language(client, language, germany, other):
    page = client.get(step_url(1, language)).content.decode()

    assert f'<option value="DE">{germany}</option>' in page
    # Sorted by the translated name: Austria and China come before Germany in English only.
    assert page.index(f'value="{other}"') > page.index('value="DE"')


def test_the_upload_hint_is_in_the_pages_language(client):
    fill_in(client, 1, ABOUT, language="ru")

    page = client.get(step_url(5, "ru")).content.decode()

    assert "PDF, JPEG или PNG, не более 10 МБ." in page
