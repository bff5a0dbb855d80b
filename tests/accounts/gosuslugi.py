"""A candidate's browser, over real HTTP: the portal and the mock ESIA on one live server."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import httpx

from ministries.esia.models import EsiaIdentity


def hidden_inputs(html: str) -> dict:
    return {
        name: unescape(value)
        for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html)
    }


class CandidateBrowser:
    """Follows the sign-in like a browser: cookies per site and path, one hop at a time."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.http = httpx.Client(base_url=base_url, timeout=30)

    def close(self):
        self.http.close()

    def get(self, url: str, **kwargs) -> httpx.Response:
        return self.http.get(url, **kwargs)

    def post(self, url: str, data: dict, **kwargs) -> httpx.Response:
        return self.http.post(url, data={"csrfmiddlewaretoken": self.csrf(), **data}, **kwargs)

    def csrf(self) -> str:
        if "csrftoken" not in self.http.cookies:
            self.http.get("/en/apply/status/")
        return self.http.cookies["csrftoken"]

    def start(self, next_url: str = "/en/account/", language: str = "en") -> httpx.Response:
        """Click "Sign in with Gosuslugi": the portal's redirect to the provider."""
        return self.http.get(f"/{language}/account/signin/", params={"next": next_url})

    def consent_page(self, authorize_url: str, identity: EsiaIdentity) -> httpx.Response:
        """At the provider: sign in as `identity` (the demo picker), reach the consent screen."""
        response = self.http.get(authorize_url)
        if response.status_code == 302:
            picker = self.http.get(response.headers["location"])
            assert picker.status_code == 200, picker.text[:500]
            next_url = hidden_inputs(picker.text)["next"]
            picked = self.post(
                "/mock/esia/login/", {"next": next_url, "identity": str(identity.pk)}
            )
            assert picked.status_code == 302, picked.text[:500]
            response = self.http.get(picked.headers["location"])
        assert response.status_code == 200, response.text[:500]
        return response

    def decide(self, consent: httpx.Response, *, allow: bool) -> str:
        """Press "Allow" or "Deny"; returns where the provider sends the browser back."""
        form = hidden_inputs(consent.text)
        if allow:
            form["allow"] = "on"
        response = self.http.post(str(consent.url), data=form)
        assert response.status_code == 302, response.text[:500]
        return response.headers["location"]

    def callback(self, url: str) -> httpx.Response:
        """The provider's redirect back to the portal, and the page the portal then shows."""
        response = self.http.get(url)
        if response.status_code == 302:
            response = self.http.get(response.headers["location"])
        return response

    def sign_in(self, identity: EsiaIdentity, next_url: str = "/en/account/", allow=True):
        start = self.start(next_url)
        assert start.status_code == 302, start.text[:500]
        consent = self.consent_page(start.headers["location"], identity)
        return self.callback(self.decide(consent, allow=allow))


def query(url: str) -> dict:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}
