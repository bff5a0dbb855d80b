"""The outbox rules, the payload contract and the decision callback, without a worker."""

import json
import time
from datetime import timedelta

import httpx
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from applications.forwarding import payload
from applications.forwarding.alerts import (
    operator_alert_send,
    operators_alert_failure,
    operators_digest_record,
)
from applications.forwarding.models import (
    Delivery,
    DeliveryEventKind,
    DeliveryState,
    DeliveryTarget,
    MvdDecision,
    OperatorAlert,
)
from applications.forwarding.service import (
    backoff_seconds,
    classify,
    deliveries_sweep,
    delivery_attempt,
    delivery_retry,
)
from applications.models import ApplicationStatus
from ministries.schemas import schema_errors
from portal import webhook_signature
from portal.errors import DomainError
from portal.models import StaffProfile
from portal.roles import Role, staff_ensure
from tests.factories import SubmittedApplicationFactory
from tests.forwarding.conftest import CALLBACK_SECRET, approve

pytestmark = pytest.mark.django_db
CALLBACK = "/api/v1/integrations/mvd/decisions/"


@pytest.fixture
def approved_case(django_capture_on_commit_callbacks):
    # Commit callbacks are not run: no worker is asked to deliver in these tests.
    with django_capture_on_commit_callbacks(execute=False):
        return approve(SubmittedApplicationFactory(), note="Strong candidate.")


def sent_case(approved_case, external_id="MVD-123"):
    Delivery.objects.filter(application=approved_case).update(
        state=DeliveryState.DELIVERED, external_id=external_id
    )
    approved_case.status = ApplicationStatus.SENT_TO_MVD
    approved_case.save(update_fields=["status"])
    return approved_case


def test_approval_creates_one_pending_mvd_delivery_in_the_same_transaction(approved_case):
    delivery = Delivery.objects.get(application=approved_case)

    assert delivery.target == DeliveryTarget.MVD_CASE
    assert delivery.state == DeliveryState.PENDING
    assert delivery.attempts == 0
    assert delivery.next_attempt_at is not None


def test_the_mvd_payload_satisfies_the_documented_schema(approved_case):
    body = payload.mvd_case(approved_case)

    assert schema_errors("mvd", body) == []
    assert body["reference"] == approved_case.reference
    assert body["decision_note"] == "Strong candidate."
    assert body["region"] == approved_case.region_choices.get(position=1).region.code


def test_the_mid_payload_satisfies_the_documented_schema(approved_case, settings):
    settings.MVD_CALLBACK_SECRET = CALLBACK_SECRET
    case = sent_case(approved_case)
    with_decision = json.dumps(
        {
            "external_id": "MVD-123",
            "reference": case.reference,
            "decision": "granted",
            "decided_at": "2026-11-24T10:00:00Z",
            "note": "",
        }
    )

    from django.test import Client

    Client().post(
        CALLBACK,
        with_decision,
        content_type="application/json",
        **signed(with_decision.encode()),
    )

    body = payload.mid_visa_request(case, mvd_external_id="MVD-123")
    assert schema_errors("mid", body) == []


@pytest.mark.parametrize(
    ("status_code", "retry"),
    [(500, True), (503, True), (408, True), (429, True), (400, False), (401, False), (404, False)],
)
def test_classify_retries_only_what_may_succeed_later(status_code, retry):
    outcome = classify(httpx.Response(status_code, json={"error": "x"}))

    assert not outcome.delivered
    assert outcome.retry is retry
    assert f"HTTP {status_code}" in outcome.error


def test_classify_needs_an_external_id_to_call_it_delivered():
    assert classify(httpx.Response(202, json={"external_id": "MVD-1"})).delivered
    assert not classify(httpx.Response(202, json={})).delivered


def test_backoff_grows_exponentially_with_jitter_and_a_cap(settings):
    settings.FORWARDING_BACKOFF_BASE_SECONDS = 2
    settings.FORWARDING_BACKOFF_MAX_SECONDS = 60

    first = [backoff_seconds(1) for _ in range(50)]
    fourth = [backoff_seconds(4) for _ in range(50)]
    huge = [backoff_seconds(30) for _ in range(50)]

    assert all(1 <= delay <= 2 for delay in first)
    assert all(8 <= delay <= 16 for delay in fourth)
    assert all(30 <= delay <= 60 for delay in huge)
    assert len(set(fourth)) > 1


