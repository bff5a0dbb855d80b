"""Sign in with Gosuslugi, and the candidate's account: drafts, cases, linking, signing out."""

import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts import esia, selectors, services
from accounts.esia import SignInError
from accounts.forms import LinkApplicationForm
from applications.forms import add_domain_errors
from applications.throttling import page_request_allowed
from applications.views.apply import SESSION_DRAFT
from applications.views.status import case_page
from applications.views.summary import summary_download_response, summary_page
from portal.errors import DomainError

logger = logging.getLogger(__name__)

SESSION_NEXT = "accounts.next"
SESSION_LANGUAGE = "accounts.language"
SESSION_ERROR = "accounts.sign_in_error"
# A reason → (HTTP status, title, explanation). Never a 5xx: nothing here is our fault to hide.
SIGN_IN_ERRORS = {
    SignInError.DENIED: (
        200,
        _("You did not allow the sign-in"),
        _(
            "Gosuslugi did not share your data because you chose not to allow it. You can try "
            "again, or apply and follow your application without signing in."
        ),
    ),
    SignInError.INVALID_TOKEN: (
        400,
        _("We could not confirm your sign-in"),
        _(
            "The answer from Gosuslugi could not be verified (it was expired, altered or not "
            "meant for this service), so you are not signed in. Please try again."
        ),
    ),
    SignInError.UNREACHABLE: (
        200,
        _("Gosuslugi is not reachable right now"),
        _(
            "We could not reach the Gosuslugi sign-in service. Try again in a few minutes; "
            "meanwhile you can apply and follow your application without signing in."
        ),
    ),
    SignInError.SESSION_LOST: (
        400,
        _("Your sign-in took too long or was started elsewhere"),
        _(
            "We could not match this answer from Gosuslugi to a sign-in started in this "
            "browser. Please start again."
        ),
    ),
    SignInError.NOT_CONFIGURED: (
        200,
        _("Signing in with Gosuslugi is not available"),
        _("This service is not connected to Gosuslugi at the moment."),
    ),
}


@never_cache
@require_safe
def sign_in(request):
    """Start the OpenID Connect flow; where to return afterwards is remembered."""
    next_url = request.GET.get("next", "")
    if not next_url.startswith("/") or not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}
    ):
        next_url = reverse("accounts:home")
    request.session[SESSION_NEXT] = next_url
    request.session[SESSION_LANGUAGE] = translation.get_language()
    redirect_uri = request.build_absolute_uri(reverse("esia-callback"))
    try:
        return esia.authorization_redirect(
            request, redirect_uri=redirect_uri, language=translation.get_language()
        )
    except SignInError as error:
        return _sign_in_error(request, error)


@never_cache
@require_safe
def sign_in_problem(request):
    """Why the last sign-in in this browser did not complete."""
    reason = request.session.get(SESSION_ERROR)
    if reason not in SIGN_IN_ERRORS:
        return redirect("accounts:home")
    status, title, explanation = SIGN_IN_ERRORS[reason]
    context = {
        "title": title,
        "explanation": explanation,
        "reason": reason,
        "sign_in_enabled": esia.sign_in_enabled(),
        "retry": reason != SignInError.NOT_CONFIGURED,
    }
    return render(request, "accounts/sign_in_error.html", context, status=status)


