"""The one forwarding service: create outbox rows, deliver one, sweep, take MVD decisions.

A delivery is claimed (in_flight, with a lease) by one UPDATE, sent outside any transaction,
and its outcome recorded in a short transaction. A worker that dies mid-send leaves an
in_flight row whose lease runs out; the sweeper re-nudges it, and the fixed idempotency key
makes the ministry answer with the case it already has.
"""

import logging
import random
from dataclasses import dataclass
from datetime import timedelta

import httpx
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from applications.forwarding import (
    ministries,  # noqa: F401 - registers the forwarders
    transport,
)
from applications.forwarding.base import registry
from applications.forwarding.models import (
    Delivery,
    DeliveryEvent,
    DeliveryEventKind,
    DeliveryState,
    DeliveryTarget,
    MvdDecision,
)
from applications.models import Actor, Application, ApplicationStatus
from portal.errors import DomainError
from portal.roles import GROUP_NAMES, Role

logger = logging.getLogger(__name__)
S = ApplicationStatus
SWEEP_BATCH = 500


@dataclass(frozen=True)
class Outcome:
    delivered: bool = False
    retry: bool = False
    status_code: int | None = None
    error: str = ""
    body: dict | None = None


# ---- Creating outbox rows (inside the caller's transaction)


def deliveries_for_transition(*, application: Application, to_status: str) -> None:
    """Approval asks MVD for the status; a granted status asks MID for the visa."""
    if to_status == S.APPROVED:
        delivery_create(application=application, target=DeliveryTarget.MVD_CASE)
    elif to_status == S.STATUS_GRANTED:
        delivery_create(application=application, target=DeliveryTarget.MID_VISA)


def delivery_create(*, application: Application, target: str) -> Delivery:
    delivery, created = Delivery.objects.get_or_create(
        application=application, target=target, defaults={"next_attempt_at": timezone.now()}
    )
    if created:
        transaction.on_commit(lambda: delivery_enqueue(delivery.pk))
    return delivery


def delivery_enqueue(delivery_id: int, countdown: float = 0) -> None:
    from applications.forwarding.tasks import deliver

    try:
        deliver.apply_async(args=[delivery_id], countdown=countdown)
    except Exception:
        # The broker is only a nudge: the sweeper finds the row anyway.
        logger.exception("could not enqueue delivery %s; the sweeper will", delivery_id)


# ---- Delivering one row (the worker)


def delivery_attempt(*, delivery_id: int) -> str | None:
    """Send one due delivery once; returns its new state, or None if it was not due."""
    delivery = _claim(delivery_id)
    if delivery is None:
        return None
    outcome = _send(delivery)
    return _record(delivery, outcome)


def _claim(delivery_id: int) -> Delivery | None:
    now = timezone.now()
    # One autocommitted UPDATE claims the row. A second claimer waits on its row lock and then
    # finds it no longer due (PostgreSQL rechecks the WHERE on the new row), so one claim wins.
    claimed = (
        Delivery.objects.due(now)
        .filter(pk=delivery_id)
        .update(
            state=DeliveryState.IN_FLIGHT,
            attempts=F("attempts") + 1,
            lease_expires_at=now + timedelta(seconds=settings.FORWARDING_LEASE_SECONDS),
            updated_at=now,
        )
    )
    if not claimed:
        return None
    return Delivery.objects.select_related("application").get(pk=delivery_id)


def _send(delivery: Delivery) -> Outcome:
    forwarder = registry.get(delivery.target)
    headers = {
        "Authorization": f"Bearer {forwarder.token()}",
        "Idempotency-Key": str(delivery.idempotency_key),
    }
    timeout = httpx.Timeout(
        settings.FORWARDING_READ_TIMEOUT, connect=settings.FORWARDING_CONNECT_TIMEOUT
    )
    try:
        body = forwarder.build_payload(delivery)
        response = transport.client().post(
            forwarder.url(), json=body, headers=headers, timeout=timeout
        )
    except httpx.TimeoutException as error:
        return Outcome(retry=True, error=f"timeout: {error.__class__.__name__}")
    except httpx.TransportError as error:
        return Outcome(retry=True, error=f"connection error: {error}")
    return classify(response)


