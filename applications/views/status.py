"""The status page: reference + access code once, then the case for the rest of the session."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from accounts.esia import sign_in_enabled
from accounts.selectors import candidate_account
from applications import guidance, selectors, services
from applications.forms import (
    DocumentUploadForm,
    InformationAnswerForm,
    StatusLookupForm,
    WithdrawForm,
    add_domain_errors,
)
from applications.lookup_limit import application_look_up
from applications.models import Application
from applications.throttling import page_request_allowed
from applications.views.apply import SESSION_SUBMITTED
from portal.errors import DomainError

SESSION_REFERENCE = "applications.status_reference"
NOT_FOUND = _(
    "We could not find an application with this reference and access code. Check both and try "
    "again."
)


@never_cache
@require_http_methods(["GET", "POST"])
def status(request):
    action = request.POST.get("action", "") if request.method == "POST" else ""
    if action == "forget":
        request.session.pop(SESSION_REFERENCE, None)
        request.session.pop(SESSION_SUBMITTED, None)
        return redirect("applications:status")
    if action == "lookup":
        return _lookup(request)
    application = _verified_application(request)
    if application is None:
        return _render_lookup(request, StatusLookupForm())
    return case_page(
        request,
        application,
        template="applications/status.html",
        done_url=reverse("applications:status"),
    )


def case_page(request, application, *, template: str, done_url: str, context=None):
    """The case and what the candidate can do on it; shared with the account's case page."""
    action = request.POST.get("action", "") if request.method == "POST" else ""
    forms = {
        "answer_form": InformationAnswerForm(),
        "upload_form": DocumentUploadForm(),
        "withdraw_form": WithdrawForm(),
    }
    handler = CASE_ACTIONS.get(action)
    if handler is not None:
        form_name, done = handler(request, application)
        if done:
            return redirect(done_url)
        forms.update(form_name)
    page = selectors.status_page(application=application)
    context = {
        "page": page,
        "summary_forms": list(forms.values()),
        **forms,
        **guidance.for_case(application),
        **(context or {}),
    }
    return render(request, template, context)


def _lookup(request):
    form = StatusLookupForm(request.POST)
    if not page_request_allowed(request, "application_lookup"):
        form.is_valid()
        form.add_error(None, _("Too many attempts. Wait a few minutes, then try again."))
        return _render_lookup(request, form, status=429)
    if form.is_valid():
        try:
            application = application_look_up(
                reference=form.cleaned_data["reference"],
                access_code=form.cleaned_data["access_code"],
            )
        except DomainError as error:
            add_domain_errors(form, error)
            return _render_lookup(request, form, status=error.status_code)
        if application is not None:
            request.session.cycle_key()
            request.session[SESSION_REFERENCE] = application.reference
            return redirect("applications:status")
        form.add_error(None, NOT_FOUND)
        # Unknown, wrong code or purged: the same 404 (shared/CONTRACT.md, personal data).
        return _render_lookup(request, form, status=404)
    return _render_lookup(request, form)


def _render_lookup(request, form, status=200):
    context = {
        "form": form,
        "summary_forms": [form],
        "account": candidate_account(request),
        "sign_in_enabled": sign_in_enabled(),
    }
    return render(request, "applications/status_lookup.html", context, status=status)


def _verified_application(request) -> Application | None:
    reference = request.session.get(SESSION_REFERENCE)
    if not reference:
        return None
    return Application.objects.submitted().filter(reference=reference).first()


# ---- What the candidate can do on their case; each returns ({form name: form}, done)


def _answer(request, application):
    form = InformationAnswerForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.information_request_answer(
                application=application,
                answer=form.cleaned_data["answer"],
                uploads=form.cleaned_data["files"],
            )
        except DomainError as error:
            add_domain_errors(form, error)
        else:
            messages.success(request, _("Thank you: your answer was sent to the operator."))
            return {}, True
    return {"answer_form": form}, False


def _upload(request, application):
    form = DocumentUploadForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.document_attach(
                application=application,
                upload=form.cleaned_data["file"],
                kind=form.cleaned_data["kind"],
            )
        except DomainError as error:
            add_domain_errors(form, error)
        else:
            messages.success(request, _("The document was added to your application."))
            return {}, True
    return {"upload_form": form}, False


def _withdraw(request, application):
    form = WithdrawForm(request.POST)
    if form.is_valid():
        try:
            services.application_withdraw(application=application)
        except DomainError as error:
            add_domain_errors(form, error)
        else:
            messages.success(request, _("Your application has been withdrawn."))
            return {}, True
    return {"withdraw_form": form}, False


CASE_ACTIONS = {"answer": _answer, "upload": _upload, "withdraw": _withdraw}