@never_cache
@require_safe
def esia_callback(request):
    """Where Gosuslugi sends the browser back: verify, sign in (a new session), go on."""
    language = request.session.get(SESSION_LANGUAGE)
    if language in dict(settings.LANGUAGES):
        translation.activate(language)
        request.LANGUAGE_CODE = language
    try:
        identity = esia.identity_from_callback(request)
    except SignInError as error:
        return _sign_in_error(request, error)
    account = services.account_sign_in(identity=identity)
    next_url = request.session.get(SESSION_NEXT) or reverse("accounts:home")
    draft_uuid = request.session.get(SESSION_DRAFT)
    # login() gives the session a new key (no fixation) and keeps its data for the same person.
    login(request, account.user, backend="django.contrib.auth.backends.ModelBackend")
    request.session.set_expiry(settings.CANDIDATE_SESSION_IDLE_SECONDS)
    request.session.pop(SESSION_NEXT, None)
    request.session.pop(SESSION_ERROR, None)
    if services.draft_claim(account=account, uuid=draft_uuid) is not None:
        request.session[SESSION_DRAFT] = str(draft_uuid)
    messages.success(
        request, _("You are signed in with Gosuslugi as %(name)s.") % {"name": account.display_name}
    )
    return redirect(next_url)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def home(request):
    """The candidate's drafts and cases; for anyone else, the invitation to sign in."""
    account = selectors.candidate_account(request)
    if account is None:
        return render(request, "accounts/sign_in.html", {"sign_in_enabled": esia.sign_in_enabled()})
    form = LinkApplicationForm()
    status = 200
    if request.method == "POST":
        form, status = _link(request, account)
        if form is None:
            return redirect("accounts:home")
    context = {
        "account": account,
        "drafts": selectors.account_drafts(account),
        "cases": selectors.account_cases(account),
        "link_form": form,
        "summary_forms": [form],
        "idle_seconds": settings.CANDIDATE_SESSION_IDLE_SECONDS,
        "idle_minutes": max(1, settings.CANDIDATE_SESSION_IDLE_SECONDS // 60),
    }
    return render(request, "accounts/home.html", context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def case(request, reference: str):
    """One of the candidate's cases, without its access code; anyone else's is a 404."""
    account = selectors.candidate_account(request)
    if account is None:
        return redirect(f"{reverse('accounts:home')}")
    application = selectors.account_case(account, reference)
    if application is None:
        raise Http404
    return case_page(
        request,
        application,
        template="accounts/case.html",
        done_url=reverse("accounts:case", args=[application.reference]),
        context={
            "idle_seconds": settings.CANDIDATE_SESSION_IDLE_SECONDS,
            # The account's own summary pages (the status page's follow the session).
            "summary_url": reverse("accounts:case_summary", args=[application.reference]),
            "pdf_url": reverse("accounts:case_summary_pdf", args=[application.reference]),
        },
    )


@never_cache
@require_safe
def case_summary(request, reference: str):
    application = _own_case(request, reference)
    return summary_page(
        request,
        application,
        pdf_url=reverse("accounts:case_summary_pdf", args=[application.reference]),
        back_url=reverse("accounts:case", args=[application.reference]),
    )


@never_cache
@require_safe
def case_summary_pdf(request, reference: str):
    return summary_download_response(_own_case(request, reference))


def _own_case(request, reference: str):
    """The signed-in candidate's own case; a 404 for anyone else, signed in or not."""
    account = selectors.candidate_account(request)
    application = selectors.account_case(account, reference) if account else None
    if application is None:
        raise Http404
    return application


@never_cache
@require_POST
def draft_continue(request, uuid):
    """Open one of the account's drafts in the form."""
    account = selectors.candidate_account(request)
    draft = selectors.account_draft(account, uuid) if account else None
    if draft is None:
        raise Http404
    request.session[SESSION_DRAFT] = str(draft.uuid)
    return redirect("applications:apply_step", step=1)


@never_cache
@require_POST
def sign_out(request):
    logout(request)
    messages.success(request, _("You are signed out."))
    return redirect("accounts:home")


@never_cache
@require_POST
def sign_out_everywhere(request):
    account = selectors.candidate_account(request)
    if account is not None:
        services.account_sign_out_everywhere(account=account)
    logout(request)
    messages.success(request, _("You are signed out on every device."))
    return redirect("accounts:home")


def _link(request, account):
    """Link an anonymous case; returns (None, 302) when done, else the form and its status."""
    form = LinkApplicationForm(request.POST)
    if not page_request_allowed(request, "application_lookup"):
        form.is_valid()
        form.add_error(None, _("Too many attempts. Wait a few minutes, then try again."))
        return form, 429
    if not form.is_valid():
        return form, 400
    try:
        application = services.application_link(
            account=account,
            reference=form.cleaned_data["reference"],
            access_code=form.cleaned_data["access_code"],
        )
    except DomainError as error:
        add_domain_errors(form, error)
        return form, 400
    messages.success(
        request,
        _("Application %(reference)s is now linked to your account.")
        % {"reference": application.reference},
    )
    return None, 302


def _sign_in_error(request, error: SignInError):
    """Explain on a page of its own, in the candidate's language (a reload shows it again)."""
    logger.warning("Gosuslugi sign-in failed: %s", error)
    request.session[SESSION_ERROR] = error.reason
    return redirect("accounts:sign_in_problem")
