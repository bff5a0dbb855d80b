"""The one forwarding service: outbox rows, batched delivery, the sweeper, decisions, alerts.

Deliveries are sent in batches. One statement claims several due rows (in_flight, with one
lease that also marks the claim as ours); they are sent one after another over the
kept-alive connection, outside any transaction; their outcomes are recorded together in one
short transaction that only touches rows still under our claim. A worker that dies mid-batch
leaves in_flight rows whose lease runs out; the sweeper re-nudges them, and the fixed
idempotency key makes the ministry answer with the case it already has.

Nothing here names a ministry: what a delivery means for the case comes from its plugin
(forwarding.base, forwarding.ministries). Forwarding learns of status changes through the
status machine's transition hooks (see `on_transition`), so `applications.services` does not
import this module.
"""

import logging
import time
from dataclasses import dataclass
from datetime import timedelta

import httpx
from celery import current_app
from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _

from applications.forwarding import (
    ministries,  # noqa: F401 - registers the built-in plugins
    transport,
)
from applications.forwarding.alerts import operators_alert_failure
from applications.forwarding.base import DecidingForwarder, Forwarder, ForwarderRegistry, registry
from applications.forwarding.models import (
    CallbackReceipt,
    Delivery,
    DeliveryEvent,
    DeliveryEventKind,
    DeliveryState,
    MvdDecision,
)
from applications.forwarding.schedule import backoff_seconds, reconcile_after
from applications.models import Actor, Application, StatusChange
from applications.services import application_transition, applications_transition
from portal.errors import DomainError

logger = logging.getLogger(__name__)
SWEEP_BATCH = 500
DELIVER_TASK = "forwarding.deliver"


@dataclass(frozen=True)
class Outcome:
    delivered: bool = False
    retry: bool = False
    # Not sent at all: the batch's lease would not have covered it; back to pending as is.
    released: bool = False
    status_code: int | None = None
    error: str = ""
    body: dict | None = None


# ---- Creating outbox rows (a transition hook: inside the transition's transaction)


def deliveries_for_transition(
    application: Application, change: StatusChange, *, forwarders: ForwarderRegistry = registry
) -> list[Delivery]:
    """One outbox row per plugin that the new status triggers."""
    return [
        delivery_create(application=application, target=forwarder.target)
        for forwarder in forwarders.triggered_by(change.to_status)
    ]


def on_transition(application: Application, change: StatusChange) -> None:
    """The transition hook of the built-in registry (subscribed in ApplicationsConfig.ready)."""
    deliveries_for_transition(application, change)


def delivery_create(*, application: Application, target: str) -> Delivery:
    delivery, created = Delivery.objects.get_or_create(
        application=application, target=target, defaults={"next_attempt_at": timezone.now()}
    )
    if created:
        transaction.on_commit(lambda: delivery_enqueue(delivery.pk))
    return delivery


def delivery_enqueue(delivery_id: int, countdown: float = 0) -> None:
    """Nudge a worker about a row (by task name: the task module imports this one)."""
    try:
        current_app.tasks[DELIVER_TASK].apply_async(args=[delivery_id], countdown=countdown)
    except Exception:
        # The broker is only a nudge: the sweeper finds the row anyway.
        logger.exception("could not enqueue delivery %s; the sweeper will", delivery_id)


# ---- Delivering a batch (the worker)


def deliveries_send(
    *,
    delivery_id: int | None = None,
    forwarders: ForwarderRegistry = registry,
    limit: int | None = None,
) -> dict[int, str]:
    """Claim up to `limit` due rows of `forwarders` (the nudged one first), send each once and
    record them together; returns {delivery id: new state}, empty when nothing was due."""
    limit = limit or settings.FORWARDING_BATCH_SIZE
    lease, ids = _claim(delivery_id, [f.target for f in forwarders], limit)
    if not ids:
        return {}
    # Start no send that the lease might not cover to its timeout: past the lease, another
    # worker may take the row over and the ministry would see it twice. The first row always
    # goes (the lease is longer than one send's timeouts), so a batch always makes progress.
    budget = settings.FORWARDING_CONNECT_TIMEOUT + settings.FORWARDING_READ_TIMEOUT
    send_until = time.monotonic() + settings.FORWARDING_LEASE_SECONDS - budget
    batch = list(Delivery.objects.select_related("application").filter(pk__in=ids))
    bodies = _payloads(batch, forwarders)
    outcomes = []
    for delivery in batch:
        if outcomes and time.monotonic() > send_until:
            outcomes.append((delivery, Outcome(released=True)))
        else:
            forwarder = forwarders.get(delivery.target)
            outcomes.append((delivery, _send(delivery, forwarder, bodies[delivery.pk])))
    return _record(outcomes, lease, forwarders)


