"""The privacy notice, and the candidate's rights on the status page: download and erase."""

import json

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from applications.access_codes import access_code_matches
from applications.models import Application
from applications.throttling import page_request_allowed
from applications.views.status import SESSION_REFERENCE
from privacy.access_log import access_log_write
from privacy.export import case_export
from privacy.forms import your_data_forms
from privacy.models import AccessKind
from privacy.retention import retention_periods
from privacy.services import candidate_erasure_request

WRONG_CODE = _("This access code does not match your application.")


@require_http_methods(["GET", "HEAD"])
def privacy_notice(request):
    context = {"periods": retention_periods(), "contact_email": settings.PRIVACY_CONTACT_EMAIL}
    return render(request, "privacy/notice.html", context)


@never_cache
@require_POST
def your_data(request):
    """Download my data, or withdraw and delete; both need the access code typed again."""
    reference = request.session.get(SESSION_REFERENCE)
    application = (
        Application.objects.submitted().filter(reference=reference).first() if reference else None
    )
    if application is None:
        return redirect("applications:status")
    action = request.POST.get("action", "")
    forms = your_data_forms(request.POST, action)
    form = {"export": forms["export_form"], "erase": forms["erasure_form"]}.get(action)
    if form is None:
        return redirect("applications:status")
    status = 200
    if not page_request_allowed(request, "application_lookup"):
        form.is_valid()
        form.add_error(None, _("Too many attempts. Wait a few minutes, then try again."))
        status = 429
    elif form.is_valid():
        if not access_code_matches(form.cleaned_data["access_code"], application.access_code_hash):
            form.add_error("access_code", WRONG_CODE)
        elif action == "export":
            return _download(application)
        else:
            outcome = candidate_erasure_request(application=application)
            request.session.pop(SESSION_REFERENCE, None)
            return render(request, "privacy/erasure_requested.html", {"outcome": outcome})
    context = {"application": application, **forms, "summary_forms": [form]}
    return render(request, "privacy/your_data.html", context, status=status)


def _download(application) -> HttpResponse:
    access_log_write(user=None, kind=AccessKind.CANDIDATE_EXPORT, application=application)
    body = json.dumps(case_export(application), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    name = f"{application.reference}-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
