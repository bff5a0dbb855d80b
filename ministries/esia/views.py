"""HTTP endpoints of the mock ESIA: discovery, keys, sign-in, consent, token, userinfo, control.

The OpenID Connect work is django-oauth-toolkit's; this module adds what a real provider has
around it (its own sign-in, a consent screen) and the faults tests ask for.
"""

import base64
import json
import time
from urllib.parse import parse_qs, urlencode, urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from jwcrypto import jwk, jwt
from oauth2_provider import views as provider_views
from oauth2_provider.settings import oauth2_settings
from oauth2_provider.utils import jwk_from_pem

from ministries.esia.models import EsiaFaultMode, EsiaIdentity
from ministries.esia.services import TOKEN_FAULTS, TRANSPORT_FAULTS, fault_set, fault_take
from portal.json_body import JsonBodyError, json_body_parse, json_error

IDENTITY_COOKIE = "mock_esia_identity"
IDENTITY_SALT = "ministries.esia.identity"
SLOW_ANSWER_SECONDS = 10


def current_identity(request) -> EsiaIdentity | None:
    """The person signed in at the mock ESIA: its own cookie, never the portal's session."""
    pk = request.get_signed_cookie(IDENTITY_COOKIE, default=None, salt=IDENTITY_SALT)
    if not pk or not pk.isdigit():
        return None
    return EsiaIdentity.objects.select_related("user").filter(pk=int(pk)).first()


def activate_ui_locale(query: str) -> None:
    """Speak the language the client asked for with ui_locales, if it is one of ours."""
    for values in parse_qs(query).get("ui_locales", []):
        for code in values.split():
            base = code.split("-")[0].lower()
            if base in dict(settings.LANGUAGES):
                translation.activate(base)
                return


def transport_fault():
    """An injected 503 now, or a slow answer that then proceeds; None to answer normally."""
    mode = fault_take(among=TRANSPORT_FAULTS)
    if mode == EsiaFaultMode.ERROR:
        return JsonResponse(
            {"error": "temporarily_unavailable", "error_description": "Injected fault."},
            status=503,
        )
    if mode == EsiaFaultMode.SLOW:
        time.sleep(SLOW_ANSWER_SECONDS)
    return None


class FaultsMixin:
    def dispatch(self, request, *args, **kwargs):
        fault = transport_fault()
        if fault is not None:
            return fault
        return super().dispatch(request, *args, **kwargs)


class DiscoveryView(FaultsMixin, provider_views.ConnectDiscoveryInfoView):
    pass


class JwksView(FaultsMixin, provider_views.JwksInfoView):
    pass


class UserInfoView(FaultsMixin, provider_views.UserInfoView):
    pass


@require_http_methods(["GET", "HEAD", "POST"])
def sign_in(request):
    """ESIA's own sign-in, reduced to picking one of the demo people."""
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts=None) or not (
        next_url.startswith(reverse("oauth2_provider:authorize"))
    ):
        next_url = ""
    activate_ui_locale(urlsplit(next_url).query)
    identities = list(EsiaIdentity.objects.all())
    if request.method == "POST":
        chosen = next((i for i in identities if str(i.pk) == request.POST.get("identity")), None)
        if chosen is not None and next_url:
            response = redirect(next_url)
            response.set_signed_cookie(
                IDENTITY_COOKIE,
                str(chosen.pk),
                salt=IDENTITY_SALT,
                path=reverse("oauth2_provider:authorize").rsplit("authorize/", 1)[0],
                httponly=True,
                samesite="Lax",
                secure=request.is_secure(),
            )
            return response
    context = {"identities": identities, "next": next_url}
    return render(request, "mock_esia/sign_in.html", context, status=200 if next_url else 400)


class AuthorizationView(provider_views.AuthorizationView):
    """The consent screen, for the person signed in at the mock (not the portal's user)."""

    template_name = "mock_esia/consent.html"

    def dispatch(self, request, *args, **kwargs):
        identity = current_identity(request)
        request.user = identity.user if identity else AnonymousUser()
        self.identity = identity
        activate_ui_locale(request.META.get("QUERY_STRING", ""))
        return super().dispatch(request, *args, **kwargs)

    def get_login_url(self):
        return reverse("oauth2_provider:esia-sign-in")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["identity"] = getattr(self, "identity", None)
        context["switch_url"] = (
            f"{self.get_login_url()}?{urlencode({'next': self.request.get_full_path()})}"
        )
        return context


class TokenView(provider_views.TokenView):
    """The token endpoint; an injected fault spoils the ID token it hands out."""

    def post(self, request, *args, **kwargs):
        fault = transport_fault()
        if fault is not None:
            return fault
        response = super().post(request, *args, **kwargs)
        if response.status_code != 200:
            return response
        mode = fault_take(among=TOKEN_FAULTS)
        if mode == EsiaFaultMode.OK:
            return response
        body = json.loads(response.content)
        body["id_token"] = _spoiled_id_token(body["id_token"], mode)
        response.content = json.dumps(body).encode()
        return response


@csrf_exempt
@require_POST
def control(request):
    """Fault injection, only when MOCK_MINISTRIES_CONTROL is on."""
    if not settings.MOCK_MINISTRIES_CONTROL:
        raise Http404
    try:
        body = json_body_parse(request.body)
    except JsonBodyError as error:
        return json_error(error.code, error.message, error.status)
    try:
        mode = body["mode"]
        remaining = int(body.get("remaining", 1))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        mode, remaining = None, -1
    if mode not in EsiaFaultMode.values or remaining < 0:
        modes = ", ".join(EsiaFaultMode.values)
        return JsonResponse(
            {"error": f'Send {{"mode": one of {modes}, "remaining": N ≥ 0}}.'}, status=400
        )
    fault = fault_set(mode=mode, remaining=remaining)
    return JsonResponse({"mode": fault.mode, "remaining": fault.remaining})


def _spoiled_id_token(id_token: str, mode: str) -> str:
    """The same token with one thing wrong, signed again (by a stranger's key if forged)."""
    header_part, claims_part, _signature = id_token.split(".")
    header = json.loads(_b64decode(header_part))
    claims = json.loads(_b64decode(claims_part))
    now = int(timezone.now().timestamp())
    key = jwk_from_pem(oauth2_settings.OIDC_RSA_PRIVATE_KEY)
    if mode == EsiaFaultMode.FORGED_SIGNATURE:
        # Claims a real key id, signed with another key: only the signature gives it away.
        key = jwk.JWK.generate(kty="RSA", size=2048)
    elif mode == EsiaFaultMode.EXPIRED:
        claims.update(iat=now - 7200, auth_time=now - 7200, exp=now - 3600)
    elif mode == EsiaFaultMode.WRONG_AUDIENCE:
        claims["aud"] = "another-client"
    elif mode == EsiaFaultMode.WRONG_ISSUER:
        claims["iss"] = "https://esia.invalid/"
    elif mode == EsiaFaultMode.WRONG_NONCE:
        claims["nonce"] = "not-the-nonce-you-sent"
    token = jwt.JWT(header=header, claims=claims)
    token.make_signed_token(key)
    return token.serialize()


def _b64decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
