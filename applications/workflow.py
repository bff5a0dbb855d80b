"""The status machine of a case: the only table of transitions, the only `status =`."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from applications.models import Actor, Application, ApplicationStatus, StatusChange
from portal.errors import DomainError
from stats.facts import record_status_fact

S = ApplicationStatus

# (from, to) → who may make that move; exactly the transitions of shared/CONTRACT.md.
TRANSITIONS: dict[tuple[str, str], frozenset[str]] = {
    (S.DRAFT, S.SUBMITTED): frozenset({Actor.CANDIDATE}),
    (S.SUBMITTED, S.IN_REVIEW): frozenset({Actor.OPERATOR}),
    (S.IN_REVIEW, S.INFO_REQUESTED): frozenset({Actor.OPERATOR}),
    (S.INFO_REQUESTED, S.IN_REVIEW): frozenset({Actor.CANDIDATE}),
    (S.IN_REVIEW, S.INTERVIEW_SCHEDULED): frozenset({Actor.OPERATOR}),
    (S.INTERVIEW_SCHEDULED, S.IN_REVIEW): frozenset({Actor.OPERATOR}),
    (S.IN_REVIEW, S.APPROVED): frozenset({Actor.OPERATOR}),
    (S.IN_REVIEW, S.REJECTED): frozenset({Actor.OPERATOR}),
    (S.INTERVIEW_SCHEDULED, S.APPROVED): frozenset({Actor.OPERATOR}),
    (S.INTERVIEW_SCHEDULED, S.REJECTED): frozenset({Actor.OPERATOR}),
    (S.APPROVED, S.SENT_TO_MVD): frozenset({Actor.WORKER}),
    (S.SENT_TO_MVD, S.STATUS_GRANTED): frozenset({Actor.MVD}),
    (S.SENT_TO_MVD, S.STATUS_REFUSED): frozenset({Actor.MVD}),
    (S.DRAFT, S.WITHDRAWN): frozenset({Actor.CANDIDATE}),
    (S.SUBMITTED, S.WITHDRAWN): frozenset({Actor.CANDIDATE}),
    (S.INFO_REQUESTED, S.WITHDRAWN): frozenset({Actor.CANDIDATE}),
}


# A candidate may add documents until the operator has decided.
CANDIDATE_UPLOAD_STATUSES = frozenset(
    {S.DRAFT, S.SUBMITTED, S.IN_REVIEW, S.INFO_REQUESTED, S.INTERVIEW_SCHEDULED}
)


def candidate_may_upload(status: str) -> bool:
    return status in CANDIDATE_UPLOAD_STATUSES


def is_allowed(from_status: str, to_status: str, actor: str) -> bool:
    return actor in TRANSITIONS.get((from_status, to_status), ())


def allowed_targets(from_status: str, actor: str) -> list[str]:
    """The statuses `actor` may move a case in `from_status` to, in the order of the table."""
    return [
        to
        for (source, to), actors in TRANSITIONS.items()
        if source == from_status and actor in actors
    ]


def check(from_status: str, to_status: str, actor: str) -> None:
    """Raise DomainError(transition_not_allowed, 409) unless the table allows the move."""
    if is_allowed(from_status, to_status, actor):
        return
    labels = {"from": S(from_status).label, "to": _status_label(to_status)}
    if (from_status, to_status) in TRANSITIONS:
        labels["actor"] = Actor(actor).label if actor in Actor.values else actor
        message = _("A case cannot be moved from “%(from)s” to “%(to)s” by %(actor)s.") % labels
    else:
        message = _("A case in status “%(from)s” cannot move to “%(to)s”.") % labels
    raise DomainError("transition_not_allowed", message, status_code=409)


def transition(
    application: Application, *, to: str, actor: str, user=None, note: str = ""
) -> StatusChange:
    """Move a locked case to `to`, bump its version and write the history row; caller commits."""
    check(application.status, to, actor)
    change = StatusChange.objects.create(
        application=application,
        from_status=application.status,
        to_status=to,
        actor=user,
        actor_label=actor,
        note=note,
        at=timezone.now(),
    )
    application.status = to
    application.version += 1
    fields = ["status", "version", "updated_at"]
    if to == S.SUBMITTED:
        application.submitted_at = change.at
        fields.append("submitted_at")
    application.save(update_fields=fields)
    record_status_fact(application=application, change=change)
    return change


def _status_label(value: str) -> str:
    return S(value).label if value in S.values else value
