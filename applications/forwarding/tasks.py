"""Celery tasks of forwarding: take ids, are idempotent, and leave the truth in the outbox."""

from celery import shared_task, signals

from applications.forwarding import service, transport


@shared_task(name="forwarding.deliver", acks_late=True)
def deliver(delivery_id: int) -> str | None:
    return service.delivery_attempt(delivery_id=delivery_id)


@shared_task(name="forwarding.sweep")
def sweep() -> int:
    return service.deliveries_sweep()


@signals.worker_process_shutdown.connect
@signals.worker_shutdown.connect
def ministry_connections_close(**kwargs) -> None:
    """A stopping worker says goodbye to the ministries instead of dropping its connections."""
    transport.close()