def classify(response: httpx.Response) -> Outcome:
    """2xx delivered; 5xx, 408 and 429 worth retrying; any other answer is final."""
    try:
        body = response.json()
    except ValueError:
        body = None
    code = response.status_code
    if 200 <= code < 300 and isinstance(body, dict) and body.get("external_id"):
        return Outcome(delivered=True, status_code=code, body=body)
    error = f"HTTP {code}: {response.text[:500]}"
    return Outcome(retry=code >= 500 or code in (408, 429), status_code=code, error=error)


def _record(delivery: Delivery, outcome: Outcome) -> str:
    retry = outcome.retry and delivery.attempts < settings.FORWARDING_MAX_ATTEMPTS
    delay = backoff_seconds(delivery.attempts) if retry else None
    changes = _outcome_changes(outcome, retry_in=delay)
    with transaction.atomic():
        DeliveryEvent.objects.create(
            delivery=delivery,
            kind=DeliveryEventKind.ATTEMPT,
            status_code=outcome.status_code,
            outcome="delivered" if outcome.delivered else outcome.error[:200],
        )
        # One UPDATE, no locking read first: it skips a row that a worker which took over after
        # our lease ran out has delivered meanwhile.
        recorded = (
            Delivery.objects.filter(pk=delivery.pk)
            .exclude(state=DeliveryState.DELIVERED)
            .update(**changes, updated_at=timezone.now())
        )
        if not recorded:
            return DeliveryState.DELIVERED
        for name, value in changes.items():
            setattr(delivery, name, value)
        if outcome.delivered:
            _mark_delivered(delivery)
        elif retry:
            transaction.on_commit(lambda: delivery_enqueue(delivery.pk, countdown=delay))
        else:
            transaction.on_commit(lambda: operators_notify_failure(delivery_id=delivery.pk))
    return delivery.state


def _outcome_changes(outcome: Outcome, *, retry_in: float | None) -> dict:
    """The delivery's columns after this attempt: delivered, pending a retry, or failed."""
    changes = {"last_status_code": outcome.status_code, "lease_expires_at": None}
    if outcome.delivered:
        return changes | {
            "state": DeliveryState.DELIVERED,
            "external_id": outcome.body["external_id"],
            "response": outcome.body,
            "delivered_at": timezone.now(),
            "last_error": "",
            "next_attempt_at": None,
        }
    if retry_in is not None:
        return changes | {
            "state": DeliveryState.PENDING,
            "last_error": outcome.error,
            "next_attempt_at": timezone.now() + timedelta(seconds=retry_in),
        }
    return changes | {
        "state": DeliveryState.FAILED,
        "last_error": outcome.error,
        "next_attempt_at": None,
    }


def _mark_delivered(delivery: Delivery) -> None:
    from applications.services import application_transition

    if delivery.target == DeliveryTarget.MVD_CASE:
        application_transition(
            application=delivery.application,
            to=S.SENT_TO_MVD,
            actor=Actor.WORKER,
            note=f"MVD case {delivery.external_id}",
        )
        # The decision may have been called back before we recorded the delivery.
        pending = MvdDecision.objects.filter(
            external_id=delivery.external_id, applied_at__isnull=True
        ).first()
        if pending is not None:
            decision_apply(decision=pending)


def backoff_seconds(attempts: int) -> float:
    """Exponential backoff with jitter: about base·2^(n−1), capped, spread over its upper half."""
    ceiling = min(
        settings.FORWARDING_BACKOFF_MAX_SECONDS,
        settings.FORWARDING_BACKOFF_BASE_SECONDS * 2 ** (attempts - 1),
    )
    return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not cryptography


