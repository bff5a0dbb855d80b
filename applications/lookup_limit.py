"""Status look-ups are limited per reference as well, whatever the address (shared/CONTRACT.md).

Guessing one case's access code from many addresses gets each address a fresh per-address
quota, so wrong codes are also counted per reference. They are counted in the cache for every
well-formed reference, existing or not: the lock itself tells nothing about which ones exist.
"""

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from applications import selectors
from applications.models import Application
from portal.errors import DomainError

LOCKED_MESSAGE = _(
    "Too many wrong access codes were tried for this reference. Wait a while, then try again."
)


@dataclass(frozen=True)
class LookupLock:
    failures: int
    until: datetime


def _keys(reference: str) -> tuple[str, str]:
    return f"lookup-failures:{reference}", f"lookup-lock:{reference}"


def lookup_lock(reference: str) -> LookupLock | None:
    """The lock on this reference's look-ups, if one holds now."""
    stored = cache.get(_keys(reference)[1])
    if not stored or stored[1] <= time.time():
        return None
    failures, until = stored
    return LookupLock(failures=failures, until=datetime.fromtimestamp(until, tz=UTC))


def application_look_up(*, reference: str, access_code: str) -> Application | None:
    """The case if reference and code match, else None; DomainError (429) while locked.

    A locked reference is refused even with the right code, or the lock would not stop guessing.
    """
    if lookup_lock(reference) is not None:
        raise DomainError("lookup_locked", LOCKED_MESSAGE, status_code=429)
    application = selectors.application_for_candidate(reference=reference, access_code=access_code)
    if application is None and selectors.REFERENCE.fullmatch(reference or ""):
        _count_failure(reference)
    return application


def _count_failure(reference: str) -> None:
    failures_key, lock_key = _keys(reference)
    window = settings.LOOKUP_LOCK_SECONDS
    cache.add(failures_key, 0, timeout=window)
    try:
        failures = cache.incr(failures_key)
    except ValueError:  # expired between add and incr
        cache.set(failures_key, 1, timeout=window)
        failures = 1
    if failures >= settings.LOOKUP_FAILURES_PER_REFERENCE:
        cache.set(lock_key, (failures, time.time() + window), timeout=window)
        cache.delete(failures_key)
