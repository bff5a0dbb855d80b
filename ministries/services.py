"""What the mock ministries do with a request: faults, idempotent storage, MVD decisions."""

import secrets
import uuid

from django.db import IntegrityError, transaction
from django.utils import timezone

from ministries.models import CaseStatus, FaultInjection, FaultMode, Ministry, ReceivedRequest

EXTERNAL_ID_PREFIX = {Ministry.MVD: "MVD", Ministry.MID: "MID"}


def fault_take(*, ministry: str, modes=(FaultMode.ERROR, FaultMode.SLOW)) -> str:
    """Consume one injected fault of one of `modes` for this request, else answer "ok"."""
    with transaction.atomic():
        injection = FaultInjection.objects.select_for_update().filter(ministry=ministry).first()
        if injection is None or injection.mode not in modes or injection.remaining == 0:
            return FaultMode.OK
        injection.remaining -= 1
        injection.save(update_fields=["remaining"])
        return injection.mode


def fault_set(*, ministry: str, mode: str, remaining: int, **decision) -> FaultInjection:
    injection, _created = FaultInjection.objects.update_or_create(
        ministry=ministry,
        defaults={"mode": mode, "remaining": 0 if mode == FaultMode.OK else remaining, **decision},
    )
    return injection


def request_receive(
    *, ministry: str, idempotency_key: uuid.UUID, payload: dict
) -> tuple[ReceivedRequest, bool]:
    """Store a request once per key; a repeat only counts. Returns (request, created)."""
    prefix = EXTERNAL_ID_PREFIX[ministry]
    try:
        with transaction.atomic():
            received = ReceivedRequest.objects.create(
                ministry=ministry,
                idempotency_key=idempotency_key,
                external_id=f"{prefix}-{secrets.token_hex(8).upper()}",
                reference=payload["reference"],
                payload=payload,
            )
            if fault_take(ministry=ministry, modes=(FaultMode.DROP_CALLBACKS,)) != FaultMode.OK:
                received.callback_dropped = True
                received.save(update_fields=["callback_dropped"])
            return received, True
    except IntegrityError:
        # Two deliveries of one key raced, or this is a retry: the first row wins.
        with transaction.atomic():
            received = ReceivedRequest.objects.select_for_update().get(
                ministry=ministry, idempotency_key=idempotency_key
            )
            received.times_received += 1
            received.save(update_fields=["times_received"])
            return received, False


def case_decide(*, external_id: str) -> ReceivedRequest | None:
    """Take the configured MVD decision on a received case, once; None if already decided."""
    injection = FaultInjection.objects.filter(ministry=Ministry.MVD).first()
    decision = injection.decision if injection else CaseStatus.GRANTED
    note = "Impatriate status granted." if decision == CaseStatus.GRANTED else "Refused."
    with transaction.atomic():
        case = ReceivedRequest.objects.select_for_update().get(
            ministry=Ministry.MVD, external_id=external_id
        )
        if case.status != CaseStatus.RECEIVED:
            return None
        case.status = decision
        case.decided_at = timezone.now()
        case.decision_note = note
        case.save(update_fields=["status", "decided_at", "decision_note"])
    return case