def delivery_attempt(*, delivery_id: int) -> str | None:
    """Send one due delivery alone; its new state, or None if it was not due."""
    states = deliveries_send(delivery_id=delivery_id, limit=1)
    return states.get(delivery_id)


def _claim(delivery_id: int | None, targets: list[str], limit: int) -> tuple:
    """One UPDATE claims up to `limit` due rows; concurrent claimers skip each other's rows."""
    if not targets:
        return None, []
    now = timezone.now()
    # The lease is also the claim's mark: recording only touches rows still holding it.
    lease = now + timedelta(seconds=settings.FORWARDING_LEASE_SECONDS)
    table = Delivery._meta.db_table
    skip_locked = " FOR UPDATE SKIP LOCKED" if connection.vendor == "postgresql" else ""
    placeholders = ", ".join(["%s"] * len(targets))
    sql = f"""
        UPDATE {table}
        SET state = %s, attempts = attempts + 1, lease_expires_at = %s, updated_at = %s
        WHERE id IN (
            SELECT id FROM {table}
            WHERE ((state = %s AND next_attempt_at <= %s) OR (state = %s AND lease_expires_at < %s))
              AND target IN ({placeholders})
            ORDER BY CASE WHEN id = %s THEN 0 ELSE 1 END, next_attempt_at, id
            LIMIT %s{skip_locked}
        )
        RETURNING id
    """  # noqa: S608 - the table name is ours; values are parameters
    # Datetimes as the ORM stores them (SQLite keeps text, compared as such).
    as_column = connection.ops.adapt_datetimefield_value
    params = [
        DeliveryState.IN_FLIGHT,
        as_column(lease),
        as_column(now),
        DeliveryState.PENDING,
        as_column(now),
        DeliveryState.IN_FLIGHT,
        as_column(now),
        *targets,
        delivery_id or 0,
        limit,
    ]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)
        ids = [row[0] for row in cursor.fetchall()]
    return lease, ids


def _payloads(batch: list[Delivery], forwarders: ForwarderRegistry) -> dict[int, dict]:
    """Each delivery's body by delivery id, built per plugin for its whole share of the batch."""
    by_target: dict[str, list[Delivery]] = {}
    for delivery in batch:
        by_target.setdefault(delivery.target, []).append(delivery)
    bodies = {}
    for target, deliveries in by_target.items():
        built = forwarders.get(target).build_payloads([d.application for d in deliveries])
        bodies.update({d.pk: built[d.application_id] for d in deliveries})
    return bodies


def _send(delivery: Delivery, forwarder: Forwarder, body: dict) -> Outcome:
    headers = {
        "Authorization": f"Bearer {forwarder.token()}",
        "Idempotency-Key": str(delivery.idempotency_key),
    }
    try:
        response = transport.client().post(
            forwarder.url(), json=body, headers=headers, timeout=_timeout()
        )
    except httpx.TimeoutException as error:
        return Outcome(retry=True, error=f"timeout: {error.__class__.__name__}")
    except httpx.TransportError as error:
        return Outcome(retry=True, error=f"connection error: {error}")
    return classify(response)


def _timeout() -> httpx.Timeout:
    return httpx.Timeout(
        settings.FORWARDING_READ_TIMEOUT, connect=settings.FORWARDING_CONNECT_TIMEOUT
    )


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


def _record(outcomes: list[tuple], lease, forwarders: ForwarderRegistry) -> dict[int, str]:
    """Write the batch's outcomes in one transaction: events, rows, and the cases' moves."""
    now = timezone.now()
    states: dict[int, str] = {}
    nudges: list[tuple[int, float]] = []
    failed: list[int] = []
    with transaction.atomic():
        # Rows a worker took over after our lease ran out are theirs now: left alone.
        ours = set(
            Delivery.objects.select_for_update()
            .filter(pk__in=[d.pk for d, _o in outcomes], lease_expires_at=lease)
            .values_list("pk", flat=True)
        )
        events, changed, delivered = [], [], []
        for delivery, outcome in outcomes:
            if delivery.pk not in ours:
                continue
            forwarder = forwarders.get(delivery.target)
            if outcome.released:
                _apply(delivery, state=DeliveryState.PENDING, attempts=delivery.attempts - 1)
                _apply(delivery, next_attempt_at=now, lease_expires_at=None, updated_at=now)
                changed.append(delivery)
                nudges.append((delivery.pk, 0))
                states[delivery.pk] = delivery.state
                continue
            retry = outcome.retry and delivery.attempts < settings.FORWARDING_MAX_ATTEMPTS
            delay = backoff_seconds(delivery.attempts) if retry else None
            _apply(delivery, **_outcome_changes(outcome, now=now, retry_in=delay))
            if outcome.delivered and isinstance(forwarder, DecidingForwarder):
                _apply(delivery, decision_check_at=now + reconcile_after())
            _apply(delivery, updated_at=now)
            changed.append(delivery)
            events.append(
                DeliveryEvent(
                    delivery=delivery,
                    kind=DeliveryEventKind.ATTEMPT,
                    status_code=outcome.status_code,
                    outcome="delivered" if outcome.delivered else outcome.error[:200],
                )
            )
            if outcome.delivered:
                delivered.append((delivery, forwarder))
            elif retry:
                nudges.append((delivery.pk, delay))
            else:
                failed.append(delivery.pk)
            states[delivery.pk] = delivery.state
        DeliveryEvent.objects.bulk_create(events)
        _save_recorded(changed)
        _cases_moved_on_delivery(delivered)
        transaction.on_commit(lambda: [delivery_enqueue(pk, countdown=d) for pk, d in nudges])
        for delivery_id in failed:
            transaction.on_commit(
                lambda delivery_id=delivery_id: operators_alert_failure(delivery_id=delivery_id)
            )
    return states


