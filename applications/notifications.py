"""Emails to the candidate, always in the candidate's preferred language.

Status changes are emailed by a Celery task that receives only the history row's id. The
submission email is the exception: it carries the access code, which exists in plain text only
in memory, so it is sent in this process right after the commit and never passes through the
broker or the database. Should that send fail, the candidate still saw the code on screen.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from applications.models import Application, ApplicationStatus, StatusChange
from applications.resume import RESUME_MAX_AGE_DAYS, resume_token

logger = logging.getLogger(__name__)
S = ApplicationStatus

# The submission has its own email; an interview outcome is internal until the decision;
# a draft withdrawn is no case yet.
SILENT_TRANSITIONS = frozenset(
    {(S.DRAFT, S.SUBMITTED), (S.INTERVIEW_SCHEDULED, S.IN_REVIEW), (S.DRAFT, S.WITHDRAWN)}
)


def candidate_should_know(change: StatusChange) -> bool:
    return (change.from_status, change.to_status) not in SILENT_TRANSITIONS


# ---- Enqueueing (called inside the services' transactions)


def submission_email_enqueue(change: StatusChange, *, access_code: str) -> None:
    transaction.on_commit(
        lambda: submission_email_send(change_id=change.pk, access_code=access_code), robust=True
    )


def status_change_enqueue(change: StatusChange) -> None:
    if candidate_should_know(change):
        from applications.tasks import status_change_notify

        # robust: a broker that is down must not turn the committed change into an error.
        transaction.on_commit(lambda: status_change_notify.delay(change.pk), robust=True)


def status_changes_enqueue(changes: list[StatusChange]) -> None:
    """`status_change_enqueue` for a worker's batch: one commit hook and one broker connection
    for all the messages."""
    told = [change.pk for change in changes if candidate_should_know(change)]
    if not told:
        return
    from applications.tasks import status_change_notify

    def publish():
        with status_change_notify.app.producer_or_acquire() as producer:
            for change_id in told:
                try:
                    status_change_notify.apply_async((change_id,), producer=producer)
                except Exception:
                    # As with `robust` above: a broker that is down fails no committed change.
                    logger.exception("could not enqueue the e-mail of status change %s", change_id)

    transaction.on_commit(publish, robust=True)


def resume_link_enqueue(application: Application) -> None:
    if application.email:
        from applications.tasks import resume_link_notify

        transaction.on_commit(lambda: resume_link_notify.delay(application.pk))


# ---- Sending


def submission_email_send(*, change_id: int, access_code: str) -> None:
    """The confirmation with the reference, the access code and a summary of the case."""
    change = StatusChange.objects.select_related("application").get(pk=change_id)
    application = change.application
    _send(
        "submitted",
        application,
        {
            "access_code": access_code,
            "regions": [
                choice.region for choice in application.region_choices.select_related("region")
            ],
            "family_count": application.family_members.count(),
            "document_count": application.documents.count(),
        },
    )
    StatusChange.objects.filter(pk=change.pk).update(notified_at=timezone.now())


def status_change_send(change_id: int) -> bool:
    """Email the candidate about one status change, once; True when sent by this call."""
    with transaction.atomic():
        change = (
            StatusChange.objects.select_for_update(of=("self",))
            .select_related("application")
            .filter(pk=change_id, notified_at__isnull=True)
            .first()
        )
        if change is None or not candidate_should_know(change):
            return False
        application = change.application
        open_request = None
        if change.to_status == S.INFO_REQUESTED:
            open_request = application.information_requests.open().order_by("-pk").first()
        _send("status_changed", application, {"change": change, "open_request": open_request})
        StatusChange.objects.filter(pk=change.pk).update(notified_at=timezone.now())
    return True


def resume_link_send(application_id: int) -> bool:
    """Email a link that resumes the draft for 30 days; False when there is no such draft."""
    application = Application.objects.drafts().filter(pk=application_id).first()
    if application is None or not application.email:
        return False
    with translation.override(application.preferred_language):
        path = reverse("applications:apply_resume", kwargs={"token": resume_token(application)})
    _send("resume", application, {"resume_url": _absolute(path), "days": RESUME_MAX_AGE_DAYS})
    return True


def _send(template: str, application: Application, context: dict) -> None:
    with translation.override(application.preferred_language):
        context = {
            "application": application,
            "status_url": _absolute(reverse("applications:status")),
            **context,
        }
        subject = render_to_string(f"applications/email/{template}_subject.txt", context)
        text = render_to_string(f"applications/email/{template}.txt", context)
        html = render_to_string(f"applications/email/{template}.html", context)
    message = EmailMultiAlternatives(" ".join(subject.split()), text, to=[application.email])
    message.attach_alternative(html, "text/html")
    message.send()
    logger.info("email %s sent for application %s", template, application.pk)


def _absolute(path: str) -> str:
    return settings.PUBLIC_BASE_URL.rstrip("/") + path
