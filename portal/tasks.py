"""Site-wide Celery tasks."""

import os

from celery import shared_task


@shared_task(name="portal.ping", ignore_result=False)
def ping() -> dict:
    """Answer with the process id of whoever ran it: proves a worker consumes the broker."""
    return {"pong": True, "pid": os.getpid()}
