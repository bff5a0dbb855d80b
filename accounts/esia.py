"""The portal as an OpenID Connect client of ESIA (Gosuslugi), through Authlib.

Authlib keeps state, nonce and the PKCE verifier in the session, and checks the ID token's
signature against the provider's published keys; the claims checked are named here.
"""

import logging
from dataclasses import asdict, dataclass
from datetime import date

import requests
from authlib.integrations.base_client import MismatchingStateError, OAuthError
from authlib.integrations.django_client import OAuth
from django.conf import settings
from django_countries import countries
from joserfc.errors import JoseError

logger = logging.getLogger(__name__)

SCOPES = "openid profile email"
# Provider answers that mean "down for now" rather than "you sent something wrong".
UNAVAILABLE_ERRORS = frozenset({"temporarily_unavailable", "server_error"})
MAX_CLAIM_LENGTH = 100


class SignInError(Exception):
    """Why a sign-in did not complete; each reason has its own explanation page."""

    DENIED = "denied"
    INVALID_TOKEN = "invalid_token"
    UNREACHABLE = "unreachable"
    SESSION_LOST = "session_lost"
    NOT_CONFIGURED = "not_configured"

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


@dataclass(frozen=True)
class Identity:
    """What ESIA certifies about the person who signed in."""

    issuer: str
    subject: str
    given_name: str = ""
    family_name: str = ""
    middle_name: str = ""
    given_name_latin: str = ""
    family_name_latin: str = ""
    birthdate: date | None = None
    citizenship: str = ""
    email: str = ""
    email_verified: bool = False
    verified: bool = False

    def as_json(self) -> dict:
        data = asdict(self)
        data["birthdate"] = self.birthdate.isoformat() if self.birthdate else ""
        return data

    @classmethod
    def from_json(cls, data: dict) -> "Identity":
        return cls(**{**data, "birthdate": _date(data.get("birthdate"))})

    @classmethod
    def from_claims(cls, issuer: str, claims: dict) -> "Identity":
        citizenship = str(claims.get("citizenship") or "").upper()
        return cls(
            issuer=issuer,
            subject=str(claims["sub"]),
            given_name=_text(claims.get("given_name")),
            family_name=_text(claims.get("family_name")),
            middle_name=_text(claims.get("middle_name")),
            given_name_latin=_text(claims.get("given_name_latin")),
            family_name_latin=_text(claims.get("family_name_latin")),
            birthdate=_date(claims.get("birthdate")),
            citizenship=citizenship if citizenship in countries else "",
            email=_text(claims.get("email"), 254),
            email_verified=claims.get("email_verified") is True,
            verified=claims.get("verified") is True,
        )


def sign_in_enabled() -> bool:
    return bool(
        settings.ESIA_OIDC_ISSUER and settings.ESIA_CLIENT_ID and settings.ESIA_CLIENT_SECRET
    )


def issuer() -> str:
    return settings.ESIA_OIDC_ISSUER.rstrip("/")


def authorization_redirect(request, *, redirect_uri: str, language: str):
    """The redirect to the provider's consent; state, nonce and PKCE verifier go to the session."""
    client = _client()
    _load_metadata(client)
    return client.authorize_redirect(request, redirect_uri, ui_locales=language)


def identity_from_callback(request) -> Identity:
    """Exchange the code and verify the ID token; raise SignInError with the reason."""
    error = request.GET.get("error", "")
    if error:
        _forget_state(request)
        if error == "access_denied":
            raise SignInError(SignInError.DENIED)
        raise SignInError(SignInError.INVALID_TOKEN, f"provider error {error[:50]}")
    client = _client()
    _load_metadata(client)
    claims_options = {
        "iss": {"essential": True, "value": issuer()},
        "aud": {"essential": True, "value": settings.ESIA_CLIENT_ID},
        "exp": {"essential": True},
        "sub": {"essential": True},
    }
    try:
        token = client.authorize_access_token(request, claims_options=claims_options)
    except MismatchingStateError as exc:
        raise SignInError(SignInError.SESSION_LOST) from exc
    except OAuthError as exc:
        reason = SignInError.UNREACHABLE if exc.error in UNAVAILABLE_ERRORS else None
        raise SignInError(
            reason or SignInError.INVALID_TOKEN, f"token endpoint {exc.error}"
        ) from exc
    except (requests.RequestException, ValueError) as exc:
        raise SignInError(SignInError.UNREACHABLE, type(exc).__name__) from exc
    except JoseError as exc:
        raise SignInError(SignInError.INVALID_TOKEN, f"{type(exc).__name__} {exc}") from exc
    claims = token.get("userinfo")
    if not claims:
        # Authlib checks the ID token only when there is one: its absence is a failure too.
        raise SignInError(SignInError.INVALID_TOKEN, "no id_token")
    return Identity.from_claims(issuer(), claims)


def _client():
    # A registry per sign-in: the provider's metadata and keys are read fresh (key rotation).
    return OAuth().register(
        name="esia",
        client_id=settings.ESIA_CLIENT_ID,
        client_secret=settings.ESIA_CLIENT_SECRET,
        server_metadata_url=f"{issuer()}/.well-known/openid-configuration",
        client_kwargs={
            "scope": SCOPES,
            "code_challenge_method": "S256",
            "token_endpoint_auth_method": "client_secret_basic",
            "default_timeout": settings.ESIA_TIMEOUT_SECONDS,
        },
    )


def _load_metadata(client) -> dict:
    if not sign_in_enabled():
        raise SignInError(SignInError.NOT_CONFIGURED)
    try:
        metadata = client.load_server_metadata()
    except (requests.RequestException, ValueError) as exc:
        raise SignInError(SignInError.UNREACHABLE, type(exc).__name__) from exc
    # OpenID Connect Discovery 4.3: the document must name the issuer it was fetched from.
    if str(metadata.get("issuer", "")).rstrip("/") != issuer():
        raise SignInError(SignInError.UNREACHABLE, "discovery names another issuer")
    # Only RS256 ID tokens are accepted, whatever else the provider offers.
    metadata["id_token_signing_alg_values_supported"] = ["RS256"]
    return metadata


def _forget_state(request) -> None:
    state = request.GET.get("state")
    if state:
        request.session.pop(f"_state_esia_{state}", None)


def _text(value, limit: int = MAX_CLAIM_LENGTH) -> str:
    return str(value or "").strip()[:limit]


def _date(value) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None
