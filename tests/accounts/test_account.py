"""The candidate's account: prefill and link, the account pages, and nobody else's case."""

import datetime

import pytest

from accounts import services
from accounts.esia import Identity
from applications.models import Application, InformationRequest, StatusChange
from tests.applications.steps import CATEGORY, DECLARATION, NO_FAMILY, WHERE, fill_in
from tests.factories import (
    TEST_ACCESS_CODE,
    ApplicationFactory,
    InformationRequestFactory,
    SubmittedApplicationFactory,
)

ISSUER = "https://esia.example.org"
MUELLER = Identity(
    issuer=ISSUER,
    subject="1000300001",
    given_name="Юрген",
    family_name="Мюллер",
    given_name_latin="Juergen",
    family_name_latin="Mueller",
    birthdate=datetime.date(1984, 3, 14),
    citizenship="DE",
    email="juergen.mueller@example.org",
    email_verified=True,
    verified=True,
)
SILVA = Identity(
    issuer=ISSUER,
    subject="1000300003",
    given_name="Жоао",
    family_name="Силва",
    given_name_latin="Joao",
    family_name_latin="Silva",
    birthdate=datetime.date(1979, 6, 30),
    citizenship="BR",
    email="joao.silva@example.org",
    verified=False,
)


@pytest.fixture
def mueller(db):
    return services.account_sign_in(identity=MUELLER)


@pytest.fixture
def silva(db):
    return services.account_sign_in(identity=SILVA)


@pytest.fixture
def signed_in(client, mueller):
    client.force_login(mueller.user)
    return client


TYPED = {
    "first_name": "Hans",
    "last_name": "Schmidt",
    "first_name_cyrillic": "Ганс",
    "last_name_cyrillic": "Шмидт",
    "date_of_birth": "1990-01-01",
    "citizenship": "AT",
    "country_of_residence": "AT",
    "email": "other@example.org",
    "phone": "+49 30 1234567",
    "preferred_language": "en",
}


# ---- Prefill


def test_the_first_step_is_prefilled_and_what_is_certified_is_not_editable(signed_in):
    page = signed_in.get("/en/apply/step/1/").content.decode()

    assert 'name="first_name" value="Юрген"' in page
    assert 'name="last_name_latin" value="Mueller"' in page
    assert 'name="date_of_birth" value="1984-03-14"' in page
    assert 'value="DE" selected' in page
    assert 'name="email" value="juergen.mueller@example.org"' in page
    assert "Confirmed by Gosuslugi: it cannot be changed here." in page
    first_name = page[page.index('name="first_name"') - 40 : page.index('name="first_name"') + 200]
    assert "disabled" in first_name
    email = page[page.index('name="email"') : page.index('name="email"') + 200]
    assert "disabled" not in email


def test_a_draft_started_signed_in_keeps_the_certified_data_and_takes_the_corrections(
    signed_in, mueller
):
    response = fill_in(signed_in, 1, TYPED, language="en")

    assert response.status_code == 302
    draft = Application.objects.get()
    assert draft.account == mueller
    assert (draft.first_name, draft.last_name) == ("Юрген", "Мюллер")
    assert (draft.first_name_latin.upper(), draft.last_name_latin.upper()) == ("JUERGEN", "MUELLER")
    assert draft.date_of_birth == datetime.date(1984, 3, 14)
    assert draft.citizenship.code == "DE"
    # Not certified: the candidate's own answers.
    assert draft.email == "other@example.org"
    assert draft.country_of_residence.code == "AT"


def test_an_unconfirmed_account_prefills_but_everything_can_be_corrected(client, silva):
    client.force_login(silva.user)

    page = client.get("/en/apply/step/1/").content.decode()
    fill_in(client, 1, TYPED, language="en")

    assert 'name="first_name" value="Жоао"' in page
    assert "Confirmed by Gosuslugi" not in page
    draft = Application.objects.get()
    assert draft.account == silva
    assert (draft.first_name, draft.date_of_birth) == ("Hans", datetime.date(1990, 1, 1))


def test_a_visitor_who_is_not_signed_in_gets_an_empty_form_and_an_unlinked_draft(client, db):
    page = client.get("/en/apply/step/1/").content.decode()
    fill_in(client, 1, TYPED, language="en")

    assert 'name="first_name" value' not in page
    assert Application.objects.get().account is None


def test_the_apply_and_status_pages_offer_the_sign_in(client, db):
    for url in ("/en/apply/", "/en/apply/status/"):
        page = client.get(url).content.decode()
        assert "Sign in with Gosuslugi" in page
        assert "/en/account/signin/?next=" in page


