"""Staff sign-in: the TOTP second factor (django-otp) and the failed-login lockout (django-axes).

Who needs a code: a staff user who enrolled an authenticator app always does; an operator
must enrol one first when STAFF_REQUIRE_2FA is on. The admin site, the operator API and the
enrolment page ask these functions, nothing else decides.
"""

import math

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.roles import GROUP_NAMES, Role

DEVICE_NAME = "Authenticator app"


def second_factor_required(user) -> bool:
    """An operator must have a verified second factor when STAFF_REQUIRE_2FA is on."""
    if not settings.STAFF_REQUIRE_2FA or not user.is_authenticated:
        return False
    return user.groups.filter(name=GROUP_NAMES[Role.OPERATOR]).exists()


def second_factor_satisfied(user) -> bool:
    """This session passed the second factor, or this user needs none (asked once a request)."""
    if not user.is_authenticated:
        return False
    is_verified = getattr(user, "is_verified", None)
    if is_verified is not None and is_verified():
        return True
    if not hasattr(user, "_second_factor_satisfied"):
        user._second_factor_satisfied = not user_has_device(
            user, confirmed=True
        ) and not second_factor_required(user)
    return user._second_factor_satisfied


def must_enrol(user) -> bool:
    """Signed in with a password alone, and required to set up an authenticator app first."""
    return second_factor_required(user) and not user_has_device(user, confirmed=True)


def confirmed_device(user) -> TOTPDevice | None:
    return next(iter(devices_for_user(user, confirmed=True)), None)


def enrolment_device(user) -> TOTPDevice:
    """The user's authenticator app being set up: one unconfirmed TOTP device, kept until used."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def enrolment_confirm(*, user, token: str) -> TOTPDevice | None:
    """The device, now confirmed, if `token` is its current code; else None (nothing changes)."""
    device = enrolment_device(user)
    if not device.verify_token(token):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return device


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer once an account or address is locked: a translated page, 429."""
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    return render(
        request,
        "admin/locked_out.html",
        {
            "title": _("Too many failed sign-in attempts"),
            "minutes": minutes,
            "site_header": _("Time to Live in Russia — administration"),
        },
        status=429,
    )
