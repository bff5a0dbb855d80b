"""The submitted application, printable and as a PDF: for the session that submitted it or
that entered its reference and access code on the status page."""

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from applications.models import Application
from applications.summary import summary_pdf, summary_sections
from applications.views.apply import SESSION_SUBMITTED
from applications.views.status import SESSION_REFERENCE


@never_cache
@require_safe
def summary(request):
    application = _readable_case(request)
    if application is None:
        return redirect("applications:status")
    return summary_page(
        request,
        application,
        pdf_url=reverse("applications:summary_pdf"),
        back_url=reverse("applications:status"),
    )


@never_cache
@require_safe
def summary_download(request):
    application = _readable_case(request)
    if application is None:
        return redirect("applications:status")
    return summary_download_response(application)


def summary_page(request, application, *, pdf_url: str, back_url: str):
    """The printable summary; shared with the account's case pages, which link their own."""
    context = {
        "application": application,
        "sections": summary_sections(application),
        "pdf_url": pdf_url,
        "back_url": back_url,
    }
    return render(request, "applications/summary.html", context)


def summary_download_response(application) -> HttpResponse:
    response = HttpResponse(
        summary_pdf(application, language=get_language()), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="{application.reference}.pdf"'
    return response


def _readable_case(request) -> Application | None:
    """The case this session looked up with its reference and access code, else the one it
    has just submitted."""
    for key in (SESSION_REFERENCE, SESSION_SUBMITTED):
        reference = request.session.get(key)
        if reference:
            case = Application.objects.submitted().filter(reference=reference).first()
            if case is not None:
                return case
    return None