def operators_notify_failure(*, delivery_id: int) -> bool:
    """Email the operators once about a failed delivery; False if they already were."""
    with transaction.atomic():
        delivery = (
            Delivery.objects.select_for_update().select_related("application").get(pk=delivery_id)
        )
        if delivery.failure_notified_at is not None or delivery.state != DeliveryState.FAILED:
            return False
        recipients = list(
            get_user_model()
            .objects.filter(groups__name=GROUP_NAMES[Role.OPERATOR], is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
        )
        delivery.failure_notified_at = timezone.now()
        delivery.save(update_fields=["failure_notified_at", "updated_at"])
    if recipients:
        reference = delivery.application.reference
        send_mail(
            subject=f"[Time to Live in Russia] Delivery failed: {reference}",
            message=(
                f"{delivery.get_target_display()} for case {reference} failed after "
                f"{delivery.attempts} attempt(s).\n\nLast error: {delivery.last_error}\n\n"
                "Open the case in the admin to see the delivery and retry it."
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=recipients,
        )
    return True


# ---- Operators and the sweeper


def delivery_retry(*, delivery: Delivery, user) -> Delivery:
    """An operator's "retry now" of a failed delivery: attempts reset, audited, nudged."""
    with transaction.atomic():
        locked = Delivery.objects.select_for_update().get(pk=delivery.pk)
        if locked.state != DeliveryState.FAILED:
            raise DomainError(
                "delivery_not_failed", _("Only a failed delivery can be retried."), status_code=409
            )
        locked.state = DeliveryState.PENDING
        locked.attempts = 0
        locked.next_attempt_at = timezone.now()
        locked.failure_notified_at = None
        locked.save()
        DeliveryEvent.objects.create(
            delivery=locked, kind=DeliveryEventKind.RETRY_REQUESTED, actor=user
        )
        transaction.on_commit(lambda: delivery_enqueue(locked.pk))
    return locked


def deliveries_sweep() -> int:
    """Re-nudge due pending rows and in-flight rows whose worker died; returns how many."""
    due = list(Delivery.objects.due(timezone.now()).values_list("pk", flat=True)[:SWEEP_BATCH])
    for delivery_id in due:
        delivery_enqueue(delivery_id)
    return len(due)


# ---- The MVD decision callback


def mvd_decision_receive(
    *, external_id: str, reference: str, decision: str, decided_at, note: str = ""
) -> Application:
    """Store the decision once and apply it to the case; the same decision again changes nothing."""
    with transaction.atomic():
        delivery = (
            Delivery.objects.select_related("application")
            .filter(
                target=DeliveryTarget.MVD_CASE,
                external_id=external_id,
                application__reference=reference,
            )
            .first()
        )
        if delivery is None:
            raise DomainError("unknown_case", _("No case was sent with this id."), status_code=404)
        stored, created = MvdDecision.objects.select_for_update().get_or_create(
            external_id=external_id,
            defaults={
                "reference": reference,
                "decision": decision,
                "decided_at": decided_at,
                "note": note,
            },
        )
        if not created and stored.decision != decision:
            raise DomainError(
                "decision_conflict",
                _("A different decision was already recorded for this case."),
                status_code=409,
            )
        decision_apply(decision=stored)
    delivery.application.refresh_from_db()
    return delivery.application


def decision_apply(*, decision: MvdDecision) -> None:
    """Move a case sent to MVD to its decided status, once; a case not yet marked sent waits."""
    from applications.services import application_transition

    if decision.applied_at is not None:
        return
    application = Application.objects.get(reference=decision.reference)
    if application.status != S.SENT_TO_MVD:
        return
    to = S.STATUS_GRANTED if decision.decision == "granted" else S.STATUS_REFUSED
    application_transition(
        application=application, to=to, actor=Actor.MVD, note=decision.note[:1000]
    )
    decision.applied_at = timezone.now()
    decision.save(update_fields=["applied_at"])