def test_sweeper_picks_due_and_stranded_rows_but_not_future_or_finished_ones(approved_case):
    now = timezone.now()
    due = Delivery.objects.get(application=approved_case)
    stranded = Delivery.objects.create(
        application=approved_case,
        target=DeliveryTarget.MID_VISA,
        state=DeliveryState.IN_FLIGHT,
        lease_expires_at=now - timedelta(seconds=1),
    )
    other = SubmittedApplicationFactory()
    Delivery.objects.create(
        application=other,
        target=DeliveryTarget.MVD_CASE,
        state=DeliveryState.PENDING,
        next_attempt_at=now + timedelta(minutes=5),
    )
    Delivery.objects.create(
        application=other,
        target=DeliveryTarget.MID_VISA,
        state=DeliveryState.IN_FLIGHT,
        lease_expires_at=now + timedelta(minutes=1),
    )

    due_ids = set(Delivery.objects.due(timezone.now()).values_list("pk", flat=True))

    assert due_ids == {due.pk, stranded.pk}
    assert deliveries_sweep() == 2


def test_a_row_in_flight_under_a_live_lease_is_not_claimed_again(approved_case):
    lease = timezone.now() + timedelta(minutes=5)
    Delivery.objects.filter(application=approved_case).update(
        state=DeliveryState.IN_FLIGHT, attempts=1, lease_expires_at=lease
    )
    delivery = Delivery.objects.get(application=approved_case)

    assert delivery_attempt(delivery_id=delivery.pk) is None
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts, delivery.lease_expires_at) == (
        DeliveryState.IN_FLIGHT,
        1,
        lease,
    )


def test_operators_are_emailed_once_about_a_failed_delivery(
    approved_case, django_capture_on_commit_callbacks
):
    operator, _created = staff_ensure(username="op", role=Role.OPERATOR, password="pw")
    get_user_model().objects.filter(pk=operator.pk).update(email="op@example.org")
    Delivery.objects.filter(application=approved_case).update(
        state=DeliveryState.FAILED, last_error="HTTP 401: bad token", attempts=1
    )
    delivery = Delivery.objects.get(application=approved_case)

    with django_capture_on_commit_callbacks(execute=True):
        assert operators_alert_failure(delivery_id=delivery.pk) is True
    with django_capture_on_commit_callbacks(execute=True):
        assert operators_alert_failure(delivery_id=delivery.pk) is False

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["op@example.org"]
    assert approved_case.reference in mail.outbox[0].subject
    assert "HTTP 401" in mail.outbox[0].body
    alert = OperatorAlert.objects.get()
    assert alert.sent_at is not None and alert.attempts == 1


def test_a_failure_alert_is_written_in_the_operators_language(
    approved_case, django_capture_on_commit_callbacks
):
    operator, _created = staff_ensure(username="op", role=Role.OPERATOR, password="pw")
    get_user_model().objects.filter(pk=operator.pk).update(email="op@example.org")
    StaffProfile.objects.create(user=operator, language="ru")
    Delivery.objects.filter(application=approved_case).update(
        state=DeliveryState.FAILED, last_error="HTTP 401: bad token", attempts=3
    )

    with django_capture_on_commit_callbacks(execute=True):
        operators_alert_failure(delivery_id=Delivery.objects.get(application=approved_case).pk)

    assert "Доставка не удалась" in mail.outbox[0].subject
    assert "не удалась после 3 попыток" in mail.outbox[0].body


def test_an_alert_the_mail_server_refused_stays_unsent_and_is_sent_later(
    approved_case, settings, django_capture_on_commit_callbacks
):
    operator, _created = staff_ensure(username="op", role=Role.OPERATOR, password="pw")
    get_user_model().objects.filter(pk=operator.pk).update(email="op@example.org")
    Delivery.objects.filter(application=approved_case).update(
        state=DeliveryState.FAILED, last_error="HTTP 400", attempts=1
    )
    delivery = Delivery.objects.get(application=approved_case)
    # Nothing listens on port 9: the SMTP connection is refused.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2

    with django_capture_on_commit_callbacks(execute=False):
        operators_alert_failure(delivery_id=delivery.pk)
    alert = OperatorAlert.objects.get()
    with pytest.raises(OSError):
        operator_alert_send(alert.pk)

    alert.refresh_from_db()
    assert alert.sent_at is None
    assert alert.attempts == 1 and "Connection refused" in alert.last_error
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert operator_alert_send(alert.pk) is True
    assert operator_alert_send(alert.pk) is False
    assert len(mail.outbox) == 1