def test_a_signed_in_candidate_submits_and_finds_the_case_in_the_account(
    signed_in, mueller, kaluga, declaration
):
    fill_in(signed_in, 1, TYPED, language="en")
    for step, data in ((2, CATEGORY), (3, NO_FAMILY), (4, {**WHERE, "region_2": ""})):
        assert fill_in(signed_in, step, data, language="en").status_code == 302
    assert fill_in(signed_in, 5, {}, language="en").status_code == 302
    signature = {**DECLARATION, "signature_name": "Юрген Мюллер"}
    assert fill_in(signed_in, 6, signature, language="en").status_code == 302

    done = fill_in(signed_in, 7, {}, action="submit", language="en")

    assert done.status_code == 302
    case = Application.objects.get()
    assert case.status == "submitted" and case.account == mueller
    account_page = signed_in.get("/en/account/").content.decode()
    assert case.reference in account_page
    assert "Submitted" in account_page
    case_page = signed_in.get(f"/en/account/cases/{case.reference}/")
    assert case_page.status_code == 200
    assert "Withdraw your application" in case_page.content.decode()


def test_a_draft_started_before_signing_in_is_claimed_by_the_account(client, mueller):
    fill_in(client, 1, TYPED, language="en")
    draft = Application.objects.get()

    services.draft_claim(account=mueller, uuid=draft.uuid)

    draft.refresh_from_db()
    assert draft.account == mueller


def test_someone_elses_draft_is_never_claimed(mueller, silva):
    draft = ApplicationFactory(account=silva)

    assert services.draft_claim(account=mueller, uuid=draft.uuid) is None
    draft.refresh_from_db()
    assert draft.account == silva


# ---- The account page


def test_the_account_page_invites_visitors_and_staff_to_sign_in(client, admin_user):
    assert "Sign in with Gosuslugi" in client.get("/en/account/").content.decode()
    client.force_login(admin_user)
    assert "Sign in with Gosuslugi" in client.get("/en/account/").content.decode()


def test_the_account_page_lists_drafts_and_cases_with_their_history(
    signed_in, mueller, django_assert_max_num_queries
):
    ApplicationFactory(account=mueller)
    case = SubmittedApplicationFactory(account=mueller)
    case.history.create(from_status="draft", to_status="submitted", actor_label="candidate")
    SubmittedApplicationFactory(account=mueller)
    SubmittedApplicationFactory()  # someone else's

    with django_assert_max_num_queries(12):
        response = signed_in.get("/en/account/")

    page = response.content.decode()
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    assert page.count("Continue this draft") == 1
    assert page.count("/en/account/cases/TLR-") == 4  # two cases, two links each
    assert case.reference in page
    assert "Submitted" in page


def test_the_account_page_warns_before_the_idle_sign_in_ends(signed_in, mueller, settings):
    session = signed_in.session
    session.set_expiry(settings.CANDIDATE_SESSION_IDLE_SECONDS)  # as the sign-in sets it
    session.save()

    page = signed_in.get("/en/account/").content.decode()

    # The WCAG 2.2.1 dialog counts down the candidate's idle time, not the staff session's.
    assert "data-session-timeout" in page
    assert f'data-seconds="{settings.CANDIDATE_SESSION_IDLE_SECONDS}"' in page
    assert "Sign in again with Gosuslugi" in page


def test_the_account_page_in_russian(signed_in, mueller):
    SubmittedApplicationFactory(account=mueller)

    page = signed_in.get("/ru/account/").content.decode()

    assert "Ваши заявки" in page
    assert "Выйти на всех устройствах" in page


def test_continuing_a_draft_opens_it_in_the_form(signed_in, mueller):
    draft = ApplicationFactory(account=mueller, first_name="Juergenx")

    response = signed_in.post(f"/en/account/drafts/{draft.uuid}/continue/")

    assert response.status_code == 302
    assert response["Location"] == "/en/apply/step/1/"
    assert 'value="Juergenx"' in signed_in.get("/en/apply/step/1/").content.decode()


def test_a_case_page_answers_a_request_for_information_without_the_access_code(signed_in, mueller):
    request = InformationRequestFactory(application__account=mueller)
    url = f"/en/account/cases/{request.application.reference}/"

    response = signed_in.post(url, {"action": "answer", "answer": "Here it is."})

    assert response.status_code == 302
    request.refresh_from_db()
    assert request.answer == "Here it is."
    assert request.application.__class__.objects.get(pk=request.application.pk).status == (
        "in_review"
    )


def test_a_case_page_withdraws_the_case(signed_in, mueller):
    case = SubmittedApplicationFactory(account=mueller)

    response = signed_in.post(
        f"/en/account/cases/{case.reference}/", {"action": "withdraw", "confirm": "on"}
    )

    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == "withdrawn"


def test_a_case_page_shows_who_holds_the_case_its_documents_and_measures(signed_in, mueller):
    case = SubmittedApplicationFactory(account=mueller)
    StatusChange.objects.create(
        application=case, from_status="draft", to_status="submitted", actor_label="candidate"
    )

    page = signed_in.get(f"/de/account/cases/{case.reference}/").content.decode()

    # The same overview as the status page: timeline, history, documents, summary links.
    assert 'class="card case-holder"' in page
    assert "Wer Ihren Antrag gerade bearbeitet" in page
    assert 'id="documents-heading"' in page
    assert f'href="/de/account/cases/{case.reference}/summary/"' in page
    assert f'href="/de/account/cases/{case.reference}/summary.pdf"' in page


