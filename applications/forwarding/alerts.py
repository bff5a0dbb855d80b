"""Operator alerts: a failed delivery, and a daily digest of failed and stuck deliveries.

Each e-mail is an OperatorAlert row per operator, written in the transaction that decides it
is needed, and sent by a task on the notifications queue like every other e-mail: marked sent
only after the mail server took it, retried with backoff when it did not, and re-nudged by the
sweeper if the nudge was lost. Each is written in its recipient's language.
"""

import logging
from datetime import date, timedelta
from smtplib import SMTPException

from celery import current_app
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from applications.forwarding.base import registry
from applications.forwarding.models import (
    Delivery,
    DeliveryState,
    OperatorAlert,
    OperatorAlertKind,
)
from applications.forwarding.schedule import backoff_ceiling
from applications.models import ApplicationStatus
from portal.models import staff_language
from portal.roles import GROUP_NAMES, Role

logger = logging.getLogger(__name__)
SEND_TASK = "applications.operator_alert_notify"
# An alert not sent this long after it was recorded is nudged again by the sweeper.
RESEND_AFTER = timedelta(minutes=5)
MAX_SEND_ATTEMPTS = 10


def operators_to_alert():
    return (
        get_user_model()
        .objects.filter(groups__name=GROUP_NAMES[Role.OPERATOR], is_active=True)
        .exclude(email="")
        .select_related("staff_profile")
        .distinct()
    )


def operators_alert_failure(*, delivery_id: int) -> bool:
    """Record one alert per operator about a failed delivery, once; False if already done."""
    with transaction.atomic():
        delivery = Delivery.objects.select_for_update().filter(pk=delivery_id).first()
        if (
            delivery is None
            or delivery.failure_notified_at is not None
            or delivery.state != DeliveryState.FAILED
        ):
            return False
        alerts = [
            OperatorAlert.objects.get_or_create(
                kind=OperatorAlertKind.DELIVERY_FAILED, recipient=user, delivery=delivery
            )[0]
            for user in operators_to_alert()
        ]
        delivery.failure_notified_at = timezone.now()
        delivery.save(update_fields=["failure_notified_at", "updated_at"])
        _enqueue_on_commit(alerts)
    return True


def deliveries_needing_attention(now=None) -> dict[str, list[Delivery]]:
    """Failed deliveries and stuck ones: pending past twice their backoff, in flight past their
    lease, or delivered to a deciding system with no decision past the reconcile window."""
    now = now or timezone.now()
    rows = Delivery.objects.select_related("application").order_by("created_at", "pk")
    failed = list(rows.filter(state=DeliveryState.FAILED))
    overdue = [
        delivery
        for delivery in rows.filter(
            Q(state=DeliveryState.PENDING, next_attempt_at__lt=now)
            | Q(state=DeliveryState.IN_FLIGHT, lease_expires_at__lt=now)
        )
        if delivery.state == DeliveryState.IN_FLIGHT
        or delivery.next_attempt_at + timedelta(seconds=2 * backoff_ceiling(delivery.attempts))
        < now
    ]
    deciding = [forwarder.target for forwarder in registry.deciding()]
    undecided = list(
        rows.filter(
            target__in=deciding,
            state=DeliveryState.DELIVERED,
            decision_found_at__isnull=True,
            delivered_at__lt=now - timedelta(seconds=settings.MVD_RECONCILE_AFTER_SECONDS),
            application__status=ApplicationStatus.SENT_TO_MVD,
        )
    )
    return {"failed": failed, "stuck": overdue + undecided}


def operators_digest_record(*, day: date | None = None) -> int:
    """The daily digest: one alert per operator when something needs attention, once a day;
    returns how many were recorded."""
    day = day or timezone.localdate()
    attention = deliveries_needing_attention()
    if not attention["failed"] and not attention["stuck"]:
        return 0
    with transaction.atomic():
        alerts = []
        for user in operators_to_alert():
            alert, created = OperatorAlert.objects.get_or_create(
                kind=OperatorAlertKind.DAILY_DIGEST, recipient=user, day=day
            )
            if created:
                alerts.append(alert)
        _enqueue_on_commit(alerts)
    return len(alerts)


def operator_alert_send(alert_id: int) -> bool:
    """Send one alert in its recipient's language and only then mark it sent; True when sent
    by this call. A mail server's refusal is recorded on the row and raised for a retry."""
    error = None
    with transaction.atomic():
        alert = (
            OperatorAlert.objects.select_for_update(of=("self",))
            .select_related("recipient__staff_profile", "delivery__application")
            .filter(pk=alert_id, sent_at__isnull=True)
            .first()
        )
        if alert is None:
            return False
        alert.attempts += 1
        try:
            _message(alert).send()
        except (SMTPException, OSError) as failure:
            error = failure
            alert.last_error = f"{failure.__class__.__name__}: {failure}"[:500]
        else:
            alert.sent_at = timezone.now()
            alert.last_error = ""
        alert.save(update_fields=["attempts", "sent_at", "last_error"])
    if error is not None:
        raise error
    return True


def alerts_renudge() -> int:
    """Nudge alerts recorded a while ago and still unsent (a lost message, a long outage)."""
    stale = OperatorAlert.objects.filter(
        sent_at__isnull=True,
        created_at__lt=timezone.now() - RESEND_AFTER,
        attempts__lt=MAX_SEND_ATTEMPTS,
    ).values_list("pk", flat=True)[:500]
    for alert_id in stale:
        _enqueue(alert_id)
    return len(stale)


def _message(alert: OperatorAlert) -> EmailMessage:
    with translation.override(staff_language(alert.recipient)):
        if alert.kind == OperatorAlertKind.DELIVERY_FAILED:
            delivery = alert.delivery
            context = {
                "delivery": delivery,
                "target": _target_label(delivery.target),
                "reference": delivery.application.reference,
                "url": _admin_url("admin:applications_delivery_change", delivery.pk),
            }
            template = "failure"
        else:
            attention = deliveries_needing_attention()
            context = {
                "day": alert.day,
                "failed": [_line(d) for d in attention["failed"]],
                "stuck": [_line(d) for d in attention["stuck"]],
                "url": _admin_url("admin:applications_faileddelivery_changelist"),
            }
            template = "digest"
        subject = render_to_string(f"forwarding/email/{template}_subject.txt", context)
        body = render_to_string(f"forwarding/email/{template}.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=[alert.recipient.email])


def _line(delivery: Delivery) -> dict:
    return {
        "reference": delivery.application.reference,
        "target": _target_label(delivery.target),
        "delivery": delivery,
    }


def _target_label(target: str) -> str:
    return str(registry.get(target).label) if target in registry else target


def _admin_url(name: str, *args) -> str:
    return settings.PUBLIC_BASE_URL.rstrip("/") + reverse(name, args=args)


def _enqueue(alert_id: int) -> None:
    try:
        current_app.tasks[SEND_TASK].delay(alert_id)
    except Exception:
        logger.exception("could not enqueue operator alert %s; the sweeper will", alert_id)


def _enqueue_on_commit(alerts: list[OperatorAlert]) -> None:
    for alert in alerts:
        transaction.on_commit(lambda alert_id=alert.pk: _enqueue(alert_id))