def test_the_daily_digest_lists_failed_and_stuck_deliveries_once_a_day(
    approved_case, settings, django_capture_on_commit_callbacks
):
    operator, _created = staff_ensure(username="op", role=Role.OPERATOR, password="pw")
    get_user_model().objects.filter(pk=operator.pk).update(email="op@example.org")
    settings.FORWARDING_BACKOFF_BASE_SECONDS = 10
    now = timezone.now()
    # Pending, due 30 s ago after one attempt (backoff 10 s): overdue by more than twice it.
    Delivery.objects.filter(application=approved_case).update(
        attempts=1, next_attempt_at=now - timedelta(seconds=30)
    )
    failed_case = approve(SubmittedApplicationFactory())
    Delivery.objects.filter(application=failed_case).update(
        state=DeliveryState.FAILED, last_error="HTTP 422: invalid region", attempts=1
    )
    waiting_case = approve(SubmittedApplicationFactory())
    Delivery.objects.filter(application=waiting_case).update(
        attempts=1, next_attempt_at=now - timedelta(seconds=5)
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert operators_digest_record() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert operators_digest_record() == 0

    digest = mail.outbox[-1]
    assert "1 failed, 1 stuck" in digest.subject
    assert failed_case.reference in digest.body and "HTTP 422" in digest.body
    assert approved_case.reference in digest.body
    assert waiting_case.reference not in digest.body


def test_retry_now_resets_attempts_and_is_audited(
    approved_case, django_capture_on_commit_callbacks
):
    operator, _created = staff_ensure(username="op", role=Role.OPERATOR, password="pw")
    Delivery.objects.filter(application=approved_case).update(
        state=DeliveryState.FAILED, attempts=8, failure_notified_at=timezone.now()
    )
    delivery = Delivery.objects.get(application=approved_case)

    with django_capture_on_commit_callbacks(execute=False) as nudges:
        delivery_retry(delivery=delivery, user=operator)

    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.PENDING
    assert delivery.attempts == 0
    assert delivery.failure_notified_at is None
    event = delivery.events.get()
    assert (event.kind, event.actor) == (DeliveryEventKind.RETRY_REQUESTED, operator)
    assert len(nudges) == 1


@pytest.mark.parametrize("state", [DeliveryState.DELIVERED, DeliveryState.IN_FLIGHT])
def test_a_delivered_or_in_flight_delivery_cannot_be_retried(approved_case, state):
    Delivery.objects.filter(application=approved_case).update(state=state)
    delivery = Delivery.objects.get(application=approved_case)

    with pytest.raises(DomainError) as refused:
        delivery_retry(delivery=delivery, user=None)

    assert refused.value.status_code == 409


def test_operator_retries_a_failed_delivery_from_the_admin(approved_case, client):
    operator, _created = staff_ensure(username="op", role=Role.OPERATOR, password="pw")
    client.force_login(operator)
    Delivery.objects.filter(application=approved_case).update(state=DeliveryState.FAILED)
    delivery = Delivery.objects.get(application=approved_case)

    response = client.post(
        "/admin/applications/delivery/",
        {"action": "retry_now", "_selected_action": [delivery.pk]},
        follow=True,
    )

    assert response.status_code == 200
    assert "1 delivery queued again." in response.text
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.PENDING


# ---- The decision callback


# MVD signs every callback it sends afresh, and the same signed message twice is a replay:
# each callback here gets a timestamp of its own, one second after the last one issued (or
# now, if later). A few dozen callbacks stay well inside the 300 s window.
_last_timestamp = 0


def signed(raw: bytes, secret=CALLBACK_SECRET, timestamp=None) -> dict:
    global _last_timestamp
    if timestamp is None:
        _last_timestamp = max(int(time.time()), _last_timestamp + 1)
        timestamp = _last_timestamp
    timestamp = str(timestamp)
    return {
        "HTTP_X_TIMESTAMP": timestamp,
        "HTTP_X_SIGNATURE": webhook_signature.sign(raw, secret, timestamp),
    }


def post_decision(client, body: dict, secret=CALLBACK_SECRET, signature=None, timestamp=None):
    raw = json.dumps(body).encode()
    headers = signed(raw, secret, timestamp)
    if signature:
        headers["HTTP_X_SIGNATURE"] = signature
    return client.post(CALLBACK, raw, content_type="application/json", **headers)


def decision(case, **overrides):
    body = {
        "external_id": "MVD-123",
        "reference": case.reference,
        "decision": "granted",
        "decided_at": "2026-11-24T10:00:00Z",
        "note": "Granted.",
    }
    body.update(overrides)
    return body


@pytest.fixture
def callback_secret(settings):
    settings.MVD_CALLBACK_SECRET = CALLBACK_SECRET


def test_a_signed_decision_grants_status_and_asks_mid_for_a_visa(
    client, approved_case, callback_secret, django_capture_on_commit_callbacks
):
    case = sent_case(approved_case)

    with django_capture_on_commit_callbacks(execute=False):
        response = post_decision(client, decision(case))

    assert response.status_code == 200
    assert response.json() == {"reference": case.reference, "status": "status_granted"}
    mid = Delivery.objects.get(application=case, target=DeliveryTarget.MID_VISA)
    assert mid.state == DeliveryState.PENDING


def test_a_refusal_ends_the_case_without_a_visa_request(client, approved_case, callback_secret):
    case = sent_case(approved_case)

    response = post_decision(client, decision(case, decision="refused"))

    assert response.json()["status"] == "status_refused"
    assert not Delivery.objects.filter(target=DeliveryTarget.MID_VISA).exists()


def test_the_same_decision_twice_changes_nothing_the_second_time(
    client, approved_case, callback_secret
):
    case = sent_case(approved_case)
    post_decision(client, decision(case))
    history = case.history.count()

    again = post_decision(client, decision(case))

    assert again.status_code == 200
    assert case.history.count() == history
    assert MvdDecision.objects.count() == 1


def test_a_contradicting_decision_is_refused(client, approved_case, callback_secret):
    case = sent_case(approved_case)
    post_decision(client, decision(case))

    response = post_decision(client, decision(case, decision="refused"))

    assert response.status_code == 409
    case.refresh_from_db()
    assert case.status == ApplicationStatus.STATUS_GRANTED


@pytest.mark.parametrize(
    "signature",
    ["", "sha256=" + "0" * 64, "md5=abc", "sha256=forged"],
)
def test_a_forged_callback_is_refused_and_the_case_unchanged(
    client, approved_case, callback_secret, signature
):
    case = sent_case(approved_case)

    response = post_decision(client, decision(case), signature=signature or "none")

    assert response.status_code == 401
    case.refresh_from_db()
    assert case.status == ApplicationStatus.SENT_TO_MVD
    assert not MvdDecision.objects.exists()


def test_a_callback_signed_with_another_secret_is_refused(client, approved_case, callback_secret):
    case = sent_case(approved_case)

    response = post_decision(client, decision(case), secret="someone-elses-secret")

    assert response.status_code == 401


def test_a_tampered_body_with_a_replayed_signature_is_refused(
    client, approved_case, callback_secret
):
    case = sent_case(approved_case)
    original = json.dumps(decision(case, decision="refused")).encode()
    tampered = json.dumps(decision(case, decision="granted")).encode()

    response = client.post(
        CALLBACK,
        tampered,
        content_type="application/json",
        **signed(original),
    )

    assert response.status_code == 401
    case.refresh_from_db()
    assert case.status == ApplicationStatus.SENT_TO_MVD


def test_a_decision_for_an_unknown_case_is_404(client, approved_case, callback_secret):
    case = sent_case(approved_case)

    response = post_decision(client, decision(case, external_id="MVD-NOPE"))

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "unknown_case"


def test_a_malformed_decision_is_400_in_the_error_shape(client, approved_case, callback_secret):
    case = sent_case(approved_case)

    response = post_decision(client, decision(case, decision="maybe", decided_at="yesterday"))

    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"decision", "decided_at"}