RECORDED_FIELDS = [
    "state",
    "attempts",
    "last_status_code",
    "lease_expires_at",
    "last_error",
    "external_id",
    "response",
    "delivered_at",
    "next_attempt_at",
    "decision_check_at",
    "updated_at",
]


def _save_recorded(changed: list[Delivery]) -> None:
    """Save the batch's recorded columns: those with one value for the whole batch in a plain
    UPDATE, only the others (external id, response, ...) row by row; Django's CASE-per-row
    bulk update of every column costs the worker more than the statements themselves."""
    if not changed:
        return
    common = {
        name: getattr(changed[0], name)
        for name in RECORDED_FIELDS
        if all(getattr(d, name) == getattr(changed[0], name) for d in changed)
    }
    Delivery.objects.filter(pk__in=[d.pk for d in changed]).update(**common)
    varying = [name for name in RECORDED_FIELDS if name not in common]
    if varying:
        Delivery.objects.bulk_update(changed, varying)


def _apply(delivery: Delivery, **changes) -> None:
    for name, value in changes.items():
        setattr(delivery, name, value)


def _outcome_changes(outcome: Outcome, *, now, retry_in: float | None) -> dict:
    """The delivery's columns after this attempt: delivered, pending a retry, or failed."""
    changes = {"last_status_code": outcome.status_code, "lease_expires_at": None}
    if outcome.delivered:
        return changes | {
            "state": DeliveryState.DELIVERED,
            "external_id": outcome.body["external_id"],
            "response": outcome.body,
            "delivered_at": now,
            "last_error": "",
            "next_attempt_at": None,
        }
    if retry_in is not None:
        return changes | {
            "state": DeliveryState.PENDING,
            "last_error": outcome.error,
            "next_attempt_at": now + timedelta(seconds=retry_in),
        }
    return changes | {
        "state": DeliveryState.FAILED,
        "last_error": outcome.error,
        "next_attempt_at": None,
    }


def _cases_moved_on_delivery(delivered: list[tuple[Delivery, Forwarder]]) -> None:
    """Each plugin's status after its deliveries, and decisions called back before them."""
    moving: dict[str, tuple[Forwarder, list[Delivery]]] = {}
    for delivery, forwarder in delivered:
        if forwarder.delivered_status is not None:
            moving.setdefault(forwarder.target, (forwarder, []))[1].append(delivery)
    for forwarder, deliveries in moving.values():
        applications_transition(
            applications=[delivery.application for delivery in deliveries],
            to=forwarder.delivered_status,
            actor=Actor.WORKER,
            notes=[f"{forwarder.target} {delivery.external_id}" for delivery in deliveries],
        )
        pending = MvdDecision.objects.filter(
            external_id__in=[delivery.external_id for delivery in deliveries],
            applied_at__isnull=True,
        ).order_by("pk")
        for decision in pending:
            decision_apply(decision=decision, forwarder=forwarder)


# ---- Operators and the sweeper


def delivery_retry(*, delivery: Delivery, user) -> Delivery:
    """An operator's "retry now": a failed row gets its attempts back, a pending row that is
    overdue or waiting for its backoff is sent now; same idempotency key, audited, nudged."""
    with transaction.atomic():
        locked = Delivery.objects.select_for_update().get(pk=delivery.pk)
        if locked.state not in (DeliveryState.FAILED, DeliveryState.PENDING):
            raise DomainError(
                "delivery_not_retryable",
                _("Only a failed or pending delivery can be retried."),
                status_code=409,
            )
        if locked.state == DeliveryState.FAILED:
            locked.attempts = 0
            locked.failure_notified_at = None
        locked.state = DeliveryState.PENDING
        locked.next_attempt_at = timezone.now()
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


