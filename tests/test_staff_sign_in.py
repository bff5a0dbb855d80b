"""Staff sign-in: failed attempts lock an account and an address; TOTP when set up or required."""

import pyotp
import pytest
from axes.models import AccessAttempt
from django.core.cache import cache
from django.test import Client
from django.utils import translation
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.roles import Role, staff_ensure

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"
PASSWORD = "a-long-staff-password"


@pytest.fixture(autouse=True)
def clean_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def operator(db):
    user, _created = staff_ensure(username="olga", role=Role.OPERATOR, password=PASSWORD)
    return user


@pytest.fixture
def editor(db):
    user, _created = staff_ensure(username="erik", role=Role.CONTENT_EDITOR, password=PASSWORD)
    return user


def sign_in(client, username, password=PASSWORD, code=None, address="192.0.2.10", **headers):
    data = {"username": username, "password": password}
    if code is not None:
        data["otp_token"] = code
    return client.post(LOGIN, data, REMOTE_ADDR=address, **headers)


def signed_in(client) -> bool:
    return client.get("/admin/").status_code == 200


def enrolled_device(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def current_code(device: TOTPDevice) -> str:
    """The code an authenticator app shows now, computed by pyotp from the device's key."""
    import base64

    return pyotp.TOTP(base64.b32encode(device.bin_key).decode()).now()


# ---- Lockout (django-axes)


def test_the_account_is_locked_after_five_wrong_passwords_even_with_the_right_one(client, operator):
    statuses = [
        sign_in(client, "olga", "wrong", address=f"198.51.100.{attempt}").status_code
        for attempt in range(5)
    ]

    locked = sign_in(client, "olga", address="203.0.113.7")

    assert statuses == [200, 200, 200, 200, 429]
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()
    assert not signed_in(client)


def test_an_address_is_locked_after_five_wrong_passwords_on_different_accounts(client, operator):
    for attempt in range(5):
        sign_in(client, f"guess{attempt}", "wrong", address="198.51.100.9")

    locked = sign_in(client, "olga", address="198.51.100.9")
    elsewhere = sign_in(Client(), "olga", address="198.51.100.200")

    assert locked.status_code == 429
    assert elsewhere.status_code == 302


def test_the_lockout_page_is_in_the_staff_members_language(client, operator):
    for _attempt in range(5):
        sign_in(client, "olga", "wrong")

    locked = sign_in(client, "olga", HTTP_ACCEPT_LANGUAGE="ru")

    with translation.override("ru"):
        expected = translation.ngettext(
            "Too many failed sign-in attempts for this account or from this address. "
            "Try again in %(minutes)s minute.",
            "Too many failed sign-in attempts for this account or from this address. "
            "Try again in %(minutes)s minutes.",
            15,
        ) % {"minutes": 15}
    assert locked.status_code == 429
    assert expected in locked.content.decode()
    assert "Too many failed" not in expected


def test_a_right_password_before_the_limit_resets_the_count(client, operator):
    for _attempt in range(4):
        sign_in(client, "olga", "wrong")
    assert sign_in(client, "olga").status_code == 302
    client.post("/admin/logout/")

    for _attempt in range(4):
        sign_in(client, "olga", "wrong")

    assert sign_in(client, "olga").status_code == 302
    assert not AccessAttempt.objects.filter(username="olga", failures_since_start__gte=5).exists()


def test_a_spoofed_forwarded_for_header_does_not_reset_the_address_limit(client, operator):
    for attempt in range(5):
        sign_in(client, f"guess{attempt}", "wrong", HTTP_X_FORWARDED_FOR=f"10.0.0.{attempt}")

    locked = sign_in(client, "olga", HTTP_X_FORWARDED_FOR="10.0.0.99")

    assert locked.status_code == 429


# ---- Second factor (django-otp)


def test_without_2fa_required_a_demo_operator_signs_in_with_a_password_alone(
    client, operator, settings
):
    settings.STAFF_REQUIRE_2FA = False

    response = sign_in(client, "olga")

    assert response.status_code == 302
    assert signed_in(client)


def test_a_staff_member_with_an_app_needs_its_code(client, editor):
    enrolled_device(editor)

    response = sign_in(client, "erik")

    assert response.status_code == 200
    assert "Enter the code from your authenticator app." in response.content.decode()
    assert not signed_in(client)


def test_a_correct_code_signs_in_and_the_session_is_verified(client, editor):
    device = enrolled_device(editor)

    response = sign_in(client, "erik", code=current_code(device))

    assert response.status_code == 302
    assert signed_in(client)


def test_a_wrong_code_is_refused_and_counts_as_a_failed_sign_in(client, editor):
    device = enrolled_device(editor)
    wrong = f"{(int(totp(device.bin_key)) + 1) % 1_000_000:06d}"

    response = sign_in(client, "erik", code=wrong)

    assert response.status_code == 200
    assert "This code is wrong or has expired" in response.content.decode()
    assert not signed_in(client)
    assert AccessAttempt.objects.get(username="erik").failures_since_start == 1


def test_with_2fa_required_an_operator_without_an_app_must_enrol_before_working(
    client, operator, settings
):
    settings.STAFF_REQUIRE_2FA = True

    sign_in(client, "olga")
    response = client.get("/admin/", follow=True)

    assert response.redirect_chain[-1][0] == "/admin/second-factor/"
    assert "Operators must use two-step verification" in response.content.decode()
    assert client.get("/admin/applications/application/").status_code == 302
    assert client.get("/api/v1/operator/applications/").status_code == 403


def test_with_2fa_required_an_operator_enrols_with_a_correct_code_and_gets_in(
    client, operator, settings
):
    settings.STAFF_REQUIRE_2FA = True
    sign_in(client, "olga")
    client.get("/admin/second-factor/")
    pending = TOTPDevice.objects.get(user=operator, confirmed=False)

    response = client.post("/admin/second-factor/", {"token": current_code(pending)})

    assert response.status_code == 302
    assert TOTPDevice.objects.get(user=operator).confirmed
    assert signed_in(client)
    assert client.get("/api/v1/operator/applications/").status_code == 200


def test_enrolment_refuses_a_wrong_code_and_turns_nothing_on(client, operator, settings):
    settings.STAFF_REQUIRE_2FA = True
    sign_in(client, "olga")
    page = client.get("/admin/second-factor/").content.decode()
    pending = TOTPDevice.objects.get(user=operator, confirmed=False)
    wrong = f"{(int(totp(pending.bin_key)) + 1) % 1_000_000:06d}"

    response = client.post("/admin/second-factor/", {"token": wrong})

    assert pending.config_url.split("secret=")[1].split("&")[0] in page.replace(" ", "")
    assert "This code is wrong or has expired" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=operator, confirmed=True).exists()
    assert not signed_in(client)


def test_with_2fa_required_the_operator_signs_in_with_password_and_code(client, operator, settings):
    settings.STAFF_REQUIRE_2FA = True
    device = enrolled_device(operator)

    without = sign_in(client, "olga")
    assert not signed_in(client)
    with_code = sign_in(Client(), "olga", code=current_code(device))

    assert without.status_code == 200
    assert with_code.status_code == 302


def test_with_2fa_required_an_editor_still_signs_in_with_a_password(client, editor, settings):
    settings.STAFF_REQUIRE_2FA = True

    assert sign_in(client, "erik").status_code == 302
    assert signed_in(client)


def test_the_enrolment_page_is_for_signed_in_staff_only(client):
    response = client.get("/admin/second-factor/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
