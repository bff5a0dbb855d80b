"""Celery tasks of forwarding: take ids, are idempotent, and leave the truth in the outbox."""

from celery import shared_task

from applications.forwarding import service


@shared_task(name="forwarding.deliver", acks_late=True)
def deliver(delivery_id: int) -> str | None:
    return service.delivery_attempt(delivery_id=delivery_id)


@shared_task(name="forwarding.sweep")
def sweep() -> int:
    return service.deliveries_sweep()
