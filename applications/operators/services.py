"""The operator's actions on a case: each in one transaction, each through the status machine.

Every action takes the version the operator saw (`expected_version`); if another operator
changed the case meanwhile, it is refused with "stale_version" and nothing changes.
"""

import zoneinfo
from datetime import datetime, timedelta
from functools import cache

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from applications import services, workflow
from applications.models import Actor, Application, ApplicationStatus, RejectionReason
from applications.operators import notifications
from applications.operators.models import (
    Interview,
    InterviewFormat,
    InterviewOutcome,
    OperatorNote,
)
from applications.operators.statuses import is_open
from portal.errors import DomainError

S = ApplicationStatus
MAX_TEXT = 5000
INTERVIEW_MINUTES = (15, 240)
INTERVIEW_HORIZON = timedelta(days=365)


# ---- Assignment


def application_assign(
    *, application: Application, operator, user, expected_version: int | None = None
) -> Application:
    """Assign an open case to `operator`, or unassign it with operator=None."""
    with transaction.atomic():
        locked = services.application_lock(
            application=application, expected_version=expected_version
        )
        if not is_open(locked.status):
            raise DomainError(
                "case_closed",
                _("This case is closed; its assignment can no longer change."),
                status_code=409,
            )
        current = locked.assigned_operator_id
        if operator is None and current is None:
            raise DomainError(
                "not_assigned", _("This case is not assigned to anyone."), status_code=409
            )
        if operator is not None and current == operator.pk:
            raise DomainError(
                "already_assigned",
                _("This case is already assigned to %(name)s.") % {"name": operator_name(operator)},
                status_code=409,
            )
        locked.assigned_operator = operator
        locked.version += 1
        locked.save(update_fields=["assigned_operator", "version", "updated_at"])
    return locked


# ---- Review


def application_review_start(
    *, application: Application, user, expected_version: int | None = None
) -> Application:
    """submitted → in_review; the case is assigned to the operator if nobody has it yet."""
    with transaction.atomic():
        locked = services.application_lock(
            application=application, expected_version=expected_version
        )
        if locked.status != S.SUBMITTED:
            workflow.check(locked.status, S.IN_REVIEW, Actor.OPERATOR)
            raise DomainError(
                "transition_not_allowed",
                _("Only a submitted case can be taken into review."),
                status_code=409,
            )
        locked = _move(locked, to=S.IN_REVIEW, user=user)
        if locked.assigned_operator_id is None:
            locked.assigned_operator = user
            locked.save(update_fields=["assigned_operator", "updated_at"])
    return locked


def information_request(
    *, application: Application, user, message: str, expected_version: int | None = None
):
    """in_review → info_requested with the question the candidate is emailed."""
    return services.information_request_create(
        application=application, message=message, user=user, expected_version=expected_version
    )


# ---- Interviews


def interview_schedule(
    *,
    application: Application,
    user,
    starts_at: datetime,
    time_zone: str,
    format: str,
    location: str,
    duration_minutes: int = 45,
    instructions: str = "",
    expected_version: int | None = None,
) -> Interview:
    """in_review → interview_scheduled; the candidate is emailed an .ics invitation."""
    location = (location or "").strip()
    instructions = (instructions or "").strip()
    errors = _interview_errors(starts_at, time_zone, format, location, duration_minutes)
    if errors:
        raise DomainError("invalid", _("The interview is not scheduled; see the fields."), errors)
    with transaction.atomic():
        locked = services.application_lock(
            application=application, expected_version=expected_version
        )
        local = timezone.localtime(starts_at, zoneinfo.ZoneInfo(time_zone))
        note = f"{local:%Y-%m-%d %H:%M} {time_zone} · {location}"
        locked = _move(locked, to=S.INTERVIEW_SCHEDULED, user=user, note=note)
        interview = Interview.objects.create(
            application=locked,
            starts_at=starts_at,
            time_zone=time_zone,
            duration_minutes=duration_minutes,
            format=format,
            location=location,
            instructions=instructions[:MAX_TEXT],
            scheduled_by=user,
        )
        notifications.interview_invitation_enqueue(interview)
    return interview


def interview_outcome_record(
    *,
    application: Application,
    user,
    outcome: str,
    notes: str = "",
    expected_version: int | None = None,
) -> Interview:
    """interview_scheduled → in_review, with how the interview went."""
    notes = (notes or "").strip()
    if outcome not in InterviewOutcome.values:
        error = _("Choose how the interview went.")
        raise DomainError("invalid", error, fields={"outcome": [error]})
    with transaction.atomic():
        locked = services.application_lock(
            application=application, expected_version=expected_version
        )
        interview = locked.interviews.filter(outcome="").order_by("-starts_at", "-pk").first()
        if locked.status != S.INTERVIEW_SCHEDULED or interview is None:
            raise DomainError(
                "no_interview",
                _("This case has no scheduled interview whose outcome could be recorded."),
                status_code=409,
            )
        _move(locked, to=S.IN_REVIEW, user=user, note=notes[:MAX_TEXT])
        interview.outcome = outcome
        interview.outcome_notes = notes[:MAX_TEXT]
        interview.outcome_recorded_by = user
        interview.outcome_recorded_at = timezone.now()
        interview.save(
            update_fields=["outcome", "outcome_notes", "outcome_recorded_by", "outcome_recorded_at"]
        )
    return interview


