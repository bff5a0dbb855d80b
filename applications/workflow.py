"""The status machine of a case: the only table of transitions, the only `status =`.

Other parts of the portal react to a status change by subscribing a transition hook
(`transition_hooks.subscribe(hook)`), never by being called from here by name: forwarding
creates its ministry requests that way, so the status machine knows nothing of ministries.
"""

from collections.abc import Callable, Sequence
from contextlib import contextmanager

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from applications.models import Actor, Application, ApplicationStatus, StatusChange
from portal.errors import DomainError
from stats.facts import record_status_facts

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


TransitionHook = Callable[[Application, StatusChange], None]


class TransitionHooks:
    """Functions called with (case, history row) after every transition, in its transaction.

    A hook runs inside the transaction that moves the case, after the history row is written
    and the case saved: what it writes commits or rolls back with the transition, and an
    exception it raises refuses the transition. Hooks run in the order they subscribed.
    """

    def __init__(self):
        self._hooks: list[TransitionHook] = []

    def subscribe(self, hook: TransitionHook) -> TransitionHook:
        """Add `hook` (once; usable as a decorator)."""
        if hook not in self._hooks:
            self._hooks.append(hook)
        return hook

    def unsubscribe(self, hook: TransitionHook) -> None:
        if hook in self._hooks:
            self._hooks.remove(hook)

    @contextmanager
    def subscribed(self, hook: TransitionHook):
        """`hook` subscribed for the duration of a block (tests, one-off jobs)."""
        self.subscribe(hook)
        try:
            yield hook
        finally:
            self.unsubscribe(hook)

    def run(self, application: Application, change: StatusChange) -> None:
        for hook in list(self._hooks):
            hook(application, change)


transition_hooks = TransitionHooks()


def transition(
    application: Application, *, to: str, actor: str, user=None, note: str = ""
) -> StatusChange:
    """Move a locked case to `to`, bump its version, write the history row and run the
    transition hooks; the caller's transaction commits it all."""
    return transitions([application], to=to, actor=actor, user=user, notes=[note])[0]


def transitions(
    applications: Sequence[Application],
    *,
    to: str,
    actor: str,
    user=None,
    notes: Sequence[str] | None = None,
) -> list[StatusChange]:
    """`transition` for several locked cases at once (a worker's batch): the same checks,
    rows, facts and hooks, written with a few statements for the lot rather than per case."""
    notes = notes or [""] * len(applications)
    for application in applications:
        check(application.status, to, actor)
    at = timezone.now()
    changes = StatusChange.objects.bulk_create(
        [
            StatusChange(
                application=application,
                from_status=application.status,
                to_status=to,
                actor=user,
                actor_label=actor,
                note=note,
                at=at,
            )
            for application, note in zip(applications, notes, strict=True)
        ]
    )
    # The same new values for every case: one plain UPDATE, mirrored on the locked instances.
    moved = {"status": to, "updated_at": at} | ({"submitted_at": at} if to == S.SUBMITTED else {})
    Application.objects.filter(pk__in=[application.pk for application in applications]).update(
        version=F("version") + 1, **moved
    )
    for application in applications:
        application.version += 1
        for name, value in moved.items():
            setattr(application, name, value)
    moves = list(zip(applications, changes, strict=True))
    record_status_facts(moves)
    for application, change in moves:
        transition_hooks.run(application, change)
    return changes


def _status_label(value: str) -> str:
    return S(value).label if value in S.values else value
