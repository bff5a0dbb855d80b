"""Celery tasks of forwarding: take ids, are idempotent, and leave the truth in the outbox."""

from smtplib import SMTPException

from celery import shared_task, signals

from applications.forwarding import alerts, service, transport


@shared_task(name=service.DELIVER_TASK, acks_late=True)
def deliver(delivery_id: int) -> dict:
    """Deliver the nudged row and, in the same batch, other due rows."""
    return service.deliveries_send(delivery_id=delivery_id)


@shared_task(name="forwarding.sweep")
def sweep() -> int:
    """Every minute (beat): re-nudge due deliveries and unsent operator alerts."""
    return service.deliveries_sweep() + alerts.alerts_renudge()


@shared_task(name="forwarding.reconcile")
def reconcile() -> int:
    """Every minute (beat): ask the MVD about cases that waited too long for a decision."""
    return service.decisions_reconcile()


@shared_task(name="forwarding.digest")
def digest() -> int:
    """Daily (beat): the operators' digest of failed and stuck deliveries."""
    return alerts.operators_digest_record()


@shared_task(
    name=alerts.SEND_TASK,
    autoretry_for=(SMTPException, OSError),
    retry_backoff=30,
    retry_backoff_max=3600,
    retry_jitter=True,
    max_retries=alerts.MAX_SEND_ATTEMPTS,
)
def operator_alert_notify(alert_id: int) -> bool:
    return alerts.operator_alert_send(alert_id)


@signals.worker_process_shutdown.connect
@signals.worker_shutdown.connect
def ministry_connections_close(**kwargs) -> None:
    """A stopping worker says goodbye to the ministries instead of dropping its connections."""
    transport.close()
