"""Readiness checks behind /healthz: database, cache and broker."""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from kombu import Connection

logger = logging.getLogger(__name__)

BROKER_TIMEOUT_SECONDS = 2


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache() -> None:
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=5)
    if cache.get(key) != "1":
        raise RuntimeError("cache did not return the value just written")
    cache.delete(key)


def check_broker() -> None:
    with Connection(settings.CELERY_BROKER_URL, connect_timeout=BROKER_TIMEOUT_SECONDS) as conn:
        conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0, timeout=2)


CHECKS = {"database": check_database, "cache": check_cache, "broker": check_broker}


def run_checks() -> dict[str, str]:
    """Run every check; a failure is logged in full but reported only as "error"."""
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:
            logger.exception("health check %s failed", name)
            results[name] = "error"
        else:
            results[name] = "ok"
    return results