def test_a_decision_arriving_before_the_delivery_is_recorded_waits_for_it(
    client, approved_case, callback_secret
):
    Delivery.objects.filter(application=approved_case).update(external_id="MVD-123")

    response = post_decision(client, decision(approved_case))

    assert response.status_code == 200
    approved_case.refresh_from_db()
    assert approved_case.status == ApplicationStatus.APPROVED
    assert MvdDecision.objects.get().applied_at is None


@pytest.mark.parametrize("seconds", [301, -301, 100_000])
def test_a_callback_signed_more_than_300_seconds_from_now_is_refused(
    client, approved_case, callback_secret, seconds
):
    case = sent_case(approved_case)

    response = post_decision(client, decision(case), timestamp=int(time.time()) - seconds)

    assert response.status_code == 401
    case.refresh_from_db()
    assert case.status == ApplicationStatus.SENT_TO_MVD


@pytest.mark.parametrize("timestamp", ["", "abc", "１２３", "-5", "1e9"])
def test_a_malformed_timestamp_is_refused(client, approved_case, callback_secret, timestamp):
    case = sent_case(approved_case)
    raw = json.dumps(decision(case)).encode()

    response = client.post(
        CALLBACK,
        raw,
        content_type="application/json",
        HTTP_X_TIMESTAMP=timestamp,
        HTTP_X_SIGNATURE=webhook_signature.sign(raw, CALLBACK_SECRET, timestamp),
    )

    assert response.status_code == 401