# ---- Decisions: the callback, reconciliation, and applying one once


def mvd_callback_accept(*, signature: str, **decision) -> Application:
    """A signed decision callback: refused if this exact signed message was accepted before."""
    with transaction.atomic():
        _receipt, created = CallbackReceipt.objects.get_or_create(signature=signature)
        if not created:
            raise DomainError(
                "replayed_callback", _("This callback was already received."), status_code=401
            )
        return decision_receive(**decision)


def decision_receive(
    *,
    external_id: str,
    reference: str,
    decision: str,
    decided_at,
    note: str = "",
    forwarders: ForwarderRegistry = registry,
) -> Application:
    """Store a decision once and apply it to the case, whether it came by callback or by our
    asking; the same decision again changes nothing, a different one is refused."""
    with transaction.atomic():
        # Decided before the worker recorded the delivery (it records a batch at its end):
        # the decision is kept, and applied when the delivery is recorded. The row lock orders
        # this against that recording (which locks the row, then the case, as this does):
        # whichever comes second sees what the first did.
        delivery = (
            Delivery.objects.select_for_update(of=("self",))
            .select_related("application")
            .filter(
                Q(external_id=external_id)
                | Q(external_id="", state__in=(DeliveryState.PENDING, DeliveryState.IN_FLIGHT)),
                target__in=[f.target for f in forwarders.deciding()],
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
        Delivery.objects.filter(pk=delivery.pk, decision_found_at__isnull=True).update(
            decision_found_at=timezone.now()
        )
        decision_apply(decision=stored, forwarder=forwarders.get(delivery.target))
    delivery.application.refresh_from_db()
    return delivery.application


def decision_apply(*, decision: MvdDecision, forwarder: DecidingForwarder) -> None:
    """Move a case to its decided status, once; a case not yet moved by its delivery waits."""
    if decision.applied_at is not None:
        return
    application = Application.objects.get(reference=decision.reference)
    if application.status != forwarder.delivered_status:
        return
    application_transition(
        application=application,
        to=forwarder.decision_status(decision.decision),
        actor=Actor.MVD,
        note=decision.note[:1000],
    )
    decision.applied_at = timezone.now()
    decision.save(update_fields=["applied_at"])


def decisions_reconcile(*, forwarders: ForwarderRegistry = registry) -> int:
    """Ask the deciding systems about cases that waited too long for a decision; a decision
    found is applied exactly as a callback would be. Returns how many decisions were found."""
    found = 0
    now = timezone.now()
    for forwarder in forwarders.deciding():
        waiting = list(
            Delivery.objects.awaiting_decision(now)
            .filter(target=forwarder.target)
            .select_related("application")
            .order_by("decision_check_at")[:SWEEP_BATCH]
        )
        for delivery in waiting:
            found += _decision_check(delivery, forwarder)
    CallbackReceipt.objects.filter(received_at__lt=now - timedelta(days=1)).delete()
    return found


def _decision_check(delivery: Delivery, forwarder: DecidingForwarder) -> bool:
    decision, outcome, status_code = None, "", None
    try:
        response = transport.client().get(
            forwarder.case_url(delivery.external_id),
            headers={"Authorization": f"Bearer {forwarder.token()}"},
            timeout=_timeout(),
        )
        status_code = response.status_code
        if response.status_code == 200:
            decision = forwarder.read_decision(response.json())
            outcome = f"decision: {decision['decision']}" if decision else "no decision yet"
        else:
            outcome = f"HTTP {response.status_code}: {response.text[:150]}"
    except (httpx.HTTPError, ValueError) as error:
        outcome = f"error: {error}"[:200]
    with transaction.atomic():
        DeliveryEvent.objects.create(
            delivery=delivery,
            kind=DeliveryEventKind.DECISION_CHECK,
            status_code=status_code,
            outcome=outcome[:200],
        )
        checks = delivery.decision_checks + 1
        Delivery.objects.filter(pk=delivery.pk).update(
            decision_checks=checks,
            decision_check_at=timezone.now() + reconcile_after(checks),
        )
    if decision is None:
        return False
    decided_at = parse_datetime(decision["decided_at"] or "") or timezone.now()
    try:
        decision_receive(
            external_id=delivery.external_id,
            reference=delivery.application.reference,
            decision=decision["decision"],
            decided_at=decided_at,
            note=decision["note"],
        )
    except DomainError as error:
        logger.warning("decision for %s not applied: %s", delivery.external_id, error.message)
        return False
    return True
