"""The interview invitation: an email in the candidate's language with an .ics attached.

Sent by a Celery task that receives only the interview's id, after the commit; the
interview's `invitation_sent_at` makes a second run send nothing.
"""

import logging
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from applications.operators.ics import CalendarEvent, calendar_file
from applications.operators.models import Interview, InterviewFormat

logger = logging.getLogger(__name__)
CALENDAR_FILE_NAME = "interview.ics"


def interview_invitation_enqueue(interview: Interview) -> None:
    from applications.tasks import interview_invitation_notify

    transaction.on_commit(lambda: interview_invitation_notify.delay(interview.pk))


def interview_invitation_send(interview_id: int) -> bool:
    """Email the invitation once; True when this call sent it."""
    with transaction.atomic():
        interview = (
            Interview.objects.select_for_update(of=("self",))
            .select_related("application")
            .filter(pk=interview_id, invitation_sent_at__isnull=True)
            .first()
        )
        if interview is None or not interview.application.email:
            return False
        message = invitation_message(interview)
        message.send()
        interview.invitation_sent_at = timezone.now()
        interview.save(update_fields=["invitation_sent_at"])
    logger.info("interview invitation sent for application %s", interview.application_id)
    return True


def invitation_message(interview: Interview) -> EmailMultiAlternatives:
    application = interview.application
    with translation.override(application.preferred_language):
        context = {
            "application": application,
            "interview": interview,
            "is_video": interview.format == InterviewFormat.VIDEO,
            "status_url": _absolute(reverse("applications:status")),
            "calendar_file_name": CALENDAR_FILE_NAME,
        }
        subject = render_to_string("applications/email/interview_invitation_subject.txt", context)
        text = render_to_string("applications/email/interview_invitation.txt", context)
        html = render_to_string("applications/email/interview_invitation.html", context)
        calendar = calendar_file(interview_event(interview), stamp=timezone.now())
    message = EmailMultiAlternatives(" ".join(subject.split()), text, to=[application.email])
    message.attach_alternative(html, "text/html")
    message.attach(CALENDAR_FILE_NAME, calendar, "text/calendar")
    return message


def interview_event(interview: Interview) -> CalendarEvent:
    """The calendar event, in the active language."""
    application = interview.application
    is_video = interview.format == InterviewFormat.VIDEO
    summary = _("Interview about your application %(reference)s") % {
        "reference": application.reference
    }
    description = (
        _("Video call with the operator of the impatriation programme: %(link)s")
        if is_video
        else _("Meeting with the operator of the impatriation programme at: %(link)s")
    ) % {"link": interview.location}
    if interview.instructions:
        description = f"{description}\n\n{interview.instructions}"
    return CalendarEvent(
        uid=f"interview-{interview.uid}@{_host()}",
        starts_at=interview.starts_at,
        ends_at=interview.starts_at + timedelta(minutes=interview.duration_minutes),
        summary=summary,
        description=description,
        location=interview.location,
        url=interview.location if is_video else "",
    )


def _host() -> str:
    return urlsplit(settings.PUBLIC_BASE_URL).hostname or "localhost"


def _absolute(path: str) -> str:
    return settings.PUBLIC_BASE_URL.rstrip("/") + path
