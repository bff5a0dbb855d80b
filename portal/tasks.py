"""Site-wide Celery tasks."""

import logging
import os

from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task(name="portal.ping", ignore_result=False)
def ping() -> dict:
    """Answer with the process id of whoever ran it: proves a worker consumes the broker."""
    logger.info("ping answered by process %s", os.getpid())
    return {"pong": True, "pid": os.getpid()}
