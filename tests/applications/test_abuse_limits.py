"""Rate limits key on an address the client cannot choose; look-ups are limited per reference."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from applications.models import Application
from portal.client_address import client_address
from tests.applications.steps import ABOUT, fill_in, step_url
from tests.applications.test_api import submit
from tests.factories import TEST_ACCESS_CODE, RegionFactory, SubmittedApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def regions(declaration):
    return [RegionFactory(code="RU-KLU"), RegionFactory(code="RU-TA")]


@pytest.fixture
def payload():
    return {
        "category": "scientist",
        "first_name": "Juergen",
        "last_name": "Mueller",
        "date_of_birth": "1985-03-02",
        "citizenship": "DE",
        "email": "juergen@example.org",
        "preferred_language": "de",
        "preferred_regions": ["RU-TA"],
        "values_declaration_accepted": True,
        "signature_name": "Juergen Mueller",
        "personal_data_consent": True,
    }


@pytest.fixture
def tight_rates(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            "application_submit": "2/minute",
            "application_lookup": "3/minute",
            "application_documents": "2/minute",
        },
    }
    cache.clear()


def address_of(settings, proxies: int, forwarded: str | None, remote="192.0.2.10") -> str:
    settings.TRUSTED_PROXY_COUNT = proxies
    headers = {} if forwarded is None else {"x-forwarded-for": forwarded}
    return client_address(RequestFactory().get("/", REMOTE_ADDR=remote, headers=headers))


# ---- Which address counts


def test_without_trusted_proxies_the_connecting_address_counts(settings):
    assert address_of(settings, 0, "203.0.113.5") == "192.0.2.10"


def test_one_trusted_proxy_makes_the_right_most_address_count(settings):
    assert address_of(settings, 1, "1.1.1.1, 203.0.113.5") == "203.0.113.5"


def test_two_trusted_proxies_make_the_second_from_the_right_count(settings):
    assert address_of(settings, 2, "1.1.1.1, 203.0.113.5, 10.0.0.2") == "203.0.113.5"


def test_a_trusted_proxy_without_the_header_leaves_the_connecting_address(settings):
    assert address_of(settings, 1, None) == "192.0.2.10"


def test_a_forwarded_entry_that_is_no_address_falls_back_to_the_connecting_one(settings):
    assert address_of(settings, 1, "1.1.1.1, not-an-ip") == "192.0.2.10"


# ---- Spoofed X-Forwarded-For buys no new quota


def test_a_new_forwarded_for_value_does_not_reset_the_submission_limit(
    client, payload, tight_rates
):
    statuses = [
        submit(client, payload, x_forwarded_for=f"198.51.100.{i}").status_code for i in range(3)
    ]

    assert statuses == [201, 201, 429]


def test_a_new_forwarded_for_value_does_not_reset_the_status_page_limit(client, tight_rates):
    application = SubmittedApplicationFactory()

    statuses = [
        client.post(
            "/en/apply/status/",
            {"reference": application.reference, "access_code": "NOPE", "action": "lookup"},
            headers={"x-forwarded-for": f"198.51.100.{i}"},
        ).status_code
        for i in range(4)
    ]

    assert 429 not in statuses[:3]
    assert statuses[3] == 429


def test_behind_one_proxy_the_right_most_address_has_its_own_quota(
    client, payload, settings, tight_rates
):
    settings.TRUSTED_PROXY_COUNT = 1

    first = [submit(client, payload, x_forwarded_for=f"6.6.6.{i}, 203.0.113.1") for i in range(3)]
    other = submit(client, payload, x_forwarded_for="6.6.6.6, 203.0.113.2")

    assert [response.status_code for response in first] == [201, 201, 429]
    assert other.status_code == 201


def test_the_consent_record_keeps_the_client_address(client, payload, settings):
    settings.TRUSTED_PROXY_COUNT = 1

    response = submit(client, payload, x_forwarded_for="6.6.6.6, 203.0.113.9")

    application = Application.objects.get(reference=response.json()["reference"])
    assert application.declaration_ip == "203.0.113.9"


# ---- Per reference, whatever the address


@pytest.fixture
def lock_after_three(settings):
    settings.LOOKUP_FAILURES_PER_REFERENCE = 3
    settings.LOOKUP_LOCK_SECONDS = 600


def api_lookup(client, reference, code, address):
    return client.get(
        f"/api/v1/applications/{reference}/", headers={"x-access-code": code}, REMOTE_ADDR=address
    )


def test_guessing_one_code_from_many_addresses_locks_the_reference(client, lock_after_three):
    application = SubmittedApplicationFactory()

    guesses = [
        api_lookup(client, application.reference, f"WRONG{i}", f"198.51.100.{i}").status_code
        for i in range(3)
    ]
    right_code = api_lookup(client, application.reference, TEST_ACCESS_CODE, "203.0.113.77")

    assert guesses == [404, 404, 404]
    assert right_code.status_code == 429
    assert right_code.json()["error"]["code"] == "lookup_locked"


def test_the_lock_holds_on_the_status_page_too(client, lock_after_three):
    application = SubmittedApplicationFactory()
    for i in range(3):
        api_lookup(client, application.reference, f"WRONG{i}", f"198.51.100.{i}")

    response = client.post(
        "/en/apply/status/",
        {"reference": application.reference, "access_code": TEST_ACCESS_CODE, "action": "lookup"},
        REMOTE_ADDR="203.0.113.78",
    )

    assert response.status_code == 429
    assert "Too many wrong access codes" in response.content.decode()
    assert "applications.status_reference" not in client.session


def test_an_unknown_reference_locks_alike_so_the_lock_reveals_nothing(client, lock_after_three):
    answers = [
        api_lookup(client, "TLR-2026-999999", "WRONG", f"198.51.100.{i}").status_code
        for i in range(4)
    ]

    assert answers == [404, 404, 404, 429]


def test_other_references_stay_open(client, lock_after_three):
    locked, other = SubmittedApplicationFactory(), SubmittedApplicationFactory()
    for i in range(3):
        api_lookup(client, locked.reference, "WRONG", f"198.51.100.{i}")

    assert api_lookup(client, other.reference, TEST_ACCESS_CODE, "198.51.100.9").status_code == 200


def test_an_operator_sees_the_lock_on_the_case(client, lock_after_three):
    from portal.roles import Role, staff_ensure

    application = SubmittedApplicationFactory()
    case_url = f"/admin/applications/application/{application.pk}/change/"
    user, _created = staff_ensure(username="olga", role=Role.OPERATOR, password="pw")
    client.force_login(user)
    assert "Locked until" not in client.get(case_url).content.decode()
    for i in range(3):
        api_lookup(client, application.reference, "WRONG", f"198.51.100.{i}")

    page = client.get(case_url).content.decode()

    assert "Locked until" in page
    assert "after 3 failed attempts" in page


def test_the_forms_submit_shares_the_limit_and_ignores_forwarded_for(client, tight_rates):
    fill_in(client, 1, ABOUT)

    statuses = [
        client.post(
            step_url(7), {"action": "submit"}, headers={"x-forwarded-for": f"198.51.100.{i}"}
        ).status_code
        for i in range(3)
    ]

    assert statuses == [200, 200, 429]
    assert Application.objects.get().status == "draft"
