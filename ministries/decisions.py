"""The mock MVD decides each case after a delay and calls the portal back, like the real one.

A timer thread in the mock's own process does it, independent of the portal's Celery: a
remote system is not driven by our queue. If the process dies first, the portal can still
poll GET /cases/<id>/, which decides any case whose delay has passed.
"""

import json
import logging
import threading

import httpx
from django.conf import settings
from django.db import close_old_connections, connection
from django.utils import timezone

from ministries.models import FaultInjection, Ministry, ReceivedRequest
from ministries.services import case_decide
from portal import webhook_signature

logger = logging.getLogger(__name__)


def decision_delay_seconds() -> float:
    injection = FaultInjection.objects.filter(ministry=Ministry.MVD).first()
    if injection and injection.decision_delay_seconds is not None:
        return injection.decision_delay_seconds
    return settings.MOCK_MVD_DECISION_DELAY_SECONDS


def decision_is_due(case: ReceivedRequest) -> bool:
    elapsed = (timezone.now() - case.received_at).total_seconds()
    return elapsed >= decision_delay_seconds()


def callback_body(case: ReceivedRequest) -> bytes:
    return json.dumps(
        {
            "external_id": case.external_id,
            "reference": case.reference,
            "decision": case.status,
            "decided_at": case.decided_at.isoformat(),
            "note": case.decision_note,
        }
    ).encode()


def callback_send(case: ReceivedRequest) -> None:
    """POST the signed decision to the portal; a failure is recorded, not raised."""
    body = callback_body(case)
    headers = {
        "Content-Type": "application/json",
        **webhook_signature.signed_headers(body, settings.MVD_CALLBACK_SECRET),
    }
    try:
        response = httpx.post(settings.MVD_CALLBACK_URL, content=body, headers=headers, timeout=10)
        response.raise_for_status()
    except httpx.HTTPError as error:
        logger.warning("MVD mock callback for %s failed: %s", case.external_id, error)
        ReceivedRequest.objects.filter(pk=case.pk).update(callback_last_error=str(error)[:500])
    else:
        ReceivedRequest.objects.filter(pk=case.pk).update(
            callback_delivered_at=timezone.now(), callback_last_error=""
        )


def decide_and_call_back(external_id: str) -> None:
    """Decide a due case; call the portal back unless drop_callbacks chose this case."""
    case = case_decide(external_id=external_id)
    if case is not None and not case.callback_dropped:
        callback_send(case)


def _run_in_thread(external_id: str) -> None:
    close_old_connections()
    try:
        decide_and_call_back(external_id)
    except Exception:
        logger.exception("MVD mock decision for %s failed", external_id)
    finally:
        connection.close()


def schedule_decision(external_id: str) -> None:
    """Decide `external_id` after the configured delay, in the background."""
    timer = threading.Timer(decision_delay_seconds(), _run_in_thread, args=[external_id])
    timer.daemon = True
    timer.start()