def test_the_timestamp_is_part_of_the_signed_material(client, approved_case, callback_secret):
    case = sent_case(approved_case)
    raw = json.dumps(decision(case)).encode()
    headers = signed(raw)
    headers["HTTP_X_TIMESTAMP"] = str(int(headers["HTTP_X_TIMESTAMP"]) - 1)

    response = client.post(CALLBACK, raw, content_type="application/json", **headers)

    assert response.status_code == 401


def test_a_replayed_callback_is_refused_even_within_the_window(
    client, approved_case, callback_secret
):
    case = sent_case(approved_case, external_id="MVD-123")
    raw = json.dumps(decision(case, decision="refused")).encode()
    headers = signed(raw)
    assert client.post(CALLBACK, raw, content_type="application/json", **headers).status_code == (
        200
    )
    history = case.history.count()

    replay = client.post(CALLBACK, raw, content_type="application/json", **headers)

    assert replay.status_code == 401
    assert replay.json()["error"]["code"] == "replayed_callback"
    assert case.history.count() == history


def test_retry_now_also_takes_an_overdue_pending_delivery(approved_case, client):
    operator, _created = staff_ensure(username="op", role=Role.OPERATOR, password="pw")
    client.force_login(operator)
    Delivery.objects.filter(application=approved_case).update(
        attempts=2, next_attempt_at=timezone.now() - timedelta(minutes=10)
    )
    delivery = Delivery.objects.get(application=approved_case)

    response = client.post(
        "/admin/applications/delivery/",
        {"action": "retry_now", "_selected_action": [delivery.pk]},
        follow=True,
    )

    assert "1 delivery queued again." in response.text
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.PENDING and delivery.attempts == 2
    assert delivery.events.get().kind == DeliveryEventKind.RETRY_REQUESTED


def test_the_dead_letters_list_failed_deliveries_and_resend_keeps_the_key(approved_case, client):
    operator, _created = staff_ensure(username="op", role=Role.OPERATOR, password="pw")
    client.force_login(operator)
    Delivery.objects.filter(application=approved_case).update(
        state=DeliveryState.FAILED, attempts=8, last_error="HTTP 400: schema"
    )
    delivery = Delivery.objects.get(application=approved_case)

    page = client.get("/admin/applications/faileddelivery/")
    response = client.post(
        "/admin/applications/faileddelivery/",
        {"action": "resend", "_selected_action": [delivery.pk]},
        follow=True,
    )

    assert page.status_code == 200 and approved_case.reference in page.text
    assert "HTTP 400: schema" in page.text
    assert "1 delivery queued again." in response.text
    resent = Delivery.objects.get(pk=delivery.pk)
    assert resent.state == DeliveryState.PENDING and resent.attempts == 0
    assert resent.idempotency_key == delivery.idempotency_key
    assert approved_case.reference not in client.get("/admin/applications/faileddelivery/").text


def test_a_decision_called_back_before_the_worker_recorded_its_batch_waits_for_it(
    client, approved_case, callback_secret
):
    # The MVD stored the case and decided; our worker is still sending the rest of its batch.
    Delivery.objects.filter(application=approved_case).update(state=DeliveryState.IN_FLIGHT)

    response = post_decision(client, decision(approved_case, external_id="MVD-777"))

    assert response.status_code == 200
    assert response.json()["status"] == "approved"
    stored = MvdDecision.objects.get()
    assert (stored.external_id, stored.applied_at) == ("MVD-777", None)


def test_a_decision_for_a_case_never_sent_is_404(client, callback_secret):
    case = SubmittedApplicationFactory()

    response = post_decision(client, decision(case, external_id="MVD-777"))

    assert response.status_code == 404


def test_a_form_body_on_the_decision_callback_is_415_in_the_api_shape(client, callback_secret):
    # Found by schemathesis: once the form was read, its raw bytes were gone and the
    # signature check failed with a 500.
    response = client.post(
        CALLBACK,
        {"external_id": "MVD-1"},
        HTTP_X_SIGNATURE="sha256=00",
        HTTP_X_TIMESTAMP=str(int(time.time())),
    )

    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_media_type"
