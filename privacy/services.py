"""Write use cases of personal data: the purge, legal holds and the candidate's erasure request."""

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import CandidateAccount
from applications import services as application_services
from applications import workflow
from applications.forwarding.models import MvdDecision
from applications.models import Actor, Application, ApplicationStatus, Document
from portal.errors import DomainError
from privacy.access_log import access_log_write
from privacy.models import (
    AccessKind,
    DestructionRecord,
    ErasureRequest,
    LegalHold,
    PurgeRule,
    PurgeTrigger,
)
from privacy.retention import FINAL_STATUSES, due_for_purge, rule_days

# Requests first: a closed case the candidate asked to erase is recorded under their request.
PURGE_RULES = (PurgeRule.ERASURE_REQUEST, PurgeRule.CLOSED, PurgeRule.GRANTED, PurgeRule.DRAFT)


@dataclass(frozen=True)
class PurgeCount:
    rule: str
    cases: int
    files: int


def purge_personal_data(
    *,
    dry_run: bool = False,
    trigger: str = PurgeTrigger.COMMAND,
    user=None,
    now: datetime | None = None,
    rules=PURGE_RULES,
    application_ids=None,
) -> list[PurgeCount]:
    """Destroy the personal data and files of every case a retention rule makes due; one
    destruction record per rule. Each case goes in its own transaction, its row locked with
    SKIP LOCKED, so two runs at once never destroy (or count) the same case twice."""
    now = now or timezone.now()
    counts = []
    for rule in rules:
        started = timezone.now()
        due = due_for_purge(rule, now=now)
        if application_ids is not None:
            due = due.filter(pk__in=application_ids)
        ids = list(due.order_by("pk").values_list("pk", flat=True))
        if dry_run:
            files = Document.objects.filter(application_id__in=ids).count()
            counts.append(PurgeCount(rule, len(ids), files))
            continue
        cases = files = 0
        for pk in ids:
            destroyed = _purge_case(pk, rule=rule, now=now)
            if destroyed is not None:
                cases += 1
                files += destroyed
        DestructionRecord.objects.create(
            rule=rule,
            retention_days=rule_days(rule),
            cases=cases,
            files=files,
            started_at=started,
            finished_at=timezone.now(),
            trigger=trigger,
            performed_by=user,
        )
        counts.append(PurgeCount(rule, cases, files))
    if not dry_run and application_ids is None:
        purge_idle_accounts(now=now)
    return counts


def _purge_case(pk: int, *, rule: str, now: datetime) -> int | None:
    """Destroy one case if it is still due and nobody else holds it; the files destroyed."""
    with transaction.atomic():
        case = (
            due_for_purge(rule, now=now)
            .filter(pk=pk)
            .select_for_update(skip_locked=True, of=("self",))
            .first()
        )
        if case is None:
            return None
        files = list(
            Document.objects.filter(application=case)
            .exclude(file="")
            .values_list("file", flat=True)
        )
        _delete_case(case)
        # Inside the transaction: if the storage fails, the case stays and the next run retries,
        # rather than rows gone and files left behind.
        storage = Document._meta.get_field("file").storage
        for name in files:
            storage.delete(name)
        return len(files)


def _delete_case(case: Application) -> None:
    """The case row and everything that points at it, including what would protect it, and
    the candidate's Gosuslugi account once no case of theirs is left."""
    if case.reference:
        MvdDecision.objects.filter(reference=case.reference).delete()
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Application), object_id=str(case.pk)
    ).delete()
    for relation in Application._meta.related_objects:
        if relation.on_delete is models.PROTECT:
            relation.related_model._base_manager.filter(**{relation.field.name: case}).delete()
    case.delete()
    if case.account_id is not None:
        _delete_accounts(CandidateAccount.objects.filter(pk=case.account_id))


def _delete_accounts(accounts) -> int:
    """Accounts with no case left, with their sign-in user (the account goes with it): the
    identity Gosuslugi certified (names, birth date, citizenship, e-mail) is personal data."""
    unused = accounts.exclude(Exists(Application.objects.filter(account=OuterRef("pk"))))
    users = list(unused.values_list("user_id", flat=True))
    get_user_model().objects.filter(pk__in=users).delete()
    return len(users)


def purge_idle_accounts(*, now: datetime) -> int:
    """Accounts that never applied (or whose cases are gone) and have not signed in for the
    drafts' retention period: nothing on our side needs them any more."""
    cutoff = now - timedelta(days=rule_days(PurgeRule.DRAFT))
    idle = CandidateAccount.objects.filter(
        Q(last_signed_in_at__lt=cutoff) | Q(last_signed_in_at__isnull=True, created_at__lt=cutoff)
    )
    with transaction.atomic():
        return _delete_accounts(idle)


# ---- Legal hold


def legal_hold_place(*, application: Application, reason: str, user=None) -> LegalHold:
    """Keep a case from being purged; the case row is locked so a running purge sees it."""
    reason = (reason or "").strip()
    if not reason:
        error = _("Say why the case is on hold.")
        raise DomainError("invalid", error, fields={"reason": [error]})
    with transaction.atomic():
        locked = application_services.application_lock(application=application)
        hold, _created = LegalHold.objects.update_or_create(
            application=locked, defaults={"reason": reason, "placed_by": user}
        )
    return hold


# ---- The candidate's rights


class ErasureOutcome(enum.StrEnum):
    SCHEDULED = "scheduled"
    OPERATOR_ASKED = "operator_asked"


def candidate_erasure_request(*, application: Application) -> ErasureOutcome:
    """Withdraw the case if its status allows and erase it; else the operator is asked (the
    request stays on the case) and the case is erased once it is closed."""
    with transaction.atomic():
        locked = application_services.application_lock(application=application)
        ErasureRequest.objects.get_or_create(application=locked)
        access_log_write(user=None, kind=AccessKind.CANDIDATE_ERASURE, application=locked)
        if workflow.is_allowed(locked.status, ApplicationStatus.WITHDRAWN, Actor.CANDIDATE):
            locked = application_services.application_withdraw(
                application=locked,
                note=str(_("Withdrawn by the candidate, who asked for erasure.")),
            )
        if locked.status not in FINAL_STATUSES:
            return ErasureOutcome.OPERATOR_ASKED
        pk = locked.pk
        transaction.on_commit(lambda: _erase_enqueue(pk))
    return ErasureOutcome.SCHEDULED


def _erase_enqueue(application_id: int) -> None:
    from privacy.tasks import erase_requested_case

    erase_requested_case.delay(application_id)
