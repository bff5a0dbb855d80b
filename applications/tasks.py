"""Celery tasks of the candidate's case: they take ids, are idempotent and retry."""

from smtplib import SMTPException

from celery import shared_task

from applications import notifications, services

# Mail servers fail transiently; connection errors are OSErrors.
RETRY = {
    "autoretry_for": (SMTPException, OSError),
    "retry_backoff": 30,
    "retry_backoff_max": 3600,
    "retry_jitter": True,
    "max_retries": 10,
}


@shared_task(name="applications.status_change_notify", **RETRY)
def status_change_notify(change_id: int) -> bool:
    """Email the candidate about a status change; a second run sends nothing."""
    return notifications.status_change_send(change_id)


@shared_task(name="applications.resume_link_notify", **RETRY)
def resume_link_notify(application_id: int) -> bool:
    return notifications.resume_link_send(application_id)


@shared_task(name="applications.purge_stale_drafts")
def purge_stale_drafts() -> int:
    """Delete drafts untouched for 30 days. No longer on beat: privacy.purge_personal_data
    applies RETENTION_DAYS_DRAFT with a destruction record; kept for messages still queued."""
    return services.drafts_purge_stale()


@shared_task(name="applications.interview_invitation_notify", **RETRY)
def interview_invitation_notify(interview_id: int) -> bool:
    """Email the candidate the interview invitation (.ics attached); a second run sends nothing."""
    from applications.operators.notifications import interview_invitation_send

    return interview_invitation_send(interview_id)
