"""Bench steps that run inside the portal's Django: the superuser, forwarding, raw POSTs.

Usage: python bench/django_steps.py superuser|deliver N|raw N  (prints one JSON line)
"""

import json
import os
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

import django

django.setup()

import httpx  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db.models import Max  # noqa: E402
from django.utils import timezone  # noqa: E402

from applications.forwarding.base import registry  # noqa: E402
from applications.forwarding.models import Delivery, DeliveryState, DeliveryTarget  # noqa: E402
from applications.forwarding.service import delivery_enqueue  # noqa: E402
from applications.models import Application, ApplicationStatus  # noqa: E402
from bench.dataset import BENCH_EMAIL_DOMAIN  # noqa: E402

ADMIN_USERNAME = "bench-admin"
TIMEOUT_SECONDS = 300


def superuser() -> dict:
    user, _created = get_user_model().objects.get_or_create(
        username=ADMIN_USERNAME, defaults={"email": "admin@bench.invalid"}
    )
    user.is_staff = user.is_superuser = True
    user.set_password(os.environ["BENCH_ADMIN_PASSWORD"])
    user.save()
    return {"username": ADMIN_USERNAME}


def approved_cases(count: int):
    """Approved bench cases never sent to the MVD, with what their payload needs."""
    return list(
        Application.objects.filter(
            email__endswith=f"@{BENCH_EMAIL_DOMAIN}", status=ApplicationStatus.APPROVED
        )
        .exclude(deliveries__target=DeliveryTarget.MVD_CASE)
        .order_by("pk")[:count]
    )


def deliver(count: int) -> dict:
    """Outbox rows for `count` approved cases, nudged at once; a running worker sends them."""
    cases = approved_cases(count)
    started = timezone.now()
    deliveries = Delivery.objects.bulk_create(
        [
            Delivery(application=case, target=DeliveryTarget.MVD_CASE, next_attempt_at=started)
            for case in cases
        ]
    )
    ids = [delivery.pk for delivery in deliveries]
    for delivery_id in ids:
        delivery_enqueue(delivery_id)
    rows = Delivery.objects.filter(pk__in=ids)
    deadline = time.monotonic() + TIMEOUT_SECONDS
    while rows.filter(state=DeliveryState.DELIVERED).count() < len(ids):
        if time.monotonic() > deadline or rows.filter(state=DeliveryState.FAILED).exists():
            break
        time.sleep(0.2)
    delivered = rows.filter(state=DeliveryState.DELIVERED)
    last = delivered.aggregate(last=Max("delivered_at"))["last"] or timezone.now()
    seconds = (last - started).total_seconds()
    done = delivered.count()
    return {"cases": len(ids), "delivered": done, "seconds": seconds, "per_second": done / seconds}


def raw(count: int) -> dict:
    """The same payloads POSTed straight to the mock MVD, one after another: the ceiling."""
    forwarder = registry.get(DeliveryTarget.MVD_CASE)
    payloads = [forwarder.build_payload(case) for case in approved_cases(count)]
    failures = 0
    with httpx.Client(timeout=10) as client:
        started = time.perf_counter()
        for payload in payloads:
            response = client.post(
                forwarder.url(),
                json=payload,
                headers={
                    "Authorization": f"Bearer {forwarder.token()}",
                    "Idempotency-Key": str(uuid.uuid4()),
                },
            )
            failures += response.status_code != 202
        seconds = time.perf_counter() - started
    return {
        "posts": len(payloads),
        "failures": failures,
        "seconds": seconds,
        "per_second": len(payloads) / seconds,
    }


if __name__ == "__main__":
    step, *arguments = sys.argv[1:]
    result = {"superuser": superuser, "deliver": deliver, "raw": raw}[step](
        *(int(argument) for argument in arguments)
    )
    print(json.dumps(result))
