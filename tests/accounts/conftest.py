import pytest
from django.core.cache import cache

from ministries.esia.services import client_register, identities_seed
from tests.accounts.gosuslugi import CandidateBrowser
from tests.factories import DeclarationVersionFactory

CLIENT_ID = "portal-under-test"
CLIENT_SECRET = "test-client-secret"


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    return settings.PRIVATE_STORAGE_ROOT


@pytest.fixture(autouse=True)
def fresh_throttles():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def declaration(db):
    return DeclarationVersionFactory(version="2025-1")


@pytest.fixture
def esia(live_server, settings, transactional_db):
    """The mock ESIA on a live server, the portal registered there as its client."""
    settings.ESIA_OIDC_ISSUER = f"{live_server.url}/mock/esia"
    settings.ESIA_CLIENT_ID = CLIENT_ID
    settings.ESIA_CLIENT_SECRET = CLIENT_SECRET
    settings.ESIA_TIMEOUT_SECONDS = 10
    client_register(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        redirect_uris=[f"{live_server.url}/account/esia/callback/"],
    )
    return live_server


@pytest.fixture
def identities(esia):
    """The demo people by surname: mueller and sokolova are confirmed, silva is not."""
    people = identities_seed()
    return {identity.given_name_latin.lower(): identity for identity in people} | {
        identity.family_name_latin.lower(): identity for identity in people
    }


@pytest.fixture
def browser_factory(esia):
    opened = []

    def open_browser():
        browser = CandidateBrowser(esia.url)
        opened.append(browser)
        return browser

    yield open_browser
    for browser in opened:
        browser.close()


@pytest.fixture
def candidate(browser_factory):
    return browser_factory()


def control(esia, mode: str, remaining: int = 1):
    import httpx

    response = httpx.post(
        f"{esia.url}/mock/esia/_control/", json={"mode": mode, "remaining": remaining}
    )
    assert response.status_code == 200, response.text
