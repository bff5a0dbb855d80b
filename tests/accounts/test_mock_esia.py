"""The mock ESIA as a remote OpenID Connect provider: discovery, keys, PKCE, tokens, userinfo."""

import base64
import hashlib
import json
import os
import secrets
import stat
from urllib.parse import urlencode

import httpx
import pytest
from jwcrypto import jwk, jwt

from ministries.esia import keys
from tests.accounts.conftest import CLIENT_ID, CLIENT_SECRET, control
from tests.accounts.gosuslugi import query

pytestmark = pytest.mark.postgres


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def authorization_code(candidate, esia, identity, challenge: str, nonce="n-0S6_WzA2Mj") -> str:
    params = {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": f"{esia.url}/account/esia/callback/",
        "scope": "openid profile email",
        "state": "state-1",
        "nonce": nonce,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    consent = candidate.consent_page(f"/mock/esia/authorize/?{urlencode(params)}", identity)
    back = query(candidate.decide(consent, allow=True))
    assert back["state"] == "state-1"
    return back["code"]


def exchange(esia, code: str, verifier: str | None) -> httpx.Response:
    data = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": f"{esia.url}/account/esia/callback/",
    }
    if verifier:
        data["code_verifier"] = verifier
    return httpx.post(
        f"{esia.url}/mock/esia/token/", data=data, auth=(CLIENT_ID, CLIENT_SECRET), timeout=30
    )


def test_discovery_describes_a_code_flow_provider_with_rs256_and_s256(esia):
    document = httpx.get(f"{esia.url}/mock/esia/.well-known/openid-configuration").json()

    assert document["issuer"] == f"{esia.url}/mock/esia"
    assert document["jwks_uri"] == f"{esia.url}/mock/esia/.well-known/jwks.json"
    assert document["authorization_endpoint"] == f"{esia.url}/mock/esia/authorize/"
    assert document["token_endpoint"] == f"{esia.url}/mock/esia/token/"
    assert document["userinfo_endpoint"] == f"{esia.url}/mock/esia/userinfo/"
    assert document["response_types_supported"] == ["code"]
    assert document["code_challenge_methods_supported"] == ["S256"]
    assert "RS256" in document["id_token_signing_alg_values_supported"]
    assert {"given_name_latin", "birthdate", "citizenship", "verified"} <= set(
        document["claims_supported"]
    )


def test_a_code_flow_gives_an_rs256_id_token_and_userinfo_in_both_scripts(
    esia, candidate, identities
):
    verifier, challenge = pkce_pair()
    code = authorization_code(candidate, esia, identities["sokolova"], challenge)

    tokens = exchange(esia, code, verifier).json()

    keyset = jwk.JWKSet.from_json(httpx.get(f"{esia.url}/mock/esia/.well-known/jwks.json").text)
    id_token = jwt.JWT(jwt=tokens["id_token"], key=keyset, expected_type="JWS")
    assert json.loads(id_token.header)["alg"] == "RS256"
    claims = json.loads(id_token.claims)
    assert claims["iss"] == f"{esia.url}/mock/esia"
    assert claims["aud"] == CLIENT_ID
    assert claims["nonce"] == "n-0S6_WzA2Mj"
    assert claims["sub"] == "1000300002"
    assert (claims["family_name"], claims["given_name"]) == ("Соколова", "Мария")
    assert (claims["family_name_latin"], claims["given_name_latin"]) == ("Sokolova", "Mariia")
    assert (claims["birthdate"], claims["citizenship"]) == ("1991-11-02", "KZ")
    assert claims["verified"] is True
    userinfo = httpx.get(
        f"{esia.url}/mock/esia/userinfo/",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    ).json()
    assert userinfo["middle_name"] == "Андреевна"
    assert userinfo["email"] == "maria.sokolova@example.org"
    assert userinfo["email_verified"] is True


def test_a_code_without_its_pkce_verifier_is_refused(esia, candidate, identities):
    _verifier, challenge = pkce_pair()
    code = authorization_code(candidate, esia, identities["mueller"], challenge)

    response = exchange(esia, code, None)

    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


def test_a_code_with_another_verifier_is_refused(esia, candidate, identities):
    _verifier, challenge = pkce_pair()
    code = authorization_code(candidate, esia, identities["mueller"], challenge)

    response = exchange(esia, code, pkce_pair()[0])

    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def signed_in_at_provider(candidate, identity) -> None:
    """Pick the person at the mock's own sign-in, as a browser would before any consent."""
    picked = candidate.post(
        "/mock/esia/login/", {"next": "/mock/esia/authorize/", "identity": str(identity.pk)}
    )
    assert picked.status_code == 302


def test_an_authorization_request_without_pkce_is_refused(esia, candidate, identities):
    signed_in_at_provider(candidate, identities["mueller"])
    params = {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": f"{esia.url}/account/esia/callback/",
        "scope": "openid",
        "state": "s",
    }

    response = candidate.get(f"/mock/esia/authorize/?{urlencode(params)}")

    assert response.status_code == 302
    assert query(response.headers["location"])["error"] == "invalid_request"


def test_an_unregistered_redirect_uri_is_never_followed(esia, candidate, identities):
    signed_in_at_provider(candidate, identities["mueller"])
    _verifier, challenge = pkce_pair()
    params = {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": "https://attacker.example/steal",
        "scope": "openid",
        "state": "s",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }

    response = candidate.get(f"/mock/esia/authorize/?{urlencode(params)}")

    assert response.status_code == 400
    assert "location" not in response.headers
    assert "The request cannot be completed" in response.text


def test_the_picker_refuses_to_send_the_browser_anywhere_but_the_consent(
    esia, candidate, identities
):
    response = candidate.post(
        "/mock/esia/login/",
        {"next": "https://attacker.example/", "identity": str(identities["mueller"].pk)},
    )

    assert response.status_code == 400
    assert "location" not in response.headers


def test_control_refuses_an_unknown_mode(esia):
    response = httpx.post(f"{esia.url}/mock/esia/_control/", json={"mode": "explode"})

    assert response.status_code == 400


def test_an_injected_error_answers_503_then_recovers(esia):
    control(esia, "error", remaining=1)
    url = f"{esia.url}/mock/esia/.well-known/openid-configuration"

    assert httpx.get(url).status_code == 503
    assert httpx.get(url).status_code == 200


def test_control_is_not_served_when_switched_off(esia, settings):
    settings.MOCK_MINISTRIES_CONTROL = False

    response = httpx.post(f"{esia.url}/mock/esia/_control/", json={"mode": "error"})

    assert response.status_code == 404


# ---- The signing key: the mock's own, never committed


def test_a_signing_key_is_generated_once_readable_by_the_owner_only(settings, tmp_path):
    settings.MOCK_ESIA_PRIVATE_KEY = ""
    settings.MOCK_ESIA_KEY_FILE = tmp_path / "mock-esia" / "signing-key.pem"

    first = keys.signing_key_pem()
    second = keys.signing_key_pem()

    assert first == second
    assert first.startswith("-----BEGIN PRIVATE KEY-----")
    mode = stat.S_IMODE(os.stat(settings.MOCK_ESIA_KEY_FILE).st_mode)
    assert mode == 0o600


def test_a_signing_key_from_the_environment_wins(settings, tmp_path):
    pem = keys.new_private_key_pem()
    settings.MOCK_ESIA_PRIVATE_KEY = pem
    settings.MOCK_ESIA_KEY_FILE = tmp_path / "absent.pem"

    assert keys.signing_key_pem() == pem
    assert not settings.MOCK_ESIA_KEY_FILE.exists()
