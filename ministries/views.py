"""HTTP endpoints of the mock MVD and MID, shaped like remote JSON services."""

import hmac
import time
import uuid

from django.conf import settings
from django.http import Http404, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from ministries import decisions
from ministries.models import FaultMode, Ministry, ReceivedRequest
from ministries.schemas import SCHEMAS, schema_errors
from ministries.services import fault_set, fault_take, request_receive
from portal.json_body import JsonBodyError, json_body_parse, json_error

SLOW_ANSWER_SECONDS = 10
TOKEN_SETTING = {Ministry.MVD: "MVD_API_TOKEN", Ministry.MID: "MID_API_TOKEN"}


def problem(status: int, message: str, errors: list[str] | None = None) -> JsonResponse:
    return JsonResponse({"error": message, "errors": errors or []}, status=status)


def authorised(request, ministry: str) -> bool:
    expected = f"Bearer {getattr(settings, TOKEN_SETTING[ministry])}"
    given = request.headers.get("Authorization", "")
    return hmac.compare_digest(given.encode(), expected.encode())


def control_enabled_or_404():
    if not settings.MOCK_MINISTRIES_CONTROL:
        raise Http404


def apply_fault(ministry: str) -> JsonResponse | None:
    """Play the injected fault, if any: 503 now, or a slow answer that then proceeds."""
    mode = fault_take(ministry=ministry)
    if mode == FaultMode.ERROR:
        return problem(503, "Service temporarily unavailable (injected fault).")
    if mode == FaultMode.SLOW:
        time.sleep(SLOW_ANSWER_SECONDS)
    return None


def receive(request, ministry: str) -> JsonResponse:
    if not authorised(request, ministry):
        return problem(401, "Missing or wrong bearer token.")
    fault = apply_fault(ministry)
    if fault is not None:
        return fault
    try:
        idempotency_key = uuid.UUID(request.headers.get("Idempotency-Key", ""))
    except ValueError:
        return problem(400, "Idempotency-Key must be a UUID.")
    try:
        payload = json_body_parse(request.body)
    except JsonBodyError as error:
        return json_error(error.code, error.message, error.status)
    errors = schema_errors(ministry, payload)
    if errors:
        return problem(400, "The body does not match the schema.", errors)
    received, created = request_receive(
        ministry=ministry, idempotency_key=idempotency_key, payload=payload
    )
    if created and ministry == Ministry.MVD:
        decisions.schedule_decision(received.external_id)
    return JsonResponse({"external_id": received.external_id, "status": "received"}, status=202)


@csrf_exempt
@require_POST
def mvd_cases(request):
    return receive(request, Ministry.MVD)


@csrf_exempt
@require_POST
def mid_visa_requests(request):
    return receive(request, Ministry.MID)


@require_GET
def mvd_case(request, external_id: str):
    if not authorised(request, Ministry.MVD):
        return problem(401, "Missing or wrong bearer token.")
    case = ReceivedRequest.objects.filter(ministry=Ministry.MVD, external_id=external_id).first()
    if case is None:
        return problem(404, "No such case.")
    if case.status == "received" and decisions.decision_is_due(case):
        # The timer may have died with its process; polling still gets the decision.
        decisions.decide_and_call_back(case.external_id)
        case.refresh_from_db()
    return JsonResponse(
        {
            "external_id": case.external_id,
            "status": case.status,
            "decided_at": case.decided_at.isoformat() if case.decided_at else None,
            "note": case.decision_note,
        }
    )


@require_GET
def schema(request, ministry: str):
    return JsonResponse(SCHEMAS[ministry])


@csrf_exempt
@require_POST
def control(request, ministry: str):
    control_enabled_or_404()
    try:
        body = json_body_parse(request.body)
    except JsonBodyError as error:
        return json_error(error.code, error.message, error.status)
    try:
        mode = body["mode"]
        remaining = int(body.get("remaining", 1))
    except (ValueError, KeyError, TypeError):
        return problem(400, 'Send {"mode": "ok"|"error"|"slow"|"drop_callbacks", "remaining": N}.')
    if mode not in FaultMode.values or remaining < 0:
        return problem(
            400, 'mode must be "ok", "error", "slow" or "drop_callbacks"; remaining ≥ 0.'
        )
    decision = {}
    if body.get("decision") in ("granted", "refused"):
        decision["decision"] = body["decision"]
    if isinstance(body.get("decision_delay_seconds"), int | float):
        decision["decision_delay_seconds"] = max(0.0, float(body["decision_delay_seconds"]))
    injection = fault_set(ministry=ministry, mode=mode, remaining=remaining, **decision)
    return JsonResponse(
        {
            "mode": injection.mode,
            "remaining": injection.remaining,
            "decision": injection.decision,
            "decision_delay_seconds": injection.decision_delay_seconds,
        }
    )


@require_http_methods(["GET"])
def received(request, ministry: str):
    control_enabled_or_404()
    rows = ReceivedRequest.objects.filter(ministry=ministry).values(
        "idempotency_key", "external_id", "reference", "times_received"
    )
    return JsonResponse(
        [{**row, "idempotency_key": str(row["idempotency_key"])} for row in rows], safe=False
    )
