"""Sign in with Gosuslugi: the OpenID Connect code flow against the mock ESIA on a live server."""

import socket

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session

from accounts.models import CandidateAccount
from tests.accounts.conftest import control
from tests.accounts.gosuslugi import query

pytestmark = pytest.mark.postgres


def test_the_authorization_request_carries_state_nonce_and_an_s256_pkce_challenge(candidate):
    response = candidate.start()

    assert response.status_code == 302
    params = query(response.headers["location"])
    assert params["response_type"] == "code"
    assert params["code_challenge_method"] == "S256"
    assert len(params["code_challenge"]) >= 43
    assert params["state"] and params["nonce"]
    assert params["ui_locales"] == "en"
    assert response.headers["location"].startswith(f"{candidate.base_url}/mock/esia/authorize/")


def test_signing_in_creates_an_account_that_is_not_staff_and_opens_the_next_page(
    candidate, identities
):
    page = candidate.sign_in(identities["mueller"], next_url="/en/apply/")

    assert page.status_code == 200
    assert str(page.url).endswith("/en/apply/")
    assert "Signed in with Gosuslugi as Юрген Мюллер (Juergen Mueller)" in page.text
    account = CandidateAccount.objects.select_related("user").get()
    assert account.subject == identities["mueller"].oid
    assert account.issuer == f"{candidate.base_url}/mock/esia"
    assert account.identity["given_name_latin"] == "Juergen"
    assert account.identity["birthdate"] == "1984-03-14"
    assert account.verified is True
    assert not account.user.is_staff and not account.user.is_superuser
    assert not account.user.has_usable_password()


def test_signing_in_again_reuses_the_account(browser_factory, identities):
    browser_factory().sign_in(identities["mueller"])
    browser_factory().sign_in(identities["mueller"])

    assert CandidateAccount.objects.count() == 1


def test_the_session_key_changes_at_sign_in_and_idles_out_after_the_candidate_timeout(
    candidate, identities, settings
):
    settings.CANDIDATE_SESSION_IDLE_SECONDS = 600
    candidate.start()
    before = candidate.http.cookies["sessionid"]

    candidate.sign_in(identities["mueller"])

    after = candidate.http.cookies["sessionid"]
    assert after != before
    assert not Session.objects.filter(session_key=before).exists()
    session = Session.objects.get(session_key=after)
    remaining = session.expire_date - session.expire_date.now(tz=session.expire_date.tzinfo)
    assert 500 < remaining.total_seconds() <= 600


def test_a_denied_consent_explains_itself_and_signs_nobody_in(candidate, identities):
    page = candidate.sign_in(identities["mueller"], allow=False)

    assert page.status_code == 200
    assert "You did not allow the sign-in" in page.text
    assert 'data-reason="denied"' in page.text
    assert CandidateAccount.objects.count() == 0
    assert "Your account" in candidate.get("/en/account/").text
    assert "Sign in with Gosuslugi" in candidate.get("/en/account/").text


def test_a_denied_consent_is_explained_in_the_candidates_language(candidate, identities):
    start = candidate.start(language="ru")
    consent = candidate.consent_page(start.headers["location"], identities["mueller"])

    assert "запрашивает ваши данные" in consent.text
    page = candidate.callback(candidate.decide(consent, allow=False))

    assert str(page.url).endswith("/ru/account/signin/problem/")
    assert "Вы не разрешили вход" in page.text


@pytest.mark.parametrize(
    "fault",
    ["forged_signature", "expired", "wrong_audience", "wrong_issuer", "wrong_nonce"],
)
def test_an_id_token_that_fails_a_check_is_refused(esia, candidate, identities, fault):
    control(esia, fault)

    page = candidate.sign_in(identities["mueller"])

    assert page.status_code == 400
    assert 'data-reason="invalid_token"' in page.text
    assert "We could not confirm your sign-in" in page.text
    assert CandidateAccount.objects.count() == 0
    assert (
        "_auth_user_id"
        not in Session.objects.get(session_key=candidate.http.cookies["sessionid"]).get_decoded()
    )


