"""When to try again: the delivery backoff and the reconciliation intervals."""

import random
from datetime import timedelta

from django.conf import settings


def backoff_ceiling(attempts: int) -> float:
    """The longest wait after `attempts` attempts: base·2^(n−1), capped."""
    return min(
        settings.FORWARDING_BACKOFF_MAX_SECONDS,
        settings.FORWARDING_BACKOFF_BASE_SECONDS * 2 ** max(attempts - 1, 0),
    )


def backoff_seconds(attempts: int) -> float:
    """Exponential backoff with jitter: spread over the upper half of the ceiling."""
    ceiling = backoff_ceiling(attempts)
    return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not cryptography


def reconcile_after(checks: int = 0) -> timedelta:
    """When to ask about a decision: MVD_RECONCILE_AFTER_SECONDS after delivery, then doubling
    per unanswered check (with jitter), capped at MVD_RECONCILE_MAX_INTERVAL_SECONDS."""
    first = settings.MVD_RECONCILE_AFTER_SECONDS
    if checks == 0:
        return timedelta(seconds=first)
    ceiling = min(settings.MVD_RECONCILE_MAX_INTERVAL_SECONDS, first * 2 ** (checks - 1))
    return timedelta(seconds=random.uniform(ceiling / 2, ceiling))  # noqa: S311 - jitter