def test_the_account_prints_and_downloads_its_own_case(signed_in, mueller):
    case = SubmittedApplicationFactory(account=mueller)

    summary = signed_in.get(f"/en/account/cases/{case.reference}/summary/")
    pdf = signed_in.get(f"/en/account/cases/{case.reference}/summary.pdf")

    assert summary.status_code == 200
    assert f'href="/en/account/cases/{case.reference}/summary.pdf"' in summary.text
    assert f'href="/en/account/cases/{case.reference}/"' in summary.text
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


@pytest.mark.parametrize("suffix", ["summary/", "summary.pdf"])
def test_nobody_else_prints_a_case_of_the_account(signed_in, silva, suffix):
    theirs = SubmittedApplicationFactory(account=silva)
    url = f"/en/account/cases/{theirs.reference}/{suffix}"

    another_candidate = signed_in.get(url).status_code
    signed_in.logout()
    anonymous = signed_in.get(url).status_code

    assert (another_candidate, anonymous) == (404, 404)


# ---- Linking a case submitted without signing in


def test_a_case_submitted_anonymously_is_linked_with_its_reference_and_access_code(
    signed_in, mueller
):
    case = SubmittedApplicationFactory()

    response = signed_in.post(
        "/en/account/", {"reference": case.reference.lower(), "access_code": TEST_ACCESS_CODE}
    )

    assert response.status_code == 302
    case.refresh_from_db()
    assert case.account == mueller
    page = signed_in.get("/en/account/").content.decode()
    assert f"Application {case.reference} is now linked to your account." in page
    assert signed_in.get(f"/en/account/cases/{case.reference}/").status_code == 200


def test_a_wrong_access_code_links_nothing(signed_in):
    case = SubmittedApplicationFactory()

    response = signed_in.post(
        "/en/account/", {"reference": case.reference, "access_code": "WRONG-CODE-0000"}
    )

    assert response.status_code == 400
    assert "We could not find an application" in response.content.decode()
    case.refresh_from_db()
    assert case.account is None


def test_a_case_linked_to_another_account_stays_there(signed_in, silva):
    case = SubmittedApplicationFactory(account=silva)

    response = signed_in.post(
        "/en/account/", {"reference": case.reference, "access_code": TEST_ACCESS_CODE}
    )

    assert response.status_code == 400
    assert "already linked to another Gosuslugi account" in response.content.decode()
    case.refresh_from_db()
    assert case.account == silva


def test_linking_is_rate_limited(signed_in, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "application_lookup": "2/minute",
        },
    }
    data = {"reference": "TLR-2026-000001", "access_code": "WRONG-CODE-0000"}
    statuses = [signed_in.post("/en/account/", data).status_code for _ in range(3)]

    assert statuses == [400, 400, 429]


# ---- Nobody else's case


def test_another_candidates_case_is_not_found_by_its_reference(signed_in, silva):
    theirs = SubmittedApplicationFactory(account=silva)
    url = f"/en/account/cases/{theirs.reference}/"

    assert signed_in.get(url).status_code == 404
    assert signed_in.post(url, {"action": "withdraw", "confirm": "on"}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == "submitted"
    assert theirs.reference not in signed_in.get("/en/account/").content.decode()


def test_another_candidates_draft_cannot_be_opened_by_its_id(signed_in, silva, client):
    theirs = ApplicationFactory(account=silva)

    response = signed_in.post(f"/en/account/drafts/{theirs.uuid}/continue/")

    assert response.status_code == 404
    assert "applications.draft" not in signed_in.session


def test_an_anonymous_visitor_cannot_open_a_case_page(client, mueller):
    case = SubmittedApplicationFactory(account=mueller)

    response = client.get(f"/en/account/cases/{case.reference}/")

    assert response.status_code == 302
    assert response["Location"] == "/en/account/"


def test_a_case_of_an_unknown_reference_is_not_found(signed_in):
    assert signed_in.get("/en/account/cases/TLR-2026-999999/").status_code == 404
    assert signed_in.get("/en/account/cases/%00/").status_code == 404


def test_signing_out_needs_a_post_and_a_csrf_token(client, mueller):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(mueller.user)

    assert strict.get("/en/account/signout/").status_code == 405
    assert strict.post("/en/account/signout/").status_code == 403


def test_information_requests_of_other_cases_are_untouched(signed_in, mueller, silva):
    theirs = InformationRequestFactory(application__account=silva)

    signed_in.post(
        f"/en/account/cases/{theirs.application.reference}/",
        {"action": "answer", "answer": "Hijack"},
    )

    assert InformationRequest.objects.get(pk=theirs.pk).answer == ""


def test_the_account_pages_answer_head_like_get(signed_in, mueller):
    case = SubmittedApplicationFactory(account=mueller)

    for url in ("/en/account/", f"/en/account/cases/{case.reference}/"):
        response = signed_in.head(url)
        assert response.status_code == 200
        assert response.content == b""