def test_the_same_flow_without_a_fault_is_accepted_after_one(esia, browser_factory, identities):
    control(esia, "expired", remaining=1)
    assert browser_factory().sign_in(identities["mueller"]).status_code == 400

    assert browser_factory().sign_in(identities["mueller"]).status_code == 200
    assert CandidateAccount.objects.count() == 1


def test_a_callback_with_another_state_is_refused(candidate, identities):
    start = candidate.start()
    consent = candidate.consent_page(start.headers["location"], identities["mueller"])
    back = candidate.decide(consent, allow=True)
    forged = back.replace(f"state={query(back)['state']}", "state=forged-state")

    page = candidate.callback(forged)

    assert page.status_code == 400
    assert 'data-reason="session_lost"' in page.text
    assert CandidateAccount.objects.count() == 0


def test_a_callback_replayed_in_another_browser_is_refused(browser_factory, identities):
    victim, attacker = browser_factory(), browser_factory()
    start = victim.start()
    back = victim.decide(
        victim.consent_page(start.headers["location"], identities["mueller"]), allow=True
    )

    page = attacker.callback(back)

    assert page.status_code == 400
    assert CandidateAccount.objects.count() == 0


def test_an_unreachable_provider_is_explained_without_a_server_error(candidate, settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    settings.ESIA_OIDC_ISSUER = f"http://127.0.0.1:{closed_port}/mock/esia"

    response = candidate.start()
    page = candidate.get(response.headers["location"])

    assert response.status_code == 302
    assert page.status_code == 200
    assert 'data-reason="unreachable"' in page.text
    assert "Gosuslugi is not reachable right now" in page.text


def test_a_provider_failing_at_the_token_endpoint_is_explained(esia, candidate, identities):
    start = candidate.start()
    consent = candidate.consent_page(start.headers["location"], identities["mueller"])
    back = candidate.decide(consent, allow=True)
    control(esia, "error", remaining=5)

    page = candidate.callback(back)

    assert page.status_code == 200
    assert 'data-reason="unreachable"' in page.text
    assert CandidateAccount.objects.count() == 0


def test_without_a_client_secret_the_sign_in_is_not_offered(candidate, settings):
    settings.ESIA_CLIENT_SECRET = ""

    assert "Sign in with Gosuslugi" not in candidate.get("/en/apply/").text
    page = candidate.get(candidate.start().headers["location"])
    assert 'data-reason="not_configured"' in page.text


def test_signing_out_ends_the_session(candidate, identities):
    candidate.sign_in(identities["mueller"])

    response = candidate.post("/en/account/signout/", {})

    assert response.status_code == 302
    assert "Sign in with Gosuslugi" in candidate.get("/en/account/").text


def test_signing_out_everywhere_ends_the_sessions_on_other_devices(browser_factory, identities):
    phone, laptop = browser_factory(), browser_factory()
    phone.sign_in(identities["mueller"])
    laptop.sign_in(identities["mueller"])
    assert "Signed in with Gosuslugi as" in laptop.get("/en/account/").text

    phone.post("/en/account/signout-everywhere/", {})

    assert "Sign in with Gosuslugi" in laptop.get("/en/account/").text
    assert "Sign in with Gosuslugi" in phone.get("/en/account/").text
    # Signing in again afterwards works.
    assert phone.sign_in(identities["mueller"]).status_code == 200


def test_the_admin_refuses_a_signed_in_candidate(candidate, identities):
    candidate.sign_in(identities["mueller"])

    admin = candidate.get("/admin/")
    operator_api = candidate.get("/api/v1/operator/applications/")

    assert admin.status_code == 302
    assert "/admin/login/" in admin.headers["location"]
    assert operator_api.status_code == 403


def test_a_candidate_account_cannot_log_in_to_the_admin(candidate, identities):
    candidate.sign_in(identities["mueller"])
    user = get_user_model().objects.get(candidate_account__isnull=False)

    login_page = candidate.get("/admin/login/")
    response = candidate.post(
        "/admin/login/", {"username": user.username, "password": "", "next": "/admin/"}
    )

    assert login_page.status_code == 200
    assert response.status_code == 200
    assert "/admin/login/" in str(response.url)
    assert candidate.get("/admin/").status_code == 302
