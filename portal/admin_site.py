"""The admin site: Django's, with a second factor at sign-in and an enrolment page for it."""

from base64 import b32encode

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.decorators import login_required
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django_otp import login as otp_login

from portal import second_factor

CODE_WIDGET = forms.TextInput(
    attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "maxlength": "8"}
)


class StaffAuthenticationForm(AdminAuthenticationForm):
    """Username and password, then the authenticator app's code for those who set one up."""

    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        required=False,
        max_length=8,
        widget=CODE_WIDGET,
        help_text=_("Only if you have set up two-step verification."),
    )

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is None:
            return cleaned_data
        device = second_factor.confirmed_device(user)
        if device is None:
            return cleaned_data
        token = (cleaned_data.get("otp_token") or "").strip()
        if not token:
            raise forms.ValidationError(
                _("Enter the code from your authenticator app."), code="otp_required"
            )
        if not device.verify_token(token):
            # A wrong code counts as a failed sign-in, so guessing codes meets the same lockout.
            user_login_failed.send(
                sender=__name__,
                credentials={"username": cleaned_data.get("username")},
                request=self.request,
            )
            raise forms.ValidationError(
                _("This code is wrong or has expired; enter the code your app shows now."),
                code="otp_invalid",
            )
        user.otp_device = device  # django-otp marks the session verified at login
        return cleaned_data


class EnrolmentForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your authenticator app"), max_length=8, widget=CODE_WIDGET
    )


class PortalAdminSite(admin.AdminSite):
    login_form = StaffAuthenticationForm
    login_template = "admin/staff_login.html"

    def has_permission(self, request) -> bool:
        return super().has_permission(request) and second_factor.second_factor_satisfied(
            request.user
        )

    @method_decorator(never_cache)
    def login(self, request, extra_context=None):
        user = request.user
        if user.is_authenticated and user.is_staff and second_factor.must_enrol(user):
            return redirect("admin:second_factor")
        return super().login(request, extra_context)

    def get_urls(self):
        # Not behind admin_view: an operator who must enrol has no admin permission yet.
        page = login_required(
            csrf_protect(never_cache(self.second_factor_page)), login_url="admin:login"
        )
        return [path("second-factor/", page, name="second_factor"), *super().get_urls()]

    def second_factor_page(self, request):
        """Set up the authenticator app: its key, then one code to prove it works."""
        user = request.user
        if not user.is_staff:
            raise PermissionDenied
        device = second_factor.confirmed_device(user)
        form = EnrolmentForm()
        if device is None:
            pending = second_factor.enrolment_device(user)
            if request.method == "POST":
                form = EnrolmentForm(request.POST)
                if form.is_valid():
                    confirmed = second_factor.enrolment_confirm(
                        user=user, token=form.cleaned_data["token"].strip()
                    )
                    if confirmed is not None:
                        otp_login(request, confirmed)
                        messages.success(
                            request,
                            _("Two-step verification is on: sign-ins now ask for a code."),
                        )
                        return redirect("admin:index")
                    form.add_error(
                        "token",
                        _("This code is wrong or has expired; enter the code your app shows now."),
                    )
        else:
            pending = None
        context = {
            **self.each_context(request),
            "title": _("Two-step verification"),
            "device": device,
            "pending": pending,
            "secret": _grouped_secret(pending) if pending else "",
            "form": form,
            "required": second_factor.second_factor_required(user),
            "index_url": reverse("admin:index"),
        }
        if not context["has_permission"]:  # not in the workspace yet: no menu to bounce off
            context.update(available_apps=[], is_nav_sidebar_enabled=False)
        request.current_app = self.name
        return TemplateResponse(request, "admin/second_factor.html", context)


def _grouped_secret(device) -> str:
    """The base32 key as an app asks for it, in groups of four for typing."""
    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))