# ---- Decisions


def application_approve(
    *, application: Application, user, note: str, expected_version: int | None = None
) -> Application:
    """in_review | interview_scheduled → approved; the request to the MVD follows by itself."""
    note = _required_text(note, "note", _("Write why the case is approved."))
    return services.application_transition(
        application=application,
        to=S.APPROVED,
        actor=Actor.OPERATOR,
        user=user,
        note=note,
        expected_version=expected_version,
    )


def application_reject(
    *,
    application: Application,
    user,
    reason: str,
    note: str,
    expected_version: int | None = None,
) -> Application:
    """in_review | interview_scheduled → rejected, with a reason from the list and a note."""
    errors = {}
    if reason not in RejectionReason.values:
        errors["reason"] = [_("Choose the reason for the rejection.")]
    if not (note or "").strip():
        errors["note"] = [_("Explain the rejection.")]
    if errors:
        raise DomainError("invalid", _("The case is not rejected; see the fields."), errors)
    with transaction.atomic():
        locked = services.application_transition(
            application=application,
            to=S.REJECTED,
            actor=Actor.OPERATOR,
            user=user,
            note=note.strip()[:MAX_TEXT],
            expected_version=expected_version,
        )
        locked.rejection_reason = reason
        locked.save(update_fields=["rejection_reason", "updated_at"])
    return locked


# ---- Notes


def operator_note_add(*, application: Application, author, text: str) -> OperatorNote:
    """Append an internal note; notes are never edited or deleted."""
    text = _required_text(text, "text", _("Write the note."))
    return OperatorNote.objects.create(application=application, author=author, text=text)


# ---- The API's generic move


def application_operator_transition(
    *,
    application: Application,
    to: str,
    user,
    note: str = "",
    reason: str = "",
    expected_version: int | None = None,
) -> Application:
    """Move a case as the admin's buttons would, for the operator API's {"to", "note"}."""
    # A disallowed move is a 409 whatever else is wrong with the request.
    workflow.check(application.status, to, Actor.OPERATOR)
    arguments = {"application": application, "user": user, "expected_version": expected_version}
    if to == S.IN_REVIEW and application.status == S.SUBMITTED:
        return application_review_start(**arguments)
    if to == S.INFO_REQUESTED:
        return information_request(**arguments, message=note).application
    if to == S.INTERVIEW_SCHEDULED:
        raise DomainError(
            "interview_details_required",
            _(
                "Schedule an interview on the case's page in the admin: it needs a date, a time "
                "and a place or link."
            ),
        )
    if to == S.APPROVED:
        return application_approve(**arguments, note=note)
    if to == S.REJECTED:
        return application_reject(**arguments, reason=reason or RejectionReason.OTHER, note=note)
    return services.application_transition(
        application=application,
        to=to,
        actor=Actor.OPERATOR,
        user=user,
        note=(note or "").strip()[:MAX_TEXT],
        expected_version=expected_version,
    )


@cache
def known_time_zones() -> frozenset[str]:
    """The IANA zones this system knows (read from disk once)."""
    return frozenset(zoneinfo.available_timezones())


def operator_name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


# ---- Internals


def _move(locked: Application, *, to: str, user, note: str = "") -> Application:
    """Transition a case already locked (and version-checked) in this transaction."""
    return services.application_transition(
        application=locked, to=to, actor=Actor.OPERATOR, user=user, note=note
    )


def _required_text(value: str, field: str, message) -> str:
    value = (value or "").strip()
    if not value:
        raise DomainError("invalid", message, fields={field: [message]})
    if len(value) > MAX_TEXT:
        error = _("Keep it under %(count)s characters.") % {"count": MAX_TEXT}
        raise DomainError("invalid", error, fields={field: [error]})
    return value


def _interview_errors(starts_at, time_zone, format, location, duration) -> dict:
    errors: dict[str, list] = {}
    now = timezone.now()
    if time_zone not in known_time_zones():
        errors["time_zone"] = [_("Choose a time zone from the list.")]
    if starts_at is None or timezone.is_naive(starts_at):
        errors["date"] = [_("Give the date and time of the interview.")]
    elif starts_at <= now:
        errors["date"] = [_("The interview must be in the future.")]
    elif starts_at > now + INTERVIEW_HORIZON:
        errors["date"] = [_("Schedule the interview within the next twelve months.")]
    low, high = INTERVIEW_MINUTES
    if not isinstance(duration, int) or not low <= duration <= high:
        errors["duration_minutes"] = [
            _("An interview lasts between %(low)s and %(high)s minutes.")
            % {"low": low, "high": high}
        ]
    if format not in InterviewFormat.values:
        errors["format"] = [_("Choose a video call or a meeting in person.")]
    elif not location:
        errors["location"] = [
            _("Give the video call's link.")
            if format == InterviewFormat.VIDEO
            else _("Give the address of the meeting.")
        ]
    elif len(location) > 500:
        errors["location"] = [_("Keep it under %(count)s characters.") % {"count": 500}]
    elif format == InterviewFormat.VIDEO:
        try:
            URLValidator(schemes=["https"])(location)
        except ValidationError:
            errors["location"] = [_("Give the video call's https:// link.")]
    return errors
